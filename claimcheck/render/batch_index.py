"""The batch run's ``index.html``: sourcing trends by month and every article, linked to its report.

Call it from the batch command once every article is analysed::

    from claimcheck.render.html import write_batch_index
    rows = [
        {"path": "in/a.txt", "title": "Pentagon plans ...", "date": "2020-03-27",
         "report_href": "a.html", "score": 54.0, "rating": "moderate", "claims": 40,
         "anonymous_only_share": 0.31, "orphan_share": 0.12, "flags": 6},
        ...
    ]
    corpus = summarise(outcomes)            # claimcheck.batch.summary: the corpus figures, computed once
    write_batch_index(rows, out_dir, months=corpus.monthly(),   # writes out_dir/index.html, returns its path
                      outlet_months=corpus.by_outlet_month())

Each row is a dict or any object with those attributes (a dataclass, a
pydantic model); see :class:`BatchArticle` for the fields. Only ``path`` is
required. The monthly charts and the by-outlet table draw ``months`` and
``outlet_months`` as given (the same figures ``summary.md`` shows); the page
computes no corpus figure of its own. ``report_href`` may be absolute, or relative to ``out_dir``; it is
written as a link relative to ``out_dir``. Articles without a usable ``date``
(``YYYY-MM`` or ``YYYY-MM-DD``) are listed but left out of the monthly charts.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, Optional, Union
from urllib.parse import quote, urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from claimcheck.errors import UsageError, first_validation_error
from claimcheck.render.html_page import asset, content_security_policy, environment
from claimcheck.render.svg_charts import Bar, bar_chart

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])(?:-\d{2})?")


class BatchArticle(BaseModel):
    """One row of the batch index."""

    model_config = ConfigDict(extra="ignore", from_attributes=True)

    path: str = Field(description="the article's input path, shown when it has no title")
    title: Optional[str] = None
    date: Optional[str] = Field(None, description="ISO date; its month places the article in the charts")
    outlet: Optional[str] = Field(None, description="the publication; places the article in the by-outlet table")
    report_href: Optional[str] = Field(None, description="the article's HTML report, absolute or relative to out_dir")
    score: Optional[float] = Field(None, ge=0, le=100)
    rating: Optional[str] = None
    claims: int = Field(0, ge=0)
    anonymous_only_share: Optional[float] = Field(None, ge=0, le=1)
    orphan_share: Optional[float] = Field(None, ge=0, le=1)
    flags: int = 0
    error: Optional[str] = Field(None, description="why the article could not be analysed, if it could not")

    @property
    def month(self) -> Optional[str]:
        match = _MONTH.match(self.date or "")
        return f"{match.group(1)}-{match.group(2)}" if match else None


class MonthRow(BaseModel):
    """One month as the charts draw it; any object with these attributes will do."""

    model_config = ConfigDict(extra="ignore", from_attributes=True)

    month: str
    articles: int
    anonymous_only_share: Optional[float]
    mean_score: Optional[float]
    outlet: Optional[str] = None


def _as_rows(articles: Iterable[Any]) -> list[BatchArticle]:
    rows = []
    for i, item in enumerate(articles):
        try:
            rows.append(BatchArticle.model_validate(item))
        except ValidationError as exc:
            raise UsageError(f"batch index row {i + 1}: {first_validation_error(exc)}") from None
    return rows


def _as_months(months: Iterable[Any]) -> list[MonthRow]:
    return [MonthRow.model_validate(m) for m in months]


def _href(report_href: Optional[str], out_dir: Path) -> Optional[str]:
    if not report_href:
        return None
    if urlsplit(report_href).scheme in ("http", "https", "file"):
        return report_href
    target = Path(report_href)
    relative = os.path.relpath(target, out_dir) if target.is_absolute() else report_href
    return quote(PurePosixPath(*Path(relative).parts).as_posix())


def _context(rows: list[BatchArticle], months: list[MonthRow], outlet_months: list[MonthRow], out_dir: Path) -> dict:
    share_chart = bar_chart(
        [Bar(m.month, None if m.anonymous_only_share is None else m.anonymous_only_share * 100,
             f"{m.articles} article{'s' if m.articles != 1 else ''}") for m in months],
        chart_id="chart-anonymous", title="Share of claims resting on anonymous sources only, by month",
        y_max=100, y_ticks=(0, 25, 50, 75, 100), value_text=lambda v: f"{v:.0f}%",
    )
    score_chart = bar_chart(
        [Bar(m.month, m.mean_score, f"{m.articles} article{'s' if m.articles != 1 else ''}") for m in months],
        chart_id="chart-score", title="Mean sourcing score, by month",
        y_max=100, y_ticks=(0, 25, 50, 75, 100), value_text=lambda v: f"{v:.0f}",
    )
    listed = sorted(rows, key=lambda r: (r.date or "9999", r.path))
    return {
        "rows": [{"row": r, "href": _href(r.report_href, out_dir)} for r in listed],
        "months": months,
        "outlet_months": outlet_months,
        "share_chart": share_chart,
        "score_chart": score_chart,
        "undated": sum(1 for r in rows if not r.month),
        "failed": sum(1 for r in rows if r.error),
    }


def render_batch_index(articles: Iterable[Union[dict, Any]], out_dir: Union[str, Path],
                       months: Iterable[Any] = (), outlet_months: Iterable[Any] = ()) -> str:
    """The batch index page as HTML; ``out_dir`` is where it will be written (links are relative to it)."""
    css = asset("report.css") + asset("batch.css")
    context = _context(_as_rows(articles), _as_months(months), _as_months(outlet_months), Path(out_dir))
    return environment().get_template("batch_index.html.j2").render(
        css=css, csp=content_security_policy(css), **context
    )


def write_batch_index(articles: Iterable[Union[dict, Any]], out_dir: Union[str, Path], months: Iterable[Any] = (),
                      outlet_months: Iterable[Any] = ()) -> Path:
    """Write ``out_dir/index.html`` atomically and return its path."""
    from claimcheck.output import write_atomic

    return write_atomic(Path(out_dir) / "index.html", render_batch_index(articles, out_dir, months, outlet_months))
