"""Talking to the endpoint: one :class:`Session` per run wraps an
``AsyncOpenAI`` client in instructor, checks the endpoint before any work,
and makes the structured call for one paragraph with bounded retries.

Transport: the openai client is handed a plain ``httpx.AsyncClient``.
openai 2.x uses httpx natively; openai 3.x speaks ``httpx2`` but still
accepts an httpx client. Either way the requests go through httpx, which
vcrpy can record and replay (it does not patch httpx2).

Retries, two kinds, both bounded:
- re-asks: an answer that fails validation (invented spans, broken JSON)
  goes back to the model with the error, ``max_reasks`` times (instructor);
- HTTP: 429, 5xx, timeouts and dropped connections are retried
  ``http_retries`` times with exponential backoff, waiting as long as
  Retry-After says when the server sends it (tenacity). The openai client's
  own retries are off (``max_retries=0``) so there is one policy, logged
  at ``-v``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Optional

import httpx
import instructor
import openai
from instructor.core.exceptions import InstructorRetryException
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt, wait_exponential_jitter

from claimcheck.engines.llm import faults
from claimcheck.engines.llm.config import LLMSettings, OPENAI_BASE_URL
from claimcheck.engines.llm.extraction import ParagraphExtraction
from claimcheck.engines.llm.grounding import current_paragraph, paragraph_context
from claimcheck.errors import EndpointError

log = logging.getLogger("claimcheck.engines.llm")

MODES = {
    "tools": instructor.Mode.TOOLS,
    "json": instructor.Mode.JSON,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "md_json": instructor.Mode.MD_JSON,
}


@dataclass
class CallResult:
    extraction: ParagraphExtraction
    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = 1


class ReasksExhausted(Exception):
    """The model kept failing validation; ``last_completion`` is its last answer."""

    def __init__(self, message: str, last_completion: Any, prompt_tokens: int, completion_tokens: int) -> None:
        super().__init__(message)
        self.last_completion = last_completion
        self.prompt_tokens = prompt_tokens
        self.completion_tokens = completion_tokens


def _tokens(usage: Any) -> tuple[int, int]:
    if usage is None:
        return 0, 0
    return int(getattr(usage, "prompt_tokens", 0) or 0), int(getattr(usage, "completion_tokens", 0) or 0)


def one_line(problem: BaseException) -> str:
    """A validation or parse failure on one line: the first error and how many more."""
    from pydantic import ValidationError

    if isinstance(problem, ValidationError) and problem.errors():
        first = problem.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "answer"
        more = f" (and {problem.error_count() - 1} more)" if problem.error_count() > 1 else ""
        return f"{where}: {first['msg']}{more}"[:300]
    lines = str(problem).strip().splitlines()
    return lines[0][:300] if lines else type(problem).__name__


def _last_problem(exc: InstructorRetryException) -> str:
    """What was wrong with the model's last answer."""
    attempts = getattr(exc, "failed_attempts", None) or []
    return one_line(attempts[-1].exception if attempts else (exc.__cause__ or exc))


def redact(text: str, secret: Optional[str]) -> str:
    return text.replace(secret, "[redacted]") if secret and len(secret) >= 4 else text


class RedactSecret(logging.Filter):
    """Blanks the API key out of log records, exception text included: a
    server may echo the key in an error body that a library then logs."""

    def __init__(self, secret: str) -> None:
        super().__init__("")
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.secret in message:
            record.msg, record.args = redact(message, self.secret), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.secret)
        return True


_LOGGED_LIBRARIES = ("claimcheck", "instructor", "openai", "httpx", "httpcore")


def install_redaction(secret: Optional[str]) -> None:
    """Logger filters do not apply to records from child loggers, so the
    filter goes on every logger of the libraries that handle the key."""
    names = [n for n in list(logging.root.manager.loggerDict) if n.split(".")[0] in _LOGGED_LIBRARIES]
    for name in {*names, *_LOGGED_LIBRARIES}:
        logger = logging.getLogger(name)
        for old in [f for f in logger.filters if isinstance(f, RedactSecret)]:
            logger.removeFilter(old)
        if secret and len(secret) >= 4:
            logger.addFilter(RedactSecret(secret))


