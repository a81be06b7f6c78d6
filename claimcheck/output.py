"""Writing files so that a crash never leaves half a file behind.

Every file claimcheck writes (reports, ``eval -o``, the batch tables, summary,
index and Batch API request files) goes through :class:`AtomicFile`: the
text goes to a temporary file beside the target, which is renamed into place
only once complete. A reader sees the old file or the new one, never a
mixture. :func:`write_atomic` is the one-call form for text held whole.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Optional

from claimcheck.errors import UsageError


class AtomicFile:
    """A temporary file beside ``path``; :meth:`commit` renames it into place,
    :meth:`abandon` removes it. As a context manager: commit on success,
    abandon on any exception. Text mode writes UTF-8 with ``newline``."""

    def __init__(self, path: str | Path, *, binary: bool = False, newline: Optional[str] = "\n") -> None:
        self.target = Path(path)
        directory = self.target.parent if str(self.target.parent) else Path(".")
        if not directory.is_dir():
            raise UsageError(f"{self.target}: directory {directory} does not exist")
        try:
            fd, self._tmp = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=directory)
        except OSError as exc:
            raise UsageError(f"{self.target}: cannot write ({exc.strerror or exc})") from None
        if binary:
            self.handle: IO[Any] = os.fdopen(fd, "wb")
        else:
            self.handle = os.fdopen(fd, "w", encoding="utf-8", newline=newline)

    def write(self, data: Any) -> int:
        return self.handle.write(data)

    def commit(self) -> Path:
        try:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            # mkstemp makes the file private (0600); a report should get the permissions any new file would.
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self._tmp, 0o666 & ~umask)
            os.replace(self._tmp, self.target)
        except OSError as exc:
            self.abandon()
            raise UsageError(f"{self.target}: cannot write ({exc.strerror or exc})") from None
        return self.target

    def abandon(self) -> None:
        if not self.handle.closed:
            self.handle.close()
        Path(self._tmp).unlink(missing_ok=True)

    def __enter__(self) -> IO[Any]:
        return self.handle

    def __exit__(self, kind: Optional[type[BaseException]], value: Optional[BaseException],
                 traceback: Optional[TracebackType]) -> None:
        if kind is None:
            self.commit()
        else:
            self.abandon()


def write_atomic(path: str | Path, text: str) -> Path:
    """Write ``text`` to ``path`` whole or not at all."""
    file = AtomicFile(path)
    try:
        file.write(text)
    except OSError as exc:
        file.abandon()
        raise UsageError(f"{file.target}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        file.abandon()
        raise
    return file.commit()
