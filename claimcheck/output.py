"""Writing files so that a crash never leaves half a file behind, and so
that nothing that is not claimcheck's to replace is ever written over.

Every file claimcheck writes (reports, ``eval -o``, the batch tables, summary,
index and Batch API request files) goes through :class:`AtomicFile`: the
text goes to a temporary file beside the target, which is renamed into place
only once complete. A reader sees the old file or the new one, never a
mixture. :func:`write_atomic` is the one-call form for text held whole.

The rename only ever replaces a regular file: a device (``/dev/null``), a
named pipe, a socket or a folder given as the target is refused before
anything is written (:func:`replaceable_target`), and so is the article
being analysed (the same file, whatever the path or link that names it).
A symlink is kept and the file it points to replaced, as a shell's ``>``
would. ``-`` and ``/dev/stdout`` mean standard output (:func:`write_report`).
An OS error on the way (disk full, read-only, permission denied) is an
:class:`~claimcheck.errors.OutputError` naming the path and the cause.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Iterable, Optional

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


def _kind(mode: int) -> Optional[str]:
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
        raise OutputError(f"{target}: cannot write there ({os_cause(exc)})") from None
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
    return Path(os.path.realpath(target)) if target.is_symlink() else target


class AtomicFile:
    """A temporary file beside ``path``; :meth:`commit` renames it into place,
    :meth:`abandon` removes it. As a context manager: commit on success,
    abandon on any exception. Text mode writes UTF-8 with ``newline``."""

    def __init__(self, path: str | Path, *, binary: bool = False, newline: Optional[str] = "\n") -> None:
        self.shown = Path(path)
        self.target = replaceable_target(self.shown)
        directory = self.target.parent if str(self.target.parent) else Path(".")
        if not directory.is_dir():
            raise UsageError(f"{self.shown}: directory {directory} does not exist")
        try:
            fd, self._tmp = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=directory)
        except OSError as exc:
            raise OutputError(f"{self.shown}: cannot write ({os_cause(exc)})") from None
        if binary:
            self.handle: IO[Any] = os.fdopen(fd, "wb")
        else:
            self.handle = os.fdopen(fd, "w", encoding="utf-8", newline=newline)

    def write(self, data: Any) -> int:
        try:
            return self.handle.write(data)
        except OSError as exc:
            self.abandon()
            raise OutputError(f"{self.shown}: cannot write ({os_cause(exc)})") from None

    def commit(self) -> Path:
        try:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            # mkstemp makes the file private (0600); a report should get the permissions any new file would.
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self._tmp, 0o666 & ~umask)
            replaceable_target(self.target)  # still a regular file (or none) at the moment of the rename
            os.replace(self._tmp, self.target)
        except (OSError, UsageError) as exc:
            self.abandon()
            if isinstance(exc, UsageError):
                raise
            raise OutputError(f"{self.shown}: cannot write ({os_cause(exc)})") from None
        return self.target

    def abandon(self) -> None:
        if not self.handle.closed:
            try:
                self.handle.close()
            except OSError:  # the flush of a full disk fails again: the file goes anyway
                pass
        Path(self._tmp).unlink(missing_ok=True)

    def __enter__(self) -> IO[Any]:
        return self.handle

    def __exit__(self, kind: Optional[type[BaseException]], value: Optional[BaseException],
                 traceback: Optional[TracebackType]) -> None:
        if kind is None:
            self.commit()
            return
        self.abandon()
        if isinstance(value, OSError):  # a write inside the block failed: name it
            raise OutputError(f"{self.shown}: cannot write ({os_cause(value)})") from None


def write_atomic(path: str | Path, text: str) -> Path:
    """Write ``text`` to ``path`` whole or not at all."""
    file = AtomicFile(path)
    try:
        file.write(text)
    except BaseException:
        file.abandon()
        raise
    return file.commit()


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
