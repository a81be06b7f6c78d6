"""``articles.csv`` and ``sources.csv`` from the manifest's outcomes.

Text cells that a spreadsheet would run as a formula (an article title
starting with ``=``, ``+``, ``-`` or ``@``) get a leading apostrophe: an
archive may hold anything, and a standards desk opens these in Excel.
Numbers are written as they are.
"""

from __future__ import annotations

import csv
import io
from typing import Any, Callable, Iterable

from claimcheck.batch_rows import ARTICLE_COLUMNS, SOURCE_COLUMNS, failed_article_row
from claimcheck.batch_store import ArticleOutcome

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _csv_text(columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return buffer.getvalue()


def article_rows(outcomes: Iterable[ArticleOutcome]) -> Iterable[dict[str, Any]]:
    for outcome in outcomes:
        if outcome.error is not None or outcome.article is None:
            yield failed_article_row(outcome.path, outcome.error or "no result")
        else:
            yield outcome.article


def articles_csv(outcomes: Iterable[ArticleOutcome]) -> str:
    return _csv_text(ARTICLE_COLUMNS, article_rows(outcomes))


def sources_csv(outcomes: Iterable[ArticleOutcome]) -> str:
    return _csv_text(SOURCE_COLUMNS, (row for outcome in outcomes for row in outcome.sources))


def write_tables(outcomes: Callable[[], Iterable[ArticleOutcome]], write: Callable[[str, str], None]) -> None:
    """Both tables; ``outcomes`` is called once per table, so the rows can be
    streamed from disk rather than held."""
    write("articles.csv", articles_csv(outcomes()))
    write("sources.csv", sources_csv(outcomes()))
