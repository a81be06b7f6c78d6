"""Content spans: what a cue reports. The clause or quotation after a cue ("said
that ..."), before it ("..., she said"), and the passes over a whole paragraph
that cut a content where the next attribution begins and label it direct,
indirect or mixed.
"""

from __future__ import annotations

from bisect import bisect_right
from heapq import merge
from typing import Final, Iterator, Optional

from claimcheck.engines.rules import lexicon as lx
from claimcheck.engines.rules import phrases
from claimcheck.engines.rules.attributions._noun_phrases import finite_verb_at, object_after
from claimcheck.engines.rules.attributions._state import Found, ParagraphState, Sentence
from claimcheck.engines.rules.tokens import CLOSE_QUOTES, OPEN_QUOTES, QUOTE_CHARS, Token

_TRAILING: Final = " ,;:—–-\u00a0"
_CONTENT_PREPOSITIONS: Final = frozenset("to of about for on against".split())


def trim(p: ParagraphState, start: int, end: int) -> Optional[tuple[int, int]]:
    """A character span without its outer punctuation and a leading "that" (in lower case: a capital "That"
    opens a sentence of its own, as in a transcript's turn, "LEE: That is a lie.")."""
    text = p.text
    while start < end and text[start] in _TRAILING:
        start += 1
    while end > start and (text[end - 1] in _TRAILING or text[end - 1] in ".!?"):
        end -= 1
    if text[start:start + 5] == "that " and end - start > 5 and not _that_is_the_subject(text, start + 5):
        start += 5
    return (start, end) if end > start else None


def _that_is_the_subject(text: str, after: int) -> bool:
    """Whether the "that" before ``after`` is a demonstrative, the reported clause's subject, and no complementizer:
    a finite verb of its own follows it ("says that might not be the case", "said that was wrong")."""
    word = text[after:after + 12].split(" ", 1)[0].lower().rstrip(",.;:")
    return word in lx.MODAL_VERBS or word in lx.DEMONSTRATIVE_SUBJECT_VERBS


def skip_adverbials(p: ParagraphState, k: int, hi: int) -> int:
    """Past 'on Wednesday', 'in a statement', 'last week' after a verb."""
    tokens = p.tokens
    for _ in range(3):
        if k >= hi:
            return k
        w = tokens[k].lower
        if w == "," and _ends_a_place(p, k):
            place = _place_after(p, k + 1, hi)  # "told a town hall in Salem, New Hampshire on Monday that ..."
            if place > k + 1:
                k = place
                continue
        if w == ",":
            # "insisted, most recently in an interview, that ...": a parenthetical before the content
            for j in range(k + 1, min(hi - 1, k + 16)):
                if tokens[j].text == "," and tokens[j + 1].lower == "that":
                    return j + 1
                if not tokens[j].is_word and tokens[j].text not in {"-", "'s", "’s"}:
                    break
            return k
        if w in lx.SETTING_ADVERBS or w.endswith("ly") and not tokens[k].is_capitalised and k + 1 < hi and (
                tokens[k + 1].text in {",", ".", ";", "!", "?"} or tokens[k + 1].lower == "that"):
            k += 1  # "asked rhetorically,", "said flatly that": how it was said
            continue
        if w in lx.SETTING_PREPOSITIONS and w != "to" and k + 1 < hi and tokens[k + 1].lower in lx.TIME_WORDS:
            k += 2  # "on Friday", "last week"
            continue
        if w in lx.SETTING_PREPOSITIONS and w != "to":
            # a short prepositional phrase: up to the next comma / colon / that / quote, at most 8 tokens (a clock's
            # colon is the time's: "said at 9:30 a.m. that ...")
            j = k + 1
            while j < hi and j - k < 9 and (tokens[j].is_word or clock_colon(tokens, j)) and tokens[j].lower != "that":
                j += 1
            if j - k >= 9 or j >= hi or tokens[j].text in {".", "!", "?", ";"}:
                return k  # the phrase is the content itself ("agreed with X about Y"), not a lead-in
            k = j
            if k < hi and tokens[k].text == ",":
                k = _place_after(p, k + 1, hi) if _ends_a_place(p, k) else k + 1
            continue
        break
    return k


def _ends_a_place(p: ParagraphState, comma: int) -> bool:
    """Whether the words before a comma are a place after "in", "at" or "from" ("a town hall in Salem,")."""
    tokens = p.tokens
    if comma < 2 or not tokens[comma - 1].is_capitalised:
        return False
    for j in range(comma - 2, max(-1, comma - 5), -1):
        if tokens[j].lower in {"in", "at", "from"}:
            return True
        if not tokens[j].is_word:
            return False
    return False


def _place_after(p: ParagraphState, k: int, hi: int) -> int:
    """Past the state or country that ends a place after its comma ("in Salem, New Hampshire on Monday that",
    "in Ames, Iowa, that", "at a Manchester, New Hampshire, breakfast spot that"): capitalised words, then a
    setting, a time, "that", a colon or a quotation (a few words of the phrase the place qualifies may come
    before "that"); k when none stands there ("told supporters in Dover, Delaware, while ..." has no content
    after the place)."""
    tokens = p.tokens
    j = k
    while j < hi and j - k < 3 and tokens[j].is_word and tokens[j].is_capitalised:
        j += 1
    if j == k or j >= hi:
        return k
    if tokens[j].text == ",":
        j += 1
        m = j  # "..., New Hampshire, breakfast spot that": the rest of the phrase the place qualifies
        while m < hi and m - j < 3 and tokens[m].is_word and not tokens[m].is_capitalised \
                and tokens[m].lower != "that" and tokens[m].lower not in lx.SETTING_PREPOSITIONS:
            m += 1
        if m > j and m < hi and tokens[m].lower == "that":
            return m
    if j >= hi:
        return k
    nxt = tokens[j]
    if nxt.lower == "that" or nxt.lower in lx.SETTING_PREPOSITIONS or nxt.lower in lx.TIME_WORDS \
            or nxt.text == ":" or nxt.text[0] in OPEN_QUOTES:
        return j
    return k


