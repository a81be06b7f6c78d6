"""Whether a hedge is the word of a charge: one decision for every engine.

"Alleged" and "allegedly" in a story about a charge (an arrest, an indictment, a
lawsuit) are the standard words for an accusation not yet proven, not the
reporter's doubt; so is "suspected" as an adjective ("a man suspected of
murder", "the suspected gunman"), though not the verb ("police suspected"). The reading depends on the whole story so far, not on one
paragraph, and it must be the same whichever engine found the hedge, so it runs
once, after the engine and before the roster and scoring (``pipeline``).
"""

from __future__ import annotations

from claimcheck.engines.rules import lexicon as lx
from claimcheck.engines.rules.tokens import tokenize
from claimcheck.schema import Paragraph

__all__ = ["mark_charges"]


def _words(text: str) -> set[str]:
    return {t.lower for t in tokenize(text)}


def mark_charges(paragraphs: list[Paragraph]) -> None:
    """Set ``charge`` on each "alleged(ly)" hedge (and adjective "suspected") once the story, up to and including its paragraph,
    has spoken of a charge (``lexicon.LEGAL_WORDS``); an engine's own ``charge`` is replaced by this reading."""
    legal_story = False
    read = 0  # paragraphs searched for a legal word so far: only as far as an "alleged" needs
    for n, paragraph in enumerate(paragraphs):
        for hedge in paragraph.hedges:
            alleged = not lx.CHARGE_HEDGE_WORDS.isdisjoint(_words(hedge.cue)) \
                or hedge.kind == "adjective" and hedge.cue.lower() in lx.CHARGE_ADJECTIVES
            while alleged and not legal_story and read <= n:
                legal_story = not lx.LEGAL_WORDS.isdisjoint(_words(paragraphs[read].text))
                read += 1
            hedge.charge = alleged and legal_story
