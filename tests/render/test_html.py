import base64
import hashlib
import re

import pytest
from conftest import INJECTED_IMG, INJECTED_SCRIPT, build_report
from html_probe import Page, covered

import claimcheck
from claimcheck.render.html import render
from claimcheck.render.html_page import asset
from claimcheck.render.labels import UNSOURCED_CUE_LABEL
from claimcheck.schema import Repair


def all_attributions(report):
    return [a for p in report.paragraphs for a in p.attributions]


@pytest.fixture
def page(fixture_report) -> Page:
    return Page(render(fixture_report))


def assert_inert(page: Page) -> None:
    """Nothing but our own script and style: no injected element, handler or URL."""
    assert [e.tag for e in page.elements if e.tag in ("img", "script", "iframe", "object", "svg")] == ["script"]
    assert page.scripts == [str(asset("report.js"))]
    assert not [e for e in page.elements for name in e.attrs if name.startswith("on")]
    assert not [e for e in page.elements if "src" in e.attrs]


def test_the_page_is_well_formed(page):
    assert page.nesting_errors == []


def test_every_paragraph_shows_its_full_text(fixture_report, page):
    assert {i: p.text for i, p in page.paragraphs.items()} == {p.index: p.text for p in fixture_report.paragraphs}


def test_injected_markup_in_the_article_renders_as_text(page):
    assert_inert(page)
    assert INJECTED_SCRIPT in page.paragraphs[3].text
    assert INJECTED_IMG in page.paragraphs[3].text


def _inject(report, where: str) -> None:
    payload = f"{INJECTED_SCRIPT}{INJECTED_IMG}"
    if where == "title":
        report.article.title = payload
    elif where == "byline":
        report.article.byline = payload
    elif where == "source name":
        report.sources[1].name = payload
    elif where == "source description":
        report.sources[1].description = payload
    elif where == "anonymous basis":
        report.sources[2].anonymous.basis = payload
    elif where == "flag message":
        report.summary.flags[0].message = payload
    elif where == "flag code":
        report.summary.flags[0].code = payload
    elif where == "claim reason":
        report.paragraphs[0].claims[0].reasons.append(payload)
    elif where == "score reason":
        report.summary.score_reasons.append(payload)
    elif where == "repair example":
        report.article.repairs.append(Repair(kind="x", description=payload, examples=[payload]))
    elif where == "paragraph error":
        report.paragraphs[5].error = payload
    elif where == "ids":
        report.paragraphs[0].claims[0].id = payload
        report.paragraphs[0].attributions[0].id = payload
        report.paragraphs[0].claims[0].attribution_ids = [payload]
    else:
        raise AssertionError(where)


INJECTION_POINTS = ["title", "byline", "source name", "source description", "anonymous basis", "flag message",
                    "flag code", "claim reason", "score reason", "repair example", "paragraph error", "ids"]


@pytest.mark.parametrize("where", INJECTION_POINTS)
def test_injected_markup_anywhere_in_the_report_stays_inert(where):
    report = build_report()
    _inject(report, where)
    html = render(report)
    page = Page(html)
    assert page.nesting_errors == []
    assert_inert(page)
    if where != "ids":  # ids are reduced to safe tokens rather than shown
        assert "&lt;script&gt;window.__ccInjected" in html


def test_every_attribution_is_one_highlighted_source(fixture_report, page):
    marked = [aid for _, m in page.marks("mk-source") for aid in m.attrs["data-attrs"].split()]
    assert sorted(set(marked)) == sorted(a.id for a in all_attributions(fixture_report))
    first_pieces = [m for _, m in page.marks("mk-source") if "first" in m.classes]
    assert len(first_pieces) == len(all_attributions(fixture_report))


@pytest.mark.parametrize("kind,cls,items,span_of,id_of", [
    ("claim", "mk-claim", lambda p: p.claims, lambda c: c.span, lambda m: m.attrs["data-claim"].split()),
    ("source", "mk-source", lambda p: p.attributions, lambda a: a.source_span, lambda m: m.attrs["data-attrs"].split()),
    ("cue", "mk-cue", lambda p: p.attributions, lambda a: a.cue_span, lambda m: m.attrs["data-attrs"].split()),
    ("hedge", "mk-hedge", lambda p: p.hedges, lambda h: h.span, lambda m: m.attrs["data-hedges"].split()),
])
def test_each_mark_covers_exactly_its_span(fixture_report, page, kind, cls, items, span_of, id_of):
    for paragraph in fixture_report.paragraphs:
        marks = [m for i, m in page.marks(cls) if i == paragraph.index]
        for item in items(paragraph):
            pieces = [m for m in marks if item.id in id_of(m)]
            assert covered(pieces) == [tuple(span_of(item))], f"{kind} {item.id}"


