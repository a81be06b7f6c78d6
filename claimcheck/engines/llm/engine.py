"""The llm engine: paragraphs grouped into calls, run concurrently,
grounded, cached.

``analyse`` is synchronous for the pipeline and runs the async work in its
own event loop. Order of work: group the paragraphs into calls; look every
paragraph up in the cache; if any is missing, check the endpoint (once per
engine: EndpointError before any work), then send the calls that are not
complete, at most ``calls_in_flight`` at a time. A paragraph whose call
fails for good comes back with ``error`` set, never left out; a refused key
mid-run stops the run with EndpointError.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any, Awaitable, Callable, ContextManager, Iterator, Optional, Sequence

from claimcheck.engines.llm.assemble import build_paragraph
from claimcheck.engines.llm.cache import Endpoint, ResponseCache, cache_key
from claimcheck.engines.llm.config import LLMSettings
from claimcheck.engines.llm.context import Call, plan_calls
from claimcheck.engines.llm.extraction import judge
from claimcheck.engines.llm.grounding import Text
from claimcheck.engines.llm.prompts import Prompts, prompt_version
from claimcheck.errors import EndpointError
from claimcheck.schema import EngineInfo, Paragraph, Span, Usage

if TYPE_CHECKING:
    from claimcheck.article import Document
    from claimcheck.engines.llm.client import Session
    from claimcheck.engines.llm.extraction import Judgement
    from claimcheck.engines.llm.redaction import Redactor

log = logging.getLogger("claimcheck.engines.llm")


def _run(coroutine: Awaitable[Any]) -> Any:
    """asyncio.run, also from code that already runs an event loop (a notebook)."""
    try:
        asyncio.get_running_loop()
        in_a_loop = True
    except RuntimeError:
        in_a_loop = False
    if not in_a_loop:  # outside the except block, so errors do not chain to that RuntimeError
        return asyncio.run(coroutine)  # type: ignore[arg-type]
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = asyncio.run(coroutine)  # type: ignore[arg-type]
        except BaseException as exc:  # handed back to the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]


class LLMEngine:
    def __init__(self, settings: LLMSettings, *, sleep: Optional[Callable[[float], Awaitable[None]]] = None,
                 cassette: Optional["Path"] = None, progress: Optional["ProgressDisplay"] = None) -> None:
        """``cassette``: answer every request from this recording instead of the endpoint (``claimcheck eval``'s
        prompt regression; see :mod:`claimcheck.engines.llm.replay`). ``progress``: the caller's display of
        paragraphs in flight (the CLI's bar, :class:`claimcheck.notices.ParagraphProgress`); none by default."""
        self.settings = settings
        self._progress = progress or _no_progress
        self.prompts = Prompts.load()
        self.prompt_version = prompt_version(self.prompts, settings)
        from claimcheck.engines import engine_entry

        self.info = EngineInfo(name="llm", model=settings.model, prompt_version=self.prompt_version,
                               version=engine_entry("llm").version())
        self._sleep = sleep or asyncio.sleep
        self._usage = Usage()
        self.requests_sent = 0
        self._checked = False  # the endpoint check runs once per engine, i.e. once per run of check or batch
        self._served: Optional[str] = None
        self.cassette = cassette

    def usage(self) -> Usage:
        return self._usage.model_copy()

    def analyse(self, document: "Document") -> list[Paragraph]:
        return _run(self._analyse(document))

    def _endpoint(self, served: Optional[str]) -> Endpoint:
        return Endpoint(self.settings.endpoint, self.settings.model, served)

    def _name_model(self, served: Optional[str]) -> None:
        """The report names the model the server says it serves."""
        if served and served != self.info.model:
            self.info = self.info.model_copy(update={"model": served})

    async def _analyse(self, document: "Document") -> list[Paragraph]:
        self._usage = Usage()
        texts = document.paragraphs
        sentences = [document.sentences[i] if i < len(document.sentences) else [] for i in range(len(texts))]
        calls = plan_calls(document.meta.title, texts, per_call=self.settings.paragraphs_per_call,
                           budget_tokens=self.settings.call_budget_tokens)
        messages = [self.prompts.messages(call, texts) for call in calls]
        cache = ResponseCache(self.settings.cache_path) if self.settings.cache else None
        results: list[Optional[Paragraph]] = [None] * len(texts)
        try:
            # OpenAI serves the model it is asked for; other servers say which they serve (remembered per endpoint).
            served = self._served or (self.settings.model if self.settings.is_openai else None)
            if served is None and cache is not None and not self.settings.is_openai:
                served = cache.served_model(self.settings.endpoint, self.settings.model)
            self._from_cache(calls, messages, texts, sentences, cache, served, results)
            missing = [n for n, call in enumerate(calls) if any(results[i] is None for i in call.indexes)]
            if missing:
                log.info("%d of %d paragraphs from the cache; asking %s in %d calls",
                         sum(r is not None for r in results), len(texts), self.settings.endpoint, len(missing))
                await self._ask(calls, messages, texts, sentences, cache, served, results)
            else:
                self._name_model(served)
        finally:
            if cache is not None:
                cache.close()
            price = self.settings.price(self.info.model) or self.settings.price()
            if price is not None:
                self._usage.estimated_cost_usd = price.cost(self._usage.prompt_tokens, self._usage.cached_tokens,
                                                            self._usage.completion_tokens)
        return [r for r in results if r is not None]

    def _from_cache(self, calls: list[Call], messages: list[list[dict[str, str]]], texts: list[str],
                    sentences: list[list[Span]], cache: Optional[ResponseCache], served: Optional[str],
                    results: list[Optional[Paragraph]]) -> None:
        if cache is None:
            return
        endpoint = self._endpoint(served)
        for call, sent in zip(calls, messages):
            for pid, i in zip(call.ids(), call.indexes):
                if results[i] is not None:
                    continue
                entry = cache.get(cache_key(endpoint, self.prompt_version, sent, pid))
                paragraph = _cached_paragraph(i + 1, texts[i], sentences[i], pid, entry) if entry else None
                if paragraph is not None:
                    results[i] = paragraph
                    self._usage.cached += 1

    async def _ask(self, calls: list[Call], messages: list[list[dict[str, str]]], texts: list[str],
                   sentences: list[list[Span]], cache: Optional[ResponseCache], served: Optional[str],
                   results: list[Optional[Paragraph]]) -> None:
        from claimcheck.engines.llm.client import Session

        gate = asyncio.Semaphore(self.settings.calls_in_flight)
        replay = nullcontext()
        if self.cassette is not None:
            from claimcheck.engines.llm.replay import replaying

            replay = replaying(Path(self.cassette))
        with replay:
            await self._session(calls, messages, texts, sentences, cache, served, results, gate)

    async def _session(self, calls: list[Call], messages: list[list[dict[str, str]]], texts: list[str],
                       sentences: list[list[Span]], cache: Optional[ResponseCache], served: Optional[str],
                       results: list[Optional[Paragraph]], gate: asyncio.Semaphore) -> None:
        from claimcheck.engines.llm.client import Session

        async with Session(self.settings, self._sleep) as session:
            try:
                if not self._checked:
                    await session.check()
                    self._checked = True
                    self._served = session.served_model or (self.settings.model if self.settings.is_openai else None)
                    if cache is not None and not self.settings.is_openai:
                        cache.remember_served(self.settings.endpoint, self.settings.model, session.served_model)
                    if self._served != served:  # answers stored under another model id are not this server's
                        served = self._served
                        results[:] = [None] * len(results)
                        self._usage.cached = 0
                        self._from_cache(calls, messages, texts, sentences, cache, served, results)
                self._name_model(self._served)
                todo = [n for n, call in enumerate(calls) if any(results[i] is None for i in call.indexes)]
                with self._progress(sum(len(calls[n].indexes) for n in todo)) as advance:

                    async def one(n: int) -> None:
                        async with gate:
                            await self._call(session, calls[n], messages[n], texts, sentences, cache, served, results)
                        advance(len(calls[n].indexes))

                    await asyncio.gather(*(one(n) for n in todo))
            finally:
                self._usage.requests += session.requests
                self.requests_sent += session.requests

    async def _call(self, session: "Session", call: Call, sent: list[dict[str, str]], texts: list[str],
                    sentences: list[list[Span]], cache: Optional[ResponseCache], served: Optional[str],
                    results: list[Optional[Paragraph]]) -> None:
        from claimcheck.engines.llm import faults
        from claimcheck.engines.llm.client import NotACompletion

        ids = call.ids()
        prepared = {pid: Text(texts[i], sentences[i]) for pid, i in zip(ids, call.indexes)}
        label = f"paragraph {ids[0][1:]}" if len(ids) == 1 else f"paragraphs {ids[0][1:]}-{ids[-1][1:]}"
        try:
            outcome = await session.call(sent, prepared, label)
        except NotACompletion as exc:
            self._fail(call.indexes, texts, sentences, results, f"{self.settings.endpoint} {exc}")
            return
        except Exception as exc:  # any failure of this call: reported on its paragraphs, never lost
            if faults.refuses_key(exc):  # a key revoked mid-run fails every call alike: stop the run
                raise EndpointError(session.describe(exc)) from None
            self._fail(call.indexes, texts, sentences, results, session.describe(exc))
            return
        self._usage.prompt_tokens += outcome.prompt_tokens
        self._usage.completion_tokens += outcome.completion_tokens
        self._usage.cached_tokens += outcome.cached_tokens
        endpoint = self._endpoint(served)
        for i, paragraph, stored in answered_paragraphs(call, prepared, sentences, outcome.judgement, outcome.answer,
                                                        attempts=outcome.attempts, accepted=outcome.accepted,
                                                        notes=outcome.notes, redactor=session.redactor):
            if paragraph.error and results[i] is not None:
                continue  # the cache's answer stands
            results[i] = paragraph
            if paragraph.error:
                log.warning("paragraph %d failed: %s", i + 1, paragraph.error)
            elif paragraph.warnings:
                log.warning("paragraph %d: %s", i + 1, "; ".join(paragraph.warnings)[:500])
            if stored is not None and cache is not None:
                cache.put(cache_key(endpoint, self.prompt_version, sent, call.ids()[call.indexes.index(i)]), stored)

    def _fail(self, indexes: "Sequence[int]", texts: list[str], sentences: list[list[Span]],
              results: list[Optional[Paragraph]], reason: str) -> None:
        """A failed call's paragraphs get the reason; one the cache already answered keeps its answer (a call
        is re-sent whole when only some of its paragraphs are missing)."""
        for i in indexes:
            if results[i] is not None:
                continue
            log.warning("paragraph %d failed: %s", i + 1, reason)
            results[i] = Paragraph(index=i + 1, text=texts[i], sentences=sentences[i], error=reason)


def answered_paragraphs(call: Call, prepared: dict[str, Text], sentences: list[list[Span]], judgement: "Judgement",
                        answer: Any, *, attempts: int, accepted: bool, notes: list[str], redactor: "Redactor",
                        refused_note: Optional[str] = None) -> list[tuple[int, Paragraph, Optional[dict]]]:
    """Each paragraph of a call from the judgement of its answer: grounded, with
    every drop named, or with ``error`` when the answer holds nothing usable
    for it; and the value to cache for it (None: do not cache)."""
    entries = answer.get("paragraphs") if isinstance(answer, dict) else None
    out: list[tuple[int, Paragraph, Optional[dict]]] = []
    for pid, i in zip(call.ids(), call.indexes):
        text = prepared[pid]
        grounded = judgement.grounded.get(pid)
        if grounded is None:
            why = judgement.structural or ("the answer had no entry for this paragraph" if pid in judgement.missing
                                           else "no answer")
            reason = f"the model gave no usable answer in {attempts} attempt{'s' if attempts != 1 else ''}: {why}"
            reason = "; ".join([reason, *notes])
            out.append((i, Paragraph(index=i + 1, text=text.text, sentences=sentences[i], error=redactor.text(reason)),
                        None))
            continue
        kept = list(notes)
        if not accepted and not notes:
            kept.append(refused_note or f"the model's answer was still refused after {attempts} attempts; "
                                        "kept what the paragraph contains")
        kept = [redactor.text(n) for n in kept]
        paragraph = build_paragraph(i + 1, text, sentences[i], grounded, kept)
        paragraph.warnings = [redactor.text(w) for w in paragraph.warnings]
        entry = next((a for a in entries or [] if isinstance(a, dict) and a.get("paragraph") == pid), None)
        out.append((i, paragraph, {"answer": entry, "notes": kept} if entry is not None else None))
    return out


def _cached_paragraph(index: int, text: str, sentences: list[Span], pid: str, entry: dict) -> Optional[Paragraph]:
    """A stored answer, grounded again (cheap, and the grounding rules may have
    changed since); None for an entry of an older layout: ask again."""
    try:
        prepared = Text(text, sentences)
        judgement = judge({"paragraphs": [entry["answer"]]}, {pid: prepared}, lenient=True)
        grounded = judgement.grounded.get(pid)
        if grounded is None:
            return None
        return build_paragraph(index, prepared, sentences, grounded, list(entry.get("notes", [])))
    except (KeyError, TypeError, ValueError):
        return None


# Shows how many of ``total`` paragraphs are done: called with the total, it gives a context
# whose value is called with each batch of paragraphs finished.
ProgressDisplay = Callable[[int], ContextManager[Callable[[int], None]]]


@contextmanager
def _no_progress(total: int) -> Iterator[Callable[[int], None]]:
    yield lambda n: None
