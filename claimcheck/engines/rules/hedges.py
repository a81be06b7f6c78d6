"""Hedge cues: modal, adverbial, verbal, adjectival and multiword, each with
who holds it (the source when it sits in attributed content, else the
reporter) and whether it is agentless ("is believed to")."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from heapq import heappop, heappush
from typing import Final, Optional

from claimcheck.engines.rules import lexicon as lx
from claimcheck.engines.rules import phrases
from claimcheck.engines.rules.attributions import Found
from claimcheck.engines.rules.tokens import Token

# A conditional ("if", "unless") and the will/would of its main clause say when a claim holds, not how
# sure anyone is of it: the engine reports both as the paragraph's conditions, apart from its hedges, with the
# "whether" or "if" of a question asked ("asked whether ...", kind "question").
CONDITION_KINDS: Final = frozenset({"conditional", "consequent", "question"})

# The lengths of the lexicon's hedges by their first word, longest first: a token is looked up only at the
# lengths some hedge it opens has, instead of at every length up to the longest hedge.
_HEDGE_SIZES: dict[str, tuple[int, ...]] = {}
for _words in lx.HEDGES:
    _HEDGE_SIZES[_words[0]] = tuple(sorted({*_HEDGE_SIZES.get(_words[0], ()), len(_words)}, reverse=True))


@dataclass
class FoundHedge:
    span: tuple[int, int]
    kind: str
    agentless: bool
    holder: str = "reporter"
    attribution: Optional[int] = None
    inherited: Optional[str] = None  # id of the previous paragraph's attribution whose quote this continues


def find_hedges(text: str, tokens: list[Token], attributions: list[Found]) -> list[FoundHedge]:
    """Whether an "alleged" is a charge's word is read over the whole story, for every engine alike
    (``claimcheck.charges``), not here."""
    hedges: list[FoundHedge] = []
    holders = _Holders(attributions)
    lowers = [t.lower for t in tokens]
    n = len(tokens)
    free = 0  # the first token not inside an earlier multiword hedge
    # only the few tokens that can open a hedge are looked at (the set test runs in C)
    hits = [k for k, word in enumerate(lowers) if word in lx.HEDGE_SCAN_WORDS]
    consequents = _consequents(tokens, lowers, hits)
    subordinators: Optional[list[int]] = None  # their offsets, found at the first "would"
    for i in hits:
        if i < free:
            continue
        t = tokens[i]
        if i in consequents:
            hedge = FoundHedge((t.start, t.end), "consequent", False)
            holders.assign(hedge)
            hedges.append(hedge)
            free = i + 1
            continue
        special = None
        if t.lower == "should":
            special = "modal" if _epistemic_should(tokens, lowers, i) else ""
        elif t.lower in lx.CONDITION_TIME_WORDS:
            special = "conditional" if _opens_a_condition(tokens, lowers, i) else ""
        elif t.lower in lx.REGARD_PARTICIPLES:
            special = "verb" if _regards_as(tokens, lowers, i) else ""
        if special is not None:
            if special:
                # "is seen as": a passive of regarding, nobody named holds the view
                hedge = FoundHedge((t.start, t.end), special, special == "verb")
                holders.assign(hedge)
                hedges.append(hedge)
            continue
        matched = None
        for size in _HEDGE_SIZES.get(t.lower, ()):
            entry = lx.HEDGES.get(tuple(lowers[i:i + size])) if size <= n - i else None
            if entry is not None:
                matched = (entry, size)
                break
        if matched is None:
            continue
        entry, size = matched
        if entry.agentless and i + size < n and lowers[i + size] == "by":
            continue  # "It was reported by the Ledger that ...": the passive names who holds it
        if size == 1 and not _keeps(tokens, i, entry.kind):
            continue
        if entry.kind == "modal" and not _modal_hedges(tokens, lowers, i):
            continue
        span = (t.start, tokens[i + size - 1].end)
        if entry.kind == "conditional" and (_asks(tokens, lowers, i) or _not_known(tokens, lowers, i)):
            question = FoundHedge(span, "question", False)
            holders.assign(question)
            hedges.append(question)  # the question asked: open, but no condition on the claim
            continue
        if entry.kind == "conditional" and i > 0 and lowers[i - 1] in lx.INQUIRY_FORMS and i - 1 >= free:
            inquiry = FoundHedge((tokens[i - 1].start, tokens[i - 1].end), "conditional", False)
            holders.assign(inquiry)
            hedges.append(inquiry)  # "to see whether": the question is open
        hedge = FoundHedge(span, entry.kind, entry.agentless)
        holders.assign(hedge)
        if t.lower == "would" and subordinators is None:
            subordinators = [tok.start for tok, word in zip(tokens, lowers) if word in lx.SUBORDINATORS]
        if not (t.lower == "would" and _future_in_the_past(text, tokens, lowers, i, hedge, attributions,
                                                            subordinators)):
            hedges.append(hedge)
        free = i + size
    return hedges


def _consequents(tokens: list[Token], lowers: list[str], hits: list[int]) -> set[int]:
    """The will/would of each conditional's main clause: after a leading condition ("If the talks
    fail, the strike will go on"), the first one past its comma; before a trailing one ("would
    resume only if"), the nearest one back. An "if" that asks ("asked if") has none."""
    out: set[int] = set()
    n = len(tokens)
    for k in hits:
        if lowers[k] not in ("if", "unless"):
            continue
        lead = k - 1
        while lead >= 0 and lowers[lead] in lx.CONDITION_FOCUS:
            lead -= 1
        before = lowers[lead] if lead >= 0 else ""
        if before in lx.INTERROGATIVE_IF_LEADS:
            continue
        if lead < 0 or not tokens[lead].is_word or before in lx.CLAUSE_OPENERS or before in lx.REPORTING_FORMS:
            # a leading condition ("said if he were elected, taxes would fall"): its main clause follows,
            # after its comma, or with no comma after it, as the first will/would of the sentence
            j = k + 1
            while j < n and j - k <= 25 and lowers[j] != "," and lowers[j] not in lx.CLAUSE_ENDS:
                j += 1
            comma = j < n and lowers[j] == ","
            if comma and j - k <= 2:
                continue  # "if, past is prologue, ...": an aside
            if not comma:
                if before in lx.REPORTING_FORMS:
                    continue  # "did not say if he would run": a question, no condition
                j = k
            for m in range(j + 1, min(n, j + 16)):
                if lowers[m] in lx.CLAUSE_ENDS:
                    break
                if lowers[m] in lx.CONSEQUENT_MODALS:
                    if comma or m - k > 3:  # "If I would have told": the condition's own verb, asking
                        out.add(m)
                    break
        else:
            for m in range(lead, max(-1, lead - 13), -1):
                if lowers[m] in lx.CLAUSE_ENDS:
                    break
                if lowers[m] in lx.CONSEQUENT_MODALS:
                    out.add(m)
                    break
    return out