_CLAUSE_MARKERS: Final = frozenset("that whether how why what when if".split())


def _after_colon(p: ParagraphState, k: int, sentence: Sentence) -> Optional[tuple[int, int]]:
    """'said: "..."' or 'said: the plan ...'; nothing when the colon ends the paragraph
    ("The governor added:" and the quote is the next paragraph)."""
    if k + 1 >= len(p.tokens):
        return None
    after = p.tokens[k + 1]
    quote = p.quote_around(after.start) if after.text[0] in QUOTE_CHARS else None
    if quote:
        return after.start, quote[1] + 1
    return trim(p, after.start, sentence.end)


def _demonstrative_object(p: ParagraphState, k: int, sentence: Sentence) -> bool:
    """Whether the "that" at k is a demonstrative before a singular noun and no complementizer: the noun, then a
    place or the end ("found that man nearby the home", "found that car in a ditch"); "that cases rise", "that
    spending rose", "that 449 insiders back ...", "that bringing up ..." are clauses."""
    tokens = p.tokens
    if k + 2 > sentence.hi:
        return False
    noun = tokens[k + 1]
    if not noun.is_word or not noun.text.isalpha() or noun.is_capitalised or noun.lower.endswith(("s", "ing")) \
            or noun.lower in lx.DETERMINERS or noun.lower in lx.PRONOUNS or noun.lower in lx.VERB_GROUP:
        return False
    after = tokens[k + 2] if k + 2 < sentence.hi else None
    if not (after is None or not after.is_word or after.lower in lx.PREPOSITIONS or after.lower in _PLACE_ADVERBS):
        return False
    for j in range(k + 2, sentence.hi):  # "that support for Trump rose": the noun's phrase, then its verb
        t = tokens[j]
        if not t.is_word:
            return True
        if finite_verb_at(tokens, j, sentence.hi) or t.lower.endswith("s") and not t.is_capitalised \
                and tokens[j - 1].lower not in lx.DETERMINERS and tokens[j - 1].lower not in lx.PREPOSITIONS:
            return False
    return True


# Adverbs of place after what was found: "found that man nearby".
_PLACE_ADVERBS: Final = frozenset("nearby there here inside outside alone dead".split())


def _after_clause_marker(p: ParagraphState, k: int, sentence: Sentence) -> Optional[tuple[int, int]]:
    """'said that ...' (without the "that"), 'asked whether ...' (with the "whether")."""
    t = p.tokens[k]
    start = t.start if t.lower != "that" or _that_is_the_subject(p.text, t.end + 1) \
        else p.tokens[k + 1].start if k + 1 < sentence.hi else t.start
    return trim(p, start, sentence.end)


def quotation_at(p: ParagraphState, k: int, sentence: Sentence) -> Optional[tuple[int, int]]:
    """The quotation that opens at token k, or right after a comma there: 'said, "..."'."""
    tokens = p.tokens
    t = tokens[k]
    if t.text[0] in OPEN_QUOTES or t.text == '"':
        quote = p.quote_around(t.start)
        if quote:
            return quote[0], quote[1] + 1
    elif t.text == "," and k + 1 < sentence.hi and tokens[k + 1].text[0] in OPEN_QUOTES:
        quote = p.quote_around(tokens[k + 1].start)
        if quote and quote[0] >= tokens[k + 1].start:
            return quote[0], quote[1] + 1
    elif t.text == ",":
        return _quotation_after_aside(p, k, sentence)
    return None


def _quotation_after_aside(p: ParagraphState, comma: int, sentence: Sentence) -> Optional[tuple[int, int]]:
    """'said, however, "..."', 'said, in a statement, "..."', 'said, and I quote, "..."': a short aside of
    words set off by commas, then a quotation that runs to the end of the sentence."""
    tokens = p.tokens
    close = next((j for j in range(comma + 2, min(sentence.hi - 1, comma + 7)) if not tokens[j].is_word), None)
    if close is None or tokens[close].text != "," or tokens[comma + 1].lower in lx.PARTICIPLE_CUES \
            or tokens[close + 1].text[0] not in OPEN_QUOTES:
        return None
    quote = p.quote_around(tokens[close + 1].start)
    if quote is None or quote[0] < tokens[close + 1].start \
            or p.text[quote[1] + 1:sentence.end].strip(" .!?,;:”’\"'"):
        return None
    return quote[0], quote[1] + 1


def question_after(p: ParagraphState, k: int, sentence: Sentence) -> Optional[tuple[int, int]]:
    """The question put after token k: a quotation after a comma or colon, or a clause opened
    by a question marker within a few words ('... by a reporter whether ...')."""
    tokens = p.tokens
    if k < sentence.hi and tokens[k].text in {",", ":"} and k + 1 < sentence.hi:
        quotation = quotation_at(p, k + 1, sentence)
        if quotation is not None:
            return quotation
    j = _question_after_object(p, k - 1, sentence, "ask")
    return trim(p, tokens[j].start, sentence.end) if j is not None else None


def _question_after_object(p: ParagraphState, k: int, sentence: Sentence, lemma: str) -> Optional[int]:
    """Where the question starts after the one asked: 'asked the mayor whether ...',
    'asked reporters how ...', 'asked Trump about ...'."""
    if lemma not in lx.QUESTION_CUES:
        return None
    tokens = p.tokens
    for j in range(k + 1, min(k + 12, sentence.hi)):
        if tokens[j].lower in lx.QUESTION_MARKERS:
            return j
        if not tokens[j].is_word:
            return None
    return None


def _guarded_content_follows(p: ParagraphState, k: int, sentence: Sentence, lemma: str) -> bool:
    """A guarded cue's object, then "that" / "to" within a few tokens ("warned its fighters to prepare")."""
    tokens = p.tokens
    for j in range(k, min(k + 8, sentence.hi)):
        if tokens[j].lower == "that" or tokens[j].text == ":" or (
                tokens[j].lower == "to" and lemma in lx.OBJECT_TO_VERBS) or (
                j > k and tokens[j].text[0] in OPEN_QUOTES and lemma in lx.OBJECT_TO_VERBS) or (  # 'begged them "not to"'
                tokens[j].lower == "as" and lemma == "point to" and j > k):  # "pointed to X as proof"
            return True
        if not tokens[j].is_word:
            break
    return False


