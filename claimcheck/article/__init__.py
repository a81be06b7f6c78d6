"""Ingest: bytes in, a repaired :class:`Document` out.

The stages, in order: read (with a size limit), decode (BOMs, UTF-8, then a
guess), turn HTML or Markdown into plain paragraphs
(:mod:`claimcheck.article.markup`), repair scrape damage
(:mod:`claimcheck.article.repair`), lift the title, dateline and byline into
:class:`ArticleMeta` (:mod:`claimcheck.article.metadata`), and split
sentences (:mod:`claimcheck.article.sentences`).
"""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
import sys
from dataclasses import dataclass, field
from typing import Final

from claimcheck.article.bounds import MAX_PARAGRAPH_CHARS, MAX_SENTENCE_CHARS, bounded_sentences, split_long_paragraph
from claimcheck.article.markup import PARAGRAPH_SEPARATOR, MarkupBody, detect_format, html_body, markdown_body
from claimcheck.article.metadata import take_bylines, take_headline_and_dateline, take_title
from claimcheck.errors import InputError, UsageError, os_cause
from claimcheck.article.repair import RepairLog, broken_sentence_breaks, normalise_line_breaks, repair
from claimcheck.article.layout import split_blocks, take_structure
from claimcheck.schema import ArticleMeta, Span, StructureLine
from claimcheck.article.sentences import split_sentences

__all__ = [
    "CEILING_BYTES",
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "Document",
    "from_bytes",
    "from_text",
    "load",
    "read_bytes",
    "split_sentences",
]

DEFAULT_MAX_BYTES: Final = 5 * 1024 * 1024
FORMATS: Final = ("txt", "md", "html")


@dataclass
class Document:
    meta: ArticleMeta
    paragraphs: list[str]
    sentences: list[list[Span]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.sentences and self.paragraphs:
            self.sentences, cut = [], 0
            for paragraph in self.paragraphs:
                spans, cut_here = bounded_sentences(paragraph, split_sentences(paragraph))
                self.sentences.append(spans)
                cut += cut_here
            if cut:
                self.meta.warnings.append(
                    f"{cut} sentence(s) ran over {MAX_SENTENCE_CHARS:,} characters without sentence punctuation; "
                    "cut for analysis at commas or spaces (the text is unchanged)"
                )

    @property
    def text(self) -> str:
        """The repaired article: the paragraphs joined by blank lines."""
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)

    @property
    def paragraph_starts(self) -> list[int]:
        """Where each paragraph starts in :attr:`text`."""
        starts, position = [], 0
        for paragraph in self.paragraphs:
            starts.append(position)
            position += len(paragraph) + len(PARAGRAPH_SEPARATOR)
        return starts


# ---------------------------------------------------------------- reading


# Files that are clearly data or office documents, not article text: refused unless read --as-text.
NOT_ARTICLE_SUFFIXES: Final = {".csv": "a table", ".tsv": "a table", ".json": "data", ".pdf": "a PDF",
                        ".docx": "a Word document"}


def load(path: str, *, max_bytes: int | None = DEFAULT_MAX_BYTES, as_text: bool = False) -> Document:
    """Read ``path`` (``-`` for standard input) into a :class:`Document`.

    ``max_bytes`` of None or 0 lifts the default limit, up to
    :data:`CEILING_BYTES`; a larger explicit ``max_bytes`` is honoured. A ``.csv``, ``.tsv``, ``.json``,
    ``.pdf`` or ``.docx`` file is refused as not an article unless ``as_text``.
    """
    kind = NOT_ARTICLE_SUFFIXES.get(os.path.splitext(path)[1].lower()) if path != "-" else None
    if kind and not as_text:
        raise InputError(f"{path}: looks like {kind}, not an article; pass --as-text to read it as text anyway")
    raw = read_bytes(path, max_bytes)
    return from_bytes(raw, path=path)


# Even with --max-bytes 0, no read goes on for ever: past this, only an explicit
# --max-bytes N larger than it is read. A text that size takes the rules engine
# hours and its report gigabytes.
CEILING_BYTES: Final = 1024 * 1024 * 1024
_CHUNK: Final = 1024 * 1024


def _limit(max_bytes: int | None) -> tuple[int, bool]:
    """The byte limit to apply, and whether it is the ceiling rather than the user's own."""
    if max_bytes is not None and max_bytes < 0:
        raise UsageError(f"--max-bytes must be 0 (no limit) or more, not {max_bytes}")
    return (max_bytes, False) if max_bytes else (CEILING_BYTES, True)


