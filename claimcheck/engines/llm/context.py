"""What each paragraph's request carries besides the paragraph itself: the
title, the previous paragraph, and the names seen so far, so the model can
tell that "Knights" is Michael Knights of three paragraphs back.

The names come from the earlier paragraphs' text, not from the model's
answers for them. That keeps every request independent of the others, so
paragraphs run concurrently and a request (and its cache key) is the same
on every run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CAPITALISED = r"[A-Z][\w'\u2019.\-]*"
_NAME = re.compile(rf"{_CAPITALISED}(?:\s+(?:(?:of|for|the|al|de|von|van|bin)\s+)?{_CAPITALISED})+")
MAX_NAMES = 30


@dataclass(frozen=True)
class ParagraphContext:
    title: str
    previous_paragraph: str
    sources: str

    def slots(self, paragraph: str) -> dict[str, str]:
        return {
            "title": self.title,
            "sources": self.sources,
            "previous_paragraph": self.previous_paragraph,
            "paragraph": paragraph,
        }

    def key(self) -> dict[str, str]:
        return {"title": self.title, "previous_paragraph": self.previous_paragraph, "sources": self.sources}


def names_in(text: str) -> list[str]:
    """Runs of two or more capitalised words: 'Lt. Gen. Robert P. White', 'Badr Organization'."""
    return [m.group(0).rstrip(".") for m in _NAME.finditer(text)]


def contexts_for(title: str | None, paragraphs: list[str]) -> list[ParagraphContext]:
    contexts: list[ParagraphContext] = []
    seen: dict[str, None] = {}
    for i, _ in enumerate(paragraphs):
        recent = list(seen)[-MAX_NAMES:]
        contexts.append(ParagraphContext(
            title=title or "(untitled)",
            previous_paragraph=paragraphs[i - 1] if i else "(this is the first paragraph)",
            sources="\n".join(f"- {name}" for name in recent) or "(none yet)",
        ))
        for name in names_in(paragraphs[i]):
            seen.pop(name, None)
            seen[name] = None
    return contexts
