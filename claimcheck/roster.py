"""The sources roster: who is cited in the article, once each.

Engines report mentions paragraph by paragraph ("Michael Knights, an analyst
at ...", later just "Knights"; "the commander, Lt. Gen. Robert P. White",
later "General White"). This module joins those mentions into one
:class:`~claimcheck.schema.Source` per real-world source and writes its id
back into every attribution, whichever engine produced them.

Anonymous sources are joined only when their descriptors match once vague
quantifiers are dropped ("US officials" = "several US officials"), so that
"two senior administration officials" and "a senior US military official"
stay apart: a standards editor counts those as different people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from claimcheck.engines.rules.lexicon import NAME_TITLE_WORDS
from claimcheck.schema import AnonymousDetails, Attribution, Paragraph, Source, SourceMention

# Titles and ranks that precede a name but are not part of it. Matching is
# done on lower-cased tokens with the trailing period dropped.
_TITLES = NAME_TITLE_WORDS
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md"})
_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "they": "any", "it": "nonperson", "we": "any", "i": "person"}
_DETERMINERS = re.compile(r"^(?:the|a|an|this|that|these|those|its|their|his|her)\s+", re.I)
_VAGUE_QUANTIFIERS = re.compile(
    r"\b(?:several|some|many|other|various|multiple|a\s+number\s+of|a\s+few|few|numerous|more)\b\s*", re.I
)
# The basis of an anonymous source ("who saw the order", "with direct knowledge
# of ...", "familiar with ...") describes how they know, not who they are.
_ANON_BASIS = re.compile(
    r"\s*(?:,\s*)?\b(?:who|with|familiar|briefed|close|knowledgeable|speaking|involved|aware|informed)\b.*$", re.I
)
_DOC_SYNONYMS = {"memorandum": "memo", "memoranda": "memo", "memos": "memo", "statements": "statement"}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text)


def _bare(token: str) -> str:
    return token.lower().rstrip(".").replace("’", "'")


def _is_name_part(text: str) -> bool:
    """True when a comma-separated part reads as a proper name, not a description."""
    words = _tokens(text)
    if not words or _DETERMINERS.match(text.strip()):
        return False
    content = [w for w in words if _bare(w) not in {"of", "de", "al", "bin", "van", "von", "der", "la", "le", "du", "da"}]
    return bool(content) and all(w[0].isupper() for w in content)


def split_name_description(source: str) -> tuple[str, Optional[str]]:
    """'Michael Knights, an analyst at X' -> ('Michael Knights', 'an analyst at X');
    'the commander, Lt. Gen. Robert P. White' -> ('Lt. Gen. Robert P. White', 'the commander')."""
    parts = [p.strip() for p in re.split(r",\s*", source) if p.strip()]
    if len(parts) == 1:
        return parts[0], None
    for i, part in enumerate(parts):
        if _is_name_part(part):
            rest = [p for j, p in enumerate(parts) if j != i and _bare(p) not in _SUFFIXES]
            name = part
            # "Kenneth F. McKenzie, Jr." keeps its suffix in the name.
            if i + 1 < len(parts) and _bare(parts[i + 1]) in _SUFFIXES:
                name = f"{part}, {parts[i + 1]}"
            return name, ", ".join(rest) or None
    return parts[0], ", ".join(parts[1:]) or None


def _name_tokens(name: str) -> list[str]:
    """The tokens of a personal name without titles, possessives or suffixes."""
    words = [w for w in _tokens(name)]
    words = [re.sub(r"['’]s$", "", w) for w in words]
    core = [w for w in words if _bare(w) not in _SUFFIXES]
    # Titles lead a name ("Defense Secretary Mark T. Esper"); drop them from the front only,
    # so that a surname that happens to be a title word ("Major") survives at the end.
    while len(core) > 1 and _bare(core[0]) in _TITLES:
        core.pop(0)
    return core


def _person_key(name: str) -> tuple[str, list[str]]:
    tokens = _name_tokens(name)
    if not tokens:
        return "", []
    return _bare(tokens[-1]), [_bare(t) for t in tokens[:-1]]


def _given_names_compatible(a: list[str], b: list[str]) -> bool:
    """'Robert P.' ~ 'Robert' ~ 'R.' ~ '' but not 'Mark' ~ 'Robert'."""
    if not a or not b:
        return True
    first_a, first_b = a[0], b[0]
    if first_a == first_b:
        return True
    return len(first_a) == 1 and first_b.startswith(first_a) or len(first_b) == 1 and first_a.startswith(first_b)


def _normalise_phrase(text: str) -> str:
    text = _DETERMINERS.sub("", text.strip())
    text = re.sub(r"['’]s\b", "", text)
    return " ".join(_bare(w) for w in _tokens(text))


def anonymous_key(source: str) -> str:
    """The descriptor that identifies an anonymous group, without its basis or vague quantifier."""
    descriptor = _ANON_BASIS.sub("", source)
    descriptor = _DETERMINERS.sub("", descriptor.strip())
    descriptor = _VAGUE_QUANTIFIERS.sub("", descriptor)
    return " ".join(_bare(w) for w in _tokens(descriptor)) or _normalise_phrase(source)


def document_key(source: str) -> str:
    words = _normalise_phrase(source).split()
    if not words:
        return ""
    head = _DOC_SYNONYMS.get(words[-1], words[-1])
    return head


@dataclass
class _Entry:
    source: Source
    surname: str = ""
    given: list[str] = field(default_factory=list)
    key: str = ""
    last_seen: int = 0


def _merge_anonymous(into: Optional[AnonymousDetails], new: Optional[AnonymousDetails]) -> Optional[AnonymousDetails]:
    if new is None:
        return into
    if into is None:
        return new.model_copy()
    return AnonymousDetails(
        count=into.count or new.count,
        affiliation=into.affiliation or new.affiliation,
        basis=into.basis or new.basis,
        reason_given=into.reason_given or new.reason_given,
        reason=into.reason or new.reason,
    )


class _Roster:
    def __init__(self) -> None:
        self.entries: list[_Entry] = []
        self._order = 0

    def _new(self, attribution: Attribution, name: str, description: Optional[str], **key: object) -> _Entry:
        source = Source(
            id=f"s{len(self.entries) + 1}",
            name=name,
            type=attribution.source_type,
            description=description,
            anonymous=attribution.anonymous.model_copy() if attribution.anonymous else None,
        )
        entry = _Entry(source=source, **key)  # type: ignore[arg-type]
        self.entries.append(entry)
        return entry

    def _latest(self, predicate) -> Optional[_Entry]:
        candidates = [e for e in self.entries if predicate(e)]
        return max(candidates, key=lambda e: e.last_seen) if candidates else None

    def place(self, attribution: Attribution) -> _Entry:
        """The roster entry this mention belongs to, created if new; it becomes the latest seen."""
        self._order += 1
        entry = self._place(attribution)
        entry.last_seen = self._order
        return entry

    def _place(self, attribution: Attribution) -> _Entry:
        text = attribution.source.strip()
        kind = _PRONOUNS.get(text.lower())
        if kind is not None:
            entry = self._resolve_pronoun(kind)
            if entry is not None:
                return entry
        kind_of = attribution.source_type
        if kind_of == "named_person":
            return self._place_person(attribution)
        if kind_of == "anonymous":
            key = anonymous_key(text)
            found = next((e for e in self.entries if e.source.type == "anonymous" and e.key == key), None)
            if found:
                found.source.anonymous = _merge_anonymous(found.source.anonymous, attribution.anonymous)
                return found
            return self._new(attribution, text, (attribution.anonymous.basis if attribution.anonymous else None), key=key)
        if kind_of == "document":
            key = document_key(text)
            definite = bool(re.match(r"(?i)the\b", text)) or "'s" in text or "’s" in text
            found = self._latest(lambda e: e.source.type == "document" and e.key == key) if definite else None
            if found:
                return found
            return self._new(attribution, text, None, key=key)
        name, description = split_name_description(text)
        key = _normalise_phrase(name)
        found = next((e for e in self.entries if e.source.type == kind_of and e.key == key), None)
        if found:
            if description and not found.source.description:
                found.source.description = description
            return found
        return self._new(attribution, name, description, key=key)

    def _resolve_pronoun(self, kind: str) -> Optional[_Entry]:
        if kind == "person":
            return self._latest(lambda e: e.source.type == "named_person")
        if kind == "nonperson":
            return self._latest(lambda e: e.source.type in ("organization", "document"))
        return self._latest(lambda e: True)

    def _place_person(self, attribution: Attribution) -> _Entry:
        name, description = split_name_description(attribution.source.strip())
        surname, given = _person_key(name)
        for entry in self.entries:
            if (
                entry.source.type == "named_person"
                and entry.surname == surname
                and _given_names_compatible(entry.given, given)
            ):
                if len(_name_tokens(name)) > len(_name_tokens(entry.source.name)):
                    entry.source.name, entry.given = name, given
                if description and not entry.source.description:
                    entry.source.description = description
                return entry
        return self._new(attribution, name, description, surname=surname, given=given)


_ROLE_HEAD = re.compile(r"^(?:the|this)\s+(?P<words>[^,]*?)\s*(?:\b(?:of|in|at|for|from|on|who|with)\b.*)?$", re.I)


def role_head(text: str) -> Optional[str]:
    """The head noun of a definite role description: 'the top US commander in Iraq' -> 'commander'."""
    match = _ROLE_HEAD.match(text.strip())
    if not match or not match.group("words"):
        return None
    words = _tokens(match.group("words"))
    return _bare(words[-1]) if words else None


def _merge_role_descriptions(roster: _Roster, paragraphs: list[Paragraph]) -> None:
    """'the top US commander in Iraq' is the person the article introduces as
    'the commander, Lt. Gen. Robert P. White': a definite role refers to the one
    named person given that role. With no such person, or several, it stays apart."""
    people_by_role: dict[str, list[_Entry]] = {}
    for entry in roster.entries:
        if entry.source.type == "named_person" and entry.source.description:
            for part in re.split(r",\s*", entry.source.description):
                # Any determiner introduces a role in an apposition ("another commander").
                head = role_head(re.sub(r"(?i)^(?:an?|another|its|their|his|her)\s+", "the ", part))
                if head:
                    people_by_role.setdefault(head, []).append(entry)
    if not people_by_role:
        return
    attributions = {a.id: a for p in paragraphs for a in p.attributions}
    for entry in list(roster.entries):
        source = entry.source
        if source.type not in ("anonymous", "named_person") or source.mentions and len(
            {m.text for m in source.mentions}
        ) != 1:
            continue
        head = role_head(source.name)
        targets = [t for t in people_by_role.get(head or "", []) if t is not entry]
        if len(set(id(t) for t in targets)) != 1:
            continue
        target = targets[0].source
        for attribution_id in source.attribution_ids:
            attribution = attributions[attribution_id]
            attribution.source_id = target.id
            # Identified elsewhere in the article, the source is on record, not anonymous.
            attribution.source_type = "named_person"
            attribution.anonymous = None
        target.mentions = sorted(target.mentions + source.mentions, key=lambda m: (m.paragraph, m.span))
        target.attribution_ids = [m.attribution_id for m in target.mentions]
        roster.entries.remove(entry)
    for number, entry in enumerate(roster.entries, start=1):
        old = entry.source.id
        entry.source.id = f"s{number}"
        if old != entry.source.id:
            for attribution_id in entry.source.attribution_ids:
                attributions[attribution_id].source_id = entry.source.id


def _most_used_form(source: Source) -> str:
    """An anonymous group is best named the way the article names it most often."""
    counts: dict[str, int] = {}
    for mention in source.mentions:
        counts[mention.text] = counts.get(mention.text, 0) + 1
    return max(counts, key=lambda form: counts[form]) if counts else source.name


def _aliases(source: Source) -> list[str]:
    """Other forms the article uses for the source, without descriptions or pronouns."""
    forms: dict[str, str] = {}
    for mention in source.mentions:
        form = mention.text.strip()
        if form.lower() in _PRONOUNS:
            continue
        if source.type in ("named_person", "organization"):
            form = split_name_description(form)[0]
        if form.casefold() != source.name.casefold():
            forms.setdefault(form.casefold(), form)
    return list(forms.values())


_CONJUNCTION = re.compile(r"\s+and\s+")


def _conjoined_people(attribution: Attribution) -> list[tuple[Attribution, tuple[int, int]]]:
    """'Esper and General Milley' -> one mention per named person, with its own span."""
    if attribution.source_type != "named_person" or "," in attribution.source:
        return []
    pieces = _CONJUNCTION.split(attribution.source)
    if len(pieces) != 2 or not all(_is_name_part(p) for p in pieces):
        return []
    out = []
    offset = 0
    for piece in pieces:
        at = attribution.source.index(piece, offset)
        offset = at + len(piece)
        start = attribution.source_span[0] + at
        out.append((attribution.model_copy(update={"source": piece}), (start, start + len(piece))))
    return out


def build_roster(paragraphs: list[Paragraph]) -> list[Source]:
    """Join the attributions' sources across paragraphs and set every ``source_id``.

    Works on the engine's output in article order, so a short form ("Knights",
    "he") is resolved against the sources already seen, as a reader would.
    """
    roster = _Roster()
    for paragraph in paragraphs:
        for attribution in paragraph.attributions:
            # "Esper and General Milley said": each person is a source; the
            # attribution points at the first, and both list the mention.
            parts = _conjoined_people(attribution) or [(attribution, attribution.source_span)]
            for position, (mention, span) in enumerate(parts):
                entry = roster.place(mention)
                source = entry.source
                if position == 0:
                    attribution.source_id = source.id
                if attribution.id not in source.attribution_ids:
                    source.attribution_ids.append(attribution.id)
                source.mentions.append(
                    SourceMention(
                        paragraph=paragraph.index,
                        span=span,
                        text=mention.source,
                        attribution_id=attribution.id,
                    )
                )
    _merge_role_descriptions(roster, paragraphs)
    for entry in roster.entries:
        if entry.source.type == "anonymous":
            entry.source.name = _most_used_form(entry.source)
        entry.source.aliases = _aliases(entry.source)
    claims_of: dict[str, list[str]] = {}
    for paragraph in paragraphs:
        for claim in paragraph.claims:
            for attribution_id in claim.attribution_ids:
                claims_of.setdefault(attribution_id, []).append(claim.id)
    for entry in roster.entries:
        entry.source.claim_ids = list(
            dict.fromkeys(c for a in entry.source.attribution_ids for c in claims_of.get(a, []))
        )
    return [e.source for e in roster.entries]
