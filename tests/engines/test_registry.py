"""The engine registry: a third engine registers without any change to the CLI, batch or eval."""

import json
from pathlib import Path

import pytest

from claimcheck import engines
from claimcheck.engines import EngineEntry, choices, create_engine, engine_entry, register, resolve_engine, unregister
from claimcheck.errors import UsageError
from claimcheck.schema import Attribution, Claim, EngineInfo, Paragraph

ARTICLE = "The pier will close in May, the mayor said.\n\nRepairs start next week.\n"


class ToyEngine:
    """Every paragraph is one claim; a paragraph holding "said" is attributed to its first word."""

    def __init__(self, **settings: object) -> None:
        self.settings = settings
        self.info = EngineInfo(name="toy", version="toy-1")

    def analyse(self, document) -> list[Paragraph]:  # noqa: ANN001
        out = []
        for n, text in enumerate(document.paragraphs, start=1):
            attributions = []
            cue = text.find("said")
            if cue >= 0:
                attributions.append(Attribution(id=f"p{n}-a1", source=text[:3], source_span=(0, 3), cue="said",
                                                cue_span=(cue, cue + 4), source_type="named_person"))
            claim = Claim(id=f"p{n}-c1", text=text, span=(0, len(text)),
                          attribution_ids=[a.id for a in attributions])
            out.append(Paragraph(index=n, text=text, claims=[claim], attributions=attributions))
        return out

    def usage(self) -> None:
        return None


@pytest.fixture
def toy(monkeypatch, tmp_path):
    """The toy engine registered for one test; no LLM endpoint configured."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "CLAIMCHECK_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = register(EngineEntry(name="toy", factory=ToyEngine, code=(), processes=False, description="toy engine"))
    yield entry
    unregister("toy")


def _claimcheck(capsys, *args: str) -> tuple[int, str, str]:
    from claimcheck.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(list(args))
    out, err = capsys.readouterr()
    return int(exit_.value.code or 0), out, err


def test_check_runs_a_registered_engine(toy, tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, out, err = _claimcheck(capsys, "check", str(article), "--engine", "toy", "-f", "json")
    assert code == 0, err
    report = json.loads(out)
    assert report["engine"]["name"] == "toy"
    assert [len(p["claims"]) for p in report["paragraphs"]] == [1, 1]
    assert report["paragraphs"][0]["attributions"][0]["cue"] == "said"


def test_batch_runs_a_registered_engine_and_its_jobs_come_from_the_registry(toy, tmp_path, capsys):
    from claimcheck.batch import default_jobs

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, _, err = _claimcheck(capsys, "batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                               "--engine", "toy", "-f", "json", "-q")
    assert code == 0, err
    (report,) = (tmp_path / "out" / "reports").glob("*.json")
    assert json.loads(report.read_text(encoding="utf-8"))["engine"]["name"] == "toy"
    assert default_jobs("toy") == 1  # processes=False: one process


def test_eval_runs_a_registered_engine(toy, tmp_path, capsys):
    gold = Path(__file__).resolve().parents[1] / "data" / "gold_small.jsonl"
    code, out, err = _claimcheck(capsys, "eval", str(gold), "--engine", "toy", "--limit", "2", "-q", "-f", "json")
    assert code == 0, err
    assert json.loads(out)["engine"] == "toy"


def test_auto_picks_a_configured_engine_before_the_default(monkeypatch, tmp_path):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert resolve_engine("auto").entry.name == "rules"
    register(EngineEntry(name="toy", factory=ToyEngine, code=(), configured=lambda base_url_given: True))
    try:
        assert resolve_engine("auto").entry.name == "toy"
        assert "toy" in choices()
    finally:
        unregister("toy")
    assert "toy" not in choices()


def test_auto_says_why_it_fell_back_to_the_default(monkeypatch, tmp_path):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    chosen = resolve_engine("auto")
    assert chosen.entry.name == engines.DEFAULT_ENGINE
    assert any("no LLM endpoint configured" in n and "using the offline rules engine" in n for n in chosen.notices)
    assert resolve_engine("rules").notices == ()


def test_endpoint_settings_reach_only_an_engine_that_takes_them(toy):
    assert create_engine("toy", model="m").settings == {}
    register(EngineEntry(name="toy", factory=ToyEngine, code=(), takes_endpoint=True))
    assert create_engine("toy", model="m").settings == {"model": "m"}


def test_an_unknown_engine_is_a_usage_error_naming_the_choices():
    with pytest.raises(UsageError, match="unknown engine 'nope': choose one of auto, rules, llm"):
        engine_entry("nope")


def test_auto_is_not_an_engine_name():
    with pytest.raises(ValueError):
        register(EngineEntry(name="auto", factory=ToyEngine, code=()))


def test_what_the_shipped_engines_need():
    rules, llm = engine_entry("rules"), engine_entry("llm")
    assert rules.processes and not rules.takes_endpoint and rules.configured is None
    assert llm.takes_endpoint and not llm.processes and llm.default_jobs() == 1
    assert llm.configured is not None and llm.configured(True)
