"""Source noun phrases: where they start and stop, what kind of source they
name, and what an anonymous one tells about itself.

No parser: boundaries come from clause words, punctuation and capitals, which
is what news attribution leans on ("X, a Y at Z, said"; "..., said X, a Y").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final, Optional

from claimcheck.engines.rules import lexicon as lx
from claimcheck.engines.rules.tokens import QUOTE_CHARS, Token
from claimcheck.schema import AnonymousDetails

_MAX_NP: Final = 14


@dataclass
class SourceMemory:
    """Earlier sources of the document, newest last, for pronouns and "the official"."""

    entries: list[tuple[str, str, bool]] = field(default_factory=list)  # (text, type, plural)
    # capitalised words seen inside sentences: "Sanders" is a name, not a plural, when it is one there
    names: set[str] = field(default_factory=set)
    # the surnames of the people earlier sources named ("Law" of "Steven Law, a former aide"): see knows_surname
    surnames: set[str] = field(default_factory=set)
    # whether a transcript's or an interview's turn ("CLINTON: ...", "Q: ...") was read: after one, a first person
    # outside quotation marks may be the one answering, not the writer (attributions._cues._the_writers_voice)
    transcript: bool = False
    # whether an interview's question label ("Q. ...") was read: after one, "A. ..." opens the interviewee's answer
    interview: bool = False
    # the id of the interviewee's answer that runs on into the next paragraphs with no label of their own (set by the
    # engine once ids are given; None after a question)
    answer_id: Optional[str] = None

    def learn_names(self, tokens: list[Token]) -> None:
        # the properties is_capitalised / is_word, inlined: this runs on every token
        self.names.update(t.text for prev, t in zip(tokens, tokens[1:])
                          if t.text[0].isupper() and prev.text[0].isalnum())

    def knows_person(self, word: str) -> bool:
        """Whether an earlier source named a person with this word ("Pompeo" after "Mike Pompeo"): in the name, not
        in what describes them ("York" is no person's after "Geoffrey Berman, the U.S. attorney for ... New York")."""
        return any(source_type == "named_person" and word in _name_words(text) for text, source_type, _ in self.entries)

    def knows_surname(self, word: str) -> bool:
        """Whether an earlier source named a person by this surname ("Law" after "Steven Law, a former aide")."""
        return word in self.surnames

    def remember(self, text: str, source_type: str, plural: bool) -> None:
        self.entries.append((text, source_type, plural))
        if source_type == "named_person":
            surname = _surname_of(text)
            if surname:
                self.surnames.add(surname)

    def resolve(self, want_plural: Optional[bool], head: Optional[str] = None,
                types: tuple[str, ...] = ()) -> Optional[str]:
        for text, source_type, plural in reversed(self.entries[-12:]):
            if head is not None:
                if head in text.lower().split():
                    return source_type
                continue
            if want_plural is not None and plural != want_plural:
                continue
            if types and source_type not in types:
                continue
            return source_type
        return None


@lru_cache(maxsize=1024)
def _name_words(text: str) -> tuple[str, ...]:
    """The words of the name that opens a person's source phrase, before what describes them: "Steven Law, a
    former aide" -> ("Steven", "Law"), "Sen. Jo Lee (D-Ohio)" -> ("Sen.", "Jo", "Lee")."""
    return tuple(re.split(r"[,(—–]", text, maxsplit=1)[0].split())


def _surname_of(text: str) -> Optional[str]:
    """The last word of a person's name that opens a phrase: "Steven Law, a former aide" -> "Law",
    "Sen. Jo Lee (D-Ohio)" -> "Lee"; None when the name is someone's ("CNN's Jake Tapper" names Tapper)."""
    words = _name_words(text)
    return words[-1] if words and words[-1][0].isupper() else None


def is_acronym(word: str) -> bool:
    """'WHO', 'U.S.', 'AT&T', 'G7', 'KING-TV': capital initials (with their full stops, ampersands, digits and
    hyphens), the name of a body, never the function word they may spell. A word in capitals with an
    apostrophe ("IT'S", "DON'T", "O'BRIEN", an all-caps headline's) is a word set in capitals, not an
    acronym. The one test of what an acronym is: the phrases here, the shapes and the roster read it."""
    core = word.replace(".", "").replace("&", "")
    return len(core) > 1 and core[0].isalpha() and core.isupper() and all(part.isalnum() for part in core.split("-"))


def _acronym(t: Token) -> bool:
    return is_acronym(t.text)


# What opens a clause, an aside or a weighing before a source and is no part of it (see past_leads).
_SOURCE_LEADS: Final = lx.FOCUSING_ADVERBS | lx.CLAUSE_LEADS | lx.SUBORDINATORS


def past_leads(tokens: list[Token], start: int, end: int) -> int:
    """The first token of the source ``tokens[start:end]`` past the words that open its clause or weigh it:
    "Even Ana Ruiz", "And Ruiz", "Although Bloomberg", "like Lee Park", "only 24 percent" name Ana Ruiz, Ruiz,
    Bloomberg, Lee Park, 24 percent (the roster lists them, and a source's name opens with no function word).
    Never past the phrase's last word."""
    while start < end - 1 and tokens[start].lower in _SOURCE_LEADS and not _acronym(tokens[start]):
        start += 1
    return start


def _is_np_word(token: Token) -> bool:
    if token.text[0] in QUOTE_CHARS:
        return False
    if token.is_word:
        return token.lower not in lx.SUBJECT_STOPS or _acronym(token)
    return token.text in {"'s", "’s", "&"}


# Quantifiers that stand as a clause's subject with no adjective before them ("a game many call a classic"; not "one":
# "the only one who ...").
_CLAUSE_QUANTIFIERS: Final = frozenset("many some most few others several".split())
# Words a quantifier standing as a subject can follow in its own phrase: "the many", "so many", "of the few".
_BEFORE_A_QUANTIFIER: Final = lx.DETERMINERS | lx.PREPOSITIONS | lx.SUBJECT_STOPS | frozenset(
    "so how too as very the".split())


def walk_back(tokens: list[Token], end: int, lo: int) -> Optional[int]:
    """Start index of the noun phrase that ends at token ``end`` (inclusive)."""
    if end >= lo and tokens[end].text == ")":
        opening = _bracket_before(tokens, end, lo)
        if opening is not None:
            return walk_back(tokens, opening - 1, lo)  # "Jane Doe (D-Ohio)": the phrase before the brackets
    if end >= lo and (tokens[end].lower in {"which", "who"} and not _acronym(tokens[end])
                      or tokens[end].lower in lx.RELATIVE_CONTRACTIONS):
        return end
    if end - 1 >= lo and tokens[end].text == "%" and tokens[end - 1].text[:1].isdigit():
        return end - 1  # "42% say": a share of those polled
    if end < lo or not tokens[end].is_word or tokens[end].lower in lx.SUBJECT_STOPS and not (
            tokens[end].is_capitalised and end > lo):
        return None
    if tokens[end].lower in lx.PREPOSITIONS and not tokens[end].is_capitalised:
        return None  # "he began by saying": no noun phrase ends in a preposition
    if tokens[end].lower in lx.PRONOUNS:
        return end
    if tokens[end].lower in _CLAUSE_QUANTIFIERS and end - 1 >= lo and tokens[end - 1].is_word \
            and not tokens[end - 1].is_capitalised and tokens[end - 1].lower not in _BEFORE_A_QUANTIFIER:
        return end  # "a title game many are calling a classic": a quantifier after a noun opens a clause of its own
    if ends_in_a_names_verb(tokens, end, lo):
        return None
    k = end
    while k - 1 >= lo and end - k < _MAX_NP:
        if k - 2 >= lo and tokens[k - 1].text == "," and comma_in_a_number(tokens, k - 1):
            k -= 2  # "About 40,000 Russian soldiers said": the number's comma is no phrase's edge
            continue
        if _object_relative(tokens, k, end):
            break
        before = _extends_back(tokens, k, lo, k < end)
        if before is None:
            break
        k = before
    while k < end:
        if tokens[k].lower in lx.PREPOSITIONS and not (tokens[k].lower == "at" and tokens[k + 1].lower in {"least", "most"}):
            k += 1  # (not "At least four senators said": a count's bound)
        elif _date_before_name(tokens, k, end, lo):
            k += 1  # "In June Trump said", "Last August Lee Park said", "Tuesday Ana Ruiz said": the date is no name
            while k < end and (tokens[k].text.isdigit() or tokens[k].lower in lx.ORDINAL_DAYS):
                k += 1  # "On June 3 Ruiz said"
        elif tokens[k].lower in lx.TIME_LEADS and not _demonstrative_of_phrase(tokens, k):
            # "Later Smith said", "This week Smith said": the time is no part of the phrase
            following = tokens[k + 1].lower
            k += 2 if k + 1 < end and (following in lx.TIME_WORDS or following in lx.DAY_WORDS) else 1
        elif tokens[k].lower in lx.PHRASE_LEADING_ADVERBS or tokens[k].lower in lx.CORRELATIVE_LEADS and (
                tokens[k + 1].is_capitalised and any(t.lower in {"and", "or", "nor"} for t in tokens[k + 2:end + 1])):
            k += 1  # "Now Bloomberg says", "Both Cruz and Fiorina criticized": the adverb opens the sentence
        else:
            break
    return k


def _object_relative(tokens: list[Token], k: int, end: int) -> bool:
    """'the man who police say shot him', 'an article that Carson said was false', 'a man who many believe
    lied': the relative pronoun before k is the object of a clause whose own subject is k..end, so the phrase
    (the cue's subject) starts at k. A relative that is its clause's subject has a verb after it ("officials
    who spoke on condition of anonymity said", "judges who Trump appointed said"), and is walked through."""
    relative = tokens[k - 1]
    if relative.lower not in {"who", "whom", "that"} or relative.is_capitalised or _acronym(relative):
        return False  # "That person said": a demonstrative
    first = tokens[k]
    if not (first.is_capitalised or first.lower in lx.DETERMINERS or first.lower in lx.QUANTIFIER_SUBJECTS
            or k == end and (first.lower in lx.PERSON_NOUNS or first.lower in lx.ORGANIZATION_NOUNS)):
        return False  # a noun that is also a verb ("some who advocate free speech argue") only standing alone
    return not any(past_verb(t.lower) or t.lower in lx.AUXILIARIES or t.lower in lx.SINGLE_CUES
                   or t.lower.endswith("ing") and not t.is_capitalised for t in tokens[k:end + 1])


def participle_before_its_noun(tokens: list[Token], i: int, lo: int, hi: int) -> bool:
    """A past participle before a lower-case noun that modifies that noun: right after a preposition ("around
    proposed zoning changes", "critics of reported cuts"), after a possessive ("Obama's highly criticized press
    conference", "their widely reported remarks") or after a count that a preposition governs ("leads by 271
    pledged delegates"), past adverbs in -ly; or after a bare count before a noun ("list 72 confirmed cases", not
    "said 12 reported seeing smoke"). No finite verb stands there, so: no report, and no edge of the phrase it
    stands in."""
    if i - 1 < lo or i + 1 >= hi or not tokens[i].lower.endswith("ed"):
        return False
    j = i - 1
    while j > lo and _manner_adverb(tokens[j]):
        j -= 1
    prev = tokens[j].lower
    bare_count = j == i - 1 and prev.replace(",", "").isdigit() and not tokens[i + 1].lower.endswith("ing")
    if not (prev in lx.OBJECT_PREPOSITIONS and prev not in _NOT_BEFORE_A_MODIFIER or _a_possessive(tokens[j])
            or tokens[j].text[:1].isdigit() and j - 1 >= lo and tokens[j - 1].lower in lx.OBJECT_PREPOSITIONS
            or bare_count):
        return False
    nxt = tokens[i + 1]
    n = nxt.lower
    return nxt.is_word and not nxt.is_capitalised and not (
        n in lx.DETERMINERS or n in lx.ARTICLES_AND_POSSESSIVES or n in lx.PRONOUNS or n in lx.RECIPIENT_PRONOUNS
        or n in lx.PREPOSITIONS or n in lx.VERB_GROUP or n in {"that", "to", "and", "or", "as", "by", "how", "what",
                                                              "whether", "if", "why", "when"}
        or n.endswith("ly"))


def _manner_adverb(t: Token) -> bool:
    return t.is_word and not t.is_capitalised and t.lower.endswith("ly") and len(t.lower) > 4


def _a_possessive(t: Token) -> bool:
    """"his", "their", "Obama's", "the senators'": no verb follows one ("her" may be an object, and "he's", "Trump's"
    may hold "has": a participle after them is read as a modifier only before a noun, above)."""
    w = t.lower
    return w in _POSSESSIVE_DETERMINERS or t.is_word and w.endswith(("'s", "’s", "s'", "s’")) and len(w) > 3 \
        and w not in lx.CONTRACTED_PRONOUNS


_POSSESSIVE_DETERMINERS: Final = frozenset("his its their our my your".split())


# "as announced Monday", "to reported ...": before these the participle keeps its verb reading
_NOT_BEFORE_A_MODIFIER: Final = frozenset("as to like than per".split())


def _date_before_name(tokens: list[Token], k: int, end: int, lo: int) -> bool:
    """Whether the capitalised calendar word at k is a date before the name that follows it, not a given name:
    a weekday always ("Tuesday Ana Ruiz"); a month ("June", "April" and "May" are given names too) after a
    preposition or a word of time ("In June Trump", "Last August Lee Park", "since May Ruiz") or before a day's
    number ("June 3 Ruiz"). "June Carter said" keeps its given name."""
    t = tokens[k]
    if k >= end or not t.is_capitalised or t.lower.rstrip(".") not in lx.CALENDAR_NAMES:
        return False
    following = tokens[k + 1]
    if following.text[:1].isdigit() or following.lower in lx.ORDINAL_DAYS:
        return True
    if not _name_token(following):
        return False
    if t.lower in lx.DAY_WORDS:
        return True
    before = tokens[k - 1] if k > lo else None
    return before is not None and (before.lower in lx.PREPOSITIONS or before.lower in lx.TIME_LEADS
                                   or before.lower in lx.DATE_LEADS)


def _demonstrative_of_phrase(tokens: list[Token], k: int) -> bool:
    """'this source told', 'these officials said': a demonstrative before a noun that is no time word
    ("this week") belongs to the phrase."""
    following = tokens[k + 1].lower
    return tokens[k].lower in lx.DEMONSTRATIVES and following not in lx.TIME_WORDS and following not in lx.DAY_WORDS \
        and following not in lx.TIME_SPANS


def _opening_demonstrative(tokens: list[Token], k: int, lo: int) -> bool:
    """'That person said ...': "that" opening the sentence before a singular noun is its determiner, not a
    conjunction (which "That officials said ... is telling" and "that he said" are)."""
    head = tokens[k]
    return (k - 1 == lo and tokens[k - 1].lower == "that" and head.is_word and not head.is_capitalised
            and head.lower not in lx.SUBJECT_STOPS and head.lower not in lx.PRONOUNS and not _plural(head))


def _bracket_before(tokens: list[Token], close: int, lo: int) -> Optional[int]:
    """The "(" of a bracket closing at ``close`` (:func:`_bracket_open`), when a phrase can precede it."""
    opening = _bracket_open(tokens, close, lo)
    return opening if opening is not None and opening - 1 >= lo else None


def _bracket_open(tokens: list[Token], close: int, lo: int) -> Optional[int]:
    """The "(" of a bracket closing at ``close``: a short one ("(D-Ohio)", "(R)", "(the party's whip)"), or a longer
    apposition opening with an article ("Sen. Ana Lee (a Democrat so young she has been mistaken for an intern)")."""
    j = close - 1
    while j >= lo and tokens[j].text != "(" and close - j < 24:
        j -= 1
    if j < lo or tokens[j].text != "(":
        return None
    return j if close - j <= 8 or tokens[j + 1].lower in {"a", "an"} else None


_CURRENCY_SIGNS: Final = frozenset("$ £ € ¥".split())
_CLOCK_TIME: Final = re.compile(r"\d+[AP]M$")


def _extends_back(tokens: list[Token], k: int, lo: int, modifier: bool = False) -> Optional[int]:
    """Where a noun phrase starting at token k starts once the word before it is taken in
    (a bracket, a conjunction of names, a relative clause: a step of more than one token),
    or None when the phrase stops at k."""
    prev = tokens[k - 1]
    if prev.end == tokens[k].start and _CLOCK_TIME.match(prev.text):
        return None  # "9:52PMBush Says": a live post's time, glued to its headline, is no part of the name
    if prev.text == ")":
        return _bracket_open(tokens, k - 1, lo)  # "Rep. John Mica (R-Fla.)": a party tag or affiliation in brackets
    if prev.text in _CURRENCY_SIGNS and tokens[k].text[:1].isdigit():
        return k - 1  # "The $1 billion lawsuit says": the sign is the amount's
    if prev.lower in lx.PRONOUNS and prev.lower != "i":
        if prev.is_capitalised and prev.lower in lx.PRONOUNS_PERSON_SINGULAR and _name_token(tokens[k]) \
                and tokens[k].lower not in lx.NOT_NAMES and tokens[k].lower not in lx.PRONOUNS \
                and tokens[k].lower not in lx.SINGLE_CUES and not past_verb(tokens[k].lower):
            return k - 1  # "He Jianxiong said": a family name that spells a pronoun, before the given name
        return None
    if prev.lower == "and" and k - 2 >= lo and tokens[k - 2].lower in lx.PRONOUNS_PERSON_SINGULAR | lx.PRONOUNS_PLURAL:
        return k - 2  # "he and Mr. Allen said", "she and another reporter said": a pronoun and a phrase
    if prev.lower == "and" and modifier and k - 2 >= lo and not tokens[k].is_capitalised and tokens[k].is_word \
            and not tokens[k].text[0].isdigit() and not tokens[k - 2].is_capitalised and tokens[k - 2].is_word \
            and _is_np_word(tokens[k - 2]) \
            and tokens[k - 2].lower not in lx.PREPOSITIONS and not past_verb(tokens[k - 2].lower):
        return k - 2  # "current and former officials", "state and local leaders": two modifiers of one head
    if _opening_demonstrative(tokens, k, lo):
        return k - 1
    if prev.lower == "and" and k - 2 >= lo and _is_np_word(tokens[k - 2]) and (
            tokens[k - 2].is_capitalised or tokens[k].is_capitalised and (
                tokens[k - 2].lower in lx.PERSON_NOUNS or tokens[k - 2].lower in lx.TITLES)):
        return k - 1  # "Smith and Jones", "the president and First Lady"
    if prev.lower in {"who", "whom"} and not _acronym(prev) or prev.lower in lx.RELATIVE_CONTRACTIONS \
            or prev.lower == "that" and k - 2 >= lo and (
            tokens[k - 2].lower in lx.DOCUMENT_NOUNS or tokens[k - 2].lower in lx.PERSON_NOUNS
            or tokens[k - 2].lower in lx.ORGANIZATION_NOUNS):
        return k - 1  # through a relative clause: "a study that appeared in the journal found"
    if prev.lower == "to" and k - 2 >= lo and (tokens[k - 2].lower in lx.PERSON_NOUNS
                                               or tokens[k - 2].lower in lx.SPOKESPERSON_NOUNS
                                               or tokens[k - 2].lower in lx.CLOSENESS_WORDS
                                               or tokens[k - 2].lower in lx.RELATIONAL_BODY_NOUNS):
        # "advisers to Mr. Obama", "a spokesman to the king", "people close to the mayor", "Iran's mission to the
        # United Nations"
        return k - 1
    # a capital inside a phrase is a name ("Theresa May", "Will Hurd"), not the function word
    if not (_is_np_word(prev) or prev.is_capitalised and k - 1 > lo and prev.lower not in {"and", "but", "that"}):
        return None
    relative = k - 2 >= lo and tokens[k - 2].lower in {"who", "that", "which"}
    if not prev.is_capitalised and not relative and (
            past_verb(prev.lower) and (tokens[k].lower in lx.DETERMINERS or _verb_before_object(tokens, k, lo))
            or prev.lower in lx.SINGLE_CUES and prev.lower.endswith("ed") and not (
                prev.lower in lx.DOCUMENT_PARTICIPLES and k - 2 >= lo and tokens[k - 2].lower in lx.DOCUMENT_NOUNS
                or participle_before_its_noun(tokens, k - 1, lo, k + 1))):
        # "Trump unleashed a series of tweets", "the court noted published reports", "he knocked Cruz for",
        # "have left 62 percent of voters": a clause edge ("a statement posted on the site": a document's own;
        # "critics of reported cuts": a participle before its noun)
        return None
    if tokens[k].lower in lx.ARTICLES_AND_POSSESSIVES and not prev.is_capitalised and prev.is_word \
            and prev.lower not in lx.DETERMINERS and prev.lower not in lx.OBJECT_PREPOSITIONS \
            and not prev.lower.endswith(("'s", "’s", "s'")) \
            and not any(t.lower in lx.RELATIVE_PRONOUNS or t.lower == "to" for t in tokens[max(lo, k - 3):k - 1]):
        # "things the mayor has said": a noun phrase has its article first, so one opens here (a relative or
        # infinitive clause's object, right after its verb, is walked through: "economists who favor the tax
        # agree", "the last man to win the state says"; but not a noun after it: "reason to doubt the story
        # the mayor is telling")
        return None
    return k - 1


def _verb_before_object(tokens: list[Token], k: int, lo: int) -> bool:
    """Whether the past form before token k is a verb whose object k opens, not a participle describing it:
    a name after a subject ("he knocked Cruz", "Lee, who ..., remembered Freddy", "was pleased Ms. Ruiz"), a
    number after a subject or an auxiliary ("have left 62 percent of voters"). "The embattled Ruiz", "a group
    of disaffected Ethiopians", "freshly filed Harbor Board reports", "said retired Gen. Lee", "a poll released
    Sunday" keep their participle."""
    if k - 2 < lo or "-" in tokens[k - 1].text:
        return False  # "a teary-eyed Ruiz": a compound adjective
    head, before = tokens[k], tokens[k - 2]
    if head.text[0].isdigit():
        return before.is_word and before.lower not in lx.DETERMINERS and before.lower not in lx.PREPOSITIONS
    if not head.is_capitalised or _bare(head) in lx.CALENDAR_WORDS:
        return False
    return before.text == "," or before.lower in lx.PRONOUNS or before.lower in lx.BE_FORMS \
        or before.lower in {"has", "have", "had"} or before.is_capitalised and before.is_word \
        and before.lower not in lx.DETERMINERS


def _named_subject(tokens: list[Token], k: int, lo: int) -> bool:
    """Whether token k ends a name that opens a clause as its subject: a run of capitalised words ("Ruiz", "Ana
    Ruiz"), not a plural, a pronoun or a determiner ("Those"), at the clause's start (the sentence's, as a full
    name, or after a comma or a clause's word): not the object of a preposition ("a poll of South Carolina
    released"), one of two names ("NBC and The Journal released") or a reduced relative's subject ("the
    scholars Ruiz interviewed")."""
    t = tokens[k]
    if not (_name_token(t) and t.is_word and t.lower not in lx.DETERMINERS and t.lower not in lx.NOT_NAMES
            and t.lower not in lx.PRONOUNS and not _plural(t)):
        return False
    start = k
    while start - 1 >= lo and _name_token(tokens[start - 1]) and tokens[start - 1].is_word:
        start -= 1
    if start == lo:
        return start < k  # "Ana Ruiz stopped", not "Officials stopped" or "Those polled"
    before = tokens[start - 1]
    return not before.is_word and before.text not in {"'s", "’s"} or before.lower in lx.CLAUSE_OPENING_WORDS


def ends_in_a_names_verb(tokens: list[Token], end: int, lo: int) -> bool:
    """'Carson appeared', 'Ana Ruiz stopped': a lower-case past form after a person's name is the name's verb,
    so no noun phrase ends there ("Those polled", "people surveyed", "the emails released" do)."""
    return end - 1 >= lo and not tokens[end].is_capitalised and past_verb(tokens[end].lower) \
        and "-" not in tokens[end].text and _named_subject(tokens, end - 1, lo)


def trailing_time(tokens: list[Token], start: int, end: int) -> int:
    """End of a phrase without a trailing 'in recent weeks' / 'on Monday'."""
    for k in range(start + 1, end):
        w = tokens[k].lower
        if w in {"who", "which", "that"}:
            return end  # the time belongs to a relative clause: "engineers who inspected it last month"
        if w in lx.PREPOSITIONS and any(t.lower in lx.TIME_WORDS or t.text.isdigit() and len(t.text) == 4
                                     for t in tokens[k + 1:end]):
            return k
        if w in {"after", "before", "during", "since", "amid", "following"}:
            return k  # "Springsteen after the shooting": a time phrase, not part of the name
        if w in {"this", "last", "next", "earlier", "just", "late"} and any(
                t.lower in lx.TIME_WORDS for t in tokens[k + 1:end]):
            return k
    return end


def _np_continues(t: Token) -> bool:
    w = t.lower
    return (w in lx.PREPOSITIONS or w in {"and", "'s", "’s", "-"} or w in lx.PERSON_NOUNS or w in lx.ORGANIZATION_NOUNS
            or w in lx.DOCUMENT_NOUNS or w in lx.SPOKESPERSON_NOUNS or w in lx.AFFILIATION_WORDS
            or w in lx.RANK_WORDS or w in lx.TITLES or w.isdigit() or w.endswith(("ist", "ists", "er", "ers", "or", "ors", "ian", "ians", "ent", "ents", "ant", "ants")))


def looks_like_noun(w: str) -> bool:
    """Endings of nouns for people and groups: 'economists', 'researchers', 'panel'."""
    return w.endswith(("ist", "ists", "er", "ers", "or", "ors", "ian", "ians", "ent", "ents", "ant", "ants",
                       "ee", "ees", "ary", "aries", "ion", "ions", "ty", "ties", "ity", "ship", "ment", "ments",
                       "ate", "ates", "ry", "ries")) and w not in lx.COUNT_WORDS or person_compound(w)


def person_compound(w: str) -> bool:
    """'businessman', 'spokeswomen', 'salespeople', 'chairperson': a compound ending in a word for people."""
    return len(w) > 6 and w.endswith(lx.PERSON_COMPOUND_ENDS) and w not in lx.NOT_PERSON_COMPOUNDS


def comma_in_a_number(tokens: list[Token], k: int) -> bool:
    """Whether the comma at token k groups a number's digits ("4,000"), which the tokenizer splits."""
    return 0 < k < len(tokens) - 1 and tokens[k - 1].text[-1:].isdigit() and tokens[k + 1].text[:1].isdigit() \
        and tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start


def finite_auxiliary_at(tokens: list[Token], k: int, hi: int) -> bool:
    """Whether token k (before hi) is a modal or a finite "be", "have" or "do", the verb a subject takes straight
    after it: after a cue it opens a clause whose subject is not there ("the man police said will appear")."""
    return k < hi and (tokens[k].lower in lx.MODAL_VERBS or tokens[k].lower in lx.FINITE_AFTER_A_SUBJECT)


def past_verb(w: str) -> bool:
    return w in lx.IRREGULAR_PAST or w.endswith("ed") and len(w) > 4 and w not in lx.PERSON_NOUNS \
        or w in lx.SHORT_PAST_FORMS


def without_brackets(words: list[Token]) -> list[Token]:
    out: list[Token] = []
    depth = 0
    for t in words:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(t)
    return out


def walk_forward(tokens: list[Token], start: int, hi: int, text: str, subject: bool = False) -> Optional[int]:
    """End index (exclusive) of the noun phrase starting at token ``start``."""
    if start >= hi or not tokens[start].is_word:
        return None
    if tokens[start].lower in lx.PRONOUNS:
        return start + 1
    k = start
    while k < hi and k - start < _MAX_NP:
        t = tokens[k]
        if t.text == "(" and k > start:
            j = k + 1
            while j < hi and tokens[j].text != ")" and j - k < 8:
                j += 1
            if j < hi and tokens[j].text == ")":
                k = j + 1
                continue
            break
        if not t.is_word and t.text not in {"'s", "’s", "&", "-"}:
            break
        if t.text == "-" and _spaced(tokens, k):
            break  # a dash ("--", " - "), not a hyphen: "according to the Desk -- there is ..." ends the phrase
        if k > start and (t.lower in lx.PRONOUNS or t.lower in lx.CONTRACTED_PRONOUNS):
            break  # "told reporters he would run", "... he's running": a subject pronoun opens a clause
        if t.lower in {"that", "who", "which", "whom", "whose", "where", "when", "because", "but", "as", "to",
                       "said", "says", "say", "told", "if", "while", "since", "than", "is", "are", "was", "were",
                       "has", "have", "had", "will", "would"} and not _acronym(t) and not (
                t.lower == "will" and t.is_capitalised and (  # a name: "said Will Doyle", "George Will"
                    k + 1 < hi and tokens[k + 1].is_capitalised or k > start and tokens[k - 1].is_capitalised)):
            break
        if t.lower == "and" and not (k + 1 < hi and (tokens[k + 1].is_capitalised
                                                      or tokens[k + 1].lower in lx.AFFILIATION_WORDS
                                                      or tokens[k + 1].lower in lx.RANK_WORDS)):
            break
        if k > start and t.lower in lx.PREPOSITIONS and k + 1 < hi:
            following = tokens[k + 1]
            is_time = following.lower in lx.DAY_WORDS or following.lower in lx.TIME_WORDS and not following.is_capitalised
            if is_time or following.lower in {"a", "an"} and k + 2 < hi and tokens[k + 2].lower in lx.TIME_WORDS:
                break
        if k > start and t.lower in lx.DAY_WORDS:
            break
        if subject and k > start and not t.is_capitalised and tokens[k - 1].lower not in lx.TIME_UNITS and (
                t.lower in lx.TIME_ADVERBS or t.lower in lx.HABITUAL_ADVERBS):
            break  # "Lee later sued", "the clerk often asks": an adverb before the verb ("days later" is a time)
        if subject and k > start and t.is_word and not t.is_capitalised and (
                tokens[k - 1].is_capitalised and tokens[k - 1].lower not in lx.NOT_NAMES and not _np_continues(t)
                and not _possessive_name(tokens[k - 1])  # "France's far-right party leader": a possessive
                and not role_before_a_name(tokens, k, hi)  # "Republican presidential candidate Ana Ruiz"
                or past_verb(t.lower)):
            break  # "Cruz exhorted ...": a name, then its verb
        if k > start and t.lower in lx.DOCUMENT_PARTICIPLES and tokens[k - 1].lower in lx.DOCUMENT_NOUNS:
            break  # "documents filed Friday", "emails obtained by the Tide": what befell the document, not its name
        k += 1
    return k if k > start else None


def role_before_a_name(tokens: list[Token], k: int, hi: int) -> bool:
    """Whether the lower-case words at token k are a role that introduces the name after it ("Republican
    presidential candidate Ana Ruiz", "Talk show host Lee Park", "the Post's bureau chief Ana Ruiz"): up to three
    modifiers and nouns, no verb form among them, the last a word for a person (:data:`lexicon.NAME_INTRODUCERS`,
    :data:`lexicon.PERSON_NOUNS`, :data:`lexicon.TITLES`), then a capitalised word. After a name, a first word in
    -s is its verb ("Cruz attacks rival Ana Ruiz"), not a role."""
    j = k
    while j < hi and j - k < 3 and tokens[j].is_word and not tokens[j].is_capitalised:
        w = tokens[j].lower
        if w in lx.VERB_GROUP or w in lx.SINGLE_CUES or w in lx.SUBJECT_STOPS or w in lx.PREPOSITIONS \
                or w in lx.DETERMINERS or w in lx.PRONOUNS or past_verb(w) or w.endswith("ing") \
                or j == k and w.endswith("s") and not w.endswith("ss"):
            return False
        j += 1
    if j == k or j >= hi or not tokens[j].is_capitalised or not tokens[j].text[0].isalpha():
        return False
    role = tokens[j - 1].lower
    return role in lx.NAME_INTRODUCERS or role in lx.PERSON_NOUNS or role in lx.TITLES


def _spaced(tokens: list[Token], k: int) -> bool:
    """Whether the hyphen token at ``k`` stands apart from a word on either side: a dash, not "U.S.-China"."""
    return (k > 0 and tokens[k - 1].end < tokens[k].start) or (
        k + 1 < len(tokens) and tokens[k].end < tokens[k + 1].start)


def _possessive_name(t: Token) -> bool:
    """'France's', 'Ana Ruiz's': a name's possessive, which goes on to what it possesses; not a contraction
    ("He's", "There's", "It's")."""
    w = t.lower
    return w.endswith(("'s", "’s")) and w not in lx.CONTRACTED_PRONOUNS and w[:-2] not in lx.SUBJECT_STOPS \
        and w[:-2] not in lx.PRONOUNS and w[:-2] not in lx.NOT_SOURCE_WORDS


# Each starts at a word boundary: "disclose to" holds no "close to", and the search
# skips the inside of words at once (2-3x faster on long sentences).
_BASIS: Final = re.compile(r"\b(?:" + "|".join(lx.BASIS_PATTERNS) + r")", re.IGNORECASE)
_REASON: Final = re.compile(r"\b(?:" + "|".join(lx.REASON_PATTERNS) + r")", re.IGNORECASE)
_REASON_CLUE: Final = re.compile("|".join(lx.REASON_CLUES), re.IGNORECASE)  # see lexicon.REASON_CLUES


# --- typing ------------------------------------------------------------------


def core_phrase(words: list[Token]) -> list[Token]:
    """The head segment: up to the first comma, relative pronoun or preposition."""
    core: list[Token] = []
    for n, t in enumerate(words):
        if t.text in {",", "—", "–", "―", "-"} or t.lower in lx.RELATIVE_CLAUSE_OPENERS and not _acronym(t):
            break
        if core and (t.lower in lx.PREPOSITIONS and t.lower != "of" or t.lower == "to"
                     or t.lower in lx.QUALIFYING_PREPOSITIONS):
            break  # "the company behind the plan": the qualifier is no part of the head
        if len(core) > 1 and t.lower in lx.BASIS_OPENERS and n + 1 < len(words) and (
                words[n + 1].lower in lx.PREPOSITIONS or words[n + 1].lower == "to"):
            break  # "a Democrat familiar with the talks", "an aide close to the mayor": the basis is no head
        if core and not t.is_capitalised and past_verb(t.lower) and core[-1].lower not in lx.DETERMINERS \
                and core[-1].lower not in lx.PARTICIPLE_ADVERBS:
            break  # "a report released last year", "research conducted by ..." ("recently hacked files": before it)
        if core and t.is_word and not t.is_capitalised and t.lower.endswith("ing") and len(t.lower) > 5 \
                and t.lower not in lx.RANK_WORDS and core[-1].lower not in lx.DETERMINERS \
                and core[-1].lower not in lx.PREPOSITIONS and n + 1 < len(words) \
                and (words[n + 1].is_capitalised or words[n + 1].lower in lx.ARTICLES_AND_POSSESSIVES
                     or _plural(core[-1]) and words[n + 1].lower in lx.PREPOSITIONS):
            # "superdelegates supporting Ana Ruiz", "reports emerging in the press": a participle's phrase after
            # the head, no part of it
            break
        core.append(t)
    # "one of the family's attorneys": the head sits after "of"
    if len(core) > 2 and any(t.lower == "of" for t in core):
        i = next(i for i, t in enumerate(core) if t.lower == "of")
        before = core[i - 1].lower
        if i > 1 and (before in lx.PERSON_NOUNS or before in lx.SPOKESPERSON_NOUNS or before in lx.TITLES
                      or before in lx.DOCUMENT_NOUNS or before in lx.BODIES_OF_MEMBERS):
            return core[:i]  # "a supporter and president of the Center", "a recent poll of voters", "a committee of
            # unsecured creditors" (a body of its members, on record as one)
        if core[0].lower in lx.COUNT_WORDS or core[0].lower in {"some", "many", "most", "none", "members", "member"}:
            return core if core[0].lower in {"members", "member"} else core[i + 1:]
        return core[:i]
    return core


def _names(words: list[Token], sentence_initial: bool, known: frozenset[str] | set[str] = frozenset()) -> list[Token]:
    """Tokens that look like parts of a proper name."""
    names = []
    for i, t in enumerate(words):
        if not t.is_capitalised or not t.text[0].isalpha():
            continue
        if t.lower in lx.NOT_NAMES or t.lower in lx.TITLES and i + 1 < len(words) and not words[i + 1].is_capitalised:
            continue
        if i == 0 and sentence_initial and t.text not in known and t.lower not in lx.ORGANIZATION_NAMES and (
                t.lower.endswith(lx.COMMON_PLURAL_ENDINGS) or t.lower in lx.PERSON_NOUNS or t.lower in lx.DOCUMENT_NOUNS
                                            or t.lower in lx.ORGANIZATION_NOUNS or t.lower in lx.RANK_WORDS
                                            or t.lower in lx.AFFILIATION_WORDS):
            continue
        names.append(t)
    return names


_NAME_PARTICLE: Final = re.compile(rf"^(?:{'|'.join(lx.NAME_PARTICLES)})-?[A-Z]")


def is_name_particle(word: str) -> bool:
    """'al-Nuri', 'van Dijk'-style surnames that start in lower case."""
    return _NAME_PARTICLE.match(word) is not None


def _plural(head: Token) -> bool:
    w = head.lower
    return (w.endswith("s") and not w.endswith("ss") and w not in {"its", "his", "this", "news", "times"}) or w in {
        "people", "men", "women", "police", "staff", "spokespeople"}


def _bare(t: Token) -> str:
    """A word without its possessive or final period: "Post's" -> "post", "Sen." -> "sen"."""
    w = t.lower
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    return w.rstrip(".")


def _name_token(t: Token) -> bool:
    return t.is_capitalised and t.text[0].isalpha() or is_name_particle(t.text)


def _lead(words: list[Token]) -> list[Token]:
    """The phrase up to its first comma, dash or relative pronoun."""
    out = []
    for t in words:
        if t.text in {",", "—", "–", "―", "-", "(", ";", ":"} or t.lower in lx.RELATIVE_CLAUSE_OPENERS and not _acronym(t):
            break
        out.append(t)
    return out


_NAME_SUFFIXES: Final = lx.NAME_SUFFIXES


def person_name_end(words: list[Token]) -> Optional[int]:
    """Where the personal name that ends ``words`` starts, or None when they do not end in one.

    A name is a run of capitalised words led by a given name from the census lists ("Kurt Volker"),
    by an honorific or title ("Sen. Sasse", "President Trump"), or by a lower-case role noun that
    introduces it ("State Department official David Holmes"). Runs holding an institution word
    ("Justice Department") or ending in an acronym are not people.
    """
    k = len(words)
    while k > 1 and (_bare(words[k - 1]) in _NAME_SUFFIXES or words[k - 1].text == "."):
        k -= 1  # "Patrick W. Carlineo Jr."
    start = k
    # a personal name with its titles is a few words: looking further back only costs time on title case
    while start - 1 >= 0 and k - start < 8 and (_name_token(words[start - 1]) or words[start - 1].text in {"'s", "’s"}
                                                 or _inner_particle(words, start - 1)):
        start -= 1
    run = words[start:k]
    if not run or not run[-1].is_capitalised or is_acronym(run[-1].text) \
            or run[-1].lower.endswith(("'s", "’s")):
        return None
    for s in range(start, k):
        name = words[s:k]
        bare = [_bare(t) for t in name]
        if not bare:
            break
        if any(w in lx.ORGANIZATION_NAME_WORDS for w in bare) or any(w in lx.ORGANIZATION_NAMES for w in bare) and not (
                len(bare) >= 2 and bare[0] in lx.FIRST_NAMES and bare[0] not in lx.ORGANIZATION_NAMES
                and not any(w in lx.ORGANIZATION_NAMES for w in bare[:-1])):
            continue  # "Justice Department", "Iran"; but "Steve Israel": a given name, then a surname
        if bare[-1] in lx.PARTY_MEMBER_WORDS or bare[-1][:-1] in lx.PARTY_MEMBER_WORDS:
            continue  # "a Nevada Democrat", "Virginia Republicans": a party's members, no given name and surname
        before = words[s - 1] if s > 0 else None
        if before is not None and (before.lower in lx.PREPOSITIONS or before.lower in {"and", "&"}):
            continue  # "the lawyer for Jane Doe": the name is the object, not the head
        if len(name) >= 2 and bare[0] in lx.CALENDAR_NAMES and (bare[0] in lx.DAY_WORDS or before is not None and (
                before.lower in lx.TIME_LEADS or before.lower in lx.DATE_LEADS or before.lower in lx.DETERMINERS)):
            continue  # "Last August Jo Diaz", "Tuesday Ana Ruiz": a date, then the name
        titled = before is not None and (before.lower in lx.TITLES or _bare(before) in lx.GENDERED_WORDS)
        if titled and name[0].lower not in lx.TITLES:
            return s
        if len(name) >= 2 and (_given_name(name[0]) or before is not None and not before.is_capitalised
                               and before.lower in lx.NAME_INTRODUCERS) and name[0].lower not in lx.TITLES:
            return s
    return None


def _inner_particle(words: list[Token], k: int) -> bool:
    """'bin' in "Faisal bin Farhan", 'de' and 'la' in "Ana de la Cruz": a lower-case particle between a name's
    capitalised parts (after a capitalised word, or after another particle that is)."""
    particles = lx.INNER_NAME_PARTICLES
    j, n = k, k
    while j >= 0 and words[j].lower in particles:
        j -= 1
    while n < len(words) and words[n].lower in particles:
        n += 1
    return j < k and j >= 0 and _name_token(words[j]) and words[j].lower not in lx.TITLES and n < len(words) \
        and words[n].is_capitalised


def _given_name(t: Token) -> bool:
    """A given name from the census lists that is no quantifier or determiner opening a phrase ("Many", "Some",
    "Most" are on the lists: "Many Latinos" is no person)."""
    return t.lower in lx.FIRST_NAMES and t.lower not in lx.DETERMINERS and t.lower not in lx.SHARE_WORDS \
        and t.lower not in lx.APPROXIMATORS


def spokesperson_principal(words: list[Token], memory: Optional[SourceMemory] = None) -> Optional[
        tuple[int, int, bool]]:
    """For an unnamed spokesperson, the character span of whom they speak for and whether that is a person:
    "a spokesman for the Justice Department", "a Taliban representative" (a body); "a spokeswoman for Sen. Jo
    Lee", "a Ruiz spokesman" after the article named Ana Ruiz (a person). None for anyone else, and for a
    spokesperson named in the phrase ("campaign spokeswoman Jo Lee")."""
    lead = _lead(words)
    heads = [i for i, t in enumerate(lead) if t.lower in lx.SPOKESPERSON_NOUNS]
    if not heads:
        return None
    i = heads[0]
    if i + 1 < len(lead) and lead[i + 1].lower in {"for", "of", "at", "with"}:
        body = lead[i + 2:]
        while body and body[0].lower in lx.DETERMINERS:
            body = body[1:]
        if body:
            return body[0].start, body[-1].end, _a_persons_name(body, memory)
        return None
    if person_name_end(lead) is not None:
        return None  # "campaign spokeswoman Jo Lee": the spokesperson is named
    # The body is the run of modifiers right before the head, when a name is among them: "a Taliban
    # representative", "Prison union representatives" (the union, not "Prison"), "a Trump campaign spokesman".
    j = i
    while j > 0 and (lead[j - 1].is_word and lead[j - 1].lower not in lx.DETERMINERS
                     and lead[j - 1].lower not in lx.NOT_NAMES and lead[j - 1].lower not in lx.RANK_WORDS
                     or lead[j - 1].lower in {"and", "&"} and j > 1 and lead[j - 2].is_capitalised):
        j -= 1  # ("White House and Pentagon spokesmen": two bodies)
    body = lead[j:i] if any(t.is_capitalised for t in lead[j:i]) else []
    possessor = next((k for k, t in enumerate(body) if t.lower.endswith(("'s", "’s"))), None)
    if possessor is not None:
        body = body[:possessor + 1]  # "the White House's deputy spokeswoman": the possessor is the body
    if body:
        last = body[-1]
        end = last.end - 2 if last.lower.endswith(("'s", "’s")) else last.end
        # "a Ruiz campaign spokesman": a body's noun after the name makes it the body's spokesperson
        owned = any(t.lower in lx.ORGANIZATION_NOUNS for t in lead[lead.index(last) + 1:i])
        return body[0].start, end, not owned and _a_persons_name(body, memory)
    return None


def _a_persons_name(words: list[Token], memory: Optional[SourceMemory]) -> bool:
    """Whether the words whom a spokesperson speaks for are a person's name: "Sen. Jo Lee", "Mr. Ruiz", or a
    surname a source named a person by ("Ruiz" after "Ana Ruiz said"). A body's name never is."""
    words = [t for t in words if t.text not in {"'s", "’s"}]
    if not words or any(_bare(t) in lx.ORGANIZATION_NAME_WORDS or is_acronym(t.text) for t in words):
        return False
    if words[-1].lower.endswith(("'s", "’s")):
        words = words[:-1] + [Token(words[-1].text[:-2], words[-1].start, words[-1].end - 2, words[-1].lower[:-2])]
    if person_name_end(words) is not None:
        return True
    last = words[-1].text
    return memory is not None and len(words) == 1 and (memory.knows_surname(last) or memory.knows_person(last))


def spokesperson_body(words: list[Token]) -> Optional[tuple[int, int]]:
    """For an unnamed spokesperson ("a spokesman for the Justice Department", "a Taliban
    representative"), the character span of whom they speak for; None for anyone else."""
    principal = spokesperson_principal(words)
    return principal[:2] if principal is not None else None


def spokesperson_of(text: str, tokens: list[Token], span: tuple[int, int]) -> Optional[str]:
    """Whom an unnamed spokesperson source speaks for (a body, or a person), as the article spells it, or None
    (also for a spokesperson the phrase names: "a spokeswoman for Sen. Lee, Jo Park")."""
    if not any(w in lx.SPOKESPERSON_NOUNS for w in text[span[0]:span[1]].lower().split()):
        return None
    lo = bisect_left(tokens, span[0], key=lambda t: t.start)
    hi = bisect_right(tokens, span[1], lo, key=lambda t: t.end)
    words = tokens[lo:hi]
    if not words or _names_a_person(words):
        return None
    body = spokesperson_body(words)
    return text[body[0]:body[1]] if body else None


def classify(words: list[Token], sentence_initial: bool, memory: SourceMemory, rest: str = "") -> tuple[str, bool]:
    """The source type of a noun phrase, and whether it names several. ``rest``: the sentence's text after the
    phrase, read only for a grant of anonymity to a unique office (see _unique_office)."""
    comma = next((i for i in range(len(words) - 1, 0, -1) if words[i].text == ","), None)
    if comma is not None and comma + 1 < len(words) and all(
            _bare(t) in lx.NAME_SUFFIXES or t.text == "." for t in words[comma + 1:]):
        words = words[:comma] + words[comma + 1:]  # "... of Michael Brown, Jr.": his suffix, no apposition
    core = core_phrase(words) or words
    head = core[-1]
    share = share_of_people(words)
    if head.lower in lx.INSTITUTION_PLURALS and share is None and not any(t.text == "," for t in words):
        return "organization", True  # "prosecutors said", "police said": the institution on record
    if _names_a_person(words):
        return "named_person", False
    if _names_a_member(words, sentence_initial, memory):
        return "named_person", True
    if share is not None:
        return "anonymous", share  # "Nearly half", "Almost everyone", "most of the voters": nobody named
    if len(core) == 1 and (head.lower in lx.PRONOUNS or head.lower in lx.SUBJECT_FORMS):
        return _pronoun_type(lx.SUBJECT_FORMS.get(head.lower, head.lower), memory)
    counted = _counted_people(core, memory)
    if counted is not None:
        return "anonymous", counted  # "Some Americans", "one Ohio Democrat": unnamed people, though capitalised
    principal = spokesperson_principal(words, memory)
    if principal is not None:
        # "a spokesman for the Justice Department" is the body on record; "a spokeswoman for Sen. Jo Lee" the
        # person on record, through her spokeswoman
        return ("named_person" if principal[2] else "organization"), False if principal[2] else _plural(head)
    if _unique_office(core, memory) and not _ANONYMITY.search(rest):
        return "named_person", False  # "the county's top prosecutor": one identifiable, accountable person
    if len(core) == 1 and _name_token(head) and memory.knows_surname(head.text):
        return "named_person", False  # "Law said" after "Steven Law, a former aide, said": his surname, no text
    plural = _plural(head)
    if _members_of_a_body(core):
        return "anonymous", plural  # "members of the Iraqi Parliament": unnamed people, not the body on record
    if core[0] is not words[0] and _name_token(head) and _plural(head) and len(core) <= 3 \
            and any(t.lower == "of" for t in words[:words.index(core[0])]):
        return "anonymous", True  # "a quarter of Americans", "one of the Harborites": a share of a people
    if head.lower in lx.PEOPLE_OR_TEXT_NOUNS and _people_figures(core):
        return "anonymous", plural  # "some GOP figures", "public figures": unnamed people, not numbers
    if len(core) == 1 and (_WEB_DOMAIN.fullmatch(head.text) or _COUNTRY_DOMAIN.fullmatch(head.text)):
        return "organization", False  # "26sep.net said", "Vlast.kz reported": a website's name, as "Politifact.com" is
    if len(core) == 2 and core[0].lower == "the" and head.text in lx.DEMONYM_NOUNS:
        # "the Spaniard said" after "Badosa said": one of a nationality's people the article named, never a body
        found = memory.resolve(plural, types=("named_person", "anonymous"))
        return found or "anonymous", plural
    if head.lower in lx.DOCUMENT_NOUNS and lx.BODY_KINDS.get(head.lower) == "outlet" and _outlet_in_apposition(words):
        return "organization", False  # "The paper, Komsomolskaya Pravda": a newspaper by its name, not a text
    if head.lower in lx.DOCUMENT_NOUNS and not (len(core) > 1 and head.is_capitalised and _bare(head) in
                                                 lx.ORGANIZATION_NAME_WORDS) and not (
            head.is_capitalised and _apposition_head(words, core) in lx.ORGANIZATION_NOUNS):
        # (not "Nimbus Data, a cloud storage company": a firm by its name, as its apposition says)
        return "document", plural  # not "the Washington Post", "The Post": an outlet by its name
    if _coordinated_bodies(core, memory):
        return "organization", True
    names = _names(core, sentence_initial, memory.names)
    if names:
        return _named_type(words, core, names, plural)
    marks = [i for i, t in enumerate(words) if t.text in {",", "—", "–", "―", "-"}]
    if marks and _names(words, sentence_initial, memory.names):
        # "the commander, Lt. Gen. Robert P. White": the apposition names him
        apposition = [t for t in words[marks[0] + 1:] if t.text not in {"—", "–", "―", "-"}]
        if apposition and apposition[0].lower not in lx.INCLUSION_WORDS:  # a list of members is no apposition
            sub, sub_plural = classify(apposition, False, memory)
            if sub == "named_person" and head.lower in lx.ORGANIZATION_NOUNS and not head.is_capitalised:
                return "organization", plural  # "the ruling party, United Russia": the body's name, no person's
            if sub in ("named_person", "organization"):
                return sub, sub_plural
    return _unnamed_type(core, plural, memory), plural


_WEB_DOMAIN: Final = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io|co|info|news|tv)", re.IGNORECASE)
# A capitalised name glued to a country's two-letter domain, in lower case: "Vlast.kz", "Meduza.io" ("U.S." and "St.Louis"
# are not: one capital, or a capital after the dot).
_COUNTRY_DOMAIN: Final = re.compile(r"[A-Z][\w-]+\.[a-z]{2}")


