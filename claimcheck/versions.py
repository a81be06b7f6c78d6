"""Versions that track the code.

A report says which code made it, so that a batch knows when its reports are
stale and a reader can tell two runs apart. Two things make that version:

* ``claimcheck.__version__``, the release;
* a content hash of the files an engine reads (its package: code and word
  lists), computed once per process from the installed files, so it changes
  with every edit even when nobody remembers to bump anything.

Engines with a version people quote (the rules engine's "1.8") record it in
``claimcheck/engines/versions.toml`` beside the hash it was recorded for.
``tests/test_versions.py`` fails when the files change but the record does
not, and says how to update it: run ``scripts/bump-engine-version``. The
record is the only place such a version is written.

:data:`REPORT_CODE` is the code outside the engines that shapes a report
(ingest, roster, scoring, renderers, the schema); the batch fingerprint
hashes it too, so an upgrade that changes scoring re-runs old reports.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PACKAGE_ROOT = Path(__file__).resolve().parent
RECORD_PATH = PACKAGE_ROOT / "engines" / "versions.toml"
BUMP_COMMAND = "scripts/bump-engine-version"

# Files that can change what claimcheck finds or writes; caches and editor leftovers cannot.
_HASHED_SUFFIXES = frozenset({".py", ".toml", ".json", ".txt", ".md", ".css", ".js", ".html", ".j2", ".jinja"})

REPORT_CODE = ("article", "charges.py", "roster.py", "scoring", "corrections.py", "genres.py", "rubric.toml", "schema.py", "pipeline.py", "render",
               "batch/rows.py")


def _files(root: Path, paths: Iterable[str]) -> list[Path]:
    found: set[Path] = set()
    for relative in paths:
        path = root / relative
        if path.is_file():
            found.add(path)
        elif path.is_dir():
            found.update(p for p in path.rglob("*")
                         if p.is_file() and p.suffix in _HASHED_SUFFIXES and "__pycache__" not in p.parts)
    return sorted(found)


def content_hash(paths: tuple[str, ...]) -> str:
    """A hash of the files under ``paths`` (relative to the package): their
    names and their text with line ends normalised, so a Windows checkout
    hashes like a Linux one. Computed once per process."""
    return _content_hash(PACKAGE_ROOT, paths)


@lru_cache(maxsize=None)
def _content_hash(root: Path, paths: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for path in _files(root, paths):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class RecordedVersion:
    version: str
    hash: str


@lru_cache(maxsize=None)
def _record_text() -> str:
    try:
        return RECORD_PATH.read_text(encoding="utf-8")
    except OSError:
        return ""


def parse_record(text: str) -> dict[str, RecordedVersion]:
    data = tomllib.loads(text)
    return {name: RecordedVersion(str(entry["version"]), str(entry["hash"])) for name, entry in data.items()}


def recorded_versions() -> dict[str, RecordedVersion]:
    """The versions in ``engines/versions.toml``, by engine name."""
    return parse_record(_record_text())


def recorded_version(engine: str) -> Optional[RecordedVersion]:
    return recorded_versions().get(engine)


def engine_version(engine: str, code: tuple[str, ...]) -> str:
    """What ``engine.version`` says: the release, the engine's recorded
    version (when it has one) and the hash of its files, e.g.
    ``0.1.0+rules.1.8.3f2a9c1d``. The hash is the live one: the version is
    honest even before the record is bumped."""
    from claimcheck import __version__

    recorded = recorded_version(engine)
    label = f"{engine}.{recorded.version}" if recorded is not None else engine
    return f"{__version__}+{label}.{content_hash(code)[:8]}"


def render_record(entries: dict[str, RecordedVersion]) -> str:
    lines = [
        "# The engines' recorded versions and the hash of the files each was recorded for.",
        f"# Do not edit by hand: {BUMP_COMMAND} rewrites this file. On a merge conflict,",
        "# take either side and run it again.",
    ]
    for name in sorted(entries):
        lines += ["", f"[{name}]", f'version = "{entries[name].version}"', f'hash = "{entries[name].hash}"']
    return "\n".join(lines) + "\n"


def next_version(version: str) -> str:
    """1.7 -> 1.8; 2 -> 3."""
    head, _, last = version.rpartition(".")
    bumped = str(int(last) + 1) if last.isdigit() else f"{last}.1"
    return f"{head}.{bumped}" if head else bumped
