"""Noun-phrase boundaries around a cue: where the subject before it starts and ends
("Ben Ashby, the club's treasurer, said"), the speaker after an inverted cue, the
recipient of "told", and whether a phrase can be a speaker at all.

Spans are token ranges ``[start, end)``; the word-level walks are in ``phrases``.
"""

from __future__ import annotations

import re
from typing import Final, Optional

from claimcheck.engines.rules import lexicon as lx
from claimcheck.engines.rules import phrases
from claimcheck.engines.rules.attributions._state import ParagraphState, Sentence
from claimcheck.engines.rules.tokens import QUOTE_CHARS, Token

_DASHES: Final = frozenset("—–―-")


def head_like(t: Token) -> bool:
    """Whether a word can end a subject noun phrase."""
    w = t.lower
    return (t.is_capitalised or phrases.is_name_particle(t.text) or w in lx.PRONOUNS
            or w in {"who", "which", "that", "all", "both", "each", "some", "others", "many", "most", "few"}
            or w in lx.PERSON_NOUNS or w in lx.ORGANIZATION_NOUNS or w in lx.DOCUMENT_NOUNS
            or w in lx.SPOKESPERSON_NOUNS or w in lx.PEOPLE_WORDS or w.endswith(("'s", "’s", "s'"))
            or phrases.looks_like_noun(w))


def phrase_head(tokens: list[Token], start: int, end: int) -> Token:
    """The last word of the phrase's core ("the club's treasurer" of "Ben Ashby, the club's treasurer")."""
    return (phrases.core_phrase(tokens[start:end]) or tokens[start:end])[-1]


def _between_subject_and_verb(tokens: list[Token], j: int, sentence: Sentence) -> bool:
    """Whether token j can stand between a subject and its cue: "however", "has also",
    "repeatedly", "continues to", "went on to", "tried to"."""
    t = tokens[j]
    return (t.lower in lx.SENTENCE_ADVERBS
            or t.lower in lx.PLACE_ADVERBS and not t.is_capitalised and j > sentence.lo
            or t.lower in lx.VERB_ADVERBS and not t.is_capitalised and j > sentence.lo  # "has sometimes acknowledged"
            or t.lower in lx.AUXILIARIES and not (t.is_capitalised and j > sentence.lo)
            or t.lower.endswith("ly") and t.lower not in lx.PERSON_NOUNS and not t.is_capitalised
            or t.lower in lx.SPEECH_INFINITIVE_VERBS
            or t.lower in lx.GERUND_ASPECT_VERBS and not t.is_capitalised and j + 1 < sentence.hi
            and tokens[j + 1].lower.endswith("ing")  # "Lee kept saying": the subject is before the going on
            or t.lower == "to" and j - 1 >= sentence.lo and (tokens[j - 1].lower in lx.SPEECH_INFINITIVE_VERBS | {"on"}
                                                             or tokens[j - 1].lower == "likely")
            or t.lower in lx.COMPARATIVES and j + 1 < sentence.hi and tokens[j + 1].lower == "likely"
            or t.lower == "on" and j - 1 >= sentence.lo and tokens[j - 1].lower in {"went", "goes", "go"}
            or t.lower == "since" and j - 1 >= sentence.lo and tokens[j - 1].lower in {"has", "have", "had"}
            or t.lower == "far" and j - 1 >= sentence.lo and tokens[j - 1].lower == "so"  # "Lee so far has said"
            or t.lower == "so" and j + 1 < sentence.hi and tokens[j + 1].lower == "far" and not t.is_capitalised
            # "Clinton defenders today argue", "Ruiz himself acknowledged", "critics have in particular noted"
            or t.lower in lx.DEICTIC_TIME_ADVERBS and not t.is_capitalised and j > sentence.lo
            and head_like(tokens[j - 1]) and not tokens[j - 1].lower.endswith(("'s", "’s"))
            or t.lower in lx.INTENSIFYING_REFLEXIVES and j > sentence.lo and head_like(tokens[j - 1])
            or _inner_adverbial(tokens, j, sentence) or headline_time_adverb(tokens, j, sentence.lo))


def headline_time_adverb(tokens: list[Token], j: int, lo: int) -> bool:
    """'Trump Just Announced ...', 'Senate Finally Confirmed ...': a capitalised adverb of time at j between a title-case
    headline's capitalised subject and its capitalised past verb, which goes with the verb."""
    return lo <= j - 1 and j + 1 < len(tokens) and tokens[j].lower in lx.HEADLINE_TIME_ADVERBS \
        and tokens[j].is_capitalised and tokens[j - 1].is_capitalised and tokens[j - 1].is_word \
        and tokens[j + 1].is_capitalised and phrases.past_verb(tokens[j + 1].lower)


def _inner_adverbial(tokens: list[Token], j: int, sentence: Sentence) -> bool:
    """Whether token j is either word of a two-word adverbial between a subject and its verb ("in fact", "in
    particular", "of course"), not at the sentence's start ("In fact, Ruiz said" opens with it)."""
    t = tokens[j]
    if t.is_capitalised:
        return False
    if j + 1 < sentence.hi and (t.lower, tokens[j + 1].lower) in lx.INNER_ADVERBIALS:
        return j > sentence.lo
    return j - 1 > sentence.lo and (tokens[j - 1].lower, t.lower) in lx.INNER_ADVERBIALS \
        and not tokens[j - 1].is_capitalised


def parenthetical_adverb(tokens: list[Token], comma: int, lo: int) -> Optional[int]:
    """The comma before an adverb set off by commas ("Hunter, meanwhile, told ..."), when
    ``comma`` closes one."""
    if comma - 2 < lo or tokens[comma].text != "," or tokens[comma - 2].text != ",":
        return None
    w = tokens[comma - 1].lower
    if w in lx.SENTENCE_ADVERBS or w in lx.SENTENCE_OPENERS or w.endswith("ly") and not tokens[comma - 1].is_capitalised:
        return comma - 2
    return None


def time_phrase_start(tokens: list[Token], j: int, lo: int) -> Optional[int]:
    """First token of a time phrase of two to five words ending at token j, between a subject and
    its verb: "on Tuesday", "this past week", "a month later", "in the past", "two days later"."""
    if j < lo or tokens[j].lower not in lx.TIME_PHRASE_ENDS:
        return None
    k = j
    while k - 1 >= lo and j - k < 4 and (tokens[k - 1].lower in lx.TIME_PHRASE_WORDS or tokens[k - 1].lower
                                         in lx.TIME_PHRASE_ENDS or tokens[k - 1].lower in lx.COUNT_WORDS
                                         or tokens[k - 1].text.isdigit()):
        k -= 1
    if k - 2 >= lo and k < j and tokens[k - 1].lower == "than" and tokens[k - 2].lower in {"less", "more"}:
        k -= 2  # "less than two weeks ago", "more than a year ago": a count's bound
    return k if k < j and not tokens[k].is_capitalised else None


