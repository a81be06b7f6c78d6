"""The batch output folder: where each report goes, and the manifest that
makes a batch resumable.

Report names are built from the input's file name reduced to ASCII letters,
digits, ``.``, ``_`` and ``-``, plus a hash of its full path: two
``index.html`` files in different folders get different reports, and no
article name (``../../x``, a title, a name in another script) can put a
file outside the output folder. Every path is checked against the folder
once more before anything is written.

``manifest.jsonl`` gets one line per finished article (its table rows, or
its error), appended at each checkpoint (below). A rerun skips an
article whose line says the same engine fingerprint (engine, model, prompt
version, the code's version, rubric) for an unchanged input (size and
mtime), and whose report files are all there; a line from the same engine
with another fingerprint is stale (an upgrade or a code change since). Failed and partial articles (some
paragraphs failed, say on a timeout) are tried again. A line cut short by
a kill is ignored.

Durability, and why resume can trust the manifest after a power cut: the
reports are renamed into place without an ``fsync`` each (that cost about
a tenth of a batch's wall time on this machine's disk, more on network
disks). Instead the manifest is written in checkpoints
(:meth:`OutputFolder.checkpoint`, every ``CHECKPOINT_LINES`` articles or
``CHECKPOINT_SECONDS``, and at the end): one ``syncfs`` first puts every
report written so far on the disk, whichever process wrote it, and only
then are the finished articles' lines appended and the manifest
``fsync``ed. So a line on the disk always names reports that are on the
disk. A crash or a power cut loses at most the lines since the last
checkpoint, and those articles are made again; a report is whole after a
crash of the program either way (a temporary file renamed), and one a
power cut leaves without its line is made again. Reports written on other
machines (Dask workers of ``--scheduler``) are out of reach of this
machine's ``syncfs``, so there each worker ``fsync``s its reports
(``BatchJob.sync_reports``).

``--out`` may also be an fsspec URL (:class:`RemoteOutputFolder`): reports
and tables are written whole or not at all as ``claimcheck.output``
describes, and the manifest, which an object store cannot append to, is a
series of segments (``manifest.d/NNNNNNNN-RUN.jsonl``), each uploaded whole
as the run goes: the run works on a local copy of the manifest and uploads
the lines it added every ``SEGMENT_LINES`` lines or ``SEGMENT_SECONDS``
seconds, and at the end. A run killed outright loses at most the lines of
its last unsent segment, and those articles are made again on resume (their
reports are overwritten whole, so nothing is duplicated).
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import re
import shutil
import socket
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import IO, Any, Iterator, Optional, Union

from claimcheck.errors import OutputError, UsageError, os_cause
from claimcheck.output import RemoteTarget, is_url

REPORTS_FOLDER = "reports"
MANIFEST_NAME = "manifest.jsonl"
LOCK_NAME = ".batch.lock"
REPORT_SUFFIXES = {"markdown": ".md", "json": ".json", "html": ".html"}
CHECKPOINT_LINES = 500
CHECKPOINT_SECONDS = 1.0
SEGMENTS_FOLDER = "manifest.d"
SEGMENT_LINES = 2000
SEGMENT_SECONDS = 30.0
# A remote lock not refreshed for this long is a dead run's (a remote filesystem has no lock that dies with
# its process): the next run takes the folder over.
LOCK_STALE_SECONDS = 15 * 60
LOCK_REFRESH_SECONDS = 60.0  # also while no article finishes (a cluster's first partitions can take minutes)
_SEGMENT_NAME = re.compile(r"^(\d{8})-[0-9a-f]+\.jsonl$")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_STEM = 60


def display_path(path: str | Path) -> str:
    """``path`` fit for a report or a table: a file name whose bytes are not
    UTF-8 (kept by Python as lone surrogates) gets U+FFFD where they were."""
    return os.fsencode(path).decode("utf-8", "replace")


def resolved(path: Path) -> Path:
    """``path`` with symlinks followed where they lead somewhere, else made absolute."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop (RuntimeError before Python 3.13)
        return Path(os.path.abspath(path))


