"""``claimcheck eval GOLD``: measure an engine against gold annotations."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from claimcheck.cli.diagnostics import ParagraphProgress, configure_logging, say
from claimcheck.cli.options import LLM_PANEL, BaseUrlOption, EngineOption, ModelOption, QuietOption


class EvalFormat(str, Enum):
    text = "text"
    json = "json"


def eval_command(
    gold: Annotated[
        Path,
        typer.Argument(metavar="GOLD", help="Gold file: JSONL in the shared gold schema (see docs/accuracy.md), a claimcheck "
                            "JSON report used as gold, or a folder of typed sourcing gold (articles/ and gold/, "
                            "the realnews_dev format): source types, pronouns, roster merges, continuations."),
    ],
    engine: EngineOption = "rules",
    format: Annotated[EvalFormat, typer.Option("--format", "-f", help="text for people, json for CI.")] = EvalFormat.text,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the results here.")] = None,
    limit: Annotated[Optional[int], typer.Option(min=1, help="Only the first N gold records (or articles).")] = None,
    quiet: QuietOption = False,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    cassette: Annotated[
        Optional[Path],
        typer.Option(help="Replay this recorded cassette instead of calling an endpoint "
                          "[default: cassettes/llm/eval-<GOLD stem>.yaml when it exists].", rich_help_panel=LLM_PANEL),
    ] = None,
    live: Annotated[
        bool, typer.Option("--live", help="Call the endpoint even when a cassette for GOLD exists.",
                           rich_help_panel=LLM_PANEL)
    ] = False,
) -> None:
    """Run an engine on gold records and report attribution, hedge and claim accuracy."""
    from claimcheck.engines import resolve_engine
    from claimcheck.errors import InputError, UsageError
    from claimcheck.evaluation import evaluate, load_gold, render_json, render_text
    from claimcheck.sourcing_gold import evaluate_typed, is_typed_gold, render_typed_json, render_typed_text

    configure_logging(quiet=quiet)
    typed = is_typed_gold(gold)
    if gold.is_dir() and not typed:
        raise InputError(f"{gold}: a folder of gold needs articles/ and gold/ inside (the realnews_dev format)")
    records = [] if typed else load_gold(gold)
    if limit is not None:
        records = records[:limit]
    entry = resolve_engine(engine, base_url_given=base_url is not None).entry
    settings: dict[str, object] = {}
    if entry.takes_endpoint:
        settings = {"model": model, "base_url": base_url}
        if not quiet:
            settings["progress"] = ParagraphProgress
        if cassette is None and not live and entry.eval_replay is not None:
            cassette = entry.eval_replay(gold)
        if cassette is not None:
            # A replay must send exactly the recorded requests: no cache answering in their place.
            settings.update(cassette=cassette, cache=False)
            if not quiet:
                say(f"eval: replaying {cassette}")
    watched = _FailureWatch(entry.build(settings))
    if typed:
        counts = evaluate_typed(gold, watched, limit)
        rendered = (render_typed_json if format is EvalFormat.json else render_typed_text)(watched.info.name, counts)
        _write(rendered, output)
        return
    result = evaluate(records, watched, progress=not quiet)
    if cassette is not None and watched.failures:
        raise UsageError(
            f"cassette {cassette} is stale: {len(watched.failures)} paragraphs sent requests it does not hold "
            f"(first: {watched.failures[0]}); the prompts, response schema or settings changed since it was "
            "recorded. Re-record it with: scripts/record-cassettes"
        )
    rendered = render_json(result) if format is EvalFormat.json else render_text(result)
    _write(rendered, output)


def _write(rendered: str, output: Optional[Path]) -> None:
    from claimcheck.output import write_atomic

    if output is None:
        typer.echo(rendered, nl=False)
        return
    write_atomic(output, rendered)


class _FailureWatch:
    """Passes an engine through, noting paragraphs it could not analyse (a cassette miss shows up there)."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.info = engine.info
        self.failures: list[str] = []

    def analyse(self, document):
        paragraphs = self.engine.analyse(document)
        # A replay miss, not a paragraph the model gave no usable answer for (that is a measurement, not staleness).
        self.failures += [p.error for p in paragraphs if p.error and "not in the cassette" in p.error]
        return paragraphs

    def usage(self):
        return self.engine.usage()