def subject_before(p: ParagraphState, cue_tok: int, sentence: Sentence) -> Optional[tuple[int, int]]:
    """Token range [start, end) of the subject that precedes a cue."""
    tokens = p.tokens
    j = cue_tok - 1
    opening = parenthetical_adverb(tokens, j, sentence.lo)
    if opening is not None and opening - 1 >= sentence.lo and tokens[opening - 1].is_word:
        j = opening - 1  # "Hunter, meanwhile, told ...": the adverb is no apposition
    skipped = 0
    while j >= sentence.lo and skipped < 6 and _between_subject_and_verb(tokens, j, sentence):
        j -= 1
        skipped += 1
    timed = time_phrase_start(tokens, j, sentence.lo)
    # "Ana Ruiz, the chair, this past week announced", "Ruiz, who backed it, on Friday said" (not "officials who on
    # Friday said": the time is the relative clause's)
    if timed is not None and timed - 1 >= sentence.lo and (tokens[timed - 1].text == "," or not any(
            t.lower in {"who", "which", "that"} for t in tokens[max(sentence.lo, timed - 6):timed])):
        j = timed - 1
        while j >= sentence.lo and skipped < 6 and _between_subject_and_verb(tokens, j, sentence):
            j -= 1
            skipped += 1
    if j < sentence.lo:
        return None
    if skipped and tokens[j + 1].lower in {"all", "both", "each"} and (
            tokens[j].text in {",", ";"} or j + 1 == sentence.lo or not tokens[j].is_word):
        # "Party figures — whose party was once united — both suggested ...": the quantifier floats after
        # the subject and its aside between dashes
        dashed = _dashed_subject(p, j, sentence) if tokens[j].text in _DASHES else None
        return dashed or (j + 1, j + 2)  # "To varying degrees, all agreed that ..."
    if tokens[j].lower in lx.CONTRACTED_PRONOUNS:
        return j, j + 1
    if tokens[j].lower in lx.QUANTIFIER_SUBJECTS and (
            j == sentence.lo or tokens[j - 1].text in {",", ";"} or tokens[j - 1].lower in lx.UNMARKED_CLAUSE_LEADS
            or tokens[j - 1].lower in lx.SUBORDINATORS or tokens[j - 1].lower in {"who", "whom"}):
        # "Some said ...", "..., but many disagreed", "Yet another said", "while another says": the quantifier
        # is the subject
        return j, j + 1
    if tokens[j].text == ",":
        return apposed_subject(p, j, sentence, participle=tokens[cue_tok].lower.endswith("ing"))
    if tokens[j].text in _DASHES:
        return _dashed_subject(p, j, sentence)
    if tokens[j].lower == "for" and tokens[cue_tok].lower.endswith("ing") and j - 1 >= sentence.lo:
        j -= 1  # "praised the mayor for saying ...": the one praised said it
        if phrases.ends_in_a_names_verb(tokens, j, sentence.lo):
            j -= 1  # "Ruiz called for denying ...": no one praised, the subject of the verb
    elif (tokens[j].lower in lx.GERUND_PREPOSITIONS or tokens[j].lower in lx.PREPOSITIONS) \
            and tokens[cue_tok].lower.endswith("ing"):
        # "Murphy followed up by asking ...", "Ruiz focused on attacking ...": the subject of the verb
        # the gerund hangs from
        k = j - 1
        while k > sentence.lo and tokens[k].lower in lx.VERB_PARTICLES:
            k -= 1
        if k - 1 < sentence.lo or not phrases.past_verb(tokens[k].lower) or tokens[k].is_capitalised:
            return None
        j = k - 1
    if _relative_that(tokens, j, cue_tok, sentence):
        return that_antecedent(tokens, j, sentence)  # "a sign that said ...": the noun the relative stands for
    if _compound_adjective(tokens[j]):
        return None  # "patients with post-traumatic stress disorder": the cue's word is a noun after its adjective
    start = phrases.walk_back(tokens, j, sentence.lo)
    if start is None or tokens[start].lower in lx.DETERMINERS and start == j:
        return None
    head = _relative_clause_head(p, start, sentence)
    if head is not None:
        return head, j + 1
    named = _named_before(tokens, start, sentence) if tokens[start].lower in lx.ARTICLES_AND_POSSESSIVES \
        and start + 1 <= j and not tokens[start + 1].is_capitalised else start
    if named != start and (named == sentence.lo or _opening_phrase_then(p, named, sentence)):
        # "Lee Park, the director of the agency said", "On Friday, Lee Park, the director of the agency said": the
        # apposition's closing comma left out
        start = named
    return start, phrases.trailing_time(tokens, start, j + 1)


def _opening_phrase_then(p: ParagraphState, k: int, sentence: Sentence) -> bool:
    """Whether token k is the first word past the sentence's opening phrase ('On "New Day," Lee ...')."""
    lo = after_opening_phrase(p, sentence)
    while lo < k and not p.tokens[lo].is_word:
        lo += 1
    return lo == k


def _relative_that(tokens: list[Token], j: int, cue_tok: int, sentence: Sentence) -> bool:
    """Whether "that" at token j is the relative pronoun subject of the cue ("a message that said ...",
    "shirts that read ..."): a noun ends the phrase before it, and the cue is a past form, which "that" as a
    determiner ("that report") or as the conjunction opening a clause ("the fear that reports ...") never
    takes straight after it."""
    if tokens[j].lower != "that" or j - 1 < sentence.lo or j + 1 != cue_tok:
        return False
    before, cue = tokens[j - 1], tokens[cue_tok]
    if not before.is_word or before.lower in lx.PRONOUNS or before.lower in lx.PREPOSITIONS \
            or before.lower in lx.SINGLE_CUES or before.lower in lx.VERB_GROUP or phrases.past_verb(before.lower) \
            or before.lower.endswith(("ly", "ing")) or before.lower in lx.DETERMINERS:
        return False
    entry = lx.SINGLE_CUES.get(cue.lower)
    if entry is None or not entry.bare or entry.family not in {"say", "tell", "write", "speech"} \
            or not phrases.past_verb(cue.lower) or cue.is_capitalised:
        return False
    # what was said follows as a clause or a quotation, not a noun the past form modifies ("that said will
    # should decide", "the fact that reported crimes fell")
    nxt = tokens[cue_tok + 1] if cue_tok + 1 < sentence.hi else None
    return nxt is not None and (not nxt.is_word or nxt.is_capitalised or nxt.lower in lx.DETERMINERS
                                or nxt.lower in lx.PRONOUNS or nxt.lower == "that" or nxt.text[0].isdigit())


# Prepositions a relative clause reaches across to the document it describes: "a report on the levy that
# said ...", "an ad in the Ledger that said ...", "the letter to Obama, which ..." (the report, the ad, the letter
# said it); not "a post under a headline that said ..." (the headline did), nor to a document past another ("the
# release of the report that ...").
_DOCUMENT_PREPOSITIONS: Final = frozenset("on about from of in to".split())


