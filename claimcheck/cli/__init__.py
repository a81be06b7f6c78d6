"""The ``claimcheck`` command line: parses arguments and wires the stages.

``claimcheck ARTICLE...`` is short for ``claimcheck check ARTICLE...``; the
other subcommands (``eval``, ``batch``, ``prompts``) live in modules of their
own beside this one. Nothing heavy is imported here, so ``--help`` and
``--version`` stay fast.
"""

from __future__ import annotations

import difflib
import os
import sys
from typing import Any, Optional, Sequence

import typer
from typer.core import TyperGroup

from claimcheck import __version__
from claimcheck.cli.batch_cmd import batch_command
from claimcheck.cli.check import check
from claimcheck.cli.diagnostics import error
from claimcheck.cli.eval_cmd import eval_command
from claimcheck.cli.prompts_cmd import prompts_command
from claimcheck.errors import ClaimcheckError, ExitCode, UsageError

_GROUP_OPTIONS = {"--help", "-h", "--version", "-V", "--install-completion", "--show-completion"}


class DefaultCommandGroup(TyperGroup):
    """Routes ``claimcheck ARTICLE...`` to the ``check`` command; a first word
    that is no file but looks like a mistyped command gets a suggestion."""

    default_command = "check"

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in _GROUP_OPTIONS:
            self._refuse_mistyped_command(args[0])
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def _refuse_mistyped_command(self, word: str) -> None:
        if word.startswith("-") or os.path.lexists(word):
            return
        close = difflib.get_close_matches(word, list(self.commands), n=1, cutoff=0.75)
        if close:
            raise UsageError(f"no such command or file {word!r}: did you mean {close[0]}?")


app = typer.Typer(
    cls=DefaultCommandGroup,
    name="claimcheck",
    help=(
        "Read a news article and show, claim by claim, who says so and how firmly.\n\n"
        "`claimcheck ARTICLE...` is short for `claimcheck check ARTICLE...`: it prints a markdown sourcing report. "
        "With no LLM endpoint configured it uses the offline `rules` engine; set OPENAI_API_KEY or OPENAI_BASE_URL "
        "(or pass --engine llm --base-url URL) to use an LLM."
    ),
    rich_markup_mode="markdown",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        from claimcheck import build_kind

        typer.echo(f"claimcheck {__version__}" + (" (compiled)" if build_kind() == "compiled" else ""))
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", "-V", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    pass


app.command("check")(check)
app.command("eval")(eval_command)
app.command("prompts")(prompts_command)
app.command("batch")(batch_command)


def _click_exceptions():
    """The click that typer parses with: recent typer vendors its own copy."""
    try:
        from typer._click import exceptions
    except ImportError:  # typer that uses the click package
        from click import exceptions
    return exceptions


def main(argv: Optional[Sequence[str]] = None) -> None:
    parse = _click_exceptions()
    try:
        code = app(args=list(argv) if argv is not None else None, prog_name="claimcheck", standalone_mode=False)
    except parse.NoArgsIsHelpError as exc:
        typer.echo(exc.ctx.get_help() if exc.ctx else "usage: claimcheck ARTICLE...")
        sys.exit(int(ExitCode.USAGE))
    except parse.UsageError as exc:
        # One line, like every other claimcheck error, with the way to more help.
        command = exc.ctx.command_path if exc.ctx else "claimcheck"
        error(f"{exc.format_message()} (see '{command} --help')")
        sys.exit(int(ExitCode.USAGE))
    except parse.ClickException as exc:
        error(exc.format_message())
        sys.exit(exc.exit_code)
    except (getattr(parse, "Abort", typer.Abort), typer.Abort):
        error("interrupted")
        sys.exit(130)
    except ClaimcheckError as exc:
        error(str(exc))
        sys.exit(int(exc.exit_code))
    except KeyboardInterrupt:
        error("interrupted")
        sys.exit(130)
    except Exception as exc:  # a bug: still one line unless asked for the traceback
        if os.environ.get("CLAIMCHECK_DEBUG"):
            raise
        error(f"internal error: {type(exc).__name__}: {exc} (set CLAIMCHECK_DEBUG=1 for a traceback, and please report it)")
        sys.exit(int(ExitCode.INTERNAL))
    sys.exit(code if isinstance(code, int) else 0)