def test_a_claim_that_crosses_a_source_is_split_into_pieces(page):
    pieces = [m for _, m in page.marks("mk-claim") if m.attrs["data-claim"] == "c3"]
    assert [sorted(m.classes & {"first", "cont", "last"}) for m in pieces] == [["first"], ["cont", "last"]]
    assert "id" in pieces[0].attrs and "id" not in pieces[1].attrs
    assert pieces[1].attrs["data-badge"] == "weak 31"


def test_only_the_orphan_claim_is_marked_orphan(page):
    assert {m.attrs["data-claim"] for _, m in page.marks("orphan")} == {"c5"}


@pytest.mark.parametrize("source_type,label", [
    ("named_person", "named"), ("organization", "org"), ("document", "doc"), ("anonymous", "anon"),
])
def test_source_types_carry_a_text_label_not_only_a_colour(page, source_type, label):
    marks = [m for _, m in page.marks(f"t-{source_type}") if "mk-source" in m.classes]
    assert marks and all(m.attrs.get("data-label") == label for m in marks if "last" in m.classes)
    assert page.find("span", cls="mk-source", data_label=label), "the legend shows it too"


def test_every_tooltip_points_at_a_card_that_exists(page):
    targets = {t for e in page.elements for t in e.attrs.get("data-tip", "").split()}
    assert targets and targets <= page.ids


def test_hovering_a_source_shows_its_roster_entry_and_claim(fixture_report, page):
    knights = next(m for _, m in page.marks("mk-source") if m.attrs["data-attrs"] == "a5")
    assert knights.attrs["data-tip"].split() == ["tip-src-s2", "tip-attr-a5", "tip-claim-c6"]
    assert knights.attrs["aria-describedby"] == knights.attrs["data-tip"]
    html = render(fixture_report)
    card = re.search(r'<div class="card" id="tip-src-s2">(.*?)</div>', html, re.S).group(1)
    for expected in ("Michael Knights", "an analyst at the Harbour Institute", "¶2 “Michael Knights”", "¶5 “Knights”"):
        assert expected in card


def test_sources_are_keyboard_reachable_and_select_all_their_mentions(page):
    knights = [m for _, m in page.marks("mk-source") if m.attrs.get("data-sources") == "s-s2"]
    assert len(knights) == 2
    assert all(m.attrs["tabindex"] == "0" and m.attrs["role"] == "button" for m in knights)
    assert {m.attrs["data-select"] for m in knights} == {"s-s2"}
    assert page.find("button", cls="roster-name", data_select="s-s2")


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_the_policy_allows_exactly_the_inline_style_and_script(page):
    (meta,) = page.find("meta", http_equiv="Content-Security-Policy")
    policy = meta.attrs["content"]
    assert "default-src 'none'" in policy
    assert f"style-src {_csp_hash(page.styles[0])};" in policy
    assert f"script-src {_csp_hash(page.scripts[0])};" in policy


def test_the_page_loads_nothing_from_the_network(fixture_report):
    html = render(fixture_report)
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", html)
    assert "@import" not in html and "url(" not in html


def test_the_sidebar_holds_the_summary_flags_and_roster(fixture_report, page):
    assert page.find("section", id="summary")
    flags = page.find("li", cls="sev-serious") + page.find("li", cls="sev-warning") + page.find("li", cls="sev-info")
    assert len(flags) == len(fixture_report.summary.flags)
    assert {e.attrs["data-name"] for e in page.find("li") if e.attrs.get("id", "").startswith("roster-")} == {
        s.name for s in fixture_report.sources}


def test_a_failed_paragraph_says_why(page):
    assert page.find("p", id="p6", cls="p-error")
    assert page.find("span", cls="p-error-note")


def test_print_stylesheet_is_present(page):
    assert "@media print" in page.styles[0]


UNSOURCED = [  # text, kind, what the card says of the content, whether an answer is named
    ("Asked whether she would run, Ruiz said she had not decided.", "question", "whether she would run", True),
    ("It was announced Tuesday that the plant would close.", "passive", "the plant would close", False),
    ("Residents were told to leave by noon.", "passive", "to leave by noon", False),
]


@pytest.mark.parametrize("text, kind, content, answered", UNSOURCED)
def test_each_unsourced_cue_is_marked_and_explained(text, kind, content, answered):
    report = claimcheck.analyse(text)
    (u,) = report.paragraphs[0].unsourced_cues
    html = render(report)
    pieces = [m for _, m in Page(html).marks("mk-unsourced-cue") if u.id in m.attrs["data-unsourced"].split()]
    assert covered(pieces) == [tuple(u.cue_span)]
    card = re.search(rf'<div class="card" id="tip-unsourced-{re.escape(u.id)}">(.*?)</div>', html, re.S).group(1)
    assert UNSOURCED_CUE_LABEL[kind] in card and f"\u201c{content}\u201d" in card
    assert ("answered by Ruiz" in card) == answered
