"""``articles.csv`` and ``sources.csv`` from the manifest's outcomes.

Text cells that a spreadsheet would run as a formula (an article title
starting with ``=``, ``+``, ``-`` or ``@``) get a leading apostrophe: an
archive may hold anything, and a standards desk opens these in Excel.
Numbers are written as they are.

Rows end in CRLF (RFC 4180), so the csv module quotes any cell holding a
CR or an LF and a path such as ``a\rb.txt`` cannot break a row; a NUL, which
many CSV readers refuse, is spelt ``\x00``.
"""

from __future__ import annotations

import csv
import io
from typing import IO, Any, Callable, Iterable

from claimcheck.batch.rows import ARTICLE_COLUMNS, SOURCE_COLUMNS, failed_article_row
from claimcheck.batch.store import ArticleOutcome, OutputFolder
from claimcheck.output import Target, open_atomic

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        value = value.replace("\x00", "\\x00")
        if value.startswith(_FORMULA_STARTS):
            return "'" + value
    return value


def _write_csv(handle: IO[str], columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> None:
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])


def _csv_text(columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    _write_csv(buffer, columns, rows)
    return buffer.getvalue()


def write_csv_atomic(path: Target, columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> None:
    """Rows streamed to the atomic writer: a table of any length, never held
    whole, never half-written."""
    with open_atomic(path, newline="") as handle:  # the csv module writes its own line ends
        _write_csv(handle, columns, rows)


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


def write_tables(outcomes: Callable[[], Iterable[ArticleOutcome]], folder: OutputFolder) -> list[Any]:
    """Both tables, streamed: ``outcomes`` is called once per table and may
    read the rows from disk as it goes."""
    articles, sources = folder.contained("articles.csv"), folder.contained("sources.csv")
    write_csv_atomic(articles, ARTICLE_COLUMNS, article_rows(outcomes()))
    write_csv_atomic(sources, SOURCE_COLUMNS, (row for outcome in outcomes() for row in outcome.sources))
    return [articles, sources]
