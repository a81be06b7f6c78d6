"""The words every renderer uses for the report's categories, in one place."""

from __future__ import annotations

import re
from typing import Optional

from claimcheck.article import turns
from claimcheck.errors import printable
from claimcheck.schema import RATINGS, SOURCE_TYPES, Attribution, Hedge, Source, SourceMention, UnsourcedCue

# "named person": in running text and tables.
TYPE_LABEL = {
    "named_person": "named person",
    "organization": "organization",
    "document": "document",
    "anonymous": "anonymous",
}
# "Named person": as a heading or a list entry.
TYPE_NAME = {t: label[0].upper() + label[1:] for t, label in TYPE_LABEL.items()}
# "named": the short tag on a mark in the HTML article.
TYPE_TAG = {"named_person": "named", "organization": "org", "document": "doc", "anonymous": "anon"}
TYPE_PLURAL = {
    "named_person": "named people",
    "organization": "organizations",
    "document": "documents",
    "anonymous": "anonymous",
}
ORPHAN_LABEL = "no source"
STDIN_TITLE = "standard input"
CORRECTED_LABEL = "corrected"

__all__ = ["RATINGS", "SOURCE_TYPES", "TYPE_LABEL", "TYPE_NAME", "TYPE_TAG", "TYPE_PLURAL", "ORPHAN_LABEL",
           "STDIN_TITLE", "CORRECTED_LABEL", "STRUCTURE_SECTION", "STRUCTURE_NOTE", "STRUCTURE_KIND_LABEL",
           "CONDITION_LABEL", "CONDITION_KIND_LABEL", "CHARGE_NOTE", "CHARGE_LABEL", "article_title",
           "structure_kind", "structure_place", "condition_kind", "condition_phrase"]


def article_title(path: str | None, title: str | None, fallback: str = "article") -> str:
    """What a report is called: the article's title, else its path ("-" is standard input), with
    control characters spelt out (a file name may hold a terminal escape sequence)."""
    if title:
        return title
    if path == "-":
        return STDIN_TITLE
    return printable(path) if path else fallback


def link_note(attribution: Attribution, source: Optional[Source]) -> Optional[str]:
    """What a reader must be told about the link from a mention to its source, if anything:
    an uncertain pronoun, alias or role, or a pronoun the roster could not resolve."""
    from claimcheck.roster import mention_of, pronoun_of

    if attribution.writer:
        return "the writer's own voice, no source"
    mention = mention_of(attribution, source)
    if mention is not None:
        return None if mention.certain else f"uncertain {mention.resolution} link"

    if source is None and pronoun_of(attribution.source) is not None:
        return "unresolved pronoun"
    if source is None and attribution.unresolved and turns.is_answer_label(attribution.source, attribution.cue):
        return "the interviewee: not named before the answers"
    return None


def spokesperson_note(body: Optional[str]) -> Optional[str]:
    """The label of a source that is an unnamed spokesperson for a named body."""
    return f"unnamed spokesperson for {body}" if body else None


# --- what the page carries around the story, and the conditions of a claim ---------

# The report section for article.structure: every line kept out of the analysis is listed, so nothing is
# dropped without a word.
STRUCTURE_SECTION = "Not analysed as claims"
STRUCTURE_NOTE = ("page structure (headings, rules, credits, captions, links, timestamps, editors' notes and rights "
                  "notices): kept as structure, never "
                  "read as claims or sources, and no quote runs on across it")
# article.structure kinds (claimcheck/article/layout.py), as an editor calls them.
STRUCTURE_KIND_LABEL = {
    "heading": "heading",
    "teaser": "teaser",
    "video": "video title",
    "rule": "rule",
    "credit": "credit line",
    "social": "social-media line",
    "read_more": "read-more link",
    "caption": "caption",
    "timestamp": "timestamp",
    "note": "editor's note",
    "prompt": "page prompt",
    "copyright": "copyright notice",
    "comments": "readers' comments",
    "advert": "advertisement",
}
CONDITION_LABEL = "condition"
# Condition kinds: the conditional itself, and the will/would of its main clause.
CONDITION_KIND_LABEL = {
    "conditional": "when the claim holds",
    "consequent": "what follows under the condition",
    "question": "a question asked: open, not asserted",
}
# A hedge that is a charge's word ("allegedly" in a story about a charge).
CHARGE_NOTE = "the standard word for a charge not yet proven, not the reporter's doubt"
CHARGE_LABEL = "charge"
# A report with nobody named behind it (schema.UnsourcedCue), by kind.
UNSOURCED_CUE_LABEL = {
    "passive": "reported with no source named",
    "question": "question, no asker named",
}


def question_answered_by(cue: UnsourcedCue, attributions: dict[str, Attribution]) -> Optional[str]:
    """Who answers a question with no asker ("Asked whether ..., Ruiz said": Ruiz), as the report names them, or
    None (a passive report, or a question no attribution answers)."""
    answer = attributions.get(cue.answered_by or "") if cue.kind == "question" else None
    return answer.source if answer else None


# How much of a condition's clause a report quotes.
_CONDITION_WORDS = 10
_CLAUSE_END = re.compile(r"[,;:.!?\u2014]|\s--\s")


def structure_kind(kind: str) -> str:
    return STRUCTURE_KIND_LABEL.get(kind, kind.replace("_", " "))


def structure_place(before_paragraph: int, paragraphs: int) -> str:
    """Where a structure line stood: before a paragraph, or after the last one."""
    return f"after ¶ {paragraphs}" if before_paragraph > paragraphs else f"before ¶ {before_paragraph}"


def condition_kind(kind: str) -> str:
    return CONDITION_KIND_LABEL.get(kind, kind)


def condition_phrase(text: str, condition: Hedge) -> str:
    """A condition as a reader wants it: a conditional with its clause ("If the talks fail"), cut at the
    clause's end or after a few words; a consequent ("will") alone."""
    start, end = condition.span
    if condition.kind == "consequent":
        return text[start:end]
    rest = text[end:]
    stop = _CLAUSE_END.search(rest)
    clause = rest[:stop.start()] if stop else rest
    words = clause.split()
    shown = " ".join(words[:_CONDITION_WORDS]) + ("…" if len(words) > _CONDITION_WORDS else "")
    return (text[start:end] + " " + shown).strip()
