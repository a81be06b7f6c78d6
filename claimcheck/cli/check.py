"""``claimcheck check ARTICLE...``: the sourcing report for one or more articles."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from claimcheck.cli.options import (
    BaseUrlOption,
    AsTextOption,
    CheckFirstOption,
    Color,
    ColorOption,
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
from claimcheck.cli.diagnostics import ParagraphProgress, configure_logging, error, say
from claimcheck.errors import ClaimcheckError, EndpointError, ExitCode, UsageError


def check(
    articles: Annotated[
        list[str],
        typer.Argument(metavar="ARTICLE...", help="Article files (.txt, .md, .html), or - to read standard input."),
    ],
    format: Annotated[Format, typer.Option("--format", "-f", help="Report format.")] = Format.markdown,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Write the report here instead of standard output.")
    ] = None,
    engine: EngineOption = "auto",
    rubric: RubricOption = None,
    check_first: CheckFirstOption = None,
    genre: GenreOption = Genre.auto,
    corrections: CorrectionsOption = None,
    color: ColorOption = Color.auto,
    as_text: AsTextOption = False,
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
) -> None:
    """Print a sourcing report: each claim, who says so, how firmly, and a score that explains itself."""
    from claimcheck.article import load
    from claimcheck.engines import resolve_engine
    from claimcheck.gc_policy import tune_for_analysis
    from claimcheck.pipeline import analyse_document
    from claimcheck.render import renderer
    from claimcheck.scoring import load_rubric

    if format is Format.html and len(articles) > 1:
        raise UsageError("--format html takes one article; use `claimcheck batch` for many")
    if articles.count("-") > 1:
        raise UsageError("standard input (-) can be read only once")

    if output is not None:
        from claimcheck.output import is_stdout, replaceable_target

        if not is_stdout(output):
            replaceable_target(output, articles)  # refused before any work, not after it
    configure_logging(verbose=verbose, quiet=quiet)
    chosen = resolve_engine(engine, base_url_given=base_url is not None)
    for notice in chosen.notices:
        say(notice, quiet)
    weights = load_rubric(rubric)
    fixes = None
    if corrections is not None:
        from claimcheck.corrections import CorrectionSet

        fixes = CorrectionSet(corrections)
    settings = llm_settings(model=model, base_url=base_url, mode=mode, concurrency=concurrency, timeout=timeout,
                            no_cache=no_cache, deadline=deadline, max_tokens=max_tokens, temperature=temperature,
                            paragraphs_per_call=paragraphs_per_call)
    if not quiet:
        settings["progress"] = ParagraphProgress
    extractor = chosen.entry.build(settings)

    load_options: dict = {"as_text": as_text}
    if max_bytes is not None:
        load_options["max_bytes"] = max_bytes
    render = renderer(format.value)
    tune_for_analysis()  # the command line's own process, now loaded: see claimcheck.gc_policy
    rendered: list[str] = []
    worst = ExitCode.OK
    for path in articles:
        try:
            document = load(path, **load_options)
            report = analyse_document(document, extractor, weights, genre=genre.value, check_first=check_first,
                                      corrections=fixes)
        except ClaimcheckError as exc:
            # A dead endpoint fails every article alike: stop at the first instead of retrying each.
            if len(articles) == 1 or isinstance(exc, EndpointError):
                raise
            error(str(exc))
            worst = max(worst, exc.exit_code)
            continue
        if report.partial:
            failed = [str(p.index) for p in report.paragraphs if p.error]
            noun = "paragraph" if len(failed) == 1 else "paragraphs"
            say(f"{path}: {len(failed)} {noun} could not be analysed (¶ {', '.join(failed)}); "
                        "the report is partial", quiet)
            worst = max(worst, ExitCode.PARTIAL)
        for warning in document.meta.warnings:
            say(f"{path}: {warning}", quiet)
        rendered.append(render(report))

    if rendered:
        text = _join(rendered, format, many=len(articles) > 1)
        if output is not None:
            from claimcheck.output import is_stdout, write_report

            write_report(output, text, inputs=articles)
            if not is_stdout(output):
                say(f"wrote {output}", quiet)
        elif format is Format.markdown and _terminal_view(color):
            from claimcheck.render.terminal import show

            show(text, sys.stdout, color.value)
        else:
            sys.stdout.write(text)
            sys.stdout.flush()
    if worst != ExitCode.OK:
        raise typer.Exit(int(worst))


def _terminal_view(color: Color) -> bool:
    """A person at a terminal gets the rendered view (uncoloured with --color never); a pipe gets markdown."""
    from claimcheck.render.terminal import wants_terminal_view

    return wants_terminal_view(sys.stdout, color.value)


def _join(rendered: list[str], format: Format, many: bool) -> str:
    """Several inputs give a JSON array (even if some failed), so scripts see one shape."""
    if format is Format.json and many:
        return "[\n" + ",\n".join(r.rstrip("\n") for r in rendered) + "\n]\n"
    if len(rendered) == 1:
        return rendered[0]
    return "\n---\n\n".join(rendered)
