"""``summary.md``: corpus totals, the distributions of source types and
scores, a month-by-month breakdown when articles carry dates, and a
by-outlet (and by-outlet-by-month) breakdown when they carry an outlet
(an archive's outlet column, or a crawled page's host).

Shares over the corpus are pooled (all anonymous-only claims over all
claims), not means of per-article shares, so a three-claim brief does not
weigh as much as a long investigation. Accumulated row by row, so the
summary of any number of articles costs the same memory.

The corpus figures are computed here once: ``summary.md`` and the batch
``index.html`` (:func:`CorpusSummary.monthly`) both read them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from statistics import median
from typing import Any, Iterable, Optional

from claimcheck.batch.store import ArticleOutcome
from claimcheck.errors import printable
from claimcheck.render.markdown import escape as markdown_escape
from claimcheck.schema import RATINGS, SOURCE_TYPES

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])")
SCORE_BINS = tuple(range(0, 100, 10))


@dataclass
class _Totals:
    articles: int = 0
    claims: int = 0
    anonymous_only: int = 0
    orphans: int = 0
    score_sum: float = 0.0
    scored: int = 0

    def add(self, row: dict[str, Any]) -> None:
        self.articles += 1
        self.claims += row.get("claims") or 0
        self.anonymous_only += row.get("anonymous_only_claims") or 0
        self.orphans += row.get("unattributed_claims") or 0
        if row.get("score") is not None:
            self.score_sum += row["score"]
            self.scored += 1

    def anonymous_only_share(self) -> Optional[float]:
        return self.anonymous_only / self.claims if self.claims else None

    def orphan_share(self) -> Optional[float]:
        return self.orphans / self.claims if self.claims else None

    def mean_score(self) -> Optional[float]:
        return self.score_sum / self.scored if self.scored else None


@dataclass(frozen=True)
class MonthFigures:
    """One month of the corpus: what summary.md tabulates and index.html charts."""

    month: str
    articles: int
    claims: int
    anonymous_only_share: Optional[float]
    orphan_share: Optional[float]
    mean_score: Optional[float]
    outlet: Optional[str] = None

    @classmethod
    def of(cls, month: str, totals: "_Totals", outlet: Optional[str] = None) -> "MonthFigures":
        return cls(month=month, articles=totals.articles, claims=totals.claims,
                   anonymous_only_share=totals.anonymous_only_share(), orphan_share=totals.orphan_share(),
                   mean_score=totals.mean_score(), outlet=outlet)


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


@dataclass
class CorpusSummary:
    totals: _Totals = field(default_factory=_Totals)
    failed: list[tuple[str, str]] = field(default_factory=list)
    partial: int = 0
    paragraphs: int = 0
    attributed: int = 0
    attributions: Counter = field(default_factory=Counter)
    sources: Counter = field(default_factory=Counter)
    scores: list[float] = field(default_factory=list)
    ratings: Counter = field(default_factory=Counter)
    flags: Counter = field(default_factory=Counter)
    months: dict[str, _Totals] = field(default_factory=lambda: defaultdict(_Totals))
    undated: int = 0
    outlets: dict[str, _Totals] = field(default_factory=lambda: defaultdict(_Totals))
    outlet_months: dict[tuple[str, str], _Totals] = field(default_factory=lambda: defaultdict(_Totals))
    # What the run's inputs held besides articles, and whether it stopped early (set by the batch run).
    found: Optional[int] = None
    skipped: list[tuple[str, str]] = field(default_factory=list)
    not_reached: int = 0
    stopped: Optional[str] = None

    def add(self, outcome: ArticleOutcome) -> None:
        row = outcome.article
        if outcome.error is not None or row is None:
            self.failed.append((outcome.path, outcome.error or "no result"))
            return
        self.totals.add(row)
        self.paragraphs += row.get("paragraphs") or 0
        self.attributed += row.get("attributed_claims") or 0
        if row.get("paragraphs_failed"):
            self.partial += 1
        for source_type in SOURCE_TYPES:
            self.attributions[source_type] += row.get(f"attributions_{source_type}") or 0
        for source in outcome.sources:
            self.sources[source.get("type")] += 1
        if row.get("score") is not None:
            self.scores.append(float(row["score"]))
        if row.get("rating"):
            self.ratings[row["rating"]] += 1
        for code in filter(None, (row.get("flags") or "").split("; ")):
            self.flags[code] += 1
        match = _MONTH.match(row.get("date") or "")
        month = f"{match.group(1)}-{match.group(2)}" if match else None
        if month:
            self.months[month].add(row)
        else:
            self.undated += 1
        outlet = row.get("outlet")
        if outlet:
            self.outlets[outlet].add(row)
            if month:
                self.outlet_months[(outlet, month)].add(row)

    def monthly(self) -> list[MonthFigures]:
        """Every month from the first to the last; a month with no articles is a gap (None), not a zero."""
        months = _month_range(min(self.months), max(self.months)) if self.months else []
        return [MonthFigures.of(month, self.months.get(month) or _Totals()) for month in months]

    def by_outlet_month(self) -> list[MonthFigures]:
        """Each outlet's months with articles, outlet by outlet."""
        return [MonthFigures.of(month, m, outlet) for (outlet, month), m in sorted(self.outlet_months.items())]


