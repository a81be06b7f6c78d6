"""The sources roster: who is cited in the article, once each.

Engines report mentions paragraph by paragraph ("Michael Knights, an analyst
at ...", later just "Knights", "he"; "the commander, Lt. Gen. Robert P. White",
later "General White" or "the commander"). This module joins those mentions
into one :class:`~claimcheck.schema.Source` per real-world source and writes
its id back into every attribution, whichever engine produced them.

It is also where a source's *final* type is decided for mentions that only
coreference can type: an engine types the phrase it sees ("he", "the
president"), and when the roster resolves that phrase to a source the article
names, the attribution takes the type of that source (a pronoun or role that
stands for a named person is ``named_person`` and carries no anonymous
details). Everything downstream (scoring, renderers, ``claimcheck eval``)
reads the types after this step.

How a mention is joined is recorded on it (``SourceMention.resolution``:
named, alias, pronoun, role; and ``certain``):

* names join by surname and compatible given names ("Robert P." ~ "R." ~ "");
  organizations by their words and acronyms ("the CDC" ~ "the Chinese CDC");
* pronouns resolve against the people and bodies mentioned before them, in the
  text as well as in attributions: the nearest sentence that holds an
  agreeing candidate (gender from given names, honorifics and gendered titles;
  number from the phrase) and, in it, the leftmost candidate (the subject),
  never across a quotation boundary and at most two paragraphs back. A
  pronoun with no such candidate is left unresolved (no roster entry named
  "he") and marked ``unresolved``: the article named that source, the roster
  could not tell whom, so it is no anonymous source;
* a definite role ("the president", "the commander", "the official") joins the
  one person the article gave that role, or the one earlier anonymous source
  with that head noun; with none, or several, it stays apart.

Anonymous sources are joined only when their descriptors match once vague
quantifiers are dropped ("US officials" = "several US officials"), so that
"two senior administration officials" and "a senior US military official"
stay apart: a standards editor counts those as different people.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import Final, Optional

from claimcheck.article import turns
from claimcheck.article.metadata import dateline_end
from claimcheck.article.sentences import split_sentences
from claimcheck.engines.rules import lexicon as lx
from claimcheck.engines.rules.phrases import body_compound, is_acronym, person_name_end
from claimcheck.engines.rules.tokens import Token, forget_quotations, take_quotations, tokenize
from claimcheck.model_build import construct, source_id
from claimcheck.schema import AnonymousDetails, Attribution, Paragraph, Source, SourceMention

# Titles and ranks that precede a name but are not part of it. Matching is
# done on lower-cased tokens with the trailing period dropped.
_TITLES: Final = lx.NAME_TITLE_WORDS
_SUFFIXES: Final = lx.NAME_SUFFIXES | lx.DEGREE_SUFFIXES
# What a pronoun source can stand for: a person (with a gender when it has one), a group, a body.
_PRONOUNS: Final = lx.PRONOUN_REFERENTS


def _alternatives(phrases: tuple[str, ...]) -> str:
    """A regex alternation of word sequences, in the lexicon's order, spaces matching any run of spaces."""
    return "|".join(r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in phrases)


_DETERMINERS: Final = re.compile(rf"^(?:{_alternatives(lx.LEADING_DETERMINERS)})\s+", re.I)
_VAGUE_QUANTIFIERS: Final = re.compile(rf"\b(?:{_alternatives(lx.VAGUE_QUANTIFIERS)})\b\s*", re.I)
# The basis of an anonymous source ("who saw the order", "with direct knowledge
# of ...", "familiar with ...") describes how they know, not who they are.
_ANON_BASIS: Final = re.compile(rf"\s*(?:,\s*)?\b(?:{_alternatives(lx.BASIS_OPENERS)})\b.*$", re.I)
_DOC_SYNONYMS: Final = lx.DOCUMENT_SYNONYMS
# The list of a group's members: "officials, including Ana Ruiz".
_INCLUSION: Final = re.compile(rf"(?:,|\s—|\s–)?\s+(?:{_alternatives(tuple(sorted(lx.INCLUSION_WORDS)))})\s+", re.I)
_WORD: Final = re.compile(r"[A-Za-z][A-Za-z'’.&-]*")
# A run of capitalised words in running text: where a person's name may be.
_PARTICLE: Final = rf"(?:(?:{_alternatives(lx.NAME_PARTICLES)})-?)?"
_RUN_REST: Final = rf"[\w'’.&-]*(?:[ \t]+{_PARTICLE}[A-Z][\w'’.&-]*)*"
_CAPITAL_RUN: Final = re.compile(rf"(?<![\w'’]){_PARTICLE}[A-Z]{_RUN_REST}")
# The same runs in a text where no particle is joined to a capital ("al-Assad", "deGaulle"), which is
# nearly every text: a run then starts at a capital with no letter before it. A pattern that begins with
# a character class is scanned for quickly; _CAPITAL_RUN, which begins with a lookbehind, is tried at
# every position.
_CAPITALISED_RUN: Final = re.compile(rf"[A-Z](?<![\w'’][A-Z]){_RUN_REST}")
_PARTICLE_ON_CAPITAL: Final = re.compile("[A-Z](?:" + "|".join(
    rf"(?<=(?:{'|'.join(re.escape(p) for p in lx.NAME_PARTICLES if len(p) == size)}){hyphen}[A-Z])"
    for size in sorted({len(p) for p in lx.NAME_PARTICLES}) for hyphen in ("", "-")) + ")")
# "he" or "she" as a word; found from its first letter, with no letter before it, for the same reason.
_TEXT_PRONOUN: Final = re.compile(r"[HhSs](?<!\w[HhSs])(?:(?<=[Hh])e|(?<=[Ss])he)\b")


def _capital_runs(text: str):  # type: ignore[no-untyped-def]
    """The matches of :data:`_CAPITAL_RUN` in ``text``: runs of capitalised words, where a name may be."""
    return (_CAPITAL_RUN if _PARTICLE_ON_CAPITAL.search(text) else _CAPITALISED_RUN).finditer(text)
_PREVIOUS_WORD: Final = re.compile(r"([\w'’.&-]+)\W*$")
_POSSESSIVE_END: Final = re.compile(r"['’]s?$")
# A definite description of one person, no more than a few words, with no qualifier after its head: "the Florida
# senator", "The presumptive Republican nominee" (not "the senator from Ohio", "the candidates").
_EPITHET: Final = re.compile(r"(?:the|The)\s+(?:[\w.'’-]+\s+){0,4}[A-Za-z-]+$")
# A spokesperson of someone a possessive pronoun stands for: "his spokesman", "her campaign spokeswoman".
# (and "his lawyers", "her attorneys": counsel speak for their client on record, as a spokesperson does; one lawyer,
# "his attorney", may be the attorney the article names: _merge_role_descriptions)
_POSSESSOR_SPOKESPERSON: Final = re.compile(
    rf"(?i)(his|her)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"({_alternatives(tuple(sorted(lx.SPOKESPERSON_NOUNS | {n + 's' for n in lx.AGENT_ROLE_NOUNS})))})$")
_POSSESSIVE_SUBJECT: Final = {"his": "he", "her": "she"}
# How far back (in paragraphs) a pronoun looks for its referent.
_PRONOUN_REACH: Final = 2


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text)


def _bare(token: str) -> str:
    return token.lower().rstrip(".").replace("’", "'")


def _is_name_part(text: str) -> bool:
    """True when a comma-separated part reads as a proper name, not a description."""
    words = _tokens(text)
    if not words or _DETERMINERS.match(text.strip()):
        return False
    content = [w for w in words if _bare(w) not in lx.NAME_CONNECTIVES]
    return bool(content) and all(w[0].isupper() for w in content)


def _noun_before(lead: str) -> bool:
    """Whether the words before a name end in a lower-case noun that describes it ("Its peer", "the news site"), not
    in a word of the name itself ("Democracy for America": "for")."""
    words = _tokens(lead)
    return bool(words) and words[-1].islower() and words[-1] not in lx.PREPOSITIONS \
        and words[-1] not in {"and", "or", "of", "the", "a", "an"}


def _role_word(word: str) -> bool:
    """A person's role noun, no title and no name: "reporter", "blogger", "analyst"."""
    bare = _bare(word)
    return bare not in _TITLES and bare not in lx.FIRST_NAMES and (
        bare in lx.PERSON_NOUNS or len(bare) > 5 and bare.endswith(("er", "ist")))


@lru_cache(maxsize=4096)
def _name_from_phrase(part: str) -> tuple[str, Optional[str]]:
    """A person's name and the role words before it, from one comma-free part of a source:
    'State Department official David Holmes' -> ('David Holmes', 'State Department official');
    'Wee of the Times' -> ('Wee', 'of the Times'); 'Sen. Ana Ruiz' stays whole, 'Colbert County Sheriff Frank
    Williamson' -> ('Frank Williamson', 'Colbert County Sheriff')."""
    match = re.match(r"^((?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*)\s+((?:of|from|at|with)\s+.+)$", part)
    if match and _is_name_part(match.group(1)) and _bare(match.group(1).split()[-1]) not in _TITLES \
            and person_name_end(tokenize(match.group(2))) is None:
        # (not "Ohio Department of Health Director Dr. Amy Acton": the person's name ends the phrase)
        return match.group(1), match.group(2)
    words = tokenize(part)
    if not words:
        return part, None
    start = person_name_end(words)
    if start is None:
        start = len(words)
        while start - 1 >= 0 and (words[start - 1].is_capitalised or _bare(words[start - 1].text) in _SUFFIXES
                                  or words[start - 1].lower in lx.INNER_NAME_PARTICLES and start - 2 >= 0
                                  and words[start - 2].is_capitalised and _bare(words[start - 2].text) not in _TITLES):
            start -= 1  # ("Faisal bin Farhan": a particle between a name's capitals is the name's)
        if start == len(words):
            return part, None
        prefix = words[:start]
        keep = prefix and (prefix[-1].lower in lx.PERSON_NOUNS or prefix[-1].lower in lx.NAME_INTRODUCERS
                           or prefix[-1].lower in lx.TITLES)
        if start == 0 or not any(not w.is_capitalised and w.is_word for w in prefix):
            return part, None
        lead = part[:words[start].start].strip()
        return part[words[start].start:], (lead if keep else None)
    # the name starts after the last lower-case word before it ("of" inside a title, as in
    # "Secretary of State", is part of the title)
    first = start

    def in_name(w: Token, k: int) -> bool:
        if w.text in {",", "(", ")"}:
            return False
        return w.is_capitalised or not w.is_word or w.lower in {"of", "for"} and k - 1 >= 0 \
            and words[k - 1].lower.rstrip(".") in _TITLES or w.lower in lx.INNER_NAME_PARTICLES and k - 1 >= 0 \
            and words[k - 1].is_capitalised and _bare(words[k - 1].text) not in _TITLES  # "Faisal bin Farhan"

    while first - 1 >= 0 and in_name(words[first - 1], first - 1):
        first -= 1
    while first < start and not words[first].is_word:
        first += 1
    if 1 < first < start and words[first - 1].lower in {"of", "for"} \
            and _bare(words[first - 2].text.rsplit("-", 1)[-1]) in _TITLES:
        first = start  # "then-Secretary of State Hillary Clinton": the title began before the capitals
    possessive = start > 0 and words[start - 1].lower.endswith(("'s", "’s")) and words[start - 1].is_capitalised
    if first < start and (0 < first and words[first - 1].is_word and not words[first - 1].is_capitalised or possessive) \
            and not any(_bare(w.text) in _TITLES for w in words[start:]) and (
            not any(_bare(w.text) in _TITLES or w.lower in lx.PERSON_NOUNS for w in words[first:start])
            or first > 1 and words[first - 1].lower in lx.DETERMINERS and words[first - 2].lower in {"to", "of", "for"}):
        # the capitals before the name are the object of the role before them, no title of the person's: "special
        # envoy to Ukraine Kurt Volker", "Special Counsel to the President Ana Ruiz", "(led by) MSNBC's Chris
        # Matthews"; a possessive opening the phrase says whose the person is ("ESPN's Adam Schefter", as "the
        # company's Tom Hale"); not "former South Carolina Gov. Jim Hodges", whose title follows the capitals
        first = start
    if first == 0 and 0 < start and all(w.is_capitalised and _role_word(w.text) for w in words[:start]):
        # "Reporter Philip Rucker", "Blogger Tom Hale": a role noun capitalised before a name opening the phrase is
        # its description, as "reporter Philip Rucker" is; a title ("Senator Ana Ruiz") stays in the name
        return part[words[start].start:], part[:words[start - 1].end]
    if first == 0:
        qualified = _qualified_title_end(words, start)
        if qualified is not None:
            # "Colbert County Sheriff Frank Williamson": a place's or a body's name before the title says whose
            # title it is; the person is the name after it, the qualified title their description (as the running
            # text's full names have it: _full_names, "Harbor Sausage President Roger Wilmot")
            return part[words[start].start:], part[:words[qualified].end].strip()
        return part, None
    lead = part[:words[first].start].strip()
    title_end = _title_end(words, first)
    coordinated = first >= 2 and words[first - 1].lower in {"and", "&"} and _bare(words[first - 2].text) in _ROLE_WORDS
    if lead and title_end is not None and (coordinated or _qualifies_title(words[:first], words[first:title_end])):
        # ("Tyson President and CEO Donnie Smith": two titles, one person; the description has both)
        # the words before a title qualify the title: "former National Security Adviser John Bolton" is a
        # former adviser, "company CEO Ana Ruiz" the company's CEO; the description says so, not "former"
        lead = part[:words[title_end - 1].end].strip()
    return part[words[first].start:], lead or None


def _qualified_title_end(words: list[Token], start: int) -> Optional[int]:
    """The last word of a qualified title before the name starting at ``start``, or None: capitalised words ("Colbert
    County", "Arkansas State Police", "New York City"), then the title words ("Sheriff", "Col.", "Majority Leader")
    right before the name. A title that opens the phrase ("Sheriff Kenneth Sealey", "Vice President Joe Biden",
    "Secretary of State Mike Pompeo") is kept with the name, as the engine reads it."""
    k = start - 1
    while k >= 0 and words[k].text == ".":
        k -= 1
    if k < 1 or _bare(words[k].text) not in _TITLES:
        return None
    title_from = k
    while title_from - 1 >= 0 and (_bare(words[title_from - 1].text) in _TITLES or words[title_from - 1].text == "."):
        title_from -= 1  # "Attorney General", "Lt. Gov."
    lead = [w for w in words[:title_from] if w.is_word]
    if not lead or not all(w.is_capitalised and _bare(w.text) not in lx.COURTESY_TITLES and w.lower not in lx.NOT_NAMES
                           for w in lead):
        return None
    if any(w.is_word and (w.lower in lx.PERSON_NOUNS or _bare(w.text) in _TITLES) for w in words[start:]):
        return None  # "FBI General Counsel James A. Baker": the title runs on past its last title word
    return start - 1


def _title_end(words: list[Token], first: int) -> Optional[int]:
    """Where the title that opens a name ends ("South Carolina Gov." in "South Carolina Gov. Jim Hodges"):
    one past its last title word and that word's period; None when the name opens with no title."""
    end = None
    for k in range(first, len(words) - 1):
        if _bare(words[k].text) in _TITLES or words[k].lower in lx.PERSON_NOUNS:
            end = k + 2 if words[k + 1].text == "." else k + 1
        elif not words[k].is_word and words[k].text != ".":
            break
    return end if end is not None and end < len(words) else None


def _qualifies_title(lead: list[Token], title: list[Token]) -> bool:
    """Whether the words before a name's title are a qualifier of the title ("former", "company", "party",
    "Clinton campaign"), not words of the sentence ("candidates like", "attacks by", "the younger"); a
    courtesy title ("Mr.", "Dr.") names no role to qualify."""
    return 0 < len(lead) <= 2 and len(title) <= 4 and all(
        w.is_word and w.lower not in lx.DETERMINERS and w.lower not in lx.PREPOSITIONS and w.lower not in lx.PRONOUNS
        and w.lower not in lx.INDEFINITE_PRONOUNS and w.lower not in lx.CLAUSE_LEADS and w.lower not in lx.SUBORDINATORS
        and not w.lower.endswith("ed") for w in lead) \
        and not any(_bare(w.text) in lx.COURTESY_TITLES for w in title)


@lru_cache(maxsize=4096)
def split_name_description(source: str, person: bool = True) -> tuple[str, Optional[str]]:
    """'Michael Knights, an analyst at X' -> ('Michael Knights', 'an analyst at X');
    'the commander, Lt. Gen. Robert P. White' -> ('Lt. Gen. Robert P. White', 'the commander').
    For a person, role words before the name are description too ('Republican counsel Steve Castor');
    ``person=False`` (an institution) splits at commas only."""
    parts = [p.strip() for p in re.split(r",\s*", source) if p.strip()]
    split = _name_from_phrase if person else (lambda part: (part, None))
    if len(parts) == 1:
        name, lead = split(parts[0])
        return name, lead
    if not person:
        named_at = _body_named_in_apposition(parts)
        if named_at is not None:
            return parts[named_at], ", ".join(p for j, p in enumerate(parts) if j != named_at and _describes(p)) or None
    for i, part in enumerate(parts):
        named, lead = split(part)
        if _is_name_part(named) and (lead is not None or _is_name_part(part)):
            rest = [p for j, p in enumerate(parts) if j != i and _bare(p) not in _SUFFIXES and (j < i or _describes(p))]
            if lead:
                rest.insert(0, lead)
            name = named
            # "Kenneth F. McKenzie, Jr." keeps its suffix in the name.
            if i + 1 < len(parts) and _bare(parts[i + 1]) in _SUFFIXES:
                name = f"{named}, {parts[i + 1]}"
            return name, ", ".join(rest) or None
    return parts[0], ", ".join(p for p in parts[1:] if _describes(p)) or None


# What opens an aside that is no apposition: a clause's or an aside's first word ("perhaps along with other
# militias", "however", "when asked", "during and after her term"), a hedge ("possibly"), an inclusion or a company
# ("including labor unions", "along with", "together with", "as well as").
_NOT_DESCRIPTION_OPENERS: Final = (lx.NOT_SOURCE_WORDS - lx.RELATIVE_CLAUSE_OPENERS) | lx.INCLUSION_WORDS | frozenset(
    words[0] for words, entry in lx.HEDGES.items() if len(words) == 1 and entry.kind in ("adverb", "conditional")) \
    | lx.NOT_DESCRIPTION_WORDS


