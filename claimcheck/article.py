"""Ingest: bytes in, a repaired :class:`Document` out.

The stages, in order: read (with a size limit), decode (BOMs, UTF-8, then a
guess), turn HTML or Markdown into plain paragraphs, repair scrape damage
(:mod:`claimcheck.repair`), lift the title, dateline and byline into
:class:`ArticleMeta`, and split sentences (:mod:`claimcheck.sentences`).
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import os
import re
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.errors import InputError, UsageError
from claimcheck.repair import RepairLog, broken_sentence_breaks, normalise_line_breaks, repair
from claimcheck.schema import ArticleMeta, Span
from claimcheck.sentences import split_sentences

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "Document",
    "from_bytes",
    "from_text",
    "load",
    "split_sentences",
]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
FORMATS = ("txt", "md", "html")
PARAGRAPH_SEPARATOR = "\n\n"


@dataclass
class Document:
    meta: ArticleMeta
    paragraphs: list[str]
    sentences: list[list[Span]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.sentences and self.paragraphs:
            self.sentences = [split_sentences(p) for p in self.paragraphs]

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


def load(path: str, *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Document:
    """Read ``path`` (``-`` for standard input) into a :class:`Document`."""
    raw = _read_stdin(max_bytes) if path == "-" else _read_file(path, max_bytes)
    return from_bytes(raw, path=path)


def _too_large(label: str, size: int | str, max_bytes: int) -> InputError:
    return InputError(
        f"{label}: {size} bytes is over the {max_bytes:,}-byte limit; raise it with --max-bytes N (0 for no limit)"
    )


def _read_file(path: str, max_bytes: int | None) -> bytes:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path}: is a directory, not an article")
    limit = max_bytes or None
    if limit and stat.S_ISREG(info.st_mode) and info.st_size > limit:
        raise _too_large(path, f"{info.st_size:,}", limit)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(limit + 1) if limit else handle.read()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    if limit and len(raw) > limit:
        raise _too_large(path, "more than " + f"{limit:,}", limit)
    return raw


def _read_stdin(max_bytes: int | None) -> bytes:
    stream = sys.stdin
    if stream is None:
        raise InputError("-: no standard input to read")
    if stream.isatty():
        raise InputError("-: standard input is a terminal; pipe an article in or give a path")
    limit = max_bytes or None
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is not None:
            raw = buffer.read(limit + 1) if limit else buffer.read()
        else:  # a text stream without bytes underneath, as test runners install
            text = stream.read(limit + 1) if limit else stream.read()
            raw = text.encode("utf-8")
    except OSError as exc:
        raise InputError(f"-: cannot read standard input ({exc.strerror or exc})") from None
    if limit and len(raw) > limit:
        raise _too_large("-", "more than " + f"{limit:,}", limit)
    if not raw:
        raise InputError("-: nothing on standard input")
    return raw


# ---------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Bytes that never occur in text in any 8-bit encoding (tab, LF, FF, CR and ESC aside).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27)) + b"\x7f"
_MAX_CONTROL_SHARE = 0.02
# Legacy encodings a guesser confuses on short English text; bytes that
# decode cleanly as cp1252, the commonest of them, are read as cp1252.
_WESTERN_SINGLE_BYTE = frozenset(
    """cp1250 cp1252 cp1254 cp1257 cp437 cp775 cp850 cp852 cp858 latin_1 iso8859_2 iso8859_4 iso8859_9
    iso8859_10 iso8859_13 iso8859_14 iso8859_15 iso8859_16 mac_roman mac_iceland mac_latin2 mac_turkish""".split()
)


@dataclass
class _Decoded:
    text: str
    encoding: str
    guessed: bool = False


def _decode(raw: bytes, label: str) -> _Decoded:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return _Decoded(raw[len(bom) :].decode(encoding), encoding + ("-sig" if encoding == "utf-8" else ""))
            except UnicodeDecodeError:
                raise InputError(f"{label}: starts with a {encoding} byte-order mark but is not {encoding}") from None
    if b"\x00" in raw:
        raise InputError(f"{label}: looks binary (it holds NUL bytes), not an article")
    sample = raw[:65536]
    if sum(sample.count(b) for b in _CONTROL_BYTES) > _MAX_CONTROL_SHARE * len(sample):
        raise InputError(f"{label}: looks binary (mostly control bytes), not an article")
    try:
        return _Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _guess_encoding(raw, label)


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


# ---------------------------------------------------------------- formats

_EXTENSIONS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".xhtml": "html"}
_HTML_DOCUMENT = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
_HTML_TAGS = re.compile(r"<(?:body|head|p|div|article|section|span|a\s+href|br|h[1-6]|script|meta)[\s/>]", re.I)
_MARKDOWN_SIGNS = re.compile(r"^#{1,6}\s+\S|\[[^\]\n]+\]\([^)\s]+\)|^\s*[-*]\s+\S.*\n\s*[-*]\s+\S", re.M)


def _detect_format(text: str, path: str | None) -> tuple[str, str | None]:
    """The format to read ``text`` as, and a warning when content overrode the extension."""
    suffix = Path(path).suffix.lower() if path and path != "-" else ""
    by_extension = _EXTENSIONS.get(suffix)
    head = text[:8192]
    if by_extension in ("html", "md"):
        return by_extension, None
    if _HTML_DOCUMENT.match(head):
        if by_extension == "txt":
            return "html", f"{path}: reads as HTML despite its {suffix} name"
        return "html", None
    if by_extension == "txt":
        return "txt", None
    if len(_HTML_TAGS.findall(head)) >= 2:
        return "html", None
    if _MARKDOWN_SIGNS.search(head):
        return "md", None
    return "txt", None


@dataclass
class _Body:
    """Plain text, one paragraph per blank-line-separated block, and what the markup said."""

    text: str
    title: str | None = None
    date: str | None = None
    author: str | None = None
    warnings: list[str] = field(default_factory=list)


def _html_body(text: str, label: str) -> _Body:
    import trafilatura
    extracted = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    blocks: list[str] = []
    if extracted is not None and extracted.body is not None:
        for line_break in extracted.body.iter("lb"):
            line_break.tail = " " + (line_break.tail or "")
        blocks = list(_html_paragraphs(extracted.body))
    title = getattr(extracted, "title", None) if extracted is not None else None
    if blocks and title and " ".join(blocks[0].split()) == " ".join(title.split()):
        blocks = blocks[1:]
    body = _Body(
        PARAGRAPH_SEPARATOR.join(b for b in blocks if b.strip()),
        title=title,
        date=getattr(extracted, "date", None) if extracted is not None else None,
        author=getattr(extracted, "author", None) if extracted is not None else None,
    )
    if not body.text.strip():
        # trafilatura found no main text (very short pages): take all visible text instead.
        _tree, fallback, _length = trafilatura.baseline(text)
        body.text = PARAGRAPH_SEPARATOR.join(line for line in fallback.split("\n") if line.strip())
        if body.text.strip():
            body.warnings.append(f"{label}: no main article text found in the HTML; read all of its visible text")
    return body


_HTML_BLOCK_TAGS = frozenset({"p", "head", "item", "quote", "cell", "code", "list", "table", "row", "div", "section"})


def _html_paragraphs(root):  # type: ignore[no-untyped-def]
    """The text of the innermost block elements of trafilatura's body tree, in reading order."""
    for child in root:
        if not isinstance(child.tag, str):
            continue
        if any(isinstance(g.tag, str) and g.tag in _HTML_BLOCK_TAGS for g in child):
            if child.text and child.text.strip():
                yield " ".join(child.text.split())
            yield from _html_paragraphs(child)
        else:
            yield " ".join("".join(child.itertext()).split())
        if child.tail and child.tail.strip():
            yield " ".join(child.tail.split())


