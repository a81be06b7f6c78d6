"""``claimcheck prompts``: the prompt templates the llm engine would send, and
the prompt version that every llm report carries."""

from __future__ import annotations

from typing import Annotated, Optional

import typer


def prompts_command(
    model: Annotated[Optional[str], typer.Option(help="Model the version is computed for [env: CLAIMCHECK_MODEL].")] = None,
    mode: Annotated[
        Optional[str], typer.Option(help="Structured-output mode: tools, json, json_schema or md_json [default: tools].")
    ] = None,
    version_only: Annotated[bool, typer.Option("--version-only", help="Print only the prompt version.")] = False,
) -> None:
    """Show the active prompt templates (system and user) and the prompt version."""
    from claimcheck.engines.llm.config import LLMSettings
    from claimcheck.engines.llm.prompts import Prompts, prompt_version

    settings = LLMSettings.resolve(model=model, mode=mode)
    prompts = Prompts.load()
    version = prompt_version(prompts, settings)
    if version_only:
        typer.echo(version)
        return
    typer.echo(f"prompt_version: {version}  (model {settings.model}, mode {settings.mode}; "
               "covers the templates, the response schema and the model settings)")
    typer.echo(f"templates: {prompts.directory}")
    for name, text in (("system.md", prompts.system), ("user.md", prompts.user)):
        typer.echo(f"\n--- {name} ---\n{text}")