def content_after(p: ParagraphState, k: int, sentence: Sentence, bare: bool,
                  lemma: str = "say") -> tuple[Optional[tuple[int, int]], bool]:
    """Content following a cue at token k; the flag says whether a marker introduced it."""
    tokens = p.tokens
    if k >= sentence.hi:
        return None, False
    t = tokens[k]
    if t.text == ":":
        return _after_colon(p, k, sentence), True
    colon = _colon_after_a_pointer(tokens, k, sentence)
    if colon is not None:  # "said the following:", "wrote as follows: ...": what follows the colon
        return _after_colon(p, colon, sentence), True
    if t.lower in _CLAUSE_MARKERS and (bare or t.lower not in lx.MANNER_OPENERS or lemma in lx.QUESTION_CUES):
        if t.lower == "that" and lemma in lx.FINDING_LEMMAS and _demonstrative_object(p, k, sentence):
            return None, False  # "Police found that man nearby the home": what was found, no finding
        return _after_clause_marker(p, k, sentence), True
    quotation = quotation_at(p, k, sentence)
    if quotation is not None:
        return quotation, True
    if t.text == "," and k + 2 < sentence.hi and tokens[k + 1].lower == "that" and tokens[k + 2].is_word \
            and lemma not in lx.QUESTION_CUES and all(tokens[m].is_word for m in range(sentence.lo, k)):
        # "He added, that there is ...": a stray comma after a sentence's plain subject and cue (not '"...,"
        # Lee said, that ...', where "that" may go on with what came before)
        return _after_clause_marker(p, k + 1, sentence), True
    colon = _colon_after_aside(p, k, sentence)
    if colon is not None:  # 'told his audience, to rowdy applause: "..."', 'responded, with a smile: "..."'
        return _after_colon(p, colon, sentence), True
    if t.text == "," and bare and _aside_then_clause(p, k, sentence):
        return trim(p, tokens[k + 1].start, sentence.end), True  # "said, if elected, she would ..."
    if t.text in {",", ".", "!", "?", ";"} or t.text[0] in CLOSE_QUOTES:
        return None, False
    if t.lower in _CONTENT_PREPOSITIONS and lemma in lx.PREPOSITIONAL_SPEECH and (
            t.lower != "for" or lemma in lx.FOR_CONTENT_CUES) \
            or t.lower == "to" and lemma in lx.TO_INFINITIVE_CLAIMS and k + 1 < sentence.hi and tokens[k + 1].is_word:
        return trim(p, t.start, sentence.end), True
    if t.lower in _CONTENT_PREPOSITIONS and not any(
            tokens[j].lower == "that" for j in range(k + 1, min(k + 8, sentence.hi))):
        return None, False  # "responded to the attack": no reported content
    if bare and _another_sense(p.tokens, k, sentence, lemma) and (
            _a_plain_object(p, k, sentence) or lemma in lx.CONTEST_CUES):
        return None, False  # "observed the ceremony", "recalled 100,000 cars", "conceded the race": another act
    if bare or lemma in lx.OBJECT_SPEECH and t.is_word and not _manner(p, k, sentence):
        return trim(p, t.start, sentence.end), False
    if lemma in lx.QUESTION_CUES and t.is_word:
        end = object_after(p, k, sentence)  # 'asked the crowd, "Can she stay?"': the question quoted after the one asked
        if k < end < sentence.hi and tokens[end].text in {",", ":"}:
            quotation = quotation_at(p, end + 1, sentence) if tokens[end].text == ":" else quotation_at(p, end, sentence)
            if quotation is not None and p.text[quotation[0]:quotation[1]].rstrip(" ”’\"'").endswith("?"):
                return quotation, True
        asked_for = next((m for m in range(k + 1, min(sentence.hi - 1, k + 7)) if not tokens[m].is_word
                          or tokens[m].lower == "for"), None)
        if asked_for is not None and tokens[asked_for].lower == "for" and tokens[asked_for + 1].is_word:
            # "asked the court for quick action": the one asked, then what was asked for (as "asked the court to act")
            return trim(p, t.start, sentence.end), True
    if _guarded_content_follows(p, k, sentence, lemma) or lemma in lx.ZERO_THAT_CUES and _a_clause_at(p, k, sentence):
        return trim(p, t.start, sentence.end), True
    if lemma == "tell" and a_story_told(tokens, k, sentence):
        return trim(p, t.start, sentence.end), False
    question = _question_after_object(p, k, sentence, lemma)
    if question is not None:
        return trim(p, tokens[question].start, sentence.end), True
    return None, False


def _a_clause_at(p: ParagraphState, k: int, sentence: Sentence) -> bool:
    """Whether a clause with no "that" opens at k: a subject, then its verb ("added the police will release ...",
    "adds he can say ...", "vowed the plant would reopen"). After a noun phrase the verb must be an auxiliary, a
    modal or a form of "be" ("added troops stationed abroad" is an object and its participle); after a subject
    pronoun a past form will do ("added he wanted ...")."""
    tokens = p.tokens
    if not tokens[k].is_word:
        return False
    if tokens[k].lower in lx.CLAUSE_SUBJECT_PRONOUNS:
        j = k + 1
        return j < sentence.hi and tokens[k].lower not in {"it", "you"} and finite_verb_at(tokens, j, sentence.hi) \
            or j < sentence.hi and tokens[j].lower in lx.VERB_GROUP and tokens[j].lower not in lx.SENTENCE_ADVERBS
    end = phrases.walk_forward(tokens, k, sentence.hi, p.text, subject=True)
    if end is None or end >= sentence.hi or end == k:
        return False
    verb = tokens[end].lower
    return verb in lx.VERB_GROUP and verb not in lx.SENTENCE_ADVERBS and not tokens[end].is_capitalised \
        and (verb in lx.BE_FORMS or verb in lx.MODAL_VERBS or verb in lx.PERFECT_AUXILIARIES)


