"""The tokenizer's pattern tries only the alternatives a token's first character allows and reads a plural
possessive as a word's ending, the quotation scan skips lone apostrophes, and the cue scan and sentence
ranges are found by bisection: each must read exactly as the plain forms do."""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimcheck.engines.rules import tokens
from claimcheck.engines.rules.attributions import sentence_token_ranges
from claimcheck.engines.rules.tokens import tokenize

# The tokenizer as first written: every alternative, in order of preference, at every position.
PLAIN = re.compile(
    rf"{tokens._ACRONYM}|{tokens._TITLE}|{tokens._INITIAL}|{tokens._GLUED_CLOCK}|{tokens._PLURAL_POSSESSIVE}|{tokens._WORD}"
    rf"|{tokens._MARK}"
)

PIECES = ["Mr.", "Lt.Gen.", "U.S.", "e.g.", "P.", " ", "  ", "\n", "officials'", "officials’", "boss's", "Jones'",
          "said", "Said", "O'Brien", "AT&T", "and/or", "co-op", "3.5", ",", ";", ":", "\"", "“", "”", "'", "’", "é",
          "Élan", "_x", "x_", "s", "S", "'s", "s'", ".", "-", "Inc.", "Sens.", "Gov", "A", "B.", "ß", "١٢",
          "a.m.", "a.", "x.y", "ss'", "’s", "52PM", "Bush", "id.", "Tr", "''", "``", "`", "«", "»", "Co", "Lt.", "9s'", "é.", "Z"]

text = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


@settings(max_examples=600, deadline=None)
@given(text)
@example("s' and x's' officials' 's' Jones' ss'")  # a one-letter "s" before a quote is a word, not a possessive
@example("at 9 a.m. the U.S. Lt.Gen. P. Jones and Mr. Co, e.g. x.y.z")
def test_the_tokenizer_reads_as_the_plain_alternation(paragraph):
    assert [(t.text, t.start, t.end, t.lower) for t in tokenize(paragraph)] == \
        [(m.group(), m.start(), m.end(), m.group().lower()) for m in PLAIN.finditer(paragraph)]


# Words as a paragraph has them, parted by single spaces: the tokenizer reads the commonest of these chunks
# without its pattern (a word; a word and a mark; a mark and a word), and must still read them as it does.
CHUNK_PIECES = PIECES + ["said", "Smith", "2016", "U", "Mr", "Lt", "Jr", "x", "ΟΔΟΣ", "Σ", "İstanbul", "ǅ", "²",
                         ",", ".", ";", ":", "!", "?", ")", "(", "]", "%", "…", "”", "“", "\"", "»", "—", "$", "_"]
words = st.lists(st.lists(st.sampled_from(CHUNK_PIECES), min_size=1, max_size=3).map("".join), max_size=12)


@settings(max_examples=600, deadline=None)
@given(words)
@example(["Mr.", "Smith.", "P.", "said,", "“The", "5%", "Lt.", "U.S.", "officials’", "Jr.", "x."])
def test_single_spaced_chunks_read_as_the_plain_alternation(chunks):
    paragraph = " ".join(chunks)
    assert [(t.text, t.start, t.end, t.lower) for t in tokenize(paragraph)] == \
        [(m.group(), m.start(), m.end(), m.group().lower()) for m in PLAIN.finditer(paragraph)]


@settings(max_examples=300, deadline=None)
@given(words)
def test_tokens_are_built_as_the_token_class_builds_them(chunks):
    # tokenize sets a Token's fields directly instead of calling the class: the same objects result
    paragraph = " ".join(chunks)
    assert tokenize(paragraph) == [tokens.Token(m.group(), m.start(), m.end(), m.group().lower())
                                   for m in PLAIN.finditer(paragraph)]


@pytest.mark.parametrize("text,expected", [
    # a full stop with its space lost, between a lower-case word and a capitalised one, is a mark of its own
    ("Lee said.Park claimed it", ["Lee", "said", ".", "Park", "claimed", "it"]),
    # a period joins where it is no full stop: a domain, an initial, a title before a name
    ("see example.com and J.Smith with Lt.Gen. Park", ["see", "example.com", "and", "J.Smith", "with", "Lt.Gen.",
                                                      "Park"]),
    # a live post's clock time glued to its headline
    ("at 9:52PMLee Says", ["at", "9", ":", "52PM", "Lee", "Says"]),
    ("at 9PM", ["at", "9PM"]),
])
def test_scrape_damage_between_words(text, expected):
    assert [t.text for t in tokenize(text)] == expected


def test_a_lower_case_word_is_its_own_lower_case():
    # the tokenizer keeps a word for which str.islower holds as its own lower-case form, without a copy: a
    # word without upper- or title-case characters, every one of which is its own lower case
    import sys

    assert all(c.lower() == c for c in map(chr, range(sys.maxunicode + 1)) if not (c.isupper() or c.istitle()))


