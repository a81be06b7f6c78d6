"""Options that several commands share, declared once so their names, help and defaults agree."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from claimcheck.genres import GENRES
from claimcheck.engines import choices

LLM_PANEL = "LLM engine (any OpenAI-compatible endpoint)"


class Format(str, Enum):
    markdown = "markdown"
    json = "json"
    html = "html"


def _registered_engine(value: str) -> str:
    """The engines are whatever :mod:`claimcheck.engines` registered when the command runs."""
    if value not in choices():
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(repr(c) for c in choices())}")
    return value


# The genres are the schema's; "auto" asks scoring to detect one.
Genre = Enum("Genre", {name: name for name in ("auto", *GENRES)}, type=str)  # type: ignore[misc]


class Color(str, Enum):
    auto = "auto"
    never = "never"
    always = "always"


class Mode(str, Enum):
    tools = "tools"
    json = "json"
    json_schema = "json_schema"
    md_json = "md_json"


EngineOption = Annotated[
    str,
    typer.Option(metavar=f"[{'|'.join(choices())}]", callback=_registered_engine,
                 help="Extraction engine. auto = llm when an endpoint is configured, else the offline rules engine."),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress or diagnostics on stderr.")]
RubricOption = Annotated[
    Optional[Path], typer.Option(help="TOML file overriding the scoring weights (see docs/scoring.md).")
]
ColorOption = Annotated[
    Color,
    typer.Option(help="Colour the terminal view of the markdown report: auto = when standard output is a terminal "
                      "and NO_COLOR is unset."),
]
AsTextOption = Annotated[
    bool,
    typer.Option("--as-text", help="Read a file with a data or office extension (.csv .tsv .json .pdf .docx) as "
                                   "article text anyway."),
]
CheckFirstOption = Annotated[
    Optional[int],
    typer.Option("--check-first", min=0, metavar="N",
                 help="List at most N claims to check first at the top of the report; 0 = none [default: 5]."),
]
CorrectionsOption = Annotated[
    Optional[Path],
    typer.Option(metavar="FILE-or-DIR",
                 help="A fact-checker's corrections (TOML): retype, merge or split sources, attach a source, mark a "
                      "claim public record or common knowledge, drop a false attribution; the report re-scores "
                      "(see docs/corrections.md)."),
]
GenreOption = Annotated[
    Genre,
    typer.Option(help="The article's genre. auto = detect opinion, editorials, analysis, columns and reviews "
                      "(labels, a columnist byline, first-person argument); their author's own assertions are "
                      "scored as argument, not as orphan news claims."),
]
MaxBytesOption = Annotated[
    Optional[int], typer.Option(help="Refuse inputs larger than this many bytes; 0 = no limit [default: 5 MB].")
]
VerboseOption = Annotated[int, typer.Option("--verbose", "-v", count=True, help="More diagnostics (retries, cache).")]
ModelOption = Annotated[
    Optional[str], typer.Option(help="Model name [env: CLAIMCHECK_MODEL; default gpt-4o-mini].", rich_help_panel=LLM_PANEL)
]
BaseUrlOption = Annotated[
    Optional[str], typer.Option(help="OpenAI-compatible endpoint [env: OPENAI_BASE_URL].", rich_help_panel=LLM_PANEL)
]
ModeOption = Annotated[
    Optional[Mode], typer.Option(help="Structured-output mode [default: tools].", rich_help_panel=LLM_PANEL)
]
ConcurrencyOption = Annotated[
    Optional[int],
    typer.Option(min=1, help="Calls in flight at once [default: 8 on OpenAI, 1 on other endpoints, which mostly "
                             "answer one request at a time].", rich_help_panel=LLM_PANEL)
]
TimeoutOption = Annotated[
    Optional[float],
    typer.Option(help="Idle seconds: connecting, or waiting for the server's next bytes (for a whole answer, as "
                      "servers send it at once) [default: 600 on OpenAI, 1800 on other endpoints, where a CPU may "
                      "generate slowly].", rich_help_panel=LLM_PANEL)
]
DeadlineOption = Annotated[
    Optional[float],
    typer.Option(help="Seconds for a whole request, however the bytes trickle in [default: 3 x --timeout].",
                 rich_help_panel=LLM_PANEL)
]
MaxTokensOption = Annotated[
    Optional[int], typer.Option(min=1, help="Completion tokens per call [default: 4096].", rich_help_panel=LLM_PANEL)
]
TemperatureOption = Annotated[
    Optional[float], typer.Option(min=0, max=2, help="Sampling temperature [default: 0].", rich_help_panel=LLM_PANEL)
]
ParagraphsPerCallOption = Annotated[
    Optional[int],
    typer.Option(min=1, help="Paragraphs sent together in one call, within about 2000 tokens of paragraph text; "
                             "the instructions are then paid once per call [default: 16].", rich_help_panel=LLM_PANEL)
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", help="Neither read nor write the response cache.", rich_help_panel=LLM_PANEL)
]


def llm_settings(*, model: Optional[str], base_url: Optional[str], mode: Optional[Mode], concurrency: Optional[int],
                 timeout: Optional[float], no_cache: bool, deadline: Optional[float] = None,
                 max_tokens: Optional[int] = None, temperature: Optional[float] = None,
                 paragraphs_per_call: Optional[int] = None) -> dict[str, Any]:
    """The llm engine's settings from the shared flags (None means: env var, config file or default)."""
    tuning = dict(deadline=deadline, max_tokens=max_tokens, temperature=temperature,
                  paragraphs_per_call=paragraphs_per_call)
    return dict(model=model, base_url=base_url, mode=mode.value if mode else None, concurrency=concurrency,
                timeout=timeout, cache=not no_cache,
                **{k: v for k, v in tuning.items() if v is not None})
