"""`claimcheck eval` through the real entry point."""

import json

from .conftest import REPO

GOLD = REPO / "tests" / "data" / "gold_small.jsonl"


def test_eval_json_for_ci(run):
    result = run("eval", str(GOLD), "--format", "json", "--quiet")
    assert result.code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["engine"] == "rules" and data["records"] > 0
    assert 0 < data["attributions"]["lenient"]["f1"] <= 1


def test_eval_text_writes_to_a_file(run, tmp_path):
    out = tmp_path / "eval.txt"
    result = run("eval", str(GOLD), "--limit", "2", "-q", "-o", str(out))
    assert result.code == 0, result.stderr
    assert "claimcheck eval: engine rules, 2 records" in out.read_text()


def test_eval_missing_gold_is_an_input_error(run):
    result = run("eval", "nope.jsonl", "-q")
    assert result.code == 3
    assert result.stderr.startswith("claimcheck: error: nope.jsonl")
    assert "Traceback" not in result.stderr


def test_eval_output_is_written_atomically_and_fails_like_check_output(run, tmp_path):
    out = tmp_path / "eval.json"
    out.write_text("old results")
    assert run("eval", str(GOLD), "--limit", "1", "-q", "-f", "json", "-o", str(out)).code == 0
    assert json.loads(out.read_text())["records"] == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".eval")) == []
    nowhere = tmp_path / "missing" / "eval.json"
    evaluated = run("eval", str(GOLD), "--limit", "1", "-q", "-o", str(nowhere))
    checked = run("check", str(REPO / "seeds" / "article.txt"), "-q", "-o", str(nowhere))
    assert evaluated.code == checked.code == 2
    assert evaluated.stderr == checked.stderr == f"claimcheck: error: {nowhere}: directory {nowhere.parent} does not exist\n"
