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

A target may also be a :class:`RemoteTarget`, a file under an fsspec URL
(``claimcheck batch --out s3://bucket/audit``). No remote filesystem offers
a rename that is atomic everywhere, so the guarantee is had in one of two
ways, by what the filesystem is:

- an object store (S3, GCS, Azure, and fsspec's ``memory://``) makes an
  object visible only when its upload completes, whole: a report is one
  PUT of its bytes, a table is streamed to a local temporary file and then
  uploaded (a multipart upload that fails is never seen). A reader sees
  the old object or the new one. Renaming there would be a copy and a
  delete: slower, and not atomic;
- any other filesystem (``file://``, sftp, HDFS, WebDAV...) writes a put in
  place, so the bytes go to a temporary name beside the target
  (``.NAME.XXXX.tmp``) and are moved over it, which these do by rename.
  A temporary left by a crash is removed by the next batch.

What a remote target does not get is the local refusals (devices, pipes,
the input itself: none exist there) and ``fsync`` (the filesystem's upload
is its durability).
"""

from __future__ import annotations

import functools
import io
import os
import posixpath
import re
import stat
import sys
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Iterable, Optional, Union

from claimcheck.errors import OutputError, UsageError, missing_extra, os_cause

STDOUT_NAMES = frozenset({"-", "/dev/stdout"})
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
# Filesystems whose upload is whole-or-nothing (see the module's docstring); every other one moves a temporary.
WHOLE_OBJECT_PROTOCOLS = frozenset({"s3", "s3a", "gs", "gcs", "az", "abfs", "abfss", "adl", "memory"})

_NOT_REGULAR = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
)


def is_stdout(path: str | Path) -> bool:
    return str(path) in STDOUT_NAMES


def is_url(name: str | Path) -> bool:
    """Whether ``name`` is a URL (``s3://...``, ``file://...``) rather than a local path."""
    return isinstance(name, str) and bool(_URL.match(name))


@dataclass(frozen=True)
class RemoteTarget:
    """A file (or folder) on an fsspec filesystem: ``fs`` and the path it takes, and ``url`` to show."""

    fs: Any
    path: str

    @classmethod
    def of(cls, url: str) -> "RemoteTarget":
        """``url`` on its filesystem; a one-line error when fsspec or the protocol's backend is not installed."""
        try:
            from fsspec.core import url_to_fs
        except ImportError:
            raise missing_extra("fsspec") from None
        try:
            fs, path = url_to_fs(url)
        except ImportError as exc:  # fsspec knows the protocol; its backend (s3fs, gcsfs...) is missing
            raise UsageError(f"{url}: {str(exc).splitlines()[0]}") from None
        except (ValueError, OSError) as exc:  # an unknown protocol, a malformed URL
            raise UsageError(f"{url}: cannot use it as an output location ({str(exc).splitlines()[0]})") from None
        return cls(fs, path.rstrip("/") or path)

    @property
    def url(self) -> str:
        return self.fs.unstrip_protocol(self.path)

    @property
    def name(self) -> str:
        return posixpath.basename(self.path)

    @property
    def whole_object(self) -> bool:
        protocols = self.fs.protocol if isinstance(self.fs.protocol, (tuple, list)) else (self.fs.protocol,)
        return bool(WHOLE_OBJECT_PROTOCOLS.intersection(protocols))

    def child(self, relative: str) -> "RemoteTarget":
        return RemoteTarget(self.fs, posixpath.join(self.path, relative))

    def __str__(self) -> str:
        return self.url

    def _temporary(self) -> str:
        return posixpath.join(posixpath.dirname(self.path), f".{self.name}.{uuid.uuid4().hex[:8]}.tmp")

    def _failed(self, exc: BaseException) -> OutputError:
        cause = os_cause(exc) if isinstance(exc, OSError) else (str(exc).splitlines() or [type(exc).__name__])[0]
        return OutputError(f"{self.url}: cannot write ({cause})")

    def put_bytes(self, data: bytes) -> None:
        """``data`` whole at the target, or nothing there (see the module's docstring)."""
        self._publish(lambda destination: self.fs.pipe_file(destination, data))

    def put_file(self, local: str) -> None:
        """The local file ``local`` uploaded whole to the target, or nothing there."""
        self._publish(lambda destination: self.fs.put_file(local, destination))

    def _publish(self, upload: Any) -> None:
        """``upload(path)`` straight to the target on an object store; elsewhere to a temporary beside it,
        moved over it."""
        try:
            if self.whole_object:
                upload(self.path)
                return
            temporary = self._temporary()
            try:
                upload(temporary)
                self.fs.mv(temporary, self.path)
            except BaseException:
                self._remove(temporary)
                raise
        except Exception as exc:  # backends raise OSError, their own client errors, or PermissionError
            raise self._failed(exc) from None

    def _remove(self, path: str) -> None:
        try:
            if self.fs.exists(path):
                self.fs.rm_file(path)
        except Exception:  # the next batch removes it (OutputFolder.lock)
            pass


Target = Union[str, Path, RemoteTarget]


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


class _StagedFile:
    """What the two atomic writers share: a temporary ``handle`` to write to,
    a failed write named by ``shown`` and the temporary abandoned; as a
    context manager, commit on success and abandon on any exception."""

    shown: Any
    handle: IO[Any]

    def write(self, data: Any) -> int:
        try:
            return self.handle.write(data)
        except OSError as exc:
            self.abandon()
            raise OutputError(f"{self.shown}: cannot write ({os_cause(exc)})") from None

    def commit(self) -> Any:
        raise NotImplementedError

    def abandon(self) -> None:
        raise NotImplementedError

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


class AtomicFile(_StagedFile):
    """A temporary file beside ``path``; :meth:`commit` renames it into place,
    :meth:`abandon` removes it. As a context manager: commit on success,
    abandon on any exception. Text mode writes UTF-8 with ``newline``."""

    def __init__(self, path: str | Path, *, binary: bool = False, newline: Optional[str] = "\n",
                 durable: bool = True) -> None:
        self.shown = Path(path)
        self.durable = durable
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

    def commit(self) -> Path:
        try:
            self.handle.flush()
            if self.durable:
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


class RemoteAtomicFile(_StagedFile):
    """:class:`AtomicFile` for a :class:`RemoteTarget`: written to a local
    temporary file (a table may be larger than memory), uploaded whole by
    :meth:`commit`."""

    def __init__(self, target: RemoteTarget, *, binary: bool = False, newline: Optional[str] = "\n") -> None:
        self.target = target
        self.shown = target.url
        try:
            self._spool = tempfile.NamedTemporaryFile(prefix="claimcheck-", suffix=".tmp", delete=False)
        except OSError as exc:
            raise OutputError(f"{target.url}: cannot make a local temporary file for it ({os_cause(exc)})") from None
        self.handle: IO[Any] = self._spool if binary else \
            io.TextIOWrapper(self._spool, encoding="utf-8", newline=newline)

    def commit(self) -> RemoteTarget:
        try:
            self.handle.close()
            self.target.put_file(self._spool.name)
        except OSError as exc:
            raise OutputError(f"{self.target.url}: cannot write ({os_cause(exc)})") from None
        finally:
            self.abandon()
        return self.target

    def abandon(self) -> None:
        try:
            self.handle.close()
        except OSError:
            pass
        Path(self._spool.name).unlink(missing_ok=True)


def open_atomic(target: Target, *, newline: Optional[str] = "\n") -> Union[AtomicFile, RemoteAtomicFile]:
    """The atomic writer for ``target``: local (:class:`AtomicFile`) or remote (:class:`RemoteAtomicFile`)."""
    if isinstance(target, RemoteTarget):
        return RemoteAtomicFile(target, newline=newline)
    return AtomicFile(target, newline=newline)


def write_atomic(path: Target, text: str, *, durable: bool = True) -> Any:
    """Write ``text`` to ``path`` (a local path or a :class:`RemoteTarget`) whole or not at all.

    ``durable``: on the disk before the rename (``fsync``), so that not even a
    power cut leaves an empty file under the name. ``durable=False`` keeps the
    whole-or-nothing promise against a crash of the program and leaves the
    power cut to a later :func:`sync_filesystem` (a batch's reports: see
    claimcheck.batch.store)."""
    if isinstance(path, RemoteTarget):
        path.put_bytes(text.encode("utf-8"))
        return path
    file = AtomicFile(path, durable=durable)
    try:
        file.write(text)
    except BaseException:
        file.abandon()
        raise
    return file.commit()


def sync_filesystem(folder: Path) -> None:
    """Everything written so far to the filesystem holding ``folder``, by any
    process, on the disk: one ``syncfs`` (Linux) instead of an ``fsync`` per
    file; ``sync`` elsewhere. A write-back error (a disk that filled up under
    delayed allocation) is raised here as an :class:`OutputError`."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot write there ({os_cause(exc)})") from None
    try:
        syncfs = _syncfs()
        if syncfs is None:
            os.sync()
        elif syncfs(fd) != 0:
            import ctypes

            error = ctypes.get_errno()
            raise OSError(error, os.strerror(error))
    except OSError as exc:
        raise OutputError(f"{folder}: cannot write ({os_cause(exc)})") from None
    finally:
        os.close(fd)


@functools.lru_cache(maxsize=None)
def _syncfs() -> Any:
    """libc's syncfs, looked up on first use (not at import: ``claimcheck --help`` should not load ctypes)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        return ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None


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
