"""Archives as batch input: JSONL, CSV, Parquet and WARC files (local, or any
fsspec URL whose backend is installed), read record by record.

An archive holds many articles. Each record becomes an :class:`ArchiveRecord`
with its text (or, from a WARC, the HTML of a response), the metadata columns
the researcher named (``--text-field``, ``--id-field``, ``--date-field``,
``--outlet-field``, ``--url-field``), and a position that names it in the
tables (``archive.jsonl#line-12``, or ``#<id>`` when it has one). A record
that cannot be read (a line that is not JSON, a CSV row with too many
fields, a record without text, a WARC record cut short) is still a record:
it carries an ``error`` and becomes a failed row, never a silent gap.

Nothing here holds more than one record (one Parquet batch) in memory.
Parquet files are split into shards by row group, every other archive is
one shard: a shard is the unit a Dask worker reads (``batch/cluster.py``).

pyarrow, warcio and fsspec are the optional extra ``claimcheck[archives]``;
each is imported only when an archive needs it, and a missing one is a
one-line error naming the extra.
"""

from __future__ import annotations

import csv
import datetime as dt
import email.utils
import glob
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterator, Optional, Sequence
from urllib.parse import urlsplit

from claimcheck.batch.store import InputStamp, safe_stem
from claimcheck.errors import ARCHIVES_EXTRA, UsageError, missing_extra
from claimcheck.output import is_url
# Longest suffix first: ``.warc.gz`` before ``.gz``.
ARCHIVE_SUFFIXES = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonl.gz": "jsonl", ".ndjson.gz": "jsonl",
    ".csv": "csv", ".csv.gz": "csv",
    ".parquet": "parquet", ".pq": "parquet",
    ".warc": "warc", ".warc.gz": "warc",
}
# The names news exports give each role, common ones first (news-please's "maintext" and "date_publish",
# newspaper3k's "publish_date", MediaCloud's "media_name", research sets' "publication_date" and "publisher").
# The CLI's --*-field help (cli/batch_cmd.py) and docs/batch.md list them: tests/batch/test_archives.py checks both.
DEFAULT_FIELDS = {
    "text": ("text", "body", "content", "maintext"),
    "id": ("id",),
    "date": ("date", "published", "publication_date", "publish_date", "date_publish", "published_at"),
    "outlet": ("outlet", "source", "media_name", "publisher", "source_domain", "site_name"),
    "url": ("url", "link"),
    "title": ("title", "headline"),
}
_PARQUET_BATCH_ROWS = 64
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_GLOB_CHARACTERS = frozenset("*?[")
_WARC_SEPARATOR = len(b"\r\n\r\n")  # after each record of an uncompressed WARC; warcio's lengths leave it out


def _require(module: str, extra: str = ARCHIVES_EXTRA) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise missing_extra(module.split(".")[0], extra) from None


def archive_kind(name: str) -> Optional[str]:
    """``jsonl``, ``csv``, ``parquet`` or ``warc`` when ``name`` is an archive, else None."""
    lowered = urlsplit(name).path.lower() if is_url(name) else name.lower()
    for suffix in sorted(ARCHIVE_SUFFIXES, key=len, reverse=True):
        if lowered.endswith(suffix):
            return ARCHIVE_SUFFIXES[suffix]
    return None


@dataclass(frozen=True)
class FieldNames:
    """The columns (JSON keys) to read; None means the first default present."""

    text: Optional[str] = None
    id: Optional[str] = None
    date: Optional[str] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None

    def candidates(self, role: str) -> tuple[str, ...]:
        given = getattr(self, role)
        return (given,) if given else DEFAULT_FIELDS[role]

    def pick(self, role: str, columns: Sequence[str]) -> Optional[str]:
        present = set(columns)
        return next((c for c in self.candidates(role) if c in present), None)


