import io
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import article
from claimcheck.article import DEFAULT_MAX_BYTES, Document, from_bytes, from_text, load
from claimcheck.errors import InputError, UsageError
from claimcheck.schema import Paragraph

HERE = Path(__file__).parent
SEED = HERE.parents[1] / "seeds" / "article.txt"
PAGE = HERE / "article_page.html"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
BODY = "The mayor said the bridge would reopen on Monday."


def check_spans(document: Document) -> None:
    """Every sentence span is verbatim, ordered and inside its paragraph."""
    assert len(document.sentences) == len(document.paragraphs)
    for text, spans in zip(document.paragraphs, document.sentences):
        previous_end = 0
        for start, end in spans:
            assert previous_end <= start < end <= len(text)
            assert text[start:end] == text[start:end].strip()
            previous_end = end
        Paragraph(index=1, text=text, sentences=spans)  # the schema's own verbatim check


def sentence_texts(document: Document, index: int = 0) -> list[str]:
    text = document.paragraphs[index]
    return [text[start:end] for start, end in document.sentences[index]]


# ---------------------------------------------------------------- seed


def test_seed_article_is_repaired_and_its_dateline_and_byline_lifted():
    document = load(str(SEED))
    assert document.meta.date == "2020-03-27"
    assert document.meta.dateline == "WASHINGTON"
    # the contributor's credit is page structure, not the byline
    assert document.meta.byline is None
    assert [(s.kind, s.text) for s in document.meta.structure] == [
        ("credit", "Alissa J. Rubin contributed reporting from Baghdad.")]
    assert not any("contributed reporting" in p for p in document.paragraphs)
    assert any("Robert C. O'Brien, the national security adviser" in p for p in document.paragraphs)
    assert document.paragraphs[0].startswith("The Pentagon ordered")
    assert {"spaced-entity", "broken-entity"} <= {r.kind for r in document.meta.repairs}
    check_spans(document)


# ---------------------------------------------------------------- repairs through ingestion, with offsets

# (damaged paragraph, repair kind, the sentences expected at the repaired offsets)
REPAIRED_SENTENCES = [
    ("Robert C. O & # 39; Brien, the adviser, spoke. He left.", "spaced-entity",
     ["Robert C. O'Brien, the adviser, spoke.", "He left."]),
    ('The threat is "very high,quot; he said. He left.', "broken-entity", ['The threat is "very high," he said.', "He left."]),
    ("Smith &amp; Wesson said so. Jones &#39;agreed&#39;.", "html-entity", ["Smith & Wesson said so.", "Jones 'agreed'."]),
    ("Ana\u200bMaria Lopez, the mayor, spoke. She left.", "zero-width", ["AnaMaria Lopez, the mayor, spoke.", "She left."]),
    ("Ana\u00a0Lopez, the mayor, spoke. She left.", "odd-space", ["Ana Lopez, the mayor, spoke.", "She left."]),
    ("The threat remains . The talks ended .", "spaced-punctuation", ["The threat remains.", "The talks ended."]),
    ("The  minister   spoke. She left.", "space-runs", ["The minister spoke.", "She left."]),
    ("The minister\u00e2\u20ac\u2122s aide spoke. She left.", "mojibake", ["The minister’s aide spoke.", "She left."]),
]


@pytest.mark.parametrize("damaged, kind, expected", REPAIRED_SENTENCES, ids=[k for _, k, _ in REPAIRED_SENTENCES])
def test_repairs_happen_before_splitting_and_offsets_point_into_the_repaired_text(damaged, kind, expected):
    document = from_text(damaged + "\n\nA second paragraph follows here.", path="a.txt")
    assert kind in {r.kind for r in document.meta.repairs}
    assert sentence_texts(document) == expected
    start = document.paragraph_starts[1]
    assert document.text[start : start + len(document.paragraphs[1])] == "A second paragraph follows here."
    check_spans(document)


def test_crlf_files_split_into_paragraphs_without_carriage_returns():
    document = from_bytes(f"{BODY}\r\n\r\nThe council said it agreed.\r\n".encode(), path="crlf.txt")
    assert document.paragraphs == [BODY, "The council said it agreed."]
    assert "line-breaks" in {r.kind for r in document.meta.repairs}


