"""The words every renderer uses for the report's categories, in one place."""

from __future__ import annotations

from claimcheck.errors import printable
from claimcheck.schema import RATINGS, SOURCE_TYPES

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
