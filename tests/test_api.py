"""The public API: ``claimcheck.analyse`` and ``claimcheck.__all__``, and an import that stays light."""

import subprocess
import sys

import pytest

import claimcheck
from claimcheck.errors import InputError, UsageError
from claimcheck.schema import Report
from claimcheck.scoring import Rubric, load_rubric

ARTICLE = (
    "The council will close the pier in May, Mayor Ana Ruiz said.\n\n"
    "Two officials familiar with the plan said repairs would cost $4 million.\n"
)


def test_the_declared_names_are_the_api_and_all_resolve():
    assert set(claimcheck.__all__) == {"__version__", "analyse", "Report", "Rubric", "load_rubric", "ClaimcheckError"}
    for name in claimcheck.__all__:
        assert getattr(claimcheck, name) is not None
    assert claimcheck.Report is Report and claimcheck.Rubric is Rubric
    with pytest.raises(AttributeError):
        claimcheck.no_such_name  # noqa: B018


def test_analyse_reads_text_and_files_alike(tmp_path):
    from_text = claimcheck.analyse(ARTICLE)
    assert isinstance(from_text, Report)
    assert from_text.engine.name == "rules" and from_text.summary.claims >= 2
    assert {s.type for s in from_text.sources} >= {"named_person", "anonymous"}
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    for given in (path, str(path)):
        from_file = claimcheck.analyse(given)
        assert from_file.article.path == str(path)
        assert [c.text for p in from_file.paragraphs for c in p.claims] == \
            [c.text for p in from_text.paragraphs for c in p.claims]


def test_analyse_takes_an_engine_object_and_a_rubric(tmp_path):
    from claimcheck.engines.rules import RulesEngine

    shipped = claimcheck.analyse(ARTICLE)
    override = tmp_path / "rubric.toml"
    override.write_text("[base]\nnamed_person = 5\nanonymous = 5\n", encoding="utf-8")
    stricter = claimcheck.analyse(ARTICLE, engine=RulesEngine(), rubric=override)
    assert [p.attributions for p in stricter.paragraphs] == [p.attributions for p in shipped.paragraphs]
    assert stricter.summary.score < shipped.summary.score
    as_object = claimcheck.analyse(ARTICLE, rubric=load_rubric(override))
    assert as_object.summary == stricter.summary


def test_analyse_refuses_what_it_cannot_use(tmp_path):
    with pytest.raises(UsageError, match="unknown engine"):
        claimcheck.analyse(ARTICLE, engine="nope")
    with pytest.raises(InputError):
        claimcheck.analyse(tmp_path / "missing.txt")


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", f"{code}\nimport sys; print(' '.join(sys.modules))"],
                         capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_import_claimcheck_loads_nothing_heavy():
    loaded = _modules_after("import claimcheck")
    assert not loaded & {"pydantic", "openai", "instructor", "typer", "rich", "trafilatura"}


def test_the_rules_path_never_imports_the_llm_libraries():
    loaded = _modules_after(f"import claimcheck; claimcheck.analyse({ARTICLE!r})")
    assert "claimcheck.schema" in loaded
    assert not loaded & {"openai", "instructor"}