def that_antecedent(tokens: list[Token], relative: int, sentence: Sentence) -> tuple[int, int]:
    """The noun phrase a relative pronoun hangs from ("that", or "which" after a comma): the nearest one before
    it, not past a verb, particle, adverb or preposition ("passed out water bottles that said": "water
    bottles"), except a time ("one in September that said": "one") and a preposition after a document noun when
    the phrase after it names no document ("the report on her email practices that suggested")."""
    end = relative - 1 if relative - 1 > sentence.lo and tokens[relative - 1].text == "," else relative
    k, head = end - 1, tokens[end - 1]
    while True:
        while k - 1 >= sentence.lo and end - k < 12:
            t = tokens[k - 1]
            if not (t.is_word or t.text in {"'s", "’s", "-", "&"}) or t.lower in lx.PREPOSITIONS \
                    or t.lower in lx.VERB_PARTICLES or t.lower in lx.VERB_GROUP or t.lower in lx.PRONOUNS \
                    or t.lower in lx.SINGLE_CUES or phrases.past_verb(t.lower) or t.lower in {"and", "or", "but"} \
                    or t.lower.endswith("ly") and not t.is_capitalised:
                break
            k -= 1
            if t.lower in lx.DETERMINERS:
                break
        if k - 2 < sentence.lo or tokens[k - 1].lower not in lx.PREPOSITIONS:
            return k, end
        if head.lower in lx.TIME_PHRASE_ENDS or head.text in lx.MONTH_NAMES:
            k, head = k - 1, tokens[k - 2]  # "one in September": the time is no part of the phrase's head
            continue
        if tokens[k - 1].lower in _DOCUMENT_PREPOSITIONS and tokens[k - 2].lower in lx.DOCUMENT_NOUNS \
                and head.lower not in lx.DOCUMENT_NOUNS:
            k, head = k - 2, tokens[k - 2]
            continue
        return k, end


def _compound_adjective(t: Token) -> bool:
    """A hyphenated adjective ("post-traumatic", "anti-inflammatory", "long-distance" is not one): no subject
    ends in one, so a cue word after it is a noun of its phrase."""
    w = t.lower
    return "-" in w and not t.is_capitalised and w.endswith(_ADJECTIVE_ENDINGS) and w not in lx.PERSON_NOUNS


_ADJECTIVE_ENDINGS: Final = ("ic", "ical", "al", "ous", "ive", "ory", "ary", "ful", "less", "able", "ible")


def _relative_clause_head(p: ParagraphState, start: int, sentence: Sentence) -> Optional[int]:
    """'An official who spoke anonymously to discuss strategy said', 'Lee and others who want to ban it
    said': when the phrase found before a cue ends a relative clause, the subject is the noun phrase the
    clause hangs from, with the clause; the start of that noun phrase, or None."""
    tokens = p.tokens
    if tokens[start].lower in lx.PRONOUNS:
        return None  # "what she said": a pronoun is a subject of its own
    for k in range(start - 1, max(sentence.lo, start - 20), -1):
        t = tokens[k]
        if t.lower in lx.SINGLE_CUES and t.lower != "want" and _the_relatives_own_verb(tokens, k, sentence):
            continue  # "Republicans who have praised the plan warned ...": the clause's verb takes the phrase
        if not t.is_word and t.text not in {"'s", "’s", "-"} or t.lower in lx.SINGLE_CUES and t.lower != "want" \
                or t.lower in lx.PRONOUNS or t.lower == "what":
            return None  # a clause edge, a cue or a subject of its own
        if t.lower in {"who", "that"} or t.lower in lx.RELATIVE_CONTRACTIONS:
            # a relative pronoun is the clause's subject: a verb follows it ("groups that have endorsed"),
            # not a subject of its own ("told CNN that he believes", "people who they believe"); "who'd" holds
            # its verb
            before, after = tokens[k - 1], tokens[k + 1]
            if t.lower in lx.RELATIVE_CONTRACTIONS:
                if not head_like(before) or before.lower in lx.PRONOUNS:
                    return None
            elif not before.is_word or before.lower in lx.SINGLE_CUES or phrases.past_verb(before.lower) \
                    or not head_like(before) or before.lower in lx.PRONOUNS or after.is_capitalised \
                    or after.lower in lx.PRONOUNS or after.lower in lx.DETERMINERS or not after.is_word \
                    or head_like(after) and after.lower not in lx.AUXILIARIES and not phrases.past_verb(after.lower) \
                    and tokens[k + 2].lower != "to" \
                    or t.lower == "that" and before.is_capitalised:  # "who want to ban it": a verb before "to"
                return None
            head = phrases.walk_back(tokens, k - 1, sentence.lo)
            return head if head is not None and head < k else None
    return None


def _the_relatives_own_verb(tokens: list[Token], k: int, sentence: Sentence) -> bool:
    """Whether the cue word at k is the verb of a relative clause whose pronoun opens its verb group ("who have
    praised", "who often criticized"): a verb of the clause, whose object the phrase after it is, not a clause edge."""
    j = k - 1
    while j > sentence.lo and tokens[j].lower in lx.AUXILIARIES and not tokens[j].is_capitalised:
        j -= 1
    return j > sentence.lo and tokens[j].lower == "who" and j < k and tokens[j - 1].is_word \
        and tokens[j - 1].lower not in lx.PRONOUNS


_PARTY_TAG: Final = re.compile(r"[A-Z]-[A-Z]")


def a_tagged_name(tokens: list[Token], lo: int, hi: int) -> bool:
    """Whether ``tokens[lo:hi]`` is a name with its party tag ("Gov. Al Ford (R-OH)", "Rep. Lee (D-N.Y.)"): a
    person, never an aside on the phrase before it."""
    if hi - lo < 4 or tokens[hi - 1].text != ")":
        return False
    opening = next((k for k in range(hi - 2, lo, -1) if tokens[k].text == "("), None)
    if opening is None or hi - opening > 5 or not _PARTY_TAG.match(tokens[opening + 1].text):
        return False
    name = tokens[lo:opening]
    return 1 <= len(name) <= 5 and all(t.is_capitalised or t.text == "." for t in name) \
        and phrases.person_name_end(name) is not None


# An apposition's length in tokens; one that holds a relative clause ("Rich Lee, a top operative who played a major
# role in ... and is now running ..., said") may run longer.
_LONGEST_APPOSITION: Final = 28
_LONGEST_RELATIVE_APPOSITION: Final = 45


