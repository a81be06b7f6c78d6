import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "article.txt"


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


@pytest.fixture
def run(tmp_path):
    """Run the real `claimcheck` entry point in a child process, with no LLM endpoint configured."""

    def _run(*args: str, stdin: bytes | None = b"", env: dict | None = None) -> Result:
        environment = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "CLAIMCHECK_"))}
        environment["XDG_CONFIG_HOME"] = str(tmp_path / "config")
        environment["XDG_CACHE_HOME"] = str(tmp_path / "cache")
        environment.update(env or {})
        proc = subprocess.run(
            [sys.executable, "-m", "claimcheck", *args],
            input=stdin, capture_output=True, cwd=tmp_path, env=environment, timeout=120,
        )
        return Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))

    return _run
