"""Page structure, conditions and charges as the editor's reports (markdown, HTML, terminal) show them."""

import io

import pytest
from html_probe import Page

import claimcheck
from claimcheck.render import html, markdown, terminal
from claimcheck.render.labels import CHARGE_NOTE, STRUCTURE_SECTION, condition_phrase, structure_kind

ARTICLE = (
    "Harbor plan faces a vote\n\n"
    "The council will vote Tuesday on the harbor plan, council members said.\n\n"
    "Internal memo: the dredging ran late\n\n"
    "Prosecutors charged the contractor last week. The firm allegedly billed the city twice, "
    "according to the complaint.\n\n"
    "If the talks fail, the dock workers will strike, union leader Ana Ruiz said.\n\n"
    "___\n\n"
    "Follow Lee Park on Twitter\n"
)


@pytest.fixture(scope="module")
def report():
    report = claimcheck.analyse(ARTICLE)
    # the report must have what these tests look for, or they would prove nothing
    assert {s.kind for s in report.article.structure} >= {"teaser", "rule", "social"}
    assert any(c.kind == "consequent" for p in report.paragraphs for c in p.conditions)
    assert any(h.charge for p in report.paragraphs for h in p.hedges)
    return report


def test_markdown_lists_every_structure_line_with_its_kind_and_place(report):
    text = markdown.render(report)
    section = text[text.index(f"## {STRUCTURE_SECTION}"):]
    for line in report.article.structure:
        assert f"{structure_kind(line.kind)}: {markdown.escape(line.text)}" in section
    assert "before ¶ 2, teaser: Internal memo: the dredging ran late" in section
    assert f"after ¶ {len(report.paragraphs)}, rule:" in section  # the trailing lines say where they stood


def test_markdown_shows_each_condition_under_the_claim_it_qualifies(report):
    text = markdown.render(report)
    claim_line = next(n for n, line in enumerate(text.splitlines()) if "If the talks fail" in line and line.startswith("- "))
    below = text.splitlines()[claim_line + 1:claim_line + 6]
    assert any(line.startswith("  - condition: _If the talks fail_") for line in below)
    assert any(line.startswith("  - condition: _will_ (what follows") for line in below)


def test_markdown_says_a_charge_is_not_the_reporters_doubt(report):
    text = markdown.render(report)
    assert "the standard word for a charge not yet proven" in text
    assert "1 the word of a charge" in text


def test_a_report_with_no_structure_has_no_empty_section():
    text = markdown.render(claimcheck.analyse("The pier closed in May, Mayor Ana Ruiz said.\n"))
    assert STRUCTURE_SECTION not in text


def test_html_shows_structure_where_it_stood_and_lists_it(report):
    page_html = html.render(report)
    page = Page(page_html)
    assert not page.nesting_errors
    shown = [e for e in page.elements if "structure" in e.classes and e.tag == "p"]
    assert [e.attrs["data-kind"] for e in shown] == [line.kind for line in report.article.structure]
    # the teaser stands before paragraph 2, the trailing rule after the last paragraph
    assert page_html.index("Internal memo: the dredging ran late") < page_html.index('id="p2"')
    assert page_html.index(" ___</p>") > page_html.index(f'id="p{len(report.paragraphs)}"')
    assert f"{STRUCTURE_SECTION} ({len(report.article.structure)})" in page_html
    assert "structure" in page.ids


def test_html_shows_conditions_beside_their_claim_and_the_charge_on_its_card(report):
    page_html = html.render(report)
    table = page_html[page_html.index('class="claims-table"'):]
    row = table[table.index("If the talks fail, the dock workers"):]
    row = row[:row.index("</tr>")]
    assert "condition: <em>If the talks fail</em>" in row and "condition: <em>will</em>" in row
    assert CHARGE_NOTE.replace("'", "&#39;") in page_html


def test_the_terminal_view_shows_the_structure_and_the_conditions(report):
    out = io.StringIO()
    terminal.show(markdown.render(report), out, color="never")
    shown = out.getvalue()
    assert STRUCTURE_SECTION in shown and "Internal memo: the dredging ran late" in shown
    assert "condition: If the talks fail" in shown


@pytest.mark.parametrize("text,cue,phrase", [
    ("If the talks fail, the strike goes on.", "If", "If the talks fail"),
    ("The pier reopens unless storms return in the spring or the summer or the fall or later.", "unless",
     "unless storms return in the spring or the summer or the…"),  # ten words
])
def test_a_condition_is_quoted_with_its_clause_up_to_a_few_words(text, cue, phrase):
    from claimcheck.schema import Hedge

    start = text.index(cue)
    condition = Hedge(id="p1-k1", cue=cue, span=(start, start + len(cue)), kind="conditional")
    assert condition_phrase(text, condition) == phrase
