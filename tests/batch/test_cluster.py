"""``claimcheck batch --dask local``: a LocalCluster run must leave exactly
what a one-process run leaves, also when a worker dies mid-run. Marked
``extras`` (CI installs ``.[archives,dask]`` for these); skipped without it."""

import importlib.util
import sys
from pathlib import Path

import pytest

from archive_fixtures import dies_once_engine, write_csv, write_jsonl, write_parquet
from batch_fakes import write_articles
from claimcheck.batch import run_batch
from claimcheck.batch.store import MANIFEST_NAME, ArticleOutcome
from claimcheck.batch.worker import EngineSpec
from claimcheck.engines import create_engine

pytestmark = [
    pytest.mark.extras,
    pytest.mark.skipif(not all(importlib.util.find_spec(m) for m in ("distributed", "pyarrow")),
                       reason="needs the optional extras: pip install '.[archives,dask]'"),
]
RULES = EngineSpec(create_engine, {"name": "rules"})
_NOT_COMPARED = {MANIFEST_NAME, ".batch.lock"}
_STATE_FOLDER = "manifest.d"  # a URL --out keeps its manifest in segments


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_articles(folder / "files")
    write_jsonl(folder / "a.jsonl", broken=True)
    write_csv(folder / "b.csv")
    write_parquet(folder / "c.parquet", row_group_size=1)  # four shards
    return [str(folder / "files"), str(folder / "a.jsonl"), str(folder / "b.csv"), str(folder / "c.parquet")]


def _contents(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name not in _NOT_COMPARED and _STATE_FOLDER not in p.relative_to(out).parts}


def _manifest(out: Path) -> list[ArticleOutcome]:
    files = [out / MANIFEST_NAME] if (out / MANIFEST_NAME).exists() else sorted((out / _STATE_FOLDER).glob("*.jsonl"))
    lines = [line for f in files for line in f.read_text().splitlines()]
    return [ArticleOutcome.from_line(line + "\n") for line in lines]


def test_a_local_cluster_run_matches_a_one_process_run_byte_for_byte(inputs, tmp_path, monkeypatch):
    from claimcheck.batch.progress import BatchProgress

    shown = []
    original = BatchProgress.ahead

    def spy(self, articles, paragraphs):  # noqa: ANN001
        shown.append((self.done, articles))
        original(self, articles, paragraphs)

    monkeypatch.setattr(BatchProgress, "ahead", spy)
    single, clustered = tmp_path / "single", tmp_path / "cluster"
    one = run_batch(inputs, single, RULES, quiet=True, jobs=1, formats=("markdown", "json", "html"))
    two = run_batch(inputs, clustered, RULES, quiet=True, jobs=2, cluster="local", formats=("markdown", "json", "html"))
    # The bar moved article by article: articles were on it before their partition came back.
    assert any(articles > 0 for _, articles in shown), shown
    assert (two.total, two.analysed, two.failed) == (one.total, one.analysed, one.failed) == (17, 15, 2)
    expected = _contents(single)
    assert len([name for name in expected if name.startswith("reports/")]) == 3 * 15
    assert _contents(clustered) == expected
    # The manifest is appended in the order partitions finish; its lines are the same.
    assert sorted((single / MANIFEST_NAME).read_text().splitlines()) == \
        sorted((clustered / MANIFEST_NAME).read_text().splitlines())


@pytest.mark.parametrize("as_url", [False, True], ids=["path", "file-url"])
def test_a_worker_killed_mid_run_loses_and_duplicates_nothing_and_a_resume_matches_a_clean_run(inputs, tmp_path,
                                                                                               as_url):
    # A file:// --out goes through fsspec as a remote one does, and every worker process writes to it.
    clean, killed = tmp_path / "clean", tmp_path / "killed"
    out = f"file://{killed}" if as_url else killed
    run_batch(inputs, clean, RULES, quiet=True, jobs=1)
    marker = tmp_path / "worker-died"
    dying = EngineSpec(dies_once_engine, {"marker": str(marker)})
    first = run_batch(inputs, out, dying, quiet=True, jobs=2, cluster="local")
    assert marker.exists(), "no worker was killed"
    keys = [outcome.key for outcome in _manifest(killed)]
    assert len(keys) == len(set(keys)) == first.total == 17  # every article once, none twice
    again = run_batch(inputs, out, RULES, quiet=True, jobs=2, cluster="local")
    assert (again.skipped + again.analysed, again.failed, again.total) == (15, 2, 17)  # the broken rows are tried again
    assert _contents(killed) == _contents(clean)

