"""Replays of real recordings: SmolLM2-135M-Instruct served by llama.cpp
(llama-cpp-python), recorded by ``scripts/record-cassettes``. The model is
tiny and its answers are poor; these tests prove the plumbing (requests as
the current prompts make them, grounding of whatever came back, usage,
cache), not extraction quality.

A cassette recorded with other prompts, schema or settings no longer
matches (vcrpy matches method, URI and body) and the test fails naming the
cassette and the command that re-records it.
"""

from __future__ import annotations

import json
import shutil

import pytest
import yaml

from claimcheck.engines.llm.engine import LLMEngine
from claimcheck.schema import span_problems
from llm_helpers import RECORD_COMMAND, RECORDED_WITH, RECORDING, REPO, StaleCassette, fixture_document, recorded_with, replay

CASSETTE = "smollm2-short-article.yaml"


def _engine(make_settings, sleeps) -> LLMEngine:
    target = recorded_with()
    # A small CPU-bound model can take long per answer; a timeout mid-recording would leave a request unrecorded.
    settings = make_settings(base_url=target["base_url"], model=target["model"], mode=target["mode"], concurrency=1,
                             timeout=600.0 if RECORDING else 10.0)
    return LLMEngine(settings, sleep=None if RECORDING else sleeps)


def test_recorded_article_gives_a_complete_grounded_report(make_settings, sleeps):
    document = fixture_document("short-article.txt")
    engine = _engine(make_settings, sleeps)
    with replay(CASSETTE, engine) as cassette:
        paragraphs = engine.analyse(document)

    assert [p.index for p in paragraphs] == [1, 2, 3]
    for paragraph, text in zip(paragraphs, document.paragraphs):
        assert paragraph.text == text
        assert paragraph.error is None, paragraph.error
        assert span_problems(paragraph) == []
        for a in paragraph.attributions:
            assert a.source in text and a.cue in text
    injected = paragraphs[2]
    assert all("Pope" not in a.source or a.source in injected.text for a in injected.attributions)
    usage = engine.usage()
    assert usage.requests == len(cassette) and usage.cached == 0
    assert usage.prompt_tokens > 0
    if RECORDING:
        RECORDED_WITH.write_text(json.dumps(recorded_with(), indent=2) + "\n")


def test_rerun_of_a_recorded_article_is_served_from_the_cache(make_settings, sleeps):
    document = fixture_document("short-article.txt")
    engine = _engine(make_settings, sleeps)
    with replay(CASSETTE, engine):
        first = engine.analyse(document)
    again = engine.analyse(document)

    assert engine.usage().requests == 0
    assert engine.usage().cached == 3
    assert [p.model_dump() for p in again] == [p.model_dump() for p in first]


@pytest.mark.skipif(RECORDING, reason="checks replay, not recording")
def test_a_changed_prompt_names_the_stale_cassette_and_the_rerecord_command(make_settings, sleeps, tmp_path, monkeypatch):
    prompts = tmp_path / "prompts"
    shutil.copytree(REPO / "prompts", prompts)
    system = prompts / "system.md"
    head, last = system.read_text().rstrip().rsplit(" ", 1)
    system.write_text(f"{head} {last.upper() if last != last.upper() else last.lower()}\n")  # one word changed
    monkeypatch.setenv("CLAIMCHECK_PROMPTS_DIR", str(prompts))
    engine = _engine(make_settings, sleeps)

    with pytest.raises(StaleCassette) as failure:
        with replay(CASSETTE, engine):
            engine.analyse(fixture_document("short-article.txt"))

    message = str(failure.value)
    assert f"cassettes/llm/{CASSETTE} is stale" in message
    assert f"Re-record it with: {RECORD_COMMAND}" in message


@pytest.mark.skipif(RECORDING, reason="checks replay, not recording")
def test_settings_naming_a_cassette_replay_it_with_the_recorded_endpoint_and_model(make_settings):
    from claimcheck.engines.llm.config import LLMSettings

    settings = LLMSettings.resolve(cassette=REPO / "cassettes" / "llm" / CASSETTE, progress=False)
    assert (settings.base_url, settings.model) == (recorded_with()["base_url"], recorded_with()["model"])
    engine = LLMEngine(settings)
    paragraphs = engine.analyse(fixture_document("short-article.txt"))
    assert [p.error for p in paragraphs] == [None, None, None]
    recorded = yaml.safe_load((REPO / "cassettes" / "llm" / CASSETTE).read_text())["interactions"]
    assert engine.usage().requests == len(recorded)