def _markdown_body(text: str) -> _Body:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(text)
    blocks: list[str] = []
    title: str | None = None
    skipped = 0
    first_block = True
    for index, token in enumerate(tokens):
        if token.type in ("fence", "code_block", "html_block"):
            skipped += 1
            first_block = False
        if token.type != "inline":
            continue
        opener = tokens[index - 1] if index else None
        plain = " ".join(_markdown_inline_text(token).split())
        if first_block and opener is not None and opener.type == "heading_open" and opener.tag == "h1":
            title = plain or None
        elif plain:
            blocks.append(plain)
        first_block = False
    body = _Body(PARAGRAPH_SEPARATOR.join(blocks), title=title)
    if skipped:
        body.warnings.append(f"{skipped} code or raw-HTML block(s) in the Markdown were left out of the analysis")
    return body


def _markdown_inline_text(token) -> str:  # type: ignore[no-untyped-def]
    pieces: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            pieces.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            pieces.append(" ")
        elif child.type == "image":
            pieces.append(child.content)
    return "".join(pieces)


# ---------------------------------------------------------------- title, dateline, byline

_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_MONTH_DAY = _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?"
_ISO_DATE = r"(?P<iso>\d{4}-\d{2}-\d{2})"
_PLACE = r"(?P<place>[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]*){0,3})"
_REGION = r"(?:,\s*(?P<region>[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,2}))?"
_AGENCY = r"(?:\s*\((?P<agency>[A-Z][\w .&'-]{0,30})\))?"
# A dateline's dash is followed by the first sentence, which starts in capitals.
_DASH = r"\s*(?:--|[-–—_])\s+(?=[\"“‘']?[A-Z0-9])"
_DATELINES = (
    # "date 2020-03-27 WASHINGTON –", "WASHINGTON, March 12 (Xinhua) --", "BAGHDAD —"
    re.compile(rf"\s*(?:date:?\s+{_ISO_DATE}\s+)?{_PLACE}{_REGION}(?:,\s*{_MONTH_DAY})?{_AGENCY}{_DASH}"),
    # "March 27, 2020 — ", "2020-03-27 -- "
    re.compile(rf"\s*(?:date:?\s+)?(?:{_MONTH_DAY}|{_ISO_DATE}){_DASH}"),
    # "date 2020-03-27 The Pentagon ..."
    re.compile(rf"\s*date:?\s+{_ISO_DATE}\s+"),
)

