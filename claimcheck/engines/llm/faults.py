"""What went wrong with a request, said in one line a user can act on, and
whether waiting and trying again could help.

Imported only by the engine at run time: it needs openai.
"""

from __future__ import annotations

import email.utils
import time
from typing import Optional

import httpx
import openai

TRANSIENT_STATUS = {408, 409, 429, 500, 502, 503, 504}
# A 500 whose message says the request itself is wrong (llama-cpp-python refusing a response_format, a
# server-side validation error) fails the same way every time: retrying it only costs time.
_DETERMINISTIC_500 = ("validation", "invalid", "not supported", "unsupported", "input should be", "must be")
RECORD_COMMAND = "scripts/record-cassettes"


class ResponseTooLarge(Exception):
    """The endpoint sent more bytes than any real answer needs."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the answer exceeded {limit // 1_000_000} MB")
        self.limit = limit


class DeadlineExceeded(Exception):
    """A request ran past its deadline (bytes may have kept dripping in)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no complete answer within the {seconds:g} s deadline")
        self.seconds = seconds


def _cassette_miss(exc: BaseException) -> bool:
    """vcrpy refusing a request its cassette does not hold (named, not imported: vcrpy is a test dependency)."""
    return type(exc).__name__ == "CannotOverwriteExistingCassetteException"


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: Optional[BaseException] = exc
    while current is not None and all(current is not s for s in seen):
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def final_cause(exc: BaseException, kind: type | tuple[type, ...]) -> Optional[BaseException]:
    return next((e for e in _chain(exc) if isinstance(e, kind)), None)


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


def is_deterministic_500(error: BaseException) -> bool:
    if not (isinstance(error, openai.APIStatusError) and error.status_code == 500):
        return False
    message = _server_message(error).lower()
    return any(word in message for word in _DETERMINISTIC_500)


def is_transient(exc: BaseException, *, retry_timeouts: bool = True) -> bool:
    """Rate limits, server errors, idle timeouts and dropped connections: worth
    another try. Not: a redirect loop, an oversized answer, a deadline (a slow
    generation is as slow again), a cassette miss, a deterministic 500."""
    chain = _chain(exc)
    if any(isinstance(e, (httpx.TooManyRedirects, ResponseTooLarge, DeadlineExceeded)) or _cassette_miss(e)
           for e in chain):
        return False
    error = _api_error(exc)
    if isinstance(error, openai.APITimeoutError):
        # Waiting for a whole answer that did not come: on OpenAI a hiccup worth another try; on a local server
        # a generation as slow the second time (see ``retry_timeouts``).
        return retry_timeouts
    if isinstance(error, openai.APIConnectionError):
        return True
    if is_deterministic_500(error):  # type: ignore[arg-type]
        return False
    return isinstance(error, openai.APIStatusError) and error.status_code in TRANSIENT_STATUS


def refuses_key(exc: BaseException) -> bool:
    error = _api_error(exc)
    return isinstance(error, openai.APIStatusError) and error.status_code in (401, 403)


def connection_failed(exc: BaseException) -> bool:
    """Nothing is listening, or the name does not resolve: no point retrying the endpoint check."""
    error = _api_error(exc)
    return isinstance(error, openai.APIConnectionError) and not isinstance(error, openai.APITimeoutError) and \
        not any(isinstance(e, (ResponseTooLarge, DeadlineExceeded)) or _cassette_miss(e) for e in _chain(exc))


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


def v1_hint(endpoint: str) -> str:
    path = httpx.URL(endpoint).path.rstrip("/")
    if path.endswith("/v1"):
        return ""
    return f"; OpenAI-compatible servers answer under /v1: try --base-url {endpoint.rstrip('/')}/v1"


def describe(exc: BaseException, *, endpoint: str, model: str) -> str:
    """One line: what happened, in terms of the endpoint and the model."""
    chain = _chain(exc)
    miss = next((e for e in chain if _cassette_miss(e)), None)
    if miss is not None:
        return f"a request is not in the cassette (the prompts, schema or settings changed); re-record with {RECORD_COMMAND}"
    too_large = final_cause(exc, ResponseTooLarge)
    if too_large is not None:
        return f"{endpoint} sent an answer larger than {too_large.limit // 1_000_000} MB; it was cut off and not used"  # type: ignore[attr-defined]
    late = final_cause(exc, DeadlineExceeded)
    if late is not None:
        return f"{endpoint} {late}; raise --deadline, or lower --max-tokens or --paragraphs-per-call"
    if final_cause(exc, httpx.TooManyRedirects) is not None:
        return f"{endpoint} redirects in a loop; check --base-url"
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
        hint = v1_hint(endpoint)
        if hint:
            return f"{endpoint} answered HTTP 404 (not found){hint}"
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