def apposed_subject(p: ParagraphState, comma: int, sentence: Sentence,
                    participle: bool = False) -> Optional[tuple[int, int]]:
    """'X, a Y at Z, said' and 'X, in a statement, said'. Before a participle, a segment that opens with
    a past verb is the clause's predicate, not an apposition ("The chief, Ana Ruiz, voiced doubts, saying
    ...": the participle's source is the clause's subject)."""
    tokens = p.tokens
    k = comma - 1
    while k >= sentence.lo and tokens[k].text != "," and tokens[k].text[0] not in QUOTE_CHARS \
            and comma - k < _LONGEST_RELATIVE_APPOSITION:
        k -= 1
    if k < sentence.lo or tokens[k].text != ",":
        return None
    if _place_comma(tokens, k, comma, sentence):
        # "Corvella, based in Cambridge, Massachusetts, said": the apposition goes on before the place's comma
        # (with no comma before it, "a woman in Worcester, Massachusetts, told" is the subject as it stands)
        j = k - 1
        while j >= sentence.lo and tokens[j].text != "," and tokens[j].text[0] not in QUOTE_CHARS \
                and comma - j < _LONGEST_RELATIVE_APPOSITION:
            j -= 1
        if j >= sentence.lo and tokens[j].text == ",":
            k = j
    if comma - k >= _LONGEST_APPOSITION and not any(t.lower in {"who", "which", "whose"} for t in tokens[k + 1:comma]):
        return None  # only a relative clause ("a top operative who played a major role in ...") runs that long
    segment_start = k + 1
    head_start = phrases.walk_back(tokens, k - 1, sentence.lo)
    if head_start is None or _object_of_a_verb(tokens, head_start, sentence):
        return None
    if participle and head_start - 2 >= sentence.lo and tokens[head_start - 1].text == ",":
        # "The SEC sued Vaultline's founder, Alex Kroll, in September, alleging ...": the name is the object's
        # apposition, the object's verb's subject the participle's source
        object_start = phrases.walk_back(tokens, head_start - 2, sentence.lo)
        if object_start is not None and _object_of_a_verb(tokens, object_start, sentence):
            return None
    if a_tagged_name(tokens, segment_start, comma):
        return segment_start, comma  # "Speaking in Iowa, after the vote, Sen. Al Ford (R-OH), said"
    first = tokens[segment_start].lower
    if _a_clause_of_its_own(tokens, segment_start, comma):
        return None  # "Lee and his wife, son Ruiz and his wife had been traveling together, wrote ...": no apposition
    if participle and phrases.past_verb(first) and not tokens[segment_start].is_capitalised:
        return None
    if first in {"and", "but", "or"} and _second_predicate(tokens, segment_start + 1, comma):
        return None  # "..., sought to calm them, and took a heckler in stride, saying": a second predicate
    if first == "including":
        return head_start, comma  # "Officials, including Ana Ruiz, said": the members are part of the source
    group = _group_of_members(tokens, head_start, sentence)
    if group is not None:
        return group, comma  # "Leaders, including Ana Ruiz and Gen. Lee Park, the army chief, said"
    if first in lx.PREPOSITIONS or first in {"who", "which", "whose", "speaking", "citing"} or first.endswith("ing"):
        return head_start, k
    return _named_before(tokens, head_start, sentence), comma


def _place_comma(tokens: list[Token], k: int, comma: int, sentence: Sentence) -> bool:
    """Whether the comma at k sits inside a place's name, "in Cambridge, Massachusetts, said": between a town after a
    preposition and its state or country (one or two capitalised words up to the apposition's closing comma), so the
    apposition ("Corvella, based in Cambridge, Massachusetts, said") goes on before it."""
    region = tokens[k + 1:comma]
    if not 1 <= len(region) <= 2 or not all(t.is_capitalised and t.is_word for t in region):
        return False
    j = k - 1
    while j > sentence.lo and tokens[j].is_capitalised and tokens[j].is_word and k - j <= 3:
        j -= 1
    return j < k - 1 and tokens[j].lower in {"in", "from", "near", "of", "at", "outside"} and not tokens[j].is_capitalised


def _a_clause_of_its_own(tokens: list[Token], lo: int, hi: int) -> bool:
    """Whether the segment ``tokens[lo:hi]`` holds a perfect or a past of "be" with no relative pronoun before it: the
    verb of a clause (what someone said, before an inverted cue), never an apposition's. One opened by an article or a
    possessive, or ending in a stranded preposition, is a noun with a relative clause that has no pronoun ("the firm
    Barkley has signed with")."""
    if tokens[lo].lower in lx.ARTICLES_AND_POSSESSIVES or tokens[hi - 1].lower in lx.PREPOSITIONS:
        return False
    for k in range(lo, hi - 1):
        w = tokens[k].lower
        if w in lx.RELATIVE_PRONOUNS or w in {"whose", "whom", "where"} \
                or w in lx.SUBORDINATORS and not tokens[k].is_capitalised:
            return False
        if k > lo and (w in {"had", "has", "have"} or w in lx.PAST_BE) and not tokens[k].is_capitalised \
                and tokens[k - 1].is_word and head_like(tokens[k - 1]) and tokens[k + 1].is_word:
            return True
    return False


def _named_before(tokens: list[Token], start: int, sentence: Sentence) -> int:
    """'Ana Ruiz, director of the Harbor Fund, a charity, said': when the phrase found is itself an apposition
    (a lower-case role, no name of its own) of a person's name set off by a comma before it, the source starts
    at the name; ``start`` otherwise."""
    comma = start - 1
    if comma - 1 < sentence.lo or tokens[comma].text != "," or tokens[start].is_capitalised \
            and tokens[start].lower not in lx.ARTICLES_AND_POSSESSIVES:
        return start
    name = phrases.walk_back(tokens, comma - 1, sentence.lo)
    # "Sen. Ana Lee (D-NY), a supporter of the bid told ...": the party tag in brackets is the name's
    words = phrases.without_brackets(tokens[name:comma]) if name is not None else []
    if name is None or len(words) > 5 or not all(t.is_capitalised or t.text in {"'", "’", "-", "."} for t in words):
        return start
    at = phrases.person_name_end(words)
    if at is not None and all(t.lower in lx.TITLES or t.lower.rstrip(".") in lx.NAME_TITLE_WORDS for t in words[:at]) \
            or phrases.bare_name(words) or len(words) >= 2 and words[-1].is_word and not phrases.is_acronym(words[-1].text) \
            and all(len(t.text) % 2 == 0 and t.text[::2].isupper() and set(t.text[1::2]) == {"."} for t in words[:-1]):
        return name  # "Ana Ruiz", "Sen. Jo Lee", "J.J. Ostrander": initials, then a surname
    return start  # "The Harbor Fund, the charity's director, said": no person's name before the role