def _too_large(label: str, size: str, limit: int, ceiling: bool, flag: str | None = "--max-bytes") -> InputError:
    if flag is None:
        return InputError(f"{label}: {size} bytes is over the {limit:,}-byte limit for this file")
    if ceiling:
        return InputError(f"{label}: {size} bytes is over the {limit:,}-byte ceiling that applies even with "
                          "--max-bytes 0; give a larger --max-bytes N to read it")
    return InputError(
        f"{label}: {size} bytes is over the {limit:,}-byte limit; raise it with --max-bytes N (0 for no limit)"
    )


def read_bytes(path: str, max_bytes: int | None = DEFAULT_MAX_BYTES, *, flag: str | None = "--max-bytes",
               what: str = "an article", regular_only: bool = False) -> bytes:
    """The bytes of ``path`` (``-`` for standard input), never more than the limit: a regular
    file's size is checked before reading, a pipe or device is read in chunks and dropped
    as soon as it is over the limit or plainly binary (``/dev/zero``, ``/dev/urandom``).
    ``flag`` is the option that raises the limit, named in the error (None: there is none);
    ``what`` the file is meant to be, for the errors; ``regular_only`` refuses pipes and devices
    (opening a pipe nobody writes to would wait for ever)."""
    limit, ceiling = _limit(max_bytes)
    if path == "-":
        return _read_stdin(limit, ceiling)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({os_cause(exc)})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path}: is a directory, not {what}")
    if regular_only and not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path}: is not a regular file, not {what}")
    if stat.S_ISREG(info.st_mode) and info.st_size > limit:
        raise _too_large(path, f"{info.st_size:,}", limit, ceiling, flag)
    try:
        with open(path, "rb") as handle:
            return _read_bounded(handle, path, limit, ceiling, flag, what)
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({os_cause(exc)})") from None


def _read_bounded(handle, label: str, limit: int, ceiling: bool,  # type: ignore[no-untyped-def]
                  flag: str | None = "--max-bytes", what: str = "an article") -> bytes:
    """At most ``limit`` bytes from ``handle``, chunk by chunk; the first chunk is checked for
    binary content so an endless binary stream is refused at once, not at the limit."""
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = handle.read(min(_CHUNK, limit + 1 - total))
        if not chunk:
            break
        if not chunks:
            _refuse_binary(chunk, label, what=what)
        chunks.append(chunk)
        total += len(chunk)
    if total > limit:
        raise _too_large(label, "more than " + f"{limit:,}", limit, ceiling, flag)
    return b"".join(chunks)


def _read_stdin(limit: int, ceiling: bool) -> bytes:
    stream = sys.stdin
    if stream is None:
        raise InputError("-: no standard input to read")
    if stream.isatty():
        raise InputError("-: standard input is a terminal; pipe an article in or give a path")
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is not None:
            raw = _read_bounded(buffer, "-", limit, ceiling)
        else:  # a text stream without bytes underneath, as test runners install
            text = stream.read(limit + 1)
            raw = text.encode("utf-8")
            if len(raw) > limit:
                raise _too_large("-", "more than " + f"{limit:,}", limit, ceiling)
    except OSError as exc:
        raise InputError(f"-: cannot read standard input ({os_cause(exc)})") from None
    if not raw:
        raise InputError("-: nothing on standard input")
    return raw


# ---------------------------------------------------------------- decoding

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Bytes that never occur in text in any 8-bit encoding (tab, LF, FF, CR and ESC aside).
_CONTROL_BYTES: Final = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27)) + b"\x7f"
_MAX_CONTROL_SHARE: Final = 0.02
# Legacy encodings a guesser confuses on short English text; bytes that
# decode cleanly as cp1252, the commonest of them, are read as cp1252.
_WESTERN_SINGLE_BYTE: Final = frozenset(
    """cp1250 cp1252 cp1254 cp1257 cp437 cp775 cp850 cp852 cp858 latin_1 iso8859_2 iso8859_4 iso8859_9
    iso8859_10 iso8859_13 iso8859_14 iso8859_15 iso8859_16 mac_roman mac_iceland mac_latin2 mac_turkish""".split()
)


@dataclass
class _Decoded:
    text: str
    encoding: str
    guessed: bool = False
    note: str | None = None  # the warning for the report, when not the usual guess