def _apposition_head(words: list[Token], core: list[Token]) -> Optional[str]:
    """The head of the apposition right after a phrase's core, when one opens with an article or a possessive ("Monitor
    Watch, a private firm", "Suspilne, Ukraine's public broadcaster"): what the apposition says the name is; else None."""
    if len(_lead(words)) != len(core) or len(words) <= len(core) + 1 or words[len(core)].text not in {",", "—", "–", "―", "-"}:
        return None
    rest = [t for t in words[len(core) + 1:] if t.text not in {"—", "–", "―", "-"}]
    apposition = core_phrase(rest)
    while len(apposition) > 2 and not apposition[-1].is_capitalised and past_verb(apposition[-1].lower) \
            or len(apposition) > 2 and apposition[-1].lower in {"used", "owned", "run", "led", "known"}:
        apposition = apposition[:-1]  # "a cloud storage company used by thousands": a participle after the head
    if len(apposition) < 2 or not (apposition[0].lower in {"a", "an", "the"} or _possessive_name(apposition[0])):
        return None
    return apposition[-1].lower


def _outlet_in_apposition(words: list[Token]) -> bool:
    """'The paper, Komsomolskaya Pravda': a noun of a newspaper and of a text, with a name after its comma that is no
    person's (no given name, no title)."""
    comma = next((i for i, t in enumerate(words) if t.text == ","), None)
    if comma is None or comma != len(core_phrase(words)):
        return False
    name = [t for t in words[comma + 1:] if t.text != ","]
    return 1 <= len(name) <= 4 and all(_name_token(t) for t in name) and person_name_end(name) is None \
        and not any(t.lower in lx.TITLES for t in name)


