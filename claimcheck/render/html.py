"""The annotated HTML report: the article itself, with every source, cue and hedge marked where it stands.

:func:`render` returns one self-contained page: inline CSS, a little inline
JS, no network, and a Content-Security-Policy that allows nothing else
(see :mod:`claimcheck.render.html_page`).

:func:`render_batch_index` (the batch run's ``index.html``) lives in
:mod:`claimcheck.render.batch_index` and is re-exported here.
"""

from __future__ import annotations

from claimcheck.render.batch_index import BatchArticle, render_batch_index, write_batch_index
from claimcheck.render.html_article import Lookups, dom_id, paragraph_markup
from claimcheck.render.labels import (
    CHARGE_LABEL,
    CHARGE_NOTE,
    CONDITION_LABEL,
    ORPHAN_LABEL,
    RATINGS,
    STRUCTURE_NOTE,
    STRUCTURE_SECTION,
    TYPE_NAME,
    TYPE_TAG,
    UNSOURCED_CUE_LABEL,
    article_title,
    condition_kind,
    condition_phrase,
    link_note,
    question_answered_by,
    spokesperson_note,
    structure_kind,
    structure_place,
)
from claimcheck.render.html_page import asset, content_security_policy, environment
from claimcheck.schema import SOURCE_TYPES, Report

__all__ = ["render", "render_batch_index", "write_batch_index", "BatchArticle"]

SEVERITY_MARK = {"serious": "■", "warning": "▲", "info": "●"}
_CLAIM_EXCERPT = 160


def _excerpt(text: str) -> str:
    return text if len(text) <= _CLAIM_EXCERPT else text[: _CLAIM_EXCERPT - 1].rstrip() + "…"


def _context(report: Report) -> dict:
    look = Lookups.of(report)
    attributions = {a.id: a for p in report.paragraphs for a in p.attributions}

    def source_label(attribution_id: str) -> tuple[str, str]:
        a = attributions[attribution_id]
        source = look.sources.get(a.source_id or "")
        return (source.name, source.type) if source else (a.source, a.source_type)

    claims, attribution_rows, hedge_rows, unsourced_rows = [], [], [], []
    for p in report.paragraphs:
        conditions = {k.id: k for k in p.conditions}
        for c in p.claims:
            named = [source_label(aid) for aid in c.sourced_by if aid in attributions]
            claims.append({"claim": c, "paragraph": p.index, "orphan": bool(c.orphan),
                           "excerpt": _excerpt(c.text), "sources": list(dict.fromkeys(named)),
                           "conditions": [(condition_phrase(p.text, conditions[k]), condition_kind(conditions[k].kind))
                                          for k in c.condition_ids if k in conditions]})
        for a in p.attributions:
            via = attributions.get(a.via) if a.via else None
            attribution_rows.append({"a": a, "paragraph": p.index, "via": via.source if via else a.via,
                                     "note": link_note(a, look.sources.get(a.source_id or ""))})
        for h in p.hedges:
            holder = "the reporter"
            if h.holder == "source":
                holder = "the source" if h.attribution_id not in attributions else attributions[h.attribution_id].source
            hedge_rows.append({"h": h, "paragraph": p.index, "holder": holder})
        for u in p.unsourced_cues:
            unsourced_rows.append({"u": u, "paragraph": p.index, "label": UNSOURCED_CUE_LABEL[u.kind],
                                   "answered_by": question_answered_by(u, attributions)})

    claim_rows = {row["claim"].id: row for row in claims}
    check_first = [{"entry": entry, "row": claim_rows[entry.claim_id]}
                   for entry in report.summary.check_first if entry.claim_id in claim_rows]
    type_order = {t: i for i, t in enumerate(SOURCE_TYPES)}
    count = len(report.paragraphs)
    structure = [{"line": line, "kind": structure_kind(line.kind), "place": structure_place(line.before_paragraph, count)}
                 for line in report.article.structure]
    # each structure line shown in the article where it stood: before its paragraph, or after the last
    structure_before: dict[int, list[dict]] = {}
    for row in structure:
        structure_before.setdefault(min(row["line"].before_paragraph, count + 1), []).append(row)
    css, js = asset("report.css"), asset("report.js")
    return {
        "report": report,
        "a": report.article,
        "s": report.summary,
        "title": article_title(report.article.path, report.article.title, "Untitled article"),
        "check_first": check_first,
        "ORPHAN_LABEL": ORPHAN_LABEL,
        "paragraphs": [{"index": p.index, "error": p.error, "markup": paragraph_markup(p, look)}
                       for p in report.paragraphs],
        "failed": [p for p in report.paragraphs if p.error],
        "claims": claims,
        "attributions": attribution_rows,
        "hedges": hedge_rows,
        "unsourced_cues": unsourced_rows,
        "structure": structure,
        "structure_before": structure_before,
        "trailing_structure": structure_before.get(count + 1, []),
        "STRUCTURE_SECTION": STRUCTURE_SECTION,
        "STRUCTURE_NOTE": STRUCTURE_NOTE,
        "CONDITION_LABEL": CONDITION_LABEL,
        "CHARGE_LABEL": CHARGE_LABEL,
        "CHARGE_NOTE": CHARGE_NOTE,
        "charges": report.summary.charge_hedges,
        "roster": sorted(report.sources, key=lambda s: type_order.get(s.type, len(type_order))),
        "source_ids": set(look.sources),
        "css": css,
        "js": js,
        "csp": content_security_policy(css, js),
        "dom_id": dom_id,
        "spokesperson_note": spokesperson_note,
        "TYPE_TAG": TYPE_TAG,
        "TYPE_NAME": TYPE_NAME,
        "SOURCE_TYPES": SOURCE_TYPES,
        "RATINGS": RATINGS,
        "SEVERITY_MARK": SEVERITY_MARK,
    }


def render(report: Report) -> str:
    """The report as one self-contained HTML page."""
    return environment().get_template("report.html.j2").render(**_context(report))
