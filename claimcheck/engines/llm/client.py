"""Talking to the endpoint: one :class:`Session` per run checks the endpoint
once, then makes each call with bounded retries and re-asks.

Transport: the openai client is handed a plain ``httpx.AsyncClient`` (openai
3.x speaks ``httpx2`` by default, which vcrpy does not patch), whose
transport enforces two bounds on every request: a deadline for the whole
request besides httpx's idle timeout, and a cap on the answer's bytes.

Two kinds of retry, both bounded:

- HTTP: 429, 5xx, idle timeouts and dropped connections, ``http_retries``
  times with exponential backoff, as long as Retry-After says (tenacity).
  A redirect loop, a deadline, an oversized answer, a deterministic 500 or
  a refused key are not retried; the openai client's own retries are off.
- re-asks: an answer that is refused (not the schema, another tool, an
  invented or mis-paired string) is asked again ``max_reasks`` times with
  the reasons (capped), without resending the refused answer. A
  ``finish_reason=length`` answer is not re-asked: it would run away
  again; what it holds is kept and the paragraph says "raise max_tokens".
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Optional

import httpx
import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException, ResponseParsingError
from instructor.core.hooks import Hooks
from openai.types.chat import ChatCompletion
from pydantic import ValidationError
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential_jitter,
)

from claimcheck.engines.llm import faults, protocol
from claimcheck.engines.llm.config import OPENAI_BASE_URL, LLMSettings
from claimcheck.engines.llm.extraction import (
    LIVE_ATTEMPT,
    MAX_RESPONSE_BYTES,
    Extraction,
    Judgement,
    LiveAttempt,
    error_lines,
    judge,
    reask_message,
)
from claimcheck.engines.llm.grounding import Text
from claimcheck.engines.llm.redaction import Redactor, install
from claimcheck.errors import EndpointError

log = logging.getLogger("claimcheck.engines.llm")

MAX_REDIRECTS = 5
# claimcheck's modes as instructor's (instructor.Mode values)
INSTRUCTOR_MODES = {"tools": instructor.Mode.TOOLS, "json": instructor.Mode.JSON,
                    "json_schema": instructor.Mode.JSON_SCHEMA, "md_json": instructor.Mode.MD_JSON}
# What instructor re-asks: the answer failed the response model (schema or grounding), or held no answer.
REFUSALS = (ValidationError, json.JSONDecodeError, ResponseParsingError)
CHECK_TEXT = "The mayor said the bridge will reopen."


class BoundedTransport(httpx.AsyncBaseTransport):
    """Reads each response whole, within ``deadline`` seconds and ``max_bytes``."""

    def __init__(self, inner: httpx.AsyncBaseTransport, deadline: float, max_bytes: int) -> None:
        self.inner = inner
        self.deadline = deadline
        self.max_bytes = max_bytes

    async def _read(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        chunks: list[bytes] = []
        size = 0
        try:
            async for chunk in response.stream:  # type: ignore[union-attr]
                size += len(chunk)
                if size > self.max_bytes:
                    raise faults.ResponseTooLarge(self.max_bytes)
                chunks.append(chunk)
        finally:
            await response.aclose()
        return httpx.Response(response.status_code, headers=response.headers, content=b"".join(chunks),
                              request=request, extensions=response.extensions)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await asyncio.wait_for(self._read(request), self.deadline)
        except asyncio.TimeoutError:
            raise faults.DeadlineExceeded(self.deadline) from None

    async def aclose(self) -> None:
        await self.inner.aclose()


@dataclass
class CallOutcome:
    """What one call gave: a judgement of the last answer (lenient when it was
    not accepted), tokens, and notes that apply to every paragraph of it."""

    judgement: Judgement
    accepted: bool
    attempts: int
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    notes: list[str] = field(default_factory=list)
    answer: Any = None  # the decoded, redacted answer the judgement was made on


class Session:
    """One run's connection to the endpoint. Use as ``async with``."""

    def __init__(self, settings: LLMSettings, sleep: Callable[[float], Awaitable[None]]) -> None:
        self.settings = settings
        self.sleep = sleep
        self.requests = 0
        self.served_model: Optional[str] = None
        secret = settings.api_key.get_secret_value() if settings.api_key else None
        self.redactor = Redactor(secret)
        install(self.redactor)
        in_flight = settings.calls_in_flight
        transport = BoundedTransport(
            httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=in_flight + 2,
                                                         max_keepalive_connections=in_flight)),
            settings.request_deadline, MAX_RESPONSE_BYTES,
        )
        self.http = httpx.AsyncClient(
            transport=transport,
            timeout=httpx.Timeout(settings.idle_timeout, connect=min(settings.idle_timeout, 10.0)),
            event_hooks={"request": [self._count_request]},
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
        )
        self.openai = openai.AsyncOpenAI(
            api_key=secret or "missing",
            base_url=settings.base_url or OPENAI_BASE_URL,
            max_retries=0,
            timeout=httpx.Timeout(settings.idle_timeout, connect=min(settings.idle_timeout, 10.0)),
            http_client=self.http,
        )

    async def __aenter__(self) -> "Session":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.http.aclose()

    async def _count_request(self, request: httpx.Request) -> None:
        self.requests += 1

    def describe(self, exc: BaseException) -> str:
        return self.redactor.text(faults.describe(exc, endpoint=self.settings.endpoint, model=self.settings.model))

    def _retrying(self, label: str, *, retry_connection: bool = True) -> AsyncRetrying:
        exponential = wait_exponential_jitter(initial=1, max=self.settings.max_backoff)

        def wait(state: RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome else None
            asked = faults.retry_after(exc) if exc else None
            chosen = asked if asked is not None else exponential(state)
            return min(chosen, self.settings.max_backoff)

        def worth_it(exc: BaseException) -> bool:
            if not retry_connection and faults.connection_failed(exc):
                return False
            return faults.is_transient(exc, retry_timeouts=self.settings.is_openai)

        def before_sleep(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            delay = state.next_action.sleep if state.next_action else 0
            log.info("%s: %s; retry %d of %d in %.1f s", label, self.describe(exc) if exc else "failed",
                     state.attempt_number, self.settings.http_retries, delay)

        return AsyncRetrying(
            stop=stop_after_attempt(self.settings.http_retries + 1),
            wait=wait,
            retry=retry_if_exception(worth_it),
            before_sleep=before_sleep,
            sleep=self.sleep,
            reraise=True,
        )

    async def _post(self, body: dict[str, Any], label: str, *, retry_connection: bool = True) -> Any:
        """One chat completion, retried as the policy says; the decoded JSON body."""
        async for attempt in self._retrying(label, retry_connection=retry_connection):
            with attempt:
                raw = await self.openai.chat.completions.with_raw_response.create(**body)
                return _decode_completion(raw.http_response)
        raise AssertionError("unreachable: tenacity reraises")  # pragma: no cover

    # ------------------------------------------------------------ the endpoint check

    async def check(self) -> None:
        """Proves the endpoint answers a chat completion with ``choices`` in the
        configured mode, takes the key and knows the model, before any
        paragraph is sent; on other servers than OpenAI also reads the model
        id they serve. Raises EndpointError with a one-line reason."""
        settings = self.settings
        if settings.base_url is None and settings.api_key is None:
            raise EndpointError(
                "no API key for OpenAI: set OPENAI_API_KEY, or point --base-url at a local OpenAI-compatible server"
            )
        if not settings.is_openai:
            await self._read_served_model()
        messages = [{"role": "system", "content": "Record the sourcing."},
                    {"role": "user", "content": f'<paragraph id="p1">\n{CHECK_TEXT}\n</paragraph>'}]
        body = protocol.body(settings.mode, settings.model, messages, temperature=0, max_tokens=1)
        try:
            completion = await self._post(body, "endpoint check", retry_connection=False)
        except openai.OpenAIError as exc:
            reason = self.describe(exc)
            if faults.is_deterministic_500(faults._api_error(exc) or exc) or (
                    isinstance(faults._api_error(exc), openai.BadRequestError)):
                reason += f" (the server may not support --mode {settings.mode}; try --mode tools or json)"
            raise EndpointError(reason) from None
        except NotACompletion as exc:
            raise EndpointError(f"{settings.endpoint} {exc}") from None
        if not (isinstance(completion, dict) and isinstance(completion.get("choices"), list) and completion["choices"]):
            raise EndpointError(f"{settings.endpoint} answered the check without choices: not a chat completion"
                                f"{faults.v1_hint(settings.endpoint)}")

    async def _read_served_model(self) -> None:
        try:
            async for attempt in self._retrying("model list", retry_connection=False):
                with attempt:
                    page = await self.openai.models.list()
                    ids = [m.id for m in page.data if isinstance(getattr(m, "id", None), str)]
        except openai.NotFoundError:
            return  # some servers have no model list; the chat check decides
        except (openai.APIConnectionError, openai.AuthenticationError, openai.PermissionDeniedError) as exc:
            raise EndpointError(self.describe(exc)) from None
        except (openai.OpenAIError, ValueError, TypeError, AttributeError):
            return
        if not ids:
            return
        if self.settings.model in ids:
            self.served_model = self.settings.model
            return
        self.served_model = ids[0] if len(ids) == 1 else None
        served = f"; the report names {ids[0]!r}" if self.served_model else ""
        log.warning("%s does not list model %r (it serves %s)%s", self.settings.endpoint, self.settings.model,
                    ", ".join(map(repr, ids[:5])), served)

    # ------------------------------------------------------------ one call

    async def call(self, messages: list[dict[str, str]], texts: dict[str, Text], label: str) -> CallOutcome:
        """The structured call for a group of paragraphs, through instructor:
        ``Extraction`` is the response model (the schema, then grounding, as
        validation), and instructor re-asks a refused answer ``max_reasks``
        times. Raises the final transport error when the endpoint never
        answered.

        The wrapper around instructor (``complete``) is what instructor cannot
        be told to do: send the body :mod:`protocol` builds (compact schema,
        ``strict`` json_schema, the same bytes as a Batch API line), re-ask
        with the capped reasons instead of resending the refused answer, and
        redact the completion before instructor validates or logs it. A
        ``finish_reason=length`` answer (instructor's
        ``IncompleteOutputException``) is not re-asked: it would run away
        again; what it holds is kept and the paragraph says "raise max_tokens".
        """
        settings = self.settings
        outcome = CallOutcome(Judgement(structural="no answer"), accepted=False, attempts=0)
        attempt = LiveAttempt(texts)
        state: dict[str, Any] = {"reask": None, "last": None}

        async def complete(**_prepared: Any) -> Any:
            # instructor's own request (its schema text, its re-ask with the refused answer) is not sent
            asked = messages if state["reask"] is None else [*messages, {"role": "user", "content": state["reask"]}]
            body = protocol.body(settings.mode, settings.model, asked, temperature=settings.temperature,
                                 max_tokens=settings.max_tokens)
            completion = await self._post(body, label)
            outcome.attempts += 1
            prompt, completed, cached = protocol.usage_of(completion)
            outcome.prompt_tokens += prompt
            outcome.completion_tokens += completed
            outcome.cached_tokens += cached
            state["last"] = completion
            attempt.judgement = None
            handed, attempt.not_an_answer = protocol.for_instructor(completion, settings.mode, settings.model,
                                                                     self.redactor, settings.max_tokens)
            return ChatCompletion.model_validate(handed)

        def refused(error: Exception, **_: Any) -> None:
            judgement = attempt.judgement if attempt.judgement is not None else _structural(error, attempt)
            state["reask"] = self.redactor.text(reask_message(judgement))
            if outcome.attempts <= settings.max_reasks:
                log.info("%s: answer refused (attempt %d of %d): %s", label, outcome.attempts,
                         settings.max_reasks + 1, state["reask"][:300])

        hooks = Hooks()
        hooks.on("parse:error", refused)
        structured = instructor.patch(create=complete, mode=INSTRUCTOR_MODES[settings.mode])
        reasks = AsyncRetrying(stop=stop_after_attempt(settings.max_reasks + 1),
                               retry=retry_if_exception_type(REFUSALS), reraise=True)
        token = LIVE_ATTEMPT.set(attempt)
        cut_off = False
        try:
            await structured(response_model=Extraction, messages=messages, model=settings.model,
                             max_retries=reasks, hooks=hooks, strict=False)
            outcome.accepted = attempt.judgement is not None
        except IncompleteOutputException:
            cut_off = True
        except InstructorRetryException as exc:
            if not isinstance(exc.__cause__, REFUSALS):
                raise exc.__cause__ or exc  # the endpoint failed: the transport's error, with its own causes
        finally:
            LIVE_ATTEMPT.reset(token)
        if outcome.accepted:
            assert attempt.judgement is not None
            outcome.judgement = attempt.judgement
            outcome.answer, _ = protocol.read_answer(state["last"], settings.mode, self.redactor)
            return outcome
        # refused to the end, or cut off: keep what is usable, naming each drop
        data, reason = protocol.read_answer(state["last"], settings.mode, self.redactor, settings.max_tokens)
        outcome.answer = data
        outcome.judgement = Judgement(structural=reason) if data is None else judge(data, texts, lenient=True)
        if cut_off:
            outcome.notes.append(f"the answer was cut off at max_tokens={settings.max_tokens}; kept what was "
                                 "complete; raise max_tokens (--max-tokens) for the rest")
            log.warning("%s: %s", label, outcome.notes[-1])
        return outcome


def _structural(error: Exception, attempt: LiveAttempt) -> Judgement:
    """Why an answer failed before grounding, as the model is told it."""
    if attempt.not_an_answer:
        return Judgement(structural=attempt.not_an_answer)
    if isinstance(error, ValidationError):
        errors = error.errors()
        if errors and errors[0]["type"] == "json_invalid":
            return Judgement(structural=f"the answer is not valid JSON ({str(errors[0]['msg']).splitlines()[0][:80]})")
        lines = error_lines(error)
        return Judgement(structural=lines[0] if lines else "not the expected JSON", problems=lines)
    return Judgement(structural=str(error).splitlines()[0][:200] if str(error) else "not the expected JSON")


class NotACompletion(ValueError):
    pass


def _decode_completion(response: httpx.Response) -> Any:
    """The JSON of a 200 answer; NotACompletion for HTML, null or any non-JSON."""
    try:
        data = json.loads(response.content)
    except ValueError:
        kind = response.headers.get("content-type", "no content type").split(";")[0]
        raise NotACompletion(f"answered HTTP {response.status_code} with {kind}, not JSON") from None
    if not isinstance(data, dict):
        raise NotACompletion(f"answered HTTP {response.status_code} with JSON {type(data).__name__}, not a completion")
    return data
