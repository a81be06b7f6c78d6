import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from batch_fakes import ARTICLES, marked_failure_engine, write_articles
from claimcheck.batch import WORKER_DIED, run_batch
from claimcheck.batch.worker import EngineSpec
from claimcheck.engines import create_engine
from claimcheck.schema import Report
from claimcheck.scoring import load_rubric

RULES = EngineSpec(create_engine, {"name": "rules"})
FLAKY = EngineSpec(marked_failure_engine)


def _rows(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _files_under(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def archive(tmp_path):
    paths = write_articles(tmp_path / "archive")
    return tmp_path / "archive", paths


def test_a_batch_writes_a_report_per_article_and_the_three_tables(archive, tmp_path):
    folder, paths = archive
    out = tmp_path / "out"
    result = run_batch([str(folder)], out, RULES, quiet=True, jobs=1)
    assert (result.total, result.analysed, result.failed) == (3, 3, 0)

    articles = _rows(out / "articles.csv")
    assert sorted(Path(r["path"]).name for r in articles) == sorted(ARTICLES)
    by_name = {Path(r["path"]).name: r for r in articles}
    assert by_name["march.txt"]["title"] == "Bridge closed after attack"
    assert by_name["march.txt"]["date"] == "2020-03-12"
    for row in articles:
        report = Report.model_validate_json((out / row["report"]).with_suffix(".json").read_text())
        assert report.summary.claims == int(row["claims"])
        assert float(row["anonymous_only_share"]) == report.summary.anonymous_only_share
        assert (out / row["report"]).read_text().startswith("# Sourcing report")
    sources = _rows(out / "sources.csv")
    assert {r["type"] for r in sources} >= {"anonymous", "named_person"}
    assert {Path(r["path"]).name for r in sources} == set(ARTICLES)

    summary = (out / "summary.md").read_text()
    assert "## By month" in summary and "| 2020-03 | 1 |" in summary and "| 2020-04 | 1 |" in summary
    assert "1 analysed article(s) carry no date" in summary


def test_a_rerun_skips_done_articles_and_redoes_only_what_changed(archive, tmp_path):
    folder, paths = archive
    out = tmp_path / "out"
    run_batch([str(folder)], out, RULES, quiet=True, jobs=1)
    before = _files_under(out / "reports")

    again = run_batch([str(folder)], out, RULES, quiet=True, jobs=1)
    assert (again.skipped, again.analysed) == (3, 0)
    assert _files_under(out / "reports") == before
    assert len(_rows(out / "articles.csv")) == 3

    changed = folder / "april.txt"
    changed.write_text(changed.read_text() + "\nThe next round is due in May, officials said.\n")
    third = run_batch([str(folder)], out, RULES, quiet=True, jobs=1)
    assert (third.skipped, third.analysed) == (2, 1)


@pytest.mark.parametrize("change", ["rubric", "formats", "force", "missing-report"])
def test_a_rerun_redoes_articles_when_the_reports_would_differ(archive, tmp_path, change):
    folder, _ = archive
    out = tmp_path / "out"
    run_batch([str(folder)], out, RULES, quiet=True, jobs=1)
    options = {}
    if change == "rubric":
        override = tmp_path / "rubric.toml"
        override.write_text("[base]\nnamed_person = 77\n")
        options["rubric"] = load_rubric(override)
    elif change == "formats":
        options["formats"] = ("markdown", "json", "html")
    elif change == "force":
        options["force"] = True
    else:
        next((out / "reports").glob("march-*.md")).unlink()
    result = run_batch([str(folder)], out, RULES, quiet=True, jobs=1, **options)
    expected_redone = 1 if change == "missing-report" else 3
    assert result.analysed == expected_redone


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_that_crashes_the_engine_is_listed_and_the_others_are_kept(tmp_path, jobs):
    articles = dict(ARTICLES)
    articles["broken.txt"] = "Broken\n\nThis article makes the engine CRASH, officials said.\n"
    folder = tmp_path / "archive"
    write_articles(folder, articles)
    out = tmp_path / "out"
    result = run_batch([str(folder)], out, FLAKY, quiet=True, jobs=jobs)
    assert (result.analysed, result.failed) == (3, 1)
    rows = {Path(r["path"]).name: r for r in _rows(out / "articles.csv")}
    assert "RuntimeError: the engine tripped over this article" in rows["broken.txt"]["error"]
    assert rows["broken.txt"]["claims"] == ""
    assert all(rows[name]["error"] == "" and rows[name]["claims"] for name in ARTICLES)
    assert "## Failed articles" in (out / "summary.md").read_text()


def test_an_article_that_kills_its_worker_process_costs_only_itself(tmp_path):
    articles = dict(ARTICLES)
    articles["fatal.txt"] = "Fatal\n\nThis article makes the worker DIE, a source said.\n"
    folder = tmp_path / "archive"
    write_articles(folder, articles)
    out = tmp_path / "out"
    result = run_batch([str(folder)], out, FLAKY, quiet=True, jobs=2)
    rows = {Path(r["path"]).name: r for r in _rows(out / "articles.csv")}
    assert rows["fatal.txt"]["error"] == WORKER_DIED
    assert all(rows[name]["error"] == "" for name in ARTICLES)
    assert (result.analysed, result.failed) == (3, 1)


def test_an_interrupted_batch_keeps_what_it_finished_and_a_rerun_completes_it(tmp_path):
    articles = {"a-first.txt": ARTICLES["march.txt"], "b-stop.txt": "Stop\n\nINTERRUPT here, officials said.\n",
                "c-last.txt": ARTICLES["april.txt"]}
    folder = tmp_path / "archive"
    write_articles(folder, articles)
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        run_batch([str(folder)], out, FLAKY, quiet=True, jobs=1)
    assert [Path(r["path"]).name for r in _rows(out / "articles.csv")] == ["a-first.txt"]

    (folder / "b-stop.txt").write_text("Stop\n\nNothing to see, officials said.\n")
    result = run_batch([str(folder)], out, FLAKY, quiet=True, jobs=1)
    assert (result.skipped, result.analysed) == (1, 2)
    assert len(_rows(out / "articles.csv")) == 3


def test_a_manifest_line_cut_short_by_a_kill_is_ignored_and_redone(archive, tmp_path):
    folder, _ = archive
    out = tmp_path / "out"
    run_batch([str(folder)], out, RULES, quiet=True, jobs=1)
    manifest = out / "manifest.jsonl"
    lines = manifest.read_text().splitlines(keepends=True)
    manifest.write_text("".join(lines[:-1]) + lines[-1][: len(lines[-1]) // 2])
    result = run_batch([str(folder)], out, RULES, quiet=True, jobs=1)
    assert (result.skipped, result.analysed) == (2, 1)
    assert all(json.loads(line) for line in manifest.read_text().splitlines()[-1:])
    assert len(_rows(out / "articles.csv")) == 3


@pytest.mark.parametrize("name, title", [
    ("..evil.txt", "../../../../tmp/escape"),
    ("-rf --no-preserve-root.txt", "..\\..\\windows"),
    ("Ünïcode بغداد.txt", "/etc/passwd"),
    ("x" * 250 + ".txt", "a/b/c"),
])
def test_reports_stay_inside_the_output_folder_whatever_names_and_titles_hold(tmp_path, name, title):
    folder = tmp_path / "archive"
    [article] = write_articles(folder, {name: f"{title}\n\nOfficials said the bridge was closed.\n"})
    out = tmp_path / "nested" / "out"
    before = {p for p in tmp_path.rglob("*")}
    run_batch([str(article)], out, RULES, quiet=True, jobs=1)
    created = {p for p in tmp_path.rglob("*")} - before
    assert created and all(p == out or out in p.parents or p == out.parent for p in created)
    reports = list((out / "reports").iterdir())
    assert len(reports) == 2 and all(p.name[0] not in ".-" for p in reports)


def test_the_progress_log_gives_rate_and_eta_when_stderr_is_not_a_terminal(archive, tmp_path, monkeypatch, capsys):
    import claimcheck.batch.progress as progress

    monkeypatch.setattr(progress, "_LOG_EVERY_SECONDS", 0.0)
    folder, _ = archive
    run_batch([str(folder)], tmp_path / "out", RULES, jobs=1)
    lines = [line for line in capsys.readouterr().err.splitlines() if "articles" in line and "ETA" in line]
    assert lines and lines[-1].startswith("claimcheck: 3/3 articles") and "art/s" in lines[-1]


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="names fsynced files through /proc/self/fd")
@pytest.mark.parametrize("jobs", [1, 2])
def test_reports_are_made_durable_once_per_checkpoint_before_the_manifest_names_them(archive, tmp_path, monkeypatch,
                                                                                       jobs):
    from claimcheck import output
    from claimcheck.batch import store

    folder, _ = archive
    out = tmp_path / "out"
    events: list = []
    real_sync, real_append, real_fsync = output.sync_filesystem, store.OutputFolder._append, os.fsync

    def sync(where):  # noqa: ANN001
        events.append(("sync", {p.relative_to(out).as_posix() for p in (out / "reports").iterdir()}))
        real_sync(where)

    def append(self, lines, durable=True):  # noqa: ANN001
        events.append(("lines", {r for line in lines for r in json.loads(line)["reports"].values()}))
        real_append(self, lines, durable=durable)

    fsynced: list[str] = []

    def fsync(fd):  # noqa: ANN001
        fsynced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(output, "sync_filesystem", sync)
    monkeypatch.setattr(store.OutputFolder, "_append", append)
    monkeypatch.setattr(os, "fsync", fsync)
    result = run_batch([str(folder)], out, RULES, quiet=True, jobs=jobs)
    assert result.analysed == 3
    appended = [i for i, (kind, _) in enumerate(events) if kind == "lines"]
    assert appended
    for i in appended:  # a manifest line is written only after a sync that found its reports on disk
        kind, on_disk = events[i - 1]
        assert kind == "sync" and events[i][1] <= on_disk
    assert not [path for path in fsynced if "/reports/" in path]  # not one fsync per report
    assert any(path.endswith("manifest.jsonl") for path in fsynced)


def test_articles_a_cluster_finished_are_shown_before_their_partition_returns_and_counted_once():
    from claimcheck.batch.cluster import _InFlight
    from claimcheck.batch.progress import BatchProgress

    in_flight = _InFlight({"p1": 5, "p2": 3})
    progress = BatchProgress(8, quiet=True)
    in_flight.heard((0.0, {"partition": "p1", "articles": 1, "paragraphs": 4}))
    in_flight.heard((0.0, {"partition": "p1", "articles": 3, "paragraphs": 9}))
    in_flight.heard((0.0, {"partition": "p1", "articles": 1, "paragraphs": 2}))  # redone elsewhere after a lost worker
    in_flight.heard((0.0, {"partition": "p2", "articles": 9, "paragraphs": 30}))  # never more than the partition holds
    progress.ahead(*in_flight.totals())
    assert (progress.shown_done, progress.done) == (6, 0)
    in_flight.returned("p1")
    in_flight.heard((0.0, {"partition": "p1", "articles": 5, "paragraphs": 12}))  # late: the outcomes are back
    progress.ahead(*in_flight.totals())
    for _ in range(5):
        progress.advance(2, False)
    assert (progress.shown_done, progress.done, progress.paragraphs) == (8, 5, 10)


_KILLABLE_BATCH = """
import sys
sys.path.insert(0, sys.argv[3])
from pathlib import Path
from batch_fakes import marked_failure_engine
from claimcheck.batch import run_batch
from claimcheck.batch.worker import EngineSpec
run_batch([sys.argv[1]], Path(sys.argv[2]), EngineSpec(marked_failure_engine), jobs=2, quiet=True)
"""


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _running(pid: int) -> bool:
    """Whether the process still runs: a zombie (killed, not yet reaped by whoever adopted it) has ended, though
    /proc still lists it until it is reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _wait_for(condition, what: str, limit: float = 60.0) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.05)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc to find the worker processes")
def test_a_batch_killed_halfway_leaves_no_workers_and_a_rerun_skips_what_it_finished(tmp_path):
    articles = {f"{n:02d}.txt": ARTICLES["march.txt"].replace("Jane Doe", f"Jane Doe {n}") for n in range(8)}
    articles["05.txt"] = "Stuck\n\nThis one will HANG, officials said.\n"
    folder = tmp_path / "archive"
    write_articles(folder, articles)
    out = tmp_path / "out"
    manifest = out / "manifest.jsonl"
    tests = str(Path(__file__).parents[1])  # where batch_fakes lives
    environment = {**os.environ, "CLAIMCHECK_TEST_HANG": "1"}
    batch = subprocess.Popen([sys.executable, "-c", _KILLABLE_BATCH, str(folder), str(out), tests], env=environment)
    try:
        _wait_for(lambda: manifest.exists() and manifest.read_text().count("\n") >= 7, "the other articles")
        workers = _children(batch.pid)
        assert workers
    finally:
        batch.kill()
        batch.wait()
    _wait_for(lambda: not any(_running(pid) for pid in workers), "the workers to die with the batch")

    result = run_batch([str(folder)], out, FLAKY, quiet=True, jobs=2)
    assert (result.skipped, result.analysed, result.failed) == (7, 1, 0)
    assert len(_rows(out / "articles.csv")) == 8
    assert not list((out / "reports").glob(".*.tmp"))


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="these file systems refuse non-UTF-8 names")
def test_a_file_name_that_is_not_utf8_is_analysed_and_shown_with_a_replacement_character(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    (folder / name).write_text("Cafe\n\nOfficials said the bridge was closed.\n")
    out = tmp_path / "out"
    first = run_batch([str(folder)], out, RULES, quiet=True, jobs=1)
    [row] = _rows(out / "articles.csv")
    assert (first.analysed, row["error"]) == (1, "")
    assert row["path"].endswith("caf\ufffd.txt")
    assert run_batch([str(folder)], out, RULES, quiet=True, jobs=1).skipped == 1


def test_articles_csv_names_each_articles_top_claim_to_check(archive, tmp_path):
    folder, _ = archive
    out = tmp_path / "out"
    run_batch([str(folder)], out, RULES, quiet=True, jobs=1)
    for row in _rows(out / "articles.csv"):
        report = Report.model_validate_json((out / row["report"]).with_suffix(".json").read_text())
        top = report.summary.check_first[0] if report.summary.check_first else None
        assert row["check_first_claim"] == (top.claim_id if top else "")
        assert row["check_first_reason"] == (top.reason if top else "")
    assert any(row["check_first_claim"] for row in _rows(out / "articles.csv"))


def test_summary_and_index_show_the_same_monthly_figures(tmp_path):
    # Two articles of one month, one with an anonymous-only claim. summary.md and index.html read one
    # computation of the month (claims pooled over the month's articles), so they cannot drift apart.
    archive = tmp_path / "in"
    archive.mkdir()
    (archive / "a.txt").write_text(
        "Council votes\n\nDate: 2021-05-03\n\n"
        "Officials said the council cut 40 jobs. The mayor, Ana Ruiz, said the budget fell 3 percent. "
        "Ruiz said 2 schools would close.\n", encoding="utf-8")
    (archive / "b.txt").write_text(
        "Bridge opens\n\nDate: 2021-05-20\n\nThe transport minister, Lee Park, said the bridge cost 9 million "
        "dollars.\n", encoding="utf-8")
    out = tmp_path / "out"
    run_batch([str(archive)], out, RULES, quiet=True, jobs=1)
    reports = [Report.model_validate_json(p.read_text()) for p in out.rglob("*.json")]
    claims = sum(r.summary.claims for r in reports)
    anonymous_only = sum(r.summary.anonymous_only_claims for r in reports)
    assert claims and anonymous_only, "the invented articles should hold an anonymous-only claim"
    pooled = anonymous_only / claims
    summary_row = next(line for line in (out / "summary.md").read_text().splitlines() if line.startswith("| 2021-05"))
    assert f"| {pooled:.1%} |" in summary_row
    index = (out / "index.html").read_text()
    assert f"<td>2021-05</td><td>2</td><td>{pooled * 100:.0f}%</td>" in index
