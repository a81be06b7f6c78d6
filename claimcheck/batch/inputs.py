"""Which files a batch reads: paths, directories (walked) and glob patterns.

A directory is walked for article files only (by extension), skipping
hidden files and folders, so a checkout's ``.git`` or an editor's swap
files never become articles. Anything under the batch's own output folder
is skipped too: running ``claimcheck batch . --out reports`` twice must not
analyse the first run's reports.
"""

from __future__ import annotations

import glob
import os
from pathlib import Path
from typing import Iterator, Optional, Sequence

from claimcheck.errors import UsageError

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})
_GLOB_CHARACTERS = frozenset("*?[")


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(directory: Path) -> Iterator[Path]:
    for root, folders, files in os.walk(directory):
        folders[:] = sorted(f for f in folders if not _is_hidden(f))
        for name in sorted(files):
            if not _is_hidden(name) and Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                yield Path(root) / name


def _expand_one(pattern: str) -> Iterator[Path]:
    path = Path(pattern)
    if path.is_dir():
        yield from _walk(path)
        return
    if path.is_file():
        yield path
        return
    if not _GLOB_CHARACTERS.intersection(pattern):
        raise UsageError(f"{pattern}: no such file or directory")
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        raise UsageError(f"{pattern}: the pattern matches no file")
    for match in matches:
        candidate = Path(match)
        if candidate.is_dir():
            yield from _walk(candidate)
        elif candidate.is_file():
            yield candidate


def _inside(path: Path, folder: Optional[Path]) -> bool:
    if folder is None:
        return False
    try:
        path.resolve().relative_to(folder)
    except ValueError:
        return False
    return True


def expand_inputs(patterns: Sequence[str], *, exclude: Optional[Path] = None) -> list[Path]:
    """Every article file the patterns name, once each, in the order given
    (directory and glob matches sorted), leaving out anything under ``exclude``."""
    if not patterns:
        raise UsageError("give at least one article file, directory or glob pattern")
    excluded = exclude.resolve() if exclude is not None else None
    seen: set[Path] = set()
    found: list[Path] = []
    for pattern in patterns:
        for path in _expand_one(pattern):
            resolved = path.resolve()
            if resolved in seen or _inside(resolved, excluded):
                continue
            seen.add(resolved)
            found.append(path)
    if not found:
        listing = ", ".join(patterns)
        raise UsageError(f"no article files ({', '.join(sorted(ARTICLE_SUFFIXES))}) found in {listing}")
    return found

