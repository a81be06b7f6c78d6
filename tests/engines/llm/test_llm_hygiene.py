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
from llm_fault_server import FaultServer, answer, attribution, claim, completion, error
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


SHAPED_LIKE_A_KEY = "sk-proj-AbCdEfGhIjKlMnOpQrStUvWx0123"


def _planting_server(key: str) -> FaultServer:
    """Answers that echo the key and a key-shaped string: in a statement (the model's own words), in an
    invented source (which the report's warnings name), and in an error body."""
    leaky = completion(answer({"paragraph": "p1", "attributions": [
        attribution("a1", f"the admin {key}", "said", None)],
        "claims": [claim("The mayor said so", statement=f"Use {key} or {SHAPED_LIKE_A_KEY} to log in.")]}))
    return FaultServer(when={'\\">\\nThe council': error(500, f"upstream echoed {key}")}, default=leaky,
                       api_key=key)


def test_the_key_and_key_shaped_strings_appear_nowhere_a_run_writes(tmp_path):
    """The CLI end to end, every report format, the cache and the batch folder: every byte the runs wrote."""
    import os

    article = tmp_path / "article.txt"
    article.write_text("Keys\n\nThe mayor said so.\n\nThe council agreed.\n")
    outputs: list[str] = []
    # The echoing 500 is what plants the key in an error; retrying it with real back-off only repeated the same
    # message and cost most of a minute, so the runs read a config file that turns retries off.
    config = tmp_path / "config.toml"
    config.write_text("[llm]\nhttp_retries = 0\n")
    with _planting_server(TEST_KEY) as server:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "CLAIMCHECK_"))}
        env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path / "cache"),
                   CLAIMCHECK_CONFIG=str(config),
                   OPENAI_BASE_URL=server.url, OPENAI_API_KEY=TEST_KEY)  # paired: the key is really sent
        for n, form in enumerate(["markdown", "json", "html"]):
            args = [str(article), "--engine", "llm", "--model", "test-model", "-f", form, "-vv",
                    "--paragraphs-per-call", "1", "-o", str(tmp_path / f"report-{n}.{form}")]
            if n:
                args.append("--no-cache")  # each format from a fresh answer, not only the first run's
            proc = subprocess.run([sys.executable, "-m", "claimcheck", *args], capture_output=True, text=True,
                                  env=env, timeout=120)
            outputs += [proc.stdout, proc.stderr]
            assert proc.returncode == 5, proc.stderr  # paragraph 2 failed with the echoing 500
        proc = subprocess.run([sys.executable, "-m", "claimcheck", "batch", str(article), "--engine", "llm",
                               "--model", "test-model", "--out", str(tmp_path / "batch"), "--no-cache",
                               "--paragraphs-per-call", "1", "-f", "json", "-f", "markdown"],
                              capture_output=True, text=True, env=env, timeout=120)
        outputs += [proc.stdout, proc.stderr]
        proc = subprocess.run([sys.executable, "-m", "claimcheck", "batch", str(article), "--engine", "llm",
                               "--model", "test-model", "--out", str(tmp_path / "export"),
                               "--submit", "openai-batch"], capture_output=True, text=True, env=env, timeout=120)
        outputs += [proc.stdout, proc.stderr]
        assert all(s.headers.get("authorization") == f"Bearer {TEST_KEY}" for s in server.seen)  # the key was sent
    written = "\n".join([*(p.read_bytes().decode("utf-8", "replace") for p in tmp_path.rglob("*") if p.is_file()),
                         *outputs])
    assert "[redacted]" in written and "HTTP 500" in written  # the planted strings were there to leak
    assert (tmp_path / "cache").exists() and list((tmp_path / "batch").rglob("*.json"))
    assert TEST_KEY not in written
    assert SHAPED_LIKE_A_KEY not in written


def test_the_key_appears_nowhere_in_logs_errors_or_tracebacks(make_settings, sleeps, tmp_path, monkeypatch, caplog):
    caplog.set_level(logging.DEBUG)
    outputs: list[str] = []
    with _planting_server(TEST_KEY) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("OPENAI_API_KEY", TEST_KEY)
        engine = LLMEngine(make_settings(model="test-model", http_retries=1, concurrency=1,
                                         paragraphs_per_call=1), sleep=sleeps)
        paragraphs = engine.analyse(document("t", ["The mayor said so.", "The council agreed."]))
        outputs += [json.dumps([p.model_dump() for p in paragraphs]), engine.usage().model_dump_json()]

    with FaultServer(api_key="sk-some-other-key") as refusing:
        monkeypatch.setenv("OPENAI_BASE_URL", refusing.url)
        engine = LLMEngine(make_settings(model="test-model"), sleep=sleeps)
        with pytest.raises(EndpointError) as failure:
            engine.analyse(document("t", ["A paragraph the cache has not seen."]))
        outputs += [str(failure.value), "".join(traceback.format_exception(failure.value))]

    written = _everything_written(tmp_path, caplog, *outputs)
    assert "refused the API key" in written and "HTTP 500" in written
    assert TEST_KEY not in written and SHAPED_LIKE_A_KEY not in written


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