@dataclass(frozen=True)
class Shard:
    """A piece of one archive a worker reads on its own: the whole file, or one Parquet row group."""

    location: str
    kind: str
    part: Optional[int] = None

    @property
    def label(self) -> str:
        return self.location


@dataclass
class ArchiveRecord:
    """One article of an archive, or why a record could not be one."""

    shard: Shard
    position: str  # "line-12", "row-3", "record-5": where it is, for the reader of the tables
    ordinal: int  # its index in the archive, for a key that survives duplicate ids
    id: Optional[str] = None
    text: Optional[str] = None
    html: Optional[bytes] = None
    title: Optional[str] = None
    date: Optional[str] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    error: Optional[str] = None
    warnings: list[str] = field(default_factory=list)

    @property
    def where(self) -> str:
        return self.position.replace("-", " ")

    @property
    def path(self) -> str:
        """How the tables name it: the archive, ``#``, and its id or position."""
        return f"{self.shard.label}#{self.id if self.id else self.position}"

    @property
    def key(self) -> str:
        material = f"{_absolute(self.shard.location)}#{self.ordinal}".encode("utf-8", "surrogatepass")
        stem = safe_stem(f"{Path(urlsplit(self.shard.location).path).name}-{self.id or self.position}")
        return f"{stem}-{hashlib.sha1(material).hexdigest()[:10]}"

    @property
    def stamp(self) -> InputStamp:
        """Changes when the record's content (or its metadata) does."""
        digest = hashlib.sha1()
        for part in (self.text, self.title, self.date, self.outlet, self.url, self.error):
            digest.update((part or "").encode("utf-8", "surrogatepass") + b"\x00")
        if self.html is not None:
            digest.update(self.html)
        size = len(self.html) if self.html is not None else len((self.text or "").encode("utf-8", "surrogatepass"))
        return InputStamp(size=size, mtime_ns=0, digest=digest.hexdigest())


def _absolute(location: str) -> str:
    return location if is_url(location) else str(Path(location).resolve())


# ------------------------------------------------------------ finding archives


def split_archive_inputs(patterns: Sequence[str]) -> tuple[list[str], list[str]]:
    """The archive inputs (files, globs or URLs ending in an archive suffix), and the rest."""
    archives, others = [], []
    for pattern in patterns:
        (archives if archive_kind(pattern) else others).append(pattern)
    return archives, others


def expand_archives(patterns: Sequence[str]) -> list[str]:
    """Each archive location once, globs expanded (locally, or through fsspec for URLs), sorted per pattern."""
    found: list[str] = []
    for pattern in patterns:
        glob_like = bool(_GLOB_CHARACTERS.intersection(urlsplit(pattern).path if is_url(pattern) else pattern))
        if is_url(pattern):
            if pattern.startswith("file://") and not glob_like:
                matches = [pattern]
            else:
                matches = _url_glob(pattern) if glob_like else [pattern]
        elif glob_like:
            matches = sorted(m for m in glob.glob(pattern, recursive=True) if Path(m).is_file())
        else:
            if not Path(pattern).is_file():
                raise UsageError(f"{pattern}: no such file")
            matches = [pattern]
        if not matches:
            raise UsageError(f"{pattern}: the pattern matches no archive")
        for match in matches:
            if match not in found:
                found.append(match)
    return found


def _url_glob(pattern: str) -> list[str]:
    fsspec = _require("fsspec")
    try:
        fs, _token, paths = fsspec.get_fs_token_paths(pattern)
    except (ImportError, ValueError) as exc:
        raise UsageError(f"{pattern}: cannot open it ({exc})") from None
    protocol = fs.protocol[0] if isinstance(fs.protocol, (tuple, list)) else fs.protocol
    return sorted(p if is_url(p) else f"{protocol}://{p}" for p in paths)


def shards_of(location: str) -> list[Shard]:
    kind = archive_kind(location)
    if kind is None:
        raise UsageError(f"{location}: not an archive (JSONL, CSV, Parquet or WARC)")
    if kind != "parquet":
        return [Shard(location, kind)]
    with _open(location) as handle:
        groups = _parquet_file(handle, location).num_row_groups
    return [Shard(location, kind, part) for part in range(max(groups, 1))]


