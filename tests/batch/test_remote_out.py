"""``claimcheck batch --out URL``: a remote output folder (fsspec) must hold
what a local one holds, resume from it, and never show a half-written file.
``memory://`` stands in for an object store (one process), ``file://`` for a
filesystem that renames, which Dask worker processes can share. Marked
``extras``: fsspec comes with claimcheck[archives]."""

import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from archive_fixtures import write_jsonl
from batch_fakes import ARTICLES, marked_failure_engine, write_articles
from claimcheck.batch import run_batch, store
from claimcheck.batch.store import LOCK_NAME, MANIFEST_NAME, SEGMENTS_FOLDER
from claimcheck.batch.worker import EngineSpec
from claimcheck.engines import create_engine
from claimcheck.errors import OutputError, UsageError

pytestmark = [
    pytest.mark.extras,
    pytest.mark.skipif(importlib.util.find_spec("fsspec") is None,
                       reason="needs the optional extra: pip install '.[archives]'"),
]
RULES = EngineSpec(create_engine, {"name": "rules"})
FLAKY = EngineSpec(marked_failure_engine)
_STATE = {MANIFEST_NAME, LOCK_NAME, ".batch.lock"}  # the resume state differs in layout; the outputs must not


@pytest.fixture
def inputs(tmp_path):
    write_articles(tmp_path / "files")
    write_jsonl(tmp_path / "a.jsonl", broken=True)
    return [str(tmp_path / "files"), str(tmp_path / "a.jsonl")]


@pytest.fixture
def memory():
    import fsspec

    fs = fsspec.filesystem("memory")
    root = f"/claimcheck-test-{uuid.uuid4().hex[:8]}"
    yield fs, root
    if fs.exists(root):
        fs.rm(root, recursive=True)


def _local(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name not in _STATE and SEGMENTS_FOLDER not in p.parts}


def _remote(fs, root: str) -> dict[str, bytes]:
    return {p[len(root) + 1:]: fs.cat_file(p) for p in sorted(fs.find(root))
            if p.rsplit("/", 1)[-1] not in _STATE and f"/{SEGMENTS_FOLDER}/" not in p}


def test_a_memory_out_holds_what_a_local_out_holds_byte_for_byte_and_resumes(inputs, tmp_path, memory):
    fs, root = memory
    local = run_batch(inputs, tmp_path / "local", RULES, quiet=True, jobs=1, formats=("markdown", "json", "html"))
    remote = run_batch(inputs, f"memory://{root}", RULES, quiet=True, jobs=1, formats=("markdown", "json", "html"))
    assert (remote.total, remote.analysed, remote.failed) == (local.total, local.analysed, local.failed) == (9, 7, 2)
    assert remote.summary == f"memory://{root}/summary.md"
    expected = _local(tmp_path / "local")
    assert {"articles.csv", "sources.csv", "summary.md", "index.html"} <= set(expected)
    assert _remote(fs, root) == expected
    assert not fs.exists(f"{root}/{LOCK_NAME}")  # released at the end
    again = run_batch(inputs, f"memory://{root}", RULES, quiet=True, jobs=1, formats=("markdown", "json", "html"))
    assert (again.skipped, again.analysed, again.failed) == (7, 0, 2)  # the broken rows are tried again
    assert _remote(fs, root) == expected


