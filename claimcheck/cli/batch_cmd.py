"""``claimcheck batch INPUT... --out DIR``: an archive in, a report per article
and corpus tables out; resumable, in parallel, or through the Batch API."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from claimcheck.cli.options import (
    BaseUrlOption,
    ConcurrencyOption,
    EngineChoice,
    EngineOption,
    Format,
    MaxBytesOption,
    ModelOption,
    ModeOption,
    NoCacheOption,
    RubricOption,
    TimeoutOption,
    DeadlineOption,
    MaxTokensOption,
    TemperatureOption,
    ParagraphsPerCallOption,
    VerboseOption,
    llm_settings,
)
from claimcheck.errors import ExitCode, UsageError

BATCH_API_PANEL = "Batch API (OpenAI Batch API or vLLM run_batch)"


class SubmitTarget(str, Enum):
    openai_batch = "openai-batch"


def _say(message: str, quiet: bool) -> None:
    if not quiet:
        typer.echo(f"claimcheck: {message}", err=True)


def batch_command(
    inputs: Annotated[
        Optional[list[str]],
        typer.Argument(metavar="INPUT...", help="Article files, directories (walked for .txt, .md, .html) or glob "
                                                "patterns such as 'archive/2020/**/*.html'."),
    ] = None,
    out: Annotated[
        Optional[Path], typer.Option("--out", "-o", help="Folder for the reports, tables and summary (required).")
    ] = None,
    format: Annotated[
        Optional[list[Format]],
        typer.Option("--format", "-f", help="Report format per article; repeat for several [default: markdown and json]."),
    ] = None,
    engine: EngineOption = EngineChoice.auto,
    jobs: Annotated[
        Optional[int],
        typer.Option("--jobs", "-j", min=1, help="Worker processes [default: CPU count for rules, 1 for llm]."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Redo articles whose reports are already there.")] = False,
    index: Annotated[
        bool, typer.Option("--index/--no-index", help="Write index.html, the browsable overview (needs memory per article).")
    ] = True,
    rubric: RubricOption = None,
    max_bytes: MaxBytesOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or diagnostics on stderr.")] = False,
    verbose: VerboseOption = 0,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    mode: ModeOption = None,
    concurrency: ConcurrencyOption = None,
    timeout: TimeoutOption = None,
    deadline: DeadlineOption = None,
    max_tokens: MaxTokensOption = None,
    temperature: TemperatureOption = None,
    paragraphs_per_call: ParagraphsPerCallOption = None,
    no_cache: NoCacheOption = False,
    submit: Annotated[
        Optional[SubmitTarget],
        typer.Option(help="Write the llm requests as Batch API JSONL under OUT/openai-batch/ instead of calling "
                          "the endpoint.", rich_help_panel=BATCH_API_PANEL),
    ] = None,
    send: Annotated[
        bool, typer.Option("--send", help="With --submit: also upload the files and start the batch jobs.",
                           rich_help_panel=BATCH_API_PANEL),
    ] = False,
    collect: Annotated[
        Optional[list[Path]],
        typer.Option(metavar="RESULTS.jsonl", help="Make the reports from a finished batch's output (and error) "
                                                   "files; repeat for several.", rich_help_panel=BATCH_API_PANEL),
    ] = None,
) -> None:
    """Analyse an archive: a report per article, plus articles.csv, sources.csv and summary.md (by month when
    articles carry dates). Rerunning continues where an interrupted run stopped."""
    from claimcheck.engines import resolve_engine_name

    inputs = list(inputs or [])
    formats = tuple(dict.fromkeys(f.value for f in (format or [Format.markdown, Format.json])))
    if out is None:
        raise UsageError("--out DIR is required: the folder for the reports, tables and summary")
    if send and submit is None:
        raise UsageError("--send goes with --submit openai-batch")
    if submit is not None and collect:
        raise UsageError("--submit writes a batch and --collect reads its results: use one, then the other")
    if not inputs and not collect:
        raise UsageError("give at least one article file, directory or glob pattern")

    engine_settings: dict[str, Any] = {
        **llm_settings(model=model, base_url=base_url, mode=mode, concurrency=concurrency, timeout=timeout,
                       no_cache=no_cache, verbose=verbose, quiet=quiet, deadline=deadline,
                       max_tokens=max_tokens, temperature=temperature, paragraphs_per_call=paragraphs_per_call),
        "progress": False,
    }
    if submit is not None:
        if engine is EngineChoice.rules:
            raise UsageError("--submit sends the llm engine's requests; it does not go with --engine rules")
        _export(inputs, out, engine_settings, max_bytes=max_bytes, send=send, quiet=quiet)
        return

    from claimcheck.batch import run_batch
    from claimcheck.batch.worker import EngineSpec
    from claimcheck.scoring import load_rubric

    weights = load_rubric(rubric)
    paths = None
    if collect:
        from claimcheck.batch.openai_files import collect_settings
        from claimcheck.engines.llm.batch_api import results_engine

        missing = [str(p) for p in collect if not p.is_file()]
        if missing:
            raise UsageError(f"--collect {missing[0]}: no such file")
        merged, exported = collect_settings(out, engine_settings)
        settings = {k: v for k, v in merged.items() if k != "cache"}
        spec = EngineSpec(results_engine, {"results": [str(p.resolve()) for p in collect], "cache": not no_cache,
                                           **settings})
        paths = None if inputs else exported
    else:
        from claimcheck.engines import create_engine

        engine_name = resolve_engine_name(engine.value, base_url_given=base_url is not None)
        if engine is EngineChoice.auto and engine_name == "rules":
            _say("no LLM endpoint configured (OPENAI_API_KEY / OPENAI_BASE_URL); using the offline rules engine", quiet)
        spec = EngineSpec(create_engine, {"name": engine_name, **(engine_settings if engine_name == "llm" else {})})

    result = run_batch(inputs, out, spec, formats=formats, rubric=weights, jobs=jobs, max_bytes=max_bytes,
                       force=force, quiet=quiet, paths=paths, index=index)
    done = result.analysed + result.skipped
    _say(f"{done} of {result.total} articles reported ({result.skipped} from an earlier run), "
         f"{result.failed} failed, {result.partial} partial; see {result.out / 'summary.md'}", quiet)
    for path, error in result.failures[:20]:
        _say(f"{path}: {error}", quiet)
    if result.total and result.failed == result.total:
        raise typer.Exit(int(ExitCode.INPUT))
    if result.failed or result.partial:
        raise typer.Exit(int(ExitCode.PARTIAL))


def _export(inputs: list[str], out: Path, settings: dict[str, Any], *, max_bytes: Optional[int], send: bool,
            quiet: bool) -> None:
    from claimcheck.batch.openai_files import export_requests

    result = export_requests(inputs, out, settings, max_bytes=max_bytes, send=send)
    files = ", ".join(p.name for p in result.files) or "no file"
    _say(f"wrote {result.requests} requests for {result.articles} articles to {result.folder} ({files}); "
         f"{result.duplicate_paragraphs} repeated paragraphs asked once", quiet)
    for path, error in result.failures:
        _say(f"{path}: {error}", quiet)
    for submitted in result.submitted:
        _say(f"started batch {submitted['batch_id']} for {Path(submitted['requests_file']).name} "
             f"({submitted['status']})", quiet)
    if not send and result.files:
        _say(f"run them with the OpenAI Batch API or vLLM's run_batch, then: claimcheck batch --collect RESULTS.jsonl "
             f"--out {out}", quiet)
    if result.failures:
        raise typer.Exit(int(ExitCode.PARTIAL if result.articles else ExitCode.INPUT))