def _a_plain_object(p: ParagraphState, k: int, sentence: Sentence) -> bool:
    """Whether the words at k, to the clause's end, are an object with no verb of a clause of their own
    ("recalled its ambassador", "recalled 100,000 cars last week"; not "recalled the dam broke", "recalled the day
    the dam broke", "recalled he was tired")."""
    tokens = p.tokens
    if not tokens[k].is_word or tokens[k].lower in lx.PRONOUNS and tokens[k].lower not in lx.POSSESSIVE_PRONOUNS:
        return False
    for j in range(k + 1, sentence.hi):
        if tokens[j].text in {",", ";", ":"} or tokens[j].text in lx.DASHES:
            break
        if finite_verb_at(tokens, j, sentence.hi):
            return False
    return True


def _another_sense(tokens: list[Token], k: int, sentence: Sentence, lemma: str) -> bool:
    """Whether the object at k, if it is a plain one, gives a bare speech verb its other sense (the kind of object
    decides): any object but a claim held for "observe" and "maintain" ("observed the ceremony", "maintains the
    bridge"; not "maintained his innocence"), a thing withdrawn for "recall", a contest for "concede" ("conceded
    the race")."""
    if lemma in lx.OTHER_SENSE_WITH_AN_OBJECT:
        return _object_head_in(tokens, k, sentence, lx.HELD_CLAIM_NOUNS) is None
    if lemma in lx.WITHDRAWAL_CUES:
        return _withdrawn(tokens, k)
    if lemma not in lx.CONTEST_CUES:
        return False
    head = _object_head_in(tokens, k, sentence, lx.CONTEST_NOUNS)
    # "conceded the race to Hartley after the recount was done", but not "conceded the race was over" (a clause)
    return head is not None and not finite_verb_at(tokens, head + 1, sentence.hi)


def a_story_told(tokens: list[Token], k: int, sentence: Sentence) -> bool:
    """'Fox told a slightly different tale', 'Exit polls told a tale of two parties': an object of "tell" that is
    the story told (:data:`lexicon.TOLD_NOUNS`), no one it was told to, and what is reported."""
    head = _object_head_in(tokens, k, sentence, lx.TOLD_NOUNS)
    # ("told reporters a story": the one told comes first, then its own phrase, opened again by an article)
    return head is not None and not any(tokens[j].lower in lx.ARTICLES_AND_POSSESSIVES for j in range(k + 1, head))


def _object_head_in(tokens: list[Token], k: int, sentence: Sentence, heads: frozenset[str]) -> Optional[int]:
    """Where the noun phrase that opens at k ("the Austin mayoral election", "his innocence") has one of ``heads``,
    before its first preposition or mark and within six words, or None."""
    for j in range(k, min(sentence.hi, k + 6)):
        t = tokens[j]
        if not t.is_word or t.lower in lx.OBJECT_PREPOSITIONS or t.lower == "that":
            return None
        if t.lower in heads:
            return j
    return None


def _withdrawn(tokens: list[Token], k: int) -> bool:
    """Whether the object at k is what a body withdraws: its own ("its ambassador"), a count ("100,000 cars",
    "about 2 million pounds of beef") or an envoy, troops or a product (:data:`lexicon.WITHDRAWN_NOUNS`: "the
    ambassador", "the affected vehicles")."""
    if tokens[k].lower in lx.APPROXIMATORS and k + 1 < len(tokens):
        k += 1
    if tokens[k].lower == "its" or tokens[k].text[:1].isdigit():
        return True
    for j in range(k, min(len(tokens), k + 5)):
        if not tokens[j].is_word or tokens[j].lower in lx.OBJECT_PREPOSITIONS or tokens[j].lower == "that":
            return False
        if tokens[j].lower in lx.WITHDRAWN_NOUNS:
            return True
    return False


def _colon_after_a_pointer(tokens: list[Token], k: int, sentence: Sentence) -> Optional[int]:
    """The colon after words that only point ahead ("the following", "the following statement", "as follows",
    "this", "these words"), or None."""
    j = k
    if tokens[j].lower in {"the", "as"} and j + 1 < sentence.hi:
        j += 1
    if tokens[j].lower not in lx.FORWARD_POINTERS or (tokens[j].lower == "follows") != (tokens[k].lower == "as"):
        return None
    j += 1
    if j < sentence.hi and tokens[j].lower in lx.FORWARD_POINTER_NOUNS:
        j += 1
    return j if j < sentence.hi and tokens[j].text == ":" else None


def _manner(p: ParagraphState, k: int, sentence: Sentence) -> bool:
    """Whether what follows a cue that takes an object is its manner or means, past an adverb, and no
    content: "responded by blocking the vote", "responded enthusiastically with a plan"."""
    tokens = p.tokens
    if tokens[k].lower.endswith("ly") and k + 1 < sentence.hi:
        k += 1
    return tokens[k].lower in lx.MANNER_OPENERS


def _colon_after_aside(p: ParagraphState, k: int, sentence: Sentence) -> Optional[int]:
    """The colon that closes a short aside set off by a comma right after the cue: 'told the crowd, to rowdy
    applause: "..."', 'responded, with a smile: "..."' (a phrase of up to six words with no verb or cue of its own).
    What follows the colon is the content, as after a colon right after the cue."""
    tokens = p.tokens
    if k >= sentence.hi or tokens[k].text != ",":
        return None
    for j in range(k + 1, min(sentence.hi, k + 8)):
        w = tokens[j].lower
        if tokens[j].text == ":":  # (a colon ending the paragraph: the content is the next one)
            return j if j > k + 1 and (j < sentence.hi - 1 or j == len(tokens) - 1) else None
        if not tokens[j].is_word or w in lx.VERB_GROUP or w in lx.SINGLE_CUES or w in lx.PRONOUNS \
                or w in lx.CONTRACTED_PRONOUNS or w.startswith("there") or "'" in w or "’" in w \
                or phrases.past_verb(w) or w.endswith("ing"):
            return None  # ("..., adding: ...", "..., recalling her days in office: ...": a participle's own colon)
    return None


