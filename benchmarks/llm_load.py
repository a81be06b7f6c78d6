"""Load test for the llm engine: concurrency 16 against a local server that
fails 10% of requests and answers the rest after a random delay.

Every paragraph must end either analysed or explicitly failed (its
``error`` says why); none may be lost, and the counts must add up. Then a
rerun with the same cache and a healthy server must ask for exactly the
paragraphs that failed, and complete them.

The server (aiohttp, 127.0.0.1, in a thread) answers the one-token endpoint
check at once. For each paragraph request it waits a random 0..max-latency
seconds and then, with probability ``--error-rate``, sends one fault picked
at random: 429 with Retry-After, 500, 503, a body cut short, an HTML page
instead of JSON, a tool call whose arguments break the schema, or no answer
within the client's timeout. Otherwise it answers with an extraction
grounded in the paragraph. Its answers are HANDMADE, not a model's.

    python benchmarks/llm_load.py [--articles 40] [--paragraphs 30] [--concurrency 16]
                                  [--error-rate 0.1] [--max-latency 0.4] [--seed 6] [--time-limit 600]
                                  [--http-retries 3] [--max-reasks 2]

The request count is bounded: articles x paragraphs x (1 + http retries +
re-asks) at most. Not part of the test suite; run it on demand.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import random
import re
import resource
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web
from loopback import LoopbackServer, completion

from claimcheck.article import Document
from claimcheck.engines.llm.config import LLMSettings
from claimcheck.engines.llm.engine import LLMEngine
from claimcheck.pipeline import analyse_document
from claimcheck.schema import ArticleMeta, Report

_PARAGRAPH = re.compile(r"<paragraph>\n(.*)\n</paragraph>", re.S)
FAULTS = ("429", "500", "503", "truncated", "not-json", "schema-invalid", "timeout")
CLIENT_TIMEOUT = 2.0


@dataclass
class FaultyServer(LoopbackServer):
    """An OpenAI-compatible chat endpoint that fails ``error_rate`` of paragraph requests."""

    error_rate: float
    max_latency: float
    seed: int
    requests: int = 0
    injected: Counter = field(default_factory=Counter)
    faulted_paragraphs: set[str] = field(default_factory=set)
    healthy: bool = False
    port: int = 0

    def __post_init__(self) -> None:
        self.random = random.Random(self.seed)
        self._init_server()

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        if body.get("max_tokens") == 1:  # the endpoint check
            return web.json_response(completion(content="OK"))
        self.requests += 1
        paragraph = _paragraph_asked(body["messages"])
        await asyncio.sleep(self.random.uniform(0, self.max_latency))
        if not self.healthy and self.random.random() < self.error_rate:
            fault = self.random.choice(FAULTS)
            self.injected[fault] += 1
            self.faulted_paragraphs.add(paragraph)
            return await self._fault(fault)
        return web.json_response(completion(arguments=json.dumps(_grounded(paragraph))))

    async def _fault(self, fault: str) -> web.StreamResponse:
        if fault == "429":
            return web.json_response({"error": {"message": "rate limited"}}, status=429, headers={"retry-after": "1"})
        if fault in ("500", "503"):
            return web.json_response({"error": {"message": "injected fault"}}, status=int(fault))
        if fault == "truncated":
            return web.Response(body=b'{"id": "chatcmpl-cut", "choices": [{"message": {"tool_', content_type="application/json")
        if fault == "not-json":
            return web.Response(text="<html>502 Bad Gateway</html>", content_type="text/html")
        if fault == "schema-invalid":
            return web.json_response(completion(arguments=json.dumps({"claims": "none", "attributions": 7})))
        await asyncio.sleep(CLIENT_TIMEOUT * 2)  # "timeout": the client gives up first
        return web.json_response(completion(content="too late"))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"


def _paragraph_asked(messages: list[dict]) -> str:
    """The paragraph slot of the user message (a re-ask appends the model's answer and the error after it)."""
    for message in messages:
        found = _PARAGRAPH.search(message.get("content") or "")
        if found:
            return found.group(1)
    raise ValueError("no <paragraph> in the request")


def _grounded(paragraph: str) -> dict:
    source, _, rest = paragraph.partition(" said ")
    content = rest.rstrip(".")
    return {
        "attributions": [{"source": source, "cue": "said", "content": content, "source_type": "organization"}],
        "hedges": [{"cue": "would", "kind": "modal"}],
        "claims": [{"text": content, "attributions": [1], "hedges": [1]}],
    }


def article(number: int, paragraphs: int) -> Document:
    texts = [f"The council of district {number}-{i} said the budget would rise by {i} percent next year."
             for i in range(1, paragraphs + 1)]
    meta = ArticleMeta(path=f"load-{number}", title=f"Budget {number}", sha256=f"{number:064d}")
    return Document(meta=meta, paragraphs=texts, sentences=[[] for _ in texts])


class LogCounter(logging.Handler):
    """Counts the engine's -v lines: HTTP retries, rejected answers, and paragraphs given up."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.counts: Counter = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if "; retry " in message:
            self.counts["http retries"] += 1
        elif message.startswith("answer rejected"):
            self.counts["answers rejected"] += 1
        elif " failed: " in message or "no valid answer" in message:
            self.counts["paragraphs given up"] += 1


@dataclass
class Tally:
    articles: int = 0
    paragraphs: int = 0
    analysed: int = 0
    failed: int = 0
    reported: int = 0
    partial_articles: int = 0
    failures: Counter = field(default_factory=Counter)
    failed_texts: list[str] = field(default_factory=list)

    def add(self, document: Document, report: Report) -> None:
        self.articles += 1
        self.paragraphs += len(document.paragraphs)
        self.reported += len(report.paragraphs)
        failed = [p for p in report.paragraphs if p.error]
        self.failed += len(failed)
        self.analysed += len(report.paragraphs) - len(failed)
        self.partial_articles += bool(failed)
        assert report.summary.paragraphs_failed == len(failed), "the summary must count the failed paragraphs"
        assert report.partial == bool(failed)
        for paragraph in failed:
            self.failures[_reason(paragraph.error or "")] += 1
            self.failed_texts.append(paragraph.text)

    @property
    def lost(self) -> int:
        return self.paragraphs - self.analysed - self.failed


def _reason(error: str) -> str:
    for marker in ("HTTP 429", "HTTP 500", "HTTP 503", "timed out", "no valid answer", "not a chat completion"):
        if marker in error:
            return marker
    return error.split(":")[0][:60]


def settings_for(server: FaultyServer, cache: Path, args: argparse.Namespace) -> LLMSettings:
    return LLMSettings.resolve(
        base_url=server.url, model="load", concurrency=args.concurrency, timeout=CLIENT_TIMEOUT, env={},
        cache_path=cache, progress=False, verbose=1, max_backoff=2.0, http_retries=args.http_retries,
        max_reasks=args.max_reasks,
    )


def run(args: argparse.Namespace) -> dict:
    logger = logging.getLogger("claimcheck.engines.llm")
    counter = LogCounter()
    logger.addHandler(counter)  # also keeps the engine from adding its stderr handler
    documents = [article(n, args.paragraphs) for n in range(1, args.articles + 1)]
    first, rerun = Tally(), Tally()
    with FaultyServer(args.error_rate, args.max_latency, args.seed) as server, \
            tempfile.TemporaryDirectory(prefix="claimcheck-llm-load-") as tmp:
        cache = Path(tmp) / "llm-responses.sqlite3"
        engine = LLMEngine(settings_for(server, cache, args))
        engine.analyse(article(0, 1))  # warm-up: imports openai and instructor; not counted
        server.requests, server.injected, server.faulted_paragraphs = 0, Counter(), set()
        counter.counts.clear()

        started = time.perf_counter()
        for document in documents:
            if time.perf_counter() - started > args.time_limit:
                print(f"time limit {args.time_limit} s reached; stopping after {first.articles} articles",
                      file=sys.stderr)
                break
            first.add(document, analyse_document(document, engine))
        wall = time.perf_counter() - started
        requests = server.requests
        recovered = sum(1 for text in server.faulted_paragraphs if text not in set(first.failed_texts))

        # The rerun: same cache, no faults. Only the failed paragraphs may be asked again.
        server.healthy = True
        before = server.requests
        rerun_started = time.perf_counter()
        for document in documents[: first.articles]:
            rerun.add(document, analyse_document(document, LLMEngine(settings_for(server, cache, args))))
        rerun_requests = server.requests - before
        rerun_wall = time.perf_counter() - rerun_started

    return {
        "articles": first.articles, "paragraphs": first.paragraphs, "concurrency": args.concurrency,
        "http_retries_allowed": args.http_retries,
        "error_rate": args.error_rate, "requests": requests, "errors_injected": sum(server.injected.values()),
        "injected_by_kind": dict(sorted(server.injected.items())), "http_retries": counter.counts["http retries"],
        "answers_rejected": counter.counts["answers rejected"], "paragraphs_hit_by_a_fault": len(server.faulted_paragraphs),
        "paragraphs_recovered": recovered, "analysed": first.analysed, "explicitly_failed": first.failed,
        "failed_by_reason": dict(first.failures), "partial_articles": first.partial_articles, "lost": first.lost,
        "wall_seconds": round(wall, 1), "rerun_requests": rerun_requests, "rerun_analysed": rerun.analysed,
        "rerun_failed": rerun.failed, "rerun_lost": rerun.lost, "rerun_wall_seconds": round(rerun_wall, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--paragraphs", type=int, default=30, help="paragraphs per article")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--error-rate", type=float, default=0.10)
    parser.add_argument("--max-latency", type=float, default=0.4, help="seconds; each answer waits 0..this")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--http-retries", type=int, default=3, help="the engine's default is 3")
    parser.add_argument("--max-reasks", type=int, default=2, help="the engine's default is 2")
    parser.add_argument("--time-limit", type=float, default=600, help="stop starting articles after this many s")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    figures = run(args)
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"articles                 {figures['articles']}")
        print(f"paragraphs               {figures['paragraphs']}")
        print(f"concurrency              {figures['concurrency']} (http retries allowed: "
              f"{figures['http_retries_allowed']})")
        print(f"paragraph requests       {figures['requests']}")
        print(f"errors injected          {figures['errors_injected']} "
              f"({figures['errors_injected'] / max(figures['requests'], 1):.1%} of requests): "
              f"{figures['injected_by_kind']}")
        print(f"http retries             {figures['http_retries']}")
        print(f"answers rejected         {figures['answers_rejected']} (not valid; re-asked while attempts remain)")
        print(f"paragraphs hit by faults {figures['paragraphs_hit_by_a_fault']}")
        print(f"paragraphs recovered     {figures['paragraphs_recovered']}")
        print(f"paragraphs analysed      {figures['analysed']}")
        print(f"explicitly failed        {figures['explicitly_failed']} {figures['failed_by_reason']}")
        print(f"lost                     {figures['lost']}")
        print(f"wall time                {figures['wall_seconds']} s")
        print(f"rerun with the cache     {figures['rerun_requests']} requests; {figures['rerun_analysed']} analysed, "
              f"{figures['rerun_failed']} failed, {figures['rerun_lost']} lost ({figures['rerun_wall_seconds']} s)")
        print(f"peak RSS                 {figures['peak_rss_mb']} MB")
    if figures["lost"] or figures["rerun_lost"] or figures["rerun_requests"] != figures["explicitly_failed"]:
        sys.exit("FAILED: paragraphs were lost, or the rerun asked for more than the failed paragraphs")


if __name__ == "__main__":
    main()
