"""The llm engine's work as an offline batch: the OpenAI Batch API (and
vLLM's ``run_batch``, which reads the same JSONL) instead of live calls.

Out: one request line per call, ``{"custom_id", "method", "url", "body"}``,
whose body is exactly what the live engine sends for that call's first
attempt: the same grouping of paragraphs, messages and schema
(:mod:`claimcheck.engines.llm.protocol`). The custom id is a hash of the
call's cache key, so identical calls across an archive (boilerplate, wire
copy) are asked once.

Back: a finished batch's output lines are read and judged exactly as in the
live path. A batch cannot re-ask, so an answer that is refused is handled
as the live path handles one whose re-asks ran out: what the paragraph
contains is kept, each drop is named in its warnings, and a paragraph the
answer holds nothing usable for gets an error. Good answers go into the
response cache, so a later live run of the same articles costs nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from claimcheck.engines.llm import protocol
from claimcheck.engines.llm.cache import Endpoint, ResponseCache, cache_key
from claimcheck.engines.llm.config import LLMSettings
from claimcheck.engines.llm.context import Call, plan_calls
from claimcheck.engines.llm.prompts import Prompts, prompt_version
from claimcheck.errors import InputError
from claimcheck.schema import EngineInfo, Paragraph, Span, Usage

CHAT_COMPLETIONS_URL = "/v1/chat/completions"
CUSTOM_ID_PREFIX = "cc-"
BATCH_DISCOUNT = 0.5  # the Batch API bills half the live price
NOT_IN_BATCH = "no answer for this paragraph in the batch results (was it submitted, and has the batch finished?)"
CANNOT_REASK = "the model's answer was refused and a batch cannot re-ask; kept what the paragraph contains"


def custom_id(key: str) -> str:
    return CUSTOM_ID_PREFIX + key[:40]


@dataclass(frozen=True)
class CallRequest:
    """One call of one article: its paragraphs, the cache key of each, and the body sent."""

    call: Call
    keys: tuple[str, ...]
    custom_id: str
    texts: tuple[str, ...]
    sentences: tuple[list[Span], ...]
    body: Optional[dict[str, Any]] = None

    def line(self) -> str:
        record = {"custom_id": self.custom_id, "method": "POST", "url": CHAT_COMPLETIONS_URL, "body": self.body}
        return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


class BatchRequests:
    """Builds the requests the live engine would send, call by call."""

    def __init__(self, settings: LLMSettings, prompts: Optional[Prompts] = None) -> None:
        self.settings = settings
        self.prompts = prompts or Prompts.load()
        self.prompt_version = prompt_version(self.prompts, settings)
        from claimcheck.engines import engine_entry

        self.info = EngineInfo(name="llm", model=settings.model, prompt_version=self.prompt_version,
                               version=engine_entry("llm").version())
        self.endpoint = Endpoint(settings.endpoint, settings.model, settings.model if settings.is_openai else None)

    def calls(self, document: Any, *, with_bodies: bool = True) -> list[CallRequest]:
        texts = document.paragraphs
        requests = []
        for call in plan_calls(document.meta.title, texts, per_call=self.settings.paragraphs_per_call,
                               budget_tokens=self.settings.call_budget_tokens):
            messages = self.prompts.messages(call, texts)
            keys = tuple(cache_key(self.endpoint, self.prompt_version, messages, pid) for pid in call.ids())
            body = self.body(messages) if with_bodies else None
            sentences = tuple(document.sentences[i] if i < len(document.sentences) else [] for i in call.indexes)
            requests.append(CallRequest(call, keys, custom_id(keys[0]), tuple(texts[i] for i in call.indexes),
                                        sentences, body))
        return requests

    def body(self, messages: list[dict[str, str]]) -> dict[str, Any]:
        return protocol.body(self.settings.mode, self.settings.model, messages,
                             temperature=self.settings.temperature, max_tokens=self.settings.max_tokens)


# ---------------------------------------------------------------- reading results


class ResultsIndex:
    """Where each custom id's line is in the results files; lines are read
    when needed, so a batch of any size costs a small index in memory."""

    def __init__(self, paths: Iterable[Path]) -> None:
        self.paths = [Path(p) for p in paths]
        self.where: dict[str, tuple[int, int]] = {}
        self.unreadable = 0
        for number, path in enumerate(self.paths):
            try:
                handle = open(path, "rb")
            except OSError as exc:
                raise InputError(f"{path}: cannot read the batch results ({exc.strerror or exc})") from None
            with handle:
                offset = 0
                for raw in handle:
                    start, offset = offset, offset + len(raw)
                    if not raw.strip():
                        continue
                    try:
                        identifier = json.loads(raw).get("custom_id")
                    except (ValueError, AttributeError):
                        self.unreadable += 1
                        continue
                    if isinstance(identifier, str):
                        # A later file wins: an error file first, then a rerun's output.
                        self.where[identifier] = (number, start)

    def __len__(self) -> int:
        return len(self.where)

    def get(self, identifier: str) -> Optional[dict[str, Any]]:
        place = self.where.get(identifier)
        if place is None:
            return None
        number, offset = place
        with open(self.paths[number], "rb") as handle:
            handle.seek(offset)
            return json.loads(handle.readline())


def _body(line: dict[str, Any]) -> dict[str, Any]:
    """The chat completion of a result line: ``response.body`` as OpenAI and
    current vLLM write it, or ``response`` itself as some older runners do."""
    response = line.get("response") or {}
    if "body" in response:
        return response.get("body") or {}
    return response if "choices" in response else {}


def _failure(line: dict[str, Any]) -> Optional[str]:
    """Why a result line holds no answer, or None when it holds one."""
    error = line.get("error")
    response = line.get("response") or {}
    status = response.get("status_code")
    body = _body(line)
    if error:
        return f"the batch reported an error: {error.get('message') or error}" if isinstance(error, dict) else str(error)
    if status is not None and status != 200:
        detail = body.get("error", {}).get("message") if isinstance(body.get("error"), dict) else body.get("error")
        return f"the batch request failed with HTTP {status}" + (f": {detail}" if detail else "")
    if not body.get("choices"):
        return "the batch result holds no answer"
    return None


@dataclass
class GroundedCall:
    paragraphs: list[Paragraph]
    stored: list[tuple[str, dict]]  # cache key, value
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0


def ground_response(request: CallRequest, line: Optional[dict[str, Any]], settings: LLMSettings) -> GroundedCall:
    """One result line into the call's paragraphs, judged and grounded as the live path does."""
    from claimcheck.engines.llm.engine import answered_paragraphs
    from claimcheck.engines.llm.extraction import Judgement, judge
    from claimcheck.engines.llm.grounding import Text
    from claimcheck.engines.llm.redaction import Redactor

    redactor = Redactor(settings.api_key.get_secret_value() if settings.api_key else None)
    ids = request.call.ids()

    def failed(reason: str) -> GroundedCall:
        return GroundedCall([Paragraph(index=i + 1, text=text, sentences=sentences, error=redactor.text(reason))
                             for i, text, sentences in zip(request.call.indexes, request.texts, request.sentences)], [])

    if line is None:
        return failed(NOT_IN_BATCH)
    reason = _failure(line)
    if reason is not None:
        return failed(reason)
    completion = _body(line)
    prompt, completed, cached = protocol.usage_of(completion)
    data, why = protocol.read_answer(completion, settings.mode, redactor, settings.max_tokens)
    prepared = {pid: Text(text, sentences) for pid, text, sentences in zip(ids, request.texts, request.sentences)}
    judgement = Judgement(structural=why) if data is None else judge(data, prepared, lenient=True)
    accepted = data is not None and judge(data, prepared).ok
    notes = []
    if protocol.cut_off(completion, settings.max_tokens):
        notes.append(f"the answer was cut off at max_tokens={settings.max_tokens}; kept what was complete; raise "
                     "max_tokens (--max-tokens) for the rest")
    sentences = dict(zip(request.call.indexes, request.sentences))  # read by paragraph index, as the engine's list
    paragraphs, stored = [], []
    for i, paragraph, value in answered_paragraphs(request.call, prepared, sentences, judgement, data,
                                                   attempts=1, accepted=accepted, notes=notes, redactor=redactor,
                                                   refused_note=CANNOT_REASK):
        paragraphs.append(paragraph)
        if value is not None:
            stored.append((request.keys[request.call.indexes.index(i)], value))
    return GroundedCall(paragraphs, stored, prompt, completed, cached)