def plain_quotations(text):
    """The quotation scan as first written: every mark found, the lone apostrophes passed over (of a run of
    apostrophes the last two are the mark: a single quote closing inside a double one, then the double)."""
    spans, opened = [], None
    for m in re.finditer(r"''(?!')|``|[“”«»\"'`]", text):
        mark = m.group()
        if mark in ("'", "`"):
            continue
        if opened is None:
            if mark[0] in "“«\"'`":
                opened = m.start()
        elif mark[0] in "”»\"'":
            spans.append((opened, m.end() - 1))
            opened = None
    if opened is not None:
        spans.append((opened, len(text) - 1))
    return sorted(spans)


@settings(max_examples=600, deadline=None)
@given(text)
@example("''She asked, 'Why?''' he said. ss'''")
def test_the_quotation_scan_reads_as_the_plain_one(paragraph):
    if re.search(r"''|``|[“”«»\"]", paragraph):
        # the plain scan's quotations, and the single-quote style's that stand outside all of them (session 18)
        plain = plain_quotations(paragraph)
        outside = [span for span in tokens._single_quotations(paragraph)
                   if not any(a <= span[1] and span[0] <= b for a, b in plain)]
        assert tokens.quotations(paragraph) == sorted(plain + outside)
    else:  # no double mark: the single-quote style, whose marks stand where no apostrophe can
        spans = tokens.quotations(paragraph)
        assert spans == sorted(spans)
        for (open_, close), after in zip(spans, spans[1:] + [(len(paragraph), None)]):
            assert paragraph[open_] in "'‘" and (open_ == 0 or not paragraph[open_ - 1].isalnum())
            assert close < after[0] and (close == len(paragraph) - 1 or paragraph[close] in "'’")


@pytest.mark.parametrize("paragraph, quoted", [
    ("‘We will not back down,’ the minister said. ‘The country needs homes.’",
     ["‘We will not back down,’", "‘The country needs homes.’"]),
    ("'It is a betrayal,' said Tom Hill.", ["'It is a betrayal,'"]),
    # a plural possessive's apostrophe inside the quote is passed over for the close after the comma
    ("'The students' union voted,' he said.", ["'The students' union voted,'"]),
    ("She was ‘relaxed’ about it and called it 'a mess'.", ["‘relaxed’", "'a mess'"]),
    ("‘It goes on into the next paragraph", ["‘It goes on into the next paragraph"]),
    # apostrophes: inside words, elisions, decades, possessives; none is a quotation mark
    ("O'Brien's rock 'n' roll band of the '90s won’t play the Smiths' songs.", []),
    ("The party’s members didn’t vote.", []),
    # with a double quote anywhere, singles inside it are the quote inside a quote, as before
    ('"He told me \'never\'," she said.', ['"He told me \'never\',"']),
    # ... and singles outside every double-marked quotation quote on their own (session 18)
    ("'It's the spring run,' she said. \"If they dig in April, there's no season.\"",
     ["'It's the spring run,'", "\"If they dig in April, there's no season.\""]),
    ("Pete calls it “Marge’s.” He said: ‘Mom’s the boss. Always has been.’",
     ["“Marge’s.”", "‘Mom’s the boss. Always has been.’"]),
    ('He said "no" to the \'90s revival and rock \'n\' roll.', ['"no"']),
])
def test_single_quote_style(paragraph, quoted):
    assert [paragraph[a:b + 1] for a, b in tokens.quotations(paragraph)] == quoted


def plain_ranges(toks, spans):
    out, k = [], 0
    for start, end in spans:
        while k < len(toks) and toks[k].start < start:
            k += 1
        lo = k
        while k < len(toks) and toks[k].end <= end:
            k += 1
        out.append((lo, k))
    return out


@settings(max_examples=300, deadline=None)
@given(text, st.lists(st.integers(0, 60), max_size=8))
def test_sentence_ranges_by_bisection_match_the_walk(paragraph, cuts):
    # any ordered, non-overlapping spans, even ones that cut a token in two
    bounds = sorted(c for c in cuts if c <= len(paragraph))
    spans = list(zip(bounds[::2], bounds[1::2]))
    toks = tokenize(paragraph)
    assert [(s.lo, s.hi) for s in sentence_token_ranges(toks, spans)] == plain_ranges(toks, spans)


@pytest.mark.parametrize("text,quoted", [
    # two apostrophes open and close a quotation, as some newsrooms type double quotes
    ("''We will win,'' she said.", ["''We will win,''"]),
    ("``We will win,'' she said.", ["``We will win,''"]),
    ("\"We will win,'' she said.", ["\"We will win,''"]),
    # a single quote closing inside a double one: of the three apostrophes, the last two close
    ("''She asked, 'Why?''' he said.", ["''She asked, 'Why?'''"]),
    # apostrophes stay apostrophes
    ("Mr. O'Brien said the students' band played rock 'n' roll.", []),
])
def test_quotations_of_two_apostrophes(text, quoted):
    assert [text[a:b + 1] for a, b in tokens.quotations(text)] == quoted
