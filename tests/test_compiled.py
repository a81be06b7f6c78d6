"""The opt-in compiled build (hatch_build.py, ``CLAIMCHECK_COMPILE=1 pip install .``).

The suite imports the source tree, so it tests pure Python; compiled code can differ where a value's type is
not the one mypy reads (mypyc checks declared types at run time). These tests hold an installed compiled build
to the source tree: the JSON and Markdown reports of invented articles must be the same.

- The default run installs nothing: it compares the compiled install at ``CLAIMCHECK_COMPILED_PYTHON`` (or
  ``build/compiled-venv``, where ``scripts/compiled-build`` puts one) and skips, saying why, when there is
  none, when it is pure, or when it was built from other sources than the tree's.
- ``pytest -m compiled`` builds one itself into a scratch virtualenv (5+ CPU-minutes) and compares it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_VENV = ROOT / "build" / "compiled-venv"

ARTICLES = {
    "wire.txt": (
        "City to close two libraries, officials say\n\n"
        "The city will close two branch libraries next spring, Mayor Ana Ruiz said on Tuesday, citing a "
        "$4.2 million budget gap.\n\n"
        "\u201cWe looked at every other option,\u201d Ruiz said. \u201cThis is the least painful one.\u201d\n\n"
        "Two officials who were not authorized to speak publicly said the council may vote as soon as "
        "March, and that a third branch could also close.\n\n"
        "The closures would save about 12 percent of the library budget. Critics say the savings are "
        "probably overstated.\n\n"
        "A spokesman for the library workers' union, Tom Beck, said members would protest. The library "
        "board did not respond to a request for comment."
    ),
    "feature.md": (
        "# Water rates may rise\n\n"
        "Water rates could rise by 8% next year, according to a report from the utility.\n\n"
        "- the report was released on Monday\n"
        "- the board meets in June\n\n"
        "```\nrate = old * 1.08\n```\n\n"
        "\u201cIt is too early to say,\u201d said Lee Park, the utility's director. Some residents believe "
        "the rise is unavoidable, a person familiar with the talks said.\n\n"
        "*Opinion:* the board should explain itself."
    ),
    "page.html": (
        "<!doctype html><html><head><title>Bridge repairs delayed</title></head><body><article>"
        "<h1>Bridge repairs delayed</h1>"
        "<p>Repairs to the Elm Street bridge will be delayed until 2027, the state transportation "
        "department said in a statement on Friday.</p>"
        "<p>&ldquo;Safety comes first,&rdquo; said Jo Diaz, a department engineer. She said the bridge "
        "remains open to cars.</p>"
        "<p>According to one contractor, who asked not to be named, the delay will add $3 million to "
        "the cost. That figure could not be confirmed.</p>"
        "</article></body></html>"
    ),
}

# Run by each interpreter in turn: the build record, which listed modules are extensions, and the reports.
REPORTS = r"""
import importlib, importlib.machinery, json, sys
import claimcheck
from claimcheck.render import renderer

record = claimcheck.build_record()
suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
extensions = []
for path in record.get("modules", []):
    name = path[:-3].replace("/", ".").removesuffix(".__init__")
    if importlib.import_module(name).__file__.endswith(suffixes):
        extensions.append(path)
# mypyc's own str.lower missed the final sigma (hatch_build.py leaves it out): the tokens' lower case of a few
# words whose lower case depends on the letters around them or expands
from claimcheck.engines.rules.tokens import tokenize
probes = [[t.text, t.lower] for t in tokenize("ΟΔΟΣ and ΟΔΟΣ. ΣΑΣ İstanbul’s ǅemal STRAßE said, “ΝΑΙ”")]
reports = []
if "--reports" in sys.argv:
    markdown, as_json = renderer("markdown"), renderer("json")
    for path in sys.argv[sys.argv.index("--reports") + 1:]:
        report = claimcheck.analyse(path)
        reports.append([as_json(report), markdown(report)])
print(json.dumps({"file": claimcheck.__file__, "kind": claimcheck.build_kind(), "record": record,
                  "extensions": extensions, "probes": probes, "reports": reports}))
