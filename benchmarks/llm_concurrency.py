"""How well the llm engine overlaps requests, and what a cached rerun costs.

Runs the real engine (openai + instructor + grounding + cache) against a
tiny OpenAI-compatible server on 127.0.0.1 that answers every paragraph
with a canned, grounded tools-mode reply after a fixed latency. For N
paragraphs at concurrency C the ideal wall time is ceil(N / C) x latency;
the gap is the engine's own overhead. Then the same article again with the
same cache: it must send zero requests.

    python benchmarks/llm_concurrency.py [--paragraphs 40] [--latency 0.25] [--concurrency 1 4 8 16]

The endpoint check (a one-token call before the first paragraph) is
answered at once, so it does not count against the ideal.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import re
import tempfile
import time
from pathlib import Path

from aiohttp import web
from loopback import LoopbackServer, completion

from claimcheck.article import Document
from claimcheck.engines.llm.config import LLMSettings
from claimcheck.engines.llm.engine import LLMEngine
from claimcheck.schema import ArticleMeta

_PARAGRAPH = re.compile(r"<paragraph>\n(.*)\n</paragraph>", re.S)


class CannedServer(LoopbackServer):
    """Answers each paragraph with a grounded extraction after ``latency`` seconds."""

    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.requests = 0
        self._init_server()

    async def _chat(self, request: web.Request) -> web.Response:
        self.requests += 1
        body = await request.json()
        if body.get("max_tokens") == 1:
            return web.json_response(completion(content="OK"))
        await asyncio.sleep(self.latency)
        paragraph = _PARAGRAPH.search(body["messages"][-1]["content"]).group(1)
        source, _, rest = paragraph.partition(" said ")
        answer = {
            "attributions": [{"source": source, "cue": "said", "content": rest.rstrip("."), "source_type": "organization"}],
            "hedges": [{"cue": "would", "kind": "modal"}],
            "claims": [{"text": rest.rstrip("."), "attributions": [1], "hedges": [1]}],
        }
        return web.json_response(completion(arguments=json.dumps(answer)))


def article(n: int) -> Document:
    paragraphs = [f"The council of district {i} said the budget would rise by {i} percent next year." for i in range(1, n + 1)]
    meta = ArticleMeta(path="benchmark", title="Budget", sha256="0" * 64)
    return Document(meta=meta, paragraphs=paragraphs, sentences=[[] for _ in paragraphs])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paragraphs", type=int, default=40)
    parser.add_argument("--latency", type=float, default=0.25, help="seconds per paragraph request")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 8, 16])
    args = parser.parse_args()
    document = article(args.paragraphs)

    with CannedServer(args.latency) as server, tempfile.TemporaryDirectory() as tmp:
        # One throwaway paragraph first: importing openai and instructor takes seconds and is not concurrency.
        warm = LLMSettings.resolve(base_url=f"http://127.0.0.1:{server.port}/v1", model="bench", cache=False,
                                   progress=False, env={})
        start = time.perf_counter()
        LLMEngine(warm).analyse(article(1))
        print(f"(warm-up: first call incl. imports {time.perf_counter() - start:.2f} s, not counted)")
        print(f"N={args.paragraphs} paragraphs, {args.latency * 1000:.0f} ms per request")
        print(f"{'C':>3} {'wall s':>8} {'ideal s':>8} {'overhead':>9} {'requests':>9}")
        for c in args.concurrency:
            settings = LLMSettings.resolve(
                base_url=f"http://127.0.0.1:{server.port}/v1", model="bench", concurrency=c,
                cache_path=Path(tmp) / f"cache-c{c}.sqlite3", progress=False, env={},
            )
            engine = LLMEngine(settings)
            before = server.requests
            start = time.perf_counter()
            paragraphs = engine.analyse(document)
            wall = time.perf_counter() - start
            assert all(p.error is None and p.claims for p in paragraphs), "the canned answers should all ground"
            ideal = math.ceil(args.paragraphs / c) * args.latency
            print(f"{c:>3} {wall:>8.2f} {ideal:>8.2f} {wall / ideal:>8.2f}x {server.requests - before:>9}")

        before = server.requests
        again = LLMEngine(settings)
        start = time.perf_counter()
        again.analyse(document)
        wall = time.perf_counter() - start
        usage = again.usage()
        print(f"cached rerun (C={c}): {server.requests - before} requests reached the server, "
              f"usage.requests={usage.requests}, usage.cached={usage.cached}, {wall:.2f} s")


if __name__ == "__main__":
    main()