@pytest.mark.parametrize("invisible", list(ZERO_WIDTH) + ["\u00a0", "\u202f"])
def test_invisible_characters_inside_names_are_removed(invisible):
    document = from_text(f"Ana{invisible}Maria Lopez, the mayor, said so.")
    assert document.paragraphs[0] in ("AnaMaria Lopez, the mayor, said so.", "Ana Maria Lopez, the mayor, said so.")


def test_broken_sentences_are_left_as_they_are_and_reported():
    document = from_text("It was the primary mission. there: training troops. The end came.")
    assert document.paragraphs[0] == "It was the primary mission. there: training troops. The end came."
    assert sentence_texts(document) == ["It was the primary mission. there: training troops.", "The end came."]
    assert any("mission. there" in w for w in document.meta.warnings)


# ---------------------------------------------------------------- encodings

ENCODINGS = [
    ("utf-8", BODY.encode(), "utf-8", False),
    ("utf-8 BOM", b"\xef\xbb\xbf" + "O’Brien said so.".encode(), "utf-8-sig", False),
    ("utf-16 LE BOM", "\ufeffO’Brien said so.".encode("utf-16-le"), "utf-16-le", False),
    ("utf-16 BE BOM", "\ufeffO’Brien said so.".encode("utf-16-be"), "utf-16-be", False),
    ("utf-16 LE without BOM", "O’Brien said so.".encode("utf-16-le"), "utf-16-le", True),
    ("utf-16 BE without BOM", "O’Brien said so.".encode("utf-16-be"), "utf-16-be", True),
    ("cp1252 smart quotes", "“We will rebuild,” the mayor’s aide said on Monday.".encode("cp1252"), "cp1252", True),
    ("cp1252 accents", "Déjà vu: the café’s “naïve” owner said it was fine.".encode("cp1252"), "cp1252", True),
]


@pytest.mark.parametrize("raw, encoding, guessed", [c[1:] for c in ENCODINGS], ids=[c[0] for c in ENCODINGS])
def test_encodings_are_detected(raw, encoding, guessed):
    document = from_bytes(raw, path="enc.txt")
    assert document.meta.encoding == encoding
    assert document.meta.encoding_guessed is guessed
    assert bool(document.meta.warnings) is guessed
    assert document.paragraphs == [raw.decode(encoding).lstrip("\ufeff")]


# ---------------------------------------------------------------- formats


def test_html_gives_main_text_and_metadata_without_scripts_or_boilerplate():
    document = load(str(PAGE))
    text = "\n".join(document.paragraphs)
    assert document.meta.format == "html"
    assert "MUST_NOT_LEAK" not in text and "console.log" not in text and "trackingId" not in text
    assert "Subscribe" not in text and "Copyright" not in text
    assert document.meta.title == "Harbor Bridge to Reopen After Repairs"
    assert document.meta.date == "2021-06-14"
    assert document.meta.dateline == "PORTVILLE"
    assert document.meta.byline == "Dana Whitfield"
    assert len(document.paragraphs) == 4
    assert document.paragraphs[0].startswith("The Harbor Bridge will reopen")
    assert "the city's transport director" in document.paragraphs[0]
    assert "steel cables had been replaced" in document.paragraphs[2]  # <br> joins, not splits
    check_spans(document)


@pytest.mark.parametrize("path", ["-", "page", "page.txt"])
def test_html_is_sniffed_from_content(path):
    document = from_bytes(PAGE.read_bytes(), path=path)
    assert document.meta.format == "html"
    assert not any("MUST_NOT_LEAK" in p for p in document.paragraphs)


def test_an_html_author_repeated_in_a_byline_line_is_given_once():
    page = PAGE.read_text().replace("<h1>", "<p>By Dana Whitfield</p><h1>")
    document = from_text(page, path="page.html")
    assert document.meta.byline == "By Dana Whitfield"
    assert not any("Whitfield" in p for p in document.paragraphs)


def test_a_tiny_html_fragment_still_gives_its_text_and_no_script():
    document = from_bytes(b"<html><body><p>The mayor said so.</p><script>alert('x')</script></body></html>", path="-")
    assert document.paragraphs == ["The mayor said so."]


MARKDOWN = """# Bridge to Reopen

By Jane Doe

The **mayor** said the [bridge](https://example.com/bridge) would _reopen_ on `Monday`.

## What comes next

- The council will vote.
- Engineers will inspect it.

```
code that is not prose
```
"""


