import csv
import io

import pytest

from claimcheck.batch.store import ArticleOutcome
from claimcheck.batch.summary import render_summary, summarise
from claimcheck.batch.tables import articles_csv, sources_csv


def _outcome(path, date, claims, anonymous_only, orphans, score, title="T", error=None, sources=()):
    article = None if error else {
        "path": path, "title": title, "date": date, "paragraphs": 3, "claims": claims,
        "attributed_claims": claims - orphans, "unattributed_claims": orphans,
        "anonymous_only_claims": anonymous_only, "score": score, "rating": "weak",
        "attributions_anonymous": anonymous_only, "attributions_named_person": claims - orphans - anonymous_only,
        "flags": "orphan-claims", "flag_count": 1,
    }
    return ArticleOutcome(key=path, path=path, fingerprint="f", article=article, error=error,
                          sources=[{"path": path, "name": n, "type": t} for n, t in sources])


@pytest.mark.parametrize("title, cell", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+1 more", "'+1 more"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("Plain, with a comma", "Plain, with a comma"),
])
def test_text_cells_that_a_spreadsheet_would_run_are_defused(title, cell):
    text = articles_csv([_outcome("a.txt", "2020-01-02", 4, 1, 1, 50.0, title=title)])
    [row] = list(csv.DictReader(io.StringIO(text)))
    assert row["title"] == cell
    assert row["score"] == "50.0"


def test_failed_articles_are_rows_with_their_error_and_no_sources():
    outcomes = [_outcome("ok.txt", None, 2, 0, 0, 80.0, sources=[("Jane Doe", "named_person")]),
                _outcome("bad.txt", None, 0, 0, 0, None, error="bad.txt: looks binary")]
    rows = list(csv.DictReader(io.StringIO(articles_csv(outcomes))))
    assert [(r["path"], r["error"]) for r in rows] == [("ok.txt", ""), ("bad.txt", "bad.txt: looks binary")]
    assert [r["name"] for r in csv.DictReader(io.StringIO(sources_csv(outcomes)))] == ["Jane Doe"]


def test_the_summary_pools_shares_over_claims_and_breaks_them_down_by_month():
    outcomes = [
        _outcome("a.txt", "2020-03-01", 10, 5, 2, 40.0, sources=[("two officials", "anonymous")]),
        _outcome("b.txt", "2020-03-20", 30, 0, 3, 80.0, sources=[("Jane Doe", "named_person")]),
        _outcome("c.txt", "2020-04-05", 20, 4, 10, 20.0),
        _outcome("d.txt", None, 40, 0, 0, 95.0),
        _outcome("e.txt", "2020-04-06", 0, 0, 0, None, error="e.txt: empty"),
    ]
    text = render_summary(summarise(outcomes), engine="rules")
    assert "| claims resting only on anonymous sources | 9 (9.0%) |" in text  # 9 of 100 claims, not a mean of shares
    assert "| 2020-03 | 2 | 40 | 12.5% | 12.5% | 60.0 |" in text
    assert "| 2020-04 | 1 | 20 | 20.0% | 50.0% | 20.0 |" in text
    assert "1 analysed article(s) carry no date" in text
    assert "| 90–100 | 1 |" in text and "| 20–30 | 1 |" in text
    assert "| e.txt | e.txt: empty |" in text
    assert "| anonymous | 9 | 10.6% | 1 | 50.0% |" in text  # 9 of 85 attributions; 1 of 2 sources