_PEOPLE_ENDINGS: Final = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents", "ee", "ees",
                   "man", "men", "woman", "women", "person")


def people_head(head: Token, beside_body: bool = False) -> bool:
    """Whether a lower-case head names a person or people, not a body or a text: a person noun ("official",
    "allies", "a native", ``lexicon.PEOPLE_WORDS``) or an agent's ending ("front-runner", "speechwriter",
    "contenders", "businessman"). A spokesperson's noun is not one: a spokesperson speaks for someone (see
    spokesperson_principal). ``beside_body``: the name before the head is an institution's, whose allies and
    rivals are bodies (``lexicon.ALLY_WORDS``). The one test of a people head for the typing of names' phrases."""
    w = head.lower
    if head.is_capitalised or not head.is_word or body_compound(w):
        return False
    if w in lx.ALLY_WORDS:
        return not beside_body
    if w in lx.PERSON_NOUNS or w in lx.PEOPLE_WORDS:
        return w not in lx.SPOKESPERSON_NOUNS
    if w in lx.ORGANIZATION_NOUNS or w in lx.DOCUMENT_NOUNS or w in lx.SPOKESPERSON_NOUNS or w in lx.NOT_PEOPLE_WORDS \
            or w in lx.INSTITUTION_PLURALS or w.endswith(("ment", "ments")):
        return False
    if w in lx.TITLES and w.isalpha() and w not in lx.TITLE_MODIFIERS:
        return True  # "the Randolph County sheriff", "the SEIU chief": a title is a person's
    return len(w) > 4 and w.endswith(_PEOPLE_ENDINGS)