class Session:
    """One run's connection to the endpoint. Use as ``async with``."""

    def __init__(self, settings: LLMSettings, sleep: Callable[[float], Awaitable[None]]) -> None:
        self.settings = settings
        self.sleep = sleep
        self.requests = 0
        self._secret = settings.api_key.get_secret_value() if settings.api_key else None
        self.http = httpx.AsyncClient(
            timeout=httpx.Timeout(settings.timeout, connect=min(settings.timeout, 15.0)),
            limits=httpx.Limits(max_connections=settings.concurrency + 2, max_keepalive_connections=settings.concurrency),
            event_hooks={"request": [self._count_request]},
            follow_redirects=True,
        )
        self.openai = openai.AsyncOpenAI(
            api_key=self._secret or "missing",
            base_url=settings.base_url or OPENAI_BASE_URL,
            max_retries=0,
            timeout=settings.timeout,
            http_client=self.http,
        )
        self.client = instructor.from_openai(self.openai, mode=MODES[settings.mode])
        self.client.on("parse:error", self._log_reask)
        install_redaction(self._secret)

    async def __aenter__(self) -> "Session":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.http.aclose()

    async def _count_request(self, request: httpx.Request) -> None:
        self.requests += 1

    def _log_reask(self, error: Exception, **meta: Any) -> None:
        paragraph = current_paragraph.get() or ""
        first_line = self.redact(one_line(error))
        log.info(
            "answer rejected (attempt %s of %s) for paragraph starting %r: %s",
            meta.get("attempt_number", "?"), (self.settings.max_reasks + 1), paragraph[:40], first_line,
        )

    def redact(self, text: str) -> str:
        return redact(text, self._secret)

    def describe(self, exc: BaseException) -> str:
        return self.redact(faults.describe(exc, endpoint=self.settings.endpoint, model=self.settings.model))

    def _retrying(self, label: str) -> AsyncRetrying:
        exponential = wait_exponential_jitter(initial=1, max=self.settings.max_backoff)

        def wait(state: RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome else None
            asked = faults.retry_after(exc) if exc else None
            chosen = asked if asked is not None else exponential(state)
            return min(chosen, self.settings.max_backoff)

        def before_sleep(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            delay = state.next_action.sleep if state.next_action else 0
            log.info(
                "%s: %s; retry %d of %d in %.1f s",
                label, self.describe(exc) if exc else "failed", state.attempt_number, self.settings.http_retries, delay,
            )

        return AsyncRetrying(
            stop=stop_after_attempt(self.settings.http_retries + 1),
            wait=wait,
            retry=retry_if_exception(faults.is_transient),
            before_sleep=before_sleep,
            sleep=self.sleep,
            reraise=True,
        )

    async def preflight(self) -> None:
        """A one-token completion: proves the endpoint answers, takes the key and
        knows the model, before any paragraph is sent. Raises EndpointError."""
        if self.settings.base_url is None and self.settings.api_key is None:
            raise EndpointError(
                "no API key for OpenAI: set OPENAI_API_KEY, or point --base-url at a local OpenAI-compatible server"
            )
        try:
            async for attempt in self._retrying("endpoint check"):
                with attempt:
                    await self.openai.chat.completions.create(
                        model=self.settings.model,
                        messages=[{"role": "user", "content": "Reply with OK."}],
                        max_tokens=1,
                        temperature=0,
                    )
        except openai.OpenAIError as exc:
            raise EndpointError(self.describe(exc)) from None

    async def extract(self, messages: list[dict[str, str]], paragraph: str, label: str) -> CallResult:
        """The structured call for one paragraph. Raises ReasksExhausted when
        the model never produced a valid answer, or the final transport error."""
        attempts = 0
        async for attempt in self._retrying(label):
            with attempt:
                attempts += 1
                with paragraph_context(paragraph):
                    try:
                        extraction, completion = await self.client.chat.completions.create_with_completion(
                            response_model=ParagraphExtraction,
                            messages=messages,
                            model=self.settings.model,
                            temperature=self.settings.temperature,
                            max_tokens=self.settings.max_tokens,
                            max_retries=self.settings.max_reasks,
                        )
                    except InstructorRetryException as exc:
                        if isinstance(faults.root_cause(exc), openai.OpenAIError):
                            raise  # a transport or HTTP error, not a bad answer; faults reads it through the wrapper
                        prompt_tokens, completion_tokens = _tokens(exc.total_usage)
                        raise ReasksExhausted(
                            self.redact(_last_problem(exc)),
                            exc.last_completion, prompt_tokens, completion_tokens,
                        ) from None
                usage = getattr(extraction, "_total_usage", None) or getattr(completion, "usage", None)
                prompt_tokens, completion_tokens = _tokens(usage)
                return CallResult(extraction, prompt_tokens, completion_tokens, attempts)
        raise AssertionError("unreachable: tenacity reraises")  # pragma: no cover
