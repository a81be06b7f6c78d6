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