def body_compound(word: str) -> bool:
    """'smartphone-maker', 'chip-maker', 'drug-maker': a hyphened compound whose last part is a business's noun
    (``lexicon.BODY_KINDS``) names a business, as "the automaker" does; not a person's role ("policy-maker",
    "film-maker": ``lexicon.PEOPLE_MAKER_PARTS``). The one test, for the engine's typing and the roster's joins."""
    first, _, last = word.lower().rpartition("-")
    return bool(first) and first.isalpha() and lx.BODY_KINDS.get(last) == "business" \
        and last not in lx.PERSON_NOUNS and first not in lx.PEOPLE_MAKER_PARTS


def _number_like(t: Token) -> bool:
    return t.text[0].isdigit() or t.lower in lx.COUNT_WORDS and t.lower not in {"a", "an"}


def share_of_people(words: list[Token]) -> Optional[bool]:
    """Whether a phrase counts a share of people and names nobody, and if so whether it names several: "Nearly
    half", "Dozens", "most of the voters", "Half of Ohio Democrats", "three in four", "nine out of 10 voters",
    "Almost everyone", "Nobody". None for any other phrase. A share is no person and no body on record, whatever
    capitals follow: the source is anonymous (unnamed people). A share of bodies ("most of the banks") is none
    of these. The one home of what a share of people is."""
    lead = _lead(words)
    i = 0
    while i < len(lead) - 1 and lead[i].lower in lx.APPROXIMATORS:
        i += 1
    if i + 2 < len(lead) and lead[i].lower in {"more", "fewer", "less"} and lead[i + 1].lower == "than":
        i += 2  # "more than half"
    if i + 1 < len(lead) and lead[i].lower in {"a", "an"} and lead[i + 1].lower in lx.SHARE_WORDS:
        i += 1  # "a third of voters", "a majority"
    rest = lead[i:]
    if not rest:
        return None
    first = rest[0].lower
    if len(rest) == 1 and first in lx.INDEFINITE_PRONOUNS or [t.lower for t in rest] == ["no", "one"]:
        return False
    if first in lx.SHARE_WORDS and len(rest) == 1 or len(rest) > 2 and rest[1].lower == "of" and (
            first in lx.SHARE_WORDS or _number_like(rest[0]) or first in {"each", "either", "neither"}):
        # "Half", "most of the voters"; "one of the prosecutors", "two of his aides": some of a group
        part = [t for t in rest[2:] if t.lower not in lx.DETERMINERS]
        part = next((part[:k] for k, t in enumerate(part) if k and t.lower in lx.PREPOSITIONS), part)
        if part and (part[-1].lower in lx.ORGANIZATION_NOUNS or part[-1].lower in lx.DOCUMENT_NOUNS):
            return None  # "most of the banks", "some of the polls": bodies or texts, not people
        return True
    if _number_like(rest[0]) and len(rest) >= 3 and (
            rest[1].lower in lx.SHARE_LINKS and _number_like(rest[2])
            or rest[1].lower == "out" and len(rest) >= 4 and rest[2].lower == "of" and _number_like(rest[3])):
        return True  # "three in four", "nine out of 10"
    return None