"""


def _run(python: str, cwd: Path, *arguments: str) -> dict:
    child = subprocess.run([python, "-c", REPORTS, *arguments], cwd=cwd, capture_output=True, text=True,
                           timeout=600)
    assert child.returncode == 0, child.stderr[-3000:]
    return json.loads(child.stdout.strip().splitlines()[-1])


def _hook_module():
    spec = importlib.util.spec_from_file_location("claimcheck_hatch_build", ROOT / "hatch_build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _articles(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(str(folder / name))
    return paths


def compare_with_source_tree(python: str, scratch: Path) -> None:
    """The installed compiled build at ``python`` writes the same reports as the source tree."""
    paths = _articles(scratch / "articles")
    compiled = _run(python, scratch, "--reports", *paths)
    assert compiled["kind"] == "compiled" and not compiled["file"].startswith(str(ROOT)), compiled["file"]
    assert compiled["extensions"] == compiled["record"]["modules"], "a listed module was imported from source"
    pure = _run(sys.executable, ROOT, "--reports", *paths)
    assert pure["file"].startswith(str(ROOT)) and pure["kind"] == "pure"
    assert compiled["probes"] == pure["probes"]
    for path, (compiled_json, compiled_markdown), (pure_json, pure_markdown) in zip(
            paths, compiled["reports"], pure["reports"]):
        assert compiled_json == pure_json, Path(path).name
        assert compiled_markdown == pure_markdown, Path(path).name


def test_the_compiled_install_writes_the_source_trees_reports(tmp_path):
    python = os.environ.get("CLAIMCHECK_COMPILED_PYTHON") or str(DEFAULT_VENV / "bin" / "python")
    if not Path(python).exists():
        pytest.skip(f"no compiled install at {python}: build one with scripts/compiled-build "
                    "(CLAIMCHECK_COMPILE=1 pip install ., 5+ CPU-minutes) or set CLAIMCHECK_COMPILED_PYTHON")
    found = _run(python, tmp_path)
    if found["kind"] != "compiled":
        pytest.skip(f"the install at {python} is pure Python: "
                    f"{found['record'].get('reason', 'built without CLAIMCHECK_COMPILE=1')}")
    if found["record"].get("source_digest") != _hook_module().source_digest(ROOT / "claimcheck"):
        pytest.skip(f"the compiled install at {python} was built from other sources than this tree's: "
                    "rebuild it (scripts/compiled-build)")
    compare_with_source_tree(python, tmp_path)


@pytest.mark.compiled
def test_a_fresh_compiled_build_writes_the_source_trees_reports(tmp_path):
    """Builds the compiled wheel into a scratch virtualenv (5+ CPU-minutes), then compares."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    build = subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "-v", str(ROOT)], capture_output=True,
                           text=True, env={**os.environ, "CLAIMCHECK_COMPILE": "1"}, timeout=3600)
    assert build.returncode == 0, build.stderr[-3000:]
    said = [line.strip() for line in (build.stdout + build.stderr).splitlines() if "claimcheck build:" in line]
    found = _run(str(venv / "bin" / "python"), tmp_path)
    if found["kind"] != "compiled":
        pytest.skip(f"the build stayed pure Python: {found['record'].get('reason', said)}")
    compare_with_source_tree(str(venv / "bin" / "python"), tmp_path)


