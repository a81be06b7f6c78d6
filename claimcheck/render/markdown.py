"""The markdown sourcing report: what a standards editor reads first.

It must read well both rendered on GitHub and raw in a terminal, so it keeps
to headings, short bullet lists and one table, and escapes article text that
would otherwise turn into markup.
"""

from __future__ import annotations

import re

from claimcheck.render.labels import (
    CHARGE_LABEL,
    CHARGE_NOTE,
    CONDITION_LABEL,
    CORRECTED_LABEL,
    STRUCTURE_NOTE,
    STRUCTURE_SECTION,
    TYPE_LABEL,
    TYPE_PLURAL,
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
from claimcheck.schema import Attribution, Claim, Hedge, Paragraph, Report, Source

_SEVERITY_MARK = {"serious": "🔴", "warning": "🟠", "info": "ℹ️"}
_RATING_MARK = {"strong": "🟢", "moderate": "🟡", "weak": "🟠", "unsourced": "🔴"}
_MD_SPECIAL = re.compile(r"[\\`*_\[\]<|]")
_MD_ESCAPES = str.maketrans({c: "\\" + c for c in "\\`*_[]<|"})
# Every fragment is written after a prefix on its line ("- why: ", "# Sourcing report: "), so block markup
# can only start after a line break inside the fragment itself.
_MD_LINE_START = re.compile(r"(\n\s*)([#>+-])")


def escape(text: str) -> str:
    """Article text as literal markdown: inline markup always, block markup ('#', '>') where it would start a line."""
    escaped = text.translate(_MD_ESCAPES) if _MD_SPECIAL.search(text) else text  # most spans need none
    return _MD_LINE_START.sub(r"\1\\\2", escaped) if _MD_LINE_START.search(escaped) else escaped


def _mark_hedges(claim: Claim, paragraph: Paragraph, hedges: dict[str, Hedge]) -> str:
    """The claim text with its hedge cues in italics, escaped."""
    start, end = claim.span
    marks = sorted(
        (hedges[h].span for h in claim.hedge_ids if h in hedges and start <= hedges[h].span[0] < hedges[h].span[1] <= end),
    )
    out, pos = [], start
    for s, e in marks:
        if s < pos:
            continue
        out.append(escape(paragraph.text[pos:s]))
        out.append(f"_{escape(paragraph.text[s:e])}_")
        pos = e
    out.append(escape(paragraph.text[pos:end]))
    return "".join(out)


def _attribution_line(a: Attribution, sources: dict[str, Source]) -> str:
    source = sources.get(a.source_id or "")
    who = escape(source.name if source else a.source)
    note = link_note(a, source)
    mention = "" if not source or a.source == source.name else f" (as \"{escape(a.source)}\")"
    if note:
        mention = f"{mention[:-1]}, {note})" if mention else f" ({note})"
    kind = TYPE_LABEL[a.source_type]
    if a.spokesperson_for:
        kind += f" ({escape(spokesperson_note(a.spokesperson_for))})"
    line = f"{who}{mention} **{escape(a.cue)}**, {kind}, {a.quote} quote"
    if a.anonymous:
        details = []
        if a.anonymous.count:
            details.append(f"count: {escape(a.anonymous.count)}")
        if a.anonymous.affiliation:
            details.append(f"affiliation: {escape(a.anonymous.affiliation)}")
        details.append(f"basis: {escape(a.anonymous.basis)}" if a.anonymous.basis else "no stated basis")
        details.append("reason for anonymity given" if a.anonymous.reason_given else "no reason for anonymity")
        line += f" ({'; '.join(details)})"
    if a.via:
        line += f", relayed via {a.via}"
    return line


def _summary(report: Report) -> list[str]:
    s = report.summary
    lines = []
    if s.score is not None:
        lines.append(f"**Sourcing score: {s.score:g}/100 ({s.rating})** {_RATING_MARK.get(s.rating or '', '')}".rstrip())
    else:
        lines.append("**Sourcing score: n/a** (no claims found)")
    lines.append("")
    lines.append(
        f"- {s.claims} claims in {s.paragraphs} paragraphs: {s.attributed_claims} attributed, "
        f"{s.unattributed_claims} unattributed ({s.orphan_share:.0%})"
    )
    by_type = ", ".join(f"{n} {TYPE_LABEL[t]}" for t, n in s.attributions_by_type.items())
    lines.append(f"- {s.attributions} attributions: {by_type}" + (f"; {s.no_comment} declined to comment" if s.no_comment else "")
                 + (f"; {s.writer_voice} in the writer's own voice" if s.writer_voice else ""))
    sources_by_type = ", ".join(f"{n} {TYPE_LABEL[t] if n == 1 else TYPE_PLURAL[t]}"
                                for t, n in s.sources_by_type.items())
    lines.append(f"- {s.distinct_sources} distinct sources: {sources_by_type}")
    lines.append(f"- {s.anonymous_only_claims} claims ({s.anonymous_only_share:.0%}) rest only on anonymous sources")
    lines.append(f"- {s.hedges} hedges, {s.agentless_hedges} agentless"
                 + (f", {s.charge_hedges} the word of a charge (\"alleged\": not the reporter's doubt)"
                    if s.charge_hedges else ""))
    for reason in s.score_reasons:
        lines.append(f"- score: {reason}")
    if s.paragraphs_failed:
        noun = "paragraph" if s.paragraphs_failed == 1 else "paragraphs"
        lines.append(f"- **{s.paragraphs_failed} {noun} could not be analysed** (marked below)")
    return lines


def _flags(report: Report) -> list[str]:
    if not report.summary.flags:
        return ["No sourcing problems flagged."]
    lines = []
    for flag in report.summary.flags:
        where = ""
        if flag.paragraphs:
            shown = sorted(set(flag.paragraphs))
            where = " (¶ " + ", ".join(str(p) for p in shown[:10]) + ("…" if len(shown) > 10 else "") + ")"
        lines.append(f"- {_SEVERITY_MARK[flag.severity]} **{flag.severity}**: {escape(flag.message)}{where}")
    return lines


def _sources_table(report: Report) -> list[str]:
    if not report.sources:
        return ["No attributed sources found."]
    lines = ["| Source | Type | Description | Mentions | Claims |", "|---|---|---|---|---|"]
    for s in report.sources:
        mentions = sorted({m.paragraph for m in s.mentions})
        aliases = f" (also: {', '.join(escape(a) for a in s.aliases[:3])})" if s.aliases else ""
        kind = TYPE_LABEL[s.type] + (f" ({escape(spokesperson_note(s.spokesperson_for))})" if s.spokesperson_for else "")
        uncertain = sum(1 for m in s.mentions if not m.certain)
        counted = f"{len(s.mentions)}" + (f", {uncertain} uncertain" if uncertain else "")
        lines.append(
            f"| {escape(s.name)}{aliases}{_corrected(s.corrections)} | {kind} | {escape(s.description or '')} | "
            f"{counted} (¶ {', '.join(str(p) for p in mentions)}) | {len(s.claim_ids)} |"
        )
    return lines


def _condition_line(p: Paragraph, condition: Hedge) -> str:
    return f"{CONDITION_LABEL}: _{escape(condition_phrase(p.text, condition))}_ ({condition_kind(condition.kind)})"


def _structure(report: Report) -> list[str]:
    lines = report.article.structure
    if not lines:
        return []
    out = [f"## {STRUCTURE_SECTION}", "", f"{STRUCTURE_NOTE[0].upper()}{STRUCTURE_NOTE[1:]}:", ""]
    for line in lines:
        place = structure_place(line.before_paragraph, len(report.paragraphs))
        out.append(f"- {place}, {structure_kind(line.kind)}: {escape(line.text)}")
    return out + [""]


def _paragraph(p: Paragraph, sources: dict[str, Source], attributions: dict[str, Attribution],
               hedges: dict[str, Hedge], conditions: dict[str, Hedge]) -> list[str]:
    lines = [f"### ¶ {p.index}", ""]
    if p.error:
        lines += [f"> ⚠ **Not analysed:** {escape(p.error)}", "", f"> {escape(p.text)}", ""]
        return lines
    for w in p.warnings:
        lines.append(f"> note: {escape(w)}")
    if not p.claims and not p.attributions:
        lines += [f"_No claims found._ {escape(p.text[:160])}{'…' if len(p.text) > 160 else ''}", ""]
        return lines
    for claim in p.claims:
        mark = _RATING_MARK.get(claim.rating or "", "")
        label = "UNSOURCED" if claim.rating == "unsourced" else (claim.rating or "unscored")
        orphan = " · orphan claim" if claim.orphan else ""
        score = f"{claim.score:g}" if claim.score is not None else "–"
        lines.append(f"- {mark} **{label} {score}**{orphan}{_corrected(claim.corrections)}: "
                     f"{_mark_hedges(claim, p, hedges)}")
        # One source giving a claim twice ("X said … and said …") reads as one line with its count, not as a
        # repeated line an editor would take for a glitch.
        source_lines: dict[str, int] = {}
        for attribution_id in claim.sourced_by:
            a = attributions.get(attribution_id)
            if a is not None:
                inherited = " (carried over)" if claim.inherited_attribution and a not in p.attributions else ""
                line = f"  - source: {_attribution_line(a, sources)}{inherited}"
                source_lines[line] = source_lines.get(line, 0) + 1
        lines += [line if n == 1 else f"{line} · {n} attributions" for line, n in source_lines.items()]
        if claim.reasons:
            lines.append("  - why: " + "; ".join(escape(r) for r in claim.reasons))
        for condition_id in claim.condition_ids:
            condition = conditions.get(condition_id)
            if condition is not None:
                lines.append(f"  - {_condition_line(p, condition)}")
    no_comment = [a for a in p.attributions if a.no_comment]
    for a in no_comment:
        source = sources.get(a.source_id or "")
        lines.append(f"- asked, no comment: {escape(source.name if source else a.source)} **{escape(a.cue)}**")
    unlinked_hedges = [h for h in p.hedges if not any(h.id in c.hedge_ids for c in p.claims)]
    for h in unlinked_hedges:
        charge = f"; {CHARGE_LABEL}: {CHARGE_NOTE}" if h.charge else ""
        lines.append(f"- hedge: _{escape(h.cue)}_ ({h.kind}, {h.holder}{charge})")
    for c in p.conditions:
        if not any(c.id in claim.condition_ids for claim in p.claims):
            lines.append(f"- {_condition_line(p, c)}")
    for u in p.unsourced_cues:
        what = f": _{escape(u.content)}_" if u.content else ""
        answerer = question_answered_by(u, attributions)
        answer = f" (answered by {escape(answerer)})" if answerer else ""
        lines.append(f"- {UNSOURCED_CUE_LABEL[u.kind]}: **{escape(u.cue)}**{what}{answer}")
    lines.append("")
    return lines


def _corrected(corrections: list[str]) -> str:
    return f" · _{CORRECTED_LABEL}_" if corrections else ""


def _check_first(report: Report) -> list[str]:
    entries = report.summary.check_first
    if not entries:
        return []
    claims = {c.id: c for p in report.paragraphs for c in p.claims}
    lines = ["## Claims to check first", ""]
    for n, entry in enumerate(entries, start=1):
        claim = claims.get(entry.claim_id)
        text = escape(claim.text) if claim else entry.claim_id
        lines.append(f"{n}. ¶ {entry.paragraph} ({entry.claim_id}): {text}")
        lines.append(f"   - {escape(entry.reason)}")
    return lines + [""]


def _corrections(report: Report) -> list[str]:
    if not report.corrections:
        return []
    lines = ["## Corrections applied", ""]
    for c in report.corrections:
        where = f"{c.file}:{c.line}" if c.line else c.file
        lines.append(f"- {escape(c.description)} ({escape(where)})")
    return lines + [""]


def render(report: Report) -> str:
    meta = report.article
    title = article_title(meta.path, meta.title)
    out = [f"# Sourcing report: {escape(title)}", ""]
    facts = [x for x in (meta.date, meta.dateline, f"byline: {meta.byline}" if meta.byline else None) if x]
    engine = report.engine.name + (f" ({report.engine.model})" if report.engine.model else "")
    facts.append(f"engine: {engine}")
    if meta.path and meta.title:
        facts.append(f"file: {article_title(meta.path, None)}")
    if meta.url:
        facts.append(meta.url)
    out += [" · ".join(escape(f) for f in facts), ""]
    if report.summary.genre != "news":
        basis = f" ({report.summary.genre_basis})" if report.summary.genre_basis else ""
        out += [f"**Read as {report.summary.genre}**{escape(basis)}: the author's own assertions are scored as "
                "argument, not as orphan news claims.", ""]
    out += _summary(report) + [""]
    out += _check_first(report)
    out += ["## Flags", ""] + _flags(report) + [""]
    out += ["## Sources", ""] + _sources_table(report) + [""]
    sources = {s.id: s for s in report.sources}
    attributions = {a.id: a for p in report.paragraphs for a in p.attributions}
    hedges = {h.id: h for p in report.paragraphs for h in p.hedges}
    conditions = {c.id: c for p in report.paragraphs for c in p.conditions}
    out += ["## Claims by paragraph", ""]
    for paragraph in report.paragraphs:
        out += _paragraph(paragraph, sources, attributions, hedges, conditions)
    out += _structure(report)
    notes = []
    if meta.encoding_guessed:
        notes.append(f"encoding guessed as {meta.encoding}")
    for repair in meta.repairs:
        example = f" e.g. {escape(repair.examples[0])}" if repair.examples else ""
        notes.append(f"repaired {repair.count}× {escape(repair.description)}{example}")
    notes += [escape(w) for w in meta.warnings]
    if notes:
        out += ["## Input notes", ""] + [f"- {n}" for n in notes] + [""]
    out += _corrections(report)
    if report.usage:
        u = report.usage
        cost = f", about ${u.estimated_cost_usd:.4f}" if u.estimated_cost_usd is not None else ""
        out += [
            "---",
            f"LLM usage: {u.requests} requests ({u.cached} from cache), {u.prompt_tokens} prompt + "
            f"{u.completion_tokens} completion tokens{cost}",
            "",
        ]
    out.append(f"<sub>claimcheck {report.tool.version} · schema {report.schema_version} · sha256 {meta.sha256[:12]}</sub>")
    return "\n".join(out) + "\n"
