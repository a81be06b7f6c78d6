import csv
import json

import pytest

from claimcheck.errors import ExitCode

from .conftest import SEED

DATED = "Bridge closed\n\ndate 2020-03-12 BAGHDAD -- Two officials said the bridge would stay closed.\n"


def _one_line_error(result):
    assert "Traceback" not in result.stderr
    return [line for line in result.stderr.splitlines() if line.startswith("claimcheck: error: ")][-1]


def test_batch_over_a_folder_writes_reports_tables_and_summary(run, tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "seed.txt").write_bytes(SEED.read_bytes())
    (archive / "dated.txt").write_text(DATED)
    result = run("batch", str(archive), "--out", "out", "--engine", "rules", "-f", "json")
    assert result.code == ExitCode.OK, result.stderr
    out = tmp_path / "out"
    rows = list(csv.DictReader(open(out / "articles.csv")))
    assert len(rows) == 2 and all(r["error"] == "" for r in rows)
    assert sorted(p.suffix for p in (out / "reports").iterdir()) == [".json", ".json"]
    assert "| 2020-03 | 2 |" in (out / "summary.md").read_text()  # the seed is dated March 2020 too
    assert "2 of 2 articles reported" in result.stderr

    again = run("batch", str(archive), "--out", "out", "--engine", "rules", "-f", "json")
    assert again.code == ExitCode.OK and "2 of 2 articles already done" in again.stderr


def test_a_bad_article_among_good_ones_exits_partial_and_is_listed(run, tmp_path):
    (tmp_path / "good.txt").write_text(DATED)
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = run("batch", "good.txt", "binary.txt", "--out", "out", "--engine", "rules")
    assert result.code == ExitCode.PARTIAL, result.stderr
    rows = {r["path"]: r for r in csv.DictReader(open(tmp_path / "out" / "articles.csv"))}
    assert "looks binary" in rows["binary.txt"]["error"]
    assert "binary.txt:" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["x.txt"], "--out DIR is required"),
    (["x.txt", "--out", "o", "--send"], "--send goes with --submit"),
    (["x.txt", "--out", "o", "--engine", "rules", "--submit", "openai-batch"], "does not go with --engine rules"),
    (["missing.txt", "--out", "o", "--engine", "rules"], "missing.txt: no such file"),
    (["--out", "o", "--collect", "nothing.jsonl"], "--collect nothing.jsonl: no such file"),
])
def test_bad_batch_arguments_give_one_line_usage_errors(run, tmp_path, args, message):
    (tmp_path / "x.txt").write_text(DATED)
    result = run("batch", *args)
    assert result.code == ExitCode.USAGE
    assert message in _one_line_error(result)


def test_submit_writes_the_batch_api_file_without_any_endpoint(run, tmp_path):
    (tmp_path / "a.txt").write_text(DATED)
    result = run("batch", "a.txt", "--out", "out", "--engine", "llm", "--submit", "openai-batch", "--model", "m")
    assert result.code == ExitCode.OK, result.stderr
    [line] = (tmp_path / "out" / "openai-batch" / "requests-001.jsonl").read_text().splitlines()
    assert json.loads(line)["body"]["model"] == "m"
    assert "--collect RESULTS.jsonl" in result.stderr


def test_submit_then_collect_round_trip_on_the_command_line(run, tmp_path):
    from batch_fakes import batch_output_line

    (tmp_path / "a.txt").write_text(DATED + "\nJane Doe said repairs had started.\n")
    submitted = run("batch", "a.txt", "--out", "out", "--engine", "llm", "--submit", "openai-batch", "--model", "m")
    assert submitted.code == ExitCode.OK, submitted.stderr
    requests = (tmp_path / "out" / "openai-batch" / "requests-001.jsonl").read_text().splitlines()
    results = tmp_path / "results.jsonl"
    results.write_text("".join(json.dumps(batch_output_line(json.loads(r))) + "\n" for r in requests))

    collected = run("batch", "--collect", str(results), "--out", "out", "-f", "json")
    assert collected.code == ExitCode.OK, collected.stderr
    [row] = list(csv.DictReader(open(tmp_path / "out" / "articles.csv")))
    assert row["error"] == "" and row["paragraphs_failed"] == "0" and int(row["attributions"]) >= 1
    [report] = (tmp_path / "out" / "reports").glob("*.json")
    assert json.loads(report.read_text())["engine"]["model"] == "m"