class BatchResultsEngine:
    """An engine whose answers come from finished batch results instead of
    live calls: the batch command runs it through the usual pipeline, so
    collected reports are made exactly like live ones."""

    def __init__(self, settings: LLMSettings, results: ResultsIndex, *, cache: bool = True) -> None:
        self.settings = settings
        self.requests = BatchRequests(settings)
        self.info = self.requests.info
        self.results = results
        self._cache = ResponseCache(settings.cache_path) if cache and settings.cache else None
        self._usage = Usage()

    def usage(self) -> Usage:
        return self._usage.model_copy()

    def analyse(self, document: Any) -> list[Paragraph]:
        self._usage = Usage()
        paragraphs: list[Paragraph] = []
        for request in self.requests.calls(document, with_bodies=False):
            answer = ground_response(request, self.results.get(request.custom_id), self.settings)
            self._usage.prompt_tokens += answer.prompt_tokens
            self._usage.completion_tokens += answer.completion_tokens
            self._usage.cached_tokens += answer.cached_tokens
            self._usage.requests += int(answer.prompt_tokens > 0)
            if self._cache is not None:
                for key, value in answer.stored:
                    self._cache.put(key, value)
            paragraphs += answer.paragraphs
        price = self.settings.price()
        if price is not None:
            cost = price.cost(self._usage.prompt_tokens, self._usage.cached_tokens, self._usage.completion_tokens)
            self._usage.estimated_cost_usd = round(cost * BATCH_DISCOUNT, 6)
        return paragraphs