def summarise(outcomes: Iterable[ArticleOutcome]) -> CorpusSummary:
    summary = CorpusSummary()
    for outcome in outcomes:
        summary.add(outcome)
    return summary


def _share(value: Optional[float]) -> str:
    return "–" if value is None else f"{value:.1%}"


def _number(value: Optional[float]) -> str:
    return "–" if value is None else f"{value:.1f}"


def _cell(text: str) -> str:
    return printable(text).replace("|", "\\|")


def _literal(text: str) -> str:
    """Text from the archive (a file name, an error naming one) as literal markdown: markup
    (``<script>``, ``<details open>``), pipes, line breaks and control characters show as
    written and cannot end the row or the table."""
    return markdown_escape(printable(text))


def _table(header: tuple[str, ...], rows: Iterable[tuple[Any, ...]], cell=_cell) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell(str(v)) for v in row) + " |" for row in rows]
    return lines + [""]


def render_summary(summary: CorpusSummary, *, engine: str) -> str:
    t = summary.totals
    total_articles = t.articles + len(summary.failed)
    lines = [
        "# Batch summary",
        "",
        f"Engine: {engine}. Shares are pooled over all claims of the analysed articles.",
        "",
        "## Totals",
        "",
    ]
    if summary.stopped:
        lines += [f"**The run stopped before the end** ({_literal(summary.stopped)}); "
                  f"{summary.not_reached} article(s) were not analysed. Run the same command again to go on.", ""]
    accounting = []
    if summary.found is not None:
        accounting = [("files found", summary.found)]
    accounting += [
        ("articles", total_articles),
        ("analysed", t.articles),
        ("failed (could not be read or analysed)", len(summary.failed)),
    ]
    if summary.found is not None:
        accounting += [("skipped (not regular files)", len(summary.skipped))]
    if summary.stopped:
        accounting += [("not analysed (the run stopped)", summary.not_reached)]
    lines += _table(("measure", "value"), [
        *accounting,
        ("partial (some paragraphs failed)", summary.partial),
        ("paragraphs", summary.paragraphs),
        ("claims", t.claims),
        ("attributed claims", summary.attributed),
        ("claims resting only on anonymous sources", f"{t.anonymous_only} ({_share(t.anonymous_only_share())})"),
        ("orphan claims (no attribution)", f"{t.orphans} ({_share(t.orphan_share())})"),
        ("mean score", _number(t.mean_score())),
        ("median score", _number(median(summary.scores) if summary.scores else None)),
    ])
    attribution_total = sum(summary.attributions.values())
    source_total = sum(summary.sources.values())
    lines += ["## Source types", ""]
    lines += _table(("type", "attributions", "share", "distinct sources", "share"), [
        (st, summary.attributions[st], _share(summary.attributions[st] / attribution_total if attribution_total else None),
         summary.sources[st], _share(summary.sources[st] / source_total if source_total else None))
        for st in SOURCE_TYPES
    ])
    lines += ["## Scores", ""]
    bins = Counter(min(int(score // 10) * 10, 90) for score in summary.scores)
    lines += _table(("score", "articles", ""), [
        (f"{low}–{low + 10 if low < 90 else 100}", bins[low], "█" * round(40 * bins[low] / max(len(summary.scores), 1)))
        for low in SCORE_BINS
    ])
    lines += _table(("rating", "articles"), [(r, summary.ratings[r]) for r in RATINGS])
    if summary.months:
        lines += ["## By month", ""]
        if summary.undated:
            lines += [f"{summary.undated} analysed article(s) carry no date and are left out of this table.", ""]
        lines += _table(("month", "articles", "claims", "anonymous-only share", "orphan share", "mean score"), [
            (m.month, m.articles, m.claims, _share(m.anonymous_only_share), _share(m.orphan_share), _number(m.mean_score))
            for m in summary.monthly() if m.articles
        ])
    if summary.outlets:
        header = ("articles", "claims", "anonymous-only share", "orphan share", "mean score")

        def measures(m: _Totals) -> tuple[Any, ...]:
            return (m.articles, m.claims, _share(m.anonymous_only_share()), _share(m.orphan_share()),
                    _number(m.mean_score()))

        lines += ["## By outlet", ""]
        unplaced = t.articles - sum(m.articles for m in summary.outlets.values())
        if unplaced:
            lines += [f"{unplaced} analysed article(s) carry no outlet and are left out of these tables.", ""]
        lines += _table(("outlet", *header), [(o, *measures(m)) for o, m in sorted(summary.outlets.items())],
                        cell=_literal)
        if summary.outlet_months:
            lines += ["## By outlet and month", ""]
            lines += _table(("outlet", "month", *header),
                            [(o, month, *measures(m)) for (o, month), m in sorted(summary.outlet_months.items())],
                            cell=_literal)
    if summary.flags:
        lines += ["## Flags", ""]
        lines += _table(("flag", "articles"), summary.flags.most_common())
    if summary.failed:
        lines += ["## Failed articles", ""]
        lines += _table(("path", "error"), summary.failed, cell=_literal)
    if summary.skipped:
        lines += ["## Skipped (not articles)", ""]
        lines += _table(("path", "what it is"), summary.skipped, cell=_literal)
    return "\n".join(lines).rstrip("\n") + "\n"
