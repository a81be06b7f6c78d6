"""Which files a batch reads: paths, directories (walked) and glob patterns.

A directory is walked for article files only (by extension), skipping
hidden files and folders, so a checkout's ``.git`` or an editor's swap
files never become articles. Anything under the batch's own output folder
is skipped too: running ``claimcheck batch . --out reports`` twice must not
analyse the first run's reports.

Nothing found is dropped silently (:class:`Discovery`): only regular files
are articles; a named pipe, socket or device with an article's name is
*skipped* with what it is (opening a pipe would wait for a writer forever);
a folder that cannot be listed, a symlink loop or a broken link is
*unreadable* with its cause. Both lists go into the batch's summary.
"""

from __future__ import annotations

import glob
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional, Sequence

from claimcheck.batch.store import resolved
from claimcheck.errors import UsageError, os_cause

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})
_GLOB_CHARACTERS = frozenset("*?[")
_NOT_REGULAR = (
    (stat.S_ISFIFO, "a named pipe (FIFO), not a regular file"),
    (stat.S_ISSOCK, "a socket, not a regular file"),
    (stat.S_ISCHR, "a character device, not a regular file"),
    (stat.S_ISBLK, "a block device, not a regular file"),
)


@dataclass
class Discovery:
    """What the inputs named: the articles to read, and every entry that is not one, with why."""

    articles: list[Path] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, what it is) -- not an article
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (path, cause) -- could not be read

    @property
    def found(self) -> int:
        return len(self.articles) + len(self.skipped) + len(self.unreadable)


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _is_article_name(name: str) -> bool:
    return not _is_hidden(name) and Path(name).suffix.lower() in ARTICLE_SUFFIXES


def _walk(directory: Path, found: Discovery) -> Iterator[Path]:
    def unreadable(exc: OSError) -> None:
        where = exc.filename or directory
        found.unreadable.append((str(where), f"cannot list this folder ({os_cause(exc)}); the articles in it "
                                             "are not in this batch"))

    for root, folders, files in os.walk(directory, onerror=unreadable):
        folders[:] = sorted(f for f in folders if not _is_hidden(f))
        for name in sorted(files):
            if _is_article_name(name):
                yield Path(root) / name


def _expand_one(pattern: str, found: Discovery) -> Iterator[Path]:
    path = Path(pattern)
    if path.is_dir():
        yield from _walk(path, found)
        return
    if os.path.lexists(path):
        yield path  # a file, or something that is not one: classified by the caller
        return
    if not _GLOB_CHARACTERS.intersection(pattern):
        raise UsageError(f"{pattern}: no such file or directory")
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        raise UsageError(f"{pattern}: the pattern matches no file")
    for match in matches:
        candidate = Path(match)
        if candidate.is_dir():
            yield from _walk(candidate, found)
        else:
            yield candidate


def _classify(path: Path) -> Optional[str]:
    """None for a regular file (through any symlinks); else why it is not read, as 'skipped: ...'
    or 'unreadable: ...'."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return "unreadable: cannot read it (a broken symlink: it points to nothing)" if os.path.islink(path) else \
            "unreadable: cannot read it (no such file)"
    except OSError as exc:
        return f"unreadable: cannot read it ({os_cause(exc)})"
    for test, what in _NOT_REGULAR:
        if test(info.st_mode):
            return f"skipped: {what}"
    return None if stat.S_ISREG(info.st_mode) else "skipped: not a regular file"


def _inside(path: Path, folder: Optional[Path]) -> bool:
    if folder is None:
        return False
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def discover(patterns: Sequence[str], *, exclude: Optional[Path] = None) -> Discovery:
    """Every article file the patterns name, once each, in the order given
    (directory and glob matches sorted), leaving out anything under ``exclude``;
    with every entry that is not a readable regular file listed and why."""
    if not patterns:
        raise UsageError("give at least one article file, directory or glob pattern")
    excluded = resolved(exclude) if exclude is not None else None
    seen: set[Path] = set()
    found = Discovery()
    for pattern in patterns:
        for path in _expand_one(pattern, found):
            key = resolved(path)
            if key in seen or _inside(key, excluded):
                continue
            seen.add(key)
            problem = _classify(path)
            if problem is None:
                found.articles.append(path)
            elif problem.startswith("skipped: "):
                found.skipped.append((str(path), problem.removeprefix("skipped: ")))
            else:
                found.unreadable.append((str(path), problem.removeprefix("unreadable: ")))
    if not found.found:
        listing = ", ".join(patterns)
        raise UsageError(f"no article files ({', '.join(sorted(ARTICLE_SUFFIXES))}) found in {listing}")
    return found


def expand_inputs(patterns: Sequence[str], *, exclude: Optional[Path] = None) -> list[Path]:
    """The readable article files of :func:`discover` alone."""
    found = discover(patterns, exclude=exclude)
    if not found.articles:
        listing = ", ".join(patterns)
        raise UsageError(f"no readable article files ({', '.join(sorted(ARTICLE_SUFFIXES))}) found in {listing}")
    return found.articles
