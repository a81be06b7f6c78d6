"""Writing reports so that a crash never leaves half a file behind, and so
that nothing that is not a report is ever written over.

Every file claimcheck writes goes through :func:`replacing`: to a temporary
file beside the target, flushed and fsynced, then renamed over it. The
rename only ever replaces a regular file: a device (``/dev/null``), a named
pipe, a socket or a folder given as the target is refused before anything
is written, and so is the article being analysed (the same file, whatever
the path or link that names it). ``-`` and ``/dev/stdout`` mean standard
output and are written to, not replaced.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from claimcheck.errors import OutputError, UsageError, os_cause

STDOUT_NAMES = frozenset({"-", "/dev/stdout"})

_NOT_REGULAR = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
)


def is_stdout(path: str | Path) -> bool:
    return str(path) in STDOUT_NAMES


def _kind(mode: int) -> str | None:
    """What a non-regular file is, or None for a regular file."""
    for test, name in _NOT_REGULAR:
        if test(mode):
            return name
    return None if stat.S_ISREG(mode) else "not a regular file"


def replaceable_target(path: str | Path, inputs: Iterable[str | Path] = ()) -> Path:
    """The file that writing ``path`` would replace (symlinks followed), or a
    one-line :class:`UsageError` when it is not a report's to replace: not a
    regular file, or one of ``inputs`` (same device and inode)."""
    target = Path(path)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise UsageError(f"{target}: cannot write there ({os_cause(exc)})") from None
    if info is not None:
        kind = _kind(info.st_mode)
        if kind is not None:
            raise UsageError(f"{target}: is {kind}, not a regular file; refusing to replace it with a report")
        for source in inputs:
            if str(source) == "-":
                continue
            try:
                other = os.stat(source)
            except OSError:
                continue
            if (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino):
                raise UsageError(f"{target}: is the input article {source}; refusing to write the report over it")
    # A symlink is kept and the file it points to replaced, as a shell's '>' would.
    return Path(os.path.realpath(target)) if target.is_symlink() else target


@contextmanager
def replacing(path: str | Path, *, newline: str | None = "\n") -> Iterator[TextIO]:
    """A text handle whose content replaces ``path`` atomically when the block ends without error."""
    shown = Path(path)
    target = replaceable_target(shown)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise UsageError(f"{shown}: directory {directory} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"{shown}: cannot write ({os_cause(exc)})") from None
    try:
        # mkstemp makes the file private (0600); a report should get the permissions any new file would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        replaceable_target(target)  # still a regular file (or none) at the moment of the rename
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{shown}: cannot write ({os_cause(exc)})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path``, then rename it into place."""
    with replacing(path) as handle:
        handle.write(text)


def write_report(path: str | Path, text: str, *, inputs: Iterable[str | Path] = ()) -> None:
    """``-o PATH``: standard output for ``-`` and ``/dev/stdout``, else an atomic replacement
    that refuses devices, pipes, sockets, folders and the inputs themselves."""
    if is_stdout(path):
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except OSError as exc:
            raise OutputError(f"{path}: cannot write to standard output ({os_cause(exc)})") from None
        return
    replaceable_target(path, inputs)
    write_atomic(path, text)
