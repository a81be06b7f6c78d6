"""Secrets and imports: API keys never reach cassettes, reports, logs,
cache files or tracebacks; openai and instructor load only with the engine."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import traceback

import pytest

from claimcheck.engines.llm.engine import LLMEngine
from claimcheck.errors import EndpointError
from llm_fault_server import FaultServer, completion, error
from llm_helpers import CASSETTES, TEST_KEY, cassette_vcr, document

FORBIDDEN_IN_CASSETTES = ["authorization", "bearer ", "api-key", "cookie", "user-agent", "x-stainless", "sk-"]


@pytest.mark.parametrize("cassette", sorted(CASSETTES.glob("*.yaml")), ids=lambda p: p.name)
def test_no_cassette_holds_a_key_or_identifying_header(cassette):
    text = cassette.read_text().lower()
    assert [word for word in FORBIDDEN_IN_CASSETTES if word in text] == []


def test_recording_scrubs_the_key_and_client_headers(make_settings, sleeps, tmp_path, monkeypatch):
    with FaultServer(api_key=TEST_KEY) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("OPENAI_API_KEY", TEST_KEY)
        engine = LLMEngine(make_settings(model="test-model"), sleep=sleeps)
        recorder = cassette_vcr()
        recorder.cassette_library_dir = str(tmp_path)
        recorder.record_mode = "all"
        with recorder.use_cassette("scrub-check.yaml"):
            engine.analyse(document("t", ["The mayor said so."]))
    assert all(s.headers.get("authorization") == f"Bearer {TEST_KEY}" for s in server.seen)  # the key was sent...
    text = (tmp_path / "scrub-check.yaml").read_text()
    assert TEST_KEY not in text  # ...and not written down
    assert [word for word in FORBIDDEN_IN_CASSETTES if word in text.lower()] == []


def _everything_written(tmp_path, caplog, *extra: str) -> str:
    files = [p.read_bytes().decode("utf-8", "replace") for p in tmp_path.rglob("*") if p.is_file()]
    return "\n".join([*files, caplog.text, *extra])


def test_the_key_appears_nowhere_a_run_writes(make_settings, sleeps, tmp_path, monkeypatch, caplog):
    caplog.set_level(logging.DEBUG)
    outputs: list[str] = []
    answers = [error(500, f"upstream echoed {TEST_KEY}"), completion({"claims": [{"text": "The mayor said so"}]})]
    with FaultServer(answers, api_key=TEST_KEY) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("OPENAI_API_KEY", TEST_KEY)
        engine = LLMEngine(make_settings(model="test-model", verbose=2, http_retries=1, concurrency=1), sleep=sleeps)
        paragraphs = engine.analyse(document("t", ["The mayor said so.", "The council agreed."]))
        outputs += [json.dumps([p.model_dump() for p in paragraphs]), engine.usage().model_dump_json()]
        assert len(server.paragraph_calls()) == 3  # the run really went through the key-checking server

    with FaultServer(api_key="sk-some-other-key") as refusing:
        monkeypatch.setenv("OPENAI_BASE_URL", refusing.url)
        engine = LLMEngine(make_settings(model="test-model", verbose=2), sleep=sleeps)
        with pytest.raises(EndpointError) as failure:
            engine.analyse(document("t", ["A paragraph the cache has not seen."]))
        outputs += [str(failure.value), "".join(traceback.format_exception(failure.value))]

    written = _everything_written(tmp_path, caplog, *outputs)
    assert "refused the API key" in written and "HTTP 500" in written
    assert TEST_KEY not in written


def test_help_and_settings_do_not_import_openai_or_instructor():
    probe = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from claimcheck.cli import app\n"
        "from claimcheck.engines.llm import LLMSettings, endpoint_configured\n"
        "result = CliRunner().invoke(app, ['--help'])\n"
        "assert result.exit_code == 0, result.output\n"
        "endpoint_configured()\n"
        "print(sorted(m for m in ('openai', 'instructor', 'httpx') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