@pytest.mark.parametrize("path", ["news.md", "-"])
def test_markdown_markup_is_stripped_and_the_heading_becomes_the_title(path):
    document = from_bytes(MARKDOWN.encode(), path=path)
    assert document.meta.format == "md"
    assert document.meta.title == "Bridge to Reopen"
    assert document.meta.byline == "By Jane Doe"
    assert document.paragraphs == [
        "The mayor said the bridge would reopen on Monday.",
        "The council will vote.",
        "Engineers will inspect it.",
    ]
    # the subhead is page structure, kept apart, before the second paragraph
    assert [(s.kind, s.text, s.before_paragraph) for s in document.meta.structure] == [
        ("heading", "What comes next", 2)]
    assert any("code" in w for w in document.meta.warnings)


def test_markdown_front_matter_gives_title_date_and_author():
    text = '---\ntitle: "Bridge to Reopen"\ndate: 2021-06-14T08:30:00Z\nauthor: Jane Doe\ntags: [city]\n---\n\nThe mayor said so.\n'
    document = from_text(text, path="post.md")
    assert (document.meta.title, document.meta.date, document.meta.byline) == ("Bridge to Reopen", "2021-06-14", "Jane Doe")
    assert document.paragraphs == ["The mayor said so."]


def test_txt_extension_keeps_markdown_like_text_as_it_is():
    document = from_bytes(b"# not a heading\n\nThe mayor said so.", path="notes.txt")
    assert document.meta.format == "txt"
    assert document.paragraphs[0] == "# not a heading"


@pytest.mark.parametrize(
    "raw, path",
    [("“Fine,” he said.".encode("cp1252"), "a.txt"), (PAGE.read_bytes(), "page.txt"), (MARKDOWN.encode(), "a.md")],
)
def test_warnings_do_not_repeat_the_path_the_cli_already_prefixes(raw, path):
    document = from_bytes(raw, path=path)
    assert document.meta.warnings
    assert not any(w.startswith(path) for w in document.meta.warnings)


def test_unknown_format_is_a_usage_error():
    with pytest.raises(UsageError):
        from_text(BODY, fmt="pdf")


# ---------------------------------------------------------------- title, dateline, byline

# (text, title, first paragraph)
TITLES = [
    ("Bridge Reopens Monday\n\nThe mayor said so.\n\nThe council agreed.", "Bridge Reopens Monday", "The mayor said so."),
    ("The mayor said so.\n\nThe council agreed.", None, "The mayor said so."),
    ("Bridge reopens, mayor says\nThe mayor said so.\nThe council agreed.", None, "Bridge reopens, mayor says"),
    ("A headline that is one line\n\nOnly one paragraph follows it here.", "A headline that is one line",
     "Only one paragraph follows it here."),
    ("This is a rather long first line that reads like a lead sentence without a full stop and goes on and on for words"
     "\n\nThe mayor said so.", None, "This is a rather long"),
    ("By Jane Doe\n\nThe mayor said so.", None, "The mayor said so."),
    # an export's headline with a full stop: title case tells it from a sentence
    ("Underdog Beats Establishment in Harbor Primary.\n\nThe mayor said so.", "Underdog Beats Establishment in Harbor Primary",
     "The mayor said so."),
    ("Exclusive–Ana Ruiz, Harbor Union Leader, Running For Council.\n\nThe mayor said so.",
     "Exclusive–Ana Ruiz, Harbor Union Leader, Running For Council", "The mayor said so."),
    ("Mayor Ana Ruiz resigned.\n\nThe council agreed.", None, "Mayor Ana Ruiz resigned."),
    ("The Bridge Will Reopen Soon...\n\nThe council agreed.", None, "The Bridge Will Reopen Soon..."),
]


@pytest.mark.parametrize("text, title, first", TITLES)
def test_title_of_a_text_file_is_taken_only_when_clear(text, title, first):
    document = from_text(text, path="a.txt")
    assert document.meta.title == title
    assert document.paragraphs[0].startswith(first)


