"""The command line's stderr: notices and errors through the one printer
(:mod:`claimcheck.notices`), and log records (an engine's retries, re-asks,
cache use) shown the same way. The command line alone decides how many of
them to show: library code never sets a logger's level.
"""

from __future__ import annotations

import logging

from claimcheck.notices import ParagraphProgress, error, say

__all__ = ["ParagraphProgress", "configure_logging", "error", "say"]


class _Notices(logging.Handler):
    """Log records as notices, on whatever stderr is at the time."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            say(record.getMessage())
        except Exception:  # a broken stderr must not turn a log call into a crash
            self.handleError(record)


# instructor logs every failed attempt at ERROR; claimcheck's own records say it once, in
# the user's terms. -vv shows theirs too.
_LIBRARIES = ("instructor", "openai", "httpx")


def configure_logging(*, verbose: int = 0, quiet: bool = False) -> None:
    """-v shows retries, re-asks and cache use; warnings show unless --quiet; -vv adds the libraries' own."""
    logger = logging.getLogger("claimcheck")
    logger.setLevel(logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING)
    for library in _LIBRARIES:
        logging.getLogger(library).setLevel(logging.DEBUG if verbose >= 2 else logging.CRITICAL)
    if not any(isinstance(h, _Notices) for h in logger.handlers):
        logger.addHandler(_Notices())