def _counted_people(core: list[Token], memory: SourceMemory) -> Optional[bool]:
    """A count or quantifier before a capitalised head that names people, not a person: a plural ("Some
    Americans", "many Latinos", "two Democrats") that is no surname a source named ("both Clintons"), or a
    party's member ("one Ohio Democrat", "a Republican", "another senior Democrat"). Whether it names
    several, or None. ("The Wisconsin Republican", definite, is a person the article named.)"""
    k = 0
    while k < len(core) - 1 and core[k].lower in lx.APPROXIMATORS:
        k += 1
    head = core[-1]
    if len(core) - k < 2 or not (core[k].lower in lx.COUNT_WORDS or core[k].lower in lx.SHARE_WORDS) \
            or not head.is_capitalised or not head.is_word or is_acronym(head.text):
        return None
    if any(t.lower in lx.TITLES for t in core[k + 1:]) or person_name_end(core) is not None:
        return None
    bare = _bare(head)
    if bare in lx.PARTY_MEMBER_WORDS or bare.endswith("s") and bare[:-1] in lx.PARTY_MEMBER_WORDS:
        return bare not in lx.PARTY_MEMBER_WORDS
    singular = bare[:-3] + "y" if bare.endswith("ies") else bare[:-1]
    if core[k].lower in {"a", "an", "one", "another"} or not _plural(head) or any(
            w in lx.ORGANIZATION_NAME_WORDS or w in lx.ORGANIZATION_NOUNS for w in (bare, singular)):
        return None  # "Two House Committees": bodies
    stem = head.text[:-2] if head.lower.endswith("es") else head.text[:-1]
    if memory.knows_surname(stem) or memory.knows_surname(head.text[:-1]):
        return None  # "both Clintons": the family the article named
    return True