# (first paragraph, date, dateline, what the paragraph starts with afterwards)
DATELINES = [
    ("date 2020-03-27 WASHINGTON – The Pentagon ordered it.", "2020-03-27", "WASHINGTON", "The Pentagon"),
    (" date 2020-03-27 WASHINGTON – The Pentagon ordered it.", "2020-03-27", "WASHINGTON", "The Pentagon"),
    ("WASHINGTON (Reuters) - The Pentagon ordered it.", None, "WASHINGTON", "The Pentagon"),
    ("BAGHDAD — The militia fired rockets.", None, "BAGHDAD", "The militia"),
    ("March 27, 2020 — The Pentagon ordered it.", "2020-03-27", None, "The Pentagon"),
    ("NEW YORK, March 27, 2020 (AP) -- Stocks fell.", "2020-03-27", "NEW YORK", "Stocks fell"),
    ("KABUL, Afghanistan — Officials said so.", None, "KABUL, Afghanistan", "Officials"),
    ("LONDON, Sept. 26 (UPI) — Officials said so.", None, "LONDON", "Officials"),
    ("2020-03-27 — Officials said so.", "2020-03-27", None, "Officials"),
    ("NATO – the alliance said so.", None, None, "NATO – the alliance"),
    ("The Pentagon - which declined to comment - said so.", None, None, "The Pentagon"),
    ("US – China talks resumed.", None, None, "US – China"),
    ("U.S. – China talks resumed.", None, None, "U.S. – China"),
    ("ST. LOUIS — The council voted.", None, "ST. LOUIS", "The council"),
    ("Published March 27, 2020\nThe Pentagon ordered it.", "2020-03-27", None, "The Pentagon"),
    ("date 2020-03-27\nThe Pentagon ordered it.", "2020-03-27", None, "The Pentagon"),
    ("March 27\nThe Pentagon ordered it.", None, None, "March 27"),
    # a story's label before the dash is no place; a place that starts like one is
    ("EXCLUSIVE – The Pentagon ordered it.", None, None, "EXCLUSIVE – The Pentagon"),
    ("BREAKING NEWS -- Stocks fell.", None, None, "BREAKING NEWS -- Stocks"),
    ("LIVE OAK, Fla. — The council voted.", None, "LIVE OAK, Fla.", "The council"),
]


@pytest.mark.parametrize("first, date, dateline, starts", DATELINES)
def test_a_glued_dateline_moves_into_the_metadata(first, date, dateline, starts):
    document = from_text(first + "\nA second paragraph.", path="a.txt")
    assert (document.meta.date, document.meta.dateline) == (date, dateline)
    assert document.paragraphs[0].startswith(starts)


@pytest.mark.parametrize(
    "text, title, dateline, paragraphs",
    [
        # a first line that ends like a sentence stays a paragraph; the body's dateline after it is lifted
        ("The mayor said so.\nBAGHDAD — The militia fired rockets.", None, "BAGHDAD",
         ["The mayor said so.", "The militia fired rockets."]),
        # after a title line with a full stop and a deck: the body's dateline, in the third paragraph
        ("Militia fires rockets at base.\n\nThe strike was the third this month.\n\nBAGHDAD — The militia fired.",
         None, "BAGHDAD", ["Militia fires rockets at base.", "The strike was the third this month.",
                           "The militia fired."]),
        # one further down is a live blog's entry, not the story's dateline (it stays in its paragraph)
        ("The mayor said so.\nNobody was hurt.\nThe base is closed.\nThe roads are open.\nBAGHDAD — More fire.",
         None, None, ["The mayor said so.", "Nobody was hurt.", "The base is closed.", "The roads are open.",
                      "BAGHDAD — More fire."]),
        # a headline may open with a quotation mark
        ("'We Will Respond' Says Militia\nBAGHDAD — The militia fired rockets.", "'We Will Respond' Says Militia",
         "BAGHDAD", ["The militia fired rockets."]),
        ("Militia Fires Rockets at Base\nBAGHDAD — The militia fired rockets.\nNobody was hurt.",
         "Militia Fires Rockets at Base", "BAGHDAD", ["The militia fired rockets.", "Nobody was hurt."]),
        ("Militia Fires Rockets at Base\nBy Jane Doe\nBAGHDAD — The militia fired rockets.",
         "Militia Fires Rockets at Base", "BAGHDAD", ["The militia fired rockets."]),
        # a headline that opens with a story's label is the title, and no dateline
        ("EXCLUSIVE – Militia Fires Rockets at Base\n\nThe militia fired rockets.",
         "EXCLUSIVE – Militia Fires Rockets at Base", None, ["The militia fired rockets."]),
        # "Two" is a heading-shaped line after the first: page structure, not a paragraph
        ("One\nTwo\nBAGHDAD — The militia fired rockets.", None, "BAGHDAD", ["One", "The militia fired rockets."]),
    ],
)
def test_a_dateline_is_read_from_the_first_paragraph_or_after_a_headline(text, title, dateline, paragraphs):
    document = from_text(text, path="a.txt")
    assert (document.meta.title, document.meta.dateline) == (title, dateline)
    assert document.paragraphs == paragraphs


