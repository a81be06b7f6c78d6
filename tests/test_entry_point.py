import subprocess
import sys

import pytest

from claimcheck import __version__

PROBE = """
import sys
sys.argv = ["claimcheck", *sys.argv[1:]]
from claimcheck.entry_point import main
try:
    main()
finally:
    sys.stderr.write("typer imported: %s\\n" % ("typer" in sys.modules))
"""


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_is_answered_without_importing_the_command_line(flag):
    child = subprocess.run([sys.executable, "-c", PROBE, flag], capture_output=True, text=True, timeout=60)
    assert child.returncode == 0
    assert child.stdout == f"claimcheck {__version__}\n"
    assert "typer imported: False" in child.stderr


def test_other_arguments_go_to_the_full_command_line():
    child = subprocess.run([sys.executable, "-c", PROBE, "--help"], capture_output=True, text=True, timeout=60)
    assert child.returncode == 0 and "batch" in child.stdout
    assert "typer imported: True" in child.stderr