def _describes(part: str) -> bool:
    """Whether an aside after a source's name describes it (an apposition: "a private company", "the head of the
    agency", "who heads the union", "58"), not a clause or an aside of the sentence that the source's phrase ran
    into ("perhaps along with other Shiite militias", "including labor unions", "when contacted by Reuters"). An
    adverb before an article keeps the apposition ("now a paid commentator", "then the secretary of state")."""
    words = _tokens(part)
    if not words:
        return True
    first = words[0].lower()
    if first not in _NOT_DESCRIPTION_OPENERS:
        return True
    return len(words) > 2 and words[1].lower() in {"a", "an", "the"} and first not in lx.INCLUSION_WORDS \
        and first not in lx.CLAUSE_LEADS and first not in lx.SUBORDINATORS


def _body_named_in_apposition(parts: list[str]) -> Optional[int]:
    """'The union, the United Widget Workers': which part names the body when the first is only its common
    noun ("the union", "the ruling party") and the next is a name, with or without its article; None otherwise.
    The body is listed by its name, its noun is the description (docs/accuracy.md)."""
    if len(parts) < 2 or any(w[0].isupper() for w in _tokens(_DETERMINERS.sub("", parts[0]))):
        return None
    words = _tokens(parts[0])
    if not words or _bare(words[-1]) not in lx.ORGANIZATION_NOUNS:
        return None
    name = _DETERMINERS.sub("", parts[1])
    return 1 if name != parts[1].strip() and _is_name_part(name) or _is_name_part(parts[1]) else None


@lru_cache(maxsize=4096)
def _name_tokens(name: str) -> tuple[str, ...]:
    """The tokens of a personal name without titles, possessives or suffixes."""
    words = [re.sub(r"['’]s$", "", w) for w in _tokens(name)]
    core = [w for w in words if _bare(w) not in _SUFFIXES]
    # Titles lead a name ("Defense Secretary Mark T. Esper"); drop them from the front only,
    # so that a surname that happens to be a title word ("Major") survives at the end.
    while len(core) > 1 and _bare(core[0]) in _TITLES:
        core.pop(0)
    return tuple(core)


@lru_cache(maxsize=4096)
def _person_key(name: str) -> tuple[str, tuple[str, ...]]:
    """(surname, given names). Words up to the last title or possessive before the name are its
    description, not given names: "Florida Gov. Jeb Bush" and "MSNBC's Chris Matthews" have the given
    names "jeb" and "chris"."""
    words = [w for w in _tokens(name) if _bare(w) not in _SUFFIXES]
    cut = 0
    for i, word in enumerate(words[:-1]):
        if _bare(word) in _TITLES or word.endswith(("'s", "’s", "s'", "s’")) or word.lower() in lx.SUBJECT_STOPS:
            cut = i + 1
    tokens = _name_tokens(" ".join(words[cut:])) if cut else _name_tokens(name)
    if not tokens:
        return "", ()
    return _bare(tokens[-1]), tuple(_bare(t) for t in tokens[:-1])


def _given_names_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """'Robert P.' ~ 'Robert' ~ 'R.' ~ '' but not 'Mark' ~ 'Robert'. A form's first given name may be
    another's second ("Ana Maria Ruiz" ~ "Maria Ruiz"), or follow words the title cut left in front
    ("Former Clinton Senior Adviser Sidney Blumenthal" ~ "Sidney Blumenthal")."""
    if not a or not b:
        return True

    def same(x: str, y: str) -> bool:
        return x == y or len(x) == 1 and y.startswith(x) or len(y) == 1 and x.startswith(y) or forms_of_one_name(x, y)

    return same(a[0], b[0]) or any(same(a[0], y) for y in b[1:]) or any(same(b[0], x) for x in a[1:])


def forms_of_one_name(x: str, y: str) -> bool:
    """'chuck' ~ 'charles', 'bill' ~ 'will': familiar and formal forms of one given name
    (``lexicon.GIVEN_NAME_FORMS``), unless the names' usual genders differ ("chris": Christopher, Christine)."""
    forms, other = lx.GIVEN_NAME_FORMS.get(x), lx.GIVEN_NAME_FORMS.get(y)
    if forms is None or other is None or forms.isdisjoint(other):
        return False
    genders = {lx.FIRST_NAMES.get(x), lx.FIRST_NAMES.get(y)}
    return not {"m", "f"} <= genders


@lru_cache(maxsize=4096)
def _gender_of(text: str, given: tuple[str, ...]) -> Optional[str]:
    """'m' or 'f' when an honorific, a gendered title or the given name says so."""
    for word in _tokens(text):
        gender = lx.GENDERED_WORDS.get(word.lower()) or lx.GENDERED_WORDS.get(_bare(word))
        if gender:
            return gender
    for name in given:
        gender = lx.FIRST_NAMES.get(name)
        if gender in ("m", "f"):
            return gender
    return None


@lru_cache(maxsize=4096)
def _normalise_phrase(text: str) -> str:
    text = _DETERMINERS.sub("", text.strip())
    text = re.sub(r"['’]s\b", "", text)
    return " ".join(_bare(w) for w in _tokens(text))


def anonymous_key(source: str) -> str:
    """The descriptor that identifies an anonymous group, without its basis, vague quantifier or members."""
    descriptor = _ANON_BASIS.sub("", _without_members(source))
    descriptor = _DETERMINERS.sub("", descriptor.strip())
    descriptor = _VAGUE_QUANTIFIERS.sub("", descriptor)
    return " ".join(_bare(w) for w in _tokens(descriptor)) or _normalise_phrase(source)


def _anonymous_head(source: str) -> str:
    """The head noun of an anonymous source, before what qualifies it: "A European diplomat in Kyiv" -> "diplomat"."""
    words = _tokens(anonymous_key(source))
    cut = next((i for i, w in enumerate(words) if i and (w in lx.PREPOSITIONS or w in {"to", "who", "close"})), len(words))
    return _bare(words[cut - 1]) if cut else ""


def document_key(source: str) -> str:
    """What identifies a document: its head noun ("the memo" is the memo), or, for a document with a name of
    its own ("the Privacy Act", "the Constitution"), its whole name: two laws are two documents."""
    words = _normalise_phrase(source).split()
    if not words:
        return ""
    name = split_name_description(source, person=False)[0]
    last = _tokens(name)[-1:]
    if last and last[0][0].isupper() and _bare(last[0]) in lx.DOCUMENT_NAME_WORDS:
        return " ".join(_normalise_phrase(name).split())
    # the head noun comes before what qualifies it: "a news release from the county sheriff" is a release,
    # "a report by the state auditor" a report, "a memo released by the agency" a memo
    head = next((k for k, w in enumerate(words) if k and (w in _DOCUMENT_QUALIFIER_OPENERS
                                                           or w in lx.DOCUMENT_PARTICIPLES)), len(words))
    noun = words[head - 1] if words[head - 1] not in {"the", "a", "an"} else words[-1]
    return _DOC_SYNONYMS.get(noun, noun)


# Words that open what follows a document's head noun and qualifies it.
_DOCUMENT_QUALIFIER_OPENERS: Final = frozenset("from by of on in for about at with to that which who".split())


@lru_cache(maxsize=4096)
def _organization_words(name: str) -> tuple[str, ...]:
    """The words of an institution's name before any 'for/of/in ...' qualifier, without determiners."""
    words = _normalise_phrase(re.split(r"\s+(?:for|of|in|at|on)\s+", name.strip(), maxsplit=1)[0]).split()
    return tuple(w for w in words if w not in {"the", "a", "an"})


@lru_cache(maxsize=16384)
def _acronym_of(short: str, long: str) -> bool:
    """'CDC' for 'Chinese Center for Disease Control and Prevention' (initials, in order)."""
    letters = re.sub(r"[^A-Z]", "", short)
    if len(letters) < 2 or not is_acronym(short):
        return False
    initials = "".join(w[0] for w in _tokens(long) if w[0].isupper())
    # "GM" for "General Motors", "AP" for "Associated Press": all the initials, as well as some of them
    return len(initials) > len(letters) and letters in initials or initials == letters and len(_tokens(long)) > 1


def mention_of(attribution: Attribution, source: Optional[Source]) -> Optional[SourceMention]:
    """The roster's record of how this attribution's source was joined to its entry."""
    if source is None:
        return None
    return next((m for m in source.mentions if m.attribution_id == attribution.id), None)


@lru_cache(maxsize=4096)
def pronoun_of(text: str) -> Optional[str]:
    """The pronoun a source is, contractions included ("she's" -> "she"), or None."""
    word = re.sub(r"['’](?:s|re|d|ll|ve|m)$", "", text.strip().lower())
    return word if word in _PRONOUNS else None


@lru_cache(maxsize=4096)
def _is_source_name(text: str) -> bool:
    """Whether a mention can name a roster entry: a noun phrase, not a function word or a fragment."""
    words = _tokens(text)
    if not words or len(words) == 1 and pronoun_of(words[0]) is not None:
        return False
    # "the WHO", "WHO": an acronym names a body, though it spells a function word
    lowers = [w if is_acronym(w) else w.lower() for w in words]
    first = lowers[0]
    if all(_bare(w) in lx.CALENDAR_WORDS for w in words):
        return False
    if first.endswith("ing") and first not in lx.PERSON_NOUNS and words[0][0].islower():
        return False  # "hearing him": a clause, not a noun phrase
    if len(words) == 1 and (first in lx.SUBJECT_STOPS or first in lx.PREPOSITIONS):
        return False
    if first in lx.NOT_SOURCE_WORDS and not (len(words) > 1 and first in {"that", "this", "these", "those"}):
        return False
    return not all(w in lx.NOT_SOURCE_WORDS or w in lx.DETERMINERS for w in lowers)


_SKIP_WORDS: Final = lx.NOT_SOURCE_WORDS | lx.DETERMINERS | lx.PRONOUNS | {"i", "mr.", "mrs.", "ms."}
_NEXT_WORD: Final = re.compile(r"\s+([a-z][\w-]*)")
# The lexicon's word lists the reading of capitalised runs asks about together, each as one set, so that a word
# is looked up once: a title or role word before a run introduces a name ("official Tom Hale"); a body's name
# ends in one of its words or is one ("Pentagon"); a noun after a name makes the name its modifier ("Pentagon
# officials", "US troops").
_NAME_CONTEXT_WORDS: Final = lx.TITLES | lx.NAME_INTRODUCERS | frozenset(lx.GENDERED_WORDS)
_BODY_NAME_WORDS: Final = lx.ORGANIZATION_NAME_WORDS | lx.ORGANIZATION_NAMES
_MODIFIED_NOUNS: Final = lx.PERSON_NOUNS | lx.ORGANIZATION_NOUNS | lx.DOCUMENT_NOUNS
_KIN_GROUP_NOUNS: Final = frozenset("family families household estate".split())
# A place's name after a preposition of place, alone or ending a list ("shipped to centers in Arizona, Utah and
# Washington"): where something is, not a body that speaks, so no "it" stands for it.
_PLACE_LIST_BEFORE: Final = re.compile(
    r"\b(?:in|to|from|across|throughout|near)\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s+)*"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,?\s+(?:and|or)\s+)?$")


# What a body's name goes on with after "of" in running text: "the Ohio Department of Health", "the Texas Department
# of State Health Services", "the University of Michigan".
_OF_NAME: Final = re.compile(r" of ([A-Z][\w'’.&-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][\w'’.&-]*)*)")


def _with_its_of(name: str, text: str, end: int) -> str:
    """A body's name read from a capitalised run that "of" cut ("Ohio Department", "Ministry"), with the capitals after
    its "of" up to a title or a given name ("the Department of Homeland Security Secretary Jeh Johnson" is the
    department's, then a person's); only for a head that takes its domain after "of" (``lexicon.OF_BODY_HEADS``)."""
    if _bare(name.split()[-1]) not in lx.OF_BODY_HEADS:
        return name
    found = _OF_NAME.match(text, end)
    if found is None:
        return name
    kept: list[str] = []
    for word in found.group(1).split():
        bare = _bare(word)
        if bare in lx.TITLES or bare in lx.FIRST_NAMES and kept or bare in lx.PERSON_NOUNS:
            break
        kept.append(word)
    while kept and _bare(kept[-1]) in {"and", "&"}:
        kept.pop()
    if not kept or kept[-1].endswith(("'s", "’s")):
        return name
    return f"{name} of {' '.join(kept)}"


@lru_cache(maxsize=16384)
def _read_run(run: str, after: str, context: str, next_word: str,
              bodies: frozenset[str] = frozenset()) -> tuple[tuple, ...]:
    """What a capitalised run of the text names, as (kind, offset in the run, name, ...) items:
    ``("person", offset, name, titles, roles)``, ``("body", offset, name)`` or ``("word", offset, word)``
    (a lone capitalised word, a surname if the article names someone so). ``after`` is the character after
    the run, ``context`` the title or role word before it, ``next_word`` the lower-case word after it;
    ``bodies`` the names the article shows to be bodies' (``_named_bodies``). What follows a place's "-based"
    is a body ("Boston-based Harbor Online")."""
    if run.endswith((".'s", ".’s")):
        run, after = run[:-2], run[-2]  # "Tavrik Software Corp.'s earnings": the tokens of "Corp.'s" are no possessive
    # one character more, so that "Jr." before a comma reads as the tokenizer reads it in place
    words = [w for w in tokenize(run + after) if w.end <= len(run)]
    context_tokens = tokenize(context)[-1:] if context else []
    out: list[tuple] = []
    piece: list[Token] = []
    based = False
    for word in words + [None]:  # type: ignore[list-item]
        if word is not None and word.lower.endswith("-based") and len(word.lower) > 6:
            found = _read_piece(run, context_tokens, piece, "") if piece else None
            if found:
                out.append(found)
            piece, context_tokens, based = [], [], True
            continue
        if word is not None and not word.lower.endswith(("'s", "’s")):
            piece.append(word)
            if not (word.text.endswith(".") and len(word.text) > 3 and word.lower not in lx.TITLES
                    and _bare(word.text) not in _SUFFIXES and not is_acronym(word.text)):
                continue
            # a full stop after a word ends the sentence, and the name ("U.S." keeps its stops: "the U.S. officials"
            # is the officials', and the noun after it still says so)
        elif word is not None:  # "President Trump's July call": the possessive ends the name
            piece.append(Token(word.text[:-2], word.start, word.end - 2, word.lower[:-2]))
        found = _read_piece(run, context_tokens, piece, next_word if word is None else "")
        named = _piece_text(run, piece)
        if named and (based or named in bodies) and (found is None or found[0] != "body"):
            found = ("body", piece[0].start, named, True)  # "Boston-based Harbor Online", shown a body's by the text
        if found:
            out.append(found)
        piece, context_tokens, based = [], [], False
    return tuple(out)


def _plain_name(run: str) -> bool:
    """Two or three capitalised words that may be a given name and a surname: no body's word, title, calendar
    name or acronym among them ("Sunu Widyatmoko"; not "Goldman Sachs Group", "Exxon Mobil Corp.", "Ocean Beauty
    Seafoods" when their words say so), none hyphenated."""
    words = run.split()
    if not 2 <= len(words) <= 3:
        return False
    for word in words:
        bare = word.lower()
        # (no hyphen: "Ban Ki-moon" puts the family name first, and the article cites him as "Ban")
        if not (word[0].isupper() and word.isalpha() and word[1:].islower()) or is_acronym(word) \
                or bare in lx.ORGANIZATION_NAME_WORDS or bare in lx.ORGANIZATION_NAMES or bare in lx.TITLES \
                or bare in lx.NOT_SOURCE_WORDS or bare in lx.CALENDAR_NAMES or bare in lx.BUSINESS_FORM_NOUNS \
                or bare in _SUFFIXES:
            return False
    return True


def _role_in_apposition(text: str, end: int) -> bool:
    """Whether a person's role stands in apposition right after a name ending at ``end``: a comma, then at most an
    article or possessive and two words, then as the head a role noun only a person holds (", CEO of ...", ", the chief
    executive,", ", a spokeswoman for ..."); not a body's description (", the investment bank", ", its owner")."""
    match = _APPOSITION.match(text, end)
    if match is None:
        return False
    words = match.group(1).split()
    head = words[-1].lower()
    # in lower case but for a title's acronym ("CEO"), and one person's: "Asian Americans, Turkish Americans" lists
    return head in lx.PERSON_ROLE_NOUNS and all(w.islower() or w.isupper() or _NATIONALITY.fullmatch(w)
                                                 or w in ("North", "South", "East", "West") for w in words[:-1]) \
        and (words[-1].islower() or words[-1].isupper()) \
        and not (head.endswith("s") and head[:-1] in lx.PERSON_ROLE_NOUNS) and head not in _PLURAL_PEOPLE


_PLURAL_PEOPLE: Final = frozenset("men women people staff".split())
_NATIONALITY: Final = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i|ch)")  # "Korean", "Japanese", "Turkish", "Saudi", "French"
# A counterpart of a nationality right before a name: "met his Japanese counterpart Yoshimasa Hayashi".
_COUNTERPART_BEFORE: Final = re.compile(r"\b(?:his|her|their|its)\s+(?P<nation>(?:(?:North|South|East|West)\s+)?"
                                        r"[A-Z][a-z]+(?:an|ese|ish|i|ch))\s+counterpart,?\s+$")
# A nationality's title in apposition after a name: ", the South Korean minister of foreign affairs,".
_NATIONAL_APPOSITION: Final = re.compile(r",\s+the\s+(?P<nation>(?:(?:North|South|East|West)\s+)?[A-Z][a-z]+(?:an|ese|ish|i|ch))\s+"
                                         r"(?P<head>[a-z]+)(?P<rest>\s+(?:of|for)\b)?")
_APPOSITION: Final = re.compile(r",\s+(?:(?:the|a|an|its|his|her|their)\s+)?((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)\s*(?:[,.;]|\s(?:of|for|at|with|in|and)\b)")


def _piece_text(run: str, piece: list[Token]) -> str:
    """The text of a piece of a run, without the stops and marks after its last word."""
    words = list(piece)
    while words and (not words[-1].is_word or words[-1].text == "."):
        words.pop()
    return run[words[0].start:words[-1].end] if words else ""


