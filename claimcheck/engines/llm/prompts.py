"""The prompt templates, read from files at run time, and their version.

The templates live in the repository's top-level ``prompts/``; an installed
wheel carries them as ``claimcheck/_prompts`` (hatch force-include).
``CLAIMCHECK_PROMPTS_DIR`` points at another folder, for prompt work.

Slots are ``{name}`` and are filled by one plain substitution pass, so text
from the article is inserted as data: braces or Jinja syntax in an article
are never interpreted, and a slot name inside the article is not filled in.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.errors import UsageError

if TYPE_CHECKING:
    from claimcheck.engines.llm.config import LLMSettings
    from claimcheck.engines.llm.context import Call

TEMPLATE_FILES = ("system.md", "user.md")
USER_SLOTS = ("title", "context", "paragraphs")
_SLOT = re.compile(r"\{(" + "|".join(USER_SLOTS) + r")\}")


def prompts_dir() -> Path:
    if os.environ.get("CLAIMCHECK_PROMPTS_DIR"):
        return Path(os.environ["CLAIMCHECK_PROMPTS_DIR"])
    package = Path(__file__).resolve().parents[2]  # .../claimcheck
    installed = package / "_prompts"
    if installed.is_dir():
        return installed
    return package.parent / "prompts"


@dataclass(frozen=True)
class Prompts:
    directory: Path
    system: str
    user: str

    @classmethod
    def load(cls, directory: Path | None = None) -> "Prompts":
        directory = directory or prompts_dir()
        texts = []
        for name in TEMPLATE_FILES:
            try:
                texts.append((directory / name).read_text(encoding="utf-8"))
            except OSError as exc:
                raise UsageError(f"prompt template {directory / name}: {exc.strerror or exc}") from None
        missing = [s for s in USER_SLOTS if "{" + s + "}" not in texts[1]]
        if missing:
            raise UsageError(f"prompt template {directory / 'user.md'} lacks the slots {', '.join(missing)}")
        return cls(directory=directory, system=texts[0].strip(), user=texts[1].strip())

    def render_user(self, *, title: str, context: str, paragraphs: list[tuple[str, str]]) -> str:
        """The user message; ``paragraphs`` are (id, text) pairs."""
        blocks = "\n\n".join(f'<paragraph id="{pid}">\n{text}\n</paragraph>' for pid, text in paragraphs)
        values = {"title": title, "context": context, "paragraphs": blocks}
        return _SLOT.sub(lambda m: values[m.group(1)], self.user)

    def messages(self, call: "Call", texts: list[str]) -> list[dict[str, str]]:
        """The messages of one call: the static system message first, so
        prefix caches reuse it, then the call's own text."""
        paragraphs = [(pid, texts[i]) for pid, i in zip(call.ids(), call.indexes)]
        return [
            {"role": "system", "content": self.system},
            {"role": "user", "content": self.render_user(title=call.title, context=call.context, paragraphs=paragraphs)},
        ]


def prompt_version(prompts: Prompts, settings: "LLMSettings") -> str:
    """Changes whenever what is sent for a given paragraph could change:
    the templates, the response schema, how paragraphs are grouped, or the
    model settings."""
    from claimcheck.engines.llm.protocol import schema_for

    material = {
        "templates": {"system.md": prompts.system, "user.md": prompts.user},
        "schema": schema_for(settings.mode),
        "settings": {
            "model": settings.model,
            "mode": settings.mode,
            "temperature": settings.temperature,
            "max_tokens": settings.max_tokens,
            "max_reasks": settings.max_reasks,
            "paragraphs_per_call": settings.paragraphs_per_call,
            "call_budget_tokens": settings.call_budget_tokens,
        },
    }
    digest = hashlib.sha256(json.dumps(material, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()[:12]