def _modal_hedges(tokens: list[Token], lowers: list[str], i: int) -> bool:
    """Whether a may/might/could/would here is epistemic, the speaker's doubt, and not a compound
    ("would-be neighbors"), a refusal formula ("could not be reached for comment") or the tense or
    ability of an indirect question ("asked whether it would apply", "how high it could go")."""
    prev = lowers[i - 1] if i > 0 else ""
    if prev in lx.ARTICLES_AND_POSSESSIVES or _possessive(prev):
        return False  # "their would-be rivals": a modifier, not a verb
    if lowers[i] == "would" and prev in lx.PROPOSAL_NOUNS:
        return False  # "the pact would resolve the case": the terms of a measure still pending
    if lowers[i] == "would" and i + 2 < len(tokens) and lowers[i + 1] == "have" and (
            lowers[i + 2] == "been" or phrases.past_verb(lowers[i + 2])):
        return False  # "would have preferred": the unreal past, asserting what did not happen (a condition's is kept)
    if lowers[i] == "would" and (i + 1 < len(tokens) and lowers[i + 1] in lx.HABITUAL_ADVERBS
                                 or _after_in_sentence(lowers, i, lx.HABITUAL_CLAUSE_OPENERS)):
        return False  # "he would often fish the river", "whenever it rained, the road would flood": the habitual past
    if lowers[i] == "would" and i + 1 < len(tokens) and (lowers[i + 1] in lx.VOLITION_VERBS or lowers[i + 1] in
                                                          lx.MODAL_INSERTS and lowers[i + 2:i + 3] and
                                                          lowers[i + 2] in lx.VOLITION_VERBS):
        return False  # "if you would like to", "she would rather wait": what someone wants, not doubt
    if lowers[i + 1:i + 3] == ["be", "reached"]:
        return False  # "neither could be reached": the no-comment formula ("could not be" is in _keeps)
    for k in range(i - 1, max(-1, i - 7), -1):
        if not tokens[k].is_word:
            break
        if lowers[k] in lx.YES_NO_OPENERS and (lowers[k] != "if" or k > 0 and (
                lowers[k - 1] in lx.INTERROGATIVE_IF_LEADS or lowers[k - 1] in lx.REPORTING_FORMS)):
            return False
        if lowers[k] in lx.WH_OPENERS and lowers[i] == "would":
            return False  # "how it would work": tense; "how it could work" still weighs a possibility
    return True


