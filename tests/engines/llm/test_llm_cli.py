"""The llm engine through the real ``claimcheck`` command: exit codes 4 and 5,
the failed paragraphs named in the report, retries shown at -v. The
server's responses are HANDMADE (llm_fault_server.py)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

from claimcheck.errors import ExitCode
from llm_fault_server import FaultServer, error

ARTICLE = (
    "Council delays the bridge\n\n"
    "The mayor said the bridge would reopen in May.\n\n"
    "FAILME The council said the cost had doubled.\n\n"
    "Residents said they were tired of waiting.\n"
)


def claimcheck(tmp_path, *args: str):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "CLAIMCHECK_"))}
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE)
    return subprocess.run([sys.executable, "-m", "claimcheck", str(article), "--engine", "llm", *args],
                          capture_output=True, text=True, env=env, timeout=120)


def test_an_unreachable_endpoint_exits_4_with_one_line(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = claimcheck(tmp_path, "--base-url", f"http://127.0.0.1:{port}/v1")
    assert result.returncode == ExitCode.ENDPOINT
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith(f"claimcheck: error: cannot reach http://127.0.0.1:{port}/v1")
    assert "Traceback" not in result.stderr


def test_a_paragraph_failing_mid_run_gives_a_partial_report_and_exit_5(tmp_path):
    busy = error(503, "overloaded", {"retry-after": "0"})
    # keyed on the paragraph's own block: paragraph 4 carries FAILME too, as its context paragraph
    with FaultServer(when={'\\">\\nFAILME': busy}) as server:
        result = claimcheck(tmp_path, "--base-url", server.url, "--model", "test-model", "--format", "json", "-v",
                            "--paragraphs-per-call", "1")
    assert result.returncode == ExitCode.PARTIAL, result.stderr
    report = json.loads(result.stdout)
    failed = [(p["index"], p["error"]) for p in report["paragraphs"] if p["error"]]
    assert len(failed) == 1 and "FAILME" in report["paragraphs"][failed[0][0] - 1]["text"]
    assert failed[0][1] == f"{server.url} answered HTTP 503 (server error): overloaded"
    assert "retry 3 of 3" in result.stderr
    assert report["usage"]["requests"] == len(server.seen)