# (paragraphs, byline, paragraphs kept); a contributor's credit is structure (below), never the byline
BYLINES = [
    (["By Jane Doe", BODY], "By Jane Doe", [BODY]),
    (["By JANE DOE and JOHN ROE, Associated Press", BODY], "By JANE DOE and JOHN ROE, Associated Press", [BODY]),
    ([BODY, "Alissa J. Rubin contributed reporting from Baghdad."], None, [BODY]),
    ([BODY, "Eric Schmitt and Helene Cooper contributed reporting."], None, [BODY]),
    ([BODY, "Reporting by Jane Roe in Baghdad; Editing by Bob Bee"], "Reporting by Jane Roe in Baghdad; Editing by Bob Bee",
     [BODY]),
    ([BODY, "The end came. (Reporting by Jane Roe; Editing by Bob Bee)"], "Reporting by Jane Roe; Editing by Bob Bee",
     [BODY, "The end came."]),
    (["By Jane Doe", BODY, "Sam Poe contributed to this report."], "By Jane Doe", [BODY]),
    ([BODY, "(Additional reporting by Sam Poe in Lagos)"], None, [BODY]),
    (["By the end of the year, prices rose.", BODY], None, ["By the end of the year, prices rose.", BODY]),
    (["Reporting by the Times showed that the agency lied.", BODY], None,
     ["Reporting by the Times showed that the agency lied.", BODY]),
    (["Smith, who contributed reporting to the Times, said the agency lied."], None,
     ["Smith, who contributed reporting to the Times, said the agency lied."]),
]


@pytest.mark.parametrize("paragraphs, byline, kept", BYLINES)
def test_bylines_and_credit_lines_leave_the_paragraphs(paragraphs, byline, kept):
    document = from_text("\n\n".join(paragraphs))
    assert document.meta.byline == byline
    assert document.paragraphs == kept


# (a contributor's credit line): who helped report, kept as structure, never the byline or a claim
CONTRIBUTOR_CREDITS = [
    "Alissa J. Rubin contributed reporting from Baghdad.",
    "Eric Schmitt and Helene Cooper contributed reporting.",
    "Sam Poe contributed to this report.",
    "Lee Park contributed research from Seoul, and Ana Ruiz from Lima.",
    "(Additional reporting by Sam Poe in Lagos)",
    "Additional reporting by Ana Ruiz and Lee Park.",
]


@pytest.mark.parametrize("credit", CONTRIBUTOR_CREDITS)
def test_a_contributors_credit_is_structure_not_the_byline(credit):
    document = from_text("\n\n".join(["By Jane Doe", BODY, credit]))
    assert document.meta.byline == "By Jane Doe"
    assert [(s.kind, s.text) for s in document.meta.structure] == [("credit", credit)]
    assert document.paragraphs == [BODY]


# ---------------------------------------------------------------- paragraphs and size


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One.\n\nTwo\nstill two.\n\n\n  \nThree.", ["One.", "Two still two.", "Three."]),
        ("One.\nTwo.\nThree.", ["One.", "Two.", "Three."]),
        ("One\t has   tabs.\n\n   Two.  ", ["One has tabs.", "Two."]),
    ],
)
def test_paragraphs_are_blank_line_blocks_or_lines_with_normalised_whitespace(text, expected):
    assert from_text(text).paragraphs == expected


def test_a_three_thousand_word_paragraph_is_one_paragraph_of_many_sentences():
    sentence = "Lt. Gen. Robert P. White said the U.S. plan, which cost $4.5 million, was approved on Jan. 5 at 10 a.m. today."
    text = " ".join([sentence] * 150)
    assert len(text.split()) >= 3000
    document = from_text(text)
    assert len(document.paragraphs) == 1
    assert sentence_texts(document) == [sentence] * 150
    check_spans(document)