def _aside_then_clause(p: ParagraphState, comma: int, sentence: Sentence) -> bool:
    """'said, if elected, she would ...', 'says, win or lose, he is staying': a short aside set
    off by commas right after the cue, then a clause ("that ..." or a subject and its verb)."""
    tokens = p.tokens
    close = next((j for j in range(comma + 2, min(sentence.hi, comma + 15)) if tokens[j].text == ","), None)
    if close is None or close + 2 >= sentence.hi or any(
            not t.is_word and t.text not in {"'s", "’s"} for t in tokens[comma + 1:close]) \
            or tokens[comma + 1].lower in lx.PARTICIPLE_CUES:
        return False
    first = tokens[close + 1]
    if first.lower == "that":
        return True
    if close > comma + 8 and not (first.lower in lx.PRONOUNS and first.lower != "it"
                                  or first.lower in lx.CONTRACTED_PRONOUNS):
        return False  # a longer aside ("says, win or lose in Tuesday's primary, he's staying") before a pronoun only
    if first.lower in lx.PRONOUNS and first.lower != "it" or first.lower in lx.CONTRACTED_PRONOUNS:
        return tokens[close + 2].is_word
    end = phrases.walk_forward(tokens, close + 1, sentence.hi, p.text, subject=True)
    return end is not None and finite_verb_at(tokens, end, sentence.hi)


def content_before(p: ParagraphState, source_start_tok: int, sentence: Sentence) -> Optional[tuple[int, int]]:
    """Content of a post-posed or inverted cue: the clause or quote before it."""
    tokens = p.tokens
    j = source_start_tok - 1
    while j >= sentence.lo and tokens[j].text in {",", "—", "–", "―", "-"}:
        j -= 1
    if j < 0:
        return None
    if tokens[j].text[0] in CLOSE_QUOTES or tokens[j].text == '"':
        quote = p.quote_around(tokens[j].start)
        if quote:
            return quote[0], quote[1] + 1
    if j >= sentence.lo and tokens[j].text in {",", "—"}:
        j -= 1
    if j < sentence.lo:
        return None
    # quote whose comma sits inside the closing mark: "...," he said
    if tokens[j].text == "," and j - 1 >= sentence.lo:
        j -= 1
    return trim(p, sentence.start, tokens[j].end)


def short_phrase_end(tokens: list[Token], k: int, sentence: Sentence, longest: int = 11) -> int:
    """Where the short phrase opened by token k ends (at most ``longest`` tokens): past its words; an
    abbreviation's period inside the sentence reads on ("on Nov. 8", "in St. Louis"), and so does a clock's colon
    ("at 11:41 a.m.")."""
    j = k + 1
    while j < sentence.hi and j - k <= longest and (
            tokens[j].is_word or clock_colon(tokens, j)
            or tokens[j].text == "." and j + 1 < sentence.hi and tokens[j + 1].is_word):
        j += 1
    return j


def clock_colon(tokens: list[Token], j: int) -> bool:
    """Whether the colon at token j is a clock's, between the hour and the minutes with no space ("11:41"): part
    of a time, no speaker's colon or a content's."""
    return tokens[j].text == ":" and 0 < j < len(tokens) - 1 and tokens[j - 1].text.isdigit() \
        and tokens[j + 1].text[:2].isdigit() and tokens[j - 1].end == tokens[j].start \
        and tokens[j].end == tokens[j + 1].start


def trailing_phrase(p: ParagraphState, k: int, sentence: Sentence, manner: bool = False) -> bool:
    """'"...," Mr. Clarke recalled of the proceedings.': a short phrase, then the end. With ``manner``
    a phrase of "with" too ('he said with a smile'), which only a caller that knows a quotation came
    before asks about (after a clause, "with" may be what the cue takes: "Lee agreed with Ruiz")."""
    tokens = p.tokens
    if tokens[k].lower not in _TRAILING_PREPOSITIONS and not (manner and tokens[k].lower == "with"):
        return False
    if tokens[k].lower == "to" and k + 2 < sentence.hi and _infinitive_after(tokens[k + 1], tokens[k + 2]):
        return False  # "..., as police continue to try and confirm it": a verb's infinitive, no setting
    if _setting_to_the_end(tokens, k, sentence):
        return True
    j = short_phrase_end(tokens, k, sentence)
    return j >= sentence.hi or tokens[j].text in {".", "!", "?", ","} and (
        j + 1 >= sentence.hi or tokens[j + 1].text[0] in QUOTE_CHARS)


def _setting_to_the_end(tokens: list[Token], k: int, sentence: Sentence) -> bool:
    """Whether a setting opened at k by a preposition of where or when ("during a joint news conference with the
    bloc's foreign policy chief in Tehran on Saturday") runs, however long, to the sentence's end or to a
    participle's cue set off by a comma ("..., adding that ..."), with no verb of its own: where a wire story's
    cue was spoken, after the clause it reports."""
    if tokens[k].lower not in lx.SPEECH_SETTING_OPENERS or tokens[k].lower in lx.TIME_SUBORDINATORS:
        return False
    j = short_phrase_end(tokens, k, sentence, longest=30)
    if any(finite_verb_at(tokens, m, sentence.hi) or tokens[m].lower in lx.RELATIVE_CLAUSE_OPENERS
           for m in range(k + 1, j)):
        return False
    if j >= sentence.hi or tokens[j].text in {".", "!", "?"}:
        return True
    return tokens[j].text == "," and j + 1 < sentence.hi and tokens[j + 1].lower in lx.PARTICIPLE_CUES


_TRAILING_PREPOSITIONS: Final = frozenset("of about in on at during after before to from for".split())


def _infinitive_after(t: Token, following: Token) -> bool:
    """Whether the word after a "to" is a verb's base form ("to try and confirm it", "to search the woods")
    rather than the start of a noun phrase ("to reporters", "to the board", "to Ruiz", "to social media"): a
    verb is followed by its object's first word, by "and" or by another "to"; a modifier, by its noun."""
    if not t.is_word or t.is_capitalised or t.text[:1].isdigit():
        return False
    w = t.lower
    if w in lx.DETERMINERS or w in lx.ARTICLES_AND_POSSESSIVES or w in lx.PRONOUNS or w in lx.RECIPIENT_PRONOUNS \
            or w in lx.PERSON_NOUNS or w in lx.ORGANIZATION_NOUNS or w in lx.DOCUMENT_NOUNS \
            or w in lx.SPOKESPERSON_NOUNS or w.endswith(("s", "ing")):
        return False
    f = following.lower
    return f in lx.ARTICLES_AND_POSSESSIVES or f in lx.DETERMINERS or f in lx.RECIPIENT_PRONOUNS \
        or f in {"and", "or", "to", "that"}