def _unique_office(core: list[Token], memory: SourceMemory) -> bool:
    """Whether a phrase names a unique office without its holder's name: a body's or place's possessive and
    a singular person head that only one holds, either ranked as such ("the county's top prosecutor", "the
    state's chief medical examiner", "the agency's head") or an office a body has one of ("the city's mayor",
    "Ohio's governor"). The holder is identifiable and answers for the words, so the sourcing standards'
    anonymous (an unidentifiable source) does not fit: the source is a named person (a person on record by
    office). Not a person's people ("Lee's top aide"), not several ("the state's top officials"), not an
    indefinite ("a top prosecutor")."""
    at = next((i for i, t in enumerate(core) if t.lower.endswith(("'s", "’s"))), None)
    if at is None or at + 1 >= len(core) or at > 3:
        return False
    head = core[-1]
    if head.is_capitalised or not head.is_word or _plural(head) or any(t.lower == "of" for t in core[at:]):
        return False
    if not (head.lower in lx.PERSON_NOUNS or head.lower in lx.TITLES or people_head(head)) \
            or head.lower in lx.SPOKESPERSON_NOUNS:
        return False
    lead = core[:at + 1]
    if any(t.lower in {"a", "an"} for t in lead):
        return False
    owner = lead[-1]
    bare = owner.lower[:-2]
    if owner.is_capitalised:
        words = [t for t in lead if t.lower not in lx.DETERMINERS]
        stem = owner.text[:-2]
        if person_name_end(words) is not None or memory.knows_person(stem) or memory.knows_surname(stem) \
                or bare in lx.FIRST_NAMES:
            return False  # "Lee's chief strategist": a person's aide, not an office
    elif bare not in lx.ORGANIZATION_NOUNS and bare not in lx.JURISDICTION_NOUNS:
        return False  # "his top adviser", "the family's lawyer"
    between = core[at + 1:]
    return head.lower in lx.UNIQUE_OFFICE_TITLES and len(between) <= 2 or any(
        t.lower in lx.UNIQUE_OFFICE_MODIFIERS for t in between[:-1])


