"""Cue filtering: which cue words of the lexicon report a source here.

``match_cue`` finds the lexicon's cue at a token; ``not_a_cue`` turns down the
readings that report nothing: a name ("the United States"), the speaker's own
words inside a quotation, a noun ("his claims"), an infinitive ("declined to
say"), an idiom ("Having said that"), naming ("a group called X"), a voice that is
not a source's ("I think", "the plan would add"), and a passive with nobody named.
"""

from __future__ import annotations

import re
from typing import Final, Optional

from claimcheck.engines.rules import lexicon as lx
from claimcheck.engines.rules import phrases
from claimcheck.engines.rules.attributions._noun_phrases import head_like, headline_time_adverb
from claimcheck.engines.rules.attributions._state import Found, ParagraphState, Sentence
from claimcheck.engines.rules.tokens import OPEN_QUOTES, QUOTE_CHARS, Token


def match_cue(tokens: list[Token], i: int, hi: int) -> tuple[Optional[lx.CueEntry], int]:
    """The cue starting at token i and the index just past it."""
    t = tokens[i]
    if t.lower in lx.PHRASE_FIRST_WORDS:
        words = tuple(tok.lower for tok in tokens[i:min(i + lx.MAX_PHRASE, hi)])
        for n in range(len(words), 1, -1):
            entry = lx.PHRASE_CUES.get(words[:n])
            if entry is not None:
                return entry, i + n
    entry = lx.SINGLE_CUES.get(t.lower)
    if entry is not None:
        return entry, i + 1
    return None, i + 1


def verb_position_cue(p: ParagraphState, i: int, sentence: Sentence) -> Optional[lx.CueEntry]:
    """A form of :data:`lexicon.VERB_POSITION_CUES` read as a verb: right after its subject (past
    "also" or an adverb), agreeing with it, and before a that-clause, a comma, colon or quote, or the
    start of a clause. A base form takes a plural subject ("Legal experts note that", "they note");
    an -s form a singular one ("It states that", "the memo states", "The Herald reports the ...").
    "a news report that", "the state report" stay nouns. The evidence verb "show" reads so only after a plural
    document noun ("Polls show Lee ahead", "the data show that ..."; "police reports show": the reports show)."""
    tokens = p.tokens
    entry = lx.VERB_POSITION_CUES.get(tokens[i].lower)
    if entry is None or tokens[i].is_capitalised or p.inside_closed_quote(tokens[i].start):
        return None
    j = i - 1
    while j > sentence.lo and (tokens[j].lower in {"also", "now", "often", "still"}
                               or tokens[j].lower.endswith("ly") and not tokens[j].is_capitalised):
        j -= 1
    if j < sentence.lo or i + 1 >= sentence.hi:
        return None
    subject, nxt = tokens[j], tokens[i + 1]
    base = tokens[i].lower == entry.lemma
    if base and entry.family != "evidence" and _after_do_support(tokens, j, sentence):
        subject, agrees = tokens[j], True  # "but did note that ...", "CNN didn't report that ...", "nor did he report"
    elif subject.lower in lx.PRONOUNS:
        agrees = (subject.lower in {"they", "we", "i", "you"}) == base
    elif not subject.is_word or subject.lower in lx.TIME_WORDS and not _end_of_a_name(tokens, j, sentence) \
            or subject.lower.endswith(("'s", "’s", "s'")):
        return None
    elif base:  # a plural noun with no singular determiner before it
        agrees = (not subject.is_capitalised or j == sentence.lo) and _a_plural_form(subject.lower) \
            and head_like(subject) and not (j - 1 >= sentence.lo and tokens[j - 1].lower in {"a", "an", "one"})
    else:  # a name, or a singular document, body or person noun after its determiner
        agrees = subject.is_capitalised and (j > sentence.lo or _a_bare_name(subject)) or (
            j - 1 >= sentence.lo and tokens[j - 1].lower in lx.NOUN_DETERMINERS and not subject.lower.endswith("s")
            and (subject.lower in lx.DOCUMENT_NOUNS or subject.lower in lx.ORGANIZATION_NOUNS
                 or subject.lower in lx.PERSON_NOUNS))
    if entry.family == "evidence":
        if base and not (agrees and subject.lower in lx.DOCUMENT_NOUNS):
            head = _modified_document(tokens, j, sentence)
            if head is not None:
                subject, agrees = tokens[head], True
        # "polls show Lee ahead", "records show no payment": evidence only from a document, and what it shows may
        # be a plain object; "the figures show up", "records show in the file" are other verbs
        return entry if agrees and subject.lower in lx.DOCUMENT_NOUNS and (
            nxt.lower == "that" or nxt.text in {",", ":", ".", ";"} or nxt.text[0] in OPEN_QUOTES
            or nxt.is_word and nxt.lower not in lx.PREPOSITIONS and nxt.lower not in lx.SHOW_PARTICLES
            and nxt.lower not in lx.VERB_GROUP and not phrases.past_verb(nxt.lower)) else None
    clause_follows = nxt.lower == "that" or nxt.text in {",", ":", ".", ";"} or nxt.text[0] in OPEN_QUOTES or (
        nxt.is_word and (nxt.lower in lx.DETERMINERS or nxt.lower in lx.PRONOUNS or nxt.is_capitalised)
        and not phrases.past_verb(nxt.lower) and nxt.lower not in lx.VERB_GROUP)
    return entry if agrees and clause_follows else None


def infinitive_cue(p: ParagraphState, i: int, sentence: Sentence) -> Optional[lx.CueEntry]:
    """A base form of :data:`lexicon.INFINITIVE_ONLY_CUES` ("question", "note") read as a verb: after "to" and a
    verb whose infinitive of speech is reported ("continued to question whether ...", "tried to note that ..."),
    never a noun there ("answers to questions", "the right to question")."""
    tokens = p.tokens
    if tokens[i].lower not in lx.INFINITIVE_ONLY_CUES or tokens[i].is_capitalised or i - 2 < sentence.lo \
            or tokens[i - 1].lower != "to" or tokens[i - 2].lower not in lx.SPEECH_INFINITIVE_VERBS:
        return None
    return lx.CueEntry(tokens[i].lower, "speech", False)


def _end_of_a_name(tokens: list[Token], j: int, sentence: Sentence) -> bool:
    """Whether a word of time at j ends a name, capitalised after another capitalised word ("The Washington Post
    reports ...", "Fox News reports ..."): no day or month."""
    t = tokens[j]
    return t.is_capitalised and t.lower not in lx.DAY_WORDS and t.text not in lx.MONTH_NAMES and j > sentence.lo \
        and tokens[j - 1].is_capitalised and tokens[j - 1].is_word


