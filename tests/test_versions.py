"""Versions that track the code: the record, the engine version, and a batch that re-runs stale reports."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from batch_fakes import write_articles
from claimcheck import __version__, versions
from claimcheck.batch import engine_fingerprint, run_batch
from claimcheck.batch.worker import EngineSpec
from claimcheck.engines import create_engine, engine_entry
from claimcheck.schema import EngineInfo
from claimcheck.scoring import load_rubric

REPO = Path(__file__).resolve().parents[1]
RULES = EngineSpec(create_engine, {"name": "rules"})


@pytest.mark.parametrize("name", sorted(versions.recorded_versions()))
def test_the_recorded_hash_matches_the_engines_files(name):
    recorded = versions.recorded_version(name)
    current = versions.content_hash(engine_entry(name).code)
    assert current == recorded.hash, (
        f"the {name} engine's code or data changed (its files hash to {current}; "
        f"claimcheck/engines/versions.toml records {recorded.hash} for version {recorded.version}). "
        f"Run `{versions.BUMP_COMMAND}` to record version {versions.next_version(recorded.version)}, "
        "and commit claimcheck/engines/versions.toml with your change."
    )


def test_the_rules_version_hashes_every_claimcheck_module_the_engine_imports():
    """A rule the engine reads from another package (ingest's quote marks, say) changes its reports as surely
    as its own code does, so it must be among the files its version hashes."""
    import ast

    package = REPO / "claimcheck"
    hashed = engine_entry("rules").code
    imported = set()
    for path in (package / "engines" / "rules").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else (
                [alias.name for alias in node.names] if isinstance(node, ast.Import) else [])
            if isinstance(node, ast.ImportFrom) and node.module == "claimcheck.article":
                names = [f"claimcheck.article.{alias.name}" for alias in node.names]
            imported.update(name for name in names if name.startswith("claimcheck.article"))
    assert imported, "the rules engine reads nothing from ingest: this test no longer looks at the right place"
    # The sentence split is ingest's output, which the engine redoes only for a paragraph given without one
    # (analyse_paragraph called directly); batch's fingerprint covers ingest's changes.
    imported.discard("claimcheck.article.sentences")
    for module in sorted(imported):
        relative = module.removeprefix("claimcheck.").replace(".", "/")
        file = relative + ".py" if (package / (relative + ".py")).exists() else relative + "/__init__.py"
        assert any(file == entry or file.startswith(entry + "/") for entry in hashed), (
            f"the rules engine imports {module}, but its version does not hash claimcheck/{file}: "
            "add it to the rules entry's code in claimcheck/engines/__init__.py")


def test_the_rules_engine_has_a_recorded_version():
    assert versions.recorded_version("rules") is not None


def test_the_bump_script_agrees_with_the_record():
    check = subprocess.run([sys.executable, str(REPO / "scripts" / "bump-engine-version"), "--check"],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_versions_bump_by_one_in_the_last_place():
    assert versions.next_version("1.7") == "1.8"
    assert versions.next_version("1.9") == "1.10"
    assert versions.next_version("2") == "3"


def test_the_record_reads_back_what_is_written():
    entries = {"rules": versions.RecordedVersion("1.8", "ab" * 8), "toy": versions.RecordedVersion("3", "cd" * 8)}
    assert versions.parse_record(versions.render_record(entries)) == entries


@pytest.fixture
def package_copy(tmp_path, monkeypatch):
    """A copy of the installed package that a test may edit, standing in for it where versions are hashed."""
    copy = tmp_path / "claimcheck"
    shutil.copytree(versions.PACKAGE_ROOT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(versions, "PACKAGE_ROOT", copy)
    return copy


def _edit(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    versions._content_hash.cache_clear()  # a process hashes its files once; this stands in for the next process


def _edit_rules(package: Path) -> None:
    _edit(package / "engines" / "rules" / "lexicon.py")


def test_a_changed_rules_file_changes_the_engine_version_and_the_fingerprint(package_copy):
    rubric = load_rubric()
    before = create_engine("rules").info
    assert before.version.startswith(f"{__version__}+rules.")
    _edit_rules(package_copy)
    after = create_engine("rules").info
    assert after.version != before.version
    assert engine_fingerprint(after, rubric) != engine_fingerprint(before, rubric)


def test_a_changed_scoring_file_changes_the_fingerprint_but_not_the_engine_version(package_copy):
    rubric = load_rubric()
    before = create_engine("rules").info
    fingerprint = engine_fingerprint(before, rubric)
    _edit(package_copy / "scoring" / "claims.py")
    assert create_engine("rules").info == before
    assert engine_fingerprint(before, rubric) != fingerprint


def test_batch_makes_stale_reports_again_unless_asked_to_keep_them(package_copy, tmp_path, capsys):
    write_articles(tmp_path / "archive")
    out = tmp_path / "out"
    first = run_batch([str(tmp_path / "archive")], out, RULES, jobs=1, quiet=True)
    assert first.analysed == 3
    assert run_batch([str(tmp_path / "archive")], out, RULES, jobs=1, quiet=True).skipped == 3
    old_version = create_engine("rules").info.version

    _edit_rules(package_copy)
    capsys.readouterr()
    kept = run_batch([str(tmp_path / "archive")], out, RULES, jobs=1, keep_stale=True)
    assert (kept.stale, kept.skipped, kept.analysed) == (3, 3, 0)
    assert "keeping them (--keep-stale)" in capsys.readouterr().err

    again = run_batch([str(tmp_path / "archive")], out, RULES, jobs=1)
    notice = capsys.readouterr().err
    assert (again.stale, again.skipped, again.analysed) == (3, 0, 3)
    assert "3 of 3 reports were made by an older rules engine" in notice and old_version in notice
    new_version = create_engine("rules").info.version
    for report in (out / "reports").glob("*.json"):
        assert json.loads(report.read_text(encoding="utf-8"))["engine"]["version"] == new_version
    assert run_batch([str(tmp_path / "archive")], out, RULES, jobs=1, quiet=True).skipped == 3


class _OtherEngine:
    """The rules engine's findings under another engine's name."""

    def __init__(self) -> None:
        from claimcheck.engines.rules import RulesEngine

        self.inner = RulesEngine()
        self.info = EngineInfo(name="other", version="1")

    def analyse(self, document):  # noqa: ANN001, ANN201
        return self.inner.analyse(document)

    def usage(self) -> None:
        return None


def test_reports_of_another_engine_are_not_stale_they_are_made_anew(tmp_path, capsys):
    write_articles(tmp_path / "archive")
    out = tmp_path / "out"
    run_batch([str(tmp_path / "archive")], out, EngineSpec(_OtherEngine), jobs=1, quiet=True)
    capsys.readouterr()
    result = run_batch([str(tmp_path / "archive")], out, RULES, jobs=1, keep_stale=True)
    assert (result.stale, result.analysed) == (0, 3)
    assert "older" not in capsys.readouterr().err