def safe_stem(name: str) -> str:
    """``name`` reduced to ASCII letters, digits, ``.``, ``_`` and ``-``, short enough for a file name."""
    return _UNSAFE.sub("-", name).strip(".-")[:_MAX_STEM].rstrip(".-") or "article"


def article_key(path: Path) -> str:
    """A file-name-safe, collision-free name for the article at ``path``."""
    resolved_path = str(resolved(path)).encode("utf-8", "surrogatepass")
    return f"{safe_stem(path.stem)}-{hashlib.sha1(resolved_path).hexdigest()[:10]}"


@dataclass
class InputStamp:
    """Enough to tell, without reading it, whether an input changed since its report."""

    size: int
    mtime_ns: int
    digest: Optional[str] = None  # an archive record has no mtime of its own: the hash of its content

    @classmethod
    def of(cls, path: Path) -> Optional["InputStamp"]:
        try:
            info = path.stat()
        except OSError:
            return None
        return cls(info.st_size, info.st_mtime_ns)


@dataclass
class ArticleOutcome:
    """What one article's analysis left behind: its reports and table rows, or its error."""

    key: str
    path: str
    fingerprint: str
    stamp: Optional[InputStamp] = None
    reports: dict[str, str] = field(default_factory=dict)
    article: Optional[dict[str, Any]] = None
    sources: list[dict[str, Any]] = field(default_factory=list)
    error: Optional[str] = None
    paragraphs: int = 0
    partial: bool = False
    # Which engine made the reports, and which version of it: a stale report is one
    # from the same engine (and model) under another fingerprint. None: made before they were kept.
    engine: Optional[str] = None
    engine_version: Optional[str] = None

    def to_line(self) -> str:
        # A shallow dict, not dataclasses.asdict: that deep-copies every table row first, and
        # json.dumps reads them as they are. ASCII: any text survives the round trip.
        line = {f.name: getattr(self, f.name) for f in fields(self)}
        if self.stamp is not None:
            line["stamp"] = asdict(self.stamp)
        return json.dumps(line, separators=(",", ":")) + "\n"

    @classmethod
    def from_line(cls, line: str) -> Optional["ArticleOutcome"]:
        try:
            data = json.loads(line)
            stamp = data.pop("stamp", None)
            return cls(stamp=InputStamp(**stamp) if stamp else None, **data)
        except (ValueError, TypeError):
            return None


