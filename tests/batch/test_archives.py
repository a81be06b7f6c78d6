"""Archives as batch input: JSONL and CSV (no extra needed), Parquet, WARC and
fsspec URLs (the ``archives`` extra; those tests are marked ``extras`` and
skip when it is not installed)."""

import csv
import json
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from archive_fixtures import ITEMS, write_csv, write_jsonl, write_parquet, write_warc
from claimcheck.batch import run_batch
from claimcheck.batch.archives import DEFAULT_FIELDS, FieldNames, iso_date, split_archive_inputs
from claimcheck.batch.worker import EngineSpec
from claimcheck.engines import create_engine
from claimcheck.errors import UsageError
from claimcheck.schema import Report

RULES = EngineSpec(create_engine, {"name": "rules"})
HAVE_ARCHIVES = all(importlib.util.find_spec(m) for m in ("pyarrow", "warcio", "fsspec"))


def needs_archives(test):
    """Marked ``extras`` (CI runs these after installing ``.[archives,dask]``), skipped without the extra."""
    skip = pytest.mark.skipif(not HAVE_ARCHIVES, reason="needs the optional extra: pip install '.[archives]'")
    return pytest.mark.extras(skip(test))


def _rows(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _check_items(out: Path, *, outlets: dict[str, str]) -> list[dict]:
    rows = _rows(out / "articles.csv")
    assert len(rows) == len(ITEMS) and all(r["error"] == "" for r in rows)
    by_title = {r["title"]: r for r in rows}
    for item in ITEMS:
        row = by_title[item["title"]]
        assert row["date"] == item["date"]
        assert row["outlet"] == outlets[item["id"]]
        report = Report.model_validate_json((out / row["report"]).with_suffix(".json").read_text())
        assert report.article.outlet == row["outlet"] and report.article.url == item["url"]
        assert report.summary.claims == int(row["claims"]) > 0
    summary = (out / "summary.md").read_text()
    assert "## By outlet and month" in summary
    return rows


COLUMN_OUTLETS = {item["id"]: item["outlet"] for item in ITEMS}
HOST_OUTLETS = {"a1": "harbourtimes.example", "a2": "harbourtimes.example",
                "b1": "valleycourier.example", "b2": "valleycourier.example"}


def test_a_jsonl_archive_is_one_article_per_line_with_its_columns(tmp_path):
    archive = write_jsonl(tmp_path / "archive.jsonl")
    out = tmp_path / "out"
    result = run_batch([str(archive)], out, RULES, quiet=True, jobs=1)
    assert (result.total, result.analysed, result.failed) == (4, 4, 0)
    rows = _check_items(out, outlets=COLUMN_OUTLETS)
    assert {r["path"] for r in rows} == {f"{archive}#{item['id']}" for item in ITEMS}
    summary = (out / "summary.md").read_text()
    assert "| Harbour Times | 2021-03 | 2 |" in summary and "| Valley Courier | 2021-04 | 2 |" in summary


def test_a_csv_archive_reads_the_same_articles_in_worker_processes(tmp_path):
    archive = write_csv(tmp_path / "archive.csv")
    out = tmp_path / "out"
    result = run_batch([str(archive)], out, RULES, quiet=True, jobs=2)
    assert (result.total, result.analysed) == (4, 4)
    _check_items(out, outlets=COLUMN_OUTLETS)


def test_named_fields_override_the_defaults(tmp_path):
    archive = tmp_path / "export.jsonl"
    archive.write_text('{"story": "The minister said the road would reopen.", "when": "2022-05-01", '
                       '"paper": "Daily Example", "key": 7}\n')
    out = tmp_path / "out"
    fields = FieldNames(text="story", date="when", outlet="paper", id="key")
    run_batch([str(archive)], out, RULES, quiet=True, jobs=1, fields=fields)
    [row] = _rows(out / "articles.csv")
    assert (row["path"], row["date"], row["outlet"], row["error"]) == (f"{archive}#7", "2022-05-01", "Daily Example", "")


@pytest.mark.parametrize("text_key,date_key,outlet_key", [
    ("maintext", "date_publish", "source_domain"),  # news-please
    ("text", "publish_date", "site_name"),  # newspaper3k-style exports
    ("text", "publication_date", "publisher"),  # research sets
    ("body", "published_at", "media_name"),
])
def test_the_usual_export_names_are_read_without_options(tmp_path, text_key, date_key, outlet_key):
    archive = tmp_path / "export.jsonl"
    archive.write_text(f'{{"{text_key}": "The minister said the road would reopen.", "{date_key}": "2022-05-01", '
                       f'"{outlet_key}": "Daily Example", "id": "r1"}}\n')
    out = tmp_path / "out"
    run_batch([str(archive)], out, RULES, quiet=True, jobs=1)
    [row] = _rows(out / "articles.csv")
    assert (row["date"], row["outlet"], row["error"]) == ("2022-05-01", "Daily Example", "")
    assert int(row["attributions"]) == 1


def test_the_help_and_the_docs_name_every_default_field():
    help_text = subprocess.run([sys.executable, "-m", "claimcheck", "batch", "--help"], capture_output=True,
                               text=True, env={"COLUMNS": "400", "PATH": "", "TERM": "dumb"}).stdout
    docs = (Path(__file__).parents[2] / "docs" / "batch.md").read_text(encoding="utf-8")
    for role, names in DEFAULT_FIELDS.items():
        table_row = next(line for line in docs.splitlines() if line.startswith(f"| `--{role}-field` |"))
        assert [n for n in names if f"`{n}`" not in table_row] == [], role
        assert [n for n in names if n not in " ".join(help_text.split())] == [], role


def test_broken_records_become_named_failure_rows_and_nothing_is_dropped(tmp_path):
    jsonl = write_jsonl(tmp_path / "broken.jsonl", broken=True)
    table = write_csv(tmp_path / "broken.csv", broken=True)
    out = tmp_path / "out"
    result = run_batch([str(jsonl), str(table)], out, RULES, quiet=True, jobs=1)
    assert (result.total, result.analysed, result.failed) == (12, 8, 4)
    errors = {r["path"]: r["error"] for r in _rows(out / "articles.csv") if r["error"]}
    assert errors[f"{jsonl}#line-2"].startswith("line 2: not valid JSON")
    assert errors[f"{jsonl}#x2"] == f"line 4: no text field ({' or '.join(DEFAULT_FIELDS['text'])})"
    # the first row's body holds a paragraph break, so the row after it starts on line 5
    assert errors[f"{table}#line-5"] == "line 5: 7 fields where the header has 6"
    assert errors[f"{table}#x2"] == "line 6: the text field 'body' is empty"
    assert "## Failed articles" in (out / "summary.md").read_text()


def test_a_rerun_skips_done_records_and_redoes_a_changed_one(tmp_path):
    archive = write_jsonl(tmp_path / "archive.jsonl")
    out = tmp_path / "out"
    run_batch([str(archive)], out, RULES, quiet=True, jobs=1)
    again = run_batch([str(archive)], out, RULES, quiet=True, jobs=1)
    assert (again.skipped, again.analysed) == (4, 0)
    archive.write_text(archive.read_text().replace("the ferry would stop", "the ferry would soon stop"))
    third = run_batch([str(archive)], out, RULES, quiet=True, jobs=1)
    assert (third.skipped, third.analysed) == (3, 1)
    assert len(_rows(out / "articles.csv")) == 4


def test_a_csv_without_a_text_column_is_a_usage_error(tmp_path):
    archive = tmp_path / "export.csv"
    archive.write_text("id,headline\n1,Road reopens\n")
    with pytest.raises(UsageError, match="no text column .*its columns are id, headline; name one with --text-field"):
        run_batch([str(archive)], tmp_path / "out", RULES, quiet=True, jobs=1)


def test_archive_inputs_are_told_apart_by_suffix():
    archives, others = split_archive_inputs(["a.jsonl", "b.csv.gz", "dump/*.parquet", "s3://bucket/crawl.warc.gz",
                                             "notes.txt", "folder"])
    assert archives == ["a.jsonl", "b.csv.gz", "dump/*.parquet", "s3://bucket/crawl.warc.gz"]
    assert others == ["notes.txt", "folder"]


def test_dates_are_read_as_iso_dates():
    assert iso_date("2021-03-04T09:00:00Z") == ("2021-03-04", None)
    assert iso_date("Thu, 04 Mar 2021 09:00:00 GMT") == ("2021-03-04", None)
    date, warning = iso_date("last spring")
    assert date is None and "not a date" in warning


def test_a_missing_extra_is_one_line_naming_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # an import of it now fails, as when it is not installed
    archive = tmp_path / "archive.parquet"
    archive.write_bytes(b"PAR1")
    with pytest.raises(UsageError, match=r"needs pyarrow, part of the optional extra: pip install 'claimcheck\[archives\]'"):
        run_batch([str(archive)], tmp_path / "out", RULES, quiet=True, jobs=1)


# ------------------------------------------------------------ the archives extra


@needs_archives
def test_the_cli_reads_a_parquet_archive_by_row_group(tmp_path):
    archive = write_parquet(tmp_path / "archive.parquet", row_group_size=3)
    proc = subprocess.run([sys.executable, "-m", "claimcheck", "batch", str(archive), "--text-field", "body",
                           "--out", str(tmp_path / "out"), "--engine", "rules", "-f", "json", "-f", "markdown"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    rows = _check_items(tmp_path / "out", outlets=COLUMN_OUTLETS)
    assert sorted(r["path"].rsplit("#", 1)[1] for r in rows) == ["a1", "a2", "b1", "b2"]


@needs_archives
def test_the_cli_reads_the_html_responses_of_a_gzipped_warc(tmp_path):
    archive = write_warc(tmp_path / "crawl.warc.gz")
    proc = subprocess.run([sys.executable, "-m", "claimcheck", "batch", str(archive), "--out", str(tmp_path / "out"),
                           "--engine", "rules", "-f", "json"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    rows = _check_items(tmp_path / "out", outlets=HOST_OUTLETS)  # the image, requests and warcinfo are not articles
    assert {r["url"] for r in rows} == {item["url"] for item in ITEMS}


@needs_archives
@pytest.mark.parametrize("name", ["cut.warc.gz", "cut.warc"])
def test_a_truncated_warc_record_is_a_named_failure_row(tmp_path, name):
    archive = write_warc(tmp_path / name, truncate=True)
    out = tmp_path / "out"
    result = run_batch([str(archive)], out, RULES, quiet=True, jobs=1)
    assert (result.total, result.analysed, result.failed) == (4, 3, 1)
    [failed] = [r for r in _rows(out / "articles.csv") if r["error"]]
    # Named by its URL when its headers survived (uncompressed), else by its place in the file.
    assert failed["path"] in (f"{archive}#record-4", f"{archive}#{ITEMS[-1]['url']}")
    assert failed["error"].startswith("record 4: the WARC record is truncated")


@needs_archives
def test_archives_are_read_through_fsspec_urls(tmp_path):
    import fsspec

    fs = fsspec.filesystem("memory")
    local = write_jsonl(tmp_path / "archive.jsonl")
    fs.pipe("/claimcheck-test/part-1.jsonl", local.read_bytes())
    fs.pipe("/claimcheck-test/part-2.jsonl", local.read_bytes().replace(b'"a1"', b'"c1"'))
    out = tmp_path / "out"
    try:
        result = run_batch(["memory://claimcheck-test/part-*.jsonl", local.as_uri()], out, RULES, quiet=True, jobs=1)
    finally:
        fs.rm("/claimcheck-test", recursive=True)
    assert (result.total, result.analysed, result.failed) == (12, 12, 0)
    paths = {r["path"] for r in _rows(out / "articles.csv")}
    assert any(p.startswith("memory://") and p.endswith("/claimcheck-test/part-2.jsonl#c1") for p in paths)
    assert f"{local.as_uri()}#a1" in paths


def test_dask_without_its_extra_is_one_line_naming_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    archive = write_jsonl(tmp_path / "archive.jsonl")
    with pytest.raises(UsageError, match=r"pip install 'claimcheck\[dask\]'"):
        run_batch([str(archive)], tmp_path / "out", RULES, quiet=True, cluster="local")


@pytest.mark.parametrize("options, message", [
    (["--dask", "remote"], "use --dask local, or --scheduler"),
    (["--dask", "local", "--scheduler", "tcp://127.0.0.1:8786"], "use one of them"),
    (["--dask", "local", "--engine", "llm"], "--dask/--scheduler run engines that compute"),
])
def test_bad_cluster_options_are_usage_errors(tmp_path, options, message):
    archive = write_jsonl(tmp_path / "archive.jsonl")
    proc = subprocess.run([sys.executable, "-m", "claimcheck", "batch", str(archive), "--out", str(tmp_path / "out"),
                           *options], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr


def _report_of_one_record(tmp_path, record: dict) -> Report:
    archive = tmp_path / "export.jsonl"
    archive.write_text(json.dumps(record) + "\n")
    out = tmp_path / "out"
    run_batch([str(archive)], out, RULES, quiet=True, jobs=1)
    [row] = _rows(out / "articles.csv")
    return Report.model_validate_json((out / row["report"]).with_suffix(".json").read_text())


@pytest.mark.parametrize("first_line", ["Harbor bridge to reopen in May.", "HARBOR BRIDGE TO REOPEN IN MAY",
                                        "Harbor bridge to reopen in May"])
def test_a_body_that_opens_with_its_headline_is_not_read_twice(tmp_path, first_line):
    body = f"{first_line}\n\nThe mayor said the bridge would reopen in May.\n\nThe council agreed, officials said."
    report = _report_of_one_record(tmp_path, {"id": "r1", "title": "Harbor bridge to reopen in May", "text": body})
    assert report.article.title == "Harbor bridge to reopen in May"
    assert [p.text for p in report.paragraphs] == ["The mayor said the bridge would reopen in May.",
                                                   "The council agreed, officials said."]


def test_a_first_line_that_only_starts_like_the_headline_stays(tmp_path):
    body = "Harbor bridge to reopen in May, the mayor said.\n\nThe council agreed."
    report = _report_of_one_record(tmp_path, {"id": "r1", "title": "Harbor bridge to reopen in May", "text": body})
    assert report.paragraphs[0].text.startswith("Harbor bridge to reopen in May, the mayor said.")