# A grant of anonymity in the rest of the sentence ("..., who asked not to be named, said", "said ..., speaking
# on condition of anonymity"): the source is anonymous whatever office it holds.
_ANONYMITY: Final = re.compile(r"anonymity|anonymously|not to be (?:named|identified)", re.IGNORECASE)


def _person_title(t: Token) -> bool:
    """A title or a person noun, capitalised or not: "the President", "the Pope", "the Senator"."""
    return t.lower in lx.TITLES or _bare(t) in lx.NAME_TITLE_WORDS or t.lower in lx.PERSON_NOUNS


def _members_of_a_body(core: list[Token]) -> bool:
    """'members of the Iraqi Parliament', 'two members of the committee': the head is the member noun
    before "of" (core_phrase keeps the whole partitive for it), with no name of the members' own."""
    at = next((i for i, t in enumerate(core) if t.lower == "of"), None)
    return at is not None and 0 < at < len(core) - 1 and core[at - 1].lower in lx.MEMBER_NOUNS and not any(
        t.is_capitalised and t.lower not in lx.DETERMINERS and t.lower not in lx.COUNT_WORDS
        and t.lower not in lx.MEMBER_NOUNS for t in core[:at])


def _names_a_person(words: list[Token]) -> bool:
    """Whether the phrase opens with a person's name ("Kurt Volker, an envoy") or one of its
    first appositions gives one ("Carlineo's attorney, Sonya Zoghlin")."""
    lead = _lead(words)
    name_at = person_name_end(lead) if lead else None
    # "the Privacy Act" is a text; "Steven Law", with a given name, a person
    a_text = lead[-1].lower in lx.DOCUMENT_NOUNS and not (lead[-1].is_capitalised and lead[name_at].lower in lx.FIRST_NAMES
                                                        ) if name_at is not None else False
    if name_at is not None and not (len(lead) == 1 and lead[0].lower in lx.PRONOUNS) \
            and not a_text and not _named_as_a_relation(lead, name_at):
        return True
    marks_at = [i for i, t in enumerate(words) if t.text in lx.ASIDE_MARKS]
    for n, m in enumerate(marks_at[:3]):
        segment = _lead(words[m + 1:])
        start = person_name_end(segment) if segment else None
        if start is not None and all(t.lower not in lx.DETERMINERS for t in segment[:1]) \
                and not (lead and _named_as_a_relation(segment, start, (core_phrase(lead) or lead)[-1])):
            return True  # (not "The audit, released Monday by State Auditor Ben Rivas": the name is the agent's)
        if n == 0 and lead and _person_head((core_phrase(lead) or lead)[-1]) and bare_name(segment):
            return True  # "the mayor's spokesman, Arvid Sell": a person named in apposition
    return False


def _person_head(head: Token) -> bool:
    """A head that says the phrase is about people: "spokesman", "biographers", "two senators"."""
    w = head.lower
    return not head.is_capitalised and (w in lx.PERSON_NOUNS or w in lx.SPOKESPERSON_NOUNS or w in lx.TITLES
                                         or w.endswith(lx.COMMON_PLURAL_ENDINGS))


def bare_name(words: list[Token]) -> bool:
    """Two to five capitalised words with no institution's word in them: "Arvid Sell", "Ana and Luis Ruiz"."""
    caps = [t for t in words if _name_token(t)]
    return 2 <= len(words) <= 5 and len(caps) >= 2 and all(
        _name_token(t) or t.lower in {"and", "&"} or t.lower in lx.NAME_CONNECTIVES for t in words) and not any(
        _bare(t) in lx.ORGANIZATION_NAME_WORDS or _bare(t) in lx.ORGANIZATION_NAMES
        or is_acronym(t.text) for t in words)


_BRAND: Final = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]|[A-Z][a-z]{2}[A-Z][a-z]{3,}$|.+\.(?:com|org|net|io|co)$")


def _brand_like(word: str) -> bool:
    """A word no person is named by: a capital inside it after a long stem ("EgyptAir", not "McCain" or
    "DeVos"), or a web domain."""
    return _BRAND.match(word) is not None and not is_name_particle(word) and not word.lower().startswith(
        lx.NAME_PARTICLES + ("mac", "mc", "fitz"))


def _people_figures(core: list[Token]) -> bool:
    """Whether "figures" names people: a modifier of people before it, a party ("GOP figures", "Democratic
    figures"), a rank ("senior figures") or a word of public life ("public figures",
    ``lexicon.PEOPLE_FIGURE_MODIFIERS``); "the latest figures", "FBI figures", "Census figures" are numbers."""
    return any(t.lower in lx.PEOPLE_FIGURE_MODIFIERS or t.lower in lx.PARTY_MEMBER_WORDS
               or t.lower in lx.RANK_WORDS and t.lower not in {"other", "additional"} for t in core[:-1])


def _names_a_member(words: list[Token], sentence_initial: bool, memory: SourceMemory) -> bool:
    """Whether a group names one of its members: a coordination with a person in it ("Pompeo and other
    top officials", "Lee and his rivals") or a list of members ("officials, including Ana Ruiz"). A named,
    accountable person stands behind the words, so the group is a named source, not an anonymous one."""
    lead = _lead(words)
    at = [i for i, t in enumerate(words) if t.lower in lx.INCLUSION_WORDS]
    if at:
        members = _conjuncts(words[at[0] + 1:])
        return any(_is_member_named(m, memory) for m in members)
    # the subject's own conjuncts, not those inside a phrase after it ("a study by Ana Ruiz and Lee Park")
    cut = next((i for i, t in enumerate(lead) if i and (t.lower in lx.PREPOSITIONS or t.lower == "to")), len(lead))
    conjuncts = _conjuncts(lead[:cut])
    if len(conjuncts) < 2:
        return False
    for n, conjunct in enumerate(conjuncts):
        if _is_member_named(conjunct, memory):
            return True
        others = conjuncts[:n] + conjuncts[n + 1:]
        his = any(o[0].lower in {"his", "her"} for o in others)  # "Lee and his rivals": Lee is a person
        if len(conjunct) == 1 and _surname_like(conjunct[0], sentence_initial and conjunct[0] is words[0] and not his,
                                                memory) and (his or any(_human_partner(o) for o in others)):
            return True  # "Lee and his rivals", "Lee and other top officials": a person beside people
    return False


def _coordinated_bodies(core: list[Token], memory: SourceMemory) -> bool:
    """Whether a coordination names bodies and no person: "Egypt and Jordan", "Deutsche Telekom and SoftBank",
    "Saudi Arabia, Bahrain and the United Arab Emirates". One conjunct must be a body by its words (an
    institution's name word, a known body, an acronym, a brand, "the" before a name); the others bodies too or
    bare capitalised words with no person's mark: no title, no given name before a surname, no surname an earlier
    source named a person by ("Clinton and the State Department" after "Hillary Clinton" is a person's and a
    body's words, see _names_a_member)."""
    conjuncts = _conjuncts(core)
    if len(conjuncts) < 2 or len(conjuncts) > 6 or any(t.lower in lx.PREPOSITIONS for t in core):
        return False
    body = False
    for conjunct in conjuncts:
        caps = [t for t in conjunct if t.lower not in lx.DETERMINERS]
        if not caps or not all(_name_token(t) or is_acronym(t.text) for t in caps):
            return False
        kind = _named_type(conjunct, conjunct, caps, False)[0]
        if kind == "organization":
            body = True
            continue
        if kind != "named_person" or person_name_end(conjunct) is not None or any(
                t.lower in lx.TITLES or _bare(t) in lx.GENDERED_WORDS or memory.knows_person(t.text)
                or memory.knows_surname(t.text) for t in caps):
            return False
    return body


def _conjuncts(words: list[Token]) -> list[list[Token]]:
    """The parts of a phrase joined by commas, dashes and "and"."""
    out: list[list[Token]] = [[]]
    for t in words:
        if t.text in {",", "—", "–", "―", "&"} or t.lower in {"and", "or"}:
            if out[-1]:
                out.append([])
            continue
        out[-1].append(t)
    return [c for c in out if c]


def _is_member_named(words: list[Token], memory: SourceMemory) -> bool:
    """A person's name ("Gen. Lee Park", "Ana Ruiz"), or a surname an earlier source named a person by."""
    name_at = person_name_end(words)
    if name_at is not None and not _named_as_a_relation(words, name_at):
        return True
    names = [t for t in words if t.lower not in lx.TITLES]
    return len(names) == 1 and len(words) <= 2 and _name_token(names[0]) and memory.knows_person(names[0].text)


def _surname_like(word: Token, sentence_initial: bool, memory: SourceMemory) -> bool:
    """A lone capitalised word that can be a surname: not a plural ("Businesses and residents"), not a
    known body, and, opening a sentence, a word the article also capitalises inside one."""
    if not _name_token(word) or word.lower in lx.NOT_NAMES or word.lower in lx.ORGANIZATION_NAMES:
        return False
    if memory.knows_person(word.text):
        return True
    if sentence_initial and word.text not in memory.names:
        return False
    return not (word.lower.endswith("s") and word.lower[-2:-1] in set("aeiourt") or _plural(word))


def _human_partner(words: list[Token]) -> bool:
    """A conjunct of people: "other top officials", "several aides"."""
    head = words[-1].lower
    return head in lx.PERSON_NOUNS and not words[-1].is_capitalised


