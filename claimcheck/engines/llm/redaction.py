"""Key hygiene: the configured API key, and anything shaped like a key, is
blanked out of everything the llm engine writes or hands on.

Where it applies: the model's answer as soon as it is decoded (so neither
the cache nor a report can hold what a hostile or misconfigured endpoint
echoed), every error and warning line, and the log records of claimcheck,
openai and httpx. The report quotes the article's own words; those are the
user's input and are not rewritten.

Imports nothing heavy: the batch export and the CLI use it too.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Optional

REDACTED = "[redacted]"
# Shapes of secrets: OpenAI-style keys (sk-..., sk-proj-...), bearer tokens,
# and the token formats of common hosts (GitHub, Hugging Face, Slack, AWS).
KEY_SHAPES = re.compile(
    r"\b(?:sk|rk|pk)-[A-Za-z0-9_\-]{16,}"
    r"|\bBearer\s+[A-Za-z0-9._~+/\-]{12,}=*"
    r"|\bgh[pousr]_[A-Za-z0-9]{20,}"
    r"|\bhf_[A-Za-z0-9]{20,}"
    r"|\bxox[abprs]-[A-Za-z0-9\-]{10,}"
    r"|\bAKIA[0-9A-Z]{16}\b"
)
# Keys shorter than this are placeholders ("no-key-needed" is longer, but harmless to blank).
MIN_SECRET = 8


class Redactor:
    def __init__(self, secret: Optional[str] = None) -> None:
        self.secret = secret if secret and len(secret) >= MIN_SECRET else None

    def text(self, value: str) -> str:
        if self.secret and self.secret in value:
            value = value.replace(self.secret, REDACTED)
        return KEY_SHAPES.sub(REDACTED, value)

    def data(self, value: Any) -> Any:
        """Every string in a decoded JSON value, redacted."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.data(v) for v in value]
        if isinstance(value, dict):
            return {self.text(k) if isinstance(k, str) else k: self.data(v) for k, v in value.items()}
        return value


class RedactingFilter(logging.Filter):
    """Blanks secrets out of log records, exception text included: a server
    may echo the key in an error body that a library then logs."""

    def __init__(self, redactor: Redactor) -> None:
        super().__init__("")
        self.redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = self.redactor.text(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redactor.text(record.exc_text)
        return True


_LOGGED_LIBRARIES = ("claimcheck", "openai", "instructor", "httpx", "httpcore")


def install(redactor: Redactor) -> None:
    """Logger filters do not apply to records from child loggers, so the
    filter goes on every logger of the libraries that handle the key."""
    names = [n for n in list(logging.root.manager.loggerDict) if n.split(".")[0] in _LOGGED_LIBRARIES]
    for name in {*names, *_LOGGED_LIBRARIES}:
        logger = logging.getLogger(name)
        for old in [f for f in logger.filters if isinstance(f, RedactingFilter)]:
            logger.removeFilter(old)
        logger.addFilter(RedactingFilter(redactor))
