"""The modules the opt-in compiled build compiles (pyproject.toml's compile-modules) type-check as mypyc reads
them. A type error there does not break the pure install the suite tests: the compiled build falls back to a
pure wheel, and the speed researchers install it for is lost without a word. mypy takes seconds; the compile
itself (tests/test_compiled.py, ``-m compiled``) takes minutes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _compile_modules() -> list[str]:
    tomllib = pytest.importorskip("tomllib") if sys.version_info >= (3, 11) else pytest.importorskip("tomli")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]["compile-modules"]


def test_the_compiled_modules_are_listed_and_exist():
    modules = _compile_modules()
    assert modules and all((ROOT / module).is_file() for module in modules)


def test_the_compiled_modules_type_check():
    api = pytest.importorskip("mypy.api", reason="mypy is in the test extras: pip install '.[test]'")
    stdout, stderr, status = api.run(["--config-file", str(ROOT / "pyproject.toml"),
                                      *(str(ROOT / module) for module in _compile_modules())])
    assert status == 0, (
        "the compiled build's modules do not type-check, so CLAIMCHECK_COMPILE=1 would build a pure wheel:\n"
        + stdout + stderr)