def _asks(tokens: list[Token], lowers: list[str], i: int) -> bool:
    """Whether the "whether" or "if" at i opens the question of a verb of asking ("asked whether", "asked the
    mayor whether", "wondered if"): an indirect question (a condition of kind "question"), not a conditional.
    "If" must follow the verb or its one-word object ("asked her if"): "asked for help if the plant closes" puts
    a condition on the request."""
    reach = 4 if lowers[i] == "whether" else 2
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if not tokens[k].is_word:
            return False
        if lowers[k] in lx.ASKING_FORMS:
            return True
        if lowers[i] == "if" and not (lowers[k] in lx.OBJECT_PRONOUNS or tokens[k].is_capitalised):
            return False
    return False


def _not_known(tokens: list[Token], lowers: list[str], i: int) -> bool:
    """Whether the "whether" or "if" at i opens what is not known or not sure ("weren't quite sure if there was a
    shooter", "it was hard to predict whether the visits would lead to talks", "unclear if"): a question left
    open, as after a verb of asking, and no condition on the claim."""
    return i > 0 and tokens[i - 1].is_word and lowers[i - 1] in lx.INTERROGATIVE_IF_LEADS \
        and lowers[i - 1] not in lx.INQUIRY_FORMS


def _opens_a_condition(tokens: list[Token], lowers: list[str], i: int) -> bool:
    """'until the economy recovers', 'once it wins clearance': a clause of its own, with a subject and
    a verb in the present (an event still to come), and no date ('until the lease ends in May' says when)."""
    if lowers[i] == "once" and (i == 0 or not tokens[i - 1].is_word or lowers[i - 1] in {"at", "all", "for"}):
        return False  # "Once, ...", "at once", "for once": one time
    window: list[str] = []
    for k in range(i + 1, min(len(tokens), i + 10)):
        if not tokens[k].is_word:
            break
        base = lowers[k].split("'")[0].split("’")[0].rstrip(".")
        if tokens[k].text[0].isdigit() or base in lx.CALENDAR_WORDS or phrases.past_verb(
                lowers[k]) and lx.CLAUSE_VERBS.isdisjoint(window):
            # a date, or a past event ("until they became"): it says when, not on what condition ("until
            # profit is achieved", a participle after a present auxiliary, is still to come)
            return False
        window.append(lowers[k])
    if not window or window[0] in lx.TIME_ADVERBS or window[0] in lx.COUNT_WORDS and window[0] not in lx.DETERMINERS:
        return False  # "until now", "until twenty years after"
    first = window[0].split("'")[0].split("’")[0]
    if first in lx.CLAUSE_SUBJECT_PRONOUNS:
        return len(window) > 1 or first != window[0]  # "until they determine", "once it's done"
    if lowers[i] == "once" and not (window[0] in lx.DETERMINERS or tokens[i + 1].is_capitalised):
        return False  # "who once would have held": formerly
    if not lx.CLAUSE_VERBS.isdisjoint(window):
        return True  # "until profit is achieved", "until our representatives can figure out"
    # a subject and its verb: "until the economy tilts", "until Congress acts"
    subject_end = 2 if window[0] in lx.DETERMINERS else 1 if tokens[i + 1].is_capitalised else 0
    verb = window[subject_end] if subject_end and subject_end < len(window) else ""
    after = window[subject_end + 1] if subject_end + 1 < len(window) else ""
    # "until the final moments of his speech": a plural noun with its complement, no verb
    return len(verb) > 3 and verb.endswith("s") and not verb.endswith(("ss", "us", "is")) and after != "of"


