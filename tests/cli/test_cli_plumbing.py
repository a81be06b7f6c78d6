"""The command line's plumbing: subcommands registered plainly, suggestions for a mistyped one,
one diagnostics printer, and logging levels set by the CLI alone."""

import logging

import pytest

from claimcheck.cli import app
from claimcheck.cli.diagnostics import configure_logging


def test_every_subcommand_is_registered():
    import typer.main

    names = set(typer.main.get_command(app).commands)
    assert names == {"check", "eval", "prompts", "batch"}


# Options whose meaning differs by command: check writes one file, batch a folder, eval its results.
_MEANT_TO_DIFFER = {"format", "output", "inputs", "articles", "gold"}


def test_options_the_commands_share_are_declared_once():
    import typer.main

    commands = typer.main.get_command(app).commands
    declared = {name: {p.name: p for p in commands[name].params} for name in ("check", "batch", "eval")}
    shared = 0
    for a, b in (("check", "batch"), ("check", "eval"), ("batch", "eval")):
        for name in (declared[a].keys() & declared[b].keys()) - _MEANT_TO_DIFFER:
            one, other = declared[a][name], declared[b][name]
            assert (one.opts, one.secondary_opts, one.help) == (other.opts, other.secondary_opts, other.help), name
            shared += 1
    assert shared >= 12


def test_a_mistyped_subcommand_gets_a_suggestion(run):
    result = run("chek", "a.txt")
    assert result.code == 2
    assert result.stderr.strip() == "claimcheck: error: no such command or file 'chek': did you mean check?"
    assert "Traceback" not in result.stderr


def test_a_file_named_like_a_command_is_still_an_article(run, tmp_path):
    (tmp_path / "batc").write_text("The pier will close, Mayor Ana Ruiz said.\n", encoding="utf-8")
    result = run("batc", "-q")
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("# Sourcing report")


def test_a_missing_article_far_from_any_command_says_so(run):
    result = run("no-such-article.txt")
    assert result.code != 0 and "did you mean" not in result.stderr and "no-such-article.txt" in result.stderr


@pytest.fixture
def logger_levels():
    names = ("claimcheck", "claimcheck.engines.llm", "instructor", "openai", "httpx")
    saved = {n: logging.getLogger(n).level for n in names}
    handlers = list(logging.getLogger("claimcheck").handlers)
    yield saved
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)
    logging.getLogger("claimcheck").handlers[:] = handlers


def test_building_the_llm_engine_sets_no_logger_level(logger_levels, tmp_path, monkeypatch):
    from claimcheck.engines import create_engine

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    create_engine("llm", base_url="http://127.0.0.1:9/v1", model="m")
    assert {n: logging.getLogger(n).level for n in logger_levels} == logger_levels


def test_the_cli_shows_engine_log_records_as_notices(logger_levels, capsys):
    configure_logging(verbose=1)
    logging.getLogger("claimcheck.engines.llm").info("retry 1 of 2")
    assert capsys.readouterr().err == "claimcheck: retry 1 of 2\n"
    configure_logging(quiet=True)
    logging.getLogger("claimcheck.engines.llm").warning("cache unreadable")
    assert capsys.readouterr().err == ""
    assert logging.getLogger("instructor").level == logging.CRITICAL