def results_engine(*, results: list[str], cache: bool = True, **settings: Any) -> BatchResultsEngine:
    """Factory for the batch command's worker processes (picklable by name)."""
    return BatchResultsEngine(LLMSettings.resolve(**settings), ResultsIndex(Path(p) for p in results), cache=cache)


def iter_request_lines(requests: Iterable[CallRequest], seen: set[str]) -> Iterator[str]:
    """Request lines, each custom id once."""
    for request in requests:
        if request.custom_id not in seen:
            seen.add(request.custom_id)
            yield request.line()


# ---------------------------------------------------------------- submitting


@dataclass(frozen=True)
class SubmittedBatch:
    requests_file: str
    input_file_id: str
    batch_id: str
    status: str


def send(settings: LLMSettings, request_files: list[Path], *, client: Any = None,
         metadata: Optional[dict[str, str]] = None) -> list[SubmittedBatch]:
    """Uploads each requests file and starts a Batch API job on it (24 h window)."""
    import openai

    from claimcheck.engines.llm import faults
    from claimcheck.engines.llm.config import OPENAI_BASE_URL
    from claimcheck.errors import EndpointError

    if client is None:
        if settings.api_key is None:
            raise EndpointError("no API key for the Batch API: set OPENAI_API_KEY")
        client = openai.OpenAI(api_key=settings.api_key.get_secret_value(), base_url=settings.base_url or OPENAI_BASE_URL,
                               timeout=settings.idle_timeout, max_retries=settings.http_retries)
    submitted = []
    for path in request_files:
        try:
            with open(path, "rb") as handle:
                uploaded = client.files.create(file=handle, purpose="batch")
            batch = client.batches.create(input_file_id=uploaded.id, endpoint=CHAT_COMPLETIONS_URL,
                                          completion_window="24h", metadata=metadata or None)
        except openai.OpenAIError as exc:
            from claimcheck.engines.llm.redaction import Redactor

            secret = settings.api_key.get_secret_value() if settings.api_key else None
            raise EndpointError(Redactor(secret).text(
                faults.describe(exc, endpoint=settings.endpoint, model=settings.model))) from None
        submitted.append(SubmittedBatch(str(path), uploaded.id, batch.id, str(batch.status)))
    return submitted