def _object_of_a_verb(tokens: list[Token], start: int, sentence: Sentence) -> bool:
    """'He sued the port on Friday, claiming ...': a phrase that opens with its article right after a
    lower-case word other than a preposition or a clause's word is that word's object, not a subject."""
    if start - 1 < sentence.lo or tokens[start].lower not in lx.ARTICLES_AND_POSSESSIVES and not (
            tokens[start].is_capitalised and tokens[start].lower.endswith(("'s", "’s"))):
        return False  # (a name's possessive opens one too: "sued Vaultline's founder")
    before = tokens[start - 1]
    return before.is_word and not before.is_capitalised and before.lower not in lx.PREPOSITIONS \
        and before.lower not in lx.SUBJECT_STOPS and before.lower not in lx.NOT_SOURCE_WORDS \
        and before.lower not in lx.DETERMINERS


def _second_predicate(tokens: list[Token], k: int, end: int) -> bool:
    """Whether ", and ..." goes on with a verb phrase ("and took a heckler in stride"), not a second
    subject ("and Gov. Jay Nixon") or a participle of the first ("and obtained by the paper")."""
    if k >= end:
        return False
    t = tokens[k]
    if t.is_capitalised or t.lower in lx.DETERMINERS or t.lower in lx.COUNT_WORDS:
        return False
    return not (phrases.past_verb(t.lower) and k + 1 < end and tokens[k + 1].lower == "by")


def _group_of_members(tokens: list[Token], start: int, sentence: Sentence) -> Optional[int]:
    """Where the group starts when the phrase at ``start`` is its list of members
    (", including X and Y"), or None."""
    if (start - 2 > sentence.lo and tokens[start - 1].lower in lx.INCLUSION_WORDS
            and tokens[start - 2].text in lx.ASIDE_MARKS):
        return phrases.walk_back(tokens, start - 3, sentence.lo)
    return None


def with_members(p: ParagraphState, end: int, sentence: Sentence) -> int:
    """Past the members a group lists before its verb: 'Military leaders, including Ana Ruiz and
    Gen. Lee Park, the army chief, have warned': the list ends at the comma before the verb."""
    tokens = p.tokens
    if not (end + 1 < sentence.hi and tokens[end].text in lx.ASIDE_MARKS
            and tokens[end + 1].lower in lx.INCLUSION_WORDS):
        return end
    for k in range(end + 2, min(sentence.hi - 1, end + 40)):
        if tokens[k].text[0] in QUOTE_CHARS:
            break
        if tokens[k].text in lx.ASIDE_MARKS and finite_verb_at(tokens, k + 1, sentence.hi):
            return k
    return end


def _dashed_subject(p: ParagraphState, dash: int, sentence: Sentence) -> Optional[tuple[int, int]]:
    """'John Dickey -- the chief executive of Ora Media -- told me'."""
    tokens = p.tokens
    close = dash
    while close - 1 >= sentence.lo and tokens[close - 1].text in _DASHES:
        close -= 1  # "--" is two tokens
    k = close - 1
    while k >= sentence.lo and tokens[k].text not in _DASHES and close - k < 40:
        k -= 1
    if k < sentence.lo or tokens[k].text not in _DASHES:
        return None
    while k - 1 >= sentence.lo and tokens[k - 1].text in _DASHES:
        k -= 1
    start = phrases.walk_back(tokens, k - 1, sentence.lo)
    return (start, close) if start is not None else None


def antecedent(p: ParagraphState, relative: int, sentence: Sentence) -> Optional[tuple[int, int]]:
    """'Jane Doe, who said ...': the phrase the relative pronoun stands for."""
    tokens = p.tokens
    j = relative - 1
    if j >= sentence.lo and tokens[j].text == ",":
        j -= 1
    start = phrases.walk_back(tokens, j, sentence.lo)
    if start is None:
        return None
    # a past verb right before the phrase ("Trump became the subject of derision from critics, who ..."), or one
    # passed inside it, makes the phrase the verb's object, after which the pronoun's phrase is looked for
    past = start - 1 >= sentence.lo and not tokens[start - 1].is_capitalised \
        and phrases.past_verb(tokens[start - 1].lower) and tokens[start - 1].lower not in lx.SINGLE_CUES
    while start < j and (phrases.past_verb(tokens[start].lower) or tokens[start].lower.endswith("ing")
                         and not tokens[start].is_capitalised):
        past = past or phrases.past_verb(tokens[start].lower)
        start += 1  # "... has also included members of the government, which ...": the verb is not the phrase
    verb = max((k for k in range(start + 1, j) if _a_verb_before_its_object(tokens, k)), default=None)
    if verb is not None:
        start, past = verb + 1, True  # "The ruling favored Lee, who ...", "was sued by Acme, which ...": its object
    while start < j and tokens[start].lower == "by":
        start += 1  # a passive's agent: "sued by Acme, which ...", "backed by 6 in 10 voters, who ..."
    if past:
        # not a time's preposition ("released her records in July, which ...") nor a basis's ("one Democrat
        # familiar with the talks, who ...")
        place = next((k for k in range(start, j) if tokens[k].lower in lx.PREPOSITIONS and tokens[k].lower != "of"
                      and not tokens[k].is_capitalised and tokens[k - 1].lower not in lx.BASIS_OPENERS
                      and tokens[k - 1].lower not in lx.CLOSENESS_WORDS
                      and tokens[k + 1].lower.rstrip(".") not in lx.CALENDAR_WORDS and not tokens[k + 1].text[:1].isdigit()
                      and tokens[k + 1].lower not in lx.TIME_WORDS), None)
        if place is not None:
            start = place + 1  # "won by 60 points among the voters who ...": the phrase the pronoun follows
    inclusion = max((k for k in range(start, j) if tokens[k].lower in lx.INCLUSION_VERBS), default=None)
    if inclusion is not None:
        start = inclusion + 1  # "The coalition includes people who say ...": the object of "includes"
    setting = start + 1 if tokens[start].lower in lx.DETERMINERS else start
    if setting + 2 <= j and tokens[setting].lower in lx.TIME_WORDS and tokens[setting + 1].lower in lx.PREPOSITIONS \
            and tokens[setting + 1].lower != "of" and tokens[setting].lower not in lx.DOCUMENT_NOUNS \
            and tokens[setting].lower not in lx.STATEMENT_NOUNS:
        # "said in an interview with the Tide, which first reported it": the Tide (a setting that cannot speak;
        # "a letter to the board, which said ..." may be the letter's words)
        start = setting + 2
    if (tokens[relative].lower == "who" or tokens[relative].lower in lx.RELATIVE_CONTRACTIONS) \
            and tokens[relative - 1].text != ",":
        start = _named_before(tokens, start, sentence)  # "Ana Ruiz, a former judge who argued ...": Ana Ruiz
    return start, j + 1


