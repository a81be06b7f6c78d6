"""docs/scoring.md's calibration table says what the engine rates the real development articles: it must still
be true. (The articles are in ../shared beside the checkout, not in this repository; without them this skips.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import claimcheck

REPO = Path(__file__).resolve().parents[2]
# ../shared beside the checkout (one level further up for a worktree kept in a subfolder)
ARTICLES = next((p / "shared" / "data" / "realnews_dev" / "articles" for p in REPO.parents[:2]
                 if (p / "shared" / "data" / "realnews_dev" / "articles").is_dir()), None)
# How far a score may drift before the table must be redone (it shows one decimal; the rating must not change).
TOLERANCE = 1.5


def _table() -> list[tuple[str, float, str]]:
    text = (REPO / "docs" / "scoring.md").read_text(encoding="utf-8")
    section = text.split("## Calibration on real articles", 1)[1]
    rows = re.findall(r"^\| (\w+) \|[^|]*\|[^|]*\| ([\d.]+) \| (\w+) \|", section, re.M)
    return [(name, float(score), rating) for name, score, rating in rows]


def test_the_table_has_its_ten_rows():
    assert len(_table()) == 10


@pytest.mark.skipif(ARTICLES is None, reason="../shared/data/realnews_dev is not beside this checkout")
@pytest.mark.parametrize("name, score, rating", _table())
def test_the_calibration_table_matches_the_engine(name, score, rating):
    summary = claimcheck.analyse(ARTICLES / f"{name}.txt").summary
    assert (summary.rating, abs(summary.score - score) <= TOLERANCE) == (rating, True), (
        f"docs/scoring.md says {name} scores {score} ({rating}); the engine now gives {summary.score} "
        f"({summary.rating}): redo the row, and its 'editor agrees?' judgement, with `claimcheck ARTICLE -f json`")