@pytest.mark.compiled
def test_the_default_wheel_is_pure_python(tmp_path):
    """Without CLAIMCHECK_COMPILE the wheel is the ordinary pure one: no extension, no build record."""
    import zipfile

    env = {k: v for k, v in os.environ.items() if k != "CLAIMCHECK_COMPILE"}
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
                   check=True, env=env, timeout=600)
    (wheel,) = tmp_path.glob("claimcheck-*.whl")
    assert wheel.name.endswith("-py3-none-any.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert not [n for n in names if n.endswith((".so", ".pyd", "_build.json"))]


def test_the_source_tree_holds_no_compiled_module():
    """An extension beside a ``.py`` is imported in its place: the build compiles in a scratch copy only."""
    leftovers = [p for p in (ROOT / "claimcheck").rglob("*") if p.suffix in (".so", ".pyd") or p.name == "_build.json"]
    assert leftovers == []


class _Metadata:
    class core:  # noqa: N801 (hatchling's metadata.core)
        dependencies = ["pydantic>=2.7"]


def _hook(tmp_path, monkeypatch, compile_variable):
    module = _hook_module()
    if compile_variable is None:
        monkeypatch.delenv(module.COMPILE_VARIABLE, raising=False)
    else:
        monkeypatch.setenv(module.COMPILE_VARIABLE, compile_variable)

    class Hook(module.CompileHook):
        # plain attributes in place of hatchling's properties (hatchling need not be installed here)
        config = {"compile-requires": ["mypy>=2.4,<2.5"], "compile-modules": ["claimcheck/pipeline.py"]}
        root = str(tmp_path)
        metadata = _Metadata

    return module, Hook.__new__(Hook)


def test_without_the_variable_the_hook_does_nothing(tmp_path, monkeypatch):
    module, hook = _hook(tmp_path, monkeypatch, None)
    build_data = {"force_include": {}, "artifacts": []}
    hook.initialize("standard", build_data)
    assert build_data == {"force_include": {}, "artifacts": []}
    assert hook.dependencies() == []
    monkeypatch.setenv(module.COMPILE_VARIABLE, "0")
    assert hook.dependencies() == []


def test_the_variable_asks_for_mypy_and_the_runtime_dependencies(tmp_path, monkeypatch):
    _, hook = _hook(tmp_path, monkeypatch, "1")
    assert hook.dependencies() == ["mypy>=2.4,<2.5", "pydantic>=2.7"]


def test_an_editable_install_is_never_compiled(tmp_path, monkeypatch, capsys):
    _, hook = _hook(tmp_path, monkeypatch, "1")
    build_data = {"force_include": {}, "artifacts": []}
    hook.initialize("editable", build_data)
    assert build_data["force_include"] == {}
    assert "pure-Python wheel: an editable install" in capsys.readouterr().err


def test_without_a_toolchain_the_wheel_is_pure_and_says_why(tmp_path, monkeypatch, capsys):
    module, hook = _hook(tmp_path, monkeypatch, "1")
    monkeypatch.setattr(module, "_missing_toolchain", lambda: "no C compiler (cc not found)")
    build_data = {"force_include": {}, "artifacts": []}
    hook.initialize("standard", build_data)
    (record_path, target), = build_data["force_include"].items()
    assert target == "claimcheck/_build.json"
    assert json.loads(Path(record_path).read_text()) == {"kind": "pure", "reason": "no C compiler (cc not found)"}
    assert "building a pure-Python wheel: no C compiler (cc not found)" in capsys.readouterr().err
    hook.finalize("standard", build_data, "")
    assert not Path(record_path).exists()


def test_the_build_record_names_the_kind(tmp_path, monkeypatch):
    import claimcheck

    if claimcheck.__file__.startswith(str(ROOT)):  # the source tree (not an install the suite was pointed at)
        assert claimcheck.build_kind() == "pure" and claimcheck.build_record() == {}
    (tmp_path / "_build.json").write_text('{"kind": "compiled", "modules": ["claimcheck/pipeline.py"]}')
    monkeypatch.setattr(claimcheck, "__file__", str(tmp_path / "__init__.py"))
    assert claimcheck.build_kind() == "compiled"
    from claimcheck.entry_point import main

    monkeypatch.setattr(sys, "argv", ["claimcheck", "--version"])
    printed = []
    monkeypatch.setattr(sys.stdout, "write", printed.append)
    main()
    assert printed == [f"claimcheck {claimcheck.__version__} (compiled)\n"]


def _compile_modules() -> list[str]:
    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]["compile-modules"]


def test_the_compiled_modules_exist_and_schema_is_never_one():
    modules = _compile_modules()
    assert modules and all((ROOT / m).is_file() for m in modules)
    assert "claimcheck/schema.py" not in modules  # the pydantic models stay ordinary classes


def test_the_compiled_modules_pass_mypy():
    """mypyc compiles only what mypy accepts (pyproject's [tool.mypy]); skipped where mypy is not installed."""
    pytest.importorskip("mypy", reason="mypy is not installed (pip install mypy to check the compiled modules)")
    pytest.importorskip("pydantic.mypy")
    child = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", *_compile_modules()], cwd=ROOT,
                           capture_output=True, text=True, timeout=600)
    assert child.returncode == 0, child.stdout[-3000:]
