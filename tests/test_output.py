import os
import stat

import pytest

from claimcheck.errors import UsageError
from claimcheck.output import write_atomic


def test_write_atomic_replaces_the_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "report.md"
    target.write_text("old")
    write_atomic(target, "new report")
    assert target.read_text() == "new report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_write_atomic_gives_the_permissions_of_an_ordinary_new_file(tmp_path):
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "r.md", "x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "r.md").stat().st_mode) == 0o644


def test_write_atomic_into_a_missing_directory_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="does not exist"):
        write_atomic(tmp_path / "nowhere" / "r.md", "x")


def test_a_failed_rename_keeps_the_old_file_and_removes_the_temporary(tmp_path, monkeypatch):
    import claimcheck.output

    target = tmp_path / "index.html"
    target.write_text("old index")

    def refuse(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(claimcheck.output.os, "replace", refuse)
    with pytest.raises(UsageError, match="cannot write"):
        write_atomic(target, "new index")
    assert target.read_text() == "old index"
    assert [p.name for p in tmp_path.iterdir()] == ["index.html"]


def test_the_batch_index_goes_through_the_atomic_writer(tmp_path, monkeypatch):
    import claimcheck.output
    from claimcheck.render.html import write_batch_index

    (tmp_path / "index.html").write_text("old index")
    monkeypatch.setattr(claimcheck.output.os, "replace", lambda *a: (_ for _ in ()).throw(OSError(5, "I/O error")))
    with pytest.raises(UsageError):
        write_batch_index([], tmp_path)
    assert (tmp_path / "index.html").read_text() == "old index"
    monkeypatch.undo()
    assert write_batch_index([], tmp_path) == tmp_path / "index.html"
    assert (tmp_path / "index.html").read_text().startswith("<!")
    assert [p.name for p in tmp_path.iterdir()] == ["index.html"]


def test_a_streamed_file_is_committed_whole_or_not_at_all(tmp_path):
    from claimcheck.output import AtomicFile

    target = tmp_path / "rows.csv"
    with pytest.raises(RuntimeError):
        with AtomicFile(target) as handle:
            handle.write("half a table")
            raise RuntimeError("the rows ran out")
    assert list(tmp_path.iterdir()) == []
    with AtomicFile(target, newline="") as handle:
        handle.write("a,b\r\n")
    assert target.read_bytes() == b"a,b\r\n"