def test_an_interrupted_remote_run_resumes_from_its_manifest_segments(tmp_path, memory, monkeypatch):
    fs, root = memory
    monkeypatch.setattr(store, "SEGMENT_LINES", 1)  # a segment per article: the run is cut between uploads
    folder = tmp_path / "archive"
    write_articles(folder, {"a-first.txt": ARTICLES["march.txt"], "b-second.txt": ARTICLES["april.txt"],
                            "c-stop.txt": "Stop\n\nINTERRUPT here, officials said.\n",
                            "d-last.txt": ARTICLES["undated.md"]})
    with pytest.raises(KeyboardInterrupt):
        run_batch([str(folder)], f"memory://{root}", FLAKY, quiet=True, jobs=1)
    assert len(fs.ls(f"{root}/{SEGMENTS_FOLDER}", detail=False)) == 2
    (folder / "c-stop.txt").write_text("Stop\n\nNothing to see, officials said.\n")
    result = run_batch([str(folder)], f"memory://{root}", FLAKY, quiet=True, jobs=1)
    assert (result.skipped, result.analysed) == (2, 2)
    articles = fs.cat_file(f"{root}/articles.csv").decode()
    assert [line.split(",")[0].rsplit("/", 1)[-1] for line in articles.splitlines()[1:]] == \
        ["a-first.txt", "b-second.txt", "c-stop.txt", "d-last.txt"]


def test_a_segment_cut_short_loses_only_its_last_line(inputs, memory):
    fs, root = memory
    run_batch(inputs, f"memory://{root}", RULES, quiet=True, jobs=1)
    [segment] = fs.ls(f"{root}/{SEGMENTS_FOLDER}", detail=False)
    data = fs.cat_file(segment)
    fs.pipe_file(segment, data[: data.rindex(b"\n", 0, len(data) - 1) + 20])  # the last line half there
    again = run_batch(inputs, f"memory://{root}", RULES, quiet=True, jobs=1)
    assert (again.skipped, again.analysed + again.failed) == (6, 3)


def test_a_missing_report_is_made_again(inputs, memory):
    fs, root = memory
    run_batch(inputs, f"memory://{root}", RULES, quiet=True, jobs=1)
    fs.rm_file(sorted(fs.find(f"{root}/reports"))[0])
    again = run_batch(inputs, f"memory://{root}", RULES, quiet=True, jobs=1)
    assert (again.skipped, again.analysed) == (6, 1)


def test_a_live_remote_lock_refuses_a_second_run_and_a_dead_ones_is_taken_over(inputs, memory):
    fs, root = memory
    fs.makedirs(root, exist_ok=True)
    alive = {"run": "other", "host": "elsewhere.example", "pid": 1, "refreshed": time.time()}
    fs.pipe_file(f"{root}/{LOCK_NAME}", json.dumps(alive).encode())
    with pytest.raises(UsageError, match="another claimcheck batch .*elsewhere.example.* is writing to"):
        run_batch(inputs, f"memory://{root}", RULES, quiet=True, jobs=1)
    dead_pid = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True).stdout.strip()
    dead = {"run": "other", "host": socket.gethostname(), "pid": int(dead_pid), "refreshed": time.time()}
    fs.pipe_file(f"{root}/{LOCK_NAME}", json.dumps(dead).encode())
    assert run_batch(inputs, f"memory://{root}", RULES, quiet=True, jobs=1).analysed == 7
    stale = {**alive, "refreshed": time.time() - store.LOCK_STALE_SECONDS - 1}
    fs.pipe_file(f"{root}/{LOCK_NAME}", json.dumps(stale).encode())
    assert run_batch(inputs, f"memory://{root}", RULES, quiet=True, jobs=1).skipped == 7


def test_a_run_waiting_on_workers_keeps_its_remote_lock_fresh(memory, monkeypatch):
    fs, root = memory
    folder = store.output_folder(f"memory://{root}")
    folder.lock()
    try:
        first = json.loads(fs.cat_file(f"{root}/{LOCK_NAME}"))["refreshed"]
        monkeypatch.setattr(store, "LOCK_REFRESH_SECONDS", 0.0)
        time.sleep(0.01)
        folder.checkpoint_if_due()  # what the batch calls while it waits, with no article finished
        assert json.loads(fs.cat_file(f"{root}/{LOCK_NAME}"))["refreshed"] > first
    finally:
        folder.close()
    assert not fs.exists(f"{root}/{LOCK_NAME}")


