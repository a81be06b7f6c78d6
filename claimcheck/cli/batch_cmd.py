"""``claimcheck batch INPUT... --out DIR``: an archive in, a report per article
and corpus tables out; resumable, in parallel, or through the Batch API."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from claimcheck.cli.options import (
    BaseUrlOption,
    CheckFirstOption,
    CorrectionsOption,
    Genre,
    GenreOption,
    ConcurrencyOption,
    EngineOption,
    Format,
    MaxBytesOption,
    ModelOption,
    ModeOption,
    NoCacheOption,
    QuietOption,
    RubricOption,
    TimeoutOption,
    DeadlineOption,
    MaxTokensOption,
    TemperatureOption,
    ParagraphsPerCallOption,
    VerboseOption,
    llm_settings,
)
from claimcheck.cli.diagnostics import configure_logging, say
from claimcheck.errors import ExitCode, UsageError

BATCH_API_PANEL = "Batch API (OpenAI Batch API or vLLM run_batch)"
ARCHIVE_PANEL = "Archives (JSONL, CSV, Parquet, WARC; Parquet, WARC and URLs need the archives extra)"
DASK_PANEL = "Dask cluster (needs the dask extra)"


def _field_option(role: str, defaults: str) -> Any:
    return typer.Option(f"--{role}-field", metavar="NAME", rich_help_panel=ARCHIVE_PANEL,
                        help=f"The archive column (JSON key) holding the article's {role} [default: {defaults}].")


class SubmitTarget(str, Enum):
    openai_batch = "openai-batch"


def batch_command(
    inputs: Annotated[
        Optional[list[str]],
        typer.Argument(metavar="INPUT...", help="Article files, directories (walked for .txt, .md, .html) or glob "
                                                "patterns such as 'archive/2020/**/*.html'; archives "
                                                "(.jsonl, .csv, .parquet, .warc, .warc.gz, also as s3:// gs:// "
                                                "file:// URLs) are read record by record."),
    ] = None,
    out: Annotated[
        Optional[str], typer.Option("--out", "-o", metavar="DIR-or-URL",
                                    help="Folder for the reports, tables and summary (required); an fsspec URL "
                                         "such as s3://bucket/audit writes there (needs the archives extra and the "
                                         "protocol's backend, e.g. s3fs).")
    ] = None,
    format: Annotated[
        Optional[list[Format]],
        typer.Option("--format", "-f", help="Report format per article; repeat for several [default: markdown and json]."),
    ] = None,
    engine: EngineOption = "auto",
    jobs: Annotated[
        Optional[int],
        typer.Option("--jobs", "-j", min=1, help="Worker processes [default: CPU count for rules, 1 for llm]."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Redo articles whose reports are already there.")] = False,
    keep_stale: Annotated[
        bool, typer.Option("--keep-stale", help="Keep reports an older version of the engine (or of claimcheck, or "
                                                "another rubric) made, instead of making them again.")
    ] = False,
    index: Annotated[
        bool, typer.Option("--index/--no-index", help="Write index.html, the browsable overview (needs memory per article).")
    ] = True,
    rubric: RubricOption = None,
    check_first: CheckFirstOption = None,
    genre: GenreOption = Genre.auto,
    corrections: CorrectionsOption = None,
    max_bytes: MaxBytesOption = None,
    quiet: QuietOption = False,
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
    text_field: Annotated[Optional[str], _field_option("text", "text, body, content or maintext")] = None,
    id_field: Annotated[Optional[str], _field_option("id", "id")] = None,
    date_field: Annotated[Optional[str], _field_option("date", "date, published, publication_date, publish_date, date_publish or published_at")] = None,
    outlet_field: Annotated[Optional[str], _field_option("outlet", "outlet, source, media_name, publisher, source_domain or site_name; else the URL's host")] = None,
    url_field: Annotated[Optional[str], _field_option("url", "url or link")] = None,
    title_field: Annotated[Optional[str], _field_option("title", "title or headline")] = None,
    dask: Annotated[
        Optional[str],
        typer.Option("--dask", metavar="local", rich_help_panel=DASK_PANEL,
                     help="'local': run the rules engine on a Dask LocalCluster (--jobs workers) on this machine."),
    ] = None,
    scheduler: Annotated[
        Optional[str],
        typer.Option("--scheduler", metavar="tcp://HOST:8786", rich_help_panel=DASK_PANEL,
                     help="Run the rules engine on the dask.distributed cluster at this scheduler address; "
                          "every worker must see the inputs and --out."),
    ] = None,
) -> None:
    """Analyse an archive: a report per article, plus articles.csv, sources.csv and summary.md (by month when
    articles carry dates). Rerunning continues where an interrupted run stopped."""
    from claimcheck.engines import resolve_engine

    configure_logging(verbose=verbose, quiet=quiet)
    inputs = list(inputs or [])
    formats = tuple(dict.fromkeys(f.value for f in (format or [Format.markdown, Format.json])))
    if out is None:
        raise UsageError("--out DIR is required: the folder for the reports, tables and summary")
    from claimcheck.output import is_url

    remote = is_url(out)
    if remote and (submit is not None or collect):
        raise UsageError(f"--out {out}: --submit and --collect keep their request files in a local folder; "
                         "give --out a local path")
    out_location: Any = out if remote else Path(out)
    if send and submit is None:
        raise UsageError("--send goes with --submit openai-batch")
    if submit is not None and collect:
        raise UsageError("--submit writes a batch and --collect reads its results: use one, then the other")
    if not inputs and not collect:
        raise UsageError("give at least one article file, directory or glob pattern")
    if dask is not None and dask != "local":
        raise UsageError(f"--dask {dask}: use --dask local, or --scheduler tcp://HOST:8786 for a running cluster")
    if dask is not None and scheduler is not None:
        raise UsageError("--dask local starts a cluster and --scheduler joins one: use one of them")
    cluster = scheduler or dask
    if cluster is not None and (submit is not None or collect):
        raise UsageError("--dask/--scheduler run the rules engine; they do not go with --submit or --collect")

    engine_settings: dict[str, Any] = llm_settings(
        model=model, base_url=base_url, mode=mode, concurrency=concurrency, timeout=timeout, no_cache=no_cache,
        deadline=deadline, max_tokens=max_tokens, temperature=temperature, paragraphs_per_call=paragraphs_per_call)
    if submit is not None:
        if not resolve_engine(engine, base_url_given=True).entry.takes_endpoint:
            raise UsageError(f"--submit sends an LLM engine's requests; it does not go with --engine {engine}")
        _export(inputs, out_location, engine_settings, max_bytes=max_bytes, send=send, quiet=quiet)
        return

    from claimcheck.batch import run_batch
    from claimcheck.batch.archives import FieldNames
    from claimcheck.batch.worker import EngineSpec
    from claimcheck.scoring import load_rubric

    weights = load_rubric(rubric)
    fixes = None
    if corrections is not None:
        from claimcheck.corrections import CorrectionSet

        fixes = CorrectionSet(corrections, per_article=True)
    paths = None
    if collect:
        from claimcheck.batch.openai_files import collect_settings
        from claimcheck.engines.llm.batch_api import results_engine

        missing = [str(p) for p in collect if not p.is_file()]
        if missing:
            raise UsageError(f"--collect {missing[0]}: no such file")
        merged, exported = collect_settings(out_location, engine_settings)
        settings = {k: v for k, v in merged.items() if k != "cache"}
        spec = EngineSpec(results_engine, {"results": [str(p.resolve()) for p in collect], "cache": not no_cache,
                                           **settings})
        paths = None if inputs else exported
    else:
        from claimcheck.engines import create_engine

        chosen = resolve_engine(engine, base_url_given=base_url is not None)
        for notice in chosen.notices:
            say(notice, quiet)
        entry = chosen.entry
        if cluster is not None and not entry.processes:
            raise UsageError(f"--dask/--scheduler run engines that compute, such as rules; the {entry.name} engine "
                             "waits on an endpoint (for an LLM engine use --submit openai-batch)")
        spec = EngineSpec(create_engine, {"name": entry.name, **(engine_settings if entry.takes_endpoint else {})})

    from claimcheck.gc_policy import tune_for_analysis

    tune_for_analysis()  # the command line's own process, which analyses with --jobs 1: see claimcheck.gc_policy
    result = run_batch(inputs, out_location, spec, formats=formats, rubric=weights, jobs=jobs, max_bytes=max_bytes,
                       force=force, keep_stale=keep_stale, quiet=quiet, paths=paths, index=index, cluster=cluster,
                       fields=FieldNames(text=text_field, id=id_field, date=date_field, outlet=outlet_field,
                                         url=url_field, title=title_field),
                       genre=genre.value, check_first=check_first, corrections=fixes)
    done = result.analysed + result.skipped
    not_articles = len(result.skipped_entries)
    say(f"{done} of {result.total} articles reported ({result.skipped} from an earlier run), "
        f"{result.failed} failed, {result.partial} partial"
        + (f", {not_articles} skipped (not regular files)" if not_articles else "")
        + f"; see {result.summary}", quiet)
    for path, error in result.failures[:20]:
        say(error if error.startswith(f"{path}: ") else f"{path}: {error}", quiet)
    if len(result.failures) > 20:
        say(f"... and {len(result.failures) - 20} more failed; all are listed in {result.summary}", quiet)
    for path, what in result.skipped_entries[:20]:
        say(f"{path}: skipped: {what}", quiet)
    if not done:
        raise typer.Exit(int(ExitCode.INPUT))
    if result.failed or result.partial:
        raise typer.Exit(int(ExitCode.PARTIAL))


def _export(inputs: list[str], out: Path, settings: dict[str, Any], *, max_bytes: Optional[int], send: bool,
            quiet: bool) -> None:
    from claimcheck.batch.openai_files import export_requests

    result = export_requests(inputs, out, settings, max_bytes=max_bytes, send=send)
    files = ", ".join(p.name for p in result.files) or "no file"
    say(f"wrote {result.requests} requests for {result.articles} articles to {result.folder} ({files}); "
         f"{result.duplicate_paragraphs} repeated paragraphs asked once", quiet)
    for path, error in result.failures:
        say(f"{path}: {error}", quiet)
    for submitted in result.submitted:
        say(f"started batch {submitted['batch_id']} for {Path(submitted['requests_file']).name} "
             f"({submitted['status']})", quiet)
    if not send and result.files:
        say(f"run them with the OpenAI Batch API or vLLM's run_batch, then: claimcheck batch --collect RESULTS.jsonl "
             f"--out {out}", quiet)
    if result.failures:
        raise typer.Exit(int(ExitCode.PARTIAL if result.articles else ExitCode.INPUT))