def _decode(raw: bytes, label: str) -> _Decoded:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return _Decoded(raw[len(bom) :].decode(encoding), encoding + ("-sig" if encoding == "utf-8" else ""))
            except UnicodeDecodeError:
                raise InputError(f"{label}: starts with a {encoding} byte-order mark but is not {encoding}") from None
    if b"\x00" in raw:
        utf16 = _utf16_without_bom(raw)
        if utf16 is not None:
            return utf16
    _refuse_binary(raw, label, utf16_possible=False)
    try:
        return _Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _mixed_utf8_and_cp1252(raw) or _guess_encoding(raw, label)


def _mixed_utf8_and_cp1252(raw: bytes) -> _Decoded | None:
    """A file pasted together from UTF-8 and cp1252 sources (some lines hold UTF-8 characters,
    others bytes that are not UTF-8): each line decoded on its own, the others as cp1252
    (ftfy's sloppy variant, which keeps the five bytes cp1252 leaves undefined)."""
    import ftfy.bad_codecs  # noqa: F401 - registers sloppy-windows-1252

    lines = raw.split(b"\n")
    decoded: list[str] = []
    legacy: list[int] = []
    utf8_lines = 0
    for number, line in enumerate(lines, start=1):
        try:
            decoded.append(line.decode("utf-8"))
            utf8_lines += not line.isascii()
        except UnicodeDecodeError:
            decoded.append(line.decode("sloppy-windows-1252"))
            legacy.append(number)
    if not utf8_lines or not legacy:
        return None  # one encoding throughout: not mixed, let the guesser decide
    shown = ", ".join(map(str, legacy[:5])) + (", ..." if len(legacy) > 5 else "")
    note = (f"mixed encodings: {len(legacy)} of {len(lines)} lines are not UTF-8 and were read as cp1252 "
            f"(line {shown}); the other lines are UTF-8")
    return _Decoded("\n".join(decoded), "utf-8+cp1252", guessed=True, note=note)


def _refuse_binary(raw: bytes, label: str, *, utf16_possible: bool = True, what: str = "an article") -> None:
    """An :class:`InputError` for bytes that are no text in any encoding claimcheck reads
    (``utf16_possible``: NUL bytes may yet be UTF-16 without a byte-order mark)."""
    if any(raw.startswith(bom) for bom, _ in _BOMS):
        return
    if b"\x00" in raw:
        if utf16_possible and _utf16_layout(raw) is not None:
            return
        raise InputError(f"{label}: looks binary (it holds NUL bytes), not {what}")
    sample = raw[:65536]
    if sum(sample.count(b) for b in _CONTROL_BYTES) > _MAX_CONTROL_SHARE * len(sample):
        raise InputError(f"{label}: looks binary (mostly control bytes), not {what}")


