"""A fake OpenAI-compatible chat endpoint on 127.0.0.1 for the llm benchmarks.

It runs an aiohttp app in a background thread, so the engine under test can
use the main thread's event loop. Subclasses answer ``/v1/chat/completions``
in ``_chat``; the traffic never leaves the loopback interface.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Optional

from aiohttp import web


class LoopbackServer:
    port: int = 0

    def _init_server(self) -> None:
        self.port = 0
        self._ready = threading.Event()
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._runner: Optional[web.AppRunner] = None

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        raise NotImplementedError

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._chat)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._ready.set()

    def _serve(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._loop.run_until_complete(self._start())
        self._loop.run_forever()

    def __enter__(self):
        threading.Thread(target=self._serve, daemon=True).start()
        self._ready.wait()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._loop is not None and self._runner is not None
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(timeout=30)
        self._loop.call_soon_threadsafe(self._loop.stop)


def completion(*, content: Optional[str] = None, arguments: Optional[str] = None, model: str = "bench") -> dict:
    """A chat completion as the OpenAI API returns it; ``arguments`` makes it a tool call."""
    message: dict = {"role": "assistant", "content": content}
    if arguments is not None:
        message["tool_calls"] = [{"id": "call_1", "type": "function",
                                  "function": {"name": "ParagraphExtraction", "arguments": arguments}}]
    return {
        "id": f"chatcmpl-{model}", "object": "chat.completion", "created": 0, "model": model,
        "choices": [{"index": 0, "finish_reason": "stop", "message": message}],
        "usage": {"prompt_tokens": 700, "completion_tokens": 60, "total_tokens": 760},
    }