def _named_as_a_relation(lead: list[Token], name_at: int, head: Optional[Token] = None) -> bool:
    """'an adviser to (Mayor) Ana Ruiz': the name is whom the source is related to, not the source."""
    k = name_at
    while k > 0 and lead[k - 1].lower in lx.TITLES:
        k -= 1
    j = k
    while j > 0 and lead[j - 1].is_capitalised and lead[j - 1].is_word:
        j -= 1
    if j > 1 and lead[j - 1].lower == "by":
        # "a study by Ana Ruiz", "The audit, released Monday by State Auditor Ben Rivas", "a bench headed by Chief
        # Justice ...": the text's or the body's agent (not "a gaffe by Rep. Lee", "attacks by Mr. Trump": his words)
        found = head if head is not None else (core_phrase(lead[:j - 1]) or lead[:j - 1])[-1]
        return found.lower in lx.DOCUMENT_NOUNS or found.lower in lx.ORGANIZATION_NOUNS
    if k > 1 and not lead[k - 1].is_capitalised and lead[k - 1].lower.endswith("ing") and len(lead[k - 1].lower) > 5 \
            and lead[k - 1].lower not in lx.RANK_WORDS:
        return True  # "superdelegates backing Ana Ruiz": the object of a participle after the head
    return k > 0 and lead[k - 1].lower in {"to", "for", "of", "with"}


def _pronoun_type(pronoun: str, memory: SourceMemory) -> tuple[str, bool]:
    """A pronoun is what the latest fitting source was: "he" a person, "it" a body or document, "they" several."""
    if pronoun in lx.PRONOUNS_PERSON_SINGULAR:
        found = memory.resolve(False, types=("named_person", "anonymous"))
        return found or "named_person", False
    if pronoun in lx.PRONOUNS_NEUTER:
        found = memory.resolve(None, types=("organization", "document"))
        return found or "organization", False
    found = memory.resolve(True)
    return found or "anonymous", True


def _named_type(words: list[Token], core: list[Token], names: list[Token], plural: bool) -> tuple[str, bool]:
    """The type of a phrase whose core holds a name: a person, an institution, or a named
    person's or institution's unnamed people ("Trump's lawyer", "Democratic strategists")."""
    head = core[-1]
    # "Monitor Watch, a private firm", "Suspilne, Ukraine's public broadcaster": the apposition says what the name
    # is (not after "Ana Ruiz of the Eurasia Group, a consultancy", where it says what the group is)
    apposed = _apposition_head(words, core)
    if apposed in lx.ORGANIZATION_NOUNS or apposed in lx.OUTLET_NOUNS:
        return "organization", False
    if apposed in lx.PERSON_NOUNS or apposed in lx.TITLES:
        return "named_person", False
    if any(t.lower in lx.TITLES for t in core[:-1]) and head.is_capitalised and not (
            _bare(head) in lx.ORGANIZATION_NAME_WORDS and len(core) >= 2 and core[-2].lower != "of"):
        # title-led: "Sen. Sasse", "President Trump", "the Secretary of State"; not a body a title word names
        # ("the Justice Department", "the Attorney General Office")
        return "named_person", False
    if is_acronym(head.text):
        return "organization", plural  # "the Chinese CDC": an acronym names an institution
    name_words = {_bare(t) for t in names}
    name_words |= {w[:-1] for w in name_words if w.endswith("s") and w[:-1] in lx.ORGANIZATION_NAME_WORDS}
    name_words |= {w.rsplit("-", 1)[1] for w in name_words if "-" in w}  # "the Sun-Times", "the Star-Tribune"
    hyphened = {w for w in name_words if "-" in w and all(part in lx.ORGANIZATION_NAMES for part in w.split("-"))}
    name_words = (name_words - hyphened) | {part for w in hyphened for part in w.split("-")}  # "Interfax-Ukraine"
    if any(w in lx.ORGANIZATION_NAME_WORDS for w in name_words) or all(
            w in lx.ORGANIZATION_NAMES for w in name_words):
        if people_head(head, beside_body=True):
            return "anonymous", plural  # "Pentagon officials": the institution's unnamed people
        return "organization", plural
    if all(is_acronym(t.text) for t in names):
        if people_head(head, beside_body=True) or head.lower in lx.PERSON_NOUNS and not head.is_capitalised:
            return "anonymous", plural  # "GOP elders", "the NFL legend": unnamed people
        return "organization", plural
    if len(names) == 1 and _brand_like(names[0].text):
        return "organization", plural  # "EgyptAir", "HuffPost", "Politifact.com": a company's name
    if head.is_capitalised and _bare(head) in lx.DOCUMENT_NAME_WORDS:
        return "document", plural  # "the Privacy Act", "the Constitution": a text by its name
    if core[0].lower == "the" and head.is_capitalised and (not _plural(head) or _team_name(core)) \
            and _bare(head) not in lx.PARTY_MEMBER_WORDS and not _person_title(head) and (all(_name_token(t) or t.lower in lx.NAME_CONNECTIVES or t.lower in {"and", "&"}
                                                 for t in core[1:])
                                             or any(t.lower in lx.ORGANIZATION_NOUNS for t in core[1:-1])):
        # "The Hill", "the Washington Examiner", "the news group Mosul Eye": a person's name takes no article
        # (not "the more moderate Kasich", a description before a name)
        return "organization", plural
    if len(core) >= 2 and core[0].is_capitalised and _bare(core[0]) in lx.TEAM_WORDS and all(
            _name_token(t) for t in core[1:]):
        return "organization", False  # "Team Clinton": the campaign, as "the Clinton team" is
    if head.is_capitalised and _body_noun_before_name(core):
        return "organization", plural
    if head.is_capitalised or _NAME_PARTICLE.match(head.text):
        return "named_person", False
    # "Trump's lawyer", "Clinton aides": a named person's unnamed people
    if head.lower in lx.SPOKESPERSON_NOUNS:
        return "organization", plural
    if head.lower in lx.PERSON_NOUNS or people_head(head) or looks_like_noun(head.lower) \
            and head.lower not in lx.ORGANIZATION_NOUNS:
        return "anonymous", plural  # "Democratic strategists", "a GOP nominee", "Clinton allies": unnamed people
    return "organization", plural


def _team_name(core: list[Token]) -> bool:
    """'the Washington Redskins', 'the Harbor City Hawks': a capitalised plural after a place's or a city's name is a
    team's or a band's name; a family is one surname ("the Clintons"), and no given name opens a team's."""
    names = core[1:]
    return len(names) >= 2 and all(_name_token(t) for t in names) and _bare(names[0]) not in lx.FIRST_NAMES \
        and not any(t.lower in lx.TITLES for t in names)


def _body_noun_before_name(core: list[Token]) -> bool:
    """'law firm Parks & Crump', 'the consultancy Harbor Partners': a body's lower-case noun right before a name
    says the name is the body's, as "the news group Mosul Eye" does; not a name with a given name or a title
    ("firm founder Ana Ruiz" has its role noun between)."""
    at = next((i for i in range(len(core) - 1, 0, -1) if not core[i - 1].is_capitalised and core[i - 1].is_word
               and core[i].is_capitalised), None)
    if at is None or core[at - 1].lower not in lx.ORGANIZATION_NOUNS:
        return False
    name = core[at:]
    return all(_name_token(t) or t.text == "&" or t.lower in lx.NAME_CONNECTIVES for t in name) \
        and person_name_end(name) is None and not any(t.lower in lx.TITLES for t in name)


def _unnamed_type(core: list[Token], plural: bool, memory: SourceMemory) -> str:
    """A phrase without a name: a spokesperson or a body is on record; "the official" is
    whoever was introduced so; anyone else is anonymous. A job that is also a spokesperson's noun
    ("a customer service representative") speaks for a body only when one is given ("union representatives")."""
    head = core[-1]
    if head.lower in lx.JOB_SPOKESPERSON_NOUNS and not any(t.lower in lx.ORGANIZATION_NOUNS for t in core[:-1]):
        return "anonymous"
    if head.lower in lx.SPOKESPERSON_NOUNS or head.lower in lx.ORGANIZATION_NOUNS or body_compound(head.lower):
        return "organization"
    if core[0].lower == "the" and len(core) <= 3 and not head.is_capitalised:
        # "the official", "the senator": someone introduced earlier
        found = memory.resolve(None, head=head.lower)
        if found:
            return found
    return "anonymous"


@lru_cache(maxsize=64)
def _reason_in(text: str, start: int, end: int) -> Optional[re.Match[str]]:
    """The stated reason for anonymity in a sentence: searched once per sentence, not once
    per anonymous source in it."""
    if not _REASON_CLUE.search(text, start, end):
        return None
    return _REASON.search(text, start, end)


def anonymous_details(text: str, words: list[Token], basis_end: int, sentence: tuple[int, int]) -> AnonymousDetails:
    """Count, affiliation, basis and reason of an anonymous source.

    ``basis_end`` bounds where a basis may sit: the phrase itself and the
    relative clause right after it, never the reported content.
    """
    core = core_phrase(words) or words
    count = None
    first = core[0].lower
    if first in lx.COUNT_WORDS:
        count = "a" if first in {"a", "an"} else first
    modifiers: list[str] = []
    lowers = [t.lower for t in core]
    if "other" in lowers or "others" in lowers:
        # "Pompeo and other top officials": the named part is not an affiliation
        core = core[max(i for i, w in enumerate(lowers) if w in {"other", "others"}):]
    for t in core[:-1]:
        if t.lower in lx.COUNT_WORDS or t.lower in lx.RANK_WORDS or t.lower in lx.DETERMINERS:
            continue
        if t.lower in lx.PERSON_NOUNS or t.lower in lx.NOT_NAMES and t.lower != "and":
            continue
        if t.is_capitalised or t.lower in lx.AFFILIATION_WORDS or t.lower == "and":
            modifiers.append(t.text)
    while modifiers and modifiers[-1].lower() == "and":
        modifiers.pop()
    while modifiers and modifiers[0].lower() == "and":
        modifiers.pop(0)
    affiliation = " ".join(modifiers) or None
    if affiliation is None or _members_of_a_body(core):  # "members of the Iraqi Parliament": the body
        m = re.search(r"\b(?:at|in|from|with|for|of) (?:the )?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)",
                      text[words[0].start:words[-1].end])
        if m:
            affiliation = m.group(1)
    basis_match = _BASIS.search(text, words[0].start, max(basis_end, words[-1].end))
    basis = basis_match.group().strip() if basis_match else None
    reason_match = _reason_in(text, sentence[0], sentence[1])
    return AnonymousDetails(
        count=count,
        affiliation=affiliation,
        basis=basis,
        reason_given=reason_match is not None,
        reason=reason_match.group().strip() if reason_match else None,
    )
