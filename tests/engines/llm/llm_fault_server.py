"""A scripted OpenAI-compatible server on 127.0.0.1 for fault tests.

Every response it sends is written by a test (it is not a model): the
one-token endpoint check gets ``preflight``; paragraph calls take the
``replies`` in order, then ``default``.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Optional, Union


@dataclass
class Reply:
    status: int = 200
    body: Union[bytes, str, dict, None] = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    content_type: str = "application/json"

    def payload(self) -> bytes:
        if isinstance(self.body, dict):
            return json.dumps(self.body).encode()
        if isinstance(self.body, str):
            return self.body.encode()
        return self.body or b""


def completion(arguments: Union[str, dict], *, prompt_tokens: int = 100, completion_tokens: int = 20) -> Reply:
    """A tools-mode answer whose tool call carries ``arguments``."""
    args = arguments if isinstance(arguments, str) else json.dumps(arguments)
    return Reply(body={
        "id": "chatcmpl-handmade",
        "object": "chat.completion",
        "created": 1,
        "model": "test-model",
        "choices": [{
            "index": 0,
            "finish_reason": "tool_calls",
            "message": {
                "role": "assistant",
                "content": None,
                "tool_calls": [{
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "ParagraphExtraction", "arguments": args},
                }],
            },
        }],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens},
    })


def error(status: int, message: str, headers: Optional[dict[str, str]] = None) -> Reply:
    return Reply(status=status, body={"error": {"message": message, "type": "test"}}, headers=headers or {})


PREFLIGHT_OK = Reply(body={
    "id": "chatcmpl-ping", "object": "chat.completion", "created": 1, "model": "test-model",
    "choices": [{"index": 0, "finish_reason": "length", "message": {"role": "assistant", "content": "OK"}}],
    "usage": {"prompt_tokens": 5, "completion_tokens": 1, "total_tokens": 6},
})
EMPTY = completion({"attributions": [], "hedges": [], "claims": []})


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


class FaultServer:
    def __init__(self, replies: list[Reply] = (), *, default: Reply = EMPTY, preflight: Reply = PREFLIGHT_OK,
                 api_key: Optional[str] = None, when: Optional[dict[str, Reply]] = None) -> None:
        self.replies = list(replies)
        self.when = when or {}  # text in the request -> the reply it always gets
        self.default = default
        self.preflight = preflight
        self.api_key = api_key
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                reply = server._choose(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                if reply.delay:
                    time.sleep(reply.delay)
                payload = reply.payload()
                try:
                    self.send_response(reply.status)
                    self.send_header("content-type", reply.content_type)
                    self.send_header("content-length", str(len(payload)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout tests)
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def _choose(self, path: str, headers: dict[str, str], body: dict[str, Any]) -> Reply:
        with self._lock:
            self.seen.append(Seen(path, headers, body))
            if self.api_key is not None and headers.get("authorization") != f"Bearer {self.api_key}":
                return error(401, "Incorrect API key provided")
            if body.get("max_tokens") == 1:
                return self.preflight
            request_text = json.dumps(body.get("messages", []))
            for text, reply in self.when.items():
                if text in request_text:
                    return reply
            return self.replies.pop(0) if self.replies else self.default

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def paragraph_calls(self) -> list[Seen]:
        return [s for s in self.seen if s.body.get("max_tokens") != 1]

    def __enter__(self) -> "FaultServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
