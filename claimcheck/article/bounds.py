"""Bounds on the units the engines analyse, so work stays linear in the
length of the article however the text is shaped.

An engine's cost grows faster than the length of one paragraph or one
sentence (each cue is weighed against the words around it). News prose
stays far below both bounds: a long paragraph is a few thousand
characters, a long sentence a few hundred. Text past them is a scrape
gone wrong (a page with its line breaks lost, a table flattened, a word
of 5 MB), and is cut into pieces the engine can take, with a note in the
report:

* a paragraph longer than :data:`MAX_PARAGRAPH_CHARS` is split into
  paragraphs of at most that length, at a sentence end where there is one
  in the second half of the piece, else at the last space, else at the bound;
* a sentence longer than :data:`MAX_SENTENCE_CHARS` (no sentence
  punctuation for that long) is cut for analysis at the last comma,
  semicolon or colon in the second half of the piece, else at the last
  space, else at the bound. The text is unchanged; only the sentence spans
  the engines see are shorter.
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.article.sentences import split_sentences

Span = tuple[int, int]

MAX_PARAGRAPH_CHARS: Final = 20_000
MAX_SENTENCE_CHARS: Final = 1_000

_CLAUSE_BREAK: Final = re.compile(r"[,;:] ")


def _cut_point(text: str, start: int, bound: int, preferred: list[int]) -> int:
    """Where to end a piece that starts at ``start`` and may run to ``start + bound``:
    the last of ``preferred`` in the second half, else the last space, else the bound."""
    limit = start + bound
    half = start + bound // 2
    for point in reversed(preferred):
        if half <= point <= limit:
            return point
    space = text.rfind(" ", half, limit)
    return space if space > start else limit


def split_long_paragraph(paragraph: str) -> list[str]:
    """``paragraph`` as pieces of at most :data:`MAX_PARAGRAPH_CHARS` characters."""
    if len(paragraph) <= MAX_PARAGRAPH_CHARS:
        return [paragraph]
    pieces: list[str] = []
    start = 0
    while len(paragraph) - start > MAX_PARAGRAPH_CHARS:
        window = paragraph[start : start + MAX_PARAGRAPH_CHARS + 1]
        sentence_starts = [start + s for s, _ in split_sentences(window)[1:]]
        cut = _cut_point(paragraph, start, MAX_PARAGRAPH_CHARS, sentence_starts)
        piece = paragraph[start:cut].strip()
        if piece:
            pieces.append(piece)
        start = cut
        while start < len(paragraph) and paragraph[start] == " ":
            start += 1
    rest = paragraph[start:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def bounded_sentences(paragraph: str, sentences: list[Span]) -> tuple[list[Span], int]:
    """``sentences`` with every span longer than :data:`MAX_SENTENCE_CHARS` cut into
    shorter ones, and how many spans were cut."""
    if all(end - start <= MAX_SENTENCE_CHARS for start, end in sentences):
        return sentences, 0
    out: list[Span] = []
    cut_count = 0
    for start, end in sentences:
        if end - start <= MAX_SENTENCE_CHARS:
            out.append((start, end))
            continue
        cut_count += 1
        while end - start > MAX_SENTENCE_CHARS:
            window_end = start + MAX_SENTENCE_CHARS
            breaks = [m.end() - 1 for m in _CLAUSE_BREAK.finditer(paragraph, start, window_end + 1)]
            cut = _cut_point(paragraph, start, MAX_SENTENCE_CHARS, breaks)
            piece_end = cut
            while piece_end > start and paragraph[piece_end - 1] == " ":
                piece_end -= 1
            out.append((start, piece_end))
            start = cut
            while start < end and paragraph[start] == " ":
                start += 1
        if end > start:
            out.append((start, end))
    return out, cut_count