SEED_CASSETTE = "smollm2-seed-excerpt.yaml"


def test_recorded_reasks_and_dropped_inventions_leave_only_the_articles_words(make_settings, sleeps):
    # The first eight paragraphs of the seed article, on two of which SmolLM2 invents strings: the cassette
    # holds its real answers, the re-asks they triggered and the (still invented) answers to those.
    document = fixture_document("seed-excerpt.txt")
    engine = _engine(make_settings, sleeps)
    with replay(SEED_CASSETTE, engine) as cassette:
        paragraphs = engine.analyse(document)

    assert len(paragraphs) == len(document.paragraphs)
    assert engine.usage().requests == len(cassette)
    for paragraph in paragraphs:
        assert paragraph.error is None, paragraph.error
        assert span_problems(paragraph) == []
        for warning in paragraph.warnings[1:]:  # the first says validation failed; the rest name what was dropped
            assert warning.startswith("dropped ") and warning.endswith(": not in the paragraph")
    if not RECORDING:  # a re-recording whose model invents nothing would no longer exercise this path: say so
        reasked = [i for i in cassette.requests if len(json.loads(i.body)["messages"]) > 2]
        assert reasked, f"{SEED_CASSETTE} holds no re-ask any more; pick paragraphs on which the model invents"
        assert any(len(p.warnings) > 1 for p in paragraphs)


EVAL_GOLD = REPO / "tests" / "engines" / "llm" / "fixtures" / "gold-tiny.jsonl"
EVAL_CASSETTE = "eval-gold-tiny.yaml"  # the name `claimcheck eval GOLD --engine llm` looks for


def test_recorded_eval_of_a_gold_file(make_settings, sleeps):
    """`claimcheck eval GOLD --engine llm` replays this recording, so prompt changes are compared on one gold set.
    Recorded with the CLI's default re-ask and retry settings, so the command sends the same requests."""
    from claimcheck.evaluation import evaluate, load_gold

    target = recorded_with()
    settings = make_settings(base_url=target["base_url"], model=target["model"], mode=target["mode"], concurrency=1,
                             timeout=600.0 if RECORDING else 10.0, max_reasks=2, http_retries=3, cache=False)
    engine = LLMEngine(settings, sleep=None if RECORDING else sleeps)
    with replay(EVAL_CASSETTE, engine) as cassette:
        result = evaluate(load_gold(EVAL_GOLD), engine, progress=False)
    assert result.records == 1
    assert engine.usage().requests == len(cassette) > 0


@pytest.mark.skipif(RECORDING, reason="checks replay, not recording")
def test_eval_command_replays_the_gold_files_cassette_offline(tmp_path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "CLAIMCHECK_"))}
    env.update(CLAIMCHECK_CONFIG=str(tmp_path / "none.toml"), CLAIMCHECK_CACHE_DIR=str(tmp_path / "cache"))
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck", "eval", str(EVAL_GOLD), "--engine", "llm", "-f", "json"],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=120,  # a checkout: cassettes/llm/ is here
    )
    assert proc.returncode == 0, proc.stderr
    assert "replaying" in proc.stderr and EVAL_CASSETTE in proc.stderr
    assert json.loads(proc.stdout)["records"] == 1


@pytest.mark.skipif(RECORDING, reason="checks replay, not recording")
def test_eval_with_a_changed_prompt_names_the_stale_cassette(tmp_path):
    import os
    import subprocess
    import sys

    prompts = tmp_path / "prompts"
    shutil.copytree(REPO / "prompts", prompts)
    system = prompts / "system.md"
    system.write_text(system.read_text().replace("claims", "statements", 1))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "CLAIMCHECK_"))}
    env.update(CLAIMCHECK_CONFIG=str(tmp_path / "none.toml"), CLAIMCHECK_CACHE_DIR=str(tmp_path / "cache"),
               CLAIMCHECK_PROMPTS_DIR=str(prompts))
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck", "eval", str(EVAL_GOLD), "--engine", "llm", "-q"],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=120,
    )
    assert proc.returncode == 2
    assert "is stale" in proc.stderr and "scripts/record-cassettes" in proc.stderr
