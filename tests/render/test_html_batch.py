from dataclasses import dataclass
from typing import Optional

import pytest
from conftest import INJECTED_IMG, INJECTED_SCRIPT
from html_probe import Page

from claimcheck.errors import UsageError
from claimcheck.batch.store import ArticleOutcome
from claimcheck.batch.summary import summarise
from claimcheck.render.html import render_batch_index, write_batch_index

ROWS = [
    {"path": "in/a.txt", "title": "Budget passes", "date": "2026-01-05", "report_href": "a.html", "score": 80,
     "claims": 30, "anonymous_only_share": 0.1},
    {"path": "in/b.txt", "date": "2026-01-20", "report_href": "reports/b c.html", "score": 40, "claims": 10,
     "anonymous_only_share": 0.5},
    {"path": "in/c.txt", "title": "Port levy", "date": "2026-03", "report_href": "c.html", "score": 55, "claims": 0,
     "anonymous_only_share": 0.0},
    {"path": "in/undated.txt", "report_href": "u.html", "score": 10, "claims": 5, "anonymous_only_share": 1.0},
    {"path": "in/broken.txt", "date": "2026-03-09", "error": "could not decode"},
]


@dataclass
class RowObject:
    path: str
    date: Optional[str]
    score: Optional[float]
    claims: int
    anonymous_only_share: float


def _months(rows):
    """The batch summary's monthly figures for these rows: the index draws what it is given."""
    outcomes = []
    for r in rows:
        claims = r.get("claims", 0)
        article = None if r.get("error") else {
            "date": r.get("date"), "score": r.get("score"), "claims": claims,
            "anonymous_only_claims": round((r.get("anonymous_only_share") or 0) * claims)}
        outcomes.append(ArticleOutcome(key=r["path"], path=r["path"], fingerprint="f", article=article,
                                       error=r.get("error")))
    return summarise(outcomes).monthly()


def test_months_pool_the_anonymous_share_over_claims_and_average_the_score():
    months = {m.month: m for m in _months(ROWS)}
    assert list(months) == ["2026-01", "2026-02", "2026-03"], "undated and failed articles are not charted"
    assert months["2026-02"].articles == 0 and months["2026-02"].mean_score is None, "an empty month is a gap"
    assert months["2026-01"].articles == 2
    assert months["2026-01"].anonymous_only_share == pytest.approx((3 + 5) / 40)
    assert months["2026-01"].mean_score == pytest.approx(60)
    assert months["2026-03"].anonymous_only_share is None and months["2026-03"].mean_score == 55


def test_the_index_charts_each_month_and_links_every_article(tmp_path):
    page = Page(render_batch_index(ROWS, tmp_path, _months(ROWS)))
    assert page.nesting_errors == []
    charts = page.find("svg", cls="chart")
    assert [c.attrs["id"] for c in charts] == ["chart-anonymous", "chart-score"]
    # Two months of scores; one month of shares, since March's one article has no claims to share out.
    assert len(page.find("rect")) == 3
    hrefs = [a.attrs["href"] for a in page.find("a")]
    assert hrefs == ["a.html", "reports/b%20c.html", "c.html", "u.html"]
    assert page.scripts == []


def test_an_absolute_report_path_becomes_a_link_relative_to_the_index(tmp_path):
    row = {"path": "x.txt", "report_href": str(tmp_path / "reports" / "x.html")}
    assert Page(render_batch_index([row], tmp_path)).find("a")[0].attrs["href"] == "reports/x.html"


def test_rows_may_be_objects(tmp_path):
    rows = [RowObject("in/o.txt", "2026-02-01", 70, 4, 0.25)]
    html = render_batch_index(rows, tmp_path, _months([vars(r) for r in rows]))
    assert "in/o.txt" in html and "2026-02" in html
    assert len(Page(html).find("rect")) == 2


def test_titles_are_escaped(tmp_path):
    html = render_batch_index([{"path": "p.txt", "title": INJECTED_SCRIPT + INJECTED_IMG, "date": "2026-01-01",
                                "report_href": "p.html"}], tmp_path)
    page = Page(html)
    assert page.scripts == [] and page.find("img") == []
    assert "&lt;script&gt;" in html


def test_a_bad_row_is_a_usage_error_naming_it(tmp_path):
    with pytest.raises(UsageError, match="row 2: score"):
        render_batch_index([ROWS[0], {"path": "x.txt", "score": 150}], tmp_path)


def test_write_puts_index_html_in_the_output_folder(tmp_path):
    written = write_batch_index(ROWS, tmp_path)
    assert written == tmp_path / "index.html"
    assert "<svg" in written.read_text(encoding="utf-8")
