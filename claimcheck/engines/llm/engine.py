"""The llm engine: one structured call per paragraph, run concurrently,
grounded, cached.

``analyse`` is synchronous for the pipeline and runs the async work in its
own event loop. Order of work: look every paragraph up in the cache; if any
is missing, check the endpoint (EndpointError before any work), then send
the missing ones, at most ``concurrency`` at a time. A paragraph whose call
fails for good comes back with ``error`` set, never left out.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from contextlib import nullcontext
from typing import TYPE_CHECKING, Any, Awaitable, Callable, ContextManager, Optional

from claimcheck.engines.llm.cache import ResponseCache, cache_key
from claimcheck.engines.llm.config import LLMSettings
from claimcheck.engines.llm.context import ParagraphContext, contexts_for
from claimcheck.engines.llm.prompts import Prompts, prompt_version
from claimcheck.errors import UsageError
from claimcheck.schema import EngineInfo, Paragraph, Span, Usage

if TYPE_CHECKING:
    from claimcheck.article import Document
    from claimcheck.engines.llm.client import Session

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
    def __init__(self, settings: LLMSettings, *, sleep: Optional[Callable[[float], Awaitable[None]]] = None) -> None:
        self.settings = settings
        self.prompts = Prompts.load()
        self.prompt_version = prompt_version(self.prompts, settings)
        from claimcheck.engines import engine_entry

        self.info = EngineInfo(name="llm", model=settings.model, prompt_version=self.prompt_version,
                               version=engine_entry("llm").version())
        self._sleep = sleep or asyncio.sleep
        self._usage = Usage()
        self.requests_sent = 0

    def usage(self) -> Usage:
        return self._usage.model_copy()

    def analyse(self, document: "Document") -> list[Paragraph]:
        return _run(self._analyse(document))

    def _cost(self) -> Optional[float]:
        price = self.settings.price()
        if price is None:
            return None
        cost = self._usage.prompt_tokens * price.input + self._usage.completion_tokens * price.output
        return round(cost / 1_000_000, 6)

    async def _analyse(self, document: "Document") -> list[Paragraph]:
        self._usage = Usage()
        texts = document.paragraphs
        sentences = [document.sentences[i] if i < len(document.sentences) else [] for i in range(len(texts))]
        contexts = contexts_for(document.meta.title, texts)
        keys = [cache_key(self.settings.model, self.prompt_version, t, c.key()) for t, c in zip(texts, contexts)]
        cache = ResponseCache(self.settings.cache_path) if self.settings.cache else None
        results: list[Optional[Paragraph]] = [None] * len(texts)
        try:
            if cache is not None:
                for i, key in enumerate(keys):
                    entry = cache.get(key)
                    paragraph = self._from_cache(i + 1, texts[i], sentences[i], entry) if entry else None
                    if paragraph is not None:
                        results[i] = paragraph
                        self._usage.cached += 1
            missing = [i for i, r in enumerate(results) if r is None]
            if missing:
                log.info("%d of %d paragraphs from the cache; asking %s for %d",
                         len(texts) - len(missing), len(texts), self.settings.endpoint, len(missing))
                await self._ask(missing, texts, sentences, contexts, keys, cache, results)
        finally:
            if cache is not None:
                cache.close()
            self._usage.estimated_cost_usd = self._cost()
        return [r for r in results if r is not None]

    async def _ask(
        self,
        missing: list[int],
        texts: list[str],
        sentences: list[list[Span]],
        contexts: list[ParagraphContext],
        keys: list[str],
        cache: Optional[ResponseCache],
        results: list[Optional[Paragraph]],
    ) -> None:
        from claimcheck.engines.llm.client import Session

        gate = asyncio.Semaphore(self.settings.concurrency)
        with _replaying(self.settings):
            async with Session(self.settings, self._sleep) as session:
                try:
                    await session.preflight()
                    with _progress(self.settings, len(missing)) as advance:

                        async def one(i: int) -> None:
                            async with gate:
                                results[i] = await self._paragraph(
                                    session, i, texts[i], sentences[i], contexts[i], keys[i], cache
                                )
                            advance()

                        await asyncio.gather(*(one(i) for i in missing))
                finally:
                    self._usage.requests += session.requests
                    self.requests_sent += session.requests

    async def _paragraph(
        self,
        session: "Session",
        i: int,
        text: str,
        sentences: list[Span],
        context: ParagraphContext,
        key: str,
        cache: Optional[ResponseCache],
    ) -> Paragraph:
        from claimcheck.engines.llm.assemble import build_paragraph
        from claimcheck.engines.llm.client import ReasksExhausted
        from claimcheck.engines.llm.extraction import salvage

        index = i + 1
        label = f"paragraph {index}"
        messages = self.prompts.messages(**context.slots(text))
        try:
            result = await session.extract(messages, text, label)
        except ReasksExhausted as exc:
            self._usage.prompt_tokens += exc.prompt_tokens
            self._usage.completion_tokens += exc.completion_tokens
            rescued = salvage(exc.last_completion, text)
            attempts = self.settings.max_reasks + 1
            if rescued is None:
                reason = f"the model gave no valid answer in {attempts} attempts: {exc}"
                log.warning("%s: %s", label, reason)
                return Paragraph(index=index, text=text, sentences=sentences, error=reason)
            notes = [f"the model's answer still failed validation after {attempts} attempts; kept what the paragraph contains"]
            notes += rescued.dropped
            log.warning("%s: %s", label, "; ".join(notes))
            if cache is not None:
                cache.put(key, {"extraction": rescued.model_dump(mode="json"), "warnings": notes})
            return build_paragraph(index, text, sentences, rescued, notes)
        except Exception as exc:  # any failure of this paragraph's call: reported on the paragraph, never lost
            reason = session.describe(exc)
            log.warning("%s failed: %s", label, reason)
            return Paragraph(index=index, text=text, sentences=sentences, error=reason)
        self._usage.prompt_tokens += result.prompt_tokens
        self._usage.completion_tokens += result.completion_tokens
        paragraph = build_paragraph(index, text, sentences, result.extraction, [])
        if cache is not None:
            cache.put(key, {"extraction": result.extraction.model_dump(mode="json"), "warnings": []})
        return paragraph

    def _from_cache(self, index: int, text: str, sentences: list[Span], entry: dict) -> Optional[Paragraph]:
        from pydantic import ValidationError

        from claimcheck.engines.llm.assemble import build_paragraph
        from claimcheck.engines.llm.extraction import ParagraphExtraction

        try:
            extraction = ParagraphExtraction.model_validate(entry["extraction"], context={"paragraph": text})
            return build_paragraph(index, text, sentences, extraction, list(entry.get("warnings", [])))
        except (KeyError, TypeError, ValueError, ValidationError):
            return None  # an entry from an older layout: ask again


def _replaying(settings: LLMSettings) -> ContextManager[object]:
    """Requests answered from a recorded cassette (record mode none: a request
    it does not hold fails its paragraph), when the settings name one."""
    if settings.cassette is None:
        return nullcontext()
    try:
        import vcr
    except ImportError:
        raise UsageError("replaying a cassette needs vcrpy: pip install 'claimcheck[test]'") from None
    recorder = vcr.VCR(record_mode="none", match_on=("method", "uri", "body"))
    return recorder.use_cassette(str(settings.cassette))


class _progress:
    """A rich progress bar on stderr while paragraphs are in flight; silent
    when stderr is not a terminal or the user asked for quiet."""

    def __init__(self, settings: LLMSettings, total: int) -> None:
        self.settings = settings
        self.total = total
        self.bar: Any = None

    def __enter__(self) -> Callable[[], None]:
        from rich.console import Console

        console = Console(stderr=True)
        if not self.settings.progress or not console.is_terminal:
            return lambda: None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.bar = Progress(
            TextColumn("llm"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=True
        )
        self.bar.start()
        task = self.bar.add_task("paragraphs", total=self.total)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