# A person's or organisation's name: capitalised words and name particles.
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|(?:de|van|von|der|al|bin|el|da|di|du|la|le|dos)(?=\s+[A-Z])))*"
_NAMES = rf"{_NAME}(?:(?:\s*,\s*|\s*,?\s+and\s+|\s*&\s*){_NAME})*"
_ROLE = r"(?:(?:staff|special|senior|chief|foreign|political|national|contributing)\s+)*(?:writer|correspondent|reporter|editor|columnist)s?"
_CREDIT = (
    r"(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]roduced|[Rr]esearch|[Gg]raphics)"
    rf"\s+by\s+{_NAMES}(?:\s+in\s+{_NAME})?"
)
_BYLINES = (
    # "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press", "By Jane Doe, staff writer"
    re.compile(rf"\(?By\s+{_NAMES}(?:\s*[,|]\s*(?:{_NAME}|{_ROLE}))?\)?\.?"),
    # "Alissa J. Rubin contributed reporting from Baghdad, and Eric Schmitt from Washington."
    re.compile(
        rf"(?:(?i:{_ROLE})\s+)?{_NAMES}\s+(?:also\s+)?contributed\s+"
        r"(?:reporting|research|to\s+this\s+(?:report|article|story))(?:\s+(?:from|in)\s+[^;.!?]{1,120})?"
        r"(?:[;,]\s*[^.!?]{1,160})?\.?"
    ),
    # "Reporting by X in Baghdad; Editing by Y", "(Additional reporting by Z)"
    re.compile(rf"\(?{_CREDIT}(?:\s*[;,]\s*{_CREDIT})*\s*\)?\.?"),
)
_TRAILING_CREDIT = re.compile(rf"\s*\({_CREDIT}(?:\s*[;,]\s*{_CREDIT})*\s*\)\s*$")
_MAX_BYLINE_CHARS = 320
_MAX_TITLE_CHARS = 150
_MAX_TITLE_WORDS = 18


