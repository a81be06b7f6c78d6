import pytest

from claimcheck.batch.inputs import expand_inputs
from claimcheck.errors import UsageError


@pytest.fixture
def archive(tmp_path):
    files = ["2020/03/a.txt", "2020/03/b.html", "2020/04/c.md", "2020/04/notes.csv", "2020/.git/x.txt",
             "2020/04/.draft.txt", "out/reports/old.md", "loose.txt"]
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("text")
    return tmp_path


def _names(paths, root):
    return [p.resolve().relative_to(root).as_posix() for p in paths]


@pytest.mark.parametrize("patterns, expected", [
    (["2020"], ["2020/03/a.txt", "2020/03/b.html", "2020/04/c.md"]),
    (["2020/*/*.txt", "loose.txt"], ["2020/03/a.txt", "loose.txt"]),
    (["2020/**/*.md"], ["2020/04/c.md"]),
    (["loose.txt", "2020/03", "loose.txt"], ["loose.txt", "2020/03/a.txt", "2020/03/b.html"]),
    (["."], ["loose.txt", "2020/03/a.txt", "2020/03/b.html", "2020/04/c.md"]),
])
def test_inputs_expand_to_article_files_once_each_skipping_hidden_ones_and_the_output(archive, monkeypatch,
                                                                                     patterns, expected):
    monkeypatch.chdir(archive)
    assert _names(expand_inputs(patterns, exclude=archive / "out"), archive) == expected


@pytest.mark.parametrize("patterns, message", [
    (["missing.txt"], "missing.txt: no such file or directory"),
    (["2020/*/*.pdf"], "matches no file"),
    (["2020/04/notes.csv"], None),
    ([], "give at least one"),
])
def test_inputs_that_name_nothing_are_a_usage_error(archive, monkeypatch, patterns, message):
    monkeypatch.chdir(archive)
    if message is None:  # a file named explicitly is taken whatever its extension
        assert _names(expand_inputs(patterns), archive) == ["2020/04/notes.csv"]
        return
    with pytest.raises(UsageError, match=message):
        expand_inputs(patterns)


def test_a_folder_holding_only_the_output_is_a_usage_error(archive):
    with pytest.raises(UsageError, match="no article files"):
        expand_inputs([str(archive / "out")], exclude=archive / "out")
