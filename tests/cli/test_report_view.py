"""The report as a person at a terminal sees it, and the inputs that are not articles."""

import os
import pty
import subprocess
import sys

import pytest

from claimcheck.article import load
from claimcheck.errors import InputError

ARTICLE = ("Council closes library\n\n"
           "Officials said the council_fund lost 40 laptops in March; the mayor, Ana Ruiz, said *nothing*.\n\n"
           "+3 staff were suspended on Monday, according to the audit.\n")


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _under_a_terminal(tmp_path, *args, env=None):
    """Run claimcheck with its standard output on a pseudo-terminal; return what the terminal shows."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "CLAIMCHECK_", "NO_COLOR"))}
    environment.update({"TERM": "xterm-256color", "COLUMNS": "100", **(env or {})})
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "claimcheck", "-q", *args], stdout=follower,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, cwd=tmp_path, env=environment)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert proc.wait(timeout=120) == 0, proc.stderr.read().decode()
    return b"".join(chunks).decode("utf-8", "replace")


def test_a_terminal_gets_the_rendered_report_with_colour_and_no_escapes(tmp_path, article):
    shown = _under_a_terminal(tmp_path, str(article))
    assert "\x1b[" in shown, "headings and marks are styled"
    assert "Claims to check first" in shown and "## " not in shown
    for escape in ("\\+", "\\_", "\\-", "\\*", "\\["):
        assert escape not in shown
    assert "council_fund" in shown and "+3 staff" in shown


@pytest.mark.parametrize("how", [{"env": {"NO_COLOR": "1"}}, {"args": ("--color", "never")}], ids=["NO_COLOR", "never"])
def test_no_color_keeps_the_layout_and_drops_the_colour(tmp_path, article, how):
    shown = _under_a_terminal(tmp_path, str(article), *how.get("args", ()), env=how.get("env"))
    assert "Claims to check first" in shown and "## " not in shown
    assert "\x1b[3" not in shown and "\x1b[9" not in shown  # no foreground colours


def test_piped_or_written_it_stays_plain_markdown(run, article):
    piped = run(str(article))
    assert piped.stdout.startswith("# Sourcing report") and "\x1b[" not in piped.stdout
    assert "council\\_fund" in piped.stdout  # GitHub markdown keeps its escapes
    forced = run(str(article), "--color", "always")
    assert "\x1b[" in forced.stdout and not forced.stdout.startswith("#")


def test_standard_input_is_titled_so(run):
    result = run("-", stdin=b"The mayor said 3 bridges would close on Monday.\n")
    assert result.stdout.splitlines()[0] == "# Sourcing report: standard input"


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".json", ".pdf", ".docx", ".CSV"])
def test_a_file_that_is_not_an_article_is_refused_unless_read_as_text(tmp_path, suffix):
    path = tmp_path / f"data{suffix}"
    path.write_text("The mayor said 3 bridges would close on Monday.\n", encoding="utf-8")
    with pytest.raises(InputError, match="not an article; pass --as-text"):
        load(str(path))
    assert load(str(path), as_text=True).paragraphs


def test_the_cli_refuses_a_csv_with_exit_3_and_reads_it_with_as_text(run, tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("The mayor said 3 bridges would close on Monday.\n", encoding="utf-8")
    refused = run(str(path))
    errors = [line for line in refused.stderr.splitlines() if line.startswith("claimcheck: error:")]
    assert refused.code == 3 and len(errors) == 1 and "--as-text" in errors[0]
    assert run(str(path), "--as-text").code == 0


def test_an_html_page_gives_its_canonical_url(run, tmp_path):
    page = tmp_path / "page.html"
    page.write_text('<html><head><title>Bridge</title><link rel="canonical" href="https://example.org/a/bridge">'
                    "</head><body><article><p>The mayor, Ana Ruiz, said the bridge would reopen on Monday after "
                    "3 weeks of repairs.</p></article></body></html>", encoding="utf-8")
    import json

    data = json.loads(run(str(page), "-f", "json").stdout)
    assert data["article"]["url"] == "https://example.org/a/bridge"
    assert "https://example.org/a/bridge" in run(str(page)).stdout.splitlines()[2]