def postposed_with_setting(p: ParagraphState, s_start: int, k: int, sentence: Sentence, lemma: str) -> bool:
    """'"...," X said in a statement.' / '..., X said on Twitter.' / '"...," X said as she left.': the source
    follows a quote or a clause, and what follows the cue is only where or when it was said."""
    tokens = p.tokens
    if s_start - 1 < 0 or k >= sentence.hi:
        return False
    before = tokens[s_start - 1].text
    if s_start - 1 < sentence.lo and not (before[0] in CLOSE_QUOTES and s_start - 2 >= 0
                                          and tokens[s_start - 2].text in {"?", "!"}):
        return False  # '"... on the Chinese part?" He Jianxiong said at ...' splits after the "?"
    if lemma in lx.OBJECT_TO_VERBS and before[0] in CLOSE_QUOTES and tokens[k].is_word \
            and tokens[k].lower not in lx.PREPOSITIONS:
        k = skip_adverbials(p, object_after(p, k, sentence), sentence.hi)  # '"...?" she asked the panel.'
        if k >= sentence.hi or tokens[k].text in {".", "!", "?"}:
            return True
    if before not in lx.ASIDE_MARKS and before[0] not in CLOSE_QUOTES:
        return False
    if tokens[k].lower in lx.PARTICIPLE_CUES and tokens[k - 1].text == "," and k - 1 > s_start:
        return True  # '..., Ruiz said during the briefing, adding that ...': the participle is a cue of its own
    if set_off_relative_at(tokens, k + 1 if tokens[k].text == "," and k + 1 < sentence.hi else k):
        return True  # '..., Ruiz told the Tide, which first reported it': the clause is about the one addressed
    if before[0] in CLOSE_QUOTES and tokens[k].lower in lx.TIME_SUBORDINATORS:
        return True  # '"...," she said when asked about it', '... as she left the court': when it was said
    return trailing_phrase(p, k, sentence, manner=before[0] in CLOSE_QUOTES)


def set_off_relative_at(tokens: list[Token], k: int) -> bool:
    """Whether a relative clause set off by a comma opens at token k (", which ...", ", who ...", ", whose
    ..."): it describes what stands before the comma, so it is no speaker's content ("that" after a comma is as
    often a stray comma before a content clause)."""
    return k > 0 and tokens[k - 1].text == "," and tokens[k].lower in lx.RELATIVE_CLAUSE_OPENERS \
        and tokens[k].lower != "that"


def quoted_label_follows(p: ParagraphState, k: int, sentence: Sentence) -> bool:
    """'called half of the crowd "deplorables"': a short object, then the quoted label."""
    for j in range(k, min(k + 8, sentence.hi)):
        if p.tokens[j].text[0] in OPEN_QUOTES:
            return j > k
        if not p.tokens[j].is_word and p.tokens[j].text not in {"'s", "’s", "-"}:
            return False
    return False


def cut_contents(p: ParagraphState) -> None:
    """A content stops where the next attribution of its sentence begins (an interview's answer is the
    interviewee's whole turn: what it reports another saying is inside it)."""
    found, text = p.found, p.text
    if len(found) < 2:
        return  # no other attribution to stop at
    # Where another attribution begins, seen from a content: its source when that
    # starts inside the content, else its cue. Both come from lists sorted by
    # offset and are read lazily in order, so a paragraph with thousands of
    # attributions is not compared pair by pair.
    starts = sorted((min(o.source[0], o.cue[0]), n) for n, o in enumerate(found))
    cues = sorted((o.cue[0], n) for n, o in enumerate(found))
    by_cue: dict[int, list[Found]] = {}
    for o in found:
        by_cue.setdefault(o.cue[0], []).append(o)
    for index, f in enumerate(found):
        if f.content is None or f.content[0] < f.cue[1] or f.answer:
            continue
        lo, hi = f.content
        sources_inside = (begin for begin, n in _between(starts, lo, hi) if n != index)
        cues_of_earlier = (begin for begin, n in _between(cues, lo, hi)
                           if n != index and min(found[n].source[0], found[n].cue[0]) <= lo)
        for begin in merge(sources_inside, cues_of_earlier):
            before = text[lo:begin].rstrip()
            speaker = _speaker_around(by_cue, f, begin)
            if speaker is not None:
                # "Republicans who have praised the plan warned ...": the cue is inside the next one's source, a
                # relative clause of its speaker, whose content ends with that source
                f.content = trim(p, lo, speaker.source[1]) or f.content
                break
            if before.endswith((",", ";", "—", ".", ',"', ",”", ",'", ",’")) \
                    or before.endswith((", and", ", but", "; and", "; but", " and")) \
                    or text.startswith("according to", begin):
                trimmed = trim(p, lo, begin)
                if trimmed:
                    for word in (" and", " but"):
                        if text[trimmed[0]:trimmed[1]].endswith(word):
                            trimmed = trim(p, trimmed[0], trimmed[1] - len(word)) or trimmed
                    f.content = trimmed
                break
            comma = _comma_before_a_gerund_lead(text, lo, begin)
            if comma is not None:
                f.content = trim(p, lo, comma) or f.content  # "promised a wall, while also suggesting ...": the lead
                break


def _speaker_around(by_cue: dict[int, list[Found]], f: Found, begin: int) -> Optional[Found]:
    """The attribution whose cue begins at ``begin`` and whose source, ending before that cue, holds f's cue."""
    return next((o for o in by_cue.get(begin, ()) if o.source[0] <= f.cue[0] and f.cue[1] <= o.source[1] < begin),
                None)