def test_two_thousand_paragraphs_are_all_kept_in_order():
    text = "\n\n".join(f"Official {i} said the bridge had {i} cracks. It was closed." for i in range(2000))
    document = from_text(text)
    assert len(document.paragraphs) == 2000
    assert document.paragraphs[1999] == "Official 1999 said the bridge had 1999 cracks. It was closed."
    assert all(len(spans) == 2 for spans in document.sentences)


def test_document_offsets_into_the_joined_text():
    document = from_text("One is here.\n\nTwo is there.\n\nThree.")
    assert [document.text[s : s + len(p)] for s, p in zip(document.paragraph_starts, document.paragraphs)] == (
        document.paragraphs
    )


def test_a_document_built_by_hand_gets_its_sentences():
    document = Document(meta=from_text(BODY).meta, paragraphs=["He left. She stayed."])
    assert document.sentences == [[(0, 8), (9, 20)]]


# ---------------------------------------------------------------- input errors


def write(tmp_path, name, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


# (file name, contents, words the one-line message must contain)
BAD_FILES = [
    ("empty.txt", b"", ["empty"]),
    ("blank.txt", b"  \n\t\r\n  ", ["whitespace"]),
    ("nul.bin", b"PK\x03\x04\x00\x00binary\x00data", ["binary"]),
    ("controls.bin", bytes(range(1, 9)) * 200 + b"some text", ["binary"]),
    ("bad-utf16.txt", b"\xff\xfeA", ["utf-16"]),
    ("only-markup.html", b"<html><head><script>x()</script></head><body></body></html>", ["no article text"]),
    ("only-byline.txt", b"By Jane Doe", ["no article text"]),
]


@pytest.mark.parametrize("name, data, words", BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_bad_files_are_one_line_input_errors_naming_the_path(tmp_path, name, data, words):
    path = write(tmp_path, name, data)
    with pytest.raises(InputError) as caught:
        load(path)
    message = str(caught.value)
    assert message.startswith(path + ": ") and "\n" not in message
    assert all(word in message.lower() for word in words)


def test_a_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load(str(tmp_path / "absent.txt"))


def test_a_directory_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="directory"):
        load(str(tmp_path))


def test_an_unreadable_file_is_an_input_error(tmp_path):
    path = write(tmp_path, "secret.txt", BODY.encode())
    os.chmod(path, 0)
    try:
        with open(path, "rb"):
            pytest.skip("this user reads files whatever their permissions (root)")
    except PermissionError:
        pass
    with pytest.raises(InputError, match="permission denied"):
        load(path)


def test_a_file_over_the_limit_is_refused_with_the_limit_and_how_to_raise_it(tmp_path):
    path = write(tmp_path, "big.txt", b"word " * 400)
    with pytest.raises(InputError) as caught:
        load(path, max_bytes=1000)
    assert "1,000-byte limit" in str(caught.value) and "--max-bytes" in str(caught.value)
    assert len(load(path, max_bytes=None).paragraphs) == 1
    assert len(load(path, max_bytes=0).paragraphs) == 1
    with pytest.raises(UsageError):
        load(path, max_bytes=-1)


def test_the_default_limit_refuses_twenty_megabytes_without_line_breaks(tmp_path):
    path = write(tmp_path, "huge.txt", b"word " * (4 * 1024 * 1024))
    with pytest.raises(InputError, match="--max-bytes"):
        load(path)
    assert DEFAULT_MAX_BYTES < 20 * 1024 * 1024


class FakeStdin(io.TextIOWrapper):
    def __init__(self, data: bytes, tty: bool = False):
        super().__init__(io.BytesIO(data), encoding="utf-8")
        self._tty = tty

    def isatty(self):
        return self._tty


def test_stdin_is_read_as_bytes(monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin("\ufeff“Quoted,” he said.".encode("utf-16-le")))
    document = load("-")
    assert document.meta.path == "-"
    assert document.paragraphs == ["“Quoted,” he said."]


@pytest.mark.parametrize(
    "stdin, message",
    [
        (FakeStdin(b""), "nothing on standard input"),
        (FakeStdin(b"text", tty=True), "terminal"),
        (FakeStdin(b"x" * 50), "limit"),
    ],
)
def test_bad_stdin_is_an_input_error(monkeypatch, stdin, message):
    monkeypatch.setattr(sys, "stdin", stdin)
    with pytest.raises(InputError, match=message) as caught:
        load("-", max_bytes=20)
    assert str(caught.value).startswith("-: ")


# ---------------------------------------------------------------- properties

DAMAGED_PROSE = st.text(
    alphabet=st.sampled_from(list("abcXYZ .,!?\"'“”’&#;:0123456789-\n\r\t") + list(ZERO_WIDTH) + ["\u00a0", "\u202f"]),
    max_size=300,
)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(DAMAGED_PROSE, st.text(max_size=300)))
def test_any_text_gives_verbatim_ordered_spans_and_clean_paragraphs(text):
    try:
        document = from_text(text, fmt="txt")
    except InputError as error:
        assert str(error).startswith("input: ") and "\n" not in str(error)
        return
    assert document.paragraphs and all(document.paragraphs)
    for paragraph in document.paragraphs:
        assert not any(c in paragraph for c in ZERO_WIDTH + "\u00a0\u202f\r\n")
        assert paragraph == " ".join(paragraph.split())
    check_spans(document)
    for paragraph, spans in zip(document.paragraphs, document.sentences):
        in_sentences = sum(len(paragraph[s:e].replace(" ", "")) for s, e in spans)
        assert in_sentences == len(paragraph.replace(" ", ""))


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_a_document_or_an_input_error(raw):
    try:
        document = from_bytes(raw, path="-")
    except InputError as error:
        assert str(error).startswith("-: ") and "\n" not in str(error)
        return
    check_spans(document)


