"""The Batch API round trip: export the llm requests, answer them offline,
collect the answers into reports. No network: the "model" is the rule
follower in batch_fakes, answering into a file or from 127.0.0.1."""

import csv
import json
from pathlib import Path

import pytest

from batch_fakes import ARTICLES, INVENTED_MARKER, FakeModelServer, batch_output_line, write_articles
from claimcheck.batch import run_batch
from claimcheck.batch.openai_files import SUBMIT_FOLDER, collect_settings, export_requests
from claimcheck.batch.worker import EngineSpec
from claimcheck.engines import create_engine
from claimcheck.engines.llm.batch_api import NOT_IN_BATCH, results_engine
from claimcheck.errors import UsageError
from claimcheck.schema import Report

MODEL = "test-model"


@pytest.fixture(autouse=True)
def confined(tmp_path, monkeypatch):
    """No endpoint, config or cache from the machine running the tests."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "CLAIMCHECK_MODEL", "CLAIMCHECK_MODE", "CLAIMCHECK_PROMPTS_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CLAIMCHECK_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))


def _requests(out: Path) -> list[dict]:
    return [json.loads(line) for f in sorted((out / SUBMIT_FOLDER).glob("requests-*.jsonl"))
            for line in f.read_text().splitlines()]


def _write_results(path: Path, lines: list[dict]) -> Path:
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def _collect(out: Path, results: list[Path], **options):
    settings, paths = collect_settings(out, {})
    spec = EngineSpec(results_engine, {"results": [str(p) for p in results], **settings})
    return run_batch([], out, spec, paths=paths, quiet=True, jobs=1, **options)


def _reports(out: Path) -> dict[str, Report]:
    return {Path(r.article.path).name: r for r in
            (Report.model_validate_json(p.read_text()) for p in (out / "reports").glob("*.json"))}


def test_export_writes_one_request_per_distinct_call_with_unique_ids(tmp_path):
    # Each of these short articles fits one call (several paragraphs per call, as the live engine sends them).
    articles = dict(ARTICLES)
    articles["copy.txt"] = ARTICLES["march.txt"]  # wire copy: the same paragraphs again
    folder = tmp_path / "archive"
    write_articles(folder, articles)
    result = export_requests([str(folder)], tmp_path / "out", {"model": MODEL})
    requests = _requests(tmp_path / "out")
    ids = [r["custom_id"] for r in requests]
    assert len(ids) == len(set(ids)) == result.requests == 3
    assert result.duplicate_paragraphs == 1
    assert all(r["method"] == "POST" and r["url"] == "/v1/chat/completions" for r in requests)
    assert {r["body"]["model"] for r in requests} == {MODEL}
    assert all(r["body"]["tool_choice"]["function"]["name"] == "record_sourcing" for r in requests)
    description = json.loads((tmp_path / "out" / SUBMIT_FOLDER / "batch.json").read_text())
    assert description["articles"] == 4 and description["model"] == MODEL


def test_export_splits_files_at_the_request_limit(tmp_path):
    write_articles(tmp_path / "archive")
    result = export_requests([str(tmp_path / "archive")], tmp_path / "out", {"model": MODEL, "paragraphs_per_call": 1},
                             max_requests_per_file=2)
    assert [p.name for p in result.files] == ["requests-001.jsonl", "requests-002.jsonl", "requests-003.jsonl"]
    assert len(_requests(tmp_path / "out")) == result.requests == 5


@pytest.mark.parametrize("mode", ["tools", "json", "json_schema"])
def test_the_exported_requests_are_the_ones_the_live_engine_sends(tmp_path, mode):
    folder = tmp_path / "archive"
    write_articles(folder)
    export_requests([str(folder)], tmp_path / "out", {"model": MODEL, "mode": mode})
    with FakeModelServer() as server:
        live = EngineSpec(create_engine, {"name": "llm", "model": MODEL, "base_url": server.base_url, "mode": mode,
                                          "cache": False, "progress": False})
        run_batch([str(folder)], tmp_path / "live", live, quiet=True, jobs=1)
    exported = sorted(json.dumps(r["body"], sort_keys=True) for r in _requests(tmp_path / "out"))
    sent = sorted(json.dumps(body, sort_keys=True) for body in server.bodies)
    assert sent == exported


@pytest.mark.parametrize("mode", ["tools", "json_schema", "md_json"])
def test_collected_reports_equal_the_live_reports_for_the_same_answers(tmp_path, mode):
    folder = tmp_path / "archive"
    write_articles(folder)
    out = tmp_path / "out"
    export_requests([str(folder)], out, {"model": MODEL, "mode": mode})
    results = _write_results(tmp_path / "results.jsonl", [batch_output_line(r) for r in _requests(out)])
    collected = _collect(out, [results])
    assert (collected.analysed, collected.failed, collected.partial) == (3, 0, 0)

    with FakeModelServer() as server:
        live = EngineSpec(create_engine, {"name": "llm", "model": MODEL, "base_url": server.base_url, "mode": mode,
                                          "cache": False, "progress": False})
        run_batch([str(folder)], tmp_path / "live", live, quiet=True, jobs=1)
    for name, report in _reports(out).items():
        reference = _reports(tmp_path / "live")[name]
        assert report.paragraphs == reference.paragraphs
        assert report.summary == reference.summary
        assert report.engine == reference.engine
    assert (out / "articles.csv").read_text().count("\n") == 4
    assert "## By month" in (out / "summary.md").read_text()


def test_collect_grounds_every_answer_and_names_what_it_could_not_use(tmp_path):
    articles = {"mixed.txt": (
        "Mixed\n\n"
        "Jane Doe said the plant had closed.\n\n"
        f"Peter Novak told reporters the talks were {INVENTED_MARKER}.\n\n"
        "The second shift was cancelled.\n\n"
        "Nobody answered this one.\n"
    )}
    folder = tmp_path / "archive"
    write_articles(folder, articles)
    out = tmp_path / "out"
    export_requests([str(folder)], out, {"model": MODEL, "paragraphs_per_call": 1})
    requests = _requests(out)
    lines = [batch_output_line(requests[0]), batch_output_line(requests[1]), batch_output_line(requests[2], status=500)]
    results = _write_results(tmp_path / "results.jsonl", lines)
    collected = _collect(out, [results])
    assert collected.partial == 1

    [report] = _reports(out).values()
    first, invented, failed, missing = report.paragraphs
    assert [a.source for a in first.attributions] == ["Jane Doe"]
    assert invented.attributions == [] and any("a made-up minister" in w for w in invented.warnings)
    assert failed.error.startswith("the batch request failed with HTTP 500")
    assert missing.error == NOT_IN_BATCH
    row = next(csv.DictReader(open(out / "articles.csv")))
    assert row["paragraphs_failed"] == "2"


def test_a_later_results_file_fills_the_gaps_and_reruns_only_unfinished_articles(tmp_path):
    folder = tmp_path / "archive"
    write_articles(folder)
    out = tmp_path / "out"
    export_requests([str(folder)], out, {"model": MODEL})
    requests = _requests(out)
    first = _write_results(tmp_path / "first.jsonl", [batch_output_line(r) for r in requests[:2]])
    _collect(out, [first])
    rest = _write_results(tmp_path / "rest.jsonl", [batch_output_line(r) for r in requests[2:]])
    again = _collect(out, [first, rest])
    assert again.failed == 0 and again.partial == 0
    assert all(not p.error for r in _reports(out).values() for p in r.paragraphs)


def test_collect_refuses_results_made_with_other_prompts(tmp_path):
    write_articles(tmp_path / "archive")
    out = tmp_path / "out"
    export_requests([str(tmp_path / "archive")], out, {"model": MODEL})
    description = out / SUBMIT_FOLDER / "batch.json"
    data = json.loads(description.read_text())
    data["prompt_version"] = "000000000000"
    description.write_text(json.dumps(data))
    with pytest.raises(UsageError, match="changed since the batch was exported"):
        collect_settings(out, {})


class _RecordingClient:
    """Stands in for openai.OpenAI: records uploads and batch creations."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []
        outer = self

        class Files:
            def create(self, *, file, purpose):
                outer.calls.append(("upload", Path(file.name).name, purpose, file.read().count(b"\n")))
                return type("Uploaded", (), {"id": f"file-{len(outer.calls)}"})()

        class Batches:
            def create(self, **options):
                outer.calls.append(("batch", options["input_file_id"], options["endpoint"], options["completion_window"]))
                return type("Batch", (), {"id": f"batch-{len(outer.calls)}", "status": "validating"})()

        self.files, self.batches = Files(), Batches()