# ------------------------------------------------------------ opening


def _open(location: str, *, text: bool = False) -> IO[Any]:
    """A binary (or UTF-8 text) stream, gunzipped for ``.jsonl.gz``/``.csv.gz`` (warcio gunzips WARCs itself)."""
    gzipped = location.lower().endswith(".gz") and archive_kind(location) in ("jsonl", "csv")
    if is_url(location) and not location.startswith("file://"):
        fsspec = _require("fsspec")
        try:
            handle = fsspec.open(location, "rb", compression="gzip" if gzipped else None).open()
        except ImportError as exc:  # the protocol's backend (s3fs, gcsfs...) is not installed
            raise UsageError(f"{location}: {exc}".splitlines()[0]) from None
        except (OSError, ValueError) as exc:
            raise UsageError(f"{location}: cannot open it ({exc})") from None
    else:
        path = location[len("file://"):] if location.startswith("file://") else location
        try:
            handle = open(path, "rb")
        except OSError as exc:
            raise UsageError(f"{location}: cannot read it ({exc.strerror or exc})") from None
        if gzipped:
            import gzip

            handle = gzip.open(handle)  # type: ignore[assignment]
    if text:
        return io.TextIOWrapper(handle, encoding="utf-8", errors="replace", newline="")
    return handle


def _parquet_file(handle: IO[bytes], location: str) -> Any:
    _require("pyarrow")
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(handle)
    except Exception as exc:  # pyarrow raises its own ArrowInvalid for a file that is not Parquet
        raise UsageError(f"{location}: not a readable Parquet file ({exc})") from None


# ------------------------------------------------------------ reading


def read_shard(shard: Shard, fields: FieldNames) -> Iterator[ArchiveRecord]:
    """Every record of ``shard``, in order, each an article or a failure."""
    reader = {"jsonl": _read_jsonl, "csv": _read_csv, "parquet": _read_parquet, "warc": _read_warc}[shard.kind]
    yield from reader(shard, fields)


def iter_records(locations: Sequence[str], fields: FieldNames) -> Iterator[ArchiveRecord]:
    for location in locations:
        for shard in shards_of(location):
            yield from read_shard(shard, fields)


def _text_value(value: Any) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = str(value).strip()
    return text or None


def iso_date(value: Any) -> tuple[Optional[str], Optional[str]]:
    """``value`` as an ISO date (YYYY-MM-DD), and a warning when it is there but not a date."""
    if value is None or value == "":
        return None, None
    if isinstance(value, dt.datetime):
        return value.date().isoformat(), None
    if isinstance(value, dt.date):
        return value.isoformat(), None
    text = str(value).strip()
    match = _ISO_DATE.match(text)
    if match:
        try:
            return dt.date.fromisoformat(match.group(1)).isoformat(), None
        except ValueError:
            pass
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat(), None
    except (TypeError, ValueError, IndexError):
        return None, f"the date {text[:40]!r} is not a date claimcheck reads (use ISO 8601, YYYY-MM-DD); left out"


def _from_mapping(record: ArchiveRecord, row: dict[str, Any], columns: dict[str, Optional[str]],
                  text_names: tuple[str, ...]) -> ArchiveRecord:
    text_column = columns["text"]
    record.id = _text_value(row.get(columns["id"])) if columns["id"] else None
    record.title = _text_value(row.get(columns["title"])) if columns["title"] else None
    record.outlet = _text_value(row.get(columns["outlet"])) if columns["outlet"] else None
    record.url = _text_value(row.get(columns["url"])) if columns["url"] else None
    if columns["date"]:
        record.date, warning = iso_date(row.get(columns["date"]))
        if warning:
            record.warnings.append(warning)
    if record.outlet is None and record.url:
        record.outlet = outlet_of_url(record.url)
    if text_column is None or text_column not in row:
        record.error = f"{record.where}: no text field ({' or '.join(text_names)})"
    else:
        record.text = _text_value(row[text_column])
        if record.text is None:
            record.error = f"{record.where}: the text field {text_column!r} is empty"
    return record