def _a_bare_name(t: Token) -> bool:
    """Whether a capitalised word opening the sentence is a name, not a common noun capitalised there ("Breitbart
    reports ..."; "Police reports ..." is a noun's plural)."""
    w = t.lower
    return w not in lx.PERSON_NOUNS and w not in lx.ORGANIZATION_NOUNS and w not in lx.DOCUMENT_NOUNS \
        and not phrases.looks_like_noun(w) and w not in lx.DETERMINERS and w not in lx.PRONOUNS \
        and w not in lx.PREPOSITIONS and w not in lx.TIME_WORDS and not w.endswith("ly")


def _after_do_support(tokens: list[Token], j: int, sentence: Sentence) -> bool:
    """Whether token j, right before a base form, is a form of "do" (past "not"), or a subject pronoun after one
    ("nor did he report"): the base form is the verb, whatever its subject."""
    if j > sentence.lo and tokens[j].lower in lx.SUBJECT_PRONOUNS_AFTER_DO:
        j -= 1
    while j > sentence.lo and tokens[j].lower in {"not", "n't", "never"}:
        j -= 1
    return tokens[j].lower in lx.DO_FORMS and not tokens[j].is_capitalised


def _a_plural_form(word: str) -> bool:
    """'polls', 'records', 'data': a noun's plural as a base-form verb after it needs ("the data show")."""
    return word.endswith("s") and not word.endswith("ss") or word in lx.PLURAL_WITHOUT_S


_MAKING_PARTICIPLES: Final = lx.DOCUMENT_PARTICIPLES | lx.POLL_PARTICIPLES


def _modified_document(tokens: list[Token], j: int, sentence: Sentence) -> Optional[int]:
    """The plural document noun that heads the phrase ending at token j, past what modifies it ("Data from the
    agency", "Records obtained by the AP", "Figures released Tuesday by the ministry"): a preposition of its
    source or a participle of its making right after it, and no verb, comma or relative word after that."""
    for k in range(j - 1, max(sentence.lo, j - 12) - 1, -1):
        t = tokens[k]
        if not t.is_word or t.lower in lx.RELATIVE_CLAUSE_OPENERS:
            return None
        nxt = tokens[k + 1].lower
        if nxt in lx.DOCUMENT_MODIFIER_PREPOSITIONS or nxt in _MAKING_PARTICIPLES:
            if t.lower in lx.DOCUMENT_NOUNS and _a_plural_form(t.lower) and (not t.is_capitalised or k == sentence.lo):
                return k
        if k + 1 < j and not tokens[k + 1].is_capitalised and (  # ("The Associated Press" is a name)
                tokens[k + 1].lower in lx.VERB_GROUP or phrases.past_verb(tokens[k + 1].lower)
                and tokens[k + 1].lower not in _MAKING_PARTICIPLES):
            return None  # a verb of another clause: "the polls he cited were wrong"
    return None


def title_case(p: ParagraphState, sentence: Sentence) -> bool:
    """Whether a sentence is a headline in title case ("Mayor Says Bridge Will Close")."""
    words = [t for t in p.tokens[sentence.lo:sentence.hi] if t.is_word and t.text[0].isalpha()]
    return len(words) >= 3 and sum(t.is_capitalised for t in words) >= 0.7 * len(words)


def verb_group_start(p: ParagraphState, i: int, floor: int) -> int:
    """First token of the cue's verb group: 'has said', 'doesn't think', 'is warning'."""
    j = i
    while j - 1 >= floor and p.tokens[j - 1].lower in lx.VERB_GROUP and not p.tokens[j - 1].is_capitalised:
        j -= 1
    if j == i and j - 1 >= floor and headline_time_adverb(p.tokens, j - 1, 0):
        return j - 1  # a headline's "Trump Just Announced": the adverb goes with the verb
    if j - 2 >= floor and p.tokens[j - 1].lower == "to" and p.tokens[j - 2].lower in lx.CUE_INFINITIVE_VERBS \
            and not p.tokens[j - 2].is_capitalised:
        # "refused to admit", "has tried to explain", "continued to say": the refusal, the attempt or the going on
        # is part of what is reported
        return verb_group_start(p, j - 2, floor)
    if j == i and j - 1 >= floor and p.tokens[i].lower.endswith("ing") and p.tokens[j - 1].lower in lx.GERUND_ASPECT_VERBS \
            and not p.tokens[j - 1].is_capitalised:
        return verb_group_start(p, j - 1, floor)  # "kept saying", "began telling": the going on, as "continued to say"
    return j


def not_a_cue(p: ParagraphState, i: int, entry: lx.CueEntry, sentence: Sentence) -> bool:
    """Readings of a cue word that report nothing."""
    if entry is lx.PER:
        return not _per_before_a_name(p, i, sentence)
    if entry.family == "according":
        return False
    if _a_name(p, i, entry, sentence) or p.inside_closed_quote(p.tokens[i].start):
        return True  # the speaker's own words: "we say" inside a quote reports nothing new
    if _an_appointment(p, i, entry, sentence):
        return True  # "The Senate confirmed Ruiz as ambassador", "refused to confirm the nominees": a post given
    if entry.family == "no_comment":
        return False
    prev, adjective = _word_before(p, i, sentence)
    if phrases.participle_before_its_noun(p.tokens, i, sentence.lo, sentence.hi):
        return True  # "discussions centered around proposed zoning changes", "critics of reported cuts"
    if prev in lx.DOCUMENT_NOUNS and p.tokens[i].lower in lx.DOCUMENT_PARTICIPLES and i + 1 < sentence.hi \
            and p.tokens[i + 1].lower in lx.OBJECT_PREPOSITIONS:
        return True  # "A statement posted on the website said": what was done with the document, not a report
    if entry.lemma in lx.GOING_ON_VERBS and i + 1 < sentence.hi and p.tokens[i + 1].is_word \
            and p.tokens[i + 1].lower.endswith("ing") and not p.tokens[i + 1].is_capitalised:
        return True  # "who ignored them and continued walking ...": an aspect verb before its verb, no words
    if entry.lemma in lx.GOING_ON_VERBS and i + 2 < sentence.hi and p.tokens[i + 1].lower == "to" \
            and _a_cue_word(p.tokens[i + 2]):
        return True  # "continued to insist that ...": the verb after reports it, with "continued to" in its cue
    if entry.lemma in lx.PHYSICAL_ATTACK_VERBS and _a_physical_attack(p, i, sentence):
        return True  # "Rebels attacked the convoy", "the base was attacked by militants": force, no words
    if prev in lx.GERUND_STOP_VERBS and p.tokens[i].lower.endswith("ing"):
        return True  # "the company stopped claiming it was safe": what is no longer said
    if i - 1 >= sentence.lo and p.tokens[i - 1].lower == "into" and p.tokens[i].lower.endswith("ing"):
        return True  # "deceive consumers into believing ...": what they were led to think, no one's report
    if entry.family == "cognition" and p.tokens[i].lower.endswith("ed") and i - 1 >= sentence.lo \
            and p.tokens[i - 1].lower in {"and", "or"} and i + 1 < sentence.hi and p.tokens[i + 1].lower == "to":
        return True  # "is in stable condition and expected to survive": the passive of "is" goes on, a hedge
    if _after_a_with_phrase(p.tokens, i, sentence):
        return True  # "spread to 48 countries with deaths reported in China": the deaths that were reported
    if _reduced_relative(p, i, sentence):
        return True  # "Patients already admitted will continue to be evaluated": who was admitted, no report
    if _a_gerund_subject(p, i, sentence) or _participle_without_auxiliary(p, i, sentence):
        return True  # "its deeper reporting has found", "a biography written by ...": no verb of a speaker
    if _in_an_existential(p, i, sentence):
        return True  # "There were no other reported injuries", "eight separate suspected shootings"
    if entry.family not in {"say", "tell"} and i + 1 < sentence.hi and p.tokens[i + 1].lower in {"off", "down"}:
        return True  # "The rover blasted off", "was booed and shouted down": another verb, not the cue's
    return (adjective or _a_noun(p, i, prev, sentence) or _an_infinitive(p, i, entry, prev, sentence)
            or _an_idiom(p, i, entry, prev, sentence) or _naming(p, i, entry, prev, sentence)
            or _not_a_source_speaking(p, i, entry, prev, sentence) or _agentless_passive(p, i, prev, sentence)
            or _in_an_open_question(p, i, sentence) or _after_an_opinion_lead(p, i, sentence))


