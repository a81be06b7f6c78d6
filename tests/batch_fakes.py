"""Stand-ins for the batch tests: engines that fail on cue, articles written
to disk, and a rule-following "model" that answers chat-completion requests
(from a local HTTP server or straight into a Batch API output file)."""

from __future__ import annotations

import json
import os
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Optional

from claimcheck.schema import EngineInfo, Paragraph

# ---------------------------------------------------------------- engines


class MarkedFailureEngine:
    """The rules engine, except on articles holding a marker word:
    CRASH raises, DIE kills the process, INTERRUPT is Ctrl-C, and HANG never
    ends while CLAIMCHECK_TEST_HANG is set."""

    def __init__(self) -> None:
        from claimcheck.engines.rules import RulesEngine

        self.inner = RulesEngine()
        self.info = EngineInfo(name="rules", version=f"{self.inner.info.version}+test")

    def usage(self) -> None:
        return None

    def analyse(self, document: Any) -> list[Paragraph]:
        text = document.text
        if "CRASH" in text:
            raise RuntimeError("the engine tripped over this article")
        if "DIE" in text:
            os._exit(17)
        if "INTERRUPT" in text:
            raise KeyboardInterrupt
        if "HANG" in text and os.environ.get("CLAIMCHECK_TEST_HANG"):
            while True:  # stands in for an article still being analysed when the batch is killed
                time.sleep(1)
        return self.inner.analyse(document)


def marked_failure_engine() -> MarkedFailureEngine:
    return MarkedFailureEngine()


# ---------------------------------------------------------------- articles

ARTICLES = {
    "march.txt": (
        "Bridge closed after attack\n\n"
        "date 2020-03-12 BAGHDAD -- Two officials familiar with the plan said the bridge would stay closed for a week.\n\n"
        "The mayor, Jane Doe, said repairs had already started.\n"
    ),
    "april.txt": (
        "Talks resume\n\n"
        "date 2020-04-02 Talks between the two sides resumed on Monday, according to a senior official.\n\n"
        "Peter Novak, a spokesman for the ministry, told reporters the talks were constructive.\n"
    ),
    "undated.md": (
        "# Prices rise\n\n"
        "Prices rose sharply after the announcement, the World Bank said in a report.\n"
    ),
}


def write_articles(folder: Path, articles: Optional[dict[str, str]] = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in (articles or ARTICLES).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


# ---------------------------------------------------------------- a rule-following "model"

_PARAGRAPH = re.compile(r'<paragraph id="(p\d+)">\n(.*?)\n</paragraph>', re.S)
_SAID = re.compile(r"^(?P<source>[A-Z][\w ,.'-]*?) (?P<cue>said|told reporters) (?P<content>[^.]+)")
INVENTED_MARKER = "baited"


def paragraphs_of(body: dict[str, Any]) -> list[tuple[str, str]]:
    """The (id, text) of each paragraph a request asks about."""
    user = next(m["content"] for m in body["messages"] if m["role"] == "user")
    found = _PARAGRAPH.findall(user)
    assert found, "the request carries no paragraph"
    return found


def paragraph_of(body: dict[str, Any]) -> str:
    return paragraphs_of(body)[0][1]


def _attribution(source: str, cue: str, content: Any, kind: str) -> dict[str, Any]:
    return {"id": "a1", "source": source, "cue": cue, "content": content, "source_type": kind,
            "quotation": "indirect", "no_comment": False, "anonymous": None, "via": None}


def _claim(quote: str, attributions: list[str]) -> dict[str, Any]:
    return {"quote": quote, "statement": None, "attributions": attributions, "hedges": []}


def answer_for(paragraph: str, pid: str = "p1") -> dict[str, Any]:
    """'X said Y' becomes an attribution and a claim; any other sentence an
    unattributed claim. A paragraph with INVENTED_MARKER gets a made-up
    source, so the grounding has something to catch."""
    sentence = paragraph.split(". ")[0].rstrip(".")
    match = _SAID.match(sentence)
    entry: dict[str, Any] = {"paragraph": pid, "attributions": [], "hedges": [], "claims": []}
    if INVENTED_MARKER in paragraph:
        entry["attributions"] = [_attribution("a made-up minister", "said", None, "named_person")]
        entry["claims"] = [_claim(sentence, ["a1"])]
    elif match:
        source = match.group("source").split(",")[0]
        kind = "anonymous" if "official" in source.lower() else "named_person"
        entry["attributions"] = [_attribution(source, match.group("cue"), match.group("content"), kind)]
        entry["claims"] = [_claim(match.group("content"), ["a1"])]
    else:
        entry["claims"] = [_claim(sentence, [])]
    return entry


def completion_for(body: dict[str, Any]) -> dict[str, Any]:
    """A chat completion answering ``body``: a tool call when the request
    offers tools, else the JSON as the message content (the JSON modes)."""
    from claimcheck.engines.llm.extraction import TOOL_NAME

    arguments = json.dumps({"paragraphs": [answer_for(text, pid) for pid, text in paragraphs_of(body)]})
    if "tools" in body:
        message = {"role": "assistant", "content": None,
                   "tool_calls": [{"id": "call_1", "type": "function",
                                   "function": {"name": TOOL_NAME, "arguments": arguments}}]}
    else:
        message = {"role": "assistant", "content": arguments}
    return {
        "id": "chatcmpl-fake", "object": "chat.completion", "created": 1, "model": body.get("model", "m"),
        "choices": [{"index": 0, "finish_reason": "tool_calls" if "tools" in body else "stop", "message": message}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
    }


def batch_output_line(request: dict[str, Any], *, status: int = 200) -> dict[str, Any]:
    """One line of a Batch API output file, as OpenAI and vLLM's run_batch write it."""
    body = completion_for(request["body"]) if status == 200 else {"error": {"message": "server overloaded"}}
    return {"id": f"batch_req_{request['custom_id']}", "custom_id": request["custom_id"],
            "response": {"status_code": status, "request_id": "req", "body": body}, "error": None}


class FakeModelServer:
    """The rule-following model behind an OpenAI-compatible endpoint on 127.0.0.1."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length))
                if body.get("max_tokens") != 1:
                    outer.bodies.append(body)
                    reply = completion_for(body)
                else:  # the engine's one-token endpoint check
                    reply = {"id": "x", "object": "chat.completion", "created": 1, "model": body.get("model"),
                             "choices": [{"index": 0, "finish_reason": "length",
                                          "message": {"role": "assistant", "content": "OK"}}],
                             "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
                data = json.dumps(reply).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> "FakeModelServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
