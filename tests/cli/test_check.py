import json

import pytest

from claimcheck.errors import ExitCode
from claimcheck.schema import Report

from .conftest import SEED


def _one_line_error(result):
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr
    assert any(line.startswith("claimcheck: error: ") for line in lines), result.stderr
    return lines[-1]


def test_seed_article_gives_a_markdown_report_with_the_offline_engine(run):
    result = run(str(SEED))
    assert result.code == ExitCode.OK, result.stderr
    assert "using the offline rules engine" in result.stderr
    assert result.stdout.startswith("# Sourcing report")
    assert "O'Brien" in result.stdout
    assert "## Sources" in result.stdout


def test_json_report_validates_against_the_models(run):
    result = run(str(SEED), "--format", "json")
    assert result.code == ExitCode.OK, result.stderr
    report = Report.model_validate_json(result.stdout)  # also checks every span is verbatim
    assert report.engine.name == "rules"
    assert report.article.path == str(SEED)
    assert report.summary.paragraphs == len(report.paragraphs) > 10


def test_stdin_is_read_with_a_dash(run):
    result = run("-", "-f", "json", stdin="Officials said the bridge was closed on Monday.\n".encode())
    assert result.code == ExitCode.OK, result.stderr
    assert json.loads(result.stdout)["article"]["path"] == "-"


def test_output_file_is_written_and_stdout_stays_empty(run, tmp_path):
    result = run(str(SEED), "-o", "report.md", "-q")
    assert result.code == ExitCode.OK, result.stderr
    assert result.stdout == "" and result.stderr == ""
    assert (tmp_path / "report.md").read_text().startswith("# Sourcing report")


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda d: str(d / "absent.txt"), "absent.txt"),
        (lambda d: str(d), "directory"),
        (lambda d: (d / "empty.txt").write_text("") and str(d / "empty.txt") or str(d / "empty.txt"), "empty.txt"),
        (lambda d: (d / "blank.txt").write_text("  \n\n \t\n") and str(d / "blank.txt"), "blank.txt"),
        (lambda d: (d / "bin.dat").write_bytes(b"\x00\x01\x02PK\x03\x04" * 200) and str(d / "bin.dat"), "bin.dat"),
    ],
    ids=["missing", "directory", "empty", "whitespace", "binary"],
)
def test_bad_input_is_one_line_and_exit_3(run, tmp_path, make, expected):
    result = run(make(tmp_path))
    assert result.code == ExitCode.INPUT
    assert expected in _one_line_error(result)
    assert result.stdout == ""


def test_empty_stdin_is_an_input_error(run):
    result = run("-", stdin=b"")
    assert result.code == ExitCode.INPUT
    _one_line_error(result)


def test_oversized_input_names_the_limit_and_the_override(run, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Officials said the bridge was closed. " * 100)
    result = run(str(big), "--max-bytes", "1000")
    assert result.code == ExitCode.INPUT
    assert "--max-bytes" in _one_line_error(result)


def test_one_bad_article_among_several_does_not_lose_the_others(run, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The mayor said the bridge would reopen on Monday.\n")
    result = run(str(good), str(tmp_path / "absent.txt"), "-f", "json")
    assert result.code == ExitCode.INPUT
    reports = json.loads(result.stdout)
    assert len(reports) == 1 and reports[0]["article"]["path"] == str(good)
    assert "absent.txt" in result.stderr


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--format", "pdf"], "pdf"),
        (["--engine", "magic"], "magic"),
        (["--rubric", "missing.toml"], "--rubric"),
    ],
)
def test_usage_errors_exit_2(run, args, expected):
    result = run(str(SEED), *args)
    assert result.code == ExitCode.USAGE
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


def test_help_explains_the_default_command_and_engines(run):
    result = run("--help")
    assert result.code == 0
    for word in ("ARTICLE", "rules", "OPENAI_API_KEY", "check"):
        assert word in result.stdout


def test_version(run):
    from claimcheck import __version__

    result = run("--version")
    assert result.code == 0 and result.stdout.strip() == f"claimcheck {__version__}"


def test_help_and_rules_runs_do_not_import_the_llm_stack(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys; from claimcheck.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in ('openai', 'instructor', 'httpx', 'httpx2') if m in sys.modules)\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    for args in (["--help"], ["-q", str(SEED)]):
        proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=tmp_path)
        assert "HEAVY []" in proc.stderr, (args, proc.stderr[-500:])


@pytest.mark.parametrize(
    "args, expected",
    [(["check"], "Missing argument"), (["--nope", str(SEED)], "--nope"), (["eval"], "Missing argument")],
)
def test_parser_errors_are_one_line_with_the_way_to_help(run, args, expected):
    result = run(*args)
    assert result.code == ExitCode.USAGE
    line = _one_line_error(result)
    assert expected in line and "--help" in line
    assert len(result.stderr.strip().splitlines()) == 1
