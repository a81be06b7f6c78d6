"""Renderers: a :class:`~claimcheck.schema.Report` in, text out."""

from __future__ import annotations

from typing import Callable, Optional

from claimcheck.schema import Attribution, Report, Source, SourceMention

FORMATS = ("markdown", "json", "html")


def renderer(fmt: str) -> Callable[[Report], str]:
    if fmt == "markdown":
        from claimcheck.render.markdown import render
    elif fmt == "json":
        from claimcheck.render.json import render
    elif fmt == "html":
        from claimcheck.render.html import render
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return render


def mention_of(attribution: Attribution, source: Optional[Source]) -> Optional[SourceMention]:
    """The roster's record of how this attribution's source was joined to its entry."""
    if source is None:
        return None
    return next((m for m in source.mentions if m.attribution_id == attribution.id), None)


def link_note(attribution: Attribution, source: Optional[Source]) -> Optional[str]:
    """What a reader must be told about the link from a mention to its source, if anything:
    an uncertain pronoun, alias or role, or a pronoun the roster could not resolve."""
    mention = mention_of(attribution, source)
    if mention is not None:
        return None if mention.certain else f"uncertain {mention.resolution} link"
    from claimcheck.roster import pronoun_of

    if source is None and pronoun_of(attribution.source) is not None:
        return "unresolved pronoun"
    return None


def spokesperson_note(body: Optional[str]) -> Optional[str]:
    """The label of a source that is an unnamed spokesperson for a named body."""
    return f"unnamed spokesperson for {body}" if body else None