def _read_piece(run: str, context: list[Token], words: list[Token], next_word: str) -> Optional[tuple]:
    while words and (not words[-1].is_word or words[-1].text == "."):
        words = words[:-1]
    if not words:
        return None
    start = person_name_end(context + words)
    if start is None:
        body = words
        while body and (body[0].lower in lx.NOT_SOURCE_WORDS or body[0].lower in lx.DETERMINERS):
            body = body[1:]
        if body:
            last = body[-1]
            bare = last.lower.rstrip(".")
            if bare in lx.ORGANIZATION_NAME_WORDS or len(body) == 1 and bare in lx.ORGANIZATION_NAMES \
                    or is_acronym(last.text):
                if next_word in _MODIFIED_NOUNS:
                    return None  # "US troops", "Pentagon officials": a modifier, not the body itself
                end = last.end + 1 if run[last.end:last.end + 1] == "." and f"{bare}." in lx.CORPORATE_SUFFIXES else last.end
                return "body", body[0].start, run[body[0].start:end]  # "Tavrik Software Corp." keeps its stop
        if len(words) == 1 and words[0].lower not in lx.NOT_SOURCE_WORDS:
            return "word", words[0].start, words[0].text
        return None
    offset = start - len(context)
    if offset < 0:
        return None
    name_words = words[offset:]
    titles = context + words[:offset]
    roles = set()
    for n, t in enumerate(titles):
        if t.lower in lx.TITLES and _bare(t.text) not in lx.GENDERED_WORDS and t.lower not in {"dr.", "dr"}:
            # "Afghan President", "Defense Secretary": a modifier qualifies the title
            modifier = titles[n - 1].lower if n > 0 else ""
            qualified = bool(modifier) and modifier not in lx.TITLES and modifier not in lx.NOT_SOURCE_WORDS \
                and modifier not in lx.NOT_NAMES
            roles.add((_bare(t.text), qualified))
    return ("person", name_words[0].start, run[name_words[0].start:name_words[-1].end],
            " ".join(t.text for t in titles), frozenset(roles))


def _without_form(words: tuple[str, ...]) -> tuple[str, ...]:
    """A body's name words without the words of its business form at the end ("kohl corp" -> "kohl")."""
    end = len(words)
    while end > 1 and words[end - 1] in lx.BUSINESS_FORM_NOUNS and words[end - 1] not in ("company", "companies"):
        end -= 1
    return words[:end]


@lru_cache(maxsize=16384)
def _same_body(name: str, other_name: str) -> bool:
    """Whether two names of institutions name one: the same words, one's words within the other's with the same
    head ("prosecutors" ~ "federal prosecutors", "the CDC" ~ "the Chinese CDC"), or one the other's acronym.
    A spokesperson noun is not a body's name, so "union representatives" and "family representatives" differ."""
    words, other = _organization_words(name), _organization_words(other_name)
    if words == other or words and _without_form(words) == _without_form(other):
        return True  # ("Kohl's Corp." ~ "Kohl's", "Tavrik Inc." ~ "Tavrik": a business by its name, with its form or not)
    if len(words) == 1 < len(other) and _without_form(other) != other and other[0] == words[0] \
            and words[0] not in lx.PLACE_NAMES and words[0] not in lx.ORGANIZATION_NAMES and name[:1].isupper():
        return True  # "Progress" for "Progress Software Corp.": a business by its name's first word
    if len(other) == 1 < len(words) and _without_form(words) != words and words[0] == other[0] \
            and other[0] not in lx.PLACE_NAMES and other[0] not in lx.ORGANIZATION_NAMES and other_name[:1].isupper():
        return True
    for one, full, one_name in ((words, other, name), (other, words, other_name)):
        if len(one) == 1 < len(full) and full[0] == one[0] and all(w in lx.TRADE_NAME_WORDS for w in full[1:]) \
                and one[0] not in lx.PLACE_NAMES and one[0] not in lx.ORGANIZATION_NAMES and one_name[:1].isupper():
            return True  # "Stellar" for "Stellar Motors": a firm by its name without its trade's words
    if _outlet_by_its_name(words, other, name) or _outlet_by_its_name(other, words, other_name):
        return True  # "Kyodo" for "Japan's Kyodo news agency"
    if words and other and words[-1] == other[-1] and words[-1] not in lx.SPOKESPERSON_NOUNS and (
            set(words) <= set(other) or set(other) <= set(words)):
        return True
    last, other_last = (name.split() or [""])[-1], (other_name.split() or [""])[-1]
    return _acronym_of(last, other_name) or _acronym_of(other_last, name)


def _outlet_by_its_name(words: tuple[str, ...], other: tuple[str, ...], name: str) -> bool:
    """'Kyodo' for "Japan's Kyodo news agency", 'ISNA' for 'the ISNA student news agency': an outlet's one-word
    name and that name before the words that say what kind of outlet it is (:data:`lexicon.OUTLET_KIND_WORDS`)."""
    if len(words) != 1 or len(other) < 2 or not name[:1].isupper() or words[0] not in other \
            or words[0] in lx.PLACE_NAMES or words[0] in lx.ORGANIZATION_NAMES and words[0] not in lx.NEWS_AGENCY_NAMES:
        return False  # (a news agency the lexicon knows is still named so: "Interfax", "the Interfax news agency")
    tail = other[other.index(words[0]) + 1:]
    return bool(tail) and tail[-1] in lx.OUTLET_KIND_HEADS and all(w in lx.OUTLET_KIND_WORDS for w in tail)


# A short definite description ("the president", "the third witness"), which may stand for a title given before it.
_SHORT_DEFINITE: Final = re.compile(r"(?i)the\s+[a-z][\w-]*$|the\s+[a-z][\w-]*\s+[a-z][\w-]*$")
# A nationality's title: "the Russian foreign minister", "the South Korean minister" (see role_holder's owner).
_NATIONAL_ROLE: Final = re.compile(r"(?:the|The)\s+(?:(?:North|South|East|West)\s+)?[A-Z][a-z]+(?:an|ese|ish|i|ch)\s+"
                                   r"(?:[a-z][\w-]*\s+)?[a-z][\w-]*$")


def _is_epithet(text: str) -> bool:
    """A definite description of one person that news uses for someone it named (see ``_Roster._epithet_of``)."""
    return _EPITHET.match(text) is not None and _bare(_tokens(text)[-1]) in lx.EPITHET_HEADS


# A definite description of one body, a few lower-case words (or a place's abbreviation or a nationality: "the U.S.
# retailer", "the German carmaker") and no qualifier after its head: "the group", "the terrorist group", "the company" (not "the company's board", "the groups", "the agency in Ohio", "the concern
# within the administration"). What an aside after it says ("the group, perhaps along with ...") is no part of it.
# A place's "-based" is a modifier too ("the Chicago-based company", "the Texas-based firm").
_DEFINITE_BODY: Final = re.compile(r"(?:the|The)\s+((?:(?:[a-z][\w-]*|(?:[A-Z]\.){2,3}|[A-Z][a-z]+(?:an|ese|ish|i)|"
                                   r"[A-Z][\w.]*-based)\s+){0,3}?)"
                                   r"([a-z][\w-]*)(?=\s*(?:,|\s—|\s–|$))")
# A place's abbreviation: "N.Y.", "D.C.", "U.S."
_PLACE_ABBREVIATION: Final = re.compile(r"(?:[A-Z]\.){2}")


@lru_cache(maxsize=4096)
def _definite_body_head(text: str) -> Optional[str]:
    """The head of a definite description of one body ("the group" -> "group"), or None: its head must be a body's
    noun of a kind (``lexicon.BODY_KINDS``), its modifiers no function words."""
    match = _DEFINITE_BODY.match(text.strip())
    if match is None or any(w in lx.PREPOSITIONS or w in lx.NOT_SOURCE_WORDS or w in lx.DETERMINERS
                            for w in match.group(1).split()):
        return None
    head = _bare(match.group(2))
    if head not in lx.BODY_KINDS and body_compound(head):
        head = head.rpartition("-")[2]  # "the smartphone-maker": a maker
    return head if head in lx.BODY_KINDS else None


_PUBLIC_HEADS: Final = frozenset(head for head, kind in lx.BODY_KINDS.items() if kind == "public")


def _body_kind(entry: "_Entry") -> tuple[Optional[str], frozenset[str]]:
    """The kind of body an entry names (``lexicon.BODY_KINDS``, or "place") and its own nouns: by its name's own noun
    ("Ministry of Defense", "Kataib Hezbollah", "UnitedHealth Group"), a one-word name the lexicon knows ("Pentagon",
    "CNN", "Cuba"; a public body's acronym the lexicon knows, "FBI", may be any public body's noun), or the head of its
    description ("SITE, a private company"). The kind is None when nothing says (another acronym, a brand)."""
    words = _organization_words(entry.name)
    description = entry.source.description if entry.source is not None else None
    own = frozenset(head for head, _qualified in (_role_heads(description) if description else ())) | frozenset(words[-1:]) \
        | entry.nouns
    if not words:
        return None, own
    if words[-1].endswith("s") and words[-1][:-1] in lx.BODY_KINDS:
        own |= {words[-1][:-1]}  # "American Airlines" is "the airline"
    name = entry.name.strip().split()[-1].lower()
    if name in lx.PLACE_NAMES or _PLACE_ABBREVIATION.fullmatch(entry.name.strip()) and name not in lx.ORGANIZATION_NAMES:
        return "place", own
    for noun in (words[-1], *sorted(own)):
        if noun in lx.BODY_KINDS:
            return lx.BODY_KINDS[noun], own
    if len(words) == 1 and name in lx.ORGANIZATION_NAMES:
        if name in lx.OUTLET_NAMES or name in lx.COMPANY_NAMES:
            return ("outlet" if name in lx.OUTLET_NAMES else "business"), own
        if is_acronym(entry.name.strip()):
            return "public", own | _PUBLIC_HEADS  # "the FBI" is "the bureau", "the agency": its noun is not written
        return "public", own
    return None, own


def _kin_described(entry: "_Entry") -> bool:
    """Whether an entry was introduced as a relative of someone named before ("His mother, Carol Brandt")."""
    description = entry.source.description if entry.source is not None else None
    words = [_bare(w) for w in _tokens(description or "")]
    # by a pronoun, so relative to someone named before, the story's subject ("His mother"); "the mother of Sean Smith"
    # may be the story's own speaker
    return len(words) >= 2 and words[0] in {"his", "her", "their"} and any(w in lx.KIN_NOUNS for w in words[1:3])


def _kinds_described(entry: "_Entry") -> set[str]:
    """The kinds of body the article's definite descriptions of an entry said it is ("the automaker" for Stellar Motors:
    a business), for a body whose name tells no kind."""
    if entry.source is None:
        return set()
    heads = (_definite_body_head(m.text) for m in entry.source.mentions if m.resolution == "role")
    return {lx.BODY_KINDS[h] for h in heads if h is not None}


def _body_fits(head: str, entry: "_Entry", shown: "frozenset[str] | set[str]" = frozenset()) -> bool:
    """Whether the body ``entry`` can be what "the <head>" stands for: one of that noun ("the group" for UnitedHealth
    Group), any body of the head's kind for a generic head ("the company" for a business, ``lexicon.GENERIC_BODY_HEADS``),
    a business's own noun for a business whose name says only that it is one ("the software maker" for Tavrik Software
    Corp.: ``lexicon.BUSINESS_FORM_NOUNS``), and any body whose kind nothing tells (a brand, an acronym) that the article
    cites as a source or ``shown`` holds (the article shows it a body: ``_named_bodies``). Never a place ("The United
    States", "N.Y."), a plural or another description."""
    if entry.kind != "organization" or entry.plural or _definite_body_head(entry.name) is not None:
        return False
    kind, own = _body_kind(entry)
    if kind == "place":
        return False
    if head in own:
        return True
    if kind is None:  # a body nothing tells the kind of, when the article cites it or shows it a body
        return entry.source is not None or entry.name in shown
    if kind == "business" and lx.BODY_KINDS.get(head) == "business" and own <= lx.BUSINESS_FORM_NOUNS:
        return True  # "the maker", "the retailer" for "Tavrik Software Corp.", which could be either
    return head in lx.GENERIC_BODY_HEADS and (kind == lx.BODY_KINDS[head] or kind in lx.BODY_KIND_ALSO.get(head, ()))


_BODY_NOUN_WORDS: Final = frozenset(lx.BODY_KINDS) | lx.ORGANIZATION_NOUNS
_BODY_NOUNS: Final = "|".join(sorted(re.escape(w) for w in _BODY_NOUN_WORDS if w.isalpha()))
_SUFFIXES_AFTER: Final = "|".join(sorted(re.escape(w.rstrip(".")) for w in lx.CORPORATE_SUFFIXES))
_POSSESSIONS: Final = "|".join(sorted(lx.BODY_POSSESSIONS)) + r"|chief\s+executive|board\s+of\s+directors"
_OUTLETS: Final = "|".join(sorted(lx.OUTLET_NOUNS))
# What may stand between a subject and its verb: "Norland has also lowered its forecast".
_AUXILIARIES: Final = "has|have|had|also|will|would|then|now|still|again|recently|already|again"
_CUE_VERBS: Final = r"(?:said|says|announced|announces|reported|reports|added|stated|noted|confirmed|denied|disclosed)"
# Words that end an apposition's head before a qualifier: "a member of parliament" is a member, not a parliament.
_APPOSITION_BREAKS: Final = "|".join(sorted(lx.PREPOSITIONS | {"to", "and", "or", "who"}))
# Words that open another noun phrase, which "its" after them may stand for instead of the speaker's "it".
_OTHER_REFERENTS: Final = "the|a|an|this|that|these|those|another|his|her|their|our|my|your"
# What the article may write right after a name that only a body's name takes (see _body_evidence), and right
# before it; each matched at one occurrence of the name.
_BODY_AFTER_NAME: Final = re.compile("|".join((
    rf"(?:\s+[A-Z][\w&'’-]*){{0,2}},?\s+(?i:{_SUFFIXES_AFTER})(?![\w-])",  # "Podesta Group Inc.", "Tavrik Software Corp."
    rf",\s+(?:a|an|the|[A-Z][\w-]*['’]s)\s+(?:(?!(?:{_APPOSITION_BREAKS})\s)[\w-]+\s+){{0,4}}?(?:{_BODY_NOUNS})"
    rf"(?=[,.;:]|\s+(?:that|which|based|of)\b|\s+(?:[A-Z][\w'’-]*|he|she|they|we)\s+(?:has|had|have|is|was|will|would)\s)",
    # "SITE, a private company"; "Roc Nation, the management firm Barkley has signed with"; "Papa John's Pizza, an
    # international chain of pizza restaurants"; "Suspilne, Ukraine's public broadcaster"
    r",\s+(?:based|headquartered)\s+in\s+[A-Z]|,\s+(?:founded|established)\s+in\s+\d{4}\b",
    # "Corvella, based in Cambridge, Massachusetts, said", "Harbor Mills, founded in 1902": only a body is based or
    # founded so (a person lives in a place, is born in a year)
    rf"\s+{_CUE_VERBS}\s+(?:in\s+an?\s+[a-z]+\s+)?on\s+its\s+(?:website|site|web\s+site|account|page|channel)\b",
    # "Roma said in a statement on its website", "Vlast said on its Telegram channel": "its" for the speaker
    rf"(?:\s+\w+){{0,2}}?\s+{_CUE_VERBS}(?:\s+that)?\s+its\b",  # "Nabisco said its"
    rf"(?:\s+(?:{_AUXILIARIES}))*\s+[a-z]+(?:ed|es|s)(?:\s+that)?\s+its\b",  # "Norland lowered its forecast"
    r"(?:\s+[A-Z][\w&'’-]*){0,2}\s*\((?i:ticker|nasdaq|nyse|amex|otc|lse|tsx|asx)(?:\s+\w+)?\s*:\s*[A-Z][A-Z.]{0,6}\)",
    # "(Nasdaq: BRWD)", "Brightwell Devices (NYSE:BRW)" for "Brightwell"
    r"\s+[A-Z]?\d{3}(?:-\d+)?s?(?![\w-])",  # a model's number: "Boeing 777s", "Airbus A320" (no year's four digits)
    rf"(?:\s+[^\s.!?;:\"“”]+){{0,8}}?\s+{_CUE_VERBS}(?:\s+that)?\s+it\s+(?:(?!(?:{_OTHER_REFERENTS})\s)"
    rf"[a-z\d][^\s.!?;:\"“”]*\s+){{1,8}}?its\b",
    # "Payless ... said it planned to close all of its stores": "it" for the speaker, and "its" with no other noun
    # phrase between that it could stand for ("said it was time for the council to do its job" names no body)
    r"\s+(?:and|or)\s+its\b",  # "Verizon and its workers"
    rf"(?:['’]s?)?\s+(?:(?:{_POSSESSIONS})|{_OUTLETS})\b",  # "Carrier workers", "Exxon's board", "Forbes magazine"
    r"(?:\s+[a-z]+)?\s+(?:news\s+agency|news\s+service|wire\s+service|newswire|broadcaster)\b",  # "Kyodo news agency"
    rf"['’]s?\s+\w+\s+(?:{_POSSESSIONS})\b",  # "Nabisco's former parent"
    r"['’]?s?\s+spokes(?:man|woman|person|people|men|women)\s+[A-Z]",
    # "Marlow spokesperson Ana Ruiz": a name never written as a person's, whose spokesperson the article names, is a
    # body's (a person with a spokesperson, "Trump spokeswoman Hope Hicks", is named so somewhere: _person_evidence)
)))
_BODY_BEFORE_NAME: Final = re.compile("|".join((
    rf"\b(?:{_BODY_NOUNS}|{_OUTLETS})\s+$",  # "the investment company Janney", "the website Mashable"
    r"\bspokes(?:man|woman|person|people|men|women)\s+(?:for|at|with)\s+$",  # "a spokeswoman for Janney", "at Abbott"
    r"\b(?:analysts?|economists?|executives?|employees?|researchers?|engineers?|strategists?)\s+at\s+$",
    r"\b(?i:shares|stock|stockholders|shareholders)\s+(?:of|in)\s+$",  # "shares of Brightwell Devices"
    r"\w-based\s+$",  # "Boston-based Harbor Online"
    r"\b[Ii]ts\s+(?:rival|rivals|peer|peers|competitor|competitors|subsidiary|unit|parent)\s+$",
    # "Its peer Neiman Marcus, which operates ...": what a body has as a peer or a unit is a body
)))
_WHICH_AFTER_NAME: Final = re.compile(r",\s+which\b")
# A sentence whose subject is a text's definite description: "The book, ..., is published", "The report was released".
_TEXT_SUBJECT_NOUNS: Final = "|".join(sorted(w for w in lx.DOCUMENT_NOUNS if w.isalpha() and not w.endswith("s")))
_TEXT_SUBJECT: Final = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))((?:The|This|That|Its|His|Her|Their)\s+"
                                  rf"(?:[a-z]+\s+)?(?:{_TEXT_SUBJECT_NOUNS}))(?=,|\s+(?:is|was|has|had|will|would|were)\b)")
