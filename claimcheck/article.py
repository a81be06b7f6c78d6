"""Ingest: bytes in, a repaired :class:`Document` out.

(Minimal first cut; see the ingestion issue for the full job.)
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.errors import InputError
from claimcheck.schema import ArticleMeta, Span


@dataclass
class Document:
    meta: ArticleMeta
    paragraphs: list[str]
    sentences: list[list[Span]] = field(default_factory=list)


_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"“'‘(]?[A-Z0-9])")


def split_sentences(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def from_text(text: str, *, path: str | None = None, raw: bytes | None = None) -> Document:
    raw = raw if raw is not None else text.encode("utf-8")
    blocks = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.splitlines()
    paragraphs = [" ".join(b.split()) for b in blocks if b.strip()]
    if not paragraphs:
        raise InputError(f"{path or 'input'}: no text to analyse")
    meta = ArticleMeta(path=path, sha256=hashlib.sha256(raw).hexdigest())
    return Document(meta=meta, paragraphs=paragraphs, sentences=[split_sentences(p) for p in paragraphs])


def load(path: str) -> Document:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    return from_text(raw.decode("utf-8", errors="replace"), path=path, raw=raw)