def _regards_as(tokens: list[Token], lowers: list[str], i: int) -> bool:
    """'is seen as a failed leader', 'was viewed as a test': a view of what a thing is that nobody named
    holds (an agentless passive, as "is believed to"). With its holder ("viewed as honest by most
    voters", "voters see him as honest") it reports that holder's view, and the reporter hedges nothing."""
    if lowers[i] not in lx.REGARD_PARTICIPLES or i == 0 or lowers[i - 1] not in lx.BE_FORMS:
        return False
    for k in range(i + 1, min(len(tokens), i + 8)):
        if not tokens[k].is_word or lowers[k] == "by":
            return False
        if lowers[k] == "as":
            # "as a lifeline", not "as he left" (a clause) or "anything as crass as" (a comparison)
            return k + 1 < len(tokens) and tokens[k + 1].is_word and lowers[k + 1] not in lx.CLAUSE_SUBJECT_PRONOUNS \
                and "as" not in lowers[k + 2:k + 4] and "by" not in lowers[k + 1:k + 7]
    return False


def _after_in_sentence(lowers: list[str], i: int, words: frozenset[str], reach: int = 12) -> bool:
    """Whether one of ``words`` comes before token ``i`` in its sentence, at most ``reach`` tokens back."""
    for k in range(i - 1, max(-1, i - reach - 1), -1):
        if lowers[k] in lx.CLAUSE_ENDS:
            return False
        if lowers[k] in words:
            return True
    return False


def _epistemic_should(tokens: list[Token], lowers: list[str], i: int) -> bool:
    """'Profits should rise' and 'that should help' predict (epistemic, a hedge); 'the board
    should resign' prescribes (deontic, not a hedge): told apart by the verb, an outcome that no
    one can be ordered to bring about, or by a subject that cannot take an order."""
    k = i + 1
    while k < len(tokens) and lowers[k] in lx.MODAL_INSERTS:
        k += 1
    verb = lowers[k] if k < len(tokens) else ""
    prev = lowers[i - 1] if i > 0 else ""
    return verb in lx.EPISTEMIC_SHOULD_VERBS or (
        prev in lx.NON_AGENT_SUBJECTS and verb.isalpha() and verb not in lx.AUXILIARIES)


def _future_in_the_past(text: str, tokens: list[Token], lowers: list[str], i: int, hedge: FoundHedge,
                        attributions: list[Found], subordinators: Optional[list[int]] = None) -> bool:
    """'said it would reopen', 'vowing that he would' and 'a plant that would produce' report a
    plan or a prediction, the future seen from the past, not doubt."""
    if i > 0 and lowers[i - 1] in {"that", "which", "who"} and i > 1 and tokens[i - 2].is_word \
            and lowers[i - 2] not in lx.PRONOUNS and lowers[i - 2] not in lx.SUBJECT_STOPS:
        return True
    # the reporting verb, then at most "that" and a short subject: "argued that the plan would"; a
    # perfect ("has pointed out that it would") is present, and has no past to shift from
    for k in range(i - 1, max(-1, i - 9), -1):
        if not tokens[k].is_word:
            break
        if lowers[k] in lx.REPORTING_PAST_FORMS:
            if k == 0 or lowers[k - 1] not in lx.PRESENT_PERFECT:
                return True
            break
    if hedge.attribution is None:
        return False
    cue = attributions[hedge.attribution]
    cue_words = text[cue.cue[0]:cue.cue[1]].lower().split()
    if cue.content is None or cue.content[0] <= cue.cue[0] or lx.REPORTING_PAST_FORMS.isdisjoint(cue_words) \
            or not lx.PRESENT_PERFECT.isdisjoint(cue_words):
        return False
    # only in the reported clause itself: "even though payments normally would be" is the reporter's
    if subordinators is None:
        subordinators = [t.start for t, word in zip(tokens, lowers) if word in lx.SUBORDINATORS]
    return bisect_left(subordinators, cue.cue[1]) == bisect_left(subordinators, tokens[i].start)


