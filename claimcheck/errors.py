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


class InputError(ClaimcheckError):
    exit_code = ExitCode.INPUT


class EndpointError(ClaimcheckError):
    exit_code = ExitCode.ENDPOINT


def first_validation_error(exc: Any) -> str:
    """A pydantic ``ValidationError`` as one line: where its first error is, and what it says."""
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else first["msg"]
