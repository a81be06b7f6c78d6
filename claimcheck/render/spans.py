"""Turn overlapping annotation spans into a well-formed, nested token stream.

Claims, sources, cues and hedges overlap freely (a claim may start inside a
source, a hedge may straddle a cue), but markup must nest. The text is cut at
every span boundary; between two boundaries the set of covering spans is
fixed, so each segment is emitted inside exactly those spans. When a span
ends while spans opened after it are still running, those are closed and
reopened as continuation *pieces*: every piece knows its mark, its ordinal
and whether it is the last, so a renderer can put an id on the first piece
and a badge on the last.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Union


@dataclass(frozen=True, eq=False)
class Mark:
    """One annotated span of a text; ``layer`` breaks ties between identical spans (lower = outer)."""

    start: int
    end: int
    layer: int
    payload: Any = None


@dataclass(eq=False)
class Piece:
    """One element in the output; a mark that had to be split has several."""

    mark: Mark
    index: int
    last: bool = False


@dataclass(frozen=True)
class Open:
    piece: Piece


@dataclass(frozen=True)
class Close:
    piece: Piece


@dataclass(frozen=True)
class Text:
    text: str


Token = Union[Open, Close, Text]


@dataclass
class _Counter:
    pieces: dict[int, int] = field(default_factory=dict)

    def next_piece(self, mark: Mark) -> Piece:
        n = self.pieces.get(id(mark), 0)
        self.pieces[id(mark)] = n + 1
        return Piece(mark, n)


def nest(text: str, marks: Iterable[Mark]) -> list[Token]:
    """Tokens whose Open/Close pairs nest properly and whose Text joins back to ``text``.

    Spans outside the text raise ``ValueError``. Empty spans become an empty
    element at their offset.
    """
    marks = list(marks)
    for m in marks:
        if not (0 <= m.start <= m.end <= len(text)):
            raise ValueError(f"span ({m.start}, {m.end}) is outside a text of length {len(text)}")
    bounds = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    # Outermost first: the span that runs longest is opened first, so it is split least.
    opening_order = {id(m): i for i, m in enumerate(sorted(marks, key=lambda m: (-m.end, m.layer, m.start)))}
    counter = _Counter()
    stack: list[Piece] = []
    tokens: list[Token] = []

    for i, pos in enumerate(bounds):
        following = bounds[i + 1] if i + 1 < len(bounds) else None
        covering = {id(m) for m in marks if following is not None and m.start <= pos and following <= m.end}

        first_stale = next((k for k, p in enumerate(stack) if id(p.mark) not in covering), None)
        if first_stale is not None:
            for piece in reversed(stack[first_stale:]):
                piece.last = piece.mark.end == pos
                tokens.append(Close(piece))
            del stack[first_stale:]

        for m in sorted((m for m in marks if m.start == m.end == pos), key=lambda m: m.layer):
            piece = counter.next_piece(m)
            piece.last = True
            tokens += [Open(piece), Close(piece)]

        open_ids = {id(p.mark) for p in stack}
        for m in sorted((m for m in marks if id(m) in covering and id(m) not in open_ids),
                        key=lambda m: opening_order[id(m)]):
            piece = counter.next_piece(m)
            stack.append(piece)
            tokens.append(Open(piece))

        if following is not None and following > pos:
            tokens.append(Text(text[pos:following]))

    return tokens