def _utf16_layout(raw: bytes) -> str | None:
    """The UTF-16 byte order ``raw`` looks like without a byte-order mark: every other byte NUL (Latin text)."""
    sample = raw[:4096]
    if len(sample) < 8:
        return None
    for encoding, nul_offset in (("utf-16-le", 1), ("utf-16-be", 0)):
        if sample[nul_offset::2].count(0) >= 0.9 * (len(sample) // 2) and not sample[1 - nul_offset :: 2].count(0):
            return encoding
    return None


def _utf16_without_bom(raw: bytes) -> _Decoded | None:
    """UTF-16 text saved without a byte-order mark."""
    encoding = _utf16_layout(raw)
    if encoding is None or len(raw) % 2:
        return None
    try:
        return _Decoded(raw.decode(encoding), encoding, guessed=True)
    except UnicodeDecodeError:
        return None


def _guess_encoding(raw: bytes, label: str) -> _Decoded:
    import charset_normalizer

    best = charset_normalizer.from_bytes(raw).best()
    if best is None:
        raise InputError(f"{label}: cannot tell its text encoding (not UTF-8, and no guess fits)")
    encoding = best.encoding
    if encoding in _WESTERN_SINGLE_BYTE:
        try:
            return _Decoded(raw.decode("cp1252"), "cp1252", guessed=True)
        except UnicodeDecodeError:
            pass
    return _Decoded(str(best), encoding, guessed=True)


# ---------------------------------------------------------------- assembly


def _bounded_paragraphs(paragraphs: list[str], meta: ArticleMeta) -> list[str]:
    """Paragraphs over :data:`MAX_PARAGRAPH_CHARS` split (see :mod:`claimcheck.article.bounds`), with a note."""
    if all(len(p) <= MAX_PARAGRAPH_CHARS for p in paragraphs):
        return paragraphs
    out: list[str] = []
    for number, paragraph in enumerate(paragraphs, start=1):
        pieces = split_long_paragraph(paragraph)
        if len(pieces) > 1:
            meta.warnings.append(
                f"paragraph {number} of the text ({len(paragraph):,} characters) is over the "
                f"{MAX_PARAGRAPH_CHARS:,}-character bound; split into {len(pieces)} paragraphs "
                f"({len(out) + 1}-{len(out) + len(pieces)} of the report), at sentence ends where there were any"
            )
        out += pieces
    return out


def from_bytes(raw: bytes, *, path: str | None, fmt: str | None = None) -> Document:
    """Decode ``raw`` and read it as ``fmt`` (``txt``, ``md``, ``html``; sniffed when None)."""
    label = path or "input"
    if not raw.strip():
        raise InputError(f"{label}: empty (no text to analyse)" if not raw else f"{label}: only whitespace, no text to analyse")
    decoded = _decode(raw, label)
    document = from_text(decoded.text, path=path, fmt=fmt, raw=raw)
    document.meta.encoding = decoded.encoding
    document.meta.encoding_guessed = decoded.guessed
    if decoded.guessed:
        document.meta.warnings.insert(
            0, decoded.note or f"not UTF-8; read as {decoded.encoding} (a guess: check accented letters and quotes)"
        )
    return document


def from_text(text: str, *, path: str | None = None, fmt: str | None = None, raw: bytes | None = None) -> Document:
    """Read already-decoded ``text``; ``raw`` (for the hash) defaults to its UTF-8 bytes."""
    label = path or "input"
    if fmt is not None and fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if not text.strip():
        raise InputError(f"{label}: only whitespace, no text to analyse" if text else f"{label}: empty (no text to analyse)")
    raw = raw if raw is not None else text.encode("utf-8", errors="surrogatepass")
    warnings: list[str] = []
    if fmt is None:
        fmt, format_warning = detect_format(text, path)
        warnings += [format_warning] if format_warning else []
    meta = ArticleMeta(path=path, sha256=hashlib.sha256(raw).hexdigest(), format=fmt)
    log = RepairLog()

    if fmt == "html":
        body = html_body(text)
    else:
        text = normalise_line_breaks(text, log)
        body = markdown_body(text) if fmt == "md" else MarkupBody(text)
    repaired, repairs = repair(body.text, log)
    meta.repairs = repairs
    meta.warnings = warnings + body.warnings
    meta.title = " ".join(repair(body.title)[0].split()) if body.title else None
    meta.date = body.date
    meta.url = body.url
    if fmt == "txt" and meta.title is None:
        meta.title, repaired = take_title(repaired)

    layout = split_blocks(repaired)
    if layout.note:
        meta.warnings.append(layout.note)
    paragraphs, bylines = take_bylines(layout.paragraphs)
    paragraphs = take_headline_and_dateline(paragraphs, meta, title_allowed=fmt == "txt" and meta.title is None)
    kept, structure = take_structure(paragraphs, titled=meta.title is not None, list_items=body.list_items)
    if kept:  # a text that is all heading-shaped lines is read as it stands
        paragraphs = kept
        meta.structure = [StructureLine(kind=k, text=t, before_paragraph=b) for k, t, b in structure]
    # The markup's author often repeats a byline line the text also carries.
    authors = [body.author] if body.author and not any(body.author in line for line in bylines) else []
    meta.byline = "; ".join(authors + bylines) or None
    if not paragraphs:
        raise InputError(f"{label}: no article text found (after removing markup, title and byline)")

    if not any(c.isalnum() for p in paragraphs for c in p):
        raise InputError(f"{label}: no analysable text (no words: only punctuation, symbols or marks)")
    paragraphs = _bounded_paragraphs(paragraphs, meta)
    broken = [b for p in paragraphs for b in broken_sentence_breaks(p)]
    if broken:
        meta.warnings.append(
            f"{len(broken)} period(s) followed by a lower-case word look like broken sentences "
            f"(e.g. '{broken[0]}'); left as they are and not treated as sentence ends"
        )
    return Document(meta=meta, paragraphs=paragraphs)
