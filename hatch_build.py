"""The wheel's build hook: an opt-in build with the hot modules compiled by mypyc.

By default the wheel is pure Python and this hook does nothing. With ``CLAIMCHECK_COMPILE=1`` in the
environment of a (non-editable) install::

    CLAIMCHECK_COMPILE=1 pip install .

the modules listed under ``[tool.hatch.build.targets.wheel.hooks.custom]`` in pyproject.toml are compiled
by mypyc into C extensions that the wheel ships beside the ``.py`` files (an extension is imported before a
source file of the same name). The build asks for mypy (which holds mypyc) and setuptools only then, through
:meth:`CompileHook.dependencies`, and type-checks against the runtime dependencies, which it installs into
the build environment too.

The compile runs in a temporary copy of the package, so no ``.so`` file is ever left in the source tree
(one there would be imported in place of the ``.py`` beside it). When it cannot compile (an editable
install, no C compiler, no ``Python.h``, mypyc missing, a compile that fails) the wheel is pure Python and
the hook prints one line saying why (pip shows it with ``-v``); ``claimcheck.build_kind()`` reads the
record the hook writes into the wheel (``claimcheck/_build.json``). See docs/performance.md.

Run as a script (``python hatch_build.py --compile DIR ...``) it is the compile step itself, which the hook
starts in a child process inside the temporary copy.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path
from typing import Any

COMPILE_VARIABLE = "CLAIMCHECK_COMPILE"
JOBS_VARIABLE = "CLAIMCHECK_COMPILE_JOBS"
PACKAGE = "claimcheck"
RECORD = "_build.json"


def source_digest(package_dir: Path) -> str:
    """A hash of every file of the package (``__pycache__`` left out): a compiled install records the one of
    the sources it was built from, so a test can tell an install that no longer matches the tree."""
    digest = hashlib.sha256()
    for path in sorted(p for p in package_dir.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                       and not p.name.endswith((".so", ".pyd", ".pyc")) and p.name != RECORD):
        digest.update(path.relative_to(package_dir).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _say(message: str) -> None:
    sys.stderr.write(f"claimcheck build: {message}\n")
    sys.stderr.flush()


def _missing_toolchain() -> str | None:
    """Why a C extension cannot be built here, or None when it can."""
    include = sysconfig.get_paths().get("include") or ""
    if not os.path.exists(os.path.join(include, "Python.h")):
        return f"no Python.h in {include or 'the interpreter include directory'} (install the Python headers)"
    compiler = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler} not found)"
    try:
        import mypyc  # noqa: F401
        import setuptools  # noqa: F401
    except ImportError as error:
        return f"mypyc or setuptools is not importable in the build environment ({error})"
    return None


try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # run as the compile script, where only mypyc and setuptools are needed
    BuildHookInterface = object  # type: ignore[assignment,misc]


class CompileHook(BuildHookInterface):  # type: ignore[misc,valid-type]
    """Compiles ``compile-modules`` with mypyc when ``CLAIMCHECK_COMPILE=1``; otherwise does nothing."""

    def _wanted(self) -> bool:
        return os.environ.get(COMPILE_VARIABLE, "").strip() == "1"

    def dependencies(self) -> list[str]:
        if not self._wanted():
            return []
        # mypy checks the modules against the libraries they use (pydantic's plugin reads the models), so the
        # runtime dependencies are in the build environment too
        return [*self.config.get("compile-requires", []), *self.metadata.core.dependencies]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._scratch: str | None = None
        if not self._wanted():
            return
        record: dict[str, Any] = {"kind": "pure"}
        reason = self._compile(version, build_data)
        if reason is None:
            record = self._record
        else:
            record["reason"] = reason
            _say(f"building a pure-Python wheel: {reason}")
        if version != "editable":
            record_path = Path(self._scratch_dir()) / RECORD
            record_path.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
            build_data["force_include"][str(record_path)] = f"{PACKAGE}/{RECORD}"

    def _scratch_dir(self) -> str:
        if self._scratch is None:
            self._scratch = tempfile.mkdtemp(prefix="claimcheck-compile-")
        return self._scratch

    def _compile(self, version: str, build_data: dict[str, Any]) -> str | None:
        """Compile into a scratch copy and add the extensions to the wheel; the reason it did not, or None."""
        if version == "editable":
            return "an editable install imports the source tree, which is never compiled"
        missing = _missing_toolchain()
        if missing:
            return missing
        modules = list(self.config.get("compile-modules", []))
        if not modules:
            return "no compile-modules in pyproject.toml"
        root = Path(self.root)
        work = Path(self._scratch_dir()) / "src"
        shutil.copytree(root / PACKAGE, work / PACKAGE, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
        shutil.copy2(root / "pyproject.toml", work / "pyproject.toml")
        jobs = os.environ.get(JOBS_VARIABLE) or str(self.config.get("jobs", 2))
        command = [sys.executable, str(root / "hatch_build.py"), "--compile", str(work),
                   "--jobs", jobs, "--opt-level", str(self.config.get("opt-level", "3"))]
        if self.config.get("multi-file", True):
            command.append("--multi-file")
        command += modules
        started = time.monotonic()
        _say(f"compiling {len(modules)} modules with mypyc ({jobs} jobs); set {COMPILE_VARIABLE}=0 for a pure build")
        result = subprocess.run(command, cwd=work, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if result.returncode != 0:
            tail = [line for line in result.stdout.splitlines() if line.strip()][-15:]
            sys.stderr.write("\n".join(tail) + "\n")
            last = tail[-1] if tail else f"exit {result.returncode}"
            return f"the mypyc compile failed ({last.strip()[:200]})"
        built = sorted(p for p in work.rglob("*") if p.suffix in (".so", ".pyd") and p.parts[len(work.parts)] != "build")
        if not built:
            return "the mypyc compile produced no extension"
        for path in built:
            build_data["force_include"][str(path)] = path.relative_to(work).as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        import mypy.version

        self._record = {
            "kind": "compiled",
            "modules": modules,
            "mypy": mypy.version.__version__,
            "source_digest": source_digest(root / PACKAGE),
            "seconds": round(time.monotonic() - started),
        }
        _say(f"compiled {len(modules)} modules into {len(built)} extensions in {self._record['seconds']} s")
        return None

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if getattr(self, "_scratch", None):
            shutil.rmtree(self._scratch, ignore_errors=True)  # type: ignore[arg-type]


def get_build_hook() -> type:
    return CompileHook


def _compile_main(argv: list[str]) -> int:
    """The compile step, in the scratch copy: mypyc's C code, built in place with the C files in parallel."""
    import argparse
    from concurrent.futures import ThreadPoolExecutor

    parser = argparse.ArgumentParser()
    parser.add_argument("--compile", required=True)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--opt-level", default="3")
    parser.add_argument("--multi-file", action="store_true")
    parser.add_argument("modules", nargs="+")
    args = parser.parse_args(argv)
    os.chdir(args.compile)
    sys.path.insert(0, args.compile)

    from mypyc.build import mypycify
    from mypyc.primitives import registry

    # mypyc's own str.lower (CPyStr_Lower) skips the final-sigma rule on Python < 3.13 ("ΟΔΟΣ".lower() gives
    # "οδοσ", where Python gives "οδος"): without it, compiled code calls Python's str.lower
    registry.method_call_ops["lower"] = [op for op in registry.method_call_ops.get("lower", [])
                                         if op.c_function_name != "CPyStr_Lower"]
    from setuptools import Distribution
    from setuptools.command.build_ext import build_ext

    extensions = mypycify(["--config-file", "pyproject.toml", *args.modules], opt_level=args.opt_level,
                          multi_file=args.multi_file, group_name=PACKAGE)

    class ParallelBuildExt(build_ext):
        """Each extension's C files compiled ``--jobs`` at a time (setuptools' own ``parallel`` runs whole
        extensions side by side, and mypyc makes one extension of all the code)."""

        def build_extension(self, ext: Any) -> None:
            compile_one = self.compiler.compile

            def compile_all(sources: list[str], *positional: Any, **named: Any) -> list[str]:
                with ThreadPoolExecutor(max(1, args.jobs)) as pool:
                    parts = list(pool.map(lambda source: compile_one([source], *positional, **named), sources))
                return [obj for part in parts for obj in part]

            self.compiler.compile = compile_all
            try:
                super().build_extension(ext)
            finally:
                self.compiler.compile = compile_one

    distribution = Distribution({"name": PACKAGE, "ext_modules": extensions})
    command = ParallelBuildExt(distribution)
    command.inplace = True
    command.ensure_finalized()
    command.run()
    return 0


if __name__ == "__main__":
    sys.exit(_compile_main(sys.argv[1:]))