def _comma_before_a_gerund_lead(text: str, lo: int, begin: int) -> Optional[int]:
    """Where the attribution at ``begin`` opens with a participle led by a comma and a gerund's preposition, an
    adverb between or not (", while also suggesting", ", after initially saying"): that comma, at which the
    content before ends."""
    comma = text.rfind(",", lo, begin)
    if comma < 0 or begin - comma > 40:
        return None
    words = text[comma + 1:begin].split()
    if not 1 <= len(words) <= 2 or words[0] not in lx.GERUND_PREPOSITIONS:
        return None
    if len(words) == 2 and not (words[1] in lx.ADVERBS_BEFORE_PARTICIPLE or words[1].endswith("ly")):
        return None
    cue = text[begin:begin + 30].split(maxsplit=1)
    return comma if cue and cue[0].rstrip(",.;:").endswith("ing") else None


def close_relative_contents(p: ParagraphState) -> None:
    """'The changes, which officials said will start in May, will not apply to all', 'Ruiz, who has pledged to
    give half of it away, has given millions': a cue inside a relative clause set off by commas reports that
    clause, so its content ends where the clause closes, at the comma after which the main clause's verb
    resumes."""
    tokens = p.tokens
    for f in p.found:
        if f.content is None or f.content[0] < f.cue[1]:
            continue
        s = f.cue_token
        while s > 0 and tokens[s].start > f.source[0]:
            s -= 1  # the source's first token: sources before their cue only
        v = f.cue_token
        while v > 0 and tokens[v].start > f.cue[0]:
            v -= 1  # the cue's verb group's first token
        # the source opens the clause ("…, which officials said …"), or the relative is the clause's subject and
        # the source its antecedent ("Ruiz, who has pledged to …, has given …")
        opens = s >= 2 and tokens[s].start == f.source[0] and tokens[s - 1].lower in _ASIDE_RELATIVES \
            and tokens[s - 2].text == ","
        subject = v >= 2 and tokens[v].start == f.cue[0] and tokens[v - 1].lower in _ASIDE_RELATIVES \
            and tokens[v - 2].text == "," and f.source[1] <= tokens[v - 2].start
        if not (opens or subject):
            if s >= 2 and tokens[s].start == f.source[0] and tokens[s - 1].lower in _RESTRICTIVE_RELATIVES \
                    and tokens[s - 2].is_word:
                _close_restrictive(p, f)
            continue
        lo, hi = f.content
        sentence = p.sentences[f.sentence]
        fronted = _opens_with_a_fronted_phrase(p, sentence, s)
        k = f.cue_token
        while k + 1 < len(tokens) and tokens[k + 1].start < hi:
            if tokens[k].text == ",":
                # only the first comma can close the clause: one after an inner comma pair is the reported
                # clause's own ("that the two men, and Lee in particular, must ..."); in a phrase that opens the
                # sentence ("In a letter to the board, which said the budget was short, Ruiz resigned") the main
                # clause's own subject and verb follow it
                if finite_verb_at(tokens, k + 1, len(tokens)) or fronted and _main_clause_at(p, k + 1, sentence):
                    f.content = trim(p, lo, tokens[k].start) or f.content
                break
            k += 1


def _opens_with_a_fronted_phrase(p: ParagraphState, sentence: Sentence, before: int) -> bool:
    """Whether the sentence opens, before token ``before``, with a preposition's phrase or a subordinate clause
    ("In a letter to the board, ...", "After the vote, ..."), past a connective: the main clause comes after it."""
    tokens = p.tokens
    lead = sentence.lo
    while lead < before and (tokens[lead].lower in lx.CONNECTIVE_OPENERS or tokens[lead].text == ","):
        lead += 1
    return lead < before and (tokens[lead].lower in lx.OBJECT_PREPOSITIONS or tokens[lead].lower in lx.SUBORDINATORS
                              or tokens[lead].lower in lx.TIME_SUBORDINATORS)


def close_fronted_clause_contents(p: ParagraphState) -> None:
    """'After Ruiz said the deal was off, shares fell', 'When the mayor announced that the plant would close,
    workers walked out': a cue inside a subordinate clause that opens the sentence reports that clause only, so
    its content ends at the comma after which the main clause's subject and verb begin."""
    tokens = p.tokens
    for f in p.found:
        if f.content is None or f.content[0] < f.cue[1] or f.answer:
            continue
        sentence = p.sentences[f.sentence]
        lead = sentence.lo
        while lead < f.cue_token and (tokens[lead].lower in lx.CONNECTIVE_OPENERS or tokens[lead].text == ","):
            lead += 1  # "But when the mayor announced ...", "And, although Lee insisted ..."
        if lead >= f.cue_token or not (tokens[lead].lower in lx.SUBORDINATORS
                                       or tokens[lead].lower in lx.TIME_SUBORDINATORS):
            continue
        if any(tokens[k].text in {",", ";", ":"} for k in range(lead, f.cue_token)):
            continue  # the subordinate clause closed before the cue: the cue is the main clause's
        lo, hi = f.content
        if p.text[f.cue[1]:lo].lstrip().startswith(","):
            continue  # "As Ruiz reported, the deal ...": the clause closed at the cue, and its content is the main one
        k = f.cue_token + 1
        aside = False  # inside a short aside set off by commas ("that, if elected, she would ..."): its close is
        while k < sentence.hi and tokens[k].start < hi:  # no end of the clause
            t = tokens[k]
            if t.text == "," and not p.inside_closed_quote(t.start):
                if not aside and _main_clause_at(p, k + 1, sentence):
                    f.content = trim(p, lo, t.start) or f.content
                    break
                aside = not aside and k + 1 < sentence.hi and (
                    tokens[k + 1].lower in lx.SUBORDINATORS or tokens[k + 1].lower in lx.TIME_SUBORDINATORS)
            k += 1