_POSSESSIVE_AT: Final = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s?(?![\w'’])")
# A firm's name in running text: capitalised words ending in a word of its trade or its business form.
_FIRM_WORDS: Final = "|".join(sorted({w.capitalize() for w in lx.TRADE_NAME_WORDS} | {"Services", "Service", "Group"}
                                     | {w.rstrip(".").capitalize() for w in lx.CORPORATE_SUFFIXES}))
_FIRM_RUN: Final = re.compile(rf"(?:[A-Z][\w&'’.-]*\s+){{1,3}}(?:{_FIRM_WORDS})\b\.?")
# "Walmart said it would close stores. The retail giant said ...": the next sentence's subject is a business's
# definite description, the one body it can stand for the name before it (a business's noun, no suffix's).
_BUSINESS_HEADS: Final = "|".join(sorted(head for head, kind in lx.BODY_KINDS.items()
                                         if kind == "business" and f"{head}." not in lx.CORPORATE_SUFFIXES
                                         and head not in lx.CORPORATE_SUFFIXES))
# So is a business's description closing the name's own sentence as a second speaker: "JCPenney announced it would
# close six stores, the retailer confirmed."
# An outlet's, a club's or a team's noun does so too, with the verbs an outlet cites by: "Der Spiegel reported that ...
# The magazine cited party sources", "Roma said ... The club said".
_NAMED_NEXT_HEADS: Final = _BUSINESS_HEADS + "|newspaper|paper|magazine|broadcaster|agency|website|site|club|team"
_DESCRIBED_NEXT: Final = re.compile(
    rf"[^.!?\n]*[.!?][\"”’']?\s+[\"“]?The\s+(?:(?:[a-z-]+|[A-Z][\w.]*-based)\s+){{0,2}}(?P<next_head>{_NAMED_NEXT_HEADS})\s+"
    rf"(?:(?:{_AUXILIARIES})\s+)*(?:{_CUE_VERBS}|cited|quoted|wrote)\b"
    rf"|(?:\s+(?:{_AUXILIARIES}))*\s+{_CUE_VERBS}\s[^.!?\n\"“”]*?\bits?\b[^.!?\n\"“”]*,\s+the\s+(?:(?:[a-z-]+|[A-Z][\w.]*-based)\s+){{0,2}}"
    rf"(?:{_BUSINESS_HEADS})\s+(?:(?:{_AUXILIARIES})\s+)*{_CUE_VERBS}[.!?]")
_TRAILING_DAY: Final = re.compile(r"\s+(?:today|yesterday|tonight|(?:on\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday"
                                   r"|Friday|Saturday|Sunday))$")
_TICKER_AFTER: Final = re.compile(r"\s*\((?i:ticker|nasdaq|nyse|amex|otc|lse|tsx|asx)(?:\s+\w+)?\s*:\s*[A-Z][A-Z.]{0,6}\)$")
_CLAUSE_START_BEFORE: Final = re.compile(r"(?:^|\n|[a-z]{2}[.!?;]\s+|\band\s+|\bbut\s+)$")
_WHO_AFTER_NAME: Final = re.compile(r",\s+(?:who|whose)\b")
_CAPITALISED_BEFORE: Final = re.compile(r"(?:(^|[.!?:\"“”'‘’(])\s*|(\S)\s+)(?<![\w.'’-])([A-Z][\w'’-]*\.?)\s+$")


def _occurrences(name: str, text: str):  # type: ignore[no-untyped-def]
    """Where a name stands as itself in a text: not inside a longer word ("Carrier" in "Carriers", "Intel" in
    "Intelligence"); a possessive after it is allowed ("Exxon's")."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if before == "-" and text[at - 2:at - 1] in ("-", " ", ""):
            before = " "  # a dash glued to the name: "(Wire) --Tavrik Inc. shares fell"
        if not (before.isalnum() or before in "'’.-") and not (after.isalnum() or after == "-"):
            yield at, end
        at = text.find(name, end)


def _body_evidence(name: str, text: str) -> bool:
    """Whether the article shows a name the engine typed a person's to be a body's: a company's suffix after it ("Podesta
    Group Inc.", "Janney Montgomery Scott LLC"), a body's noun before it or in apposition ("the investment company
    Janney", "Norton, the publisher", "SITE, a private company"), "its" for it ("Nabisco said its ...", "Nabisco and its
    rivals"), "which" for it as a clause's subject ("Norton, which declined to comment"), what only a body has ("Exxon's
    chief executive", "Carrier workers"), a spokesperson or a worker at it ("a spokeswoman for Janney", "an analyst
    at Centerview"), or a business's definite description as the next sentence's speaker ("Walmart said it would close
    stores. The retail giant said ...")."""
    for at, end in _occurrences(name, text):
        before = text[max(0, at - 40):at]
        if _BODY_AFTER_NAME.match(text, end) or _BODY_BEFORE_NAME.search(before) or _WHICH_AFTER_NAME.match(
                text, end) and (at == 0 or _CLAUSE_START_BEFORE.search(before)) or _DESCRIBED_NEXT.match(text, end):
            return True
    return False


def _person_evidence(name: str, text: str) -> bool:
    """Whether the article writes the name as a person's somewhere: after a given name, an initial or a title ("Tony
    Podesta", "Mr. Norton", "Sen. Gore"), after a capitalised word inside a sentence ("Vice President Al Gore";
    ``_names_before``: not "Besides Centerview" opening one), or with "who" ("Groberg, who")."""
    for at, end in _occurrences(name, text):
        if _WHO_AFTER_NAME.match(text, end):
            return True
        found = _CAPITALISED_BEFORE.search(text[max(0, at - 40):at])
        if found is None:
            continue
        before = found.group(3)
        bare = _bare(before)
        if bare.endswith("-based"):
            continue  # "Ohio-based Marrowby Freight": a place's word before a body's name
        if bare in lx.FIRST_NAMES or bare in _TITLES or len(bare) == 1 or (
                found.group(2) is not None and (found.group(2).isalnum() or found.group(2) == ",")) \
                and _names_before(before):
            return True
    return False


def _named_bodies(paragraphs: list[Paragraph]) -> frozenset[str]:
    """The names of people's sources that are bodies: a capitalised name with no given name, title or initial
    anywhere in the article ("Nabisco", "Exxon Mobil", "Janney"), of which the article says what only a body is or has
    (``_body_evidence``). A brand's or a firm's name without "Inc." looks like a surname to the engine; the article tells
    which it is. Decided once per article: every mention, the pronouns and "the company" after it follow."""
    names = set()
    described = set()  # the names a source's phrase gives a description ("strategist Al Cardenas"): people's
    for p in paragraphs:
        for a in p.attributions:
            if a.source_type == "named_person":
                name, description = _person_named(a)
                name = name.strip()
                if description:
                    described.add(name)
                words = _tokens(name)
                if 1 <= len(words) <= 4 and all(w[0].isupper() for w in words) and not any(
                        _bare(w) in _TITLES or _bare(w) in lx.GENDERED_WORDS or len(_bare(w)) == 1 for w in words) \
                        and (_bare(words[0]) not in lx.FIRST_NAMES or name == " & ".join(words)) \
                        and pronoun_of(name) is None and name in (" ".join(words), " & ".join(words)):
                    names.add(name)
    if not names:
        return frozenset()
    text = "\n".join(p.text for p in paragraphs)
    # "Nimbus said" after "Nimbus Data, a cloud storage company, said": a cited firm by its name without its trade's
    # words (lexicon.TRADE_NAME_WORDS), as _same_body joins them
    firms = {words[0] for words in (_tokens(split_name_description(a.source, person=False)[0]) for p in paragraphs
                                    for a in p.attributions if a.source_type == "organization")
             if len(words) >= 2 and words[0][:1].isupper() and all(_bare(w) in lx.TRADE_NAME_WORDS for w in words[1:])}
    return frozenset(n for n in names if (_body_evidence(n, text) or _firm_shape(n) or n in firms
                                          or n not in described and _article_led(n, text))
                     and not _person_evidence(n, text) or _team_plural(n, text))


_ARTICLE_LED: Final = re.compile(r"(?:Al|El|Der|Die|Das|Le|La|Les|Il|Lo)[ -]([A-Z][a-z]+)")


def _article_led(name: str, text: str) -> bool:
    """'Al Jazeera', 'Al Arabiya', 'El Universal', 'Der Spiegel', 'Le Parisien', 'La Stampa': the Arabic, Spanish,
    German, French or Italian article before one capitalised word names a body, an outlet or a group, when the
    article never writes that word alone; "Al Gore", "Al Franken" are named by their surname after the first mention
    (and "Vice President Al Gore" is a person's form, _person_evidence). Not before a given name ("Le Minh", "La
    Toya": a family name or a given name's first part)."""
    match = _ARTICLE_LED.fullmatch(name)
    if match is None:
        return False
    word = match.group(1)
    article = name[:len(name) - len(word) - 1]
    if article not in ("Al", "El") and word.lower() in lx.FIRST_NAMES:
        return False
    return all(re.search(rf"(?i:\b{article})[ -]$", text[max(0, at - len(article) - 1):at])
               for at, _ in _occurrences(word, text))


_FIRM_AMPERSAND: Final = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*&\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
# A capitalised word right after a name, which may be its second part ("Xi Jinping": the family name first).
_CAPITALISED_AFTER: Final = re.compile(r"\s+[A-Z][a-z]")


def _named_next(bodies: frozenset[str], paragraphs: list[Paragraph]) -> dict[str, frozenset[str]]:
    """The nouns the next sentence's subject calls a body by, for the bodies _named_bodies found ("Roma said ... The
    club said": a club): its kind, so that only a description of that kind stands for it ("the Italian football
    federation" is not Roma)."""
    text = "\n".join(p.text for p in paragraphs)
    found: dict[str, frozenset[str]] = {}
    for name in bodies:
        heads = set()
        for _at, end in _occurrences(name, text):
            match = _DESCRIBED_NEXT.match(text, end)
            if match is not None and match.group("next_head"):
                heads.add(match.group("next_head"))
        if heads:
            found[name] = frozenset(heads)
    return found


def _firm_shape(name: str) -> bool:
    """'Stop & Shop', 'Johnson & Johnson', 'Procter & Gamble': capitalised words joined by an ampersand name a firm,
    never one person (a person's name takes no '&')."""
    return _FIRM_AMPERSAND.fullmatch(name) is not None


def _never_a_persons_form(name: str, text: str) -> bool:
    """Whether a one-word name the engine typed a person's is never written as a person's: news introduces a person by
    a given name or a title before it names them by the surname alone, so a bare word ("Walmart said", "Boeing told
    reporters") that no given name, title, honorific, initial or capitalised word ever precedes (``_person_evidence``,
    checked by the caller) and no capitalised word follows ("Xi Jinping") is a body's name, a brand's or a firm's.
    A word the census gives as a given name is left out by the caller ("Sarah said": a person the text names so)."""
    if " " in name or not name.isalpha() or name.isupper() or not name[1:].islower():
        return False  # one plain capitalised word; an acronym's reading is the engine's
    bare = name.lower()
    if bare in lx.NOT_NAMES or bare in lx.NOT_SOURCE_WORDS or bare in lx.PERSON_NOUNS or bare in lx.CALENDAR_WORDS:
        return False
    return not any(_CAPITALISED_AFTER.match(text, end) for _, end in _occurrences(name, text))


def _team_plural(name: str, text: str) -> bool:
    """'The Tigers said': a capitalised plural after "The" is a team, a band or a body by its members' name, unless the
    article names a person by its singular ("the Clintons" after "Hillary Clinton": a family, people)."""
    match = re.fullmatch(r"The ([A-Z][a-z]+)s", name)
    if match is None or match.group(1).lower() in lx.NOT_NAMES:
        return False
    singular = match.group(1)
    return re.search(rf"\b[A-Z][\w.'’-]*\s+{singular}\b(?!s)", text) is None


_WEEKDAY_AFTER_GIVEN: Final = re.compile(r"\b([A-Z][a-z]+)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _weekday_surnames(text: str) -> frozenset[str]:
    """The weekdays the article writes as a person's surname, after a given name ("coach Jeff Saturday"): then a
    source "Saturday" ("Saturday responded") is that person, not a date."""
    return frozenset(m.group(2) for m in _WEEKDAY_AFTER_GIVEN.finditer(text) if m.group(1).lower() in lx.FIRST_NAMES)


def _date_before_name(word: str, text: str, at: int) -> bool:
    """Whether a calendar word opening a capitalised run is a date before a name, not a given name: a weekday, or
    a month ("June", "April" are given names too) after a preposition, a determiner or a word of time ("in June
    Trump", "a June Trump rally", "last August Jo Diaz"), as ``phrases`` reads a source's phrase."""
    bare = _bare(word)
    if bare not in lx.CALENDAR_NAMES:
        return False
    if bare in lx.DAY_WORDS:
        return True
    before = _PREVIOUS_WORD.search(text, max(0, at - 24), at)
    lower = before.group(1).lower() if before else ""
    return lower in lx.PREPOSITIONS or lower in lx.TIME_LEADS or lower in lx.DATE_LEADS or lower in lx.DETERMINERS


def interview_answer(attribution: Attribution) -> bool:
    """Whether an attribution is an interview's answer, its source the turn's label ("A. ...", "Answer: ...": the
    engines' reading, engines.rules.attributions._shapes.interview_turns): the one interviewed speaks."""
    return turns.is_answer_label(attribution.source, attribution.cue)


def _paragraphs_to_read(paragraphs: list[Paragraph]) -> tuple[set[int], set[int]]:
    """The paragraphs whose running text the roster reads (see ``_Roster._people_in_text``), and those it reads for
    the bodies they name only: within reach of a definite description of a body ("the group"), which only a body
    can be (so reading them for it changes no person's entry and no pronoun's chain)."""
    cited = [(p.index, a) for p in paragraphs for a in p.attributions]
    roles = [index for index, a in cited if a.source_type in ("named_person", "anonymous")
             and (_SHORT_DEFINITE.match(a.source) or _NATIONAL_ROLE.match(a.source) or _title_alone(a.source.strip()))]
    read = set(range(1, max(roles) + 1)) if roles else set()
    answers = [index for index, a in cited if interview_answer(a)]
    if answers:
        read |= set(range(1, min(answers)))  # the introduction before the first answer names the one interviewed
    read |= {q for index, a in cited if pronoun_of(a.source) is not None
             or _POSSESSOR_SPOKESPERSON.match(a.source.strip()) is not None  # "his spokesman": whose?
             or _is_epithet(a.source.strip())  # "the Florida senator": who?
             for q in range(index - _PRONOUN_REACH - 1, index + 1)}
    bodies = {q for index, a in cited if a.source_type == "organization" and _definite_body_head(a.source) is not None
              for q in range(index - _PRONOUN_REACH, index + 1)}  # "the group": which body?
    return read, bodies - read


# A generational suffix after one capitalised word that no other name word precedes: the short form "Trump Jr."
# (a surname) or "Don Jr." (a given name); and a full form "Donald Trump Jr." (given names, surname, suffix).
_SUFFIX_WORDS: Final = r"(?:Jr|Sr|II|III|IV)\b\.?"
_SHORT_SUFFIXED: Final = re.compile(rf"(?:(\S+)\s+)?\b([A-Z][a-z][\w’'-]*),?\s+{_SUFFIX_WORDS}")
_FULL_SUFFIXED: Final = re.compile(rf"\b([A-Z][a-z][\w’'-]*)\s+(?:[A-Z]\.\s+)?([A-Z][a-z][\w’'-]*),?\s+{_SUFFIX_WORDS}")
# Both patterns above end in a suffix word: an article with none (most) is settled by this one cheap search, where
# their leading optional groups would be tried at every position of the text.
_ANY_SUFFIX: Final = re.compile(rf"\s{_SUFFIX_WORDS}")


def _has_suffix(name: str) -> bool:
    return any(_bare(w) in lx.NAME_SUFFIXES for w in _tokens(name)[1:])


def _no_name_word(word: Optional[str]) -> bool:
    """Whether the word before a capitalised one is no part of its name: none, a lower-case word, or a sentence's
    end ("Russians.", not an initial "R." or a title "Gen.")."""
    if word is None or not word[:1].isupper() or word[-1:] in "!?:;\"”":
        return True
    return word.endswith(".") and len(word) > 3 and _bare(word) not in _TITLES and "." not in word[:-1]


def _suffix_kept(text: str) -> frozenset[str]:
    """The surnames of suffixed people the article tells apart from a namesake by the suffix: it keeps the suffix in a
    short form ("Trump Jr. said", "his son Don Jr.", after "Donald Trump Jr."), as a writer does for a son named after
    his father. A person written with and without "III" alone ("John Hale III ... Hale said") is one person; only a
    short form that keeps the suffix says two share the name, and the forms without it ("Mr. Trump", "President
    Trump") are then the other. One decision per article (``_Roster._person``)."""
    if not _ANY_SUFFIX.search(text):
        return frozenset()
    short = {_bare(m.group(2)) for m in _SHORT_SUFFIXED.finditer(text) if _no_name_word(m.group(1))}
    if not short:
        return frozenset()
    kept = set()
    for m in _FULL_SUFFIXED.finditer(text):
        given, surname = _bare(m.group(1)), _bare(m.group(2))
        if surname in short or given in short or any(forms_of_one_name(given, w) for w in short):
            kept.add(surname)
    return frozenset(kept | {w for w in short if w not in lx.FIRST_NAMES})


@dataclass(eq=False)  # an entry is itself: two with equal fields are still two sources
class _Entry:
    kind: str
    name: str
    source: Optional[Source] = None  # None while the article mentions the person but cites them nowhere
    surname: str = ""
    given: tuple[str, ...] = ()
    key: str = ""
    gender: Optional[str] = None
    titled_gender: Optional[str] = None  # from an honorific or gendered title the name was written with
    plural: bool = False
    roles: set[tuple[str, bool]] = field(default_factory=set)  # (head noun, qualified): see _role
    qualifiers: set[str] = field(default_factory=set)  # capitalised words before a title in the text: "Texas" Sen.
    last_seen: int = 0
    given_alone: bool = False  # the article calls the person by the given name alone too ("Rose" for Rose McLean)
    suffixed: bool = False  # the name was written with a generational suffix ("Jr.", "III"): see _suffix_kept
    nouns: frozenset[str] = frozenset()  # a body's nouns the article calls it by ("The club" for Roma): _named_next


@dataclass(eq=False)
class _Event:
    """Someone or something mentioned at a place in the article (for pronouns)."""

    position: tuple[int, int]  # (paragraph, character offset)
    sentence: tuple[int, int]  # (paragraph, sentence number)
    entry: _Entry
    in_quote: bool
    relayed: bool = False  # a source whose words another passes on ("X quoted Y as saying"): in the background


_position = attrgetter("position")  # the key events are kept sorted by


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


class _Layout:
    """Sentences and quotations of each paragraph, to place a mention."""

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self.starts: dict[int, list[int]] = {}
        self.quotes: dict[int, list[tuple[int, int]]] = {}  # found when a paragraph is first asked about
        self.texts: dict[int, str] = {p.index: p.text for p in paragraphs}
        for p in paragraphs:
            spans = list(p.sentences) or split_sentences(p.text)
            self.starts[p.index] = [start for start, _ in spans]

    def sentence(self, paragraph: int, offset: int) -> tuple[int, int]:
        starts = self.starts.get(paragraph) or [0]
        return paragraph, max(0, bisect_right(starts, offset) - 1)

    def in_quote(self, paragraph: int, offset: int) -> bool:
        quotes = self.quotes.get(paragraph)
        if quotes is None:
            text = self.texts.get(paragraph, "")
            quotes = self.quotes[paragraph] = [(a, b) for a, b in take_quotations(text) if b > a]
        # The quotations are in order and never overlap (one is open at a time), so only the last one that
        # opens before the offset can hold it.
        at = bisect_left(quotes, (offset,)) - 1
        return at >= 0 and offset < quotes[at][1]


class _Roster:
    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self.entries: list[_Entry] = []
        self.events: list[_Event] = []
        self.layout = _Layout(paragraphs)
        self.source_starts = {(p.index, a.source_span[0]) for p in paragraphs for a in p.attributions}
        self._order = 0
        self._ids = itertools.count(1)
        self._by_surname: dict[str, list[_Entry]] = {}
        self._placed: set[tuple[int, int, int]] = set()  # (entry, paragraph, offset) already an event
        self._interviewed: Optional[tuple[Optional[_Entry], bool]] = None  # see _interviewee
        self._bodies: dict[tuple[str, str], _Entry] = {}  # (kind, name as written) -> its entry
        # the names the engine typed people that the article shows to be bodies ("Nabisco said its ..."): one decision
        # per article, carried to every mention (see _named_bodies)
        self.named_bodies = _named_bodies(paragraphs)
        self.shown_bodies: set[str] = set(self.named_bodies)  # and the bodies the running text shows ("X-based Y")
        self.named_next = _named_next(self.named_bodies, paragraphs)
        # the names of the bodies the article cites, without their business form ("Kohl's Corp." -> ("kohl",)): the
        # running text may name them so ("Short interest in Kohl's")
        self.cited_bodies = {_without_form(_organization_words(a.source)) for p in paragraphs for a in p.attributions
                             if a.source_type == "organization" and _organization_words(a.source)
                             and a.source[:1].isupper() and _definite_body_head(a.source) is None}
        # the surnames of a suffixed person the article tells apart by the suffix ("Trump Jr." beside "Mr. Trump")
        self.suffix_kept = _suffix_kept("\n".join(p.text for p in paragraphs))
        self.weekday_surnames = _weekday_surnames("\n".join(p.text for p in paragraphs))
        self._people_in_text(paragraphs)

    # -- entries ---------------------------------------------------------------

    def _source_for(self, entry: _Entry, attribution: Optional[Attribution], description: Optional[str]) -> Source:
        if entry.source is None:
            # built from the roster's own values, already of their fields' types, without re-validation
            # (schema.construct; tests/test_roster_models.py holds it to model_validate's reading)
            entry.source = construct(Source, {
                "id": source_id(next(self._ids)),
                "name": entry.name,
                "type": entry.kind,
                "description": description,
                "anonymous": attribution.anonymous.model_copy() if attribution and attribution.anonymous else None,
                # a person reached through a spokesperson is that person, no spokesperson (see _person_named)
                "spokesperson_for": attribution.spokesperson_for if attribution and entry.kind == "organization"
                else None,
            })
        return entry.source

    def _new(self, kind: str, name: str, **key: object) -> _Entry:
        entry = _Entry(kind=kind, name=name, **key)  # type: ignore[arg-type]
        if kind == "organization" and name in self.named_next:
            entry.nouns = self.named_next[name]
        self.entries.append(entry)
        if kind == "named_person":
            self._by_surname.setdefault(entry.surname, []).append(entry)
        return entry

    def _namesake(self, surname: str, relative: _Entry) -> Optional[str]:
        """The one other person of a surname the article names with a given name ("Tyler Brandt" beside "His mother,
        Carol Brandt"), or None."""
        found = set()
        for text in self.layout.texts.values():
            for match in re.finditer(rf"\b([A-Z][a-z]+)\s+((?i:{re.escape(surname)}))\b", text):
                given = match.group(1)
                if given.lower() in lx.FIRST_NAMES and given.lower() not in {g.lower() for g in relative.given}:
                    found.add(f"{given} {match.group(2)}")
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def _name_alone(name: str) -> bool:
        """One plain capitalised word, no title or honorific: a given name as the article writes one alone."""
        return re.fullmatch(r"[A-Z][a-z]+", name) is not None

    def _person(self, name: str, context: str = "") -> _Entry:
        """The person entry for a name, joined to an earlier one with the same surname and compatible given names."""
        if "'" in name or "’" in name:  # (the pattern needs one)
            name = _POSSESSIVE_END.sub("", name)  # "E. J. Fleming's": the name without its possessive
        surname, given = _person_key(name)
        gender = _gender_of(f"{context} {name}", given)
        # "the younger Mr. Trump" is the suffixed one where the article tells the two apart
        suffixed = _has_suffix(name) or surname in self.suffix_kept and "younger" in context.lower().split()
        matches = [e for e in self._by_surname.get(surname, ()) if _given_names_compatible(e.given, given)
                   and (surname not in self.suffix_kept or e.suffixed == suffixed)]
        if not matches and not given and _has_suffix(name):
            # "Don Jr." after "Donald Trump Jr.": a given name with the suffix is the suffixed person of that name
            matches = [e for e in self.entries if e.kind == "named_person" and e.suffixed and e.given
                       and (e.given[0] == surname or forms_of_one_name(e.given[0], surname))]
        if not matches and not given:
            # "Li" after "Li Jifeng": a family name written first, as in Chinese and Korean names; and "Rose told
            # WSVN" after "the victim's wife, Rose McLean": a given name alone, as news names one of a family that
            # shares a surname, is the one person the article gave that given name (with several, none)
            matches = [e for e in self.entries if e.kind == "named_person" and e.given and e.given[0] == surname]
            if surname in lx.FIRST_NAMES:
                if len(matches) != 1 or not self._name_alone(name):
                    matches = []
                else:
                    # the surname alone goes on meaning the one the story calls so ("Ebeling said" is Betsy
                    # Ebeling, not "Tom", her husband by his given name)
                    matches[0].given_alone = True
        titled = _gender_of(name, ())  # an honorific or gendered title in the name itself: "Ms. Lind"
        if titled:
            # "Mr. Lind" and "Ms. Lind" are two people: honorifics say so surely. (A given name's usual gender,
            # or a word in the description, only prefers one of several: "Sen. Lindsey Graham" is "Mr. Graham".)
            matches = [e for e in matches if not (e.titled_gender and e.titled_gender != titled)]
        if len(matches) == 1 and not given and _kin_described(matches[0]):
            # "Brandt" after "Tyler Brandt ... His mother, Carol Brandt": the relative keeps her full name, the bare
            # surname is the other person of that surname the text names
            other = self._namesake(surname, matches[0])
            if other is not None:
                return self._person(other)
        if matches:
            # of several, "Mrs. Lind" is rather Hillary Lind than Bill Lind
            # ("Brandt" after "Tyler Brandt ... His mother, Carol Brandt": news names a relative by the full name,
            # so a bare surname is the one no kin word introduced)
            entry = matches[0] if len(matches) == 1 else max(
                matches, key=lambda e: (not (gender and e.gender and gender != e.gender),
                                        bool(e.given) and e.given[0] == (given[0] if given else None),
                                        bool(given) or not e.given_alone, bool(given) or not _kin_described(e),
                                        e.last_seen))
            longer = len(_name_tokens(name)), len(name)
            # the fullest form names the entry, unless it is a phrase around the name ("Lee Is Over Ana Ruiz")
            if longer > (len(_name_tokens(entry.name)), len(entry.name)) and not any(
                    w.lower() in lx.SUBJECT_STOPS for w in _tokens(name)):
                entry.name, entry.given = name, given
                if entry.source is not None:
                    entry.source.name = name
            entry.gender = entry.gender or gender
            entry.titled_gender = entry.titled_gender or titled
            return entry
        return self._new("named_person", name, surname=surname, given=given, gender=gender, titled_gender=titled,
                         suffixed=suffixed)

    # -- people the text mentions (for pronouns and roles) ---------------------

    def _people_in_text(self, paragraphs: list[Paragraph]) -> None:
        """Every capitalised run that names a person or a body, as an event; titles before a name become its roles.

        Only the paragraphs where the text can matter are read: those within reach of a pronoun source (one
        paragraph more, for a chain of pronouns), and every paragraph up to a cited short definite description
        ("the president", "the third witness"), which may stand for a title given anywhere before it."""
        pending: list[tuple[int, int, str]] = []  # single capitalised words: surnames, maybe
        self.read, bodies_only = _paragraphs_to_read(paragraphs)
        for p in paragraphs:
            people = p.index in self.read
            if not people and p.index not in bodies_only:
                continue
            text = p.text
            opening = dateline_end(text)  # "WASHINGTON (AP) —" names nobody, as the engine reads no source in it
            if people:
                # "The book, "Blind Spot," is published on Tuesday. It describes ...": a text the running text makes a
                # sentence's subject is what "it" after it stands for, though no source (not the FBI of "ex-FBI")
                for subject in _TEXT_SUBJECT.finditer(text, opening):
                    if not self.layout.in_quote(p.index, subject.start()):
                        phrase = subject.group(1)
                        entry = self._latest(lambda e, key=document_key(phrase): e.kind == "document" and e.key == key) \
                            or self._new("document", phrase, key=document_key(phrase))
                        self._event(p.index, subject.start(1), entry)
            for match in _capital_runs(text):
                run, at = match.group(), match.start()
                if at < opening:
                    continue
                space = run.find(" ")
                if space > 0 and _date_before_name(run[:space], text, at):
                    run, at = run[space + 1:], at + space + 1  # "a June Trump rally", "last August Jo Diaz"
                if " " not in run and (run.lower() in _SKIP_WORDS):
                    continue  # "The", "But", "He": the commonest runs name nobody
                context = ""
                if at > 1 and text[at - 1] == " ":
                    # the word before the run: a title or role word there introduces a name ("official Tom Hale")
                    context = text[text.rfind(" ", 0, at - 1) + 1:at - 1]
                    if context not in _NAME_CONTEXT_WORDS:
                        context = ""
                last = run[run.rfind(" ") + 1:]
                next_word = ""
                if is_acronym(last) or last.lower() in _BODY_NAME_WORDS or " " not in run:
                    following = _NEXT_WORD.match(text, match.end())
                    next_word = following.group(1) if following else ""
                if not context and run.isalpha():
                    # one plain word: a body by its name or an acronym, else perhaps a surname
                    lower = run.lower()
                    if lower in lx.DEGREE_SUFFIXES and text[:at].rstrip().endswith(",") or lower in lx.PERSON_NOUNS:
                        continue  # "Mike Jennings, MD, VP of the group": his degree and his title, no body
                    if lower in _BODY_NAME_WORDS or is_acronym(run):
                        if next_word not in _MODIFIED_NOUNS and not (
                                lower in lx.ORGANIZATION_NAMES and _PLACE_LIST_BEFORE.search(text, 0, at)):
                            entry = self._organization(run) or self._new("organization", run, key=lower)
                            self._event(p.index, at, entry)
                    elif run in self.named_bodies or (lower,) in self.cited_bodies:
                        self._event(p.index, at, self._organization(run) or self._new("organization", run, key=lower))
                    elif people and lower not in lx.NOT_SOURCE_WORDS and next_word not in _KIN_GROUP_NOUNS:
                        # (not "the Pott family": the family, not the person of that surname a pronoun may be)
                        pending.append((p.index, at, run))
                    continue
                read = _read_run(run, text[match.end():match.end() + 1], context, next_word, self.named_bodies)
                if not read and people and not context and _plain_name(run) and _role_in_apposition(text, match.end()):
                    # "Sunu Widyatmoko, CEO of AirAsia Indonesia": a given name the census lacks, but a person's role
                    # in apposition makes the run a person's name
                    read = (("person", 0, run, "", frozenset()),)
                for found in read:
                    kind, offset, name = found[0], found[1], found[2]
                    if kind == "person" and name in self.named_bodies:
                        kind = "body"  # "Exxon Mobil", a company by the article's word
                    elif kind == "word" and _without_form(_organization_words(name)) in self.cited_bodies:
                        kind = "body"  # "Short interest in Kohl's" after "Kohl's Corp. said": the cited body
                    if not people and kind != "body":
                        continue  # read for its bodies only
                    if kind == "person":
                        entry = self._person(name, found[3])
                        entry.roles.update(found[4])
                        national = _NATIONAL_APPOSITION.match(text, at + offset + len(name))
                        if national is not None and offset + len(name) == len(run):
                            # "Park Jin, the South Korean minister of foreign affairs, met ...": a nationality's title
                            # in apposition, which "The South Korean minister" may stand for later
                            entry.roles.add((national.group("head"), national.group("rest") is not None))
                            entry.qualifiers.update(national.group("nation").split())
                        counterpart = _COUNTERPART_BEFORE.search(text[max(0, at + offset - 40):at + offset])
                        if counterpart is not None and offset == 0:
                            # "Park Jin, the South Korean minister, met his Japanese counterpart Yoshimasa Hayashi":
                            # the counterpart holds the role of the person named last before, with that nationality
                            holder = next((e.entry for e in reversed(self.events) if e.position[0] == p.index
                                           and e.entry is not entry and e.entry.kind == "named_person"
                                           and e.entry.roles), None)
                            if holder is not None:
                                entry.roles.update(holder.roles)
                                entry.qualifiers.update(counterpart.group("nation").split())
                        entry.qualifiers.update(w for w in _tokens(found[3]) if w[0].isupper() and _bare(w) not in _TITLES)
                        self._event(p.index, at + offset, entry)
                    elif kind == "body":
                        if len(found) > 3:
                            self.shown_bodies.add(name)
                        if offset + len(name) == len(run):
                            name = _with_its_of(name, text, match.end())
                        entry = self._organization(name) or self._new("organization", name,
                                                                      key=_normalise_phrase(name))
                        self._event(p.index, at + offset, entry)
                    else:
                        pending.append((p.index, at + offset, name))
        for p in paragraphs:
            for attribution in p.attributions:
                if attribution.source_type == "named_person" and _person_named(attribution)[0] not in self.named_bodies:
                    for mention, span in _conjoined_people(attribution, self) or [(attribution, attribution.source_span)]:
                        name, description = _person_named(mention)
                        if _person_key(name)[0] and _is_source_name(name):
                            self._event(p.index, span[0], self._person(name, description or ""))
        surnames = {e.surname: e for e in self.entries if e.kind == "named_person"}
        for paragraph, start, word in pending:
            known = surnames.get(_bare(word))
            if known is not None:
                self._event(paragraph, start, known)
        self.events.sort(key=_position)
        # pronouns in running text ("He was arrested in April."): resolved as they come, they carry
        # the chain of reference to the next pronoun source
        self.text_pronouns: dict[int, list[tuple[int, str]]] = {}
        for p in paragraphs:
            if p.index not in self.read:
                continue
            sources = {a.source_span[0] for a in p.attributions}
            pronouns = [(m.start(), m.group().lower()) for m in _TEXT_PRONOUN.finditer(p.text)
                        if m.start() not in sources and not self.layout.in_quote(p.index, m.start())]
            if pronouns:
                self.text_pronouns[p.index] = pronouns

    def _possessor_at(self, event: _Event) -> bool:
        """Whether an event's entry is named there in the possessive ("Brandt's public defender"): not a pronoun's
        contraction ("He's"), and the entry's own name (not the person a phrase opening so names: "Brandt's public
        defender, Lisa Kim" is Kim's mention too, at the same place)."""
        found = _POSSESSIVE_AT.match(self.layout.texts.get(event.position[0], ""), event.position[1])
        if found is None or _tokens(found.group())[0].lower() in lx.PRONOUNS:
            return False
        last = (_tokens(event.entry.name) or [""])[-1]
        return bool(last) and last in found.group()

    def follow_pronoun(self, paragraph: int, offset: int, pronoun: str) -> None:
        """A pronoun of the running text: it becomes a mention of its referent, for the pronouns after it."""
        entry, _certain = self._resolve_pronoun(pronoun, "person", paragraph, offset)
        if entry is not None:
            self._insert_event(_Event((paragraph, offset), self.layout.sentence(paragraph, offset), entry, False))

    def _insert_event(self, event: _Event) -> None:
        """Add an event in article order, after any at the same place: the events are kept sorted (attributions
        and pronouns arrive in order, text events are all known), so the place is found by bisection."""
        self.events.insert(bisect_right(self.events, event.position, key=_position), event)

    def _organization(self, name: str, kind: str = "organization") -> Optional[_Entry]:
        """The earlier entry of an institution with this name, in full, in part or as an acronym."""
        known = self._bodies.get((kind, name))
        if known is not None and known.kind == kind:
            return known
        for entry in reversed(self.entries):
            if entry.kind == kind and _same_body(name, entry.name):
                self._bodies[(kind, name)] = entry
                return entry
        return None

    def _event(self, paragraph: int, offset: int, entry: _Entry) -> None:
        self._placed.add((id(entry), paragraph, offset))
        self.events.append(_Event((paragraph, offset), self.layout.sentence(paragraph, offset), entry,
                                  self.layout.in_quote(paragraph, offset)))

    # -- placing a mention -------------------------------------------------------

    def place(self, attribution: Attribution, paragraph: int, span: tuple[int, int], relayed: bool = False) -> tuple[
            Optional[_Entry], str, bool]:
        """The entry this mention belongs to (None when it stays unresolved), how it was joined, and how surely.
        ``relayed``: the mention is of a source whose words another source passes on."""
        self._order += 1
        found = self._place(attribution, paragraph, span)
        entry = found[0]
        if entry is not None:
            entry.last_seen = self._order
            if (id(entry), paragraph, span[0]) not in self._placed:
                self._placed.add((id(entry), paragraph, span[0]))
                self._insert_event(_Event((paragraph, span[0]), self.layout.sentence(paragraph, span[0]), entry,
                                          self.layout.in_quote(paragraph, span[0]), relayed))
        return found

    def _place(self, attribution: Attribution, paragraph: int, span: tuple[int, int]) -> tuple[
            Optional[_Entry], str, bool]:
        text = attribution.source.strip()
        if interview_answer(attribution):
            entry, certain = self._interviewee(paragraph)
            return entry, "role", certain
        pronoun = pronoun_of(text)
        if pronoun is not None:
            entry, certain = self._resolve_pronoun(pronoun, _PRONOUNS[pronoun], paragraph, span[0])
            return entry, "pronoun", certain
        principal = self._possessor_spoken_for(text, paragraph, span[0])
        if principal is not None:
            entry, certain = principal
            attribution.spokesperson_for = entry.name
            return entry, "role", certain  # "his spokesman": the person "his" stands for, through a spokesperson
        kind_of = attribution.source_type
        if kind_of == "named_person" and self.named_bodies and _person_named(attribution)[0] in self.named_bodies:
            # "Nabisco", "a spokeswoman for Janney": a body by what the article says of it, not a person
            kind_of = attribution.source_type = "organization"
            attribution.anonymous = None
            if attribution.spokesperson_for:
                text = attribution.spokesperson_for
            elif "," not in text and text.endswith(_person_named(attribution)[0]) and _noun_before(
                    text[:len(text) - len(_person_named(attribution)[0])]):
                text = _person_named(attribution)[0]  # "Its peer Neiman Marcus": the body by its name
        if kind_of in ("named_person", "anonymous"):
            role = self._role_holder(text)
            if role is None and kind_of == "named_person" and _title_alone(text):
                role = role_holder(self.entries, f"the {text}")  # "Spanish Foreign Minister said": whose title
            if role is not None:
                return role, "role", True
            epithet = self._epithet_of(text, paragraph, span[0])
            if epithet is not None:
                return epithet[0], "role", epithet[1]
        if not _is_source_name(split_name_description(text)[0] if kind_of == "named_person" else text) and not (
                kind_of == "named_person" and _person_named(attribution)[0] in self.weekday_surnames):
            return None, "named", False
        if kind_of == "named_person":
            name, description = _person_named(attribution)
            entry = self._person(name, description or "")
            cited = entry.source is not None
            if entry.source is None:
                self._source_for(entry, attribution, description).type = "named_person"
            elif description and not entry.source.description:
                entry.source.description = description
            if description:
                entry.roles.update(_role_heads(description))
            alias = cited and len(_name_tokens(name)) < len(_name_tokens(entry.name))
            shared = len(self._by_surname.get(entry.surname, ())) > 1
            if attribution.spokesperson_for:
                return entry, "role", not shared  # "a spokeswoman for Sen. Lee": Lee, through her spokeswoman
            return entry, ("alias" if alias else "named"), not shared
        if kind_of == "anonymous":
            key = anonymous_key(text)
            found = next((e for e in self.entries if e.kind == "anonymous" and e.key == key), None)
            if found:
                found.source.anonymous = _merge_anonymous(  # type: ignore[union-attr]
                    found.source.anonymous, attribution.anonymous)  # type: ignore[union-attr]
                return found, "alias" if text != found.name else "named", True
            anaphor = self._definite_anaphor(text) or self._predicate_of(paragraph, span[0], text)
            if anaphor is not None:
                return anaphor
            entry = self._new("anonymous", text, key=key, plural=_plural_phrase(text), gender=_gender_of(text, ()))
            self._source_for(entry, attribution, attribution.anonymous.basis if attribution.anonymous else None)
            return entry, "named", True
        if kind_of == "document" and lx.BODY_KINDS.get(_definite_body_head(text) or "") == "outlet":
            # "the paper said, quoting people familiar ..." after "The Journal reported": a newspaper, not a text
            body = self._definite_body(text, paragraph, span[0])
            if body is not None and _body_kind(body[0])[0] == "outlet":
                attribution.source_type = "organization"
                return body[0], "role", body[1]
        if kind_of == "document":
            key = document_key(text)
            definite = bool(re.match(r"(?i)the\b", text)) or "'s" in text or "’s" in text
            found = self._latest(lambda e: e.kind == "document" and e.key == key) if definite else None
            words = set(_normalise_phrase(text).split())
            if found is None and _plural_phrase(text) and not re.match(r"(?i)(?:an?|another|one|other)\b", text):
                # "prison records" after "federal prison records": a bare plural with no new words
                found = self._latest(lambda e: e.kind == "document" and e.key == key
                                     and words <= set(_normalise_phrase(e.name).split()))
            if found is None:
                # the same words twice, for two cues ("Citing sources, a report by the Tide said"): one document
                found = next((e for e in self.entries if e.kind == "document" and (id(e), paragraph, span[0])
                              in self._placed), None)
                if found is not None:
                    return found, "named", True
            if found:
                return found, "alias", True
            entry = self._new("document", text, key=key)
            self._source_for(entry, attribution, None)
            return entry, "named", True
        name, description = split_name_description(re.split(r"\s+(?:--|—|–)\s*", text)[0], person=False)
        # "J.C. Penney Co Inc (NYSE:JCP)": the stock's ticker is no name; "Chesapeake Corp. (NYSE: CSK) today": nor is
        # the day the engine's phrase ran into
        name = _TICKER_AFTER.sub("", _TRAILING_DAY.sub("", name)) or name
        entry = self._organization(name, kind_of)
        if entry is None and description is None:
            described = self._described_body(name, kind_of)
            if described is not None:
                return described, "role", True
        if entry is None and kind_of == "organization":
            body = self._definite_body(name, paragraph, span[0])
            if body is None or not body[1]:
                body = self._description_used(name) or body
            if body is not None:
                return body[0], "role", body[1]  # "the group": the body named just before
        if entry is not None:
            source = self._source_for(entry, attribution, description)
            if description and not source.description:
                source.description = description
            if len(name) > len(entry.name) and not _acronym_of(name.split()[-1], entry.name) or (
                    entry.name.isupper() and name.lower() == entry.name.lower() and not name.isupper()):
                entry.name = source.name = name  # the fuller form, or the written one over a dateline's "ANKARA"
            return entry, ("named" if _normalise_phrase(name) == _normalise_phrase(entry.name) else "alias"), True
        entry = self._new(kind_of, name, key=_normalise_phrase(name), plural=_plural_phrase(name, people=False))
        self._source_for(entry, attribution, description)
        return entry, "named", True

    def _interviewee(self, paragraph: int) -> tuple[Optional[_Entry], bool]:
        """The one an interview's answers are from: of the people the article names before its first answer, the
        one it names most often (the first named, of equals); surely so when no other is named as often. None when
        it names nobody before."""
        if self._interviewed is None:
            before = bisect_left(self.events, (paragraph, 0), key=_position)
            named: dict[int, tuple[int, int, _Entry]] = {}  # entry -> (times named, first event, entry)
            for n, event in enumerate(self.events[:before]):
                if event.entry.kind == "named_person":
                    times, first, _ = named.get(id(event.entry), (0, n, event.entry))
                    named[id(event.entry)] = (times + 1, first, event.entry)
            ranked = sorted(named.values(), key=lambda c: (-c[0], c[1]))
            entry = ranked[0][2] if ranked else None
            if entry is not None and entry.source is None:
                self._source_for(entry, None, None)
            self._interviewed = (entry, bool(ranked) and (len(ranked) == 1 or ranked[1][0] < ranked[0][0]))
        return self._interviewed

    def _possessor_spoken_for(self, text: str, paragraph: int, offset: int) -> Optional[tuple[_Entry, bool]]:
        """'his spokesman', 'her campaign spokeswoman': the named person the possessive stands for (resolved as
        that pronoun is, and as surely), whom the unnamed spokesperson speaks for; None for anyone else (a job
        that is also a spokesperson's noun, "his representatives", is a person of his: lexicon.JOB_SPOKESPERSON_NOUNS)."""
        match = _POSSESSOR_SPOKESPERSON.match(text)
        if match is None or match.group(2).lower() in lx.JOB_SPOKESPERSON_NOUNS:
            return None
        pronoun = _POSSESSIVE_SUBJECT[match.group(1).lower()]
        entry, certain = self._resolve_pronoun(pronoun, _PRONOUNS[pronoun], paragraph, offset)
        return (entry, certain) if entry is not None and entry.kind == "named_person" else None

    def _epithet_of(self, text: str, paragraph: int, offset: int) -> Optional[tuple[_Entry, bool]]:
        """'The Florida senator said', 'the GOP front-runner', 'The Wisconsin Republican': a definite description of
        one person, with no name in it, is the person named before that it describes (news style's epithet). A
        title's noun ("senator") goes to the person nearest before who holds that title ("Florida Sen. Marco
        Rubio"), surely when only one does; a campaign's or a party's word ("candidate", "Republican") to the
        person a pronoun there would be ("he"), never surely. None with nobody (it stays as the engine typed it)."""
        if not _is_epithet(text):
            return None
        words = _tokens(text)
        head = _bare(words[-1])
        if any(w[0].isupper() for w in words[1:-1]) and person_name_end(
                tokenize(text)) is not None:
            return None
        titles = lx.EPITHET_TITLES.get(head)
        gender = _gender_of(head, ())  # "the businessman": a man; "the congresswoman": a woman
        if titles is None:
            entry, _certain = self._resolve_pronoun({"m": "he", "f": "she"}.get(gender or "", ""), "person",
                                                    paragraph, offset)
            return (entry, False) if entry is not None and entry.kind == "named_person" else None
        places = {w for w in words[1:-1] if w[0].isupper()}  # "the Florida senator": of Florida
        before = bisect_left(self.events, (paragraph, offset), key=_position)
        holders = []
        for event in reversed(self.events[:before]):
            entry = event.entry
            if entry.kind != "named_person" or entry in holders or gender and entry.gender and entry.gender != gender:
                continue
            name = _tokens(entry.name)
            at = next((i for i, w in enumerate(name) if _bare(w) in titles), None)
            if at is None and not any(role in titles for role, _ in _roles_of(entry)):
                continue
            theirs = entry.qualifiers | {w for w in name[:at or 0] if w[0].isupper() and _bare(w) not in _TITLES}
            if places and theirs and not places & (theirs | set(_tokens(entry.source.description or "")
                                                                 if entry.source else ())):
                continue  # "the Florida senator" is not "Texas Sen. Ted Cruz"
            holders.append(entry)
        if not holders:
            return None
        return holders[0], len(holders) == 1

    def _definite_body(self, text: str, paragraph: int, offset: int) -> Optional[tuple[_Entry, bool]]:
        """'the group' after 'strike options against Kataib Hezbollah', 'the company' after 'Nabisco said': a definite
        description of a body with no name in it is the body named last before it, as "it" would be (the nearest
        sentence that names a fitting body, in it the leftmost; never across a quotation boundary, at most two
        paragraphs back), of the description's kind (``_body_fits``: "the company" is no ministry). Surely only when
        that body's own noun is the description's and no generic one ("the union" for the United Widget Workers
        Union, not "the group" for the SITE Intelligence Group) and no other body fits there; else the link is
        marked uncertain, as an epithet's is. None with no body (it stays its own entry)."""
        head = _definite_body_head(text)
        if head is None:
            return None
        # "the Russian government" is no FBI: a public body of a place is one whose name says that place
        places = {_bare(w)[:4] for w in _tokens(text)[1:-1] if w[:1].isupper()} \
            if lx.BODY_KINDS.get(head) == "public" else set()
        if sum(1 for e in self.entries if e.kind == "organization" and e.source is not None
               and head in _body_kind(e)[1]) > 1:
            return None  # "the union" after two unions: either (as _described_body has it)
        in_quote = self.layout.in_quote(paragraph, offset)
        here = self.layout.sentence(paragraph, offset)
        before = bisect_left(self.events, (paragraph, offset), key=_position)
        reach = bisect_left(self.events, (paragraph - _PRONOUN_REACH, 0), key=_position, hi=before)
        nearest: Optional[tuple[int, int]] = None
        candidates: list[_Event] = []
        for event in reversed(self.events[reach:before]):
            if nearest is not None and event.sentence != nearest:
                break
            if event.in_quote != in_quote and event.sentence == here or event.in_quote and not in_quote:
                continue  # never across a quotation boundary
            if _body_fits(head, event.entry, self.shown_bodies) and (
                    not places or places & {_bare(w)[:4] for w in _tokens(event.entry.name)}):
                nearest = event.sentence
                candidates.append(event)
        if not candidates:
            # "Harlan Foods Inc. said ... [three paragraphs of figures and analysts] ... The company said": beyond
            # the reach, the one cited body of the article so far that surely fits the description (its kind known
            # from its name, no acronym's guess; a generic head or the body's own noun), uncertainly
            far = {id(event.entry): event.entry for event in self.events[:reach]
                   if event.entry.source is not None and not (event.in_quote and not in_quote)
                   and _body_fits(head, event.entry, self.shown_bodies) and not is_acronym(event.entry.name.strip())
                   and (_body_kind(event.entry)[0] is not None or lx.BODY_KINDS[head] in _kinds_described(event.entry))
                   and (head in lx.GENERIC_BODY_HEADS or head in _body_kind(event.entry)[1])
                   and (not places or places & {_bare(w)[:4] for w in _tokens(event.entry.name)})}
            if len(far) != 1:
                return None
            chosen = next(iter(far.values()))
            last = max(event.position for event in self.events[:reach] if event.entry is chosen)
            if lx.BODY_KINDS[head] == "business" and self._business_named_between(last, (paragraph, offset), chosen):
                return None  # (not past another firm the running text names: "Vanguard Logistics Services")
            return chosen, False
        candidates.sort(key=_position)
        chosen = candidates[0].entry
        distinct = {id(e.entry) for e in candidates}
        return chosen, len(distinct) == 1 and head not in lx.GENERIC_BODY_HEADS and head in _body_kind(chosen)[1] \
            and not is_acronym(chosen.name.strip())  # (an acronym's noun is a guess)

    def _business_named_between(self, start: tuple[int, int], end: tuple[int, int], entry: _Entry) -> bool:
        """Whether the text between two places names a firm other than ``entry``: a capitalised run ending in a word
        of a firm's trade or form ("Vanguard Logistics Services", "United Technologies", "Barrow Capital Inc.")."""
        for index in range(start[0], end[0] + 1):
            text = self.layout.texts.get(index, "")
            lo = start[1] if index == start[0] else 0
            hi = end[1] if index == end[0] else len(text)
            for match in _FIRM_RUN.finditer(text, lo, hi):
                if not _same_body(match.group(), entry.name):
                    return True
        return False

    def _description_used(self, text: str) -> Optional[tuple[_Entry, bool]]:
        """'the league' paragraphs after 'the league said' was joined to the NFL: a body's definite description the
        article already used for one body is that body, beyond the reach of _definite_body or where it could only
        guess (the Eagles, a team, named last); uncertainly, and never for a generic head ("the company" may be the
        next company). None when it stood for none or for several."""
        head = _definite_body_head(text)
        if head is None or head in lx.GENERIC_BODY_HEADS:
            return None
        key = _normalise_phrase(text)
        holders = [e for e in self.entries if e.kind == "organization" and e.source is not None and any(
            m.resolution == "role" and _normalise_phrase(m.text) == key for m in e.source.mentions)]
        return (holders[0], False) if len(holders) == 1 else None

    def _described_body(self, text: str, kind: str) -> Optional[_Entry]:
        """'the union' after 'The union, the United Widget Workers, said': the one body of this kind the article
        named in apposition to that noun (its description), or None with none or several."""
        role = _role(text) if re.match(r"(?i)the\s+[a-z]", text) and not any(
            w[0].isupper() for w in _tokens(text)[1:]) else None
        if role is None or role[1] or role[0] not in lx.ORGANIZATION_NOUNS:
            return None
        holders = [e for e in self.entries if e.kind == kind and e.source is not None and e.source.description
                   and (role[0], False) in _role_heads(e.source.description)]
        return holders[0] if len(holders) == 1 else None

    def _role_holder(self, text: str) -> Optional[_Entry]:
        """'the secretary' after 'Defense Secretary Tom Hale': the one person seen so far in that role."""
        if not re.match(r"(?i)the\s+[a-z]", text) or any(w[0].isupper() for w in _tokens(text)[1:]):
            return None
        return role_holder(self.entries, text)

    def _definite_anaphor(self, text: str) -> Optional[tuple[_Entry, str, bool]]:
        """'the official' after 'a senior official': the one earlier anonymous source with that head."""
        words = _tokens(text)
        if not (2 <= len(words) <= 3 and words[0].lower() == "the") or any(w[0].isupper() for w in words[1:]):
            return None
        head = _bare(words[-1])
        earlier = [e for e in self.entries if e.kind == "anonymous" and e.source is not None
                   and _bare(_tokens(anonymous_key(e.name))[-1] if _tokens(anonymous_key(e.name)) else "") == head]
        if not earlier and head == "official":
            # "A European diplomat in Kyiv said ... The official, speaking on condition of anonymity, said": an
            # official of another kind, when the article has one such unnamed source (uncertainly)
            kinds = [e for e in self.entries if e.kind == "anonymous" and e.source is not None and not e.plural
                     and _anonymous_head(e.name) in lx.OFFICIAL_KINDS]
            return (kinds[0], "role", False) if len(kinds) == 1 else None
        if not earlier:
            return None
        return max(earlier, key=lambda e: e.last_seen), "role", len(earlier) == 1

    def _predicate_of(self, paragraph: int, offset: int, text: str) -> Optional[tuple[_Entry, str, bool]]:
        """'Morrison was the third witness testifying ...': a definite description after a copula
        is the person named as its subject."""
        if not re.match(r"(?i)the\s", text):
            return None
        before = self.layout.texts.get(paragraph, "")[max(0, offset - 60):offset]
        match = re.search(r"(\S+)\s+(?:is|was|has been|had been|became|remains|remained)\s+$", before)
        if not match:
            return None
        subject_end = offset - len(before) + match.end(1)
        here = self.layout.sentence(paragraph, offset)
        for event in reversed(self.events):
            if event.position[0] == paragraph and event.position[1] < subject_end and event.sentence == here \
                    and event.entry.kind == "named_person" and subject_end - event.position[1] <= 40:
                return event.entry, "role", True
            if event.position < (paragraph, 0):
                break
        return None

    def _latest(self, predicate) -> Optional[_Entry]:
        candidates = [e for e in self.entries if predicate(e)]
        return max(candidates, key=lambda e: e.last_seen) if candidates else None

    def _resolve_pronoun(self, pronoun: str, kind: str, paragraph: int, offset: int) -> tuple[Optional[_Entry], bool]:
        in_quote = self.layout.in_quote(paragraph, offset)
        here = self.layout.sentence(paragraph, offset)
        if kind == "speaker":
            # "I" or "we" as a source: a quoted speaker's own voice, so the last speaker, if any
            latest = self._latest(lambda e: e.source is not None and e.kind != "document")
            return latest, False
        gender = lx.PRONOUN_GENDER.get(pronoun)

        def agrees(entry: _Entry) -> bool:
            if kind == "person":
                return entry.kind in ("named_person", "anonymous") and not entry.plural and not (
                    gender and entry.gender and entry.gender != gender)
            if kind == "group":  # a body cited as a source may be "they"; one the text only names is not
                return entry.plural or entry.kind == "organization" and entry.source is not None
            return entry.kind in ("organization", "document") and not entry.plural

        by_sentence: dict[tuple[int, int], list[_Event]] = {}
        # the events before the pronoun, back to the first of the paragraph _PRONOUN_REACH before it (the events
        # are in article order), nearest first
        before = bisect_left(self.events, (paragraph, offset), key=_position)
        reach = bisect_left(self.events, (paragraph - _PRONOUN_REACH, 0), key=_position, hi=before)
        for event in reversed(self.events[reach:before]):
            if event.in_quote != in_quote and event.sentence == here or event.in_quote and not in_quote:
                continue  # never across a quotation boundary
            if event.relayed and not (gender and event.entry.gender == gender):
                continue  # one whose words another passes on is in the background, unless the pronoun's gender names it
            if agrees(event.entry):
                by_sentence.setdefault(event.sentence, []).append(event)
        if not by_sentence:
            return None, False
        nearest = max(by_sentence)
        # the leftmost, but a possessor is no subject beside a source: "Brandt's public defender, Lisa Kim, said ...
        # She asked" is Kim, "Trump's accusation ... had imperiled troops, Biden said. ... he said" Biden ("Tuttle's
        # article also attacked Christie. He calls ..." is still Tuttle: Christie is no source there)
        speakers = {id(e.entry) for e in by_sentence[nearest] if e.position in self.source_starts}
        candidates = sorted(by_sentence[nearest], key=lambda e: (
            bool(speakers - {id(e.entry)}) and self._possessor_at(e), e.position))
        chosen = candidates[0].entry
        distinct = {id(e.entry) for e in candidates}
        close = nearest[0] == paragraph or nearest[0] == paragraph - 1
        certain = len(distinct) == 1 and close
        if chosen.gender is None and gender and certain:
            chosen.gender = gender
        return chosen, certain


_SINGULAR_NAME_HEADS: Final = frozenset("times news".split())


@lru_cache(maxsize=4096)
def _plural_phrase(text: str, people: bool = True) -> bool:
    """Whether a phrase names several: a plural head, or people joined by 'and'."""
    words = _tokens(_ANON_BASIS.sub("", _without_members(text)))
    if not words:
        return False
    of = next((i for i, w in enumerate(words) if i and w.lower() == "of" and words[i - 1].lower() in lx.MEMBER_NOUNS), None)
    if of is not None:
        words = words[:of]  # "members of the conservative press": several, whatever the body's noun
    # the head comes before its qualifier: "Economists at the bank", "Friends of Mr. Ruiz's", "six newspapers in Ohio"
    # (a body's name keeps its words: "the Centers for Disease Control" is "it")
    cut = next((i for i, w in enumerate(words) if i and (w.lower() in lx.PREPOSITIONS or w.lower() == "to")), None)
    if cut is not None and people:
        words = words[:cut]
    head = words[-1].lower()
    if head in _SINGULAR_NAME_HEADS and words[-1][0].isupper():
        return False  # "The LA Times", "Fox News": one outlet
    return head.endswith(("s", "men")) and not head.endswith(("ss", "'s", "’s")) or head in {
        "people", "police", "staff", "children"} or people and (
        head in lx.SHARE_WORDS or words[0].lower() in lx.PLURAL_OPENERS or " and " in f" {text.lower()} ")



_ROLE_HEAD: Final = re.compile(r"^(?:the|this)\s+(?P<words>[^,]*?)\s*(?P<rest>\b(?:of|in|at|for|from|on|who|with)\b.*)?$",
                        re.I)


@lru_cache(maxsize=4096)
def _role(text: str) -> Optional[tuple[str, bool]]:
    """The head noun of a definite role description and whether a qualifier follows it:
    'the top US commander in Iraq' -> ('commander', True), 'the president' -> ('president', False)."""
    match = _ROLE_HEAD.match(text.strip())
    if not match or not match.group("words"):
        return None
    words = _tokens(match.group("words"))
    return (_bare(words[-1]), bool(match.group("rest"))) if words else None


def role_head(text: str) -> Optional[str]:
    """The head noun of a definite role description: 'the top US commander in Iraq' -> 'commander'."""
    role = _role(text)
    return role[0] if role else None


@lru_cache(maxsize=4096)
def _role_heads(description: str) -> frozenset[tuple[str, bool]]:
    out = set()
    for part in re.split(r",\s*", description):
        # Any determiner introduces a role in an apposition ("another commander"), and so does none
        # ("White House press secretary").
        role = _role(re.sub(r"(?i)^(?:an?|another|its|their|his|her)\s+", "the ", part)) or _role("the " + part)
        if role:
            out.add(role)
    return frozenset(out)


def _roles_of(entry: _Entry) -> set[tuple[str, bool]]:
    roles = set(entry.roles)
    if entry.source is not None and entry.source.description:
        roles |= _role_heads(entry.source.description)
    return roles


def role_holder(entries: list[_Entry], text: str, exclude: Optional[_Entry] = None) -> Optional[_Entry]:
    """The one named person a definite role stands for, or None.

    A bare role ("the president") goes to the one person who holds it unqualified ("President Trump");
    only when nobody does, to the one who holds it qualified ("Afghan President Ghani", "the president of
    the union"). A qualified role ("the commander in Iraq") goes to the one holder of that head."""
    role = _role(text)
    if role is None:
        return None
    head, qualified = role
    people = [e for e in entries if e.kind == "named_person" and e is not exclude]
    match = _ROLE_HEAD.match(text.strip())
    owner = " ".join(w for w in _tokens(match.group("words"))[:-1] if w[0].isupper() and _bare(w) not in _TITLES
                     and not w.endswith(("'s", "’s"))) if match else ""
    if owner:
        # "the Russian foreign minister" is no "Turkish Foreign Minister Ali Kaya"; of the holders, one the article
        # qualifies by that owner ("Spanish Foreign Minister Ana Ruiz") before one it does not qualify
        people = [e for e in people if _qualified_by(e, owner)]
        own = [e for e in people if _owned_by(e, owner) and (head, False) in _roles_of(e) | {(r, False) for r, _ in _roles_of(e)}]
        if len(own) == 1:
            return own[0]
    plain = {id(e): e for e in people if (head, False) in _roles_of(e)}
    if len(plain) == 1:
        return next(iter(plain.values()))
    if plain:
        return None
    holders = {id(e): e for e in people if (head, True) in _roles_of(e)}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _merge_role_descriptions(roster: _Roster, paragraphs: list[Paragraph]) -> None:
    """'the top US commander in Iraq' is the person the article introduces as
    'the commander, Lt. Gen. Robert P. White', and 'the president' the one it calls
    'President Trump': a definite role refers to the one named person given that role (see
    :func:`role_holder`). With no such person, or several, it stays apart. A role owned by a place, a body or a
    person ("Iran's foreign minister", "Ohio's governor") is read as "the <role>", and joins the one holder only
    when what the holder's name or description qualifies the title with, if anything, is that owner ("Iranian
    Foreign Minister Ali Farsan"); one owned by a pronoun joins the one holder uncertainly, and only for a trade that
    speaks for its client ("his attorney": ``lexicon.AGENT_ROLE_NOUNS``; "his friend" may be anyone's)."""
    attributions = {a.id: a for p in paragraphs for a in p.attributions}
    for entry in list(roster.entries):
        source = entry.source
        if source is None or entry.kind not in ("anonymous", "named_person") or source.mentions and len(
                {m.text for m in source.mentions if m.resolution != "pronoun"}) != 1:
            continue
        possessed = _POSSESSED_ROLE.fullmatch(source.name.strip())
        if possessed is not None and possessed.group("pronoun") is not None \
                and _bare(possessed.group("role").split()[-1]) not in lx.AGENT_ROLE_NOUNS:
            possessed = None  # "his brother", "his friend": of whom "his" is, nothing here tells
        if possessed is not None and not _plural_phrase(possessed.group("role")):
            target_entry = _possessed_role_holder(roster.entries, "the " + possessed.group("role"), entry)
            owner = possessed.group("owner")
            if target_entry is not None and (owner is None or _qualified_by(target_entry, owner)):
                _move_into(roster, entry, target_entry, attributions, "role", certain=owner is not None)
            continue
        target_entry = role_holder(roster.entries, source.name, exclude=entry)
        if target_entry is not None:
            _move_into(roster, entry, target_entry, attributions, "role")


def _merge_named_later(roster: _Roster, paragraphs: list[Paragraph]) -> None:
    """'A top health official in Marion County warned ...' in the lead, then 'Dr. Alicia Moreno, the county's health
    officer, said' in the next paragraph: a lead that holds back a name describes the person named right after it.
    The unnamed source of the first paragraph (one person, no reason for anonymity and no basis given, cited there
    only) joins the one person first cited in the second paragraph whose description has the same head ("official"
    and "officer", "head" and "heads") and another of its words ("health", "atomic energy"). A second official of
    the same office, named later, is described by another head or none of the lead's other words."""
    attributions = {a.id: a for p in paragraphs for a in p.attributions}
    first_para = min((p.index for p in paragraphs if p.attributions), default=None)
    if first_para is None:
        return
    for entry in list(roster.entries):
        source = entry.source
        if source is None or entry.kind != "anonymous" or entry.plural or not source.mentions \
                or any(m.paragraph != first_para for m in source.mentions):
            continue
        if source.anonymous is not None and (source.anonymous.basis or source.anonymous.reason_given) or any(
                _ANONYMITY_GRANT.search(roster.layout.texts.get(m.paragraph, "")) for m in source.mentions):
            continue
        head = _anonymous_head(entry.name)
        words = {_bare(w) for w in _tokens(anonymous_key(entry.name))} - {head} - _LEAD_FILLER
        if not head or not words:
            continue
        later = [e for e in roster.entries if e.kind == "named_person" and e.source is not None and e.source.mentions
                 and e.source.mentions[0].paragraph == first_para + 1]
        fitting = []
        for person in later:
            first = person.source.mentions[0]  # type: ignore[union-attr]
            # its description, or the relative clause after its name ("Mohammad Eslami, who heads the ...")
            relative = _WHO_CLAUSE.match(roster.layout.texts.get(first.paragraph, ""), first.span[1])
            described = {_bare(w) for w in _tokens(" ".join(filter(None, (
                person.source.description, relative.group(1) if relative else None))))}  # type: ignore[union-attr]
            if len(head) >= 4 and any(w[:4] == head[:4] for w in described) and words & described:
                fitting.append(person)
        if len(fitting) == 1:
            _move_into(roster, entry, fitting[0], attributions, "role", certain=False)


# Words of a lead's description that say nothing of whom: "A top health official", "a senior official in the city".
_ANONYMITY_GRANT: Final = re.compile(r"anonymity|anonymously|not to be (?:named|identified)|not authori[sz]ed", re.I)
_WHO_CLAUSE: Final = re.compile(r",\s+who\s+([^,.;]+),")
_LEAD_FILLER: Final = frozenset("a an the top senior high-ranking ranking former one in of at for with to".split())


# A role with its owner before it, a capitalised name or a possessive pronoun: "Iran's foreign minister", "Ohio's
# governor", "His attorney"; a few lower-case words, no name in the role.
_POSSESSED_ROLE: Final = re.compile(r"(?:(?P<pronoun>[Hh]is|[Hh]er)|(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s?)"
                                    r"\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")


def _possessed_role_holder(entries: list[_Entry], text: str, exclude: _Entry) -> Optional[_Entry]:
    """The one person in the role (``role_holder``), or, with none, the one whose name holds its title ("Iranian
    Foreign Minister Ali Farsan" for "the foreign minister", where the text around the name was not read)."""
    holder = role_holder(entries, text, exclude=exclude)
    head = role_head(text)
    if holder is not None or head is None:
        return holder
    titles = lx.EPITHET_TITLES.get(head, frozenset({head}))  # "the governor" is "Gov. Dana Whitlow"
    titled = [e for e in entries if e.kind == "named_person" and e is not exclude
              and any(_bare(w) in titles for w in _tokens(e.name)[:-1])]
    return titled[0] if len(titled) == 1 else None


def _qualified_by(entry: _Entry, owner: str) -> bool:
    """Whether nothing but ``owner`` qualifies the title of the person ``entry``: the capitalised words before the
    title in the text and in the name, and its description's ("Iranian Foreign Minister Ali Farsan" for "Iran's",
    by a shared stem: "Iran", "Iranian"); a holder whose title nothing qualifies may be anyone's."""
    name = _tokens(entry.name)
    at = next((i for i, w in enumerate(name) if _bare(w) in _TITLES), 0)
    theirs = entry.qualifiers | {w for w in name[:at] if w[0].isupper() and _bare(w) not in _TITLES}
    if entry.source is not None and entry.source.description:
        theirs |= {w for w in _tokens(entry.source.description) if w[0].isupper() and _bare(w) not in _TITLES}
    if not theirs:
        return True
    stems = {_bare(w)[:4] for w in _tokens(owner) if len(_bare(w)) >= 4}
    return any(_bare(w)[:4] in stems for w in theirs)


def _title_alone(text: str) -> bool:
    """'Spanish Foreign Minister', 'Foreign Minister': a title with no name, as a wire story writes its source's
    title without the article or the name it gave before; a nationality's or a place's capitals may qualify it."""
    words = _tokens(text)
    return 1 <= len(words) <= 4 and _bare(words[-1]) in _TITLES and all(
        w[0].isupper() and _bare(w) not in lx.FIRST_NAMES and "." not in w for w in words)


def _owned_by(entry: _Entry, owner: str) -> bool:
    """Whether the article qualifies the person's title by ``owner`` itself ("Spanish Foreign Minister Ana Ruiz" for
    "Spanish"), not only by nothing (``_qualified_by`` lets an unqualified title be anyone's)."""
    name = _tokens(entry.name)
    at = next((i for i, w in enumerate(name) if _bare(w) in _TITLES), 0)
    theirs = entry.qualifiers | {w for w in name[:at] if w[0].isupper() and _bare(w) not in _TITLES}
    if entry.source is not None and entry.source.description:
        theirs |= {w for w in _tokens(entry.source.description) if w[0].isupper() and _bare(w) not in _TITLES}
    return bool(theirs) and _qualified_by(entry, owner)


_INITIALS: Final = re.compile(r"(?:[A-Z]\.){1,3}")
_SENTENCE_OPENING: Final = re.compile(r"(?:^|[.!?][\"”’')]*\s+|[\"“‘(—–:]\s*)$")


def _words_before(surname: str, texts: list[str], lower: set[str]) -> set[str]:
    """The capitalised words the texts write right before a surname that may be given names: a census given name,
    initials, or a capitalised word inside a sentence the texts never write in lower case that is no title,
    honorific, possessive or compound ("Jeb" and "W." before "Bush"; not "Sen.", "Senators", "Though" opening a
    sentence, "Brolin's", "Angeles-area", "Ohio."). ``lower``: the words the texts write in lower case
    (:func:`_lower_case_words`)."""
    found = set()
    for text in texts:
        if surname not in text:
            continue
        # each place the surname stands, then the word before it (no pattern compiled per surname)
        at = text.find(surname)
        while at != -1:
            end = at + len(surname)
            match = _CAPITAL_BEFORE.search(text, max(0, at - 80), at) if end == len(text) or not (
                text[end].isalnum() or text[end] == "_") else None
            at = text.find(surname, at + 1)
            if match is None:
                continue
            word = match.group(1)
            bare = _bare(word)
            if bare in _TITLES or bare.rstrip("s") in _TITLES or bare in lx.GENDERED_WORDS \
                    or word.endswith((".", "'s", "’s")) and not _INITIALS.fullmatch(word) or "-" in word:
                continue
            opening = _SENTENCE_OPENING.search(text, 0, match.start()) is not None
            if bare in lx.FIRST_NAMES or _INITIALS.fullmatch(word) or word.lower() not in lower and not opening:
                found.add(word)
    return found


_CAPITAL_BEFORE: Final = re.compile(r"(?<![\w.'’-])([A-Z][\w.'’-]*)\s+$")


def _lower_case_words(texts: list[str]) -> set[str]:
    return set(_LOWER_CASE_WORD.findall(" ".join(texts)))


_LOWER_CASE_WORD: Final = re.compile(r"\b[a-z][\w'’-]*")


# A title that runs on through "of"/"for" into the capitals before a name: "Secretary of State ", "Minister for ".
_TITLE_OF: Final = re.compile(r"((?:[A-Z][\w.-]*\s)*[A-Z][\w.-]*)\s(?:of|for)\s(?:the\s)?$")


def _full_names(roster: _Roster, paragraphs: list[Paragraph]) -> None:
    """'Dickson said' after the running text's 'Sheriff Brent Dickson presented a request': a person cited by
    surname alone (an honorific or title at most) is named by the one full form the article writes that surname in
    (a given name or an initial before it: "Brent Dickson", "A.J. Hinch"), the titles before it becoming its
    description when it has none ("Sheriff"). Only the name and description: no mention, pronoun or type moves
    (the running text is read for people only where pronouns and roles need it, ``_paragraphs_to_read``). Two full
    forms of the surname ("Bill Clinton", "Hillary Clinton"), none, or one of another gender than the cited
    honorific's ("Mrs. Harlan", "Bill Harlan") leave the name as cited."""
    cited: dict[str, list[_Entry]] = {}
    for entry in roster.entries:
        if entry.kind != "named_person" or entry.source is None:
            continue
        words = [w for w in _tokens(entry.source.name) if _bare(w) not in _TITLES]
        if len(words) == 1 and words[0][:1].isupper():
            cited.setdefault(words[0], []).append(entry)
    if not cited:
        return
    forms: dict[str, dict[tuple[str, ...], tuple[str, str]]] = {}
    for paragraph in paragraphs:
        text = paragraph.text
        if not any(surname in text for surname in cited):
            continue
        for match in _capital_runs(text):
            run, at = match.group(), match.start()
            if not any(surname in run for surname in cited):
                continue
            # the title or role word before the run introduces a name ("manager A.J. Hinch"), as in _people_in_text
            context = text[text.rfind(" ", 0, at - 1) + 1:at - 1] if at > 1 and text[at - 1] == " " else ""
            read = _read_run(run, text[match.end():match.end() + 1], context if context in _NAME_CONTEXT_WORDS else "", "")
            for k, found in enumerate(read):
                if found[0] == "word" and k and read[k - 1][0] == "body" and _INITIALS.fullmatch(read[k - 1][2]) \
                        and read[k - 1][1] + len(read[k - 1][2]) + 1 == found[1]:
                    found = ("person", read[k - 1][1], run[read[k - 1][1]:found[1] + len(found[2])], "", frozenset())
                if found[0] != "person":
                    continue  # ("A.J." read as a body's initials, then "Hinch": the initials of a name)
                words = _tokens(found[2])
                core = [w for w in words if _bare(w) not in _SUFFIXES]
                if len(core) < 2 or core[-1] not in cited:
                    continue
                if _bare(core[-1]) in roster.suffix_kept and _has_suffix(found[2]):
                    continue  # "Donald Trump Jr." names no "Trump" where the article tells the two apart
                # "William Sausage President Roger Williams": the name after its last title, the rest its role
                cut = max((k + 1 for k, w in enumerate(core[:-1]) if _bare(w) in _TITLES), default=0)
                name = found[2][found[2].find(core[cut]):] if cut else found[2]
                role = " ".join(t for t in (found[3], found[2][:found[2].find(core[cut])].strip() if cut else "") if t)
                title_of = _TITLE_OF.search(text, 0, at) if role else None
                if title_of is not None and title_of.end() == at:
                    # "Secretary of State Mike Pompeo": the title is whole, from its first title word ("After
                    # Deputy Secretary of State Tom Nides": "Deputy Secretary of State")
                    lead = title_of.group(1).split()
                    first = len(lead)
                    while first > 0 and _bare(lead[first - 1]) in _TITLES:
                        first -= 1
                    if first < len(lead):
                        role = " ".join(lead[first:]) + title_of.group(0)[len(title_of.group(1)):] + role
                given = tuple(_bare(w) for w in core[cut:-1])
                if given and (given[0] in lx.FIRST_NAMES or len(given[0]) <= 2 or "." in core[cut]):
                    forms.setdefault(core[-1], {}).setdefault(given, (name, role))
    texts = [p.text for p in paragraphs]
    lower: Optional[set[str]] = None  # read once, for the first surname that needs it
    for surname, entries in cited.items():
        known = forms.get(surname, {})
        if len(known) != 1 or len(entries) != 1:
            continue
        (given, (name, role)), = known.items()
        if lower is None:
            lower = _lower_case_words(texts)
        if _words_before(surname, texts, lower) - set(_tokens(name)):
            continue  # another given name before the surname somewhere, one the census lacks: "Jeb Bush"
        source = entries[0].source
        assert source is not None
        cited_gender, full_gender = _gender_of(source.name, ()), _gender_of("", given)
        if cited_gender and full_gender and cited_gender != full_gender:
            continue  # "Mrs. Harlan" is not "Bill Harlan"
        entries[0].name = name
        _assign(source, "name", name)
        if role and not source.description:
            _assign(source, "description", role)


def _merge_lone_surnames(roster: _Roster, paragraphs: list[Paragraph]) -> None:
    """'Sanders says ...' in a headline, before the story names Bernie Sanders: a lone capitalised word that
    opened a sentence, typed anonymous because nothing was known of it there, is the one named person with that
    surname (with none, or several, it stays apart)."""
    attributions = {a.id: a for p in paragraphs for a in p.attributions}
    for entry in list(roster.entries):
        source = entry.source
        if source is None or entry.kind != "anonymous" or not re.fullmatch(r"[A-Z][a-z][\w'’-]*", source.name) \
                or len({m.text for m in source.mentions if m.resolution != "pronoun"}) != 1 \
                or _bare(source.name) in lx.PERSON_NOUNS or _bare(source.name) in lx.NOT_NAMES:
            continue  # "Democrats", "Officials": a group's noun, not a surname
        people = [e for e in roster._by_surname.get(_bare(source.name), []) if e.source is not None]
        if len(people) == 1:
            _move_into(roster, entry, people[0], attributions, "alias")


def _move_into(roster: _Roster, entry: _Entry, target_entry: _Entry, attributions: dict[str, Attribution],
               resolution: str, certain: bool = True) -> None:
    """Give ``entry``'s mentions and attributions to the named person ``target_entry`` and drop ``entry``
    (marked uncertain when ``certain`` is false)."""
    source = entry.source
    assert source is not None
    target = roster._source_for(target_entry, None, None)
    for attribution_id in source.attribution_ids:
        attribution = attributions[attribution_id]
        if attribution.source_id == source.id:
            attribution.source_id = target.id
        # Identified elsewhere in the article, the source is on record, not anonymous.
        attribution.source_type = "named_person"
        attribution.anonymous = None
    moved = [m if m.resolution == "pronoun" else m.model_copy(update={"resolution": resolution, "certain": m.certain
                                                                          and certain}) for m in source.mentions]
    target.mentions = sorted(target.mentions + moved, key=lambda m: (m.paragraph, m.span))
    target.attribution_ids = list(dict.fromkeys(m.attribution_id for m in target.mentions))
    roster.entries.remove(entry)
    if entry in roster._by_surname.get(entry.surname, []):
        roster._by_surname[entry.surname].remove(entry)


# (not before a conjunct: "Democrats — and some Republicans" are both the source)
_DASH_ASIDE: Final = re.compile(r"\s+(?:--|—|–)(?!\s*(?:and|or|nor|but)\b)")


def _most_used_form(source: Source) -> str:
    """An anonymous group is best named the way the article names it most often, without an aside set off by
    dashes ("The Supreme Court justice -- who has been involved in ... --"), as a body's name is (``_place``)."""
    counts: dict[str, int] = {}
    for mention in source.mentions:
        if mention.resolution != "pronoun":
            form = _DASH_ASIDE.split(mention.text)[0] or mention.text
            counts[form] = counts.get(form, 0) + 1
    return max(counts, key=lambda form: counts[form]) if counts else source.name


def _aliases(source: Source) -> list[str]:
    """Other forms the article uses for the source, without descriptions or pronouns."""
    forms: dict[str, str] = {}
    for mention in source.mentions:
        form = mention.text.strip()
        if pronoun_of(form) is not None or mention.resolution == "pronoun" or form in turns.LABELS:
            continue  # (an interview's "A" is a turn's label, no form of the name)
        if source.type == "named_person" and mention.resolution != "role" or source.type == "organization":
            form = split_name_description(form, person=source.type == "named_person")[0]
        if form.casefold() != source.name.casefold():
            forms.setdefault(form.casefold(), form)
    return list(forms.values())


_CONJUNCTION: Final = re.compile(r"\s+and\s+")
_MEMBER_SEPARATORS: Final = re.compile(r"\s*(?:,|\s—|\s–|\band\b|&)\s*")


_ROLE_WORDS: Final = lx.TITLES | lx.PERSON_ROLE_NOUNS


def _conjoined_people(attribution: Attribution, roster: "_Roster") -> list[tuple[Attribution, tuple[int, int]]]:
    """The named people of a group source, one mention each with its own span: 'Esper and General
    Milley', 'Pompeo and other top officials' (Pompeo), 'officials, including Ana Ruiz and Lee Park'
    (Ruiz, Park). A group that names a member is a named source (see ``phrases.classify``); its unnamed
    rest is no entry of its own."""
    source = attribution.source
    if attribution.source_type != "named_person":
        return []
    inclusion = _INCLUSION.search(source)
    if inclusion is not None:
        # a list of members may also hold places or bodies ("states, including Ohio"): only people count
        base, pieces = inclusion.end(), _MEMBER_SEPARATORS.split(source[inclusion.end():])
        members = [p for p in pieces if p and _is_name_part(p) and _names_someone(p, roster)]
    else:
        base, pieces = 0, _CONJUNCTION.split(source.split(",")[0])
        if len(pieces) < 2:
            return []
        if len(pieces) == 2 and len(pieces[0].split()) == 1 and not roster._by_surname.get(_bare(pieces[0])) \
                and len(_tokens(pieces[-1])) > 1 and _is_name_part(pieces[-1]) \
                and _bare(_tokens(pieces[-1])[0]) not in _TITLES:
            return []  # "Ana and Luis Ruiz": two given names and one surname, kept as written
        if len(pieces) == 2 and _tokens(pieces[0]) and _bare(_tokens(pieces[0])[-1]) in _ROLE_WORDS:
            return []  # "Tyson President and CEO Donnie Smith": two titles of one person
        if len(pieces) == 2 and all(_is_name_part(p) for p in pieces):
            members = pieces  # "Esper and General Milley"
        else:  # the people beside others: "Lee and his rivals", "Lee and other top officials"
            members = [p for p in pieces if _is_name_part(p) and (len(_tokens(p)) == 1 or _names_someone(p, roster))]
    if not members:
        return []
    out = []
    offset = base
    for piece in members:
        at = source.index(piece, offset)
        offset = at + len(piece)
        start = attribution.source_span[0] + at
        out.append((attribution.model_copy(update={"source": piece}), (start, start + len(piece))))
    return out


def _person_named(attribution: Attribution) -> tuple[str, Optional[str]]:
    """The name and description of the person a named source is: "Ana Ruiz, a pilot" -> ("Ana Ruiz", "a
    pilot"); the person an unnamed spokesperson speaks for ("a spokeswoman for Sen. Jo Lee" -> "Sen. Jo Lee",
    no description: the spokeswoman's words describe nobody's role, and "spokeswoman" no gender of Lee's)."""
    if attribution.spokesperson_for:
        return attribution.spokesperson_for, None
    name, description = split_name_description(attribution.source)
    if description and _channel_lead(description):
        return name, None  # "a statement from Sen. Jo Lee": the channel of her words, no role of hers
    return name, description


def _channel_lead(description: str) -> bool:
    """'A statement from', 'a letter signed by': a text the person's words came in, before the name."""
    words = [w.lower() for w in _tokens(description)]
    return len(words) >= 2 and words[-1] in {"from", "by"} and any(w in lx.DOCUMENT_NOUNS for w in words[:-1])


def _without_members(source: str) -> str:
    """'Several analysts, including Ana Ruiz' -> 'Several analysts': the group without its list of members."""
    inclusion = _INCLUSION.search(source)
    return source[:inclusion.start()] if inclusion is not None and inclusion.start() > 0 else source


def _names_someone(piece: str, roster: "_Roster") -> bool:
    """A person's name, or the surname of someone the article names ("Pompeo" after "Mike Pompeo")."""
    if person_name_end(tokenize(piece)) is not None:
        return True
    names = [w for w in _tokens(piece) if _bare(w) not in _TITLES]
    return len(names) == 1 and bool(roster._by_surname.get(_bare(names[0])))


def _assign(model: Source | Attribution, name: str, value: object) -> None:
    """``model.name = value`` as pydantic assigns a field of these models (none validates assignment): into the
    instance's fields and the set of fields it has had set, without ``BaseModel.__setattr__``'s lookups."""
    model.__dict__[name] = value
    model.__pydantic_fields_set__.add(name)


_LONE_PLURAL: Final = re.compile(r"(?:(?:the|The)\s+)?([A-Z][a-z][a-z'’-]*[a-rt-z]s)")
_WORD_BEFORE: Final = r"(?<![\w.'’-])([A-Z][\w'’-]*\.?)\s+"


# The endings of a plural that names a people or a kind of people, not a family: "Ohioans", "Russians",
# "Millennials", "Israelites", "loyalists", "retirees" ("-ers" and "-ors" end too many surnames: Sanders, Connors).
_PEOPLE_PLURAL_ENDINGS: Final = ("ans", "ians", "ials", "ites", "ists", "ees", "eers")


def _names_before(word: str) -> bool:
    """Whether a capitalised word before another makes the two a name: a given name ("Bernie", "Reince"), an
    initial or a title; not a function word, a quantifier or a date ("The", "Many", "In", "June")."""
    bare = _bare(word)
    if word.endswith(".") and bare not in _TITLES and len(bare) > 1:
        return False  # "... in Iowa. Voters said": a sentence ends before it
    if word.endswith(("'s", "’s")):
        return False  # "Japan's Kyodo news agency": a possessor, no given name
    return not (bare in lx.NOT_SOURCE_WORDS or bare in lx.DETERMINERS or bare in lx.PREPOSITIONS
                or bare in lx.SHARE_WORDS or bare in lx.APPROXIMATORS or bare in lx.CALENDAR_WORDS
                or bare in lx.PRONOUNS or bare in lx.SUBJECT_STOPS)


def _retype_plural_nouns(paragraphs: list[Paragraph]) -> None:
    """'Superdelegates said', 'Millennials say', 'The Ohioans said': one capitalised plural the engine took for a
    surname is unnamed people (anonymous) or, for a text's noun ("Guidelines"), a document, when the article
    never gives it (or its singular, a family's name) after another capitalised word ("Bernie Sanders", "Sen.
    Sanders", "Khizr Khan") and shows it a common noun: written in lower case too, a noun of the lexicon's, or a
    people's ending (``_PEOPLE_PLURAL_ENDINGS``)."""
    text = None
    for paragraph in paragraphs:
        for attribution in paragraph.attributions:
            if attribution.source_type != "named_person" or attribution.spokesperson_for:
                continue
            match = _LONE_PLURAL.fullmatch(attribution.source.strip())
            if match is None:
                continue
            word = match.group(1)
            if word.lower() in lx.FIRST_NAMES or is_acronym(word):
                continue
            if text is None:
                text = "\n".join(p.text for p in paragraphs)
            family = word[:-2] if word.endswith("es") and not word.endswith(("les", "nes", "res", "tes")) else word[:-1]
            if any(_names_before(before) for form in (word, family)
                   for before in re.findall(_WORD_BEFORE + re.escape(form) + r"\b", text)):
                continue  # "Sanders" after "Bernie Sanders": his surname; "the Khans" after "Khizr Khan": his family
            lower = word.lower()
            if not (re.search(rf"(?<![\w'’-]){re.escape(lower)}\b", text) or lower in lx.PERSON_NOUNS
                    or lower in lx.DOCUMENT_NOUNS or lower.endswith(_PEOPLE_PLURAL_ENDINGS)):
                continue  # no sign of a common noun: a surname the article never gives in full ("Dukes said")
            document = word.lower() in lx.DOCUMENT_NOUNS
            attribution.source_type = "document" if document else "anonymous"
            attribution.anonymous = None if document else (attribution.anonymous or AnonymousDetails())


def build_roster(paragraphs: list[Paragraph]) -> list[Source]:
    """Join the attributions' sources across paragraphs and set every ``source_id``.

    Works on the engine's output in article order, so a short form ("Knights",
    "he") is resolved against the sources and people already seen, as a reader
    would. A mention that resolves to a source takes that source's type (see the
    module's docstring); an unresolved pronoun keeps ``source_id`` null and is marked ``unresolved``.
    """
    _retype_plural_nouns(paragraphs)
    roster = _Roster(paragraphs)
    for paragraph in paragraphs:
        pronouns = roster.text_pronouns.get(paragraph.index, [])
        relaying = {a.relays: a.id for a in paragraph.attributions if a.relays is not None}
        for attribution in paragraph.attributions:
            while pronouns and pronouns[0][0] < attribution.source_span[0]:
                roster.follow_pronoun(paragraph.index, *pronouns.pop(0))
            # "Esper and General Milley said": each person is a source; the
            # attribution points at the first, and both list the mention.
            if attribution.writer:
                continue  # the writer's own voice: no source, no roster entry (schema: Attribution.writer)
            parts = _conjoined_people(attribution, roster) or [(attribution, attribution.source_span)]
            for position, (mention, span) in enumerate(parts):
                entry, resolution, certain = roster.place(
                    mention, paragraph.index, span,
                    relayed=attribution.via is not None and relaying.get(attribution.id) == attribution.via)
                if entry is None:
                    if position == 0 and (resolution == "pronoun" or interview_answer(attribution)):
                        attribution.unresolved = True  # someone the article named, not known whom: no anonymity
                    continue
                source = roster._source_for(entry, attribution, None)
                if position == 0:
                    _assign(attribution, "source_id", source.id)
                    if resolution in ("pronoun", "role") and source.type != attribution.source_type:
                        attribution.source_type = source.type
                        if source.type != "anonymous":
                            attribution.anonymous = None
                if attribution.id not in source.attribution_ids:
                    source.attribution_ids.append(attribution.id)
                source.mentions.append(construct(SourceMention, {  # (as the Source: see _Roster._source_for)
                    "paragraph": paragraph.index,
                    "span": span,
                    "text": mention.source,
                    "attribution_id": attribution.id,
                    "resolution": resolution,
                    "certain": certain,
                }))
        for offset, pronoun in pronouns:
            roster.follow_pronoun(paragraph.index, offset, pronoun)
    _merge_role_descriptions(roster, paragraphs)
    _merge_named_later(roster, paragraphs)
    _merge_lone_surnames(roster, paragraphs)
    _full_names(roster, paragraphs)
    sources = [e.source for e in roster.entries if e.source is not None and e.source.mentions]
    sources.sort(key=lambda s: (s.mentions[0].paragraph, s.mentions[0].span))  # in order of first citation
    renumbered = {}
    for number, source in enumerate(sources, start=1):
        renumbered[source.id] = new_id = source_id(number)
        _assign(source, "id", new_id)
    for paragraph in paragraphs:
        for attribution in paragraph.attributions:
            if attribution.source_id is not None:
                _assign(attribution, "source_id", renumbered.get(attribution.source_id))
    for source in sources:
        if source.type == "anonymous":
            _assign(source, "name", _most_used_form(source))
        _assign(source, "aliases", _aliases(source))
    claims_of: dict[str, list[str]] = {}
    for paragraph in paragraphs:
        for claim in paragraph.claims:
            for attribution_id in claim.attribution_ids:
                claims_of.setdefault(attribution_id, []).append(claim.id)
    for source in sources:
        _assign(source, "claim_ids", list(dict.fromkeys(c for a in source.attribution_ids for c in claims_of.get(a, []))))
    forget_quotations(list(roster.layout.texts.values()))  # what the engine kept for the paragraphs not asked about
    return sources