def test_send_uploads_each_requests_file_and_records_the_batch_ids(tmp_path):
    write_articles(tmp_path / "archive")
    client = _RecordingClient()
    result = export_requests([str(tmp_path / "archive")], tmp_path / "out", {"model": MODEL, "paragraphs_per_call": 1},
                             send=True, client=client, max_requests_per_file=3)
    assert client.calls == [
        ("upload", "requests-001.jsonl", "batch", 3), ("batch", "file-1", "/v1/chat/completions", "24h"),
        ("upload", "requests-002.jsonl", "batch", 2), ("batch", "file-3", "/v1/chat/completions", "24h"),
    ]
    recorded = json.loads((tmp_path / "out" / SUBMIT_FOLDER / "batch.json").read_text())["submitted"]
    assert [s["batch_id"] for s in recorded] == [s["batch_id"] for s in result.submitted] == ["batch-2", "batch-4"]


def test_collect_reads_result_lines_whose_response_is_the_completion_itself(tmp_path):
    write_articles(tmp_path / "archive", {"one.txt": ARTICLES["april.txt"]})
    out = tmp_path / "out"
    export_requests([str(tmp_path / "archive")], out, {"model": MODEL})
    lines = []
    for request in _requests(out):
        line = batch_output_line(request)
        line["response"] = line["response"]["body"]  # the layout of some older offline runners
        lines.append(line)
    collected = _collect(out, [_write_results(tmp_path / "results.jsonl", lines)])
    assert (collected.analysed, collected.partial) == (1, 0)
    [report] = _reports(out).values()
    assert [a.source for p in report.paragraphs for a in p.attributions] == ["Peter Novak"]


