"""The batch output folder: where each report goes, and the manifest that
makes a batch resumable.

Report names are built from the input's file name reduced to ASCII letters,
digits, ``.``, ``_`` and ``-``, plus a hash of its full path: two
``index.html`` files in different folders get different reports, and no
article name (``../../x``, a title, a name in another script) can put a
file outside the output folder. Every path is checked against the folder
once more before anything is written.

``manifest.jsonl`` gets one line per finished article (its table rows, or
its error), appended and flushed as each article ends. A rerun skips an
article whose line says the same engine fingerprint (engine, model, prompt
version, the code's version, rubric) for an unchanged input (size and
mtime), and whose report files are all there; a line from the same engine
with another fingerprint is stale (an upgrade or a code change since). Failed and partial articles (some
paragraphs failed, say on a timeout) are tried again. A line cut short by
a kill is ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import IO, Any, Iterator, Optional

from claimcheck.errors import OutputError, UsageError, os_cause

REPORTS_FOLDER = "reports"
MANIFEST_NAME = "manifest.jsonl"
LOCK_NAME = ".batch.lock"
REPORT_SUFFIXES = {"markdown": ".md", "json": ".json", "html": ".html"}
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
        try:
            if self._manifest is None:
                self._manifest = open(self.manifest_path, "a", encoding="utf-8")
                if self._manifest.tell() and not self._ends_with_newline():
                    self._manifest.write("\n")  # after a kill mid-line: start clean
            self._manifest.write(outcome.to_line())
            self._manifest.flush()
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