class OutputFolder:
    """The ``--out`` folder of a batch run."""

    def __init__(self, root: Path) -> None:
        try:
            root.mkdir(parents=True, exist_ok=True)
            (root / REPORTS_FOLDER).mkdir(exist_ok=True)
        except OSError as exc:
            raise OutputError(f"--out {root}: cannot create it ({os_cause(exc)})") from None
        self.root = root.resolve()
        self.manifest_path = self.root / MANIFEST_NAME
        self._manifest: Optional[IO[str]] = None
        self._lock: Optional[IO[str]] = None
        self._pending: list[str] = []  # finished articles' lines, until the next checkpoint
        self._checked_at = time.monotonic()

    def contained(self, relative: str | Path) -> Path:
        """``root/relative``, refusing any path that would land outside the folder."""
        target = (self.root / relative).resolve()
        if target != self.root and self.root not in target.parents:
            raise UsageError(f"refusing to write {relative}: it is outside the output folder {self.root}")
        return target

    def report_path(self, key: str, fmt: str) -> Path:
        return self.contained(Path(REPORTS_FOLDER) / f"{key}{REPORT_SUFFIXES[fmt]}")

    def relative(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def shown(self, relative: str) -> str:
        """How to name ``relative`` in the folder to a user."""
        return str(self.root / relative)

    @property
    def local_root(self) -> Optional[Path]:
        """The folder on this machine's disk, or None for a remote one."""
        return self.root

    # ------------------------------------------------------------ locking

    def lock(self) -> None:
        """One batch at a time per folder: two would interleave the manifest."""
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not on POSIX: no lock, as before
            return
        try:
            handle = open(self.root / LOCK_NAME, "w")
        except OSError as exc:
            raise OutputError(f"--out {self.root}: cannot write there ({os_cause(exc)})") from None
        try:
            # A POSIX record lock, not flock: worker processes forked from
            # this one do not inherit it, so it dies with this process.
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise UsageError(f"another claimcheck batch is writing to {self.root}; wait for it or choose another --out") from None
        self._lock = handle
        self._remove_stale_temporaries()

    def _remove_stale_temporaries(self) -> None:
        """Half-written files of a run that was killed; nobody else writes here while we hold the lock."""
        for folder in (self.root, self.root / REPORTS_FOLDER):
            for leftover in folder.glob(".*.tmp"):
                leftover.unlink(missing_ok=True)

    def close(self) -> None:
        try:
            self.checkpoint()
        except OutputError:  # already stopping on it (record() raised it first); those articles are made again
            pass
        if self._manifest is not None:
            try:
                self._manifest.close()
            except OSError:  # already reported by record(); a cut line is ignored on the next run
                pass
            self._manifest = None
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    # ------------------------------------------------------------ manifest

    def outcomes(self) -> Iterator[ArticleOutcome]:
        """Every readable manifest line, oldest first."""
        if not self.manifest_path.is_file():
            return
        with open(self.manifest_path, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if line.endswith("\n"):
                    outcome = ArticleOutcome.from_line(line)
                    if outcome is not None:
                        yield outcome

    def latest_outcomes(self) -> dict[str, ArticleOutcome]:
        """The latest line of every article, without its table rows (not needed to decide what is done)."""
        latest: dict[str, ArticleOutcome] = {}
        for outcome in self.outcomes():
            outcome.article, outcome.sources = None, []
            latest[outcome.key] = outcome
        return latest

    def latest_offsets(self, keys: set[str]) -> dict[str, int]:
        """Where in the manifest the latest line of each of ``keys`` starts,
        found without keeping the lines: the tables are then streamed."""
        offsets: dict[str, int] = {}
        if not self.manifest_path.is_file():
            return offsets
        with open(self.manifest_path, "rb") as handle:
            position = 0
            for raw in handle:
                start, position = position, position + len(raw)
                if not raw.endswith(b"\n"):
                    continue
                outcome = ArticleOutcome.from_line(raw.decode("utf-8", errors="replace"))
                if outcome is not None and outcome.key in keys:
                    offsets[outcome.key] = start
        return offsets

    def outcomes_at(self, offsets: list[int]) -> Iterator[ArticleOutcome]:
        if not offsets:
            return
        with open(self.manifest_path, "rb") as handle:
            for offset in offsets:
                handle.seek(offset)
                outcome = ArticleOutcome.from_line(handle.readline().decode("utf-8", errors="replace"))
                if outcome is not None:
                    yield outcome

    def record(self, outcome: ArticleOutcome) -> None:
        """``outcome`` into the manifest at the next checkpoint (see the module's docstring)."""
        self._pending.append(outcome.to_line())
        self.checkpoint_if_due()

    @property
    def _checkpoint_every(self) -> tuple[int, float]:
        return CHECKPOINT_LINES, CHECKPOINT_SECONDS

    def checkpoint_if_due(self) -> None:
        """A checkpoint when enough lines or time have gone by; cheap to call often (a batch calls it while it
        waits on workers, so a long article does not hold back the lines of those finished before it)."""
        lines, seconds = self._checkpoint_every
        if self._pending and (len(self._pending) >= lines or time.monotonic() - self._checked_at >= seconds):
            self.checkpoint()

    def checkpoint(self) -> None:
        """The reports written so far on the disk, then the lines of the articles finished since the last
        checkpoint appended to the manifest, and it on the disk too."""
        self._checked_at = time.monotonic()
        if not self._pending:
            return
        lines, self._pending = self._pending, []
        self._make_reports_durable()
        self._append(lines)

    def _make_reports_durable(self) -> None:
        from claimcheck.output import sync_filesystem

        sync_filesystem(self.root)

    def _append(self, lines: list[str], *, durable: bool = True) -> None:
        try:
            if self._manifest is None:
                self._manifest = open(self.manifest_path, "a", encoding="utf-8")
                if self._manifest.tell() and not self._ends_with_newline():
                    self._manifest.write("\n")  # after a kill mid-line: start clean
            self._manifest.write("".join(lines))
            self._manifest.flush()
            if durable:
                os.fsync(self._manifest.fileno())
        except OSError as exc:
            # What did reach the disk is a cut line at worst, which the next run ignores.
            raise OutputError(f"{self.manifest_path}: cannot write ({os_cause(exc)})") from None

    def _ends_with_newline(self) -> bool:
        with open(self.manifest_path, "rb") as handle:
            handle.seek(-1, os.SEEK_END)
            return handle.read(1) == b"\n"

    def is_done(self, outcome: Optional[ArticleOutcome], fingerprint: str, stamp: Optional[InputStamp],
                formats: tuple[str, ...]) -> bool:
        """Whether ``outcome`` (from the manifest) still stands for this run."""
        return outcome is not None and outcome.fingerprint == fingerprint and self._complete(outcome, stamp, formats)

    def is_stale(self, outcome: ArticleOutcome, engine: Optional[str], stamp: Optional[InputStamp],
                 formats: tuple[str, ...]) -> bool:
        """Complete reports of an unchanged input that ``engine`` (an
        :func:`~claimcheck.batch.engine_identity`) made in an older version,
        or under an older claimcheck or another rubric."""
        return outcome.engine in (None, engine) and self._complete(outcome, stamp, formats)

    def _complete(self, outcome: ArticleOutcome, stamp: Optional[InputStamp], formats: tuple[str, ...]) -> bool:
        if outcome.error is not None or outcome.partial:
            return False
        if stamp is None or outcome.stamp != stamp:
            return False
        for fmt in formats:
            relative = outcome.reports.get(fmt)
            if relative is None or not (self.root / relative).is_file():
                return False
        return True


# ------------------------------------------------------------ --out as an fsspec URL


class RemoteOutputFolder(OutputFolder):
    """``--out s3://bucket/audit`` (any fsspec URL): the same folder layout
    and the same questions as :class:`OutputFolder`, on a remote filesystem.

    Only the batch's own process locks it and keeps the manifest; a worker
    (a process of the pool or a Dask worker) makes one only to write
    reports, which needs neither."""

    def __init__(self, url: str) -> None:  # noqa: super().__init__ makes local folders; this makes none yet
        self.url = url.rstrip("/")
        self.target = RemoteTarget.of(self.url)
        self.root = self.url  # type: ignore[assignment]  # what the run reports; a URL here
        self._work: Optional[Path] = None  # the local working copy of the manifest, while locked
        self.manifest_path = Path(os.devnull)
        self._manifest: Optional[IO[str]] = None
        self._lock: Optional[IO[str]] = None
        self._pending: list[str] = []
        self._checked_at = time.monotonic()
        self._next_segment = 0
        self._run = uuid.uuid4().hex[:12]
        self._locked = False
        self._existing: Optional[set[str]] = None
        self._lock_written_at = float("-inf")

    def contained(self, relative: str | Path) -> RemoteTarget:  # type: ignore[override]
        joined = posixpath.normpath(posixpath.join(self.target.path, str(relative).replace(os.sep, "/")))
        if joined != self.target.path and not joined.startswith(self.target.path.rstrip("/") + "/"):
            raise UsageError(f"refusing to write {relative}: it is outside the output folder {self.url}")
        return RemoteTarget(self.target.fs, joined)

    def report_path(self, key: str, fmt: str) -> RemoteTarget:  # type: ignore[override]
        return self.contained(f"{REPORTS_FOLDER}/{key}{REPORT_SUFFIXES[fmt]}")

    def relative(self, path: Any) -> str:
        return posixpath.relpath(path.path, self.target.path)

    def shown(self, relative: str) -> str:
        return f"{self.url}/{relative}"

    @property
    def local_root(self) -> Optional[Path]:
        """A ``file://`` folder is on this machine: the batch must not read its reports back as articles."""
        protocols = self.target.fs.protocol if isinstance(self.target.fs.protocol, (tuple, list)) else \
            (self.target.fs.protocol,)
        return Path(self.target.path) if "file" in protocols else None

    def _call(self, what: str, action: Any) -> Any:
        try:
            return action()
        except (UsageError, OutputError):
            raise
        except Exception as exc:  # a backend's own errors (botocore, gcsfs, aiohttp) as one line
            cause = os_cause(exc) if isinstance(exc, OSError) else (str(exc).splitlines() or [type(exc).__name__])[0]
            raise OutputError(f"--out {self.url}: cannot {what} ({cause})") from None

    # ------------------------------------------------------------ locking

    def lock(self) -> None:
        """One batch at a time: a lock object naming this run, refreshed with
        every manifest segment and every ``LOCK_REFRESH_SECONDS``. A lock left by a run that died is taken over
        when its process is gone (same host) or it has not been refreshed for
        ``LOCK_STALE_SECONDS``. Two runs started in the same instant are not
        told apart: the filesystem has no compare-and-swap fsspec offers."""
        fs, root = self.target.fs, self.target.path
        for folder in (REPORTS_FOLDER, SEGMENTS_FOLDER):  # an object store has no folders; the others need them
            self._call("create it", lambda: fs.makedirs(posixpath.join(root, folder), exist_ok=True))
        holder = self._read_lock()
        if holder is not None and not self._lock_is_dead(holder):
            raise UsageError(f"another claimcheck batch (host {holder.get('host')}, process {holder.get('pid')}) is "
                             f"writing to {self.url}; wait for it, or if it is dead remove {self.url}/{LOCK_NAME}")
        self._write_lock()
        self._locked = True
        if not self.target.whole_object:
            self._remove_stale_temporaries()
        self._work = Path(tempfile.mkdtemp(prefix="claimcheck-manifest-"))
        self.manifest_path = self._work / MANIFEST_NAME
        self._download_manifest()

    def _read_lock(self) -> Optional[dict[str, Any]]:
        fs, path = self.target.fs, self.contained(LOCK_NAME).path
        if not self._call("read its lock", lambda: fs.exists(path)):
            return None
        try:
            holder = json.loads(self._call("read its lock", lambda: fs.cat_file(path)))
        except ValueError:
            return None  # a lock cut short is nobody's
        return holder if isinstance(holder, dict) else None

    def _lock_is_dead(self, holder: dict[str, Any]) -> bool:
        if holder.get("run") == self._run:
            return True
        if holder.get("host") == socket.gethostname() and isinstance(holder.get("pid"), int):
            try:
                os.kill(holder["pid"], 0)
            except ProcessLookupError:
                return True
            except OSError:
                pass
        return time.time() - float(holder.get("refreshed", 0)) > LOCK_STALE_SECONDS

    def _write_lock(self) -> None:
        holder = {"run": self._run, "host": socket.gethostname(), "pid": os.getpid(), "refreshed": time.time()}
        self.contained(LOCK_NAME).put_bytes(json.dumps(holder).encode())
        self._lock_written_at = time.monotonic()

    def checkpoint_if_due(self) -> None:
        super().checkpoint_if_due()
        if self._locked and time.monotonic() - self._lock_written_at >= LOCK_REFRESH_SECONDS:
            self._write_lock()

    def _remove_stale_temporaries(self) -> None:
        fs, root = self.target.fs, self.target.path
        for folder in (root, posixpath.join(root, REPORTS_FOLDER)):
            for leftover in self._call("list it", lambda: fs.glob(posixpath.join(folder, ".*.tmp"))):
                self._call("remove a temporary file", lambda: fs.rm_file(leftover))

    def close(self) -> None:
        try:
            if self._locked:
                self.checkpoint()
        finally:
            super().close()
            if self._locked:
                self._locked = False
                try:
                    self.target.fs.rm_file(self.contained(LOCK_NAME).path)
                except Exception:  # gone already, or the store refuses: the next run sees it dead by its pid
                    pass
            if self._work is not None:
                shutil.rmtree(self._work, ignore_errors=True)
                self._work = None

    # ------------------------------------------------------------ manifest

    def _segments(self) -> list[tuple[int, str]]:
        fs, folder = self.target.fs, self.contained(SEGMENTS_FOLDER).path
        if not self._call("list its manifest", lambda: fs.exists(folder)):
            return []
        found = []
        for path in self._call("list its manifest", lambda: fs.ls(folder, detail=False)):
            match = _SEGMENT_NAME.match(posixpath.basename(path))
            if match:
                found.append((int(match.group(1)), path))
        return sorted(found)

    def _download_manifest(self) -> None:
        """The manifest's segments, oldest first, into the local working copy
        (after a ``manifest.jsonl`` at the root: a local folder copied up)."""
        fs = self.target.fs
        sources = [self.contained(MANIFEST_NAME).path]
        segments = self._segments()
        self._next_segment = segments[-1][0] + 1 if segments else 0
        sources += [path for _, path in segments]
        with open(self.manifest_path, "wb") as copy:
            for source in sources:
                if source == sources[0] and not self._call("read its manifest", lambda: fs.exists(source)):
                    continue
                data = self._call("read its manifest", lambda: fs.cat_file(source))
                copy.write(data)
                if data and not data.endswith(b"\n"):
                    copy.write(b"\n")  # a line cut short stays cut (and ignored); the next starts clean

    @property
    def _checkpoint_every(self) -> tuple[int, float]:
        return SEGMENT_LINES, SEGMENT_SECONDS

    def _make_reports_durable(self) -> None:
        """Nothing to do: an upload is on the store once it has completed."""

    def _append(self, lines: list[str], *, durable: bool = True) -> None:
        """The lines into the local working copy (which this run reads), and uploaded as the next segment."""
        super()._append(lines, durable=False)
        name = f"{SEGMENTS_FOLDER}/{self._next_segment:08d}-{self._run}.jsonl"
        self.contained(name).put_bytes("".join(lines).encode("utf-8"))
        self._next_segment += 1
        self._write_lock()  # the heartbeat: this run is alive

    def _complete(self, outcome: ArticleOutcome, stamp: Optional[InputStamp], formats: tuple[str, ...]) -> bool:
        if outcome.error is not None or outcome.partial or stamp is None or outcome.stamp != stamp:
            return False
        if self._existing is None:  # one listing of the reports, not one request per article
            reports = self.contained(REPORTS_FOLDER).path
            fs = self.target.fs
            listed = self._call("list its reports", lambda: fs.find(reports)) \
                if self._call("list its reports", lambda: fs.exists(reports)) else []
            self._existing = {posixpath.relpath(p, self.target.path) for p in listed}
        return all(outcome.reports.get(fmt) in self._existing for fmt in formats)


OutputLocation = Union[Path, str]


def output_folder(out: OutputLocation) -> OutputFolder:
    """The ``--out`` folder: local for a path, remote for a URL (``file://`` included: it goes through fsspec)."""
    return RemoteOutputFolder(out) if is_url(out) else OutputFolder(Path(out))
