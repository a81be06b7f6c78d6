"""`claimcheck eval FOLDER` on typed sourcing gold (the realnews_dev format), on an invented article."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.sourcing_gold import TypedCounts, is_typed_gold, score_article

ARTICLE = """Mara Lind, the mayor of Eastport, said the ferry would stop in May.
"We have no money left," she said. "The boats are old."
Port officials said the decision was rushed.
The harbor authority said it would appeal. It said repairs could cost $2 million.
"""

GOLD = {
    "file": "ferry.txt",
    "paragraphs": {
        "1": {"attributions": [{"heads": ["Lind"], "types": ["named_person"], "cue": "said", "entity": "E1",
                                "quote": "indirect", "optional": False,
                                "source_text": "Mara Lind, the mayor of Eastport"}],
              "hedges": [], "optional_hedges": ["would"]},
        "2": {"attributions": [{"heads": ["she", "Lind"], "types": ["named_person"], "cue": "said", "entity": "E1",
                                "quote": "direct", "optional": False, "source_text": "she", "pronoun": True}],
              "hedges": [], "optional_hedges": []},
        "3": {"attributions": [{"heads": ["officials"], "types": ["anonymous"], "cue": "said", "entity": "E2",
                                "quote": "indirect", "optional": False, "source_text": "Port officials"}],
              "hedges": [], "optional_hedges": []},
        "4": {"attributions": [
            {"heads": ["authority"], "types": ["organization"], "cue": "said", "entity": "E3", "quote": "indirect",
             "optional": False, "source_text": "The harbor authority"},
            {"heads": ["It", "authority"], "types": ["organization"], "cue": "said", "entity": "E3",
             "quote": "indirect", "optional": False, "source_text": "It", "pronoun": True}],
              "hedges": ["could"], "optional_hedges": ["would"]},
    },
    "entities": [{"id": "E1", "name": "Mara Lind", "type": "named_person", "mentions": [["1", "Mara Lind"]]},
                 {"id": "E2", "name": "port officials", "type": "anonymous", "mentions": [["3", "Port officials"]]},
                 {"id": "E3", "name": "the harbor authority", "type": "organization", "mentions": []}],
    "continuations": [["2", "The boats are old", "E1", "after"]],
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles" / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "gold" / "ferry.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return tmp_path


def _report(folder: Path) -> dict:
    from claimcheck.article import load
    from claimcheck.engines import create_engine
    from claimcheck.pipeline import analyse_document

    report = analyse_document(load(str(folder / "articles" / "ferry.txt")), create_engine("rules"))
    return json.loads(report.model_dump_json())


def _paragraphs() -> list[str]:
    return [line for line in ARTICLE.split("\n") if line.strip()]


def test_a_folder_of_typed_gold_is_recognised(folder, tmp_path):
    assert is_typed_gold(folder)
    assert not is_typed_gold(tmp_path / "articles")


def test_the_measures_of_an_invented_article(folder):
    counts = score_article(GOLD, _paragraphs(), _report(folder))
    m = counts.measures()
    assert (counts.tp, counts.fn) == (5, 0)
    assert m["type_acc"] == 1.0 and m["type_acc_n"] == 5
    assert m["pronoun_acc"] == 1.0 and m["pronoun_acc_n"] == 2
    assert m["merge_recall"] == 1.0 and m["merge_recall_n"] == 2
    assert m["merge_precision"] == 1.0


def test_a_wrong_type_and_a_split_are_counted(folder):
    report = _report(folder)
    paragraph_four = report["paragraphs"][3]
    paragraph_four["attributions"][0]["source_type"] = "anonymous"
    paragraph_four["attributions"][1]["source_id"] = None
    counts = score_article(GOLD, _paragraphs(), report)
    m = counts.measures()
    assert m["type_acc"] == pytest.approx(4 / 5)
    assert m["pronoun_acc"] == pytest.approx(1 / 2)
    assert m["merge_recall"] == pytest.approx(1 / 2)
    assert any(x.startswith("roster split: E3") for x in counts.misses)


def test_eval_prints_the_typed_measures(folder):
    done = subprocess.run([sys.executable, "-m", "claimcheck", "eval", str(folder)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "pronoun sources resolved" in done.stdout
    assert "articles=1 " in done.stdout and "merge_precision=" in done.stdout
    as_json = subprocess.run([sys.executable, "-m", "claimcheck", "eval", str(folder), "-f", "json"],
                             capture_output=True, text=True)
    assert json.loads(as_json.stdout)["typed_gold"]["pronoun_acc_n"] == 2


def test_a_folder_that_is_not_typed_gold_is_an_input_error(tmp_path):
    done = subprocess.run([sys.executable, "-m", "claimcheck", "eval", str(tmp_path)], capture_output=True, text=True)
    assert done.returncode == 3
    assert "articles/ and gold/" in done.stderr and "Traceback" not in done.stderr


def test_a_gold_file_that_does_not_fit_its_article_is_an_input_error(folder):
    (folder / "articles" / "ferry.txt").write_text("One line only.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "claimcheck", "eval", str(folder)], capture_output=True, text=True)
    assert done.returncode == 3 and "paragraphs" in done.stderr


# ../shared beside the checkout (one level further up for a worktree kept in a subfolder)
_SHARED_SCORER = next((p / "shared" / "tools" / "score_realnews.py" for p in Path(__file__).resolve().parents[2:4]
                       if (p / "shared" / "tools" / "score_realnews.py").exists()), Path("/nonexistent"))


@pytest.mark.skipif(not _SHARED_SCORER.exists(), reason="the shared scorer is not beside this checkout")
def test_figures_agree_with_the_shared_scorer(folder):
    spec = importlib.util.spec_from_file_location("score_realnews", _SHARED_SCORER)
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    report = _report(folder)
    report["paragraphs"][3]["attributions"][1]["source_id"] = None  # a split, so not every figure is 1.0
    theirs, _log = shared.score_article(GOLD, _paragraphs(), report, verbose=False)
    ours = score_article(GOLD, _paragraphs(), report)
    for key in TypedCounts.__dataclass_fields__:
        if key not in ("articles", "misses"):
            assert getattr(ours, key) == getattr(theirs, key), key