def _a_verb_before_its_object(tokens: list[Token], k: int) -> bool:
    """Whether the word at k, inside the phrase found before a relative pronoun, is a past verb whose object or
    agent follows ("favored Lee", "sued by Acme"), not a participle before its noun ("the alleged killer", "a
    long-awaited report", "her sued partner"): lower case, not after a determiner or possessive."""
    t = tokens[k]
    return t.is_word and not t.is_capitalised and phrases.past_verb(t.lower) \
        and tokens[k - 1].lower not in lx.ARTICLES_AND_POSSESSIVES and tokens[k - 1].lower not in lx.DETERMINERS \
        and tokens[k - 1].text not in {"-", "–"} and tokens[k + 1].is_word


def object_after(p: ParagraphState, k: int, sentence: Sentence) -> int:
    """Past the recipient of 'told': 'told reporters', 'told The Associated Press'."""
    if p.tokens[k].lower in lx.RECIPIENT_PRONOUNS:
        return k + 1
    end = phrases.walk_forward(p.tokens, k, sentence.hi, p.text)
    return end if end is not None else k


def with_apposition(p: ParagraphState, end: int, sentence: Sentence) -> int:
    """Extend a source after its cue by ', an analyst at X' when one follows."""
    tokens = p.tokens
    if end + 1 < sentence.hi and tokens[end].text == "," and (
            tokens[end + 1].lower in {"a", "an", "the", "one"} or tokens[end + 1].lower in lx.TITLES
            or tokens[end + 1].lower in lx.RANK_WORDS):
        k, titled, inside = end + 1, None, 0  # (a title counts as one word towards the length)
        in_phrase = False  # past a preposition: "a group called X" names the group, it is no clause
        while k < sentence.hi and tokens[k].text not in {",", ".", ";", ":"} \
                and tokens[k].lower not in lx.RELATIVE_CLAUSE_OPENERS and k - end - inside < 16:
            if tokens[k].text[0] in QUOTE_CHARS:
                title = quoted_title(tokens, k, sentence)
                if title is None:
                    break
                inside += title - k - 1
                k = titled = title  # "the author of “The Harbor Years,” a history": the work's title is part of it
                continue
            lower = tokens[k].lower
            if lower in lx.MODAL_VERBS or lower in lx.BE_FORMS or not in_phrase and (
                    lower in lx.SINGLE_CUES and (lower.endswith("ed") or lower in lx.IRREGULAR_PAST)):
                # "Ruiz, the plan will fail", "Ruiz, the doctor wrote in a memo": a clause, no apposition
                return end if titled is None else titled
            in_phrase = in_phrase or lower in lx.PREPOSITIONS
            k += 1
        if k - end - inside < 16:
            return k
        if titled is not None:
            return titled
    return end


def quoted_title(tokens: list[Token], k: int, sentence: Sentence) -> Optional[int]:
    """After "of" or "in" ("the author of", "a columnist in"), a short quotation is a work's title: the index
    just past its closing marks (and the comma inside them), or None when token k opens no such title."""
    if k == 0 or tokens[k - 1].lower not in lx.PREPOSITIONS and tokens[k - 1].lower != "to":
        return None  # ("according to "The Parks"": the work a report cites)
    j = k
    while j < sentence.hi and tokens[j].text[0] in QUOTE_CHARS:
        j += 1  # '' or “
    start = j
    while j < sentence.hi and tokens[j].text[0] not in QUOTE_CHARS and j - start < 20:
        j += 1
    if j >= sentence.hi or j == start or tokens[j].text[0] not in QUOTE_CHARS or not tokens[start].is_capitalised:
        return None
    while j < sentence.hi and tokens[j].text[0] in QUOTE_CHARS:
        j += 1
    return j


def clause_end(p: ParagraphState, k: int, sentence: Sentence) -> int:
    """The character offset where the clause holding token k ends (the basis of an anonymous source)."""
    tokens = p.tokens
    while k < sentence.hi and tokens[k].text not in {",", ".", ";", ":", "!", "?"} and tokens[k].text[0] not in QUOTE_CHARS:
        k += 1
    return tokens[k].start if k < sentence.hi else sentence.end


def speaker_like(words: list[Token], strict: bool) -> bool:
    """Whether a phrase after an inverted cue can be its speaker."""
    if len(words) == 1 and words[0].lower in lx.PRONOUNS:
        return True
    words = phrases.without_brackets(words)  # "Sen. Jane Doe (D-Ohio)": the party tag is no length
    if not words or len(words) > 8:
        return False
    core = phrases.core_phrase(words) or words
    head = core[-1]
    if (head.is_capitalised or phrases.is_name_particle(head.text)) and len(core) <= 7 and not strict:
        return True
    if not strict and words[-1].is_capitalised and words[-1].text[0].isalpha():
        return True  # '"...," said master of ceremonies Ana Ruiz': a role, then the name
    if words[0].lower.endswith("ing") and words[0].lower not in lx.DETERMINERS and len(words) > 1 \
            and not words[1].is_capitalised:
        return False  # "Enacting dominance ...": a gerund, not a speaker ("the ruling" is a noun, "Ebeling" a name)
    if head.is_capitalised:
        return all(t.is_capitalised or t.lower in lx.DETERMINERS or t.lower in lx.RANK_WORDS
                   or t.lower in lx.AFFILIATION_WORDS or t.lower in lx.TITLES or t.lower in lx.PERSON_NOUNS
                   or t.text in {"'s", "’s", "-", "&"} or not t.is_word for t in core) or _introduced_name(core)
    if not strict:
        return words[0].lower in lx.DETERMINERS
    return head.lower in lx.PERSON_NOUNS or head.lower in lx.SPOKESPERSON_NOUNS or head.lower in lx.TITLES \
        or head.lower in lx.ORGANIZATION_NOUNS or head.lower in lx.DOCUMENT_NOUNS or phrases.looks_like_noun(head.lower)


def _introduced_name(core: list[Token]) -> bool:
    """'Republican presidential candidate Ana Ruiz', 'Talk show host Lee Park', '76-year-old Ana Ruiz': a person's
    name after a role in lower case that introduces it (``phrases.role_before_a_name``), or after an age."""
    at = phrases.person_name_end(core)
    if at is None or at == 0:
        return False
    if core[at - 1].lower.endswith("-year-old") and core[at - 1].text[0].isdigit():
        return at == 1 or at == 2 and core[0].lower in lx.DETERMINERS
    title = at - 1 if core[at - 1].lower.rstrip(".") in lx.NAME_TITLE_WORDS else at
    if title < len(core) - 1 and core[title].lower.rstrip(".") in lx.NAME_TITLE_WORDS and core[title].is_capitalised \
            and title <= 4 and all(t.is_word and t.lower not in lx.VERB_GROUP and t.lower not in lx.SINGLE_CUES
                                   and t.lower not in lx.PREPOSITIONS and t.lower not in {"and", "or"}
                                   and not phrases.past_verb(t.lower)
                                   and not t.lower.endswith("ing") for t in core[:title]):
        return True  # "the district GOP Chairman Lee Park": a titled name after its modifiers, whatever their case
    run = at
    while run - 1 >= 0 and core[run - 1].is_word and not core[run - 1].is_capitalised:
        run -= 1
    return run < at and phrases.role_before_a_name(core, run, len(core))


