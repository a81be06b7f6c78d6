"""Finding the model's strings in the paragraph.

A model copies text imperfectly: curly quotes come back straight, line
breaks as spaces, the first word capitalised, a closing full stop added or
lost. :func:`locate` forgives exactly those differences and nothing else,
and returns the offsets of the paragraph's own characters, so what goes
into the report is always the article's text, never the model's.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from typing import Iterable, Iterator, Optional

from contextlib import contextmanager

from claimcheck.schema import Span

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-",
})
_EDGE_PUNCTUATION = " \t\n\"'.,;:!?"

# The paragraph being validated, for validators that run inside instructor,
# which is never given ``context=`` (it would render the article as Jinja).
# Each asyncio task has its own copy, so concurrent paragraphs do not mix.
current_paragraph: ContextVar[Optional[str]] = ContextVar("claimcheck_llm_paragraph", default=None)


@contextmanager
def paragraph_context(text: str) -> Iterator[None]:
    token = current_paragraph.set(text)
    try:
        yield
    finally:
        current_paragraph.reset(token)


def _normalise(text: str) -> tuple[str, list[int]]:
    """Quotes and dashes made plain and whitespace runs made one space, with
    each output character's offset in ``text``."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text.translate(_QUOTES)):
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            ch = " "
        out.append(ch)
        where.append(i)
    return "".join(out), where


def _candidates(needle: str) -> list[str]:
    plain, _ = _normalise(needle)
    plain = plain.strip()
    trimmed = plain.strip(_EDGE_PUNCTUATION)
    return [c for c in dict.fromkeys([plain, trimmed]) if c]


def locate(needle: str, text: str, taken: Iterable[Span] = (), *, ignore_case: bool = True) -> Optional[Span]:
    """Offsets of ``needle`` in ``text``, tolerating whitespace, quote style,
    case and edge punctuation; the first occurrence not in ``taken``."""
    if not needle or not needle.strip():
        return None
    haystack, where = _normalise(text)
    flags = re.IGNORECASE if ignore_case else 0
    used = set(taken)
    for candidate in _candidates(needle):
        for match in re.finditer(re.escape(candidate), haystack, flags):
            start = where[match.start()]
            end = where[match.end() - 1] + 1
            span = (start, end)
            if span not in used:
                return span
    return None


def occurs(needle: str, text: str) -> bool:
    return locate(needle, text) is not None