def _main_clause_at(p: ParagraphState, k: int, sentence: Sentence) -> bool:
    """Whether a clause with its own subject and verb begins at token k ("shares fell", "the board ordered", "he
    said"); not a second subordinate clause or an aside ("if elected, ...")."""
    tokens = p.tokens
    if k >= sentence.hi or not tokens[k].is_word or tokens[k].lower in lx.SUBORDINATORS \
            or tokens[k].lower in lx.TIME_SUBORDINATORS or tokens[k].lower in lx.CLAUSE_OPENING_WORDS \
            or tokens[k].lower in lx.RELATIVE_CLAUSE_OPENERS or tokens[k].lower in {"and", "or"}:
        return False
    end = phrases.walk_forward(tokens, k, sentence.hi, p.text, subject=True)
    if end is not None and end < sentence.hi and finite_verb_at(tokens, end, sentence.hi):
        return True
    # a short subject, then a modal or an auxiliary the phrase walk reads on past: "sales could begin", "workers
    # might walk out", "the board has ordered"
    for m in range(k + 1, min(sentence.hi, k + 6)):
        w = tokens[m].lower
        if w in lx.MODAL_VERBS or w in lx.BE_FORMS and w not in {"be", "been", "being"} or w in {"has", "have", "had"}:
            return not any(finite_verb_at(tokens, j, sentence.hi) for j in range(k, m))
        if not tokens[m].is_word or tokens[m].lower in lx.RELATIVE_CLAUSE_OPENERS:
            return False
    return False


_ASIDE_RELATIVES: Final = frozenset({"which", "who", "whom"})
_RESTRICTIVE_RELATIVES: Final = frozenset({"which", "who", "whom", "that", "what"})
# Words that open a clause inside a reported clause: when a subject follows them, the verb after it is that
# clause's.
_CLAUSE_INSIDE: Final = frozenset("that whether if".split())
# Words after which a verb goes on the reported clause, not the main clause: "shot and killed", "who robbed".
_VERB_GOES_ON: Final = frozenset("and or but nor to who whom which that".split())


def _verb_after_stranded(tokens: list[Token], k: int) -> bool:
    """Whether the main clause's verb opens at k, right after a preposition left at a relative clause's end
    ("that the Herald writes about brings a ..."): a finite verb, or a lower-case word in -s before its object's
    determiner ("cars and trucks" after "about" is the preposition's object)."""
    if finite_verb_at(tokens, k, len(tokens)):
        return True
    t = tokens[k] if k < len(tokens) else None
    return t is not None and t.is_word and not t.is_capitalised and t.lower.endswith("s") and k + 1 < len(tokens) \
        and (tokens[k + 1].lower in lx.ARTICLES_AND_POSSESSIVES or tokens[k + 1].lower in lx.DETERMINERS)


def _close_restrictive(p: ParagraphState, f: Found) -> None:
    """'The man who police say shot the officer was arrested', 'A man who many believe lied was elected': a cue
    inside a relative clause with no commas whose pronoun is the reported clause's subject (the content opens with
    its verb) reports that clause only: the content ends before the main clause's verb, a form of "be", "have" or a
    modal after a noun ("was arrested"), not one after "and", "to" or a relative ("shot and killed", "who was").
    (A past verb after a noun is as often a participle of the noun's, "the abortions performed", and stays.)"""
    tokens = p.tokens
    lo, hi = f.content  # type: ignore[misc]
    c = next((k for k in range(f.cue_token + 1, len(tokens)) if tokens[k].start >= lo), None)
    if c is not None and tokens[c].lower in lx.PREPOSITIONS and _verb_after_stranded(tokens, c + 1):
        # "A new study that the Herald writes about brings ...": the preposition's object is the antecedent
        s = next(k for k in range(f.cue_token, -1, -1) if tokens[k].start <= f.source[0])
        start = phrases.walk_back(tokens, s - 2, 0) if s >= 2 else None
        if start is not None and start <= s - 2:
            f.content = (tokens[start].start, tokens[s - 2].end)
        return
    if c is None or not finite_verb_at(tokens, c, len(tokens)):
        return  # the clause has its own subject ("who police say the man shot"): no gap, nothing to close
    k = c + 1
    while k < len(tokens) and tokens[k].start < hi:
        before = tokens[k - 1]
        if not before.is_word:
            return  # a comma or quote: the clause's own structure, leave it
        if k - 1 > c and before.lower in _CLAUSE_INSIDE and not finite_verb_at(tokens, k, len(tokens)):
            return  # "what he thinks is a perception that Trump is racist": a clause of the content's own, with its
            # own subject ("the clerk who robbed him was arrested" is a relative clause's verb, and reads on)
        w = tokens[k].lower
        if before.lower not in _VERB_GOES_ON and before.lower not in lx.DETERMINERS \
                and before.lower not in lx.PREPOSITIONS and before.lower not in lx.VERB_GROUP \
                and before.lower not in lx.BE_FORMS and not before.lower.endswith("ly") \
                and (w in lx.BE_FORMS or w in lx.MODAL_VERBS or w in {"has", "have", "had"}):
            f.content = trim(p, lo, before.end) or f.content
            return
        k += 1


def _between(offsets: list[tuple[int, int]], lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """The ``(offset, index)`` pairs of a sorted list with ``lo < offset < hi``, in order."""
    k = bisect_right(offsets, (lo, len(offsets)))
    while k < len(offsets) and offsets[k][0] < hi:
        yield offsets[k]
        k += 1


def quote_kind(p: ParagraphState, content: Optional[tuple[int, int]]) -> str:
    """``direct`` when the content is a quotation, ``mixed`` when one sits inside it.
    Quotations are the paragraph's quote spans, so apostrophes ("Epstein's", "workers'",
    "rock 'n' roll") never make a paraphrase look quoted."""
    if content is None:
        return "indirect"
    lo, hi = content
    n = bisect_right(p.quote_opens, hi - 1)
    inside = []
    while n > 0:
        n -= 1
        open_, close = p.quotes[n]
        if close < lo:
            break
        inside.append((open_, close))
    if not inside:
        return "indirect"
    quoted = sum(min(close + 1, hi) - max(open_, lo) for open_, close in inside)
    if inside[-1][0] <= lo + 1 and p.text[lo] in QUOTE_CHARS or quoted >= 0.9 * (hi - lo):
        return "direct"
    return "mixed"