def test_a_failed_upload_leaves_no_object_and_stops_the_batch(inputs, memory, monkeypatch):
    import fsspec.implementations.memory as memory_fs

    fs, root = memory

    def refuse(self, path, value, **kwargs):  # noqa: ANN001
        if "/reports/" in path:
            raise PermissionError(13, "Access Denied")
        return original(self, path, value, **kwargs)

    original = memory_fs.MemoryFileSystem.pipe_file
    monkeypatch.setattr(memory_fs.MemoryFileSystem, "pipe_file", refuse)
    with pytest.raises(OutputError, match=r"memory://.*/reports/.*: cannot write \(permission denied"):
        run_batch(inputs, f"memory://{root}", RULES, quiet=True, jobs=1)
    assert not fs.find(f"{root}/reports")


def test_a_file_url_out_goes_through_fsspec_with_temporaries_moved_into_place(inputs, tmp_path):
    out = tmp_path / "via-fsspec"
    result = run_batch(inputs, f"file://{out}", RULES, quiet=True, jobs=2)
    assert result.analysed == 7
    assert _local(out) == _local(_plain(inputs, tmp_path))
    assert not list(out.rglob("*.tmp"))
    assert (out / SEGMENTS_FOLDER).is_dir() and not (out / MANIFEST_NAME).exists()
    leftover = out / "reports" / ".x.json.0123abcd.tmp"  # as a kill between the put and the move leaves it
    leftover.write_text("{")
    again = run_batch(inputs, f"file://{out}", RULES, quiet=True, jobs=2)
    assert again.skipped == 7 and not leftover.exists()


def test_a_file_url_out_inside_the_inputs_is_not_read_back_as_articles(tmp_path):
    write_articles(tmp_path / "files")
    out = f"file://{tmp_path / 'files' / 'audit'}"
    first = run_batch([str(tmp_path / "files")], out, RULES, quiet=True, jobs=1)
    again = run_batch([str(tmp_path / "files")], out, RULES, quiet=True, jobs=1)
    assert first.total == again.total == again.skipped == 3


def _plain(inputs, tmp_path) -> Path:
    plain = tmp_path / "plain"
    run_batch(inputs, plain, RULES, quiet=True, jobs=1)
    return plain


def test_a_local_folder_copied_to_a_remote_out_is_resumed_from_its_manifest(inputs, tmp_path, memory):
    fs, root = memory
    plain = _plain(inputs, tmp_path)
    fs.put(str(plain), root, recursive=True)  # what `aws s3 sync` or `gsutil rsync` of a local audit does
    again = run_batch(inputs, f"memory://{root}", RULES, quiet=True, jobs=1)
    assert again.skipped == 7


def test_a_missing_backend_is_one_line_naming_what_to_install(inputs, monkeypatch):
    monkeypatch.setitem(sys.modules, "s3fs", None)  # as when it is not installed
    with pytest.raises(UsageError, match=r"^s3://bucket/audit: .*s3fs") as raised:
        run_batch(inputs, "s3://bucket/audit", RULES, quiet=True, jobs=1)
    assert "\n" not in str(raised.value)
    with pytest.raises(UsageError, match=r"^nosuch://x/y: cannot use it as an output location \(Protocol not known"):
        run_batch(inputs, "nosuch://x/y", RULES, quiet=True, jobs=1)
    for module in ("fsspec", "fsspec.core"):
        monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(UsageError, match=r"needs fsspec, part of the optional extra: pip install 'claimcheck\[archives\]'"):
        run_batch(inputs, "gs://bucket/audit", RULES, quiet=True, jobs=1)


def test_the_cli_writes_to_a_file_url_and_says_where_the_summary_is(inputs, tmp_path):
    out = tmp_path / "cli-out"
    proc = subprocess.run([sys.executable, "-m", "claimcheck", "batch", *inputs, "--out", f"file://{out}",
                           "--engine", "rules", "-f", "json", "-j", "1"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "NO_COLOR": "1"})
    assert proc.returncode == 5, proc.stderr  # two broken rows
    assert f"file://{out}/summary.md" in proc.stderr
    assert len(list((out / "reports").glob("*.json"))) == 7
