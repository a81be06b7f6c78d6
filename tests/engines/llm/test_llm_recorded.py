"""Replays of real recordings: SmolLM2-135M-Instruct served by llama.cpp
(llama-cpp-python), recorded by ``scripts/record-cassettes`` with the
settings in ``cassettes/llm/recorded-with.json``, which the replays use.
The model is tiny and its answers are poor; these tests prove the plumbing
(requests as the current prompts make them, grounding of whatever came
back, usage, cache), not extraction quality, and assert nothing about what
the model happened to say: behaviour a model shows only sometimes (re-asks,
inventions) is tested with handmade answers in test_llm_faults.py.

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
from llm_helpers import RECORD_COMMAND, RECORDING, REPO, StaleCassette, fixture_document, recorded_with, replay

CASSETTE = "smollm2-short-article.yaml"


def _engine(make_settings, sleeps, **extra) -> LLMEngine:
    # A small CPU-bound model can take long per answer; a timeout mid-recording would leave a request unrecorded.
    settings = make_settings(**{**recorded_with(), **extra}, concurrency=1, timeout=900.0 if RECORDING else 10.0)
    return LLMEngine(settings, sleep=None if RECORDING else sleeps)


def test_recorded_article_gives_a_complete_grounded_report(make_settings, sleeps):
    document = fixture_document("short-article.txt")
    engine = _engine(make_settings, sleeps)
    with replay(CASSETTE, engine) as cassette:
        paragraphs = engine.analyse(document)

    assert [p.index for p in paragraphs] == [1, 2, 3]
    for paragraph, text in zip(paragraphs, document.paragraphs):
        assert paragraph.text == text
        assert span_problems(paragraph) == []
        assert paragraph.error is None or "no usable answer" in paragraph.error
        for a in paragraph.attributions:
            assert text[a.source_span[0]:a.source_span[1]] == a.source
    injected = paragraphs[2]
    assert all("Pope" not in a.source or a.source in injected.text for a in injected.attributions)
    usage = engine.usage()
    assert usage.requests == len(cassette) and usage.cached == 0
    assert usage.prompt_tokens > 0
    assert engine.info.model == recorded_with()["model"]  # as the server's /v1/models names it


@pytest.mark.skipif(RECORDING, reason="checks replay, not recording: a rerun would record its misses")
def test_rerun_of_a_recorded_article_is_served_from_the_cache(make_settings, sleeps):
    document = fixture_document("short-article.txt")
    engine = _engine(make_settings, sleeps)
    with replay(CASSETTE, engine):
        first = engine.analyse(document)
    again = engine.analyse(document)  # outside the cassette: only the cache can answer

    answered = [p.model_dump() for p in first if p.error is None]
    assert engine.usage().cached == len(answered)
    assert [p.model_dump() for p in again if p.error is None] == answered
    if len(answered) == len(first):
        assert engine.usage().requests == 0


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
    from claimcheck.engines.llm import replay as cassettes
    from claimcheck.engines.llm.config import LLMSettings

    path = REPO / "cassettes" / "llm" / CASSETTE
    recorded = cassettes.recorded_settings(path)
    settings = LLMSettings.resolve(**recorded, concurrency=1, cache=False)
    assert (settings.base_url, settings.model) == (recorded_with()["base_url"], recorded_with()["model"])
    engine = LLMEngine(settings)
    with cassettes.replaying(path):
        paragraphs = engine.analyse(fixture_document("short-article.txt"))
    assert not any("not in the cassette" in (p.error or "") for p in paragraphs)
    interactions = yaml.safe_load(path.read_text())["interactions"]
    assert engine.usage().requests == len(interactions)


@pytest.mark.skipif(RECORDING, reason="checks replay, not recording")
def test_a_request_missing_from_the_cassette_says_so_and_how_to_rerecord(make_settings, sleeps):
    from claimcheck.engines.llm import replay as cassettes

    path = REPO / "cassettes" / "llm" / CASSETTE
    engine = LLMEngine(make_settings(**{**recorded_with(), "max_tokens": 7}, concurrency=1), sleep=sleeps)
    with cassettes.replaying(path):
        paragraphs = engine.analyse(fixture_document("short-article.txt"))
    assert {p.error for p in paragraphs} == {
        "a request is not in the cassette (the prompts, schema or settings changed); re-record with "
        "scripts/record-cassettes"}


SEED_CASSETTE = "smollm2-seed-excerpt.yaml"


def test_a_recorded_article_leaves_only_the_articles_words_whatever_the_model_said(make_settings, sleeps):
    # The first eight paragraphs of the seed article in one call: the cassette holds SmolLM2's real answers
    # and, where it refused them, the re-ask and its answer.
    document = fixture_document("seed-excerpt.txt")
    engine = _engine(make_settings, sleeps)
    with replay(SEED_CASSETTE, engine) as cassette:
        paragraphs = engine.analyse(document)

    assert len(paragraphs) == len(document.paragraphs)
    assert engine.usage().requests == len(cassette)
    for paragraph in paragraphs:
        assert span_problems(paragraph) == []
        assert paragraph.error is None or paragraph.error.startswith("the model gave no usable answer")
        for warning in paragraph.warnings:
            assert warning.startswith(("dropped ", "the model's answer was still refused", "the answer was cut off"))
    calls = [json.loads(i.body) for i in cassette.requests if i.body and json.loads(i.body).get("max_tokens") != 1]
    for body in calls[1:]:  # every later call of this one-call article is a re-ask carrying the reasons
        assert body["messages"][-1]["content"].startswith("Your answer was refused: ")


EVAL_GOLD = REPO / "tests" / "engines" / "llm" / "fixtures" / "gold-tiny.jsonl"
EVAL_CASSETTE = "eval-gold-tiny.yaml"  # the name `claimcheck eval GOLD --engine llm` looks for


def test_recorded_eval_of_a_gold_file(make_settings, sleeps):
    """`claimcheck eval GOLD --engine llm` replays this recording, with the recorded settings, so prompt changes
    are compared on one gold set."""
    from claimcheck.evaluation import evaluate, load_gold

    engine = _engine(make_settings, sleeps, cache=False)
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
