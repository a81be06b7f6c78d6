"""One report as table rows: its line of ``articles.csv`` and its lines of
``sources.csv``. Workers build these, so the main process never holds a
whole report and memory stays flat however large the archive."""

from __future__ import annotations

from typing import Any, Optional

from claimcheck.schema import SOURCE_TYPES, Report

ARTICLE_COLUMNS = (
    "path", "title", "date", "outlet", "url", "paragraphs", "paragraphs_failed", "claims", "attributed_claims",
    "unattributed_claims", "anonymous_only_claims", "anonymous_only_share", "orphan_share",
    "attributions", *(f"attributions_{t}" for t in SOURCE_TYPES), "distinct_sources", "named_sources",
    "anonymous_sources", "hedges", "score", "rating", "flag_count", "flags", "report", "error",
    "genre", "check_first_claim", "check_first_paragraph", "check_first_reason", "check_first_text",
)
SOURCE_COLUMNS = (
    "path", "title", "date", "outlet", "source_id", "name", "type", "description", "attributions", "claims",
    "mentions", "anonymous_count", "anonymous_affiliation", "anonymous_basis", "anonymous_reason_given",
)


def article_row(report: Report, report_link: Optional[str]) -> dict[str, Any]:
    summary = report.summary
    top = summary.check_first[0] if summary.check_first else None
    claims = {c.id: c for p in report.paragraphs for c in p.claims}
    row: dict[str, Any] = {
        "path": report.article.path,
        "title": report.article.title,
        "date": report.article.date,
        "outlet": report.article.outlet,
        "url": report.article.url,
        "paragraphs": summary.paragraphs,
        "paragraphs_failed": summary.paragraphs_failed,
        "claims": summary.claims,
        "attributed_claims": summary.attributed_claims,
        "unattributed_claims": summary.unattributed_claims,
        "anonymous_only_claims": summary.anonymous_only_claims,
        "anonymous_only_share": summary.anonymous_only_share,
        "orphan_share": summary.orphan_share,
        "attributions": summary.attributions,
        "distinct_sources": summary.distinct_sources,
        "named_sources": summary.named_sources,
        "anonymous_sources": summary.anonymous_sources,
        "hedges": summary.hedges,
        "score": summary.score,
        "rating": summary.rating,
        "flag_count": len(summary.flags),
        "flags": "; ".join(flag.code for flag in summary.flags),
        "report": report_link,
        "error": None,
        "genre": summary.genre,
        # The first of the claims to check first: the one claim of this article a fact-checker should open.
        "check_first_claim": top.claim_id if top else None,
        "check_first_paragraph": top.paragraph if top else None,
        "check_first_reason": top.reason if top else None,
        "check_first_text": claims[top.claim_id].text if top and top.claim_id in claims else None,
    }
    for source_type in SOURCE_TYPES:
        row[f"attributions_{source_type}"] = summary.attributions_by_type.get(source_type, 0)
    return row


def failed_article_row(path: str, error: str) -> dict[str, Any]:
    row: dict[str, Any] = {column: None for column in ARTICLE_COLUMNS}
    row.update(path=path, error=error)
    return row


def source_rows(report: Report) -> list[dict[str, Any]]:
    rows = []
    for source in report.sources:
        anonymous = source.anonymous
        rows.append({
            "path": report.article.path,
            "title": report.article.title,
            "date": report.article.date,
            "outlet": report.article.outlet,
            "source_id": source.id,
            "name": source.name,
            "type": source.type,
            "description": source.description,
            "attributions": len(source.attribution_ids),
            "claims": len(source.claim_ids),
            "mentions": len(source.mentions),
            "anonymous_count": anonymous.count if anonymous else None,
            "anonymous_affiliation": anonymous.affiliation if anonymous else None,
            "anonymous_basis": anonymous.basis if anonymous else None,
            "anonymous_reason_given": anonymous.reason_given if anonymous else None,
        })
    return rows