def _columns_for(fields: FieldNames, names: Sequence[str]) -> dict[str, Optional[str]]:
    return {role: fields.pick(role, names) for role in DEFAULT_FIELDS}


def _read_jsonl(shard: Shard, fields: FieldNames) -> Iterator[ArchiveRecord]:
    text_names = fields.candidates("text")
    with _open(shard.location, text=True) as handle:
        ordinal = 0
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            record = ArchiveRecord(shard, f"line-{number}", ordinal)
            ordinal += 1
            try:
                row = json.loads(line)
            except ValueError as exc:
                record.error = f"line {number}: not valid JSON ({exc.msg}, column {exc.colno})" \
                    if isinstance(exc, json.JSONDecodeError) else f"line {number}: not valid JSON"
                yield record
                continue
            if not isinstance(row, dict):
                record.error = f"line {number}: a JSON {type(row).__name__}, not an object with a text field"
                yield record
                continue
            yield _from_mapping(record, row, _columns_for(fields, list(row)), text_names)


def _read_csv(shard: Shard, fields: FieldNames) -> Iterator[ArchiveRecord]:
    csv.field_size_limit(1 << 30)  # an article is one cell; the default 128 kB limit would cut long ones
    text_names = fields.candidates("text")
    with _open(shard.location, text=True) as handle:
        reader = csv.reader(handle)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise UsageError(f"{shard.location}: cannot read its CSV header ({exc})") from None
        columns = _columns_for(fields, header)
        if columns["text"] is None:
            raise UsageError(f"{shard.location}: no text column ({' or '.join(text_names)}); its columns are "
                             f"{', '.join(header)}; name one with --text-field")
        ordinal = 0
        while True:
            start = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield ArchiveRecord(shard, f"line-{start}", ordinal, error=f"line {start}: not a CSV row ({exc})")
                ordinal += 1
                continue
            if not cells or (len(cells) == 1 and not cells[0].strip()):
                continue
            record = ArchiveRecord(shard, f"line-{start}", ordinal)
            ordinal += 1
            if len(cells) != len(header):
                record.error = f"line {start}: {len(cells)} fields where the header has {len(header)}"
                yield record
                continue
            yield _from_mapping(record, dict(zip(header, cells)), columns, text_names)


def _read_parquet(shard: Shard, fields: FieldNames) -> Iterator[ArchiveRecord]:
    text_names = fields.candidates("text")
    with _open(shard.location) as handle:
        parquet = _parquet_file(handle, shard.location)
        names = parquet.schema_arrow.names
        columns = _columns_for(fields, names)
        if columns["text"] is None:
            raise UsageError(f"{shard.location}: no text column ({' or '.join(text_names)}); its columns are "
                             f"{', '.join(names)}; name one with --text-field")
        wanted = sorted({c for c in columns.values() if c})
        groups = [shard.part] if shard.part is not None else list(range(parquet.num_row_groups))
        metadata = parquet.metadata
        for group in groups:
            ordinal = sum(metadata.row_group(g).num_rows for g in range(group))
            for batch in parquet.iter_batches(batch_size=_PARQUET_BATCH_ROWS, row_groups=[group], columns=wanted):
                for row in batch.to_pylist():
                    ordinal += 1
                    record = ArchiveRecord(shard, f"row-{ordinal}", ordinal - 1)
                    yield _from_mapping(record, row, columns, text_names)


