"""``claimcheck prompts``: the active templates and the prompt version."""

from __future__ import annotations

import shutil

from .conftest import REPO


def test_prompts_shows_both_templates_and_the_version(run):
    result = run("prompts")
    assert result.code == 0, result.stderr
    assert "--- system.md ---" in result.stdout and "--- user.md ---" in result.stdout
    assert "{paragraphs}" in result.stdout
    version = run("prompts", "--version-only").stdout.strip()
    assert f"prompt_version: {version}" in result.stdout


def test_the_version_moves_with_the_templates_and_the_model(run, tmp_path):
    base = run("prompts", "--version-only").stdout.strip()
    assert run("prompts", "--version-only", "--model", "other-model").stdout.strip() != base
    shutil.copytree(REPO / "prompts", tmp_path / "p")
    (tmp_path / "p" / "system.md").write_text((tmp_path / "p" / "system.md").read_text().replace("news", "press", 1))
    assert run("prompts", "--version-only", env={"CLAIMCHECK_PROMPTS_DIR": str(tmp_path / "p")}).stdout.strip() != base


def test_a_bad_mode_is_a_usage_error(run):
    result = run("prompts", "--mode", "xml")
    assert result.code == 2
    assert result.stderr.strip().startswith("claimcheck: error: llm setting mode")