def _a_cue_word(t: Token) -> bool:
    """Whether t is a lower-case word that can be a cue's (its first word, or a noun's form read as a verb)."""
    return not t.is_capitalised and (t.lower in lx.SINGLE_CUES or t.lower in lx.PHRASE_FIRST_WORDS
                                     or t.lower in lx.INFINITIVE_ONLY_CUES)


def _an_appointment(p: ParagraphState, i: int, entry: lx.CueEntry, sentence: Sentence) -> bool:
    """'The Senate confirmed Ruiz as ambassador to Chile', 'was confirmed to serve on the board', 'voted to confirm
    the nominees', 'refused to confirm many of the president's nominees': a cue that also names a person to a post
    (lexicon.APPOINTMENT_CUES), read so where its clause gives the post ("as" or "to be" before a post's noun, "to"
    before a verb of holding one) or its object is a nominee. "confirmed that ...", a colon or a quote after the cue
    is a report, and so is "confirmed the blast as an accident" (no post)."""
    tokens = p.tokens
    k = next((j for j in range(i, min(sentence.hi, i + 5)) if tokens[j].lower in lx.APPOINTMENT_FORMS), None)
    if k is None:
        return False  # the cue's verb is none of them (its own, or the last of "refused to confirm")
    for j in range(k + 1, sentence.hi):
        t = tokens[j]
        w = t.lower
        if w in {"that", "whether", "if", ":", ";"} or t.text[0] in OPEN_QUOTES or t.text == '"' \
                or w in lx.SAY_FORMS:
            return False  # a report's content begins, or another verb of saying
        if w in lx.NOMINEE_NOUNS:
            return True
        if w == "to" and j + 1 < sentence.hi and tokens[j + 1].lower in lx.POST_HOLDING_VERBS:
            return True
        if w == "as" or w == "to" and j + 1 < sentence.hi and tokens[j + 1].lower == "be":
            start = j + (2 if w == "to" else 1)
            for m in range(start, min(sentence.hi, start + 4)):
                if tokens[m].lower.rstrip(".") in lx.POST_NOUNS:
                    return True
                if not (tokens[m].lower in lx.DETERMINERS or tokens[m].is_capitalised
                        or tokens[m].lower in {"next", "new", "first", "acting", "deputy", "chief", "top", "u.s."}):
                    break
    return False


def _after_a_with_phrase(tokens: list[Token], i: int, sentence: Sentence) -> bool:
    """'with deaths reported in China', 'with 12 cases now confirmed': a participle after the plural noun of a
    phrase opened by "with" (and a count or an adverb) modifies that noun; nobody in the phrase speaks."""
    if not tokens[i].lower.endswith("ed"):
        return False
    j = i - 1
    if j > sentence.lo and (tokens[j].lower in _PASSIVE_ADVERBS or tokens[j].lower in {"now", "already"}):
        j -= 1
    noun = tokens[j] if j > sentence.lo else None
    if noun is None or not noun.is_word or noun.is_capitalised or not noun.lower.endswith("s") \
            or noun.lower in lx.VERB_GROUP or noun.lower in lx.PRONOUNS:
        return False
    j -= 1
    if j > sentence.lo and tokens[j].text[:1].isdigit():
        j -= 1
    return j >= sentence.lo and tokens[j].lower == "with"