def _keeps(tokens: list[Token], i: int, kind: str) -> bool:
    """Filters single-word cues whose other readings are common."""
    t = tokens[i]
    if t.is_capitalised and t.lower in {"may"} and i > 0:
        return False  # the month
    prev = tokens[i - 1].lower if i > 0 else ""
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if kind == "modal" and t.lower in {"could", "would"} and nxt in {"not", "n't", "never"}:
        return False  # "could not be reached", "would not comment": inability or refusal, not doubt
    if t.lower.startswith("appear") and nxt not in {"to", "that", "likely", "unlikely", "as"}:
        return False  # "the men appeared in the store"
    if t.lower == "expected" and prev == "as":
        return False  # "as expected": it happened
    if t.lower == "expected" and prev in lx.PERFECT_AUXILIARIES and nxt not in {"to", "that"}:
        return False  # "analysts had expected a loss": the subject's expectation, a verb with its object
    if t.lower == "possible" and (prev.endswith("est") or prev == "as"):
        return False  # "the fastest possible", "as soon as possible"
    if t.lower.startswith("consider") and nxt.endswith("ing") or t.lower == "considering":
        # "is considering buying", "is considering a request": deliberating, not believing a claim; "considering a
        # more cautious remark" is a preposition's (given it)
        return False
    if t.lower.startswith("consider") and nxt not in {"to", "a", "an", "it", "as"} and prev not in {
            "is", "are", "was", "were", "be", "been", "widely"}:
        return False  # "considered the offer", "when you consider that": weighing, not believing
    if kind == "verb":
        # "think tank", "I think so" stays; a determiner before makes it a noun
        if prev in lx.DETERMINERS or nxt in {"tank", "tanks"} or _possessive(prev):
            return False  # "the government's thinking": a noun after a possessor
        if t.is_capitalised and (i == 0 or prev in {".", "!", "?", ":", ";"}) and t.lower in lx.HEDGE_VERB_NOUNS \
                and (nxt in lx.PREPOSITIONS or nxt in lx.BE_FORMS):
            return False  # "Suspect of mall shooting arrested", "Suspects in the robbery were held": no subject, a noun
        if prev.endswith("ed") and i > 1 and tokens[i - 2].lower in lx.DETERMINERS:
            return False  # "an indicted suspect": a noun after a determiner and a participle
        if t.lower.endswith("ed") and prev.endswith("ly") and i > 1 and tokens[i - 2].lower in lx.DETERMINERS \
                and nxt.isalpha() and nxt not in lx.OBJECT_PREPOSITIONS and nxt not in lx.DETERMINERS \
                and nxt not in lx.ARTICLES_AND_POSSESSIVES and nxt not in lx.PRONOUNS \
                and nxt not in {"that", "by", "and", "or"}:
            return False  # "a highly anticipated blood thinner": a participle that describes the noun after it
        if t.lower in lx.HEDGE_VERB_NOUNS and _age_or_count_before(prev):
            return False  # "The 25-year-old suspect, who ...", "a two-time suspect": the noun after its modifier
        if t.lower.endswith("s") and prev in lx.NOUN_ADJECTIVES:
            return False  # "the possible suspects", "the latest estimates": the plural noun after its adjective
        if t.lower in lx.HEDGE_VERB_NOUNS and _noun_after_its_modifier(tokens, i):
            return False  # "the hourly forecast for", "An arson suspect is", "The second suspect got away"
        if t.lower.endswith("s") and nxt in lx.PLURAL_NOUN_FOLLOWERS:
            return False  # "earnings forecasts than", "the estimates were": the plural noun
        if t.lower.startswith("believ") and (nxt in {"in", ".", "?", "!"} or nxt == "," and i + 2 < len(tokens)
                                             and tokens[i + 2].lower in lx.CLAUSE_OPENERS):
            return False  # "in you we believe.", "believes in": faith or trust, no claim believed
        if _plural_noun_reading(tokens, i):
            return False  # "updated forecasts", "forecasts called for": the noun
        if t.lower.startswith("believ") and nxt in lx.OBJECT_PRONOUNS:
            return False  # "don't believe them": trusting someone
        if t.lower.startswith("suggest") and _recommends(tokens, i):
            return False  # "suggested that the board resign": a proposal, not a guess
    if kind == "noun":
        if prev in lx.HEDGE_NEGATORS or _negated_past_its_article(tokens, i):
            return False  # "no doubt", "no indication", "without the possibility of parole": certainty
        if t.lower in lx.HEDGE_STATE_NOUNS and nxt == "of":
            return False  # "the uncertainty of the times": the state of a thing, no proposition in doubt
        if nxt in lx.HEDGE_NOUN_COMPLEMENTS:
            return True
        if t.lower.startswith("chance") and nxt == "to":
            return False  # "a chance to win": an opportunity, not a probability
        if t.lower in {"estimate", "estimates", "chance", "chances", "doubt", "doubts"}:
            return prev in lx.DETERMINERS or prev in {"some", "good", "slim", "every"}
        return False  # "economic uncertainty", "the prospects": a topic, not a hedge on a claim
    if kind == "adjective" and t.lower == "expected" and prev in lx.DETERMINERS:
        return False  # "the expected storm": an adjective that describes, not a hedge
    if kind == "adjective" and t.lower == "expected" and (prev == "than" or (
            prev in lx.PAST_BE or prev.endswith("ly") and i > 1 and tokens[i - 2].lower in lx.PAST_BE)
            and (i + 1 == len(tokens) or not tokens[i + 1].is_word or nxt in lx.SUBORDINATORS or nxt == "after")):
        # "faster than expected", "the move had been widely expected after ...", "the approval, which had
        # been expected, ...": it came as foreseen. "More was expected Wednesday" still looks ahead.
        return False
    if kind == "adjective" and t.lower == "potential" and nxt.endswith(lx.AGENT_SUFFIXES):
        return False  # "potential buyers": a prospective role, not doubt about a fact
    if kind == "adjective" and t.lower in lx.UNCERTAINTY_ADJECTIVES and prev not in lx.PREDICATIVE_LEADS:
        return False  # "uncertain times", "left firms uncertain": a state, not the claim's doubt
    return True