def outlet_of_url(url: str) -> Optional[str]:
    """The host a URL names, without ``www.``: the outlet of a crawled page."""
    host = urlsplit(url).hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _read_warc(shard: Shard, fields: FieldNames) -> Iterator[ArchiveRecord]:
    _require("warcio")
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    ordinal = 0
    with _open(shard.location) as handle:
        archive = ArchiveIterator(handle)
        iterator = iter(archive)
        number, end = 0, 0
        while True:
            number += 1
            position = f"record-{number}"
            try:
                warc = next(iterator)
            except StopIteration:
                # warcio stops quietly at a record cut short (a partial download, a full disk):
                # bytes left over after the last whole record are that record.
                left = handle.tell() - end
                if left > _WARC_SEPARATOR:
                    yield ArchiveRecord(shard, position, ordinal, error=f"record {number}: the WARC record is "
                                        f"truncated (the last {left:,} bytes of the file are not a whole record)")
                return
            except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
                # A corrupt file: what follows cannot be found, so this is the last record.
                reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                yield ArchiveRecord(shard, position, ordinal,
                                    error=f"record {number}: unreadable WARC record ({reason}); the archive ends here")
                return
            record = _warc_article(warc, shard, position, ordinal)
            try:
                archive.read_to_end(warc)
            except (EOFError, OSError, ValueError) as exc:
                if record is None:
                    record = ArchiveRecord(shard, position, ordinal)
                record.error = f"record {number}: the WARC record is truncated ({exc})"
                yield record
                return
            end = archive.get_record_offset() + archive.get_record_length()
            if record is not None:
                ordinal += 1
                yield record


def _warc_article(warc: Any, shard: Shard, position: str, ordinal: int) -> Optional[ArchiveRecord]:
    """The record as an article when it is a successful HTML response; None for requests, metadata,
    robots.txt, images, redirects and error pages, which are not articles."""
    if warc.rec_type not in ("response", "resource") or not _is_html(warc):
        return None
    status = warc.http_headers.get_statuscode() if warc.http_headers else "200"
    if status and not status.startswith("2"):
        return None
    url = warc.rec_headers.get_header("WARC-Target-URI")
    record = ArchiveRecord(shard, position, ordinal, id=url, url=url, outlet=outlet_of_url(url) if url else None)
    try:
        record.html = warc.content_stream().read()
    except (EOFError, OSError, ValueError) as exc:
        record.error = f"{record.where}: the WARC record is truncated or corrupt ({exc})"
        return record
    missing = getattr(warc.raw_stream, "limit", 0)  # what its Content-Length promised and the file did not hold
    if missing:
        record.error = f"{record.where}: the WARC record is truncated ({missing:,} bytes missing)"
    return record


def _is_html(warc: Any) -> bool:
    headers = warc.http_headers
    content_type = headers.get_header("Content-Type") if headers is not None else \
        warc.rec_headers.get_header("Content-Type")
    return bool(content_type) and ("html" in content_type.lower())


# ------------------------------------------------------------ into an article


def record_document(record: ArchiveRecord, max_bytes: Optional[int]) -> Any:
    """The record as an ingested :class:`~claimcheck.article.Document`, its metadata from the archive's columns."""
    from claimcheck.article import from_bytes, from_text
    from claimcheck.errors import InputError

    if record.error is not None:
        raise InputError(record.error)
    size = len(record.html) if record.html is not None else len((record.text or "").encode("utf-8", "surrogatepass"))
    if max_bytes and size > max_bytes:
        raise InputError(f"{record.path}: {size:,} bytes is over the {max_bytes:,}-byte limit; raise it with "
                         "--max-bytes N (0 for no limit)")
    if record.html is not None:
        document = from_bytes(record.html, path=record.path, fmt="html")
    else:
        from claimcheck.article.metadata import without_repeated_title

        text = without_repeated_title(record.text or "", record.title) if record.title else record.text or ""
        document = from_text(text, path=record.path)
    meta = document.meta
    meta.title = record.title or meta.title
    meta.date = record.date or meta.date
    meta.outlet = record.outlet
    meta.url = record.url
    meta.warnings += record.warnings
    return document
