"""The llm engine's work as an offline batch: the OpenAI Batch API (and
vLLM's ``run_batch``, which reads the same JSONL) instead of live calls.

Out: one request line per paragraph, ``{"custom_id", "method", "url",
"body"}``, whose body is exactly what the live engine sends for that
paragraph's first attempt: the same messages (title, previous paragraph,
names so far), and the same tools / response format, built by instructor's
own request handler for the configured mode. The custom id is the
paragraph's response-cache key, so identical paragraphs across an archive
(boilerplate, wire copy) are asked once.

Back: a finished batch's output lines are parsed by instructor in that
mode and validated against the paragraph (every string must occur in it)
exactly as in the live path. A batch cannot re-ask, so an answer that
fails validation is handled as the live path handles one whose re-asks ran
out: invented items are dropped and listed in the paragraph's warnings,
and an answer that is not the expected JSON at all leaves the paragraph
with an error. Good answers go into the response cache, so a later live
run of the same articles costs nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from claimcheck.engines.llm.cache import ResponseCache, cache_key
from claimcheck.engines.llm.config import LLMSettings
from claimcheck.engines.llm.context import contexts_for
from claimcheck.engines.llm.prompts import Prompts, prompt_version
from claimcheck.errors import InputError
from claimcheck.schema import EngineInfo, Paragraph, Span, Usage

CHAT_COMPLETIONS_URL = "/v1/chat/completions"
CUSTOM_ID_PREFIX = "cc-"
BATCH_DISCOUNT = 0.5  # the Batch API bills half the live price
NOT_IN_BATCH = "no answer for this paragraph in the batch results (was it submitted, and has the batch finished?)"


def custom_id(key: str) -> str:
    return CUSTOM_ID_PREFIX + key[:40]


def _mode(settings: LLMSettings):  # type: ignore[no-untyped-def]
    from claimcheck.engines.llm.client import MODES

    return MODES[settings.mode]


@dataclass(frozen=True)
class ParagraphRequest:
    key: str
    custom_id: str
    index: int
    text: str
    sentences: list[Span]
    body: Optional[dict[str, Any]] = None

    def line(self) -> str:
        record = {"custom_id": self.custom_id, "method": "POST", "url": CHAT_COMPLETIONS_URL, "body": self.body}
        return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


class BatchRequests:
    """Builds the requests the live engine would send, paragraph by paragraph."""

    def __init__(self, settings: LLMSettings, prompts: Optional[Prompts] = None) -> None:
        self.settings = settings
        self.prompts = prompts or Prompts.load()
        self.prompt_version = prompt_version(self.prompts, settings)
        from claimcheck.engines import engine_entry

        self.info = EngineInfo(name="llm", model=settings.model, prompt_version=self.prompt_version,
                               version=engine_entry("llm").version())

    def paragraphs(self, document: Any, *, with_bodies: bool = True) -> list[ParagraphRequest]:
        texts = document.paragraphs
        contexts = contexts_for(document.meta.title, texts)
        requests = []
        for i, (text, context) in enumerate(zip(texts, contexts)):
            key = cache_key(self.settings.model, self.prompt_version, text, context.key())
            body = self.body(self.prompts.messages(**context.slots(text))) if with_bodies else None
            sentences = document.sentences[i] if i < len(document.sentences) else []
            requests.append(ParagraphRequest(key, custom_id(key), i + 1, text, sentences, body))
        return requests

    def body(self, messages: list[dict[str, str]]) -> dict[str, Any]:
        """The chat-completions body instructor sends for ``messages`` in this mode."""
        from instructor.processing import handle_response_model

        from claimcheck.engines.llm.extraction import ParagraphExtraction

        _, kwargs = handle_response_model(
            ParagraphExtraction,
            mode=_mode(self.settings),
            messages=messages,
            model=self.settings.model,
            temperature=self.settings.temperature,
            max_tokens=self.settings.max_tokens,
        )
        return json.loads(json.dumps(kwargs))


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
class GroundedAnswer:
    paragraph: Paragraph
    prompt_tokens: int = 0
    completion_tokens: int = 0
    extraction: Any = None


def ground_response(request: ParagraphRequest, line: Optional[dict[str, Any]], settings: LLMSettings) -> GroundedAnswer:
    """One result line into a Paragraph, validated and grounded as the live path does."""
    from instructor.processing import handle_response_model, process_response
    from openai.types.chat import ChatCompletion
    from pydantic import ValidationError

    from claimcheck.engines.llm.assemble import build_paragraph
    from claimcheck.engines.llm.extraction import ParagraphExtraction, salvage
    from claimcheck.engines.llm.grounding import paragraph_context

    def failed(reason: str, tokens: tuple[int, int] = (0, 0)) -> GroundedAnswer:
        paragraph = Paragraph(index=request.index, text=request.text, sentences=request.sentences, error=reason)
        return GroundedAnswer(paragraph, *tokens)

    if line is None:
        return failed(NOT_IN_BATCH)
    reason = _failure(line)
    if reason is not None:
        return failed(reason)
    try:
        completion = ChatCompletion.model_validate(_body(line))
    except ValidationError as exc:
        return failed(f"the batch result is not a chat completion: {exc.errors()[0]['msg']}")
    usage = completion.usage
    tokens = (usage.prompt_tokens, usage.completion_tokens) if usage else (0, 0)
    mode = _mode(settings)
    prepared, _ = handle_response_model(ParagraphExtraction, mode=mode, messages=[])
    try:
        with paragraph_context(request.text):
            extraction = process_response(completion, response_model=prepared, stream=False, mode=mode)
    except Exception as exc:  # any answer instructor cannot accept: handled as exhausted re-asks
        rescued = salvage(completion, request.text)
        if rescued is None:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            return failed(f"the model gave no valid answer (a batch cannot re-ask): {first}", tokens)
        notes = ["the model's answer failed validation and a batch cannot re-ask; kept what the paragraph contains"]
        notes += rescued.dropped
        paragraph = build_paragraph(request.index, request.text, request.sentences, rescued, notes)
        return GroundedAnswer(paragraph, *tokens, extraction=(rescued, notes))
    paragraph = build_paragraph(request.index, request.text, request.sentences, extraction, [])
    return GroundedAnswer(paragraph, *tokens, extraction=(extraction, []))


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
        paragraphs = []
        for request in self.requests.paragraphs(document, with_bodies=False):
            answer = ground_response(request, self.results.get(request.custom_id), self.settings)
            self._usage.prompt_tokens += answer.prompt_tokens
            self._usage.completion_tokens += answer.completion_tokens
            self._usage.requests += int(answer.prompt_tokens > 0)
            if answer.extraction is not None and self._cache is not None:
                extraction, notes = answer.extraction
                self._cache.put(request.key, {"extraction": extraction.model_dump(mode="json"), "warnings": notes})
            paragraphs.append(answer.paragraph)
        price = self.settings.price()
        if price is not None:
            cost = self._usage.prompt_tokens * price.input + self._usage.completion_tokens * price.output
            self._usage.estimated_cost_usd = round(cost * BATCH_DISCOUNT / 1_000_000, 6)
        return paragraphs


def results_engine(*, results: list[str], cache: bool = True, **settings: Any) -> BatchResultsEngine:
    """Factory for the batch command's worker processes (picklable by name)."""
    return BatchResultsEngine(LLMSettings.resolve(**settings), ResultsIndex(Path(p) for p in results), cache=cache)


def iter_request_lines(requests: Iterable[ParagraphRequest], seen: set[str]) -> Iterator[str]:
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
                               timeout=settings.timeout, max_retries=settings.http_retries)
    submitted = []
    for path in request_files:
        try:
            with open(path, "rb") as handle:
                uploaded = client.files.create(file=handle, purpose="batch")
            batch = client.batches.create(input_file_id=uploaded.id, endpoint=CHAT_COMPLETIONS_URL,
                                          completion_window="24h", metadata=metadata or None)
        except openai.OpenAIError as exc:
            raise EndpointError(faults.describe(exc, endpoint=settings.endpoint, model=settings.model)) from None
        submitted.append(SubmittedBatch(str(path), uploaded.id, batch.id, str(batch.status)))
    return submitted