def _noun_after_its_modifier(tokens: list[Token], i: int) -> bool:
    """Whether a hedge verb that is a noun as well (lexicon.HEDGE_VERB_NOUNS) reads as the noun after what
    modifies it: a word that only goes before a noun ("the second suspect", "the hourly forecast", "later
    forecasts"; lexicon.PRENOMINAL_MODIFIERS), or any one word after an article or a possessive, when what follows
    is none of the complements a verb of belief takes (a form of "be", a modal, a past verb, a preposition or the
    sentence's end: "An arson suspect is under arrest", "the county estimate was"). "The police suspect that ...",
    "the company forecast a loss" keep their verb."""
    prev = tokens[i - 1].lower if i else ""
    if prev in lx.PRENOMINAL_MODIFIERS:
        return True
    if i < 2 or tokens[i - 2].lower not in lx.ARTICLES_AND_POSSESSIVES or not tokens[i - 1].is_word \
            or prev in lx.VERB_GROUP or prev.endswith("ly"):
        return False
    if i + 1 >= len(tokens):
        return True
    nxt = tokens[i + 1]
    return nxt.text in {".", ";", ")", "!", "?"} or nxt.is_word and (
        nxt.lower in lx.BE_FORMS or nxt.lower in lx.MODAL_VERBS or nxt.lower in lx.PREPOSITIONS
        or phrases.past_verb(nxt.lower))


def _age_or_count_before(word: str) -> bool:
    """'25-year-old', 'two-time', '3-month': a hyphenated word with a number in it, which only goes before a
    noun."""
    parts = word.split("-")
    return len(parts) > 1 and all(parts) and (
        parts[0][:1].isdigit() or parts[0] in lx.COUNT_WORDS and parts[0] not in lx.ARTICLES_AND_POSSESSIVES)


def _negated_past_its_article(tokens: list[Token], i: int) -> bool:
    """'without the possibility of parole', 'beyond a reasonable doubt': a negating word before the noun's article
    (and one word after the article) makes it certainty, as "no doubt" does. "not" negates what comes after the
    article as often ("not an unreasonable assumption" is still one)."""
    k = i - 1
    if k >= 1 and tokens[k].lower not in lx.ARTICLES_AND_POSSESSIVES and tokens[k - 1].lower in {"a", "an", "the", "any"}:
        k -= 1  # one adjective after the article: "a reasonable doubt"
    if k < 1 or tokens[k].lower not in {"a", "an", "the", "any"}:
        return False
    return tokens[k - 1].lower in lx.HEDGE_NEGATORS and tokens[k - 1].lower != "not"


def _possessive(word: str) -> bool:
    """'the company's', not 'it's' or 'he's' (a verb contracted)."""
    return word.endswith(("'s", "’s")) and word[:-2] not in lx.PRONOUNS and word[:-2] not in lx.SUBJECT_STOPS \
        and word[:-2] not in {"there", "here", "who", "what", "where"}


