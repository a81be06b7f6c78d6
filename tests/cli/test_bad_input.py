"""The bad-input corpus, end to end through the real command.

Each case is generated here, and each must end in either a correct report or
a one-line error with a documented exit code: never a traceback, never a hang
(the child process has a timeout), never a silently dropped paragraph.
"""

import json
import os

import pytest

from claimcheck.errors import ExitCode

NAME = "Ana\u200bMaria\u00a0Lopez"
SENTENCE = "The mayor said the bridge would reopen on Monday."


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return str(path)


REPORT_CASES = [
    ("utf16-bom.txt", ("\ufeff" + SENTENCE + "\n").encode("utf-16-le"), SENTENCE),
    ("utf8-bom.txt", b"\xef\xbb\xbf" + SENTENCE.encode(), SENTENCE),
    ("cp1252.txt", "\u201cWe will rebuild,\u201d the mayor said on Monday.\n".encode("cp1252"), "\u201cWe will rebuild,\u201d"),
    ("crlf.txt", (SENTENCE + "\r\n\r\nThe council said it agreed.\r\n").encode(), "The council said it agreed."),
    ("zero-width.txt", f"{NAME}, the mayor, said the bridge would reopen.\n", "Ana"),
    ("page.html", "<html><head><title>Bridge</title><script>alert('x')</script></head><body><article>"
                  f"<p>{SENTENCE} The repairs cost $4 million, officials said.</p>"
                  "<p>The council said it agreed with the plan and would vote on Tuesday.</p>"
                  "</article></body></html>", "bridge would reopen"),
    ("notes.md", f"# Bridge news\n\n{SENTENCE} See [the plan](http://example.com).\n\n## More\n\nThe council said it agreed.\n",
     "the plan"),
    ("long.txt", " ".join([SENTENCE] * 300) + "\n", SENTENCE),
    ("many.txt", "\n\n".join(f"Official {i} said the bridge had {i} cracks." for i in range(2000)) + "\n",
     "1999 cracks"),
]


@pytest.mark.parametrize("name, data, expected", REPORT_CASES, ids=[c[0] for c in REPORT_CASES])
def test_odd_but_valid_input_gives_a_correct_report(run, tmp_path, name, data, expected):
    path = _write(tmp_path, name, data)
    result = run(path, "-f", "json", "-q")
    assert result.code == ExitCode.OK, result.stderr
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    text = "\n".join(p["text"] for p in report["paragraphs"])
    assert expected in text
    assert "\u200b" not in text and "\u00a0" not in text and "\r" not in text
    assert "alert(" not in text
    assert all(p["error"] is None for p in report["paragraphs"])


def test_two_thousand_paragraphs_are_all_reported(run, tmp_path):
    path = _write(tmp_path, "many.txt", "\n\n".join(f"Official {i} said {i} bridges were shut." for i in range(2000)))
    result = run(path, "-f", "json", "-q")
    report = json.loads(result.stdout)
    assert [p["index"] for p in report["paragraphs"]] == list(range(1, 2001))


def test_twenty_megabytes_without_line_breaks_is_refused_with_an_overridable_limit(run, tmp_path):
    path = _write(tmp_path, "huge.txt", b"word " * (4 * 1024 * 1024))
    result = run(path)
    assert result.code == ExitCode.INPUT
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith("claimcheck: error:") and "--max-bytes" in line
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="root reads files whatever their permissions")
def test_unreadable_file_is_an_input_error(run, tmp_path):
    path = _write(tmp_path, "secret.txt", SENTENCE)
    os.chmod(path, 0)
    result = run(path)
    assert result.code == ExitCode.INPUT
    assert "secret.txt" in result.stderr.strip().splitlines()[-1]