def test_module_exposes_the_public_interface():
    assert {"load", "from_bytes", "from_text", "split_sentences", "Document"} <= set(article.__all__)


def test_an_embedded_tweet_in_html_is_one_paragraph_with_its_signature(tmp_path):
    page = (
        "<html><head><title>Ferry strike ends</title></head><body><article><h1>Ferry strike ends</h1>"
        "<p>Ferry workers voted on Tuesday to end a two-week strike that closed the harbour, the union said.</p>"
        '<blockquote class="twitter-tweet"><p lang="en">Back to work Monday! Thank you all. '
        '<a href="https://example.org/tag">#harbour</a></p>&mdash; Lena Ortiz (@lenaortiz) '
        '<a href="https://example.org/status/1">November 12, 2019</a></blockquote>'
        "<p>The ferry company did not immediately respond to a request for comment on Tuesday.</p>"
        "</article></body></html>")
    document = load(write(tmp_path, "page.html", page.encode()))
    posts = [p for p in document.paragraphs if "(@lenaortiz)" in p]
    assert len(posts) == 1 and posts[0].startswith("Back to work Monday!")
    assert not any("Back to work" in s.text for s in document.meta.structure)


# Session 18: a <br> is a line of its block (the layout decides); what the main text leaves out is said; a page that
# is only a menu has no article.
_STORY_HTML = ("<p>Ferry workers voted on Tuesday to end the strike.</p>"
               "<p>The union said the deal raises wages.</p>")


@pytest.mark.parametrize("inner, paragraphs", [
    ("The board met on Tuesday.<br><br>Lena Ortiz said the vote was close.",
     ["The board met on Tuesday.", "Lena Ortiz said the vote was close."]),
    ("The board met on Tuesday.<br>Lena Ortiz said the vote was close.",
     ["The board met on Tuesday.", "Lena Ortiz said the vote was close."]),
    ("The board met on Tuesday to<br>vote on the budget.", ["The board met on Tuesday to vote on the budget."]),
])
def test_an_html_line_break_is_a_line_the_layout_reads(inner, paragraphs):
    page = f"<html><head><title>Ferry strike ends</title></head><body><article>{_STORY_HTML}<div>{inner}</div>" \
           "</article></body></html>"
    document = from_text(page, path="page.html")
    assert document.paragraphs[-len(paragraphs):] == paragraphs