def _plural_noun_reading(tokens: list[Token], i: int) -> bool:
    """Whether an -s verb form reads as a plural noun: after a preposition, or an adjective
    after one ("based on updated forecasts"), or as the subject of a past-tense verb
    ("forecasts called for rain")."""
    word = tokens[i].lower
    if not word.endswith("s"):
        return False
    prev = tokens[i - 1].lower if i else ""
    if prev in lx.PREPOSITIONS:
        return True
    if prev.endswith("ed") and i > 1 and (tokens[i - 2].lower in lx.PREPOSITIONS
                                          or tokens[i - 2].lower in lx.DETERMINERS):
        return True
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return bool(nxt) and phrases.past_verb(nxt) and tokens[i + 1].is_word


def _recommends(tokens: list[Token], i: int) -> bool:
    """'suggested that Beijing resume buying': a singular subject, then a bare verb (the
    subjunctive of a proposal). 'suggested that prices could rise' is a hedge."""
    k = i + 1
    if k < len(tokens) and tokens[k].lower == "that":
        k += 1
    start = k
    while k < len(tokens) and k - start < 5 and tokens[k].is_word and (
            tokens[k].is_capitalised or tokens[k].lower in lx.DETERMINERS
            or tokens[k].lower in lx.SINGULAR_SUBJECT_PRONOUNS):
        k += 1
    if k == start or k >= len(tokens):
        return False
    subject, verb = tokens[k - 1], tokens[k]
    # a name is singular ("Hollis"); "the Democrats" is not
    plural_name = subject.lower.endswith("s") and k - 2 >= start and tokens[k - 2].lower in lx.DETERMINERS
    singular = subject.is_capitalised and not plural_name or subject.lower in lx.SINGULAR_SUBJECT_PRONOUNS
    return singular and verb.is_word and not verb.is_capitalised and verb.text.isalpha() \
        and not verb.lower.endswith(("s", "ed", "ing")) and verb.lower not in lx.VERB_GROUP \
        and verb.lower not in lx.AUXILIARIES


class _Holders:
    """Finds whose hedge each one is. Hedges arrive in reading order and never
    overlap, so one sweep over cues and contents sorted by offset serves them all
    (comparing every hedge with every attribution grows with the square of a paragraph)."""

    def __init__(self, attributions: list[Found]) -> None:
        self.attributions = attributions
        self.ready = False  # the sorted lists are built at the first hedge: many paragraphs have none

    def _prepare(self) -> None:
        self.ready = True
        attributions = self.attributions
        speaking = [n for n, f in enumerate(attributions) if not f.no_comment]
        self.by_cue = sorted(speaking, key=lambda n: attributions[n].cue[0])
        self.cue_starts = [attributions[n].cue[0] for n in self.by_cue]
        self.longest_cue = max((f.cue[1] - f.cue[0] for f in attributions), default=0)
        self.by_content = sorted((n for n, f in enumerate(attributions) if f.content),
                                 key=lambda n: attributions[n].content[0])  # type: ignore[index]
        self.next_content = 0
        self.open_contents: list[tuple[int, int]] = []  # heap of (length, index): the shortest first

    def assign(self, hedge: FoundHedge) -> None:
        if not self.ready:
            self._prepare()
        start, end = hedge.span
        attributions = self.attributions
        # a cue holding the hedge starts at most the longest cue's length before it
        first = bisect_left(self.cue_starts, start - self.longest_cue)
        inside_cue = [self.by_cue[k] for k in range(first, bisect_right(self.cue_starts, start))
                      if end <= attributions[self.by_cue[k]].cue[1]]
        if inside_cue:
            # "officials believe": the believing is the source's own
            hedge.holder, hedge.attribution = "source", min(inside_cue)
            return
        while self.next_content < len(self.by_content) \
                and attributions[self.by_content[self.next_content]].content[0] <= start:  # type: ignore[index]
            n = self.by_content[self.next_content]
            content = attributions[n].content
            heappush(self.open_contents, (content[1] - content[0], n))  # type: ignore[index]
            self.next_content += 1
        # a content ending before this hedge ends before every later hedge too
        while self.open_contents and attributions[self.open_contents[0][1]].content[1] < end:  # type: ignore[index]
            heappop(self.open_contents)
        if self.open_contents:
            hedge.holder, hedge.attribution = "source", self.open_contents[0][1]
