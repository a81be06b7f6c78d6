"""Errors a user can act on, and the exit codes they map to.

The exit codes are part of the interface (scripts branch on them), so they
are few and stable:

====  =================  ==================================================
code  name               meaning
====  =================  ==================================================
0     OK                 every paragraph was analysed
1     INTERNAL           a bug in claimcheck; the one-line error says so
2     USAGE              bad flags or arguments
3     INPUT              the article could not be read or holds no text
4     ENDPOINT           the LLM endpoint is unreachable, refuses the key,
                         or does not know the model
5     PARTIAL            a report was written, but some paragraphs failed;
                         the report names them and why
====  =================  ==================================================
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any


class ExitCode(IntEnum):
    OK = 0
    INTERNAL = 1
    USAGE = 2
    INPUT = 3
    ENDPOINT = 4
    PARTIAL = 5


class ClaimcheckError(Exception):
    """An error with a message fit to show a user on one line."""

    exit_code: ExitCode = ExitCode.INTERNAL


class UsageError(ClaimcheckError):
    exit_code = ExitCode.USAGE


class OutputError(UsageError):
    """Where the output goes cannot take it (disk full, read-only, permission
    denied): every later write would fail alike, so a batch stops on it."""


ARCHIVES_EXTRA = "archives"


def missing_extra(module: str, extra: str = ARCHIVES_EXTRA) -> UsageError:
    """The one-line error for an optional dependency that is not installed, naming the extra that brings it."""
    return UsageError(f"this needs {module}, part of the optional extra: pip install 'claimcheck[{extra}]'")


class InputError(ClaimcheckError):
    exit_code = ExitCode.INPUT


class EndpointError(ClaimcheckError):
    exit_code = ExitCode.ENDPOINT


def first_validation_error(exc: Any) -> str:
    """A pydantic ``ValidationError`` as one line: where its first error is, and what it says."""
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else first["msg"]


# ---------------------------------------------------------------- naming causes

import errno as _errno  # noqa: E402

# What an OS error means to the user, by errno: the message names the cause
# in plain words and keeps the system's own text after it.
_CAUSES = {
    _errno.ENOSPC: "disk full",
    _errno.EDQUOT: "disk quota exceeded",
    _errno.EROFS: "read-only file system",
    _errno.EACCES: "permission denied",
    _errno.EPERM: "permission denied",
    _errno.ELOOP: "symlink loop",
    _errno.ENAMETOOLONG: "name too long",
    _errno.ENOENT: "no such file or directory",
    _errno.ENOTDIR: "a part of the path is not a directory",
    _errno.EISDIR: "is a directory",
    _errno.EIO: "input/output error",
    _errno.EMFILE: "too many open files",
    _errno.ENXIO: "no reader or device behind it",
    _errno.EFBIG: "file too large",
}


def os_cause(exc: OSError) -> str:
    """``exc`` as a short cause: ``disk full: No space left on device``."""
    system = exc.strerror or str(exc)
    cause = _CAUSES.get(exc.errno or -1)
    if cause is None:
        return system
    return cause if cause.lower() == system.lower() else f"{cause}: {system}"


# C0 and C1 controls, DEL, and the invisible format characters that reorder or
# hide text on a terminal (bidi overrides and isolates, zero-width marks).
_UNPRINTABLE = frozenset(
    [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), 0x200B, 0x200C, 0x200D, 0x200E, 0x200F,
     *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028, 0x2029, 0xFEFF]
)


def printable(text: str) -> str:
    """``text`` safe to print on one terminal line: control and bidi characters
    spelt out (``\\x1b``, ``\\n``, ``\\u202e``), so a file name can neither run
    an escape sequence nor break or reorder the line."""
    if not any(ord(c) in _UNPRINTABLE or 0xD800 <= ord(c) <= 0xDFFF for c in text):
        return text
    return "".join(
        c.encode("unicode_escape").decode("ascii") if ord(c) in _UNPRINTABLE or 0xD800 <= ord(c) <= 0xDFFF else c
        for c in text
    )