def after_opening_phrase(p: ParagraphState, sentence: Sentence) -> int:
    """Past 'In a column on Monday,' at the head of a sentence, and past the words that lead a clause
    with no comma of their own ("And then Ruiz went ...", "But even Ruiz tried ...")."""
    tokens = p.tokens
    lo = _past_clause_leads(p, sentence)
    # "Carly Fiorina", "Kelly Ayotte": a name that ends like an adverb is no opening adverb
    adverb = lo < sentence.hi and tokens[lo].lower.endswith("ly") and not (
        tokens[lo].lower in lx.FIRST_NAMES and lo + 1 < sentence.hi and tokens[lo + 1].is_capitalised)
    if lo + 1 < sentence.hi and tokens[lo].lower in lx.SENTENCE_OPENERS and tokens[lo].lower not in lx.OPENING_ADVERBS \
            and tokens[lo + 1].is_capitalised and tokens[lo + 1].is_word \
            and tokens[lo + 1].lower not in lx.PREPOSITIONS and tokens[lo + 1].lower not in lx.SUBORDINATORS:
        # "But Ana Ruiz, the chair, said": a one-word opener with no comma of its own; the comma after the name
        # is the apposition's, not the opener's ("Then Tuesday, ..." goes on past the opening phrase after it)
        return after_opening_phrase(p, Sentence(lo + 1, sentence.hi, sentence.start, sentence.end, sentence.index))
    if lo < sentence.hi and (tokens[lo].lower in lx.PREPOSITIONS or adverb
                             or tokens[lo].lower in lx.SENTENCE_OPENERS or tokens[lo].lower in lx.OPENING_ADVERBS
                             or tokens[lo].lower in lx.SUBORDINATORS and tokens[lo].lower != "as"
                             or tokens[lo].lower == "despite"
                             or tokens[lo].lower in lx.TIME_CLAUSE_DEGREES and lo + 1 < sentence.hi
                             and tokens[lo + 1].lower in lx.TIME_SUBORDINATORS and tokens[lo + 1].lower != "as"
                             or tokens[lo].lower.endswith("ing") and tokens[lo].is_capitalised
                             and not _a_name_then_its_verb(tokens, lo, sentence)
                             or _opening_participle(tokens, lo, sentence)):
        # "In a column on Monday,", "Here in Ohio,", "Speaking in Iowa,", "Although Lee is no candidate,", "Just
        # before the vote ended,": the
        # (main clause's) subject follows the comma ("As Lee put it, ..." is Lee's: "as" opens a comparison)
        pronoun = _subject_pronoun_after_phrase(tokens, lo, sentence) if tokens[lo].lower in lx.PREPOSITIONS else None
        if pronoun is not None:
            return pronoun  # "After the vote she left the hall, saying ...": no comma closes the phrase
        for k in range(lo, min(sentence.hi, lo + 20)):
            if tokens[k].text == "," and not phrases.comma_in_a_number(tokens, k):
                lo = k + 1
                break
        # "Recently, however, ...": a second opener set off by commas
        if lo + 1 < sentence.hi and tokens[lo].lower in lx.SENTENCE_OPENERS and tokens[lo + 1].text == ",":
            lo += 2
        return _past_an_apposition(p, lo, sentence)
    # "Minutes later, ...", "Two days ago, ...": a time phrase set off by a comma
    for k in range(lo + 1, min(sentence.hi - 1, lo + 4)):
        if not tokens[k].is_word:
            break
        if tokens[k].lower in {"later", "ago", "earlier"} and tokens[k + 1].text == ",":
            return k + 2
        if tokens[k].lower in {"later", "ago", "earlier"} and tokens[k + 1].lower in lx.PRONOUNS \
                and tokens[k + 1].lower != "it":
            return k + 1  # "A few minutes later they reversed ...": no comma before the subject pronoun
    return lo


def _subject_pronoun_after_phrase(tokens: list[Token], lo: int, sentence: Sentence) -> Optional[int]:
    """'At the mention of email she laughed ...', 'In an interview on Tuesday he said ...': a subject pronoun
    and its verb right after a noun of the prepositional phrase that opens the sentence with no comma; None
    when a comma, a verb or a word of a clause comes first ("After he won, ...", "After the vote that he won,
    ..." open clauses of their own)."""
    for k in range(lo + 2, min(sentence.hi - 1, lo + 10)):
        t = tokens[k]
        if not t.is_word or t.lower in lx.RELATIVE_PRONOUNS or finite_verb_at(tokens, k, k + 1) \
                and t.lower not in lx.TIME_WORDS:
            return None
        if t.lower in _SUBJECT_PRONOUNS:
            before = tokens[k - 1]  # a noun ends the phrase: no function word, no verb
            return k if before.lower not in lx.PREPOSITIONS and before.lower not in lx.DETERMINERS \
                and before.lower not in lx.VERB_GROUP and before.lower not in _CLAUSE_WORDS \
                and finite_verb_at(tokens, k + 1, sentence.hi) else None
    return None


_SUBJECT_PRONOUNS: Final = frozenset("he she they we i".split())
_CLAUSE_WORDS: Final = lx.SUBORDINATORS | lx.TIME_SUBORDINATORS | frozenset("and but or than if whether what how why".split())


def _past_an_apposition(p: ParagraphState, lo: int, sentence: Sentence) -> int:
    """Past "a town of 4,000 people that is near Dover," after an opening phrase's name ("In Millbrook, a
    town ..., the police said"): an indefinite noun phrase set off by commas, with no verb of its own (one
    in a relative clause is the apposition's), describes the name before it; the subject follows it. "In
    Ohio, a man said ..." has its verb, so "a man" is the subject."""
    tokens = p.tokens
    if not (lo + 1 < sentence.hi and lo - 2 >= sentence.lo and tokens[lo].lower in {"a", "an"}
            and tokens[lo - 2].is_capitalised):
        return lo
    for k in range(lo + 1, min(sentence.hi - 1, lo + 25)):
        t = tokens[k]
        if t.text == "," and phrases.comma_in_a_number(tokens, k):
            continue
        if t.text == ",":
            # the subject after it opens with a determiner or a name ("In Ohio, a man, 45, said": an age)
            subject = k + 1 < sentence.hi and (tokens[k + 1].lower in lx.DETERMINERS or tokens[k + 1].is_capitalised)
            return k + 1 if k > lo + 1 and subject and not verb_of_its_own(tokens, lo, k) else lo
        if not t.is_word and not t.text[:1].isdigit():
            return lo
    return lo


def verb_of_its_own(tokens: list[Token], lo: int, hi: int) -> bool:
    """Whether tokens[lo:hi] hold a finite verb outside a relative clause: "a man said" does, "a town
    that is near Dover" and "In Millbrook" do not."""
    for k in range(lo, hi):
        if tokens[k].lower in lx.RELATIVE_PRONOUNS:
            return False
        if finite_verb_at(tokens, k, hi):
            return True
    return False