def _iso_date(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    if groups.get("iso"):
        try:
            return dt.date.fromisoformat(groups["iso"]).isoformat()
        except ValueError:
            return None
    if groups.get("month") and groups.get("year"):
        try:
            month = _MONTH_NUMBERS[groups["month"].lower().rstrip(".")]
            return dt.date(int(groups["year"]), month, int(groups["day"])).isoformat()
        except (KeyError, ValueError):
            return None
    return None


def _take_dateline(paragraph: str, meta: ArticleMeta) -> str:
    """``paragraph`` without a leading dateline, whose place and date go to ``meta``."""
    for pattern in _DATELINES:
        match = pattern.match(paragraph)
        if not match:
            continue
        place, region = match.groupdict().get("place"), match.groupdict().get("region")
        if place:
            meta.dateline = " ".join(place.split()) + (f", {region}" if region else "")
        date = _iso_date(match)
        if date and not meta.date:
            meta.date = date
        return paragraph[match.end() :]
    return paragraph


def _is_byline(paragraph: str) -> bool:
    return len(paragraph) <= _MAX_BYLINE_CHARS and any(p.fullmatch(paragraph) for p in _BYLINES)


def _take_title(text: str) -> tuple[str | None, str]:
    """A short first line with no final punctuation, then a blank line, is a title."""
    first, separator, rest = text.lstrip("\n").partition("\n")
    if not rest.startswith("\n") or not rest.strip():
        return None, text
    line = " ".join(first.split())
    if (
        not line
        or len(line) > _MAX_TITLE_CHARS
        or len(line.split()) > _MAX_TITLE_WORDS
        or line[-1] in ".,;:!?\"'”’…-–—"
        or not (line[0].isupper() or line[0].isdigit())
        or _is_byline(line)
        or any(pattern.match(line + " ") for pattern in _DATELINES)
    ):
        return None, text
    return line, rest


def _split_paragraphs(text: str) -> list[str]:
    """Blank-line separated blocks, or single lines when there is no blank line."""
    stripped = text.strip("\n")
    blocks = re.split(r"\n[ \t]*\n", stripped) if re.search(r"\n[ \t]*\n", stripped) else stripped.split("\n")
    return [" ".join(block.split()) for block in blocks if block and not block.isspace()]


# ---------------------------------------------------------------- assembly


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
            0, f"{label}: not UTF-8; read as {decoded.encoding} (a guess: check accented letters and quotes)"
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
        fmt, format_warning = _detect_format(text, path)
        warnings += [format_warning] if format_warning else []
    meta = ArticleMeta(path=path, sha256=hashlib.sha256(raw).hexdigest(), format=fmt)
    log = RepairLog()

    if fmt == "html":
        body = _html_body(text, label)
    else:
        text = normalise_line_breaks(text, log)
        body = _markdown_body(text) if fmt == "md" else _Body(text)
    repaired, repairs = repair(body.text, log)
    meta.repairs = repairs
    meta.warnings = warnings + body.warnings
    meta.title = " ".join(repair(body.title)[0].split()) if body.title else None
    meta.date = body.date
    if fmt == "txt" and meta.title is None:
        meta.title, repaired = _take_title(repaired)

    paragraphs = _split_paragraphs(repaired)
    paragraphs, bylines = _take_bylines(paragraphs)
    if paragraphs:
        paragraphs[0] = _take_dateline(paragraphs[0], meta).strip()
        paragraphs = [p for p in paragraphs if p]
    authors = [body.author] if body.author else []
    meta.byline = "; ".join(authors + bylines) or None
    if not paragraphs:
        raise InputError(f"{label}: no article text found (after removing markup, title and byline)")

    broken = [b for p in paragraphs for b in broken_sentence_breaks(p)]
    if broken:
        meta.warnings.append(
            f"{len(broken)} period(s) followed by a lower-case word look like broken sentences "
            f"(e.g. '{broken[0]}'); left as they are and not treated as sentence ends"
        )
    return Document(meta=meta, paragraphs=paragraphs)


def _take_bylines(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Paragraphs without byline and credit lines, and those lines."""
    kept: list[str] = []
    bylines: list[str] = []
    for paragraph in paragraphs:
        if _is_byline(paragraph):
            bylines.append(paragraph.strip("()"))
        else:
            kept.append(paragraph)
    if kept:
        credit = _TRAILING_CREDIT.search(kept[-1])
        if credit:
            bylines.append(credit.group(0).strip().strip("()"))
            kept[-1] = kept[-1][: credit.start()]
    return kept, bylines
