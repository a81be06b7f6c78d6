"""Which paragraphs go into one call, and what each call carries.

Several consecutive paragraphs share a call, up to ``paragraphs_per_call``
and a budget of paragraph tokens, so the static prefix (instructions,
worked examples, schema) is paid once per call rather than once per
paragraph. Each paragraph keeps its id (``p7``: its number in the article)
and its answer is grounded against its own text only. The call also
carries the article title and the paragraph just before the group, as
context for references such as "the commander": the model's earlier
answers are never fed back, so calls are independent, run in any order and
a call (and its cache key) is the same on every run.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.schema import paragraph_id  # a paragraph's id in requests and answers is the report's

# Tokens are estimated from characters (about four per token for English
# news prose); the budget only has to keep calls a sensible size.
CHARS_PER_TOKEN = 4


def estimated_tokens(text: str) -> int:
    return max(1, len(text) // CHARS_PER_TOKEN)


@dataclass(frozen=True)
class Call:
    """Paragraph indexes (0-based) sent together, with their context."""

    indexes: tuple[int, ...]
    title: str
    context: str

    def ids(self) -> list[str]:
        return [paragraph_id(i + 1) for i in self.indexes]


def plan_calls(title: str | None, paragraphs: list[str], *, per_call: int, budget_tokens: int) -> list[Call]:
    """Consecutive paragraphs grouped into calls; a paragraph above the budget goes alone."""
    calls: list[Call] = []
    group: list[int] = []
    tokens = 0

    def close() -> None:
        if group:
            first = group[0]
            context = paragraphs[first - 1] if first else "(none: these are the first paragraphs)"
            calls.append(Call(tuple(group), title or "(untitled)", context))

    for i, text in enumerate(paragraphs):
        size = estimated_tokens(text)
        if group and (len(group) >= per_call or tokens + size > budget_tokens):
            close()
            group, tokens = [], 0
        group.append(i)
        tokens += size
    close()
    return calls