REPO = Path(__file__).resolve().parents[2]
CASSETTE = REPO / "cassettes" / "llm" / "smollm2-short-article.yaml"
RECORDED_WITH = REPO / "cassettes" / "llm" / "recorded-with.json"
RECORDED_ARTICLE = REPO / "tests" / "engines" / "llm" / "fixtures" / "short-article.txt"


def test_a_real_model_recording_round_trips_through_the_batch_files(tmp_path):
    """The llm engine's cassette (SmolLM2 via llama.cpp, recorded live) as a
    Batch API result set: the exported requests must be the recorded ones,
    byte for byte in JSON terms, and their answers must collect into a
    complete grounded report."""
    import yaml

    from claimcheck.schema import span_problems

    from claimcheck.engines.llm.replay import recorded_settings

    target = recorded_settings(CASSETTE)
    interactions = yaml.safe_load(CASSETTE.read_text())["interactions"]
    recorded = [(json.loads(i["request"]["body"]), json.loads(i["response"]["body"]["string"])) for i in interactions
                if i["request"]["body"]]  # the model list is a GET
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "short-article.txt").write_bytes(RECORDED_ARTICLE.read_bytes())
    out = tmp_path / "out"
    # what shapes the bodies (re-asks and retries do not: a batch makes neither)
    export_requests([str(folder)], out, {k: v for k, v in target.items() if k in ("model", "mode", "max_tokens")})

    lines, used = [], []
    for request in _requests(out):
        answers = [response for body, response in recorded if body == request["body"]]
        assert len(answers) == 1, "the exported request is not in the cassette: re-record with scripts/record-cassettes"
        used.append(answers[0])
        lines.append({"id": "r", "custom_id": request["custom_id"],
                      "response": {"status_code": 200, "request_id": "r", "body": answers[0]}, "error": None})
    assert len(lines) >= 1
    collected = _collect(out, [_write_results(tmp_path / "results.jsonl", lines)])
    assert collected.failed == 0
    [report] = _reports(out).values()
    assert len(report.paragraphs) == 3 and all(span_problems(p) == [] for p in report.paragraphs)
    assert not any(p.error == NOT_IN_BATCH for p in report.paragraphs)
    assert report.usage.prompt_tokens == sum(answer["usage"]["prompt_tokens"] for answer in used) > 0


def test_collected_answers_fill_the_response_cache_so_a_live_run_needs_no_endpoint(tmp_path, monkeypatch):
    folder = tmp_path / "archive"
    write_articles(folder)
    out = tmp_path / "out"
    export_requests([str(folder)], out, {"model": MODEL})
    _collect(out, [_write_results(tmp_path / "results.jsonl", [batch_output_line(r) for r in _requests(out)])])

    # The batch went to OpenAI; a live run against OpenAI finds every answer cached and sends nothing (a
    # request would fail: the key is a dummy and no network is reachable).
    monkeypatch.setenv("OPENAI_API_KEY", "sk-dummy-key-for-a-run-that-sends-nothing")
    live = EngineSpec(create_engine, {"name": "llm", "model": MODEL, "progress": False})
    result = run_batch([str(folder)], tmp_path / "live", live, quiet=True, jobs=1)
    assert (result.analysed, result.failed, result.partial) == (3, 0, 0)
    for name, report in _reports(tmp_path / "live").items():
        assert report.paragraphs == _reports(out)[name].paragraphs
        assert report.usage.cached == len(report.paragraphs) and report.usage.requests == 0


def test_an_endpoint_that_refuses_stops_the_batch_at_once_keeping_what_finished(tmp_path):
    from claimcheck.errors import EndpointError

    folder = tmp_path / "archive"
    write_articles(folder)
    nobody_listens = "http://127.0.0.1:9/v1"
    live = EngineSpec(create_engine, {"name": "llm", "model": MODEL, "base_url": nobody_listens, "progress": False,
                                      "http_retries": 0, "cache": False})
    with pytest.raises(EndpointError):
        run_batch([str(folder)], tmp_path / "out", live, quiet=True, jobs=1)
    assert (tmp_path / "out" / "articles.csv").read_text().count("\n") == 1  # the header: nothing was analysed