def _reduced_relative(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """'Patients already admitted will continue ...', 'Those questioned would not ...', 'the department says the
    refugees admitted are mostly children': a participle right before a modal or a finite "be" or "have", after a
    noun phrase that opens the sentence or a report's content, modifies that phrase, the clause's subject, whose
    verb the modal or "be" begins (a speaker's "said" is never followed by a bare verb of its own: "the man police
    said will appear" and "records that Ruiz said were lost" have a noun or a relative before their speaker, and
    keep their cues)."""
    tokens = p.tokens
    if not tokens[i].lower.endswith("ed") or not phrases.finite_auxiliary_at(tokens, i + 1, sentence.hi):
        return False
    j = i - 1
    while j > sentence.lo and (tokens[j].lower in _PASSIVE_ADVERBS or tokens[j].lower == "already"
                               or tokens[j].lower.endswith("ly") and tokens[j].is_word and not tokens[j].is_capitalised):
        j -= 1
    if j < sentence.lo or not tokens[j].is_word or tokens[j].lower in lx.VERB_GROUP or tokens[j].lower in lx.PRONOUNS:
        return False
    start = phrases.walk_back(tokens, j, sentence.lo)
    if start is None or any(tokens[k].lower in lx.RELATIVE_CLAUSE_OPENERS or tokens[k].lower == "what"
                            for k in range(start, j + 1)):
        return False
    if start == sentence.lo:
        return True
    if tokens[i + 1].lower in lx.MODAL_VERBS:
        return False  # kept as it was: "officials said the man police said will appear"
    before = start - 1
    if tokens[before].lower == "that" and before - 1 >= sentence.lo:
        before -= 1
    return tokens[before].lower in lx.SINGLE_CUES


def _a_gerund_subject(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """'expensive accountability reporting is being funded', 'its deeper reporting has found': a bare "-ing" form
    (no "be" before it) that a finite verb follows is a gerund, the subject of that verb; a speaking participle
    never runs straight into a finite verb of its own ("was saying is" has its "be")."""
    tokens = p.tokens
    if not tokens[i].lower.endswith("ing") or i + 1 >= sentence.hi or match_cue(tokens, i, sentence.hi)[1] != i + 1:
        return False
    if not phrases.finite_auxiliary_at(tokens, i + 1, sentence.hi):
        return False
    j = i - 1
    while j > sentence.lo and tokens[j].lower in {"not", "n't", "also", "still", "now", "just"}:
        j -= 1
    return j < sentence.lo or not (tokens[j].lower in lx.BE_FORMS or tokens[j].lower in lx.CONTRACTED_PRONOUNS
                                   or tokens[j].lower.endswith(("'s", "’s", "'re", "’re", "'m", "’m")))


def _participle_without_auxiliary(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """'a biography written by a Post editor', 'notes written in the margins': a past participle that is never a
    past tense (lexicon.PARTICIPLE_ONLY_FORMS) with no "have" or "be" before it modifies the noun before it; its
    noun wrote nothing ("I've written", "has shown", "was written by" keep their verbs)."""
    tokens = p.tokens
    if tokens[i].lower not in lx.PARTICIPLE_ONLY_FORMS:
        return False
    j = i - 1
    while j > sentence.lo and (tokens[j].lower in _PASSIVE_ADVERBS or tokens[j].lower in lx.VERB_GROUP
                               and tokens[j].lower not in lx.AUXILIARY_HEADS
                               or tokens[j].lower.endswith("ly") and tokens[j].is_word and not tokens[j].is_capitalised):
        j -= 1
    if j < sentence.lo:
        return True
    w = tokens[j].lower
    if w.endswith(("'re", "’re", "'m", "’m")):
        return passive_agent(p, i, sentence) is None  # "as they're written": a passive naming nobody
    return not (w in lx.AUXILIARY_HEADS or w in lx.CONTRACTED_PRONOUNS or w.endswith(("'s", "’s", "'ve", "’ve")))


def _in_an_existential(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """'There were no other reported injuries', 'There were a total of eight separate suspected drive-by
    shootings': a participle inside the noun phrase of an existential "there" + "be" modifies that phrase's
    noun; nothing in the phrase speaks. Only when no verb, comma or relative stands between ("There are many
    who say ...", "There was a report that officials said ..." keep their cues)."""
    tokens = p.tokens
    if not tokens[i].lower.endswith("ed"):
        return False
    for j in range(i - 1, max(sentence.lo, i - 9), -1):
        t = tokens[j]
        if t.lower in lx.BE_FORMS:
            return j - 1 >= sentence.lo and tokens[j - 1].lower == "there"
        if not t.is_word or t.lower in lx.VERB_GROUP or t.lower in lx.RELATIVE_CLAUSE_OPENERS \
                or t.is_capitalised or phrases.past_verb(t.lower):
            return False
    return False


def _per_before_a_name(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """'..., per the WHO,' / 'said, per Feng': after a comma or at the start, before a name."""
    tokens = p.tokens
    opens = i == sentence.lo or tokens[i - 1].text in {",", "(", "—", "–", "―"}
    name_at = i + 2 if i + 1 < sentence.hi and tokens[i + 1].lower in lx.DETERMINERS else i + 1
    return opens and name_at < sentence.hi and tokens[name_at].is_capitalised


def _a_name(p: ParagraphState, i: int, entry: lx.CueEntry, sentence: Sentence) -> bool:
    """'the United States': a capitalised cue word inside a sentence is a name, not a verb
    (headlines' "X Says" and "X Announces Y" excepted: a speech verb of a title-case headline right
    after its subject, not after an adverb or another verb: "Ruiz Never Pledged", "Started Writing")."""
    tokens = p.tokens
    if not tokens[i].is_capitalised or i == sentence.lo or tokens[i - 1].text[0] in QUOTE_CHARS:
        return False
    if tokens[i - 1].text == "," and tokens[i].lower.endswith("ed") and tokens[i].lower != entry.lemma \
            and i + 1 < sentence.hi and tokens[i + 1].is_word and not tokens[i + 1].is_capitalised:
        return False  # "Murphy, the head of the PAC, Tweeted on Friday": a past form after an aside's comma is a verb
    k = i - 2 if headline_time_adverb(tokens, i - 1, sentence.lo) else i - 1  # "Trump Just Announced ..."
    if entry.family in {"say", "tell"} or entry.family in {"write", "speech"} and not (
            tokens[k].lower in lx.VERB_GROUP or tokens[k].lower in lx.AUXILIARIES
            or tokens[k].lower.endswith(("ly", "ed", "ing")) or tokens[k].lower in lx.PREPOSITIONS
            or tokens[k].lower in {"to", "just", "who", "that"} or tokens[i].lower.endswith("ing")
            or tokens[i].lower == entry.lemma and not tokens[k].lower.endswith("s")):
        return not title_case(p, sentence)  # a base form after a plural only: "Voters Explain", not "Trump Claim"
    return True



def _a_physical_attack(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """Whether the attack at token i is one of force: an armed actor attacks (the word before the verb group, or the
    passive's agent after "by"), or a place, a building, a vehicle or an armed unit is attacked (the object's head
    within a few words, or the passive's subject just before its "be")."""
    tokens = p.tokens
    j = verb_group_start(p, i, sentence.lo) - 1
    passive = j >= sentence.lo and tokens[j + 1].lower in lx.BE_FORMS if j + 1 < i else False
    if j >= sentence.lo and not tokens[j].is_capitalised and (tokens[j].lower in lx.ARMED_ACTOR_NOUNS and not passive
                                                              or tokens[j].lower in lx.ATTACK_TARGET_NOUNS and passive):
        return True
    for k in range(i + 1, min(sentence.hi, i + 7)):
        t = tokens[k]
        if not t.is_word or t.lower in {"that", "as", "for", "over", "on"}:
            return False  # "attacked the plan as reckless", "attacked him for ...": words judged
        if t.lower == "by":
            return any(tokens[m].lower in lx.ARMED_ACTOR_NOUNS and not tokens[m].is_capitalised
                       for m in range(k + 1, min(sentence.hi, k + 5)))
        if not t.is_capitalised and (t.lower in lx.ATTACK_TARGET_NOUNS or t.lower in lx.ARMED_ACTOR_NOUNS):
            return True  # (not "attacked the White House", "the House")
        if t.lower in lx.PREPOSITIONS:
            return False
    return False


def _word_before(p: ParagraphState, i: int, sentence: Sentence) -> tuple[str, bool]:
    """The word before the cue, seen through adverbs and negation ("was formally called",
    "was not announced": the adverb hides a passive), and whether the cue is a participle
    used as an adjective ("a newly revealed call")."""
    tokens = p.tokens
    prev = tokens[i - 1].lower if i - 1 >= sentence.lo else ""
    j = i - 1
    while j > sentence.lo and (tokens[j].lower.endswith("ly") and not tokens[j].is_capitalised
                               or tokens[j].lower in {"not", "n't", "never"}):
        j -= 1
    if j >= sentence.lo and tokens[j].lower in lx.BE_FORMS | lx.MODAL_VERBS:
        return tokens[j].lower, False
    return prev, j < i - 1 and j >= sentence.lo and tokens[j].lower in lx.NOUN_DETERMINERS


def _a_noun(p: ParagraphState, i: int, prev: str, sentence: Sentence) -> bool:
    """'the report', 'his claims', "Trump's remarks", 'Republican claims', 'many claims', 'one tweet'."""
    if prev in lx.NOUN_DETERMINERS or prev.endswith(("'s", "’s", "s'")) and prev not in lx.CONTRACTED_PRONOUNS \
            and p.tokens[i].lower not in lx.VERB_ONLY_CUE_FORMS:
        return True
    tokens = p.tokens
    if prev in lx.SINGULAR_QUANTIFIERS and tokens[i].lower + "s" in lx.NOUN_LIKE_FORMS:
        return True  # "One tweet said": a noun after "one"
    if prev in lx.PLURAL_QUANTIFIERS and tokens[i].lower in lx.NOUN_LIKE_FORMS:
        return True  # "Some reports indicated": "some" as a subject would take "report"
    if prev in lx.LARGE_COUNTS and tokens[i].lower in lx.NOUN_LIKE_FORMS:
        return True  # "a million tweets with the tag"
    if prev in lx.PREPOSITIONS and i - 1 > sentence.lo and _base_form(tokens[i]) \
            and match_cue(tokens, i, sentence.hi)[1] == i + 1:
        return True  # "picked up on tweet from a reporter": a base form after a preposition is a noun
    if _base_form(tokens[i]) and i - 2 >= sentence.lo and tokens[i - 1].is_capitalised \
            and not tokens[i - 1].lower.endswith(("s", ".")) \
            and (tokens[i - 2].lower in lx.NOUN_DETERMINERS or tokens[i - 2].lower.endswith(("'s", "’s"))):
        # "a Facebook post", "Lee's Senate report": a singular name before a base form modifies the noun (a plural
        # one is the subject: "the Germans announce")
        return True
    if _base_form(tokens[i]) and i - 2 >= sentence.lo and tokens[i - 2].lower in lx.SINGULAR_ARTICLES \
            and tokens[i - 1].is_word and not tokens[i - 1].is_capitalised and tokens[i - 1].lower not in lx.GROUP_WORDS \
            and not tokens[i - 1].lower.endswith("ly") and tokens[i - 1].lower not in lx.VERB_GROUP and (
                i - 3 < sentence.lo or tokens[i - 3].lower not in lx.OBJECT_PREPOSITIONS
                or i + 1 < sentence.hi and (tokens[i + 1].lower in lx.VERB_GROUP or phrases.past_verb(tokens[i + 1].lower))):
        # "a police report said", "results of a mandatory recount were released": a singular article's noun phrase,
        # whose noun a base form is (no singular subject takes one; "a few say", "a majority report" are plural).
        # After a preposition the phrase may end inside the subject ("Voters in a poll say ..."): only with a verb
        # after it.
        return True
    if i + 1 < sentence.hi and tokens[i + 1].lower == "show" and verb_position_cue(p, i + 1, sentence) is not None:
        return True  # "police reports show that ...": the subject of the evidence verb after it
    if tokens[i].lower in lx.NOUN_LIKE_FORMS and i + 1 < sentence.hi and not tokens[i + 1].is_capitalised and (
            tokens[i + 1].lower in lx.PLURAL_VERB_STARTS or _base_form(tokens[i + 1])
            and tokens[i + 1].lower not in lx.NOUN_LIKE_BASE_FORMS):
        return True  # "Recent media reports speculate that ...", "reports say": the plural noun, subject of the verb
    before = tokens[i - 1] if i - 1 >= sentence.lo else None
    return tokens[i].lower in lx.NOUN_LIKE_FORMS and match_cue(tokens, i, sentence.hi)[1] == i + 1 \
        and before is not None and before.is_word and before.lower not in lx.VERB_ADVERBS \
        and not (prev in lx.PRONOUNS or head_like(before) and not (
            before.is_capitalised and prev.endswith(("an", "ic", "ish", "ese"))))


def _base_form(t: Token) -> bool:
    entry = lx.SINGLE_CUES.get(t.lower)
    return entry is not None and t.lower == entry.lemma


def _an_infinitive(p: ParagraphState, i: int, entry: lx.CueEntry, prev: str, sentence: Sentence) -> bool:
    """'declined to say', 'plans to add': infinitives report nothing yet ("continued to
    insist", "went on to say", "tried to explain", "refused to admit" and "were more likely to say" do; "tried to ask
    her", "are trying to determine whether" are an inquiry, no report)."""
    tokens = p.tokens
    return prev == "to" and not (i - 2 >= sentence.lo and (
        tokens[i - 2].lower in lx.RAISING_VERBS or tokens[i - 2].lower in lx.ATTEMPT_AND_REFUSAL_VERBS
        and entry.family in {"say", "tell", "write", "speech"} and entry.lemma not in lx.INQUIRY_LEMMAS
        and not _after_a_modal(tokens, i - 2, sentence))
                                 or _compared_likelihood(tokens, i - 2, sentence.lo)
                                 or i - 3 >= sentence.lo and tokens[i - 2].lower == "on"
                                 and tokens[i - 3].lower in {"went", "goes", "go", "going"})


def _after_a_modal(tokens: list[Token], k: int, sentence: Sentence) -> bool:
    """Whether the verb at k follows a modal, past "have" ("will try to explain", "would have tried to explain"): an
    attempt not made, or not on record."""
    j = k - 1
    if j > sentence.lo and tokens[j].lower == "have":
        j -= 1
    return j >= sentence.lo and (tokens[j].lower in lx.MODAL_VERBS or tokens[j].lower in {"'d", "’d", "'ll", "’ll"})


def _compared_likelihood(tokens: list[Token], k: int, lo: int) -> bool:
    """'voters are more likely to say ...': "likely" at k after a comparative, a survey's finding of what
    its people said."""
    return k - 1 >= lo and tokens[k].lower == "likely" and tokens[k - 1].lower in lx.COMPARATIVES


def _an_idiom(p: ParagraphState, i: int, entry: lx.CueEntry, prev: str, sentence: Sentence) -> bool:
    """'pleaded guilty' (a plea in court), 'Having said that', 'It goes without saying'."""
    tokens = p.tokens
    after_cue = tokens[i + 1].lower if i + 1 < sentence.hi else ""
    if entry.lemma == "plead" and after_cue in lx.PLEA_WORDS:
        return True
    if entry.lemma == "add" and after_cue == "to" and i + 2 < sentence.hi and _added_to_a_thing(tokens[i + 2]):
        return True  # "adding to his lead", "added to the list" (not "added to reporters", "added to CNN")
    if prev == "having" and after_cue in {"that", "this", "so"}:
        # "Having said that, ...": the idiom stands alone before its comma ("Having announced that he would stay, Ruiz
        # ..." reports what was announced)
        return i + 2 >= sentence.hi or not tokens[i + 2].is_word
    return prev == "without" and tokens[i].lower == "saying"


def _added_to_a_thing(t: Token) -> bool:
    """Whether the word after "add to" opens a thing added to: a determiner, possessive or number, or a common
    noun that names no one who could be told."""
    w = t.lower
    if w in lx.RECIPIENT_PRONOUNS:
        return False  # "added to her" tells her
    if w in lx.DETERMINERS or w in lx.POSSESSIVE_PRONOUNS or w[:1].isdigit():
        return True
    return t.is_word and not t.is_capitalised and w not in lx.PERSON_NOUNS


def _after_common_noun(p: ParagraphState, i: int, prev: str, sentence: Sentence) -> bool:
    before = p.tokens[i - 1] if i - 1 >= sentence.lo else None
    return before is not None and before.is_word and not before.is_capitalised \
        and before.lower not in lx.PRONOUNS and before.lower not in lx.AUXILIARIES and prev not in lx.BE_FORMS


def _naming(p: ParagraphState, i: int, entry: lx.CueEntry, prev: str, sentence: Sentence) -> bool:
    """'The program, called EB-5, allows ...', 'a group called Lashkar': naming, not speaking."""
    tokens = p.tokens
    if tokens[i].lower == "called" and prev == "," and i + 2 <= sentence.hi and tokens[i + 1].is_capitalised \
            and (i + 2 == sentence.hi or tokens[i + 2].text in {",", "-", ")", ".", ";"}):
        return True
    nxt = tokens[i + 1] if i + 1 < sentence.hi else None
    return entry.lemma == "call" and nxt is not None and nxt.is_capitalised \
        and _after_common_noun(p, i, prev, sentence) and any(
            tokens[j].lower in {"a", "an"} for j in range(max(sentence.lo, i - 4), i))


def _not_a_source_speaking(p: ParagraphState, i: int, entry: lx.CueEntry, prev: str, sentence: Sentence) -> bool:
    """'I think', "You shouldn't just believe them" (the writer's own voice, a hedge rather than a source),
    'the plan would add' (hypothetical, and rarely a speaker), 'people accused of rape' (a participle, not a
    report)."""
    tokens = p.tokens
    if entry.family == "cognition" and (prev in {"i", "we", "you"} or _first_person_modal(tokens, i, sentence)):
        return True
    # a modal takes a base form: before "wrote" or "claims", "Will" is a name ("Will wrote", "which Will claims");
    # a speaker's modal before a speech verb still reports ("Ruiz would argue")
    if prev in lx.MODAL_VERBS and entry.family not in {"say", "tell"} and not (
            tokens[i - 1].is_capitalised and i - 1 > sentence.lo and tokens[i].lower != entry.lemma.split()[0]) \
            and not (entry.family == "speech" and entry.lemma not in lx.MEMORY_CUES
                     and _a_speakers_modal(p, i, sentence)):
        return True
    nxt = tokens[i + 1] if i + 1 < sentence.hi else None
    if entry.lemma in lx.QUESTION_CUES and prev in _CLAUSE_OF_TIME and nxt is not None and nxt.lower == "by":
        return False  # "he said when asked by a reporter if ...": a passive clause of time whose asker is named
    # ("met the mayor and warned of ...": after "and", "of" follows a second verb; "nominated and confirmed by" is
    # still a participle)
    return entry.lemma != "call" and tokens[i].lower.endswith("ed") and nxt is not None \
        and (nxt.lower == "by" or nxt.lower == "of" and prev not in {"and", "or", "but"}) \
        and _after_common_noun(p, i, prev, sentence)


def _a_speakers_modal(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """'Ruiz would argue', 'He could ask', 'A winning candidate might claim', 'The panel could declare': a modal
    whose subject is someone who can speak (a person's pronoun, a name, a word for people or a body) before a
    speech verb, in a clause of the writer's own: what they would say is still theirs ("the plan would add" is no
    one's). Inside a clause reported by another ("Lee said he would advise her", "confident that she can deny
    it", "what we should ask") it is what the other says they will do, no saying of theirs."""
    tokens = p.tokens
    m = i - 1
    while m > sentence.lo and tokens[m].lower not in lx.MODAL_VERBS:
        m -= 1  # past the adverbs and negation between ("should formally ask", "could not claim")
    start = phrases.walk_back(tokens, m - 1, sentence.lo) if m - 1 >= sentence.lo else None
    if start is None or start > sentence.lo and (tokens[start - 1].lower in _REPORTED_CLAUSE_OPENERS
                                                 or tokens[start - 1].lower in lx.SINGLE_CUES):
        return False
    if any(f.content is not None and f.content[0] <= tokens[i].start < f.content[1]
           for f in p.found[p.sentence_first:]):
        return False
    t = tokens[m - 1]
    w = t.lower
    if w in lx.PRONOUNS:
        return w not in lx.PRONOUNS_NEUTER
    if not t.is_word or w in lx.DETERMINERS:
        return False
    return t.is_capitalised or w in lx.PERSON_NOUNS or w in lx.SPOKESPERSON_NOUNS or w in lx.ORGANIZATION_NOUNS \
        or phrases.person_compound(w)


# Words before a subject that make its clause a reported or embedded one: "said that he would", "what we should".
_REPORTED_CLAUSE_OPENERS: Final = frozenset("that what who which whom whether if".split())


# Words that open a clause of time or condition whose verb may stand alone as a passive ("when asked", "if asked").
_CLAUSE_OF_TIME: Final = frozenset("when whenever while after before until once if".split())


# A transcript's turn or an interview's answer opening the paragraph: "CLINTON: ...", "A: ...".
_TURN: Final = re.compile(r"\W*[A-Z][\w.'’ -]{0,40}:\s")


def _the_writers_voice(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """'In our last column we mocked ...', 'Each week, we ask 30 political experts ...', 'As I mentioned above', 'I
    predict this will not end well': a first-person subject of a cue outside any quotation, in a sentence that quotes
    nobody, is the writer (the reporter, the columnist, the paper's editorial voice) telling or arguing in their own
    voice. The writer is no source of the article's claims (the sourcing standards ask a source for what the writer did
    not witness; the writer's "I" names nobody a reader can weigh): the attribution stays, as a reader sees it, marked
    ``writer`` (see writers_voice). A first person who introduces quoted words ("“Okay,” I said") keeps them, and so does a transcript's turn
    ("CLINTON: ... I said"; after any turn of the article, "Q: ...", the unquoted answers too) or a quotation's
    speaker."""
    tokens = p.tokens
    j = verb_group_start(p, i, sentence.lo) - 1
    while j > sentence.lo and tokens[j].lower in lx.VERB_ADVERBS:
        j -= 1  # "I recently wrote a column ...": an adverb between the subject and its verb
    if p.memory.transcript or j < sentence.lo or tokens[j].lower not in lx.WRITER_PRONOUNS \
            or p.quote_around(tokens[j].start) is not None:
        return False
    if any(start < sentence.end and end > sentence.start for start, end in p.quotes):
        return False
    return _TURN.match(p.text) is None


def writers_voice(p: ParagraphState) -> None:
    """Mark the attributions of the paragraph whose source is the writer's own first person (_the_writers_voice)."""
    for f in p.found:
        if p.text[f.source[0]:f.source[1]].lower() in lx.WRITER_PRONOUNS and f.cue_token > 0 \
                and _the_writers_voice(p, f.cue_token, p.sentence_of(f.cue_token)):
            f.writer = True


def _in_an_open_question(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """'asked Ruiz whether she thought ...', 'a question about whether she agrees', 'learned how they think',
    'asked if he believes': a cue whose subject opens an embedded question reports nothing; the question is
    asked, not answered. "whether" always opens one; "if", "how", "why" and "what" after a word of asking or
    finding out (:data:`lexicon.QUESTION_HEADS`, past the one asked: "asked Obama what he thought")."""
    tokens = p.tokens
    j = verb_group_start(p, i, sentence.lo) - 1  # "why he had criticized": the subject is before "had"
    start = phrases.walk_back(tokens, j, sentence.lo) if j >= sentence.lo and tokens[j].is_word else None
    if start is None or start - 1 < sentence.lo:
        return False
    word = tokens[start - 1].lower
    if word == "whether":
        return True
    if word not in lx.EMBEDDED_QUESTION_WORDS:
        return False
    for j in range(start - 2, max(sentence.lo, start - 7) - 1, -1):
        if tokens[j].lower in lx.QUESTION_HEADS or tokens[j].lower in lx.INQUIRY_FORMS:
            return True
        if not tokens[j].is_word:
            return False
    return False


def _after_an_opinion_lead(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """'I am glad reporters are pointing this out', "We're so pleased the mayor said ...": a cue whose subject
    follows a lead-in of the writer's feeling (a first person and :data:`lexicon.FEELING_ADJECTIVES`) reports the
    writer's opinion, not a source's words."""
    tokens = p.tokens
    verb = verb_group_start(p, i, sentence.lo)
    for j in range(max(sentence.lo, verb - 12), verb - 1):
        end = _opinion_lead_end(tokens, j, sentence)
        if end is None:
            continue
        if end < verb and tokens[end].lower == "that":
            end += 1
        if tokens[i].lower.endswith("ing"):
            return True  # "... are pointing this out and informing us that ...": the participle goes on with it
        return end < verb and phrases.walk_forward(tokens, end, sentence.hi, p.text, subject=True) == verb
    return False


def _opinion_lead_end(tokens: list[Token], j: int, sentence: Sentence) -> Optional[int]:
    """Where a lead-in of feeling that starts its clause at token j ends, or None."""
    if j > sentence.lo and tokens[j - 1].is_word and tokens[j - 1].lower not in {"and", "but", "so"}:
        return None
    w = tokens[j].lower
    if w in {"i", "we"} and j + 2 < sentence.hi and tokens[j + 1].lower in {"am", "are", "was", "were"}:
        k = j + 2
    elif w in {"i'm", "i’m", "we're", "we’re"} and j + 1 < sentence.hi:
        k = j + 1
    else:
        return None
    if k < sentence.hi and tokens[k].lower in {"so", "very", "really", "just"}:
        k += 1
    return k + 1 if k < sentence.hi and tokens[k].lower in lx.FEELING_ADJECTIVES else None


def _first_person_modal(tokens: list[Token], i: int, sentence: Sentence) -> bool:
    """"You shouldn't just believe them", "I can't believe it": a first or second person, a modal and adverbs
    before a cognition cue (a generic or exclamatory voice; "I don't think" is a view, and stays)."""
    j = i - 1
    while j > sentence.lo and (tokens[j].lower in {"just", "really", "even", "not", "n't", "ever"}
                               or tokens[j].lower.endswith("ly") and not tokens[j].is_capitalised):
        j -= 1
    return j - 1 >= sentence.lo and tokens[j].lower in lx.MODAL_VERBS and tokens[j - 1].lower in {"i", "we", "you"}


def _agentless_passive(p: ParagraphState, i: int, prev: str, sentence: Sentence) -> bool:
    """'is believed to', 'was told': a passive with nobody named ("were described by X" and "were
    claimed on Monday by X" are read as passive attributions)."""
    tokens = p.tokens
    return prev in lx.BE_FORMS and not tokens[i].lower.endswith("ing") and passive_agent(p, i, sentence) is None


# Adverbs of time and manner that sit inside a passive verb group: "was first reported", "is never mentioned".
_PASSIVE_ADVERBS: Final = frozenset("not n't never first also later widely jointly originally since again".split())


def passive_be(tokens: list[Token], i: int, sentence: Sentence) -> Optional[int]:
    """The form of "be" of a passive whose participle is at i, past adverbs and negation ("were claimed",
    "was first reported", "had been widely reported", "is never mentioned", "after being warned")."""
    j = i - 1
    while j > sentence.lo and i - j <= 3 and (tokens[j].lower in _PASSIVE_ADVERBS or tokens[j].lower.endswith("ly")
                                              and tokens[j].is_word and not tokens[j].is_capitalised):
        j -= 1
    return j if j >= sentence.lo and tokens[j].lower in lx.BE_FORMS else None


def passive_agent(p: ParagraphState, i: int, sentence: Sentence) -> Optional[int]:
    """'Both attacks were claimed by the group', 'The letter was first reported last week by the Herald',
    'It was never mentioned by the moderators': the "by" that names the source of the passive report at i,
    past at most a time phrase or adverbs ("last week", "on Monday", "in June", "publicly"), when a form of
    "be" stands before the participle and a noun phrase that can speak or be a document follows "by" (not
    "by phone", "by Friday", "by a wide margin"); None otherwise."""
    tokens = p.tokens
    if tokens[i].lower not in lx.PASSIVE_AGENT_CUES or passive_be(tokens, i, sentence) is None:
        return None
    k = complement_end(tokens, i, sentence)
    while k < sentence.hi and k - i <= 5 and tokens[k].lower != "by":
        t = tokens[k]
        if not (t.lower in lx.TIME_PHRASE_WORDS or t.lower in lx.TIME_PHRASE_ENDS or t.lower in lx.SETTING_ADVERBS
                or t.text in lx.MONTH_NAMES or t.text.isdigit()
                or t.lower.endswith("ly") and t.is_word and not t.is_capitalised):
            return None
        k += 1
    if k + 1 >= sentence.hi or tokens[k].lower != "by":
        return None
    end = phrases.walk_forward(tokens, k + 1, sentence.hi, p.text)
    if end is None or end <= k + 1:
        return None
    # "asked by the host whether ...": the phrase ends where a clause or a question opens
    end = next((j for j in range(k + 2, end) if tokens[j].lower in lx.QUESTION_MARKERS or tokens[j].lower == "that"),
               end)
    head = (phrases.core_phrase(tokens[k + 1:end]) or tokens[k + 1:end])[-1]
    if head.lower in lx.TIME_WORDS or head.lower in lx.DAY_WORDS or head.text in lx.MONTH_NAMES \
            or _a_measure(head) or _a_measure(tokens[end - 1]) or any(t.text[0].isdigit() for t in tokens[k + 1:end]):
        return None
    # a usual speaker, or any phrase opened by a determiner ("by the pilot"); not a bare noun ("by phone")
    return k if head_like(head) or tokens[k + 1].lower in lx.DETERMINERS else None


def complement_end(tokens: list[Token], i: int, sentence: Sentence) -> int:
    """Past the complement of a passive report at i that names what its subject was declared or confirmed to be
    ("was declared the winner in the primaries by ...", "was confirmed as one of the passengers by ..."): a
    phrase opened by "as" or a determiner, of words only, that runs to a "by"; i + 1 when there is none."""
    k = i + 1
    if k >= sentence.hi or not (tokens[k].lower == "as" or tokens[k].lower in lx.DETERMINERS) \
            or tokens[k].lower == "that":  # "it was revealed that ...": a clause, no complement
        return k
    for j in range(k + 1, min(sentence.hi, k + 12)):
        t = tokens[j]
        if t.lower == "by":
            # a time is no complement ("announced the same day by ..."): the time phrases are read after this
            timed = all(w.lower in lx.TIME_PHRASE_WORDS or w.lower in lx.TIME_PHRASE_ENDS or w.lower in lx.DETERMINERS
                        for w in tokens[k:j])
            return k if timed else j
        if not t.is_word and t.text not in {"'s", "’s"} or t.lower in lx.SINGLE_CUES or t.lower in lx.VERB_GROUP \
                or t.lower in lx.RELATIVE_CLAUSE_OPENERS or t.lower in {"and", "but", "or"}:
            return k
    return k


# Heads of "by" phrases of means, measure or time, never a source: "by a wide margin", "by the end of May".
_BY_MEASURES: Final = frozenset("margin majority vote votes end way means hand percent points".split())


def _a_measure(t: Token) -> bool:
    """Whether a word of a "by" phrase, its head or its last ("by the narrowest of margins"), is a measure."""
    w = t.lower
    return w in _BY_MEASURES or w.endswith("s") and w[:-1] in _BY_MEASURES


def drop_own_thoughts(p: ParagraphState) -> None:
    """'Ruiz said she thinks the levy will pass', 'Lee told the Herald that he believes ...': a thinking whose
    subject is a pronoun standing for the speaker (agreeing with it in number) and opening what the speaker
    said is the speaker's own hedge of it, not a second source; the content keeps it (and the hedge reading
    gives the speaker the hedge). So is a request told inside what another said ("Hale added that the state
    had asked for aid"): the one who tells of it is the source, the request its content; a request is
    reported in a clause of its own ("The state asked for aid"). Found sorted by cue, contents not yet cut."""
    if len(p.found) < 2:
        return
    dropped = [inner for n, inner in enumerate(p.found)
               if n and (_own_thought(p, inner, p.found[n - 1]) or _relayed_request(p, inner, p.found[n - 1]))]
    if dropped:
        p.found[:] = [f for f in p.found if not any(f is d for d in dropped)]


def _relayed_request(p: ParagraphState, inner: Found, outer: Found) -> bool:
    return inner.lemma == "ask" and inner.content is not None and p.text.startswith("for ", inner.content[0]) \
        and outer.content is not None and not outer.no_comment and outer.sentence == inner.sentence \
        and outer.content[0] <= inner.source[0] and inner.cue[1] <= outer.content[1]


def _own_thought(p: ParagraphState, inner: Found, outer: Found) -> bool:
    if inner.lemma not in lx.COGNITION_LEMMAS or outer.lemma in lx.COGNITION_LEMMAS or outer.no_comment \
            or outer.content is None or outer.sentence != inner.sentence or inner.no_comment:
        return False
    pronoun = p.text[inner.source[0]:inner.source[1]].lower()
    if pronoun not in lx.SPEAKER_PRONOUNS or lx.SPEAKER_PRONOUNS[pronoun] != outer.plural:
        return False
    between = p.text[outer.content[0]:inner.source[0]].strip().lower()
    return outer.content[0] <= inner.source[0] and between in {"", "that"} and inner.cue[1] <= outer.content[1]
