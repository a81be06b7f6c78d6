"""The words every renderer uses for the report's categories, in one place."""

from __future__ import annotations

from typing import Optional

from claimcheck.errors import printable
from claimcheck.schema import RATINGS, SOURCE_TYPES, Attribution, Source, SourceMention

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
           "STDIN_TITLE", "CORRECTED_LABEL", "article_title"]


def article_title(path: str | None, title: str | None, fallback: str = "article") -> str:
    """What a report is called: the article's title, else its path ("-" is standard input), with
    control characters spelt out (a file name may hold a terminal escape sequence)."""
    if title:
        return title
    if path == "-":
        return STDIN_TITLE
    return printable(path) if path else fallback


def mention_of(attribution: Attribution, source: Optional[Source]) -> Optional[SourceMention]:
    """The roster's record of how this attribution's source was joined to its entry."""
    if source is None:
        return None
    return next((m for m in source.mentions if m.attribution_id == attribution.id), None)


def link_note(attribution: Attribution, source: Optional[Source]) -> Optional[str]:
    """What a reader must be told about the link from a mention to its source, if anything:
    an uncertain pronoun, alias or role, or a pronoun the roster could not resolve."""
    mention = mention_of(attribution, source)
    if mention is not None:
        return None if mention.certain else f"uncertain {mention.resolution} link"
    from claimcheck.roster import pronoun_of

    if source is None and pronoun_of(attribution.source) is not None:
        return "unresolved pronoun"
    return None


def spokesperson_note(body: Optional[str]) -> Optional[str]:
    """The label of a source that is an unnamed spokesperson for a named body."""
    return f"unnamed spokesperson for {body}" if body else None
