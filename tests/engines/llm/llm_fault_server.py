"""A scripted OpenAI-compatible server on 127.0.0.1 for fault tests.

Every response it sends is written by a test (it is not a model): the
one-token endpoint check gets ``preflight``; paragraph calls take the
``replies`` in order, then ``default``.
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Optional, Union

from claimcheck.engines.llm.extraction import TOOL_NAME

PARAGRAPH_ID = re.compile(r'<paragraph id="(p\d+)">')


@dataclass
class Reply:
    status: int = 200
    body: Union[bytes, str, dict, None] = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    content_type: str = "application/json"
    drip: float = 0.0  # seconds between single bytes of the body (a server that trickles)

    def payload(self) -> bytes:
        if isinstance(self.body, dict):
            return json.dumps(self.body).encode()
        if isinstance(self.body, str):
            return self.body.encode()
        return self.body or b""


def completion(arguments: Union[str, dict], *, prompt_tokens: int = 100, completion_tokens: int = 20,
               tool: str = TOOL_NAME, finish_reason: str = "tool_calls", cached_tokens: int = 0) -> Reply:
    """A tools-mode answer whose tool call carries ``arguments``."""
    args = arguments if isinstance(arguments, str) else json.dumps(arguments)
    return Reply(body={
        "id": "chatcmpl-handmade",
        "object": "chat.completion",
        "created": 1,
        "model": "test-model",
        "choices": [{
            "index": 0,
            "finish_reason": finish_reason,
            "message": {
                "role": "assistant",
                "content": None,
                "tool_calls": [{
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": tool, "arguments": args},
                }],
            },
        }],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens,
                  "prompt_tokens_details": {"cached_tokens": cached_tokens}},
    })


def answer(*paragraphs: dict) -> dict:
    """The arguments of an answer: one entry per paragraph, missing lists filled in empty."""
    return {"paragraphs": [{"paragraph": p["paragraph"], "attributions": [], "hedges": [], "claims": [], **p}
                           for p in paragraphs]}


def attribution(id: str, source: str, cue: str, content: Optional[str], source_type: str = "named_person",
                **fields: Any) -> dict:
    return {"id": id, "source": source, "cue": cue, "content": content, "source_type": source_type,
            "quotation": "indirect", "no_comment": False, "anonymous": None, "via": None, **fields}


def hedge(id: str, cue: str, **fields: Any) -> dict:
    return {"id": id, "cue": cue, "kind": "modal", "holder": "reporter", "attribution": None, "agentless": False,
            **fields}


def claim(quote: str, attributions: tuple = (), hedges: tuple = (), statement: Optional[str] = None) -> dict:
    return {"quote": quote, "statement": statement, "attributions": list(attributions), "hedges": list(hedges)}


def asked_ids(body: dict) -> list[str]:
    """The paragraph ids a request asks about."""
    users = [m.get("content", "") for m in body.get("messages", []) if m.get("role") == "user"]
    return list(dict.fromkeys(PARAGRAPH_ID.findall(users[0] if users else "")))


def empty_answer_for(body: dict) -> Reply:
    """A well-formed empty answer for every paragraph a request asks about."""
    return completion(answer(*({"paragraph": pid} for pid in asked_ids(body))))


def error(status: int, message: str, headers: Optional[dict[str, str]] = None) -> Reply:
    return Reply(status=status, body={"error": {"message": message, "type": "test"}}, headers=headers or {})


PREFLIGHT_OK = Reply(body={
    "id": "chatcmpl-ping", "object": "chat.completion", "created": 1, "model": "test-model",
    "choices": [{"index": 0, "finish_reason": "length", "message": {"role": "assistant", "content": "OK"}}],
    "usage": {"prompt_tokens": 5, "completion_tokens": 1, "total_tokens": 6},
})
EMPTY = None  # default: a well-formed empty answer for whatever paragraphs were asked about


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


class FaultServer:
    def __init__(self, replies: list[Reply] = (), *, default: Optional[Reply] = EMPTY, preflight: Reply = PREFLIGHT_OK,
                 api_key: Optional[str] = None, when: Optional[dict[str, Reply]] = None,
                 models: Optional[list[str]] = None, port: int = 0) -> None:
        self.replies = list(replies)
        self.when = when or {}  # text in the request -> the reply it always gets
        self.default = default
        self.preflight = preflight
        self.api_key = api_key
        self.models = models  # None: no /v1/models (404)
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:
                with server._lock:
                    server.seen.append(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}, {}))
                if server.models is None or not self.path.endswith("/models"):
                    self._send(error(404, "not found"))
                else:
                    self._send(Reply(body={"object": "list", "data": [{"id": m, "object": "model"} for m in server.models]}))

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                self._send(server._choose(self.path, {k.lower(): v for k, v in self.headers.items()}, body))

            def _send(self, reply: Reply) -> None:
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
                    if reply.drip:
                        for i in range(len(payload)):
                            self.wfile.write(payload[i:i + 1])
                            self.wfile.flush()
                            time.sleep(reply.drip)
                    else:
                        self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout tests)
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
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
            if self.replies:
                return self.replies.pop(0)
            if callable(self.default):  # an answer built for the request (the paragraphs it asks about)
                return self.default(body)
            return self.default if self.default is not None else empty_answer_for(body)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def paragraph_calls(self) -> list[Seen]:
        return [s for s in self.seen if s.body and s.body.get("max_tokens") != 1]

    def __enter__(self) -> "FaultServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
