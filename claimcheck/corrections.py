"""A fact-checker's corrections: a small TOML file that fixes what the engine got wrong, before scoring.

``claimcheck ARTICLE --corrections FILE`` reads it; the pipeline applies it to
the roster and the claims between the roster and the scoring, so every score
follows. Six kinds of entry (the format is documented in docs/corrections.md)::

    [[retype]]   source = "Prosecutors"  type = "organization"
    [[merge]]    sources = ["Lee Park", "the treasurer"]
    [[split]]    source = "officials"  attributions = ["p7-a1"]  name = "Pentagon officials"
    [[attach]]   claim = "p3-c1"  source = "Lee Park"
    [[mark]]     claim = "p5-c2"  as = "public_record"        # or "common_knowledge"
    [[drop]]     attribution = "p2-a1"                        # or claim = "p2-c1" + source = "..."

Sources are named by roster id ("s4"), name or alias, claims and
attributions by id. For ``claimcheck batch`` the same entries sit under
``[articles."PATH-OR-SHA256"]`` sections. An entry that matches nothing is a
one-line warning naming the file and line, and the rest still apply; a file
that is not valid TOML, or an entry of the wrong shape, is a usage error.
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from claimcheck.errors import UsageError, first_validation_error
from claimcheck.schema import (AppliedCorrection, Attribution, Claim, Paragraph, Source, SourceMention, SourceType,
                               source_id, source_number)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    line: Optional[int] = Field(None, exclude=True)


class Retype(_Entry):
    source: str
    type: SourceType


class Merge(_Entry):
    sources: list[str] = Field(min_length=2)


class Split(_Entry):
    source: str
    attributions: list[str] = Field(min_length=1)
    name: Optional[str] = None
    type: Optional[SourceType] = None


class Attach(_Entry):
    claim: str
    source: str


class Mark(_Entry):
    claim: str
    as_: Literal["public_record", "common_knowledge"] = Field(alias="as")


class Drop(_Entry):
    attribution: Optional[str] = None
    claim: Optional[str] = None
    source: Optional[str] = None


KINDS: dict[str, type[_Entry]] = {
    "retype": Retype, "merge": Merge, "split": Split, "attach": Attach, "mark": Mark, "drop": Drop,
}
Entry = Union[Retype, Merge, Split, Attach, Mark, Drop]


@dataclass
class Corrections:
    """The entries for one article, in file order, and the file they came from."""

    file: str
    entries: list[tuple[str, Entry]] = field(default_factory=list)


@dataclass
class CorrectionsFile:
    """A parsed corrections file: entries for "this article", and entries keyed by article path or sha256."""

    file: str
    entries: list[tuple[str, Entry]] = field(default_factory=list)
    articles: dict[str, list[tuple[str, Entry]]] = field(default_factory=dict)

    def section_for(self, path: Optional[str], sha256: str) -> Optional[Corrections]:
        keys = [sha256, *(_path_keys(path) if path else [])]
        for key in keys:
            if key in self.articles:
                return Corrections(self.file, self.articles[key])
        return None


def _path_keys(path: str) -> list[str]:
    p = Path(path)
    return list(dict.fromkeys([path, p.as_posix(), str(p.resolve()) if p.exists() else path, p.name]))


# --- reading ---------------------------------------------------------------

_HEADER = re.compile(
    r"""^[ \t]*\[\[\s*(?:articles\s*\.\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*\.\s*)?([A-Za-z_]+)\s*\]\]""",
    re.M,
)


def _header_lines(text: str) -> dict[tuple[Optional[str], str], list[int]]:
    """Line numbers of each ``[[kind]]`` / ``[[articles."key".kind]]`` header, in order: the k-th is entry k."""
    lines: dict[tuple[Optional[str], str], list[int]] = {}
    for match in _HEADER.finditer(text):
        key = match.group(1)
        if key is not None and key[0] in "\"'":
            key = key[1:-1]
        lines.setdefault((key, match.group(2)), []).append(text.count("\n", 0, match.start()) + 1)
    return lines


def _parse_entries(table: dict, where: str, key: Optional[str], lines: dict) -> list[tuple[str, Entry]]:
    entries: list[tuple[str, Entry]] = []
    for kind, items in table.items():
        if kind not in KINDS:
            raise UsageError(f"--corrections {where}: unknown entry [[{kind}]] (expected one of: {', '.join(KINDS)})")
        if not isinstance(items, list):
            raise UsageError(f"--corrections {where}: {kind} must be a list of tables, written [[{kind}]]")
        numbers = lines.get((key, kind), [])
        for i, item in enumerate(items):
            line = numbers[i] if i < len(numbers) else None
            at = f"{where}:{line}" if line else where
            if not isinstance(item, dict):
                raise UsageError(f"--corrections {at}: {kind} entries are tables")
            try:
                entry = KINDS[kind].model_validate(item)
            except ValidationError as exc:
                raise UsageError(f"--corrections {at}: {kind}: {first_validation_error(exc)}") from None
            entry.line = line
            entries.append((kind, entry))
    entries.sort(key=lambda e: e[1].line or 0)
    return entries


def read_corrections_file(path: Union[str, Path]) -> CorrectionsFile:
    where = str(path)
    try:
        text = Path(path).read_text("utf-8")
    except OSError as exc:
        raise UsageError(f"--corrections {where}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise UsageError(f"--corrections {where}: not UTF-8 text") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"--corrections {where}: not valid TOML ({exc})") from None
    lines = _header_lines(text)
    articles_table = data.pop("articles", {})
    if not isinstance(articles_table, dict):
        raise UsageError(f"--corrections {where}: [articles] must hold one table per article")
    parsed = CorrectionsFile(file=where, entries=_parse_entries(data, where, None, lines))
    for key, table in articles_table.items():
        if not isinstance(table, dict):
            raise UsageError(f"--corrections {where}: articles.{key} must be a table of entries")
        parsed.articles[key] = _parse_entries(table, where, key, lines)
    return parsed


class CorrectionSet:
    """The corrections of ``--corrections FILE-or-DIR``, ready to hand each article its own.

    An article gets the entries of the first ``[articles."KEY"]`` section whose key is its sha256, its path
    as given, or its file name. Failing that, a file's top-level entries apply: with ``check`` to the
    articles it is given, with ``batch`` (``per_article=True``) only to the article the file is named after
    (``<sha256>.toml``, ``a.txt.toml`` or ``a.toml`` in a corrections folder).
    """

    def __init__(self, path: Union[str, Path], *, per_article: bool = False):
        target = Path(path)
        if target.is_dir():
            files = sorted(target.glob("*.toml"))
        elif target.exists():
            files = [target]
        else:
            raise UsageError(f"--corrections {path}: no such file or folder")
        self.per_article = per_article
        self.files = [read_corrections_file(f) for f in files]
        self.digest = hashlib.sha256(b"".join(Path(f).read_bytes() for f in files)).hexdigest()[:16]

    def for_article(self, path: Optional[str], sha256: str) -> Optional[Corrections]:
        for parsed in self.files:
            found = parsed.section_for(path, sha256)
            if found is not None:
                return found
        names = {sha256, *((Path(path).name, Path(path).stem) if path else ())}
        for parsed in self.files:
            if parsed.entries and (not self.per_article or Path(parsed.file).stem in names):
                return Corrections(parsed.file, parsed.entries)
        return None


# --- applying ----------------------------------------------------------------


class _Article:
    def __init__(self, paragraphs: list[Paragraph], sources: list[Source]):
        self.paragraphs = paragraphs
        self.sources = sources
        self.attributions: dict[str, Attribution] = {a.id: a for p in paragraphs for a in p.attributions}
        self.claims: dict[str, Claim] = {c.id: c for p in paragraphs for c in p.claims}
        self.paragraph_of: dict[str, Paragraph] = {c.id: p for p in paragraphs for c in p.claims}

    def source(self, ref: str) -> tuple[Optional[Source], str]:
        """The roster entry ``ref`` names (id, name, alias or mention), or None and why not."""
        by_id = [s for s in self.sources if s.id == ref]
        if by_id:
            return by_id[0], ""
        wanted = ref.strip().lower()
        named = [s for s in self.sources if s.name.lower() == wanted or wanted in (a.lower() for a in s.aliases)]
        if not named:
            named = [s for s in self.sources if any(m.text.lower() == wanted for m in s.mentions)]
        if len(named) == 1:
            return named[0], ""
        if named:
            return None, f"\"{ref}\" names {len(named)} sources ({', '.join(s.id for s in named)}); use an id"
        return None, f"no source named \"{ref}\" in this article"

    def claim_and_source(self, claim_id: str, ref: str) -> tuple[Optional[Claim], Optional[Source], str]:
        claim = self.claims.get(claim_id)
        if claim is None:
            return None, None, f"no claim {claim_id} in this article"
        source, why = self.source(ref)
        return claim, source, why

    def refresh_claim_ids(self) -> None:
        for source in self.sources:
            ids = set(source.attribution_ids)
            source.claim_ids = [c.id for c in self.claims.values() if ids & set(c.attribution_ids)]


_Result = tuple[str, list[str], str]  # (why it matched nothing, or ""), the ids it changed, what it did


def _skip(why: str) -> _Result:
    return why, [], ""


def _note(items, text: str) -> None:
    for item in items:
        if text not in item.corrections:
            item.corrections.append(text)


def _retype(art: _Article, e: Retype) -> _Result:
    source, why = art.source(e.source)
    if source is None:
        return _skip(why)
    text = f"retyped {source.name} ({source.id}) from {source.type} to {e.type}"
    source.type = e.type
    if e.type != "anonymous":
        source.anonymous = None
    attributions = [art.attributions[a] for a in source.attribution_ids if a in art.attributions]
    for a in attributions:
        a.source_type = e.type
    _note([source, *attributions], text)
    _note([c for c in art.claims.values() if set(c.attribution_ids) & set(source.attribution_ids)], text)
    return "", [source.id], text


def _merge(art: _Article, e: Merge) -> _Result:
    found = [art.source(ref) for ref in e.sources]
    missing = [why for s, why in found if s is None]
    if missing:
        return _skip(missing[0])
    target, *others = [s for s, _ in found]
    others = list({s.id: s for s in others if s is not None and s.id != target.id}.values())
    if not others:
        return _skip(f"\"{e.sources[0]}\" and the others are already one source")
    text = f"merged {', '.join(f'{s.name} ({s.id})' for s in others)} into {target.name} ({target.id})"
    for other in others:
        for a in (art.attributions[i] for i in other.attribution_ids if i in art.attributions):
            a.source_id = target.id
            a.source_type = target.type
            if target.type != "anonymous":
                a.anonymous = None
            _note([a], text)
        target.aliases = list(dict.fromkeys(target.aliases + [other.name] + other.aliases))
        target.mentions = sorted(target.mentions + other.mentions, key=lambda m: (m.paragraph, m.span))
        target.attribution_ids = list(dict.fromkeys(target.attribution_ids + other.attribution_ids))
        art.sources.remove(other)
    _note([target], text)
    _note([c for c in art.claims.values() if set(c.attribution_ids) & set(target.attribution_ids)], text)
    return "", [target.id, *(o.id for o in others)], text


def _next_source_id(sources: list[Source]) -> str:
    numbers = [n for n in map(source_number, (s.id for s in sources)) if n is not None]
    return source_id(max(numbers, default=0) + 1)


def _split(art: _Article, e: Split) -> _Result:
    source, why = art.source(e.source)
    if source is None:
        return _skip(why)
    moving = [a for a in e.attributions if a in source.attribution_ids]
    if not moving:
        return _skip(f"none of {', '.join(e.attributions)} belongs to {source.name} ({source.id})")
    if len(moving) == len(source.attribution_ids):
        return _skip(f"{source.name} ({source.id}) has no other attributions to keep")
    mentions = [m for m in source.mentions if m.attribution_id in moving]
    first = art.attributions[moving[0]]
    new = Source(id=_next_source_id(art.sources), name=e.name or first.source, type=e.type or source.type,
                 mentions=[SourceMention(**m.model_dump()) for m in mentions], attribution_ids=moving)
    source.mentions = [m for m in source.mentions if m.attribution_id not in moving]
    source.attribution_ids = [a for a in source.attribution_ids if a not in moving]
    text = f"split {new.name} ({new.id}) off {source.name} ({source.id})"
    for a in (art.attributions[i] for i in moving):
        a.source_id = new.id
        a.source_type = new.type
        _note([a], text)
    art.sources.append(new)
    _note([source, new], text)
    _note([c for c in art.claims.values() if set(c.attribution_ids) & set(moving)], text)
    return "", [source.id, new.id], text


def _attach(art: _Article, e: Attach) -> _Result:
    claim, source, why = art.claim_and_source(e.claim, e.source)
    if claim is None or source is None:
        return _skip(why)
    usable = [art.attributions[a] for a in source.attribution_ids
              if a in art.attributions and not art.attributions[a].no_comment]
    if not usable:
        return _skip(f"{source.name} ({source.id}) is a source for nothing (only 'declined to comment')")
    here = {a.id for a in art.paragraph_of[claim.id].attributions}
    chosen = next((a for a in usable if a.id in here), usable[0])
    if chosen.id not in claim.attribution_ids:
        claim.attribution_ids.append(chosen.id)
    text = f"attached {source.name} ({source.id}) to claim {claim.id}"
    _note([claim, source], text)
    return "", [claim.id, source.id], text


def _mark(art: _Article, e: Mark) -> _Result:
    claim = art.claims.get(e.claim)
    if claim is None:
        return _skip(f"no claim {e.claim} in this article")
    claim.basis = e.as_
    text = f"marked claim {claim.id} as {e.as_.replace('_', ' ')}"
    _note([claim], text)
    return "", [claim.id], text


def _drop(art: _Article, e: Drop) -> _Result:
    if e.attribution:
        a = art.attributions.get(e.attribution)
        if a is None:
            return _skip(f"no attribution {e.attribution} in this article")
        return _drop_attribution(art, a)
    if e.claim and e.source:
        claim, source, why = art.claim_and_source(e.claim, e.source)
        if claim is None or source is None:
            return _skip(why)
        linked = [a for a in claim.attribution_ids if a in source.attribution_ids]
        if not linked:
            return _skip(f"{source.name} ({source.id}) is not a source of claim {claim.id}")
        claim.attribution_ids = [a for a in claim.attribution_ids if a not in linked]
        text = f"dropped {source.name} ({source.id}) as a source of claim {claim.id}"
        _note([claim, source], text)
        return "", [claim.id, source.id], text
    return _skip("give attribution = \"ID\", or claim = \"ID\" with source = \"NAME-OR-ID\"")


def _drop_attribution(art: _Article, a: Attribution) -> _Result:
    text = f"dropped the attribution {a.id} (\"{a.source} {a.cue}\"): not an attribution"
    for paragraph in art.paragraphs:
        if a in paragraph.attributions:
            paragraph.attributions.remove(a)
        for other in paragraph.attributions:
            if other.via == a.id:
                other.via = None
        for h in paragraph.hedges:
            if h.attribution_id == a.id:
                h.attribution_id = None
                h.holder = "reporter"
    touched = [c for c in art.claims.values() if a.id in c.attribution_ids]
    for c in touched:
        c.attribution_ids.remove(a.id)
    _note(touched, text)
    for source in list(art.sources):
        if a.id in source.attribution_ids:
            source.attribution_ids.remove(a.id)
            source.mentions = [m for m in source.mentions if m.attribution_id != a.id]
            _note([source], text)
            if not source.attribution_ids:
                art.sources.remove(source)
    del art.attributions[a.id]
    return "", [a.id], text


_APPLY = {"retype": _retype, "merge": _merge, "split": _split, "attach": _attach, "mark": _mark, "drop": _drop}


def apply_corrections(paragraphs: list[Paragraph], sources: list[Source],
                      corrections: Corrections) -> tuple[list[AppliedCorrection], list[str]]:
    """Apply the entries in order, in place; return what was applied and a warning per entry that matched nothing."""
    art = _Article(paragraphs, sources)
    applied: list[AppliedCorrection] = []
    warnings: list[str] = []
    for kind, entry in corrections.entries:
        problem, targets, text = _APPLY[kind](art, entry)  # type: ignore[operator]
        where = f"{corrections.file}:{entry.line}" if entry.line else corrections.file
        if problem:
            warnings.append(f"{where}: {kind}: {problem}; skipped")
            continue
        applied.append(AppliedCorrection(kind=kind, description=text, file=corrections.file, line=entry.line,
                                         targets=targets))
    art.refresh_claim_ids()
    return applied, warnings