def test_tables_and_figure_captions_the_html_text_leaves_out_are_named():
    page = ("<html><head><title>Ferry strike ends</title></head><body><article>" + _STORY_HTML
            + "<figure><img src='a.jpg'><figcaption>Strikers at the harbour on Monday.</figcaption></figure>"
            + "<table><tr><td>Route</td><td>Sailings</td></tr><tr><td>North</td><td>12</td></tr></table>"
            + _STORY_HTML + "</article></body></html>")
    document = from_text(page, path="page.html")
    assert "left out of the HTML's text and not analysed: 1 table, 1 figure caption" in document.meta.warnings
    assert not any("left out" in w for w in from_text(
        "<html><body><article>" + _STORY_HTML + "</article></body></html>", path="page.html").meta.warnings)


def test_a_page_that_is_only_a_menu_is_an_input_error():
    with pytest.raises(InputError, match="no article text"):
        from_text("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a><a href='/n'>News</a></nav>"
                  "<footer>© 2024 Example</footer></body></html>", path="page.html")


# Session 18: Markdown's paragraphs are decided by the layout, as a text's are; a list's items are the story's.
@pytest.mark.parametrize("body, paragraphs", [
    # one paragraph per line, no blank line between (pasted into a .md file): one paragraph each
    ("The bond failed by 112 votes.\nThe measure needed 60% to pass, Pam Guidry said.\n\"We came close,\" Joan Mercer said.",
     ["The bond failed by 112 votes.", "The measure needed 60% to pass, Pam Guidry said.",
      "\"We came close,\" Joan Mercer said."]),
    # a paragraph hard-wrapped mid-sentence: one paragraph
    ("The bond to rebuild the public library failed by 112 votes in the\nelection on Tuesday, according to the county.",
     ["The bond to rebuild the public library failed by 112 votes in the election on Tuesday, according to the county."]),
    # a list's items with no final stop are its lines, not headings
    ("The plan has three parts:\n\n- 4,000 trees along arterial streets\n- 3,500 in parks\n\nThe council votes next.",
     ["The plan has three parts:", "4,000 trees along arterial streets", "3,500 in parks", "The council votes next."]),
])
def test_markdown_paragraphs_are_decided_by_the_layout(body, paragraphs):
    document = from_text("# Library bond fails\n\n" + body + "\n", path="a.md")
    assert document.meta.title == "Library bond fails"
    assert document.paragraphs == paragraphs
    assert document.meta.structure == []


# Session 18: the headline with the byline under it; the byline's outlet or role line; the writer's address in the
# byline; a press release's wire between slashes in the dateline.
_BODY = "KYIV, Ukraine (AP) — Drones struck the grid overnight, officials said.\n\nRepairs began at once."


@pytest.mark.parametrize("head, title, byline", [
    ("Drones hit power grid\nBy Hanna Arhirova\nAssociated Press", "Drones hit power grid",
     "By Hanna Arhirova, Associated Press"),
    ("Drones hit power grid\n\nBy Amy Chen\nStaff Writer", "Drones hit power grid", "By Amy Chen, Staff Writer"),
    ("Drones hit power grid\n\nBy Marisa Quan | mquan@tide.example", "Drones hit power grid",
     "By Marisa Quan | mquan@tide.example"),
    ("By Lena Fischer and Omar Haddad\nThe Washington Tribune", None,
     "By Lena Fischer and Omar Haddad, The Washington Tribune"),
    # a line under the byline that is no outlet's or role's stays the story's
    ("Drones hit power grid\n\nBy Amy Chen\nRepairs will take weeks", "Drones hit power grid", "By Amy Chen"),
])
def test_the_headline_and_byline_lines(head, title, byline):
    document = from_text(head + "\n\n" + _BODY, path="a.txt")
    assert (document.meta.title, document.meta.byline, document.meta.dateline) == (title, byline, "KYIV, Ukraine")
    assert document.paragraphs[-2:] == ["Drones struck the grid overnight, officials said.", "Repairs began at once."]


def test_a_press_releases_wire_between_slashes_is_part_of_its_dateline():
    document = from_text("MILLBROOK, Wis., June 3, 2024 /PRNewswire/ -- Lakeshore Health opened a clinic today.\n\n"
                         "It will employ 140 people.", path="a.txt")
    assert (document.meta.dateline, document.meta.date) == ("MILLBROOK, Wis.", "2024-06-03")
    assert document.paragraphs[0] == "Lakeshore Health opened a clinic today."