def _past_clause_leads(p: ParagraphState, sentence: Sentence) -> int:
    """Past the words that lead a sentence's clause and are set off by no comma ("And then", "But even",
    "Then", "Yet"; :data:`lexicon.UNMARKED_CLAUSE_LEADS`): the subject, or an opening phrase, follows them
    ("But Ana Ruiz, an organizer, said", "But in a statement, Ruiz said"); ``sentence.lo`` when there are none
    ("Still, Ruiz said" has its comma: the opener is read as one)."""
    tokens = p.tokens
    k = sentence.lo
    while k + 1 < sentence.hi and k - sentence.lo < 3 and tokens[k].lower in lx.UNMARKED_CLAUSE_LEADS \
            and tokens[k + 1].is_word:
        k += 1
    if k == sentence.lo or not tokens[k].is_word:
        return sentence.lo
    # "But that morning, an angry crowd ...": a time set off by a comma after the leads is an opening phrase
    comma = next((c for c in range(k + 1, min(sentence.hi, k + 5)) if not tokens[c].is_word), None)
    if comma is not None and tokens[comma].text == "," and all(not t.is_capitalised for t in tokens[k:comma]) \
            and (tokens[comma - 1].lower in lx.TIME_WORDS or tokens[comma - 1].lower in lx.TIME_PHRASE_ENDS):
        return comma + 1
    return k


def _opening_participle(tokens: list[Token], lo: int, sentence: Sentence) -> bool:
    """'Alarmed by the unrest, ...', 'Pressed on the point, ...': a past participle and its preposition
    open the sentence; the subject follows the comma."""
    return lo + 1 < sentence.hi and tokens[lo].is_capitalised and tokens[lo].lower.endswith("ed") \
        and phrases.past_verb(tokens[lo].lower) and tokens[lo + 1].lower in lx.PREPOSITIONS


def _a_name_then_its_verb(tokens: list[Token], lo: int, sentence: Sentence) -> bool:
    """'Hosking walked ...', 'Sterling Brown said': a capitalised word ending like a participle is a
    name when a name or a verb follows it ("Speaking in Iowa, ..." opens a sentence)."""
    if lo + 1 >= sentence.hi:
        return False
    nxt = tokens[lo + 1]
    return nxt.is_capitalised or phrases.past_verb(nxt.lower) or nxt.lower in lx.VERB_GROUP \
        or nxt.lower in lx.SINGLE_CUES


def opening_subject(p: ParagraphState, sentence: Sentence) -> Optional[tuple[int, int]]:
    """The sentence's own subject, past an opening phrase, when it can be a speaker:
    the source a participle or a second verb ("..., and said") shares."""
    lo = after_opening_phrase(p, sentence)
    end = phrases.walk_forward(p.tokens, lo, sentence.hi, p.text, subject=True)
    if end is None:
        return None
    end = phrases.trailing_time(p.tokens, lo, end)
    named = with_named_apposition(p, end, sentence)
    if named > end:
        return lo, named  # "The port chief, Ana Ruiz, voiced ...": the name makes it a speaker
    if not long_subject_speaks(p.tokens[lo:end]):
        return None
    return lo, with_members(p, end, sentence)


def long_subject_speaks(words: list[Token]) -> bool:
    """Whether a sentence's own subject can speak: as a speaker after a cue, or, when it is longer than one,
    by its head phrase ("A spokesman for Mayor Ana Ruiz of Dover", "Other officers with no knowledge of the
    case"): before its verb the subject's length is no sign of a clause."""
    if speaker_like(words, True):
        return True
    bare = phrases.without_brackets(words)
    joint = next((n for n, t in enumerate(bare) if t.lower == "and"), None)
    if joint is not None and 0 < joint < len(bare) - 1 and speaker_like(bare[:joint], True) \
            and speaker_like(bare[joint + 1:], True):
        return True  # "Committee Chairman Ana Ruiz (D-Ohio) and Judiciary Committee Chairman Lee Park": two speakers
    core = phrases.core_phrase(words)
    return len(phrases.without_brackets(words)) > 8 and 0 < len(core) < len(words) and speaker_like(core, True)


def with_named_apposition(p: ParagraphState, end: int, sentence: Sentence) -> int:
    """Past the name a subject gives in apposition before its verb: "France's party leader, Ana Ruiz,
    voiced support": the source is the leader and her name (the closing comma is left out)."""
    tokens = p.tokens
    if not (end + 2 < sentence.hi and tokens[end].text in lx.ASIDE_MARKS):
        return end
    for k in range(end + 2, min(sentence.hi - 1, end + 7)):
        if tokens[k].text in lx.ASIDE_MARKS:
            if phrases.person_name_end(tokens[end + 1:k]) != 0:
                break
            if finite_verb_at(tokens, k + 1, sentence.hi):
                return k
            if k + 3 < sentence.hi and tokens[k + 1].text.isdigit() and tokens[k + 2].text == tokens[k].text \
                    and finite_verb_at(tokens, k + 3, sentence.hi):
                return k + 2  # "One of the men, Lee Park, 70, had served ...": the name and its age
            break
    return end


def finite_verb_at(tokens: list[Token], k: int, hi: int) -> bool:
    """Whether a finite verb (or its auxiliary) opens at token k: "endorsed", "has", "is making",
    "quickly returned"."""
    if k >= hi:
        return False
    w = tokens[k].lower
    if w.endswith("ly") and not tokens[k].is_capitalised and k + 1 < hi:
        w = tokens[k + 1].lower
    return phrases.past_verb(w) or w in lx.VERB_GROUP and w not in lx.SENTENCE_ADVERBS


def clause_subject(p: ParagraphState, sentence: Sentence, i: int) -> Optional[tuple[int, int]]:
    """The subject of the clause a participle or second verb at token i hangs from: the
    sentence's opening subject, or, when that is followed by no verb ("At a rally in Dover,
    Del., on Tuesday, Ana Ruiz endorsed ..., saying"), the first phrase after a comma or dash
    that is followed by its verb."""
    opening = opening_subject(p, sentence)
    if opening is not None and finite_verb_at(p.tokens, opening[1], sentence.hi):
        return opening
    tokens = p.tokens
    for k in range(opening[1] if opening else sentence.lo, min(i, sentence.hi) - 1):
        if tokens[k].text not in {",", "—", "–", "―", "-"}:
            continue
        end = phrases.walk_forward(tokens, k + 1, sentence.hi, p.text, subject=True)
        if end is None or end >= i:
            continue
        end = phrases.trailing_time(tokens, k + 1, end)
        if finite_verb_at(tokens, end, sentence.hi) and speaker_like(tokens[k + 1:end], True):
            return k + 1, end
    return opening
