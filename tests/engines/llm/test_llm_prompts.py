"""Prompt templates: loaded from files, filled as data, versioned."""

from __future__ import annotations

import shutil

import pytest

from claimcheck.engines.llm.prompts import Prompts, prompt_version
from claimcheck.errors import UsageError
from llm_helpers import REPO


def test_article_text_is_inserted_as_data_not_template_syntax():
    prompts = Prompts.load(REPO / "prompts")
    hostile = "{{ 7*7 }} {% for x in y %} {title} {paragraph}"
    user = prompts.render_user(title="T", context="prev", paragraphs=[("p1", hostile)])
    assert hostile in user
    assert "49" not in user


def test_the_version_follows_templates_schema_and_settings(make_settings, tmp_path):
    settings = make_settings(base_url="http://127.0.0.1:1/v1")
    base = prompt_version(Prompts.load(REPO / "prompts"), settings)
    assert prompt_version(Prompts.load(REPO / "prompts"), settings) == base
    assert prompt_version(Prompts.load(REPO / "prompts"), make_settings(base_url="http://127.0.0.1:1/v1", mode="json")) != base
    assert prompt_version(Prompts.load(REPO / "prompts"), make_settings(base_url="http://127.0.0.1:1/v1", model="m2")) != base
    changed = tmp_path / "prompts"
    shutil.copytree(REPO / "prompts", changed)
    (changed / "user.md").write_text((changed / "user.md").read_text() + "\nBe brief.\n")
    assert prompt_version(Prompts.load(changed), settings) != base


def test_a_template_without_its_slots_is_refused(tmp_path):
    shutil.copytree(REPO / "prompts", tmp_path / "p")
    (tmp_path / "p" / "user.md").write_text("Analyse: {paragraph}")
    with pytest.raises(UsageError, match="lacks the slots title, context"):
        Prompts.load(tmp_path / "p")


def test_a_missing_template_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="system.md"):
        Prompts.load(tmp_path)
