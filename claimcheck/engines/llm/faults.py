"""What went wrong with a request, said in one line a user can act on, and
whether waiting and trying again could help.

Imported only by the engine at run time: it needs openai.
"""

from __future__ import annotations

import email.utils
import time
from typing import Optional

import openai

TRANSIENT_STATUS = {408, 409, 429, 500, 502, 503, 504}


def root_cause(exc: BaseException) -> BaseException:
    """The openai error under instructor's wrapper, else the deepest cause."""
    seen = set()
    current = exc
    while id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, openai.OpenAIError) and current is not exc:
            return current
        nxt = current.__cause__ or current.__context__
        if nxt is None:
            return current
        current = nxt
    return current


def _api_error(exc: BaseException) -> Optional[openai.OpenAIError]:
    if isinstance(exc, openai.OpenAIError):
        return exc
    cause = root_cause(exc)
    return cause if isinstance(cause, openai.OpenAIError) else None


def is_transient(exc: BaseException) -> bool:
    """Rate limits, server errors, timeouts and dropped connections: worth another try."""
    error = _api_error(exc)
    if isinstance(error, (openai.APITimeoutError, openai.APIConnectionError)):
        return True
    return isinstance(error, openai.APIStatusError) and error.status_code in TRANSIENT_STATUS


def retry_after(exc: BaseException) -> Optional[float]:
    """Seconds the server asked us to wait (Retry-After as seconds or as an HTTP date)."""
    error = _api_error(exc)
    if not isinstance(error, openai.APIStatusError):
        return None
    headers = error.response.headers
    if headers.get("retry-after-ms"):
        try:
            return float(headers["retry-after-ms"]) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    parsed = email.utils.parsedate_to_datetime(value) if value else None
    if parsed is None:
        return None
    return max(0.0, parsed.timestamp() - time.time())


def _cause_text(exc: BaseException) -> str:
    cause: Optional[BaseException] = None
    current: Optional[BaseException] = exc.__cause__ or exc.__context__
    seen: set[int] = set()
    while current is not None and id(current) not in seen:  # chains can loop
        seen.add(id(current))
        cause = current
        current = current.__cause__ or current.__context__
    text = str(cause) if cause is not None else ""
    return text.splitlines()[0] if text else type(cause).__name__ if cause else "connection failed"


def _server_message(error: openai.APIStatusError) -> str:
    body = error.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else inner
        if message:
            return " ".join(str(message).split())[:200]
    return ""


def describe(exc: BaseException, *, endpoint: str, model: str) -> str:
    """One line: what happened, in terms of the endpoint and the model."""
    error = _api_error(exc)
    if isinstance(error, openai.APITimeoutError):
        return f"{endpoint} did not answer in time (request timed out)"
    if isinstance(error, openai.APIConnectionError):
        return f"cannot reach {endpoint}: {_cause_text(error)}"
    if isinstance(error, openai.AuthenticationError) or (
        isinstance(error, openai.APIStatusError) and error.status_code in (401, 403)
    ):
        return f"{endpoint} refused the API key (HTTP {error.status_code}); check OPENAI_API_KEY"
    if isinstance(error, openai.NotFoundError):
        detail = _server_message(error)
        return f"{endpoint} does not know model {model!r} (HTTP 404{': ' + detail if detail else ''})"
    if isinstance(error, openai.APIStatusError):
        detail = _server_message(error)
        kind = "rate limited" if error.status_code == 429 else "server error" if error.status_code >= 500 else "request refused"
        return f"{endpoint} answered HTTP {error.status_code} ({kind}){': ' + detail if detail else ''}"
    if isinstance(error, openai.APIResponseValidationError):
        return f"{endpoint} sent a response that is not a chat completion"
    if error is not None:
        return f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else 'no detail'}"
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}{': ' + text if text else ''}"
