"""Sentence shapes: each function tries one shape of attribution around a cue and,
when the sentence has it, records a :class:`Found` on the paragraph state.

* subject first: ``X said (that) Y`` / ``X, a Y at Z, said: "..."``;
* post-posed: ``Y, X said.`` / ``"Y," X said.``;
* inverted: ``"Y," said X, an analyst at Z.``;
* prepositional: ``according to X`` and passive ``were described by X``;
* participles (``..., adding that Y``) and second verbs (``... and said Y``) borrow
  the source of the clause they hang from;
* possessed statements (``Trump's claim that Y``), signed quotes (``"Y" ― X``) and
  colon-led speakers (``SANDERS: Y``).

``declined to comment`` yields a source with no content.
"""

from __future__ import annotations

import re
from typing import Final, Optional

from claimcheck.article import turns
from claimcheck.article.embeds import post_signature
from claimcheck.engines.rules import lexicon as lx
from claimcheck.engines.rules import phrases
from claimcheck.engines.rules.attributions._content import (
    a_story_told,
    content_after,
    content_before,
    set_off_relative_at,
    postposed_with_setting,
    question_after,
    quotation_at,
    quoted_label_follows,
    skip_adverbials,
    short_phrase_end,
    trailing_phrase,
    trim,
)
from claimcheck.engines.rules.attributions._cues import complement_end, passive_agent, passive_be, verb_group_start
from claimcheck.engines.rules.attributions._noun_phrases import (
    after_opening_phrase,
    antecedent,
    a_tagged_name,
    apposed_subject,
    clause_end,
    clause_subject,
    finite_verb_at,
    head_like,
    long_subject_speaks,
    object_after,
    opening_subject,
    parenthetical_adverb,
    phrase_head,
    quoted_title,
    speaker_like,
    subject_before,
    that_antecedent,
    time_phrase_start,
    verb_of_its_own,
    with_apposition,
)
from claimcheck.engines.rules.attributions._state import Found, ParagraphState, Sentence
from claimcheck.engines.rules.tokens import CLOSE_QUOTES, OPEN_QUOTES, QUOTE_CHARS, Token


def attribute(p: ParagraphState, i: int, entry: lx.CueEntry, after: int, sentence: Sentence) -> None:
    """Try the shapes in turn; the first that fits records the attribution."""
    if entry.family == "according":
        according_to(p, i, after, sentence)
        return
    if entry.family != "no_comment":
        if entry.lemma in lx.QUESTION_CUES and after < sentence.hi and p.tokens[after].lower == "by":
            asked_by(p, i, entry, after, sentence)  # a question asked by someone, or nothing
            return
        if p.tokens[i].lower in lx.PASSIVE_AGENT_CUES and passive(p, i, sentence):
            return
        if entry.lemma in lx.FRONTED_CUES and (i == sentence.lo or _after_opener(p, i, sentence)) \
                and fronted(p, i, entry, after, sentence):
            return
        if inverted(p, i, entry, after, sentence):
            return
        head = _participle_before_to(p.tokens, i, sentence)
        if participle(p, head, entry, after, sentence) or head != i:
            return  # ("By refusing to admit any fault, ...": a participle with no clause to hang from, no finite verb)
        if _after_conjunction(p, i, sentence) and coordinated(p, i, entry, after, sentence):
            return
    subject_first(p, i, entry, after, sentence)


def _record(p: ParagraphState, i: int, after: int, content: Optional[tuple[int, int]], source_type: str,
            sentence: Sentence, plural: bool, anonymous, source: tuple[int, int], lemma: str) -> None:  # noqa: ANN001
    p.found.append(Found(source, (p.tokens[i].start, p.tokens[after - 1].end), content, source_type, i,
                         sentence.index, plural, anonymous, lemma=lemma))


def _borrowed(p: ParagraphState, f: Found, i: int, after: int, content: Optional[tuple[int, int]],
              sentence: Sentence, lemma: str) -> None:
    """Record a cue that shares the source of an attribution already found."""
    _record(p, i, after, content, f.source_type, sentence, f.plural, f.anonymous, f.source, lemma)


def _with_source(p: ParagraphState, i: int, after: int, content: Optional[tuple[int, int]], sentence: Sentence,
                 start: int, end: int, basis_end: int, lemma: str) -> None:
    """Record a cue whose source is ``tokens[start:end]``."""
    source, stype, plural, anon = p.source(start, end, sentence, basis_end)
    _record(p, i, after, content, stype, sentence, plural, anon, source, lemma)


# -- prepositional and passive ----------------------------------------------

def _opens_clause(tokens: list[Token], lo: int, i: int) -> bool:
    """Whether token i opens its clause: past only connectives and commas ("But according to X, ...",
    "However, according to X, ...") or a quotation's opening mark, or after a connective's comma inside the
    sentence ("... and, according to X, adopted ..."). Then what follows is the content."""
    if i - 2 >= lo and tokens[i - 1].text == "," and tokens[i - 2].lower in lx.CONNECTIVE_OPENERS:
        return True
    k = i - 1
    while k >= lo and (tokens[k].text == "," or tokens[k].lower in lx.CONNECTIVE_OPENERS):
        k -= 1
    return k < lo or tokens[k].text[0] in QUOTE_CHARS


def according_to(p: ParagraphState, i: int, after: int, sentence: Sentence) -> None:
    tokens, text = p.tokens, p.text
    end = phrases.walk_forward(tokens, after, sentence.hi, text)
    acronym = after + 1 if after < sentence.hi and tokens[after].lower in lx.DETERMINERS else after
    if acronym < sentence.hi and phrases.is_acronym(tokens[acronym].text) \
            and (end is None or end <= acronym):
        end = acronym + 1  # "According to WHO", "per the WHO": an acronym, not the pronoun
    if end is None:
        end = _titled_work(p, after, sentence)
    if end is None or _a_standard_followed(tokens, after, end):
        return
    clause_initial = _opens_clause(tokens, sentence.lo, i)
    source_end = end
    if not clause_initial:
        source_end = with_apposition(p, end, sentence)
    else:
        end = source_end = _name_after_a_role(tokens, after, end, sentence)
    basis_end = clause_end(p, source_end, sentence)
    source, stype, plural, anon = p.source(after, source_end, sentence, basis_end)
    if clause_initial:
        k = end
        while k < sentence.hi and tokens[k].text != ",":
            k += 1
        content = trim(p, tokens[k].end, sentence.end) if k < sentence.hi else None
        if end - 2 > after and tokens[end - 1].text[0] in QUOTE_CHARS and tokens[end - 2].text == ",":
            content = trim(p, tokens[end - 1].end, sentence.end)  # 'According to "The Parks," the family ...'

    else:
        content = content_before(p, i, sentence)
    # "X said Y, according to Z": the according-to names where X's words were reported
    via_target = None
    for n in range(len(p.found) - 1, p.sentence_first - 1, -1):
        f = p.found[n]
        if f.sentence == sentence.index and 0 < i - f.cue_token <= 3 and f.via is None:
            via_target = n
            content = f.content
            break
    _record(p, i, after, content, stype, sentence, plural, anon, source, "according to")
    if via_target is not None:
        p.found[via_target].via = len(p.found) - 1


# Heads of a role one person holds, which a name set off after it can name ("the firm's spokesman, Tom Lee,").
_ONE_PERSON_ROLES: Final = lx.PERSON_ROLE_NOUNS | lx.SPOKESPERSON_NOUNS


def _name_after_a_role(tokens: list[Token], after: int, end: int, sentence: Sentence) -> int:
    """'According to the firm's spokesman, Tom Lee, the plant will close': after an unnamed role opening the
    sentence, a personal name set off by commas is the role's apposition, not the content's subject; where the
    source ends."""
    head = phrase_head(tokens, after, end).lower
    # one person in the role: a singular noun after a determiner or a possessor ("police, John Smith, 45, was
    # arrested" names the one arrested)
    if end + 2 >= sentence.hi or tokens[end].text != "," or head not in _ONE_PERSON_ROLES \
            or head.endswith("s") or head in lx.INSTITUTION_PLURALS or any(t.is_capitalised for t in tokens[after:end]) \
            or not (tokens[after].lower in lx.DETERMINERS or tokens[after].lower.endswith(("'s", "’s"))):
        return end
    k = end + 1
    while k < sentence.hi and k - end <= 5 and tokens[k].is_word and tokens[k].is_capitalised or k < sentence.hi \
            and tokens[k].text == "." and k > end + 1:
        k += 1
    if k + 1 >= sentence.hi or tokens[k].text != "," or k == end + 1 or phrases.person_name_end(tokens[end + 1:k]) != 0 \
            or tokens[k + 1].text[:1].isdigit():  # "..., John Smith, 45, was": an age, the content's subject
        return end
    return k


def _a_standard_followed(tokens: list[Token], after: int, end: int) -> bool:
    """Whether the phrase of "according to" at tokens[after:end] names a standard, not a source ("according to
    their preference", "according to plan")."""
    head = phrase_head(tokens, after, end).lower
    return head in lx.ACCORDING_TO_A_STANDARD or end - after == 1 and head in lx.ACCORDING_TO_A_BARE_STANDARD


def _titled_work(p: ParagraphState, k: int, sentence: Sentence) -> Optional[int]:
    """'according to "Perfect Enough: A Life" by Lee Park, ...', "According to ''The Parks,'' by Ana Ruiz, ...": a
    work's title in quotation marks, with its author after "by": where the source ends, or None."""
    tokens = p.tokens
    end = quoted_title(tokens, k, sentence)
    if end is None:
        return None
    by = end + 1 if end + 1 < sentence.hi and tokens[end].text == "," and tokens[end + 1].lower == "by" else end
    if by + 1 < sentence.hi and tokens[by].lower == "by" and tokens[by + 1].is_capitalised:
        author = phrases.walk_forward(tokens, by + 1, sentence.hi, p.text)
        if author is not None and author > by + 1:
            return author
    return end


def passive(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """'were described by several US officials'."""
    tokens = p.tokens
    if passive_past_adverbials(p, i, sentence):
        return True
    if not (i + 2 < sentence.hi and tokens[i + 1].lower == "by" and i - 1 >= sentence.lo
            and tokens[i - 1].lower in {"also", "first", "widely", "previously", "as"}
            and tokens[i].lower in lx.PASSIVE_CUE_VERBS):
        return False  # a form of "be" before the participle is read by passive_past_adverbials
    end = phrases.walk_forward(tokens, i + 2, sentence.hi, p.text)
    if end is None:
        return False
    if tokens[i - 1].lower == "as":  # "As reported by the Herald, the dam ...": the clause after the comma
        if i - 1 != sentence.lo or end >= sentence.hi or tokens[end].text != ",":
            return False
        content = trim(p, tokens[end].end, sentence.end)
        _with_source(p, i, i + 2, content, sentence, i + 2, end, clause_end(p, end, sentence), tokens[i].lower)
        return True
    be = i - 1
    while be > sentence.lo and tokens[be].lower not in lx.BE_FORMS:
        be -= 1
    content = trim(p, sentence.start, tokens[be].start)
    _with_source(p, i, i + 2, content, sentence, i + 2, end, clause_end(p, end, sentence), tokens[i].lower)
    return True


def passive_past_adverbials(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """'Both attacks were claimed by the group', 'The letter was first reported last week by the Herald',
    'It was never mentioned by the moderators' (``_cues.passive_agent``): the one after "by" is the source; the
    content is the subject before "be", or, for one told or warned, what follows the source ("He was warned by
    the embassy that the road was closed")."""
    tokens = p.tokens
    by = passive_agent(p, i, sentence)
    if by is None:
        return False
    end = phrases.walk_forward(tokens, by + 1, sentence.hi, p.text)
    if end is None:
        return False
    # "criticized by traders for not raising rates", "accused by the state of hiding it", "asked by the host
    # whether": the source ends before the reason, the charge or the question
    end = next((j for j in range(by + 2, end) if tokens[j].lower in lx.QUESTION_MARKERS or tokens[j].lower == "that"
                or tokens[j].lower == "for" and j + 1 < end and not tokens[j + 1].is_capitalised
                or tokens[j].lower == "of" and j + 1 < end and (tokens[j + 1].lower == "not"
                                                                or tokens[j + 1].lower.endswith("ing"))), end)
    lemma = lx.SINGLE_CUES[tokens[i].lower].lemma
    be = passive_be(tokens, i, sentence)
    it = be
    while it is not None and it > sentence.lo and (tokens[it].lower in lx.VERB_GROUP or tokens[it].lower in lx.BE_FORMS):
        it -= 1
    # "It was first reported by the Ledger that ...", "But it has been said by aides that ...": the clause
    expletive = it is not None and tokens[it].lower == "it" and it <= sentence.lo + 1
    if (lemma == "tell" or lemma in lx.ADDRESSEE_VERBS or expletive) and end < sentence.hi \
            and tokens[end].lower == "that":
        content, _ = content_after(p, end, sentence, True, lemma)
    else:
        lo = be
        while lo is not None and lo - 1 > sentence.lo and tokens[lo - 1].lower in lx.VERB_GROUP:
            lo -= 1  # "has been criticized by": the auxiliaries are part of the verb
        content = trim(p, sentence.start, tokens[lo].start) if lo is not None and lo > sentence.lo else None
        if lo is not None and lo - 1 > sentence.lo and tokens[lo - 1].lower in lx.RELATIVE_PRONOUNS:
            # "the attacks, which were claimed by ...", "a killing that was claimed by ...": the antecedent
            span = that_antecedent(tokens, lo - 1, sentence)
            content = trim(p, tokens[span[0]].start, tokens[span[1] - 1].end)
    complement = complement_end(tokens, i, sentence)
    if complement > i + 1:
        # "Ruiz was confirmed as one of the passengers by the minister": the cue is the verb, and what was confirmed
        # runs from the subject through the complement
        if content is not None:
            content = trim(p, content[0], tokens[by - 1].end) or content
        _with_source(p, i, i + 1, content, sentence, by + 1, end, clause_end(p, end, sentence), lemma)
        return True
    _with_source(p, i, by + 1, content, sentence, by + 1, end, clause_end(p, end, sentence), lemma)
    return True


def asked_by(p: ParagraphState, i: int, entry: lx.CueEntry, after: int, sentence: Sentence) -> bool:
    """'Ruiz was asked by a reporter whether ...', 'Asked by the host about ..., Ruiz said':
    a passive question whose asker is named after "by"; the content is the question."""
    tokens = p.tokens
    end = phrases.walk_forward(tokens, after + 1, sentence.hi, p.text)
    if end is None:
        return False
    end = next((j for j in range(after + 2, end) if tokens[j].lower in lx.QUESTION_MARKERS), end)
    content = question_after(p, end, sentence)
    if content is None and end < sentence.hi and tokens[end].text == ",":
        content = quotation_at(p, end, sentence)  # "asked by the host, who backs the plan, "Now, ...?"": past the aside
        if content is None and end + 1 < sentence.hi and tokens[end + 1].lower in {"who", "whom"}:
            # an aside of its own clauses ("who backs Lee, but has doubted the story, "Now ...?""): its last comma
            content = next((q for j in range(end + 2, min(sentence.hi, end + 40)) if tokens[j].text == ","
                            for q in [quotation_at(p, j, sentence)] if q is not None), None)
    if content is None:
        return False
    _with_source(p, i, after, content, sentence, after + 1, end, clause_end(p, end, sentence), entry.lemma)
    return True


# -- cues that share a source already in the sentence --------------------------

def governing(p: ParagraphState, sentence: Sentence, i: int) -> Optional[Found]:
    """The main attribution a participle or second verb hangs from: the first of
    its sentence, or the previous sentence's when a quote runs on, or when its content runs up to a
    sentence too short to have a clause of its own before the cue ("Roe v. Wade, and reminded ...": a
    sentence broken at an abbreviation). Indirect content ending its sentence is no such run: "Ruiz
    endorsed Park, saying .... But some of his backers remain wary, citing ..." cites the backers' words."""
    for f in p.found[p.sentence_first:]:
        if f.sentence == sentence.index and not f.no_comment and f.cue_token < i:
            return f
    if p.found:
        last = p.found[-1]
        if last.sentence == sentence.index - 1 and not last.no_comment and last.content \
                and last.content[1] >= sentence.start - 2 \
                and (p.text[last.content[1] - 1] in QUOTE_CHARS or 1 < i - sentence.lo <= 3):
            return last
    return None


def _attribution_just_before(p: ParagraphState, i: int, sentence: Sentence) -> Optional[Found]:
    """'Lee said ..., the aide recalled, adding that ...': an attribution of the sentence whose cue or
    source ends right before the participle's comma is the one the participle goes on with."""
    tokens = p.tokens
    if i - 2 < sentence.lo or tokens[i - 1].text != ",":
        return None
    end = tokens[i - 2].end
    for f in reversed(p.found[p.sentence_first:]):
        if f.sentence != sentence.index or f.no_comment or f.cue_token >= i or f.content is None:
            continue
        # post-posed ("..., the aide recalled,") or inverted ("..., said the aide,"): the content comes first
        if f.content[1] <= min(f.cue[0], f.source[0]) and end == max(f.cue[1], f.source[1]):
            return f
    return None


def _finite_verb_before(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """Whether the sentence's subject and its finite verb come before token i ("Lopez posted a
    video saying", "Cruz is making a pitch to voters saying"), so that a participle at i hangs
    from that clause."""
    return _subject_with_verb_before(p, i, sentence, True) is not None


def _subject_with_verb_before(p: ParagraphState, i: int, sentence: Sentence,
                              strict: bool) -> Optional[tuple[int, int]]:
    """The sentence's subject when it and its finite verb come before token i; ``strict`` asks for a
    usual speaker, otherwise a phrase opened by a determiner or a name will do ("The town released a
    statement saying ...": whoever releases a statement is the one saying)."""
    lo = after_opening_phrase(p, sentence)
    end = phrases.walk_forward(p.tokens, lo, sentence.hi, p.text, subject=True)
    past_asides = _subject_past_asides(p, i, sentence) if end is not None and end < i - 1 \
        and p.tokens[end].text == "," else None
    if past_asides is not None and past_asides[0][0] == lo:
        # "Lee, who said last week that ..., issued a statement Tuesday saying ...": the subject past its asides
        # (not inside a clause after the verb: "Lee, for one, said he hopes it ends in Ruiz claiming ...")
        (lo, end), verb = past_asides
        return (lo, end) if verb < i - 1 and speaker_like(p.tokens[lo:end], strict) and (
            phrases.past_verb(p.tokens[verb].lower) or _an_object_before(p, i)) and not any(
            t.lower in lx.CLAUSE_SUBJECT_PRONOUNS or t.lower in lx.CONTRACTED_PRONOUNS or t.lower == "that"
            for t in p.tokens[verb + 1:i]) else None
    if end is None or end >= i - 1 or not speaker_like(p.tokens[lo:end], strict):
        return None
    # a verb group ("is making a pitch to voters saying") needs an object noun phrase before the participle
    if phrases.past_verb(p.tokens[end].lower) or finite_verb_at(p.tokens, end, i) and _an_object_before(p, i):
        return lo, end
    return None


def _after_document(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """Whether the participle at i follows a document noun, past a day ("a statement Wednesday saying")."""
    tokens = p.tokens
    k = i - 1
    if k > sentence.lo and tokens[k].lower in lx.DAY_WORDS:
        k -= 1
    return k >= sentence.lo and tokens[k].lower in lx.DOCUMENT_NOUNS


def _received_document(p: ParagraphState, i: int, sentence: Sentence) -> Optional[tuple[int, int]]:
    """The document a verb of receiving or finding has as its object right before the participle at i ("received a
    letter from the principal on Wednesday saying", "obtained an email saying"): its determiner to its noun, with
    what it is from; else None."""
    tokens = p.tokens
    for d in range(i - 1, max(sentence.lo, i - 9), -1):
        if tokens[d].lower in lx.DOCUMENT_NOUNS and d - 1 > sentence.lo and tokens[d - 1].lower in lx.DETERMINERS \
                and tokens[d - 2].lower in lx.RECEIVING_VERBS:
            end = d + 1
            if end < i and tokens[end].lower == "from":
                tail = phrases.walk_forward(tokens, end + 1, i, p.text)
                end = tail if tail is not None and tail <= i else end
            between = tokens[end:i]
            # only a day or a time phrase between the text and the participle ("on Wednesday", "last week")
            if all(t.lower in lx.DAY_WORDS or t.lower in lx.TIME_WORDS or t.lower in {"on", "last", "this", "early",
                                                                                    "late"} for t in between):
                return d - 1, end
            return None
    return None


def _an_object_before(p: ParagraphState, i: int) -> bool:
    """Whether a noun phrase ends right before the participle at i as an object ("is making a
    pitch to voters saying"), not a verb taking a gerund ("has begun calling", "could be heard
    calling")."""
    before = p.tokens[i - 1]
    return head_like(before) and not phrases.past_verb(before.lower) and before.lower not in lx.PREPOSITIONS


def _absolute_subject(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """'..., with 30 percent of voters saying ...', '... issued a statement – Ryan saying he was pleased and Lee
    calling it a good meeting': the phrase after "with", or opening the words after a dash or colon (and a name
    coordinated with such a phrase), is the participle's own subject, not an object of the clause's verb."""
    tokens = p.tokens
    start = phrases.walk_back(tokens, i - 1, sentence.lo)
    if start is None or start - 1 < sentence.lo:
        return False
    lead = tokens[start - 1]
    if lead.lower in {"with", "without"}:
        return True
    if not head_like(tokens[i - 1]):
        return False  # "- only saying ...": an adverb, no subject of its own
    if lead.text in _ABSOLUTE_LEADS:
        return True
    if lead.lower != "and" or not tokens[start].is_capitalised:
        return False
    for k in range(start - 2, max(sentence.lo, start - 25) - 1, -1):
        if tokens[k].text in _ABSOLUTE_LEADS:  # "– Ryan saying ... and Lee calling": the first one's lead
            return tokens[k + 1].is_capitalised and any(t.lower in lx.PARTICIPLE_CUES for t in tokens[k + 2:start - 1])
        if tokens[k].text == ",":
            return False
    return False


_ABSOLUTE_LEADS: Final = lx.DASHES | {":", ";"}


def _speaking_object(p: ParagraphState, i: int, sentence: Sentence) -> Optional[tuple[int, int]]:
    """Whether the participle at i has its own subject in the people named right before it, the object of a verb
    that neither sends nor tells ("an ad featuring Hispanics telling their stories", "remembered Ruiz claiming ...",
    "showed State Guard fighters warning ..."): a reduced relative, whose speaker is that phrase. Not the one a
    message goes to ("sent Ruiz a note saying", "emailed supporters saying", "a letter to Ruiz asking"), nor a name
    after a preposition ("a report from Bloomberg saying")."""
    tokens = p.tokens
    k = i - 1
    head = tokens[k]
    if i - 2 < sentence.lo or not head.is_word or head.lower in lx.PRONOUNS or not (
            head.is_capitalised or head.lower in lx.PERSON_NOUNS and head.lower.endswith("s")):
        return None
    while k - 1 > sentence.lo and tokens[k - 1].is_word and tokens[k - 1].is_capitalised:
        k -= 1
    if k - 1 > sentence.lo and tokens[k - 1].lower in lx.ARTICLES_AND_POSSESSIVES:
        k -= 1
    if k - 1 <= sentence.lo:
        return None  # the sentence's own subject: not an object
    before = tokens[k - 1]
    w = before.lower
    verb = before.is_word and not before.is_capitalised and w not in lx.PREPOSITIONS and w not in lx.DETERMINERS \
        and w not in lx.SINGLE_CUES and w not in lx.SENDING_VERBS and w not in lx.VERB_GROUP \
        and w not in {"and", "or"} and (phrases.past_verb(w) or w.endswith("ing"))
    return (k, i) if verb and (head.is_capitalised or tokens[k].lower in lx.ARTICLES_AND_POSSESSIVES) else None


def _speaker_after_with(p: ParagraphState, i: int, sentence: Sentence) -> Optional[tuple[int, int]]:
    """The speaker of a participle at i that has its own subject after "with" ("ended with Ruiz asking ...", ",
    with one man shouting that ..."): the phrase between, when it can speak; None otherwise."""
    tokens = p.tokens
    if i - 2 < sentence.lo or not tokens[i - 1].is_word or tokens[i - 1].lower in lx.PRONOUNS:
        return None
    for k in range(i - 2, max(sentence.lo, i - 10) - 1, -1):
        if not tokens[k].is_word:
            return None
        if tokens[k].lower == "with":
            end = phrases.walk_forward(tokens, k + 1, sentence.hi, p.text, subject=True)
            return (k + 1, i) if end == i and long_subject_speaks(tokens[k + 1:i]) else None
    return None


def _participle_before_to(tokens: list[Token], i: int, sentence: Sentence) -> int:
    """Where the participle of a cue at i stands: i itself, the -ing verb of trying, refusing or going on before
    its "to" (", refusing to acknowledge that ...", "while trying to explain ...", "Continuing to explain his view,
    Ruiz ..."), or the "having" of a perfect participle, which then leads the cue as a participle cue would."""
    k = i - 2
    if k >= sentence.lo and tokens[i - 1].lower == "to" and tokens[k].lower in lx.SPEECH_INFINITIVE_VERBS \
            and tokens[k].lower.endswith("ing") and not (k - 1 >= sentence.lo and tokens[k - 1].lower in lx.VERB_GROUP):
        return k  # (not after an auxiliary: "is continuing to insist" is a finite verb group)
    if i - 1 >= sentence.lo and tokens[i - 1].lower == "having" and phrases.past_verb(tokens[i].lower):
        return i - 1  # "Having announced that he would stay, Ruiz ...": the perfect participle leads
    return i


def participle(p: ParagraphState, i: int, entry: lx.CueEntry, after: int, sentence: Sentence) -> bool:
    """', adding that Y': the source is the one the clause already has. Token i is the participle: the cue's, or
    the verb of trying or refusing its infinitive hangs from (", refusing to acknowledge ...")."""
    tokens = p.tokens
    if tokens[i].lower not in lx.PARTICIPLE_CUES and not (tokens[i].lower in lx.SPEECH_INFINITIVE_VERBS
                                                           and tokens[i + 1].lower == "to" and i + 2 < after) \
            and not (tokens[i].lower == "having" and i + 1 < after) \
            or _in_a_series(tokens, i, sentence):
        return False
    quoted = _quoted_as(p, i, sentence)
    if quoted is not None:
        # "The Herald quoted an aide as saying ...": the aide says it, as relayed by the Herald (the quoting verb
        # is the Herald's attribution, whose content opens with the aide: ``relayed_speech`` makes them one chain)
        content, _ = content_after(p, _past_setting_and_recipient(p, after, entry, sentence), sentence, True)
        quoting = quoted[0] - 1
        quoter = subject_before(p, quoting, sentence)
        if quoter is not None and quoter[1] == quoting:
            _with_source(p, quoting, quoting + 1, trim(p, tokens[quoted[0]].start, sentence.end), sentence,
                         *quoter, tokens[quoter[1] - 1].end, "quote")
        _with_source(p, i, after, content, sentence, *quoted, tokens[quoted[1] - 1].end, entry.lemma)
        return True
    quoted = _quoted_passively(p, i, sentence) or _perceived_passively(p, i, sentence)
    if quoted is not None:  # "Ruiz was quoted as saying ...", "Lee was heard telling ...": the passive's subject
        passer = _passive_quoter(p, i, after, sentence)
        words_from = passer[2] if passer is not None and passer[2] > after else after
        content, _ = content_after(p, _past_setting_and_recipient(p, words_from, entry, sentence), sentence, True)
        if content is None:  # '"We are done," Ruiz was quoted as saying.': the quotation before the speaker
            content = content_before(p, quoted[0], sentence)
        _with_source(p, i, after, content, sentence, *quoted, tokens[quoted[1] - 1].end, entry.lemma)
        if passer is not None:
            # "Ruiz was quoted by the Tide as saying ...": the Tide passes Ruiz's words on, one chain
            speaker = len(p.found) - 1
            quoting, start, end = passer[0], passer[1], passer[2]
            _with_source(p, quoting, quoting + 1, content, sentence, start, end, tokens[end - 1].end, "quote")
            p.found[speaker].via, p.found[-1].relays = len(p.found) - 1, speaker
        return True
    if i == sentence.lo:  # "Noting that the vote was close, Ruiz said ...": the participle opens the sentence
        content, _ = content_after(p, _past_setting_and_recipient(p, after, entry, sentence), sentence, True)
        return _in_opening_phrase(p, i, after, entry, content, sentence)
    after_with = _speaker_after_with(p, i, sentence) or _speaking_object(p, i, sentence)
    if after_with is not None:
        # "The talk ended with Ruiz asking Lee whether ...", "an ad featuring Hispanics telling their stories": the
        # participle's own subject is the phrase right before it
        content, _ = content_after(p, _past_setting_and_recipient(p, after, entry, sentence), sentence, True)
        _with_source(p, i, after, content, sentence, *after_with, tokens[after_with[1] - 1].end, entry.lemma)
        return True
    # ", later adding that ...", ", recently telling ...": an adverb between the lead and the participle
    lead = i - 2 if _adverb_before(tokens, i, sentence) else i - 1
    # "posted a video on Friday saying ...": a participle right after the object of
    # the sentence's verb still reports the sentence's subject
    after_object = lead == i - 1 and tokens[i - 1].is_word and tokens[i - 1].lower not in lx.AUXILIARIES \
        and tokens[i - 1].lower not in lx.PRONOUNS and not _absolute_subject(p, i, sentence) \
        and (_finite_verb_before(p, i, sentence) or _after_document(p, i, sentence)
             and _subject_with_verb_before(p, i, sentence, False) is not None)
    received = _received_document(p, i, sentence) if after_object else None
    if received is not None:
        # "Parents received a letter from the principal on Wednesday saying ...": a text someone received says it,
        # not the one who received it (one who sent, posted or issued it says it through it, as above)
        content, _ = content_after(p, _past_setting_and_recipient(p, after, entry, sentence), sentence, True)
        _with_source(p, i, after, content, sentence, *received, p.tokens[received[1] - 1].end, entry.lemma)
        return True
    # '"I do not like it," adding that ...': the comma sits inside the closing quote (of one mark, or of
    # two apostrophes, which are two tokens)
    after_quote = tokens[i - 1].text[0] in CLOSE_QUOTES and _comma_before_mark(p, tokens[i - 1].start)
    # ", saying", "— saying", "- saying" (a dash as plain text types it), "and saying"
    if tokens[lead].text not in lx.PARTICIPLE_LEADS and tokens[lead].lower not in lx.GERUND_PREPOSITIONS \
            and not after_object and not after_quote:
        return False
    content, _ = content_after(p, _past_setting_and_recipient(p, after, entry, sentence), sentence, True)
    judged = _judged_for_saying(p, lead, sentence) if tokens[lead].lower in lx.REASON_PREPOSITIONS else None
    if judged is not None:
        # "Democrats criticized Ruiz for saying ...", "called him a liar for continuing to insist ...": the one
        # praised or blamed for the words said them, not the one who judges
        _with_source(p, i, after, content, sentence, *judged, tokens[judged[1] - 1].end, entry.lemma)
        return True
    if tokens[lead].lower in lx.GERUND_PREPOSITIONS and tokens[lead].lower not in _NO_SAYING_PREPOSITIONS \
            and lead > sentence.lo and _opens_clause(tokens, sentence.lo, lead) \
            and _in_opening_phrase(p, i, after, entry, content, sentence):
        return True  # "But after saying ..., Ruiz changed course", "Now, after arguing ..., his team ...": as at the start
    f = _attribution_just_before(p, lead + 1, sentence) or governing(p, sentence, i)
    if f is not None and (tokens[lead].text == "," or after_quote):
        # (the relative clause may end in a quotation that holds the comma: 'critics who say he is "weak," saying')
        subject = _subject_of_an_objects_relative(p, f, i, sentence)
        if subject is not None:
            # "Obama rebuked critics who say he should ..., saying ...": the relative clause describes the object;
            # the participle goes on with the clause's subject
            _with_source(p, i, after, content, sentence, *subject, tokens[subject[1] - 1].end, entry.lemma)
            return True
    # "He apologized the next day, saying ...", "... and the group sued, saying ...": a clause
    # with its own subject and verb that begins after the attribution found first (or in a
    # sentence of its own) is the one the participle hangs from
    own = _nearest_clause_subject(p, i, sentence) if f is not None else None
    if f is not None and tokens[lead].text == ",":
        # "Christie acknowledged plagiarism even as he defended the campaign, saying ...": a clause of contrast or
        # time after the attribution, closed only by the participle's comma, has the participle's subject
        subordinate = _nearest_clause_subject(p, lead, sentence)
        if subordinate is not None and f.cue_token < subordinate[0] \
                and tokens[subordinate[0] - 1].lower in _CONTRAST_SUBORDINATORS \
                and (own is None or subordinate[0] > own[0]):
            own = subordinate
    if own is not None and f.cue_token < own[0]:  # type: ignore[union-attr]
        _with_source(p, i, after, content, sentence, *own, tokens[own[1] - 1].end, entry.lemma)
        return True
    if f is not None:
        _borrowed(p, f, i, after, content, sentence, entry.lemma)
        return True
    if tokens[lead].lower in lx.GERUND_PREPOSITIONS and lead == sentence.lo:
        return _in_opening_phrase(p, i, after, entry, content, sentence)
    subject = clause_subject(p, sentence, i)
    if subject is not None and tokens[lead].text == ",":
        # "They were close to a deal when Trump scuttled the talks, citing violence": a subordinate clause whose
        # subject is a name, closed only by the participle's comma, is the one the participle hangs from (not
        # "apologized after they came out, saying": a pronoun or a thing is as likely the main clause's object)
        own = _nearest_clause_subject(p, lead, sentence)
        if own is not None and own[0] > subject[0] and tokens[own[0] - 1].lower in _SUBORDINATORS \
                and (tokens[own[0]].is_capitalised and tokens[own[0]].lower not in lx.PRONOUNS
                     or tokens[own[0] - 1].lower in _CONTRAST_SUBORDINATORS
                     and phrase_head(tokens, *own).lower in lx.PERSON_NOUNS):
            subject = own  # (or a person after "as", "while", "though": "... as a guard walks in, saying ...")
        elif own is not None and own[0] - 2 > subject[0] and tokens[own[0] - 1].lower in {"but", "and"} \
                and tokens[own[0] - 2].text == ",":
            subject = own  # "Lee pivoted to trade, but Ruiz pressed him, asking ...": the clause coordinated last
    elif tokens[lead].lower in lx.GERUND_PREPOSITIONS and lead > sentence.lo:
        # "Clinton won the state, while Sanders has soared in the polls by saying ...": a gerund after its
        # preposition hangs from the verb right before it, whose subject opens the clause last begun
        # (with no subject of the sentence, not after a noun's "of" or "for": "weigh the risks of telling ...")
        # (the clause's verb is the last before the preposition: "When he returned he began by saying" is not
        # the first "he"'s)
        own = _nearest_clause_subject(p, lead, sentence)
        if own is not None and (own[0] > subject[0] if subject is not None else tokens[lead].lower not in {"of", "for"}) \
                and not any(finite_verb_at(tokens, k, lead) for k in range(_past_verb_group(tokens, own[1], lead), lead)):
            subject = own
    if subject is None and _after_document(p, i, sentence):
        # "The town released a statement saying ...": the one who issued the document says it
        subject = _subject_with_verb_before(p, i, sentence, False)
    if subject is None or subject[1] > i:
        return False
    _with_source(p, i, after, content, sentence, *subject, tokens[subject[1] - 1].end, entry.lemma)
    return True


# Gerunds after these tell of a saying not done or a reason, not of one done ("Instead of calling himself a
# conservative, ...", "Without saying why, ...").
_NO_SAYING_PREPOSITIONS: Final = frozenset("of for from without".split())


def _judged_for_saying(p: ParagraphState, lead: int, sentence: Sentence) -> Optional[tuple[int, int]]:
    """The object of the verb before a gerund's "for" or "over" ("criticized Ruiz for saying", "thanked voters for
    telling", "called him a liar for insisting"), when it is someone who can speak: a name, a pronoun, a noun of a
    person, a body or a document; None when the verb has no such object ("drew criticism for saying", "apologized
    to voters for saying", "was criticized for saying": the subject spoke)."""
    tokens = p.tokens
    verb = lead - 1
    while verb > sentence.lo and not (tokens[verb].is_word and not tokens[verb].is_capitalised and (
            phrases.past_verb(tokens[verb].lower) or tokens[verb].lower in lx.SINGLE_CUES)):
        if tokens[verb].text in {",", ";", ":"} or tokens[verb].text[0] in QUOTE_CHARS:
            return None
        verb -= 1
    start = verb + 1
    if verb <= sentence.lo or start >= lead or tokens[verb - 1].lower in lx.BE_FORMS:
        return None  # no verb before, nothing between it and the preposition, or a passive's participle
    if tokens[start].lower in lx.OBJECT_PRONOUNS:
        end = start + 1
    else:
        found = phrases.walk_forward(tokens, start, lead, p.text)
        if found is None or found > lead:
            return None
        # "awarded Carly Fiorina three Pinocchios for ...": a name, then the second object's determiner
        end = next((j for j in range(start + 1, found) if tokens[j].lower in lx.DETERMINERS
                    and tokens[j - 1].is_capitalised and not tokens[j].is_capitalised), found)
    head = phrase_head(tokens, start, end)
    if not (head.lower in lx.OBJECT_PRONOUNS or head.is_capitalised and head.is_word
            or head.lower in lx.PERSON_NOUNS or head.lower in lx.ORGANIZATION_NOUNS or head.lower in lx.DOCUMENT_NOUNS
            or head.lower in lx.PEOPLE_WORDS):
        return None
    if end < lead:  # "called him a liar for ...": a predicate noun phrase may stand between
        rest = phrases.walk_forward(tokens, end, lead, p.text)
        if rest != lead or tokens[end].lower not in lx.DETERMINERS:
            return None
    return start, end


def _subject_of_an_objects_relative(p: ParagraphState, f: Found, i: int,
                                    sentence: Sentence) -> Optional[tuple[int, int]]:
    """When the attribution f is a relative clause hanging from the object of the sentence's verb ("rebuked
    critics who say ..."): that sentence's subject (before the verb), or None."""
    tokens = p.tokens
    k = f.cue_token
    while k > sentence.lo and tokens[k - 1].start >= f.source[1]:
        k -= 1  # the first token after the source
    if not (k < f.cue_token and tokens[k].lower in {"who", "that"} and tokens[k].start >= f.source[1]):
        return None
    s = k - 1
    while s > sentence.lo and tokens[s - 1].start >= f.source[0]:
        s -= 1  # the source's first token
    verb = s - 1
    if verb <= sentence.lo or tokens[verb].is_capitalised or not phrases.past_verb(tokens[verb].lower) \
            or tokens[verb].lower in lx.SINGLE_CUES:
        return None
    subject = clause_subject(p, sentence, i)
    if subject is None or subject[1] > verb or not any(finite_verb_at(tokens, v, verb + 1)
                                                      for v in range(subject[1], verb + 1)):
        return None
    return subject


def _past_verb_group(tokens: list[Token], k: int, hi: int) -> int:
    """Past the verb group that opens at token k ("has soared", "quickly returned"), before hi."""
    while k < hi and (tokens[k].lower in lx.VERB_GROUP or phrases.past_verb(tokens[k].lower)
                      or tokens[k].lower.endswith("ly") and not tokens[k].is_capitalised):
        k += 1
    return k


def _adverb_before(tokens: list[Token], i: int, sentence: Sentence) -> bool:
    """Whether an adverb of time or manner stands between a participle's lead and the participle at i
    (", later adding", ", eventually saying", "and then telling"): the participle goes on with the clause
    before, as it does right after the lead. A hedge ("possibly calling himself ...") tells of no saying done.
    A gerund's preposition is such a lead too: "while also saying", "after initially saying"."""
    if i - 2 < sentence.lo or tokens[i - 2].text not in lx.PARTICIPLE_LEADS \
            and tokens[i - 2].lower not in lx.GERUND_PREPOSITIONS:
        return False
    w = tokens[i - 1]
    return not w.is_capitalised and w.is_word and (w.lower in lx.ADVERBS_BEFORE_PARTICIPLE or w.lower.endswith("ly")
                                                   and len(w.lower) > 4 and w.lower not in lx.HEDGE_FIRST_WORDS)


_QUOTING_VERBS: Final = frozenset("quote quotes quoted quoting".split())


def _quoted_as(p: ParagraphState, i: int, sentence: Sentence) -> Optional[tuple[int, int]]:
    """'The Herald quoted an aide as saying ...', 'CNN quoted Lee Park, a witness, as saying ...': the noun
    phrase between a verb of quoting and "as" before the participle, which is the one who said it (the one who
    quotes only passes it on)."""
    tokens = p.tokens
    if i - 3 < sentence.lo or tokens[i - 1].lower != "as":
        return None
    for k in range(i - 3, max(sentence.lo, i - 16) - 1, -1):
        t = tokens[k]
        if t.lower in _QUOTING_VERBS and not t.is_capitalised:
            start, end = k + 1, i - 1  # (the quoting verb is the token before the phrase)
            if tokens[start].lower in {"by", "in", "on"}:
                return None  # "was quoted by the Herald as saying": the passive (``_quoted_passively``)
            if end > start and tokens[end - 1].text == ",":
                end -= 1  # "quoted Lee Park, a witness, as saying"
            return (start, end) if end > start and tokens[start].is_word else None
        if not (t.is_word or t.text in {",", "'s", "’s", "-", "."}) or t.lower in lx.VERB_GROUP \
                or t.lower in lx.BE_FORMS or t.lower in lx.SINGLE_CUES:
            return None
    return None


def _quoted_passively(p: ParagraphState, i: int, sentence: Sentence) -> Optional[tuple[int, int]]:
    """'Ruiz was quoted as saying ...', 'Lee is often quoted by the Herald as saying ...': the subject of the passive
    of a verb of quoting, then "as" before the participle, is the one who said it (the one after "by" only passes
    it on)."""
    tokens = p.tokens
    if i - 3 < sentence.lo or tokens[i - 1].lower != "as":
        return None
    for k in range(i - 2, max(sentence.lo, i - 12) - 1, -1):
        t = tokens[k]
        if t.lower == "quoted" and not t.is_capitalised:
            if k + 1 < i - 1 and tokens[k + 1].lower not in {"by", "in", "on"}:
                return None  # "quoted the aide as saying" is the active (``_quoted_as``)
            b = k - 1
            while b > sentence.lo and (tokens[b].lower.endswith("ly") or tokens[b].lower in lx.VERB_ADVERBS) \
                    and not tokens[b].is_capitalised:
                b -= 1  # "was widely quoted", "is often quoted"
            if b < sentence.lo or tokens[b].lower not in lx.BE_FORMS:
                return None
            subject = subject_before(p, k, sentence)
            return subject if subject is not None and subject[1] <= b else None
        if not (t.is_word or t.text in {",", "'s", "’s", "."}) or t.lower in lx.VERB_GROUP \
                or t.lower in lx.SINGLE_CUES:
            return None
    return None


def _passive_quoter(p: ParagraphState, i: int, after: int, sentence: Sentence) -> Optional[tuple[int, int, int]]:
    """Who passes on the words in "Ruiz was quoted by the Tide as saying ..." or "... quoted as saying by the
    Tide": the quoting verb's token and the phrase after its "by", as (quoting, start, end)."""
    tokens = p.tokens
    quoting = next((k for k in range(i - 2, max(sentence.lo, i - 12) - 1, -1) if tokens[k].lower == "quoted"), None)
    if quoting is None:
        return None  # a verb of perceiving: "Lee was heard telling ..." passes nothing on
    for by in (quoting + 1, after):
        if by + 1 < sentence.hi and tokens[by].lower == "by":
            end = phrases.walk_forward(tokens, by + 1, sentence.hi, p.text)
            if end is not None and (by == after or end == i - 1):
                return quoting, by + 1, end
    return None


def _perceived_passively(p: ParagraphState, i: int, sentence: Sentence) -> Optional[tuple[int, int]]:
    """'Lee was heard on a microphone telling Christie ...', 'The mayor was caught on tape saying ...': the subject
    of the passive of a verb of perceiving or recording (:data:`lexicon.PERCEPTION_PARTICIPLES`), then at most a
    short setting, then the participle, is the one who spoke."""
    tokens = p.tokens
    for k in range(i - 1, max(sentence.lo, i - 8) - 1, -1):
        t = tokens[k]
        if t.lower in lx.PERCEPTION_PARTICIPLES and not t.is_capitalised:
            b = k - 1
            while b > sentence.lo and tokens[b].lower.endswith("ly") and not tokens[b].is_capitalised:
                b -= 1  # "was reportedly heard"
            if b < sentence.lo or tokens[b].lower not in lx.BE_FORMS:
                return None
            subject = subject_before(p, b, sentence)
            return subject if subject is not None and subject[1] <= b else None
        if not t.is_word or t.lower in lx.SINGLE_CUES or t.lower in lx.RELATIVE_PRONOUNS or t.lower == "that":
            return None
    return None


def _in_a_series(tokens: list[Token], i: int, sentence: Sentence) -> bool:
    """'began shouting, pointing, jeering': an -ing form listed between commas with another -ing form
    before it is one of a series of doings, no participle reporting speech."""
    return i - 2 >= sentence.lo and tokens[i - 1].text == "," and tokens[i - 2].lower.endswith("ing") \
        and tokens[i - 2].is_word and i + 1 < sentence.hi and tokens[i + 1].text in {",", "and"}


def _comma_before_mark(p: ParagraphState, start: int) -> bool:
    """Whether a comma ends the quotation whose closing mark ends with the character at ``start`` (a mark
    of two apostrophes is two tokens: the comma sits before the first)."""
    k = start - 1
    if p.text[start] == "'" and k >= 0 and p.text[k] == "'":
        k -= 1
    return k >= 0 and p.text[k] == ","


def _in_opening_phrase(p: ParagraphState, i: int, after: int, entry: lx.CueEntry,
                       content: Optional[tuple[int, int]], sentence: Sentence) -> bool:
    """'After saying he was nervous, the man asked ...', 'While saying that ..., she
    continued ...', 'Noting that ..., Ruiz writes ...': the participle opens the sentence; its
    source is the subject after the comma, and its content ends at that comma."""
    tokens = p.tokens
    comma = next((k for k in range(after, min(sentence.hi, after + 40)) if tokens[k].text == ","), None)
    if comma is None:
        return False
    lo = comma + 1
    end = phrases.walk_forward(tokens, lo, sentence.hi, p.text, subject=True)
    if end is None or not (finite_verb_at(tokens, end, sentence.hi) or end < sentence.hi and tokens[end].lower
                           in lx.SINGLE_CUES) or not speaker_like(tokens[lo:end], True):
        return False
    subject = (lo, end)
    if content is not None:
        content = trim(p, content[0], min(content[1], tokens[comma].start))
    _with_source(p, i, after, content, sentence, *subject, tokens[end - 1].end, entry.lemma)
    return True


def _after_conjunction(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """'... and said', '... but has said', '... and then told', '..., then said'."""
    j = i - 1
    while j > sentence.lo and (p.tokens[j].lower in lx.AUXILIARIES and p.tokens[j].lower not in {"and", "but"}
                               or _adverb_in_verb_group(p.tokens, j)):
        j -= 1  # "... and specifically mentioned", "... but has since said"
    timed = time_phrase_start(p.tokens, j, sentence.lo)  # "... but on Tuesday wrote"
    if timed is not None:
        j = timed - 1
    else:
        j = _setting_start(p, j, sentence) - 1  # "..., but in a later interview said"
    return j >= sentence.lo and (p.tokens[j].lower in {"and", "but"}
                                 or p.tokens[j].text == "," and p.tokens[j + 1].lower == "then"  # "..., then said"
                                 and not p.tokens[i].lower.endswith("ing"))


def _adverb_in_verb_group(tokens: list[Token], j: int) -> bool:
    """Whether token j is an adverb inside a second verb's group: "since" after "has" ("but has since said"), or
    a lower-case word in -ly after a comma and "and" or "but" (", and specifically mentioned"; with no comma, "rough
    and racially charged", "courted by many and widely expected" are a participle's)."""
    t = tokens[j]
    if t.is_capitalised or not t.is_word:
        return False
    if t.lower == "since":
        return j > 0 and tokens[j - 1].lower in {"has", "have", "had"}
    return t.lower.endswith("ly") and len(t.lower) > 4 and t.lower not in lx.PERSON_NOUNS \
        and t.lower not in lx.HEDGE_FIRST_WORDS and j - 2 >= 0 and tokens[j - 1].lower in {"and", "but"} \
        and tokens[j - 2].text == ","


def _setting_start(p: ParagraphState, j: int, sentence: Sentence) -> int:
    """Where a short phrase of setting that ends at token j begins ("in a later interview", "at a rally
    in Ames"), right after "and" or "but"; j + 1 when there is none."""
    tokens = p.tokens
    if j < sentence.lo or not tokens[j].is_word or tokens[j].is_capitalised or tokens[j].lower in lx.PRONOUNS \
            or tokens[j].lower in lx.PERSON_NOUNS or tokens[j].lower in lx.ORGANIZATION_NOUNS:
        return j + 1  # "... and at the Justice Department have said": a subject's phrase, no setting
    for k in range(j - 1, max(sentence.lo, j - 7), -1):
        if not tokens[k].is_word or tokens[k].lower in {"and", "but"} or tokens[k].is_capitalised:
            break
        if tokens[k].lower in {"in", "on", "at", "during"} and tokens[k + 1].lower != "least" \
                and k - 1 >= sentence.lo and tokens[k - 1].lower in {"and", "but"}:
            return k
    return j + 1


def coordinated(p: ParagraphState, i: int, entry: lx.CueEntry, after: int, sentence: Sentence) -> bool:
    """'officials said X, and said Y': the second verb shares the subject; 'when Ruiz
    thanked the crowd and said ...': the subject of its own clause, when that clause begins
    after the attribution found first."""
    f = governing(p, sentence, i)
    own = _nearest_clause_subject(p, i, sentence)
    relative = _open_relative(p, i, sentence)
    if relative is not None and (own is None or own[0] < relative) and (f is None or f.cue_token < relative):
        # "Tom told Ann Park, who answered her door and said ...": the relative clause's second verb, whose
        # subject stands for the phrase before it
        source = antecedent(p, relative, sentence)
        content, _ = content_after(p, skip_adverbials(p, after, sentence.hi), sentence, entry.bare, entry.lemma)
        if source is not None and content:  # ("..., which ... and has continued to block ...": no words)
            _with_source(p, i, after, content, sentence, *source, p.tokens[source[1] - 1].end, entry.lemma)
            return True
    if own is not None and (f.cue_token < own[0] if f is not None else p.tokens[i].lower != entry.lemma.split()[0]
                            or _after_a_plural_present(p.tokens, own[1], i, sentence)):
        content, _ = content_after(p, skip_adverbials(p, after, sentence.hi), sentence, entry.bare, entry.lemma)
        _with_source(p, i, after, content, sentence, *own, p.tokens[own[1] - 1].end, entry.lemma)
        return True
    bare_form = p.tokens[i].lower == entry.lemma.split()[0]
    if f is not None and bare_form and _in_an_infinitive(p.tokens, i, sentence):
        return False  # "as police continue to try and confirm it", "he'd sit him down and tell him": one chain
    if f is not None:
        content, _ = content_after(p, skip_adverbials(p, after, sentence.hi), sentence, entry.bare, entry.lemma)
        _borrowed(p, f, i, after, content, sentence, entry.lemma)
        return True
    # "Authorities announced X and said Y": the sentence's subject; a bare base form
    # ("to train and advise") has none, unless "do" carries it ("gave no reasons and did not say how ...")
    if bare_form and not _do_carried(p.tokens, i, sentence):
        return False
    subject = clause_subject(p, sentence, i)
    if subject is None or subject[1] >= i:
        return False
    content, _ = content_after(p, skip_adverbials(p, after, sentence.hi), sentence, entry.bare, entry.lemma)
    _with_source(p, i, after, content, sentence, *subject, p.tokens[subject[1] - 1].end, entry.lemma)
    return True


_SUBORDINATORS: Final = frozenset("when while as after before because since though although".split())
# Of those, the ones whose clause a participle after its comma goes on with when the clause has a subject of its own
# ("even as he defended it, saying", "as a guard walked in, saying"); "after", "when" and kin time the main clause.
_CONTRAST_SUBORDINATORS: Final = frozenset("while as though although".split())


def _after_a_plural_present(tokens: list[Token], verb: int, i: int, sentence: Sentence) -> bool:
    """Whether the base form at i, after "and", is finite by the present plural verb of its clause at token
    ``verb`` ("Lee and Park have all criticized it and say ...", "The two are wary of it and argue ..."), not the
    second verb of an infinitive or a modal's group ("have to train and advise")."""
    while verb < i and tokens[verb].lower.endswith("ly") and not tokens[verb].is_capitalised:
        verb += 1
    return verb < i and tokens[verb].lower in _PLURAL_PRESENT and not _in_an_infinitive(tokens, i, sentence)


_PLURAL_PRESENT: Final = frozenset({"have", "are", "do", "'re", "’re"})


def _do_carried(tokens: list[Token], i: int, sentence: Sentence) -> bool:
    """Whether the base form at i is finite by a form of "do" in its own verb group ("and did not say", "but
    doesn't mention") or before "come out and" ("did not come out and say")."""
    k = i - 1
    if k - 2 >= sentence.lo and tokens[k].lower == "and" and tokens[k - 1].lower == "out" \
            and tokens[k - 2].lower in {"come", "go"}:
        k -= 3  # "did not come out and say"
    while k >= sentence.lo and (tokens[k].lower in {"not", "n't", "never", "also"}
                                or tokens[k].lower.endswith("ly") and not tokens[k].is_capitalised):
        k -= 1
    return k >= sentence.lo and tokens[k].lower in lx.DO_FORMS and not tokens[k].is_capitalised


def _open_relative(p: ParagraphState, i: int, sentence: Sentence) -> Optional[int]:
    """The "who" or "which" after a comma whose clause, its verb right after it, runs on to the second verb
    at i with no comma between ("..., who answered her door Sunday and said ..."); None when there is none."""
    tokens = p.tokens
    for k in range(i - 2, max(sentence.lo, i - 25), -1):
        t = tokens[k]
        if t.text == "," or t.text[0] in QUOTE_CHARS:
            return None
        if t.lower in {"who", "which"}:
            return k if tokens[k - 1].text == "," and finite_verb_at(tokens, k + 1, i) else None
    return None


def _in_an_infinitive(tokens: list[Token], i: int, sentence: Sentence) -> bool:
    """Whether the base form at i, after "and", is the second verb of an infinitive or a modal's verb group
    ("to try and confirm", "would review the case and announce"), which shares that "to" or modal, not the
    subject's report found before it (unlike "residents have complained of it and say ...")."""
    k = i - 1
    while k > sentence.lo and tokens[k].lower in lx.AUXILIARIES:
        k -= 1
    if tokens[k].lower not in {"and", "or"}:
        return False
    for j in range(k - 1, max(sentence.lo - 1, k - 10), -1):
        w = tokens[j].lower
        if not tokens[j].is_word or w in lx.SINGLE_CUES and not w == "to":
            return False  # a comma, a quote, or a cue of the clause itself
        if w == "to" and tokens[j + 1].lower in lx.ARTICLES_AND_POSSESSIVES:
            continue  # "commitments to the groups": a preposition
        if w == "to" or w in lx.MODAL_VERBS or w in {"'d", "’d"}:
            return True
    return False


def _nearest_clause_subject(p: ParagraphState, i: int, sentence: Sentence) -> Optional[tuple[int, int]]:
    """The last subject before token i that is followed by its finite verb: the sentence's
    own past an opening phrase, or one opening a clause after a comma, dash or "but"/"and", or
    after a subordinator whose clause no comma has closed before the cue ("when Ruiz thanked
    them and said ..."; not "the day after it arrived, and said ...")."""
    tokens = p.tokens
    starts = [after_opening_phrase(p, sentence)] + [
        k + 1 for k in range(sentence.lo, i - 1) if tokens[k].text in {",", "—", "–", "―", ";"}
        or tokens[k].lower in {"but", "and"}
        or tokens[k].lower in _SUBORDINATORS and not any(t.text == "," for t in tokens[k + 1:i])]
    best = None
    for lo in starts:
        if lo >= i - 1 or best is not None and lo < best[1]:
            continue  # "Ana Ruiz and Lee Park met ...": a start inside the subject found is a conjunct of it
        end = phrases.walk_forward(tokens, lo, sentence.hi, p.text, subject=True)
        if end is None or end >= i - 1:
            continue
        end = phrases.trailing_time(tokens, lo, end)
        if finite_verb_at(tokens, end, i) and long_subject_speaks(tokens[lo:end]) and (best is None or lo > best[0]) \
                and not _reduced_relative(p, lo, end, i) and tokens[end - 1].lower not in lx.PREPOSITIONS:
            # (a phrase ending in a preposition is a verb's object cut short: "and deport millions of undocumented")
            best = (lo, end)
    if best is None:  # "Ana Ruiz, the town's mayor, endorsed the plan, saying ...": the subject past its asides
        past_asides = _subject_past_asides(p, i, sentence)
        if past_asides is not None and past_asides[1] < i - 1:
            best = past_asides[0]
    return best


def _reduced_relative(p: ParagraphState, lo: int, end: int, i: int) -> bool:
    """'met survivors and relatives of the people killed in the blast and said ...': after "and" or a
    comma inside a clause, a noun phrase whose past form is followed by a preposition, "by" or a time is
    an object with a reduced relative clause ("the people killed in the blast"), not a clause of its
    own; the cue's subject is the clause's ("when Ruiz arrived on Friday and said" opens a clause)."""
    tokens = p.tokens
    if lo - 2 < 0 or not (tokens[lo - 1].lower == "and" and tokens[lo - 2].text != ","
                          or tokens[lo - 1].text in {",", "—", "–", "―"}):
        return False  # ", and a neighbor came in and told ...": a clause of its own
    verb = tokens[end]
    # a passive participle: "killed", "injured" (a simple past such as "came" or "sat" is a verb of its own)
    if verb.lower in lx.VERB_GROUP or not verb.lower.endswith("ed") or not phrases.past_verb(verb.lower) \
            or end + 1 >= i:
        return False
    nxt = tokens[end + 1].lower
    return nxt in lx.PREPOSITIONS or nxt in lx.TIME_WORDS or nxt == "by"


def infinitive_of_purpose(p: ParagraphState, i: int, entry: lx.CueEntry, after: int, sentence: Sentence) -> bool:
    """'Ruiz went on television to say ...', 'Ruiz took the stage on Tuesday to concede ...', 'the
    loss led Ruiz to concede that ...': an infinitive after a clause told in the past reports the
    speech it was for. Its source is the subject of that clause, or the one a causative verb moved to
    speak. So does an infinitive right after a verb of rising, pausing or breaking in ("Ruiz interjected to
    say", :data:`lexicon.PURPOSE_VERBS`), after "was quick to" and kin (:data:`lexicon.PROMPT_ADJECTIVES`:
    the saying was done), and after a passive causative ("was prompted to say"). 'declined to say', 'plans
    to add', 'is ready to tell', 'a chance to explain' say nothing yet."""
    tokens = p.tokens
    if entry.family not in {"say", "tell", "write", "speech"} or i - 3 < sentence.lo \
            or tokens[i].lower != entry.lemma.split()[0] or tokens[i].is_capitalised \
            or p.inside_closed_quote(tokens[i].start):
        return False
    before = tokens[i - 2]
    # the word the infinitive hangs from: "interjected to say", "was quick to add", "was prompted to say"
    verb_end = None
    if before.lower in lx.PURPOSE_VERBS:
        verb_end = i - 2
    elif tokens[i - 3].lower in lx.PAST_BE and (before.lower in lx.PROMPT_ADJECTIVES
                                                 or before.lower in lx.PASSIVE_CAUSATIVES):
        verb_end = i - 3
    if verb_end is None and (not entry.bare or not before.is_word or before.lower in lx.INTENT_NOUNS or not (
            before.is_capitalised or head_like(before) or before.lower in lx.TIME_WORDS
            or before.lower in lx.OPENING_ADVERBS) or before.lower in lx.PRONOUNS):
        return False
    content, _ = content_after(p, _past_setting_and_recipient(p, after, entry, sentence), sentence, True)
    if content is None:
        return False
    causative = next((k for k in range(i - 3, max(sentence.lo, i - 9) - 1, -1)
                      if tokens[k].lower in lx.CAUSATIVE_VERBS), None)
    past_asides = _subject_past_asides(p, i, sentence)
    if verb_end is not None:
        source = _nearest_clause_subject(p, i, sentence)
        if (source is None or source[1] != verb_end) and past_asides is not None and past_asides[1] == verb_end:
            source = past_asides[0]  # "Ruiz, who backs the plan, interjected to say"
        elif source is None or source[1] != verb_end:
            return False
        checked = tokens[verb_end + 1:i - 1]
    elif causative is not None and phrases.walk_forward(tokens, causative + 1, sentence.hi, p.text) == i - 1:
        source = (causative + 1, i - 1)
        checked = tokens[source[1]:i - 1]
    else:
        source = _nearest_clause_subject(p, i, sentence)
        verb = source[1] if source is not None else None
        if past_asides is not None and (source is None or source == past_asides[0]):
            source, verb = past_asides  # "Ruiz, a candidate for mayor, went on the radio to say ..."
        if source is None or verb is None or not phrases.past_verb(tokens[verb].lower):
            return False
        checked = tokens[verb:i - 1]
        if tokens[verb].lower in lx.SINGLE_CUES and verb + 1 < i - 1 and tokens[verb + 1].lower in lx.SETTING_PREPOSITIONS:
            # "Trump tweeted on Friday to say ...": a cue with no object of its own, only a setting, then what it was
            # for (not "asked Lee to explain": the one asked speaks)
            checked = tokens[verb + 1:i - 1]
    # "said it was wrong for Lee to criticize ...", "asked Lee to explain": the infinitive is another's
    if any(t.lower in {"for", "that", "by"} or t.lower in lx.SINGLE_CUES for t in checked):
        return False
    _with_source(p, i, after, content, sentence, *source, tokens[source[1] - 1].end, entry.lemma)
    return True


def _subject_past_asides(p: ParagraphState, i: int, sentence: Sentence) -> Optional[tuple[tuple[int, int], int]]:
    """The sentence's opening subject and the finite verb after the asides set off by commas that follow it
    (appositions, relative clauses, places: "Ana Ruiz, a candidate for mayor, went ...", "Lee, who backs the
    plan, interjected ..."), before token i; None when the subject is followed by no aside or no verb."""
    tokens = p.tokens
    subject = opening_subject(p, sentence)
    if subject is None or subject[1] >= i - 1 or tokens[subject[1]].text != ",":
        return None
    start, segments = subject[1] + 1, 0
    for k in range(subject[1] + 1, min(i - 1, subject[1] + 40)):
        if tokens[k].text != "," or p.inside_closed_quote(tokens[k].start):
            continue
        if k == start or segments == 3 or not _parenthetical(p, start, k):
            return None
        segments, start = segments + 1, k + 1
        if finite_verb_at(tokens, start, i):
            verb = start + 1 if tokens[start].lower.endswith("ly") and not tokens[start].is_capitalised else start
            return subject, verb
    return None


# -- inverted ------------------------------------------------------------------

def inverted(p: ParagraphState, i: int, entry: lx.CueEntry, after: int, sentence: Sentence) -> bool:
    """'"Y," said X, an analyst at Z.'"""
    tokens = p.tokens
    if tokens[i].lower in lx.PARTICIPLE_CUES or tokens[i].lower.endswith("ing") or entry.family == "tell":
        # '"...," telling reporters ...': a participle never inverts its subject, and "told" takes the one
        # told after it ('..., Ruiz, who ..., told Fox News.'), never its speaker
        return False
    if i - 1 < sentence.lo and not (i - 1 >= 0 and tokens[i - 1].text[0] in CLOSE_QUOTES | {'"'}):
        return False
    prev = tokens[i - 1] if i - 1 >= 0 else None
    if prev is None or not (prev.text == "," or prev.text[0] in CLOSE_QUOTES or prev.text == '"'):
        return False
    if prev.text != "," and _subject_past_parentheticals(p, i, sentence) is not None:
        return False  # 'Lee, citing "the charm of the town," said ...': the quote is the aside's, Lee speaks
    if prev.text == "," and _inverted_aside(p, i, entry, after, sentence):
        return True
    if prev.text == "," and (_subject_comes_first(p, i, sentence)
                             or _subject_past_parentheticals(p, i, sentence) is not None):
        return False  # ', adding later, "..."': a participle of the clause before, never 'said X' inverted
    start = after
    if start < sentence.hi and (tokens[start].lower in lx.PREPOSITIONS or tokens[start].lower in lx.TIME_WORDS
                                and not _names_a_paper(tokens, start, sentence)):
        return False
    end = phrases.walk_forward(tokens, start, sentence.hi, p.text)
    if end is None:
        return False
    end = _past_an_elided_particle(p, end, sentence)
    titled = _past_a_titled_work(p, end, sentence)
    end = _before_setting(p, start, end) if titled is None else titled
    known = _known_as(tokens, end, sentence)  # '..., said the base chief known as Bob.': the speaker is the role
    if known != end:
        end = next(m for m in range(start + 1, known) if tokens[m].lower in {"known", "identified", "named"})
    if any((t.lower in lx.MODAL_VERBS or t.lower in lx.BE_FORMS) and not t.is_capitalised for t in tokens[start:end]):
        return False  # "Ruiz, a conservative, insists the party must be ...": a clause said, no speaker
    if end - start >= 2 and phrases.past_verb(tokens[end - 1].lower) and not tokens[end - 1].is_capitalised \
            and head_like(tokens[end - 2]):
        return False  # "A man, 45, said the plant closed": a noun and its past verb are a clause said
    if prev.text != "," and known == end and titled is None:
        end = known = _described_speaker_end(p, start, end, sentence)
    nxt = tokens[known] if known < sentence.hi and titled is None else None
    if nxt is not None and nxt.text not in {",", ".", ";", "!", "?"} and nxt.lower not in {"who", "in", "on"} \
            and not (nxt.lower == "that" and prev.text != "," and entry.family != "tell") \
            and not (nxt.lower in lx.SPEECH_SETTING_OPENERS and prev.text != ",") \
            and not (nxt.lower == "to" and prev.text != ","):
        return False
    if not _inverted_speaker(p, start, end, prev.text == ","):
        return False
    content = content_before(p, i, sentence)
    if content is None:
        return False
    if prev.text == "," and _a_name_and_its_apposition(p, content, i):
        return False  # "Park, a former judge, posted a video ...": a subject and its apposition, no words said
    source_end = with_apposition(p, known, sentence)
    _with_source(p, i, after, content, sentence, start, source_end, clause_end(p, source_end, sentence), entry.lemma)
    return True


def _past_a_titled_work(p: ParagraphState, end: int, sentence: Sentence) -> Optional[int]:
    """'wrote the authors of the “Growth Project,” giving ...': a speaker's phrase that stops at a work's quoted
    title after "of the" runs on past the title and the comma or stop inside its closing mark; None when there is none."""
    tokens = p.tokens
    if not (end < sentence.hi and tokens[end].text[0] in OPEN_QUOTES and end - 2 >= sentence.lo
            and tokens[end - 1].lower in lx.ARTICLES_AND_POSSESSIVES and tokens[end - 2].lower in lx.PREPOSITIONS):
        return None
    j = end + 1
    while j < sentence.hi and tokens[j].text[0] not in QUOTE_CHARS and j - end < 12:
        j += 1
    if j >= sentence.hi or tokens[j].text[0] not in CLOSE_QUOTES or not tokens[end + 1].is_capitalised \
            or tokens[j - 1].text not in {",", "."}:
        return None
    return j + 1


def _past_an_elided_particle(p: ParagraphState, end: int, sentence: Sentence) -> int:
    """'said Sophie in 't Veld': a surname's particle with an elided article ("'t", "'s") splits the name at its
    apostrophe; the name runs on past it to the capitalised word after it."""
    tokens = p.tokens
    if end + 2 < sentence.hi and tokens[end].text in {"'", "’"} and tokens[end + 1].lower in {"t", "s"} \
            and tokens[end].end == tokens[end + 1].start and tokens[end + 2].is_capitalised and tokens[end + 2].is_word:
        return phrases.walk_forward(tokens, end + 2, sentence.hi, p.text) or end
    return end


def _names_a_paper(tokens: list[Token], k: int, sentence: Sentence) -> bool:
    """Whether a word of time after an inverted cue opens a name ('"...," wrote Post bureau chief Ana Ruiz', "said
    News Corp's Lee"): capitalised, no day or month, and a capitalised word or a role after it ('said Monday' is
    when)."""
    t = tokens[k]
    return t.is_capitalised and t.lower not in lx.DAY_WORDS and t.text not in lx.MONTH_NAMES \
        and k + 1 < sentence.hi and tokens[k + 1].is_word and (tokens[k + 1].is_capitalised
                                                               or tokens[k + 1].lower in lx.PERSON_NOUNS)


def _a_name_and_its_apposition(p: ParagraphState, content: tuple[int, int], i: int) -> bool:
    """Whether the words before an inverted cue and its comma are only a name, a comma and a phrase opened by an
    article or a possessive ("Park, a former judge,"): the subject and its apposition, no words said."""
    tokens = p.tokens
    lo = i - 1
    while lo > 0 and tokens[lo - 1].start >= content[0]:
        lo -= 1
    commas = [k for k in range(lo, i - 1) if tokens[k].text == ","]
    if len(commas) != 1 or commas[0] == lo or commas[0] + 1 >= i - 1:
        return False
    name, rest = tokens[lo:commas[0]], tokens[commas[0] + 1:i - 1]
    return all(t.is_capitalised or t.text == "." for t in name) and rest[0].lower in lx.ARTICLES_AND_POSSESSIVES \
        and not any(t.lower in lx.RELATIVE_PRONOUNS or t.lower in lx.VERB_GROUP or t.text[0] in QUOTE_CHARS
                    or finite_verb_at(tokens, k, i) for k, t in enumerate(rest, commas[0] + 1))


def _known_as(tokens: list[Token], end: int, sentence: Sentence) -> int:
    """Past the name a speaker is known by: "the base chief known as Bob", "a man identified only as Lee", "a
    woman named Ana Ruiz" (the phrase found may already hold the participle, up to "as"); end when none follows."""
    k = next((m for m in (end - 2, end - 1, end) if sentence.lo <= m < sentence.hi
              and tokens[m].lower in {"known", "identified", "named"}), None)
    if k is None or k + 1 >= sentence.hi:
        return end
    named = tokens[k].lower == "named"
    k += 1
    if tokens[k].lower == "only" and k + 1 < sentence.hi:
        k += 1
    if tokens[k].lower == "as" and k + 1 < sentence.hi:
        k += 1
    elif not named:
        return end
    name = k
    while k < sentence.hi and tokens[k].is_capitalised and tokens[k].is_word:
        k += 1
    return k if k > name and k >= end else end


def _inverted_aside(p: ParagraphState, i: int, entry: lx.CueEntry, after: int, sentence: Sentence) -> bool:
    """'The plan, said Lee Park, a geologist, was flawed', 'Part of the problem, say experts, is the soil':
    an inverted cue set off by commas between the sentence's subject (a noun phrase with no verb) and its
    verb. The speaker is the phrase after the cue; the content is the sentence."""
    tokens = p.tokens
    if tokens[i].lower.endswith("ing") or after >= sentence.hi or tokens[after].lower in lx.TIME_WORDS \
            or tokens[after].lower in lx.PREPOSITIONS:
        return False  # "Biden, echoing Erdogan, called ...", "The deal, announced Friday, would ...": no aside said
    lo = after_opening_phrase(p, sentence)
    if lo >= i - 1 or phrases.walk_forward(tokens, lo, sentence.hi, p.text, subject=True) != i - 1 \
            or any(finite_verb_at(tokens, k, i - 1) for k in range(lo, i - 1)):
        return False
    end = phrases.walk_forward(tokens, after, sentence.hi, p.text)
    if end is None or not _inverted_speaker(p, after, end, True):
        return False
    if end + 1 < sentence.hi and tokens[end].lower == "and":
        # "The contrast, said Park and others, would be clear": two speakers
        second = phrases.walk_forward(tokens, end + 1, sentence.hi, p.text)
        if second is not None and second > end + 1 and _inverted_speaker(p, end + 1, second, True):
            end = second
    source_end = with_apposition(p, end, sentence)
    resumes = source_end + 1
    if resumes + 1 < sentence.hi and tokens[source_end].text == "," and tokens[resumes].lower in {"who", "which"}:
        # "And Ruiz, said Park, who remains friendly with her, doesn't forgive": past the speaker's relative clause
        resumes = next((k + 1 for k in range(resumes + 1, sentence.hi) if tokens[k].text == ","), sentence.hi)
    if not (resumes < sentence.hi and tokens[resumes - 1].text == ","
            and finite_verb_at(tokens, resumes, sentence.hi)):
        return False
    content = trim(p, tokens[lo].start, sentence.end)
    _with_source(p, i, after, content, sentence, after, source_end, tokens[source_end - 1].end, entry.lemma)
    return True


def _before_setting(p: ParagraphState, start: int, end: int) -> int:
    """'"...," said Mayor Don Hale in a telephone interview.': a name's phrase ends where a
    setting of the saying begins (a preposition of place or time after the name, then a
    lowercase phrase)."""
    tokens = p.tokens
    for k in range(start + 1, end - 1):
        if tokens[k].lower in lx.SPEECH_SETTING_OPENERS and tokens[k - 1].is_capitalised \
                and not tokens[k + 1].is_capitalised and tokens[k + 1].is_word:
            return k
    return end


def _inverted_speaker(p: ParagraphState, start: int, end: int, strict: bool) -> bool:
    """Whether ``tokens[start:end]`` after an inverted cue is its speaker; a name with an
    affiliation ("Lee Park of the University of Iowa School of Law", "the former top aide to President
    George W. Bush") may run past the usual length when the name or role before "of"/"at"/"from"/"to"/"for"
    is a speaker."""
    tokens = p.tokens
    # after a quotation, a phrase that would be a subject anywhere is a speaker too ("Time magazine")
    if speaker_like(tokens[start:end], strict) or not strict and speaker_like(tokens[start:end], True):
        return True
    if _role_then_name(tokens[start:end]):
        return True  # "..., says political scientist Ana Ruiz."
    # (or before the preposition of what the speaker knows: "one well-connected Democrat familiar with the campaign")
    core_end = next((k for k in range(start + 1, end) if tokens[k].lower in lx.AFFILIATION_PREPOSITIONS
                     or tokens[k].lower in lx.KNOWLEDGE_WORDS and k + 1 < end and tokens[k + 1].lower in lx.PREPOSITIONS),
                    None)
    return core_end is not None and end - start <= 14 and (
        tokens[core_end - 1].is_capitalised or tokens[start].lower in lx.DETERMINERS and not strict
        and head_like(tokens[core_end - 1])) and speaker_like(tokens[start:core_end], strict)


def _role_then_name(words: list[Token]) -> bool:
    """'political scientist Ana Ruiz', 'lobbyist and party strategist Lee Park': a person's name after a
    role in lower case, with no verb or clause word in the role."""
    if len(words) > 10:
        return False
    name_at = phrases.person_name_end(words)
    return name_at is not None and name_at > 0 and not words[0].is_capitalised and all(
        t.is_word and t.lower not in lx.VERB_GROUP and t.lower not in _ROLE_BREAKS and not phrases.past_verb(t.lower)
        and not t.lower.endswith("ing") for t in words[:name_at])


_ROLE_BREAKS: Final = frozenset("who whom which that when while because if than as to".split())


def _after_opener(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """'Still, said Ruiz, ...': the cue follows a sentence adverb and its comma."""
    lo, tokens = sentence.lo, p.tokens
    if i != lo + 2 or tokens[lo + 1].text != ",":
        return False
    w = tokens[lo].lower
    return w in lx.SENTENCE_OPENERS or w in lx.OPENING_ADVERBS or w.endswith("ly") and w not in lx.PERSON_NOUNS


def fronted(p: ParagraphState, i: int, entry: lx.CueEntry, after: int, sentence: Sentence) -> bool:
    """'Said Ruiz, "..."', 'Added Ana Ruiz, who grew up nearby, "..."': the cue leads its
    sentence, then the speaker, then a comma and the quotation. After an adverb ('Still, said
    Ruiz, the plan will fail.') the speaker is set off by commas and the rest of the sentence,
    quoted or not, is the content."""
    tokens = p.tokens
    opener = i != sentence.lo
    if not tokens[i].is_capitalised and not opener:
        return False
    end = phrases.walk_forward(tokens, after, sentence.hi, p.text)
    if end is None or not speaker_like(tokens[after:end], False):
        return False
    source_end = with_apposition(p, end, sentence) if opener else end
    if opener and source_end + 1 < sentence.hi and tokens[source_end].text == "," \
            and tokens[source_end + 1].text[0] not in OPEN_QUOTES:
        content = trim(p, tokens[source_end].end, sentence.end)
        if content is None:
            return False
        _with_source(p, i, after, content, sentence, after, source_end, tokens[source_end - 1].end, entry.lemma)
        return True
    for j in range(end, min(sentence.hi - 1, end + 25)):  # past an apposition or relative clause
        if tokens[j].text[0] in QUOTE_CHARS:
            return False
        if tokens[j].text == "," and tokens[j + 1].text[0] in OPEN_QUOTES:
            quote = p.quote_around(tokens[j + 1].start)
            if quote is None or quote[0] != tokens[j + 1].start:
                return False
            source_end = with_apposition(p, end, sentence)
            _with_source(p, i, after, (quote[0], quote[1] + 1), sentence, after, source_end,
                         clause_end(p, source_end, sentence), entry.lemma)
            return True
    return False


def _described_speaker_end(p: ParagraphState, start: int, end: int, sentence: Sentence) -> int:
    """'"...," said a person close to the talks.', '"...," said the base chief known as Bob.':
    after a quotation, the speaker's description runs on to the end of its clause."""
    tokens = p.tokens
    k = end
    while k < sentence.hi and k - start < 13 and tokens[k].is_word and tokens[k].lower not in lx.CLAUSE_BREAKS \
            and tokens[k].lower not in lx.SINGLE_CUES and tokens[k].lower not in lx.BE_FORMS:
        if tokens[k].lower == "to" and not (tokens[k - 1].lower in lx.RELATIONAL_PERSON_NOUNS or tokens[k - 1].lower
                                            in lx.SPOKESPERSON_NOUNS or tokens[k - 1].lower in lx.CLOSENESS_WORDS):
            return end  # '"Go," said the man to the crowd': the one addressed is no part of the speaker
        k += 1
    if k == end or k - start >= 13 or k < sentence.hi and tokens[k].text not in {",", ".", ";", "!", "?"}:
        return end
    return k


def _subject_comes_first(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """'X, a Y at Z, said ...': a named subject set off by commas before the cue;
    'X, meanwhile, said ...': a subject, then an adverb set off by commas."""
    opening = parenthetical_adverb(p.tokens, i - 1, sentence.lo)
    if opening is not None and opening - 1 >= sentence.lo and head_like(p.tokens[opening - 1]):
        return True
    apposed = apposed_subject(p, i - 1, sentence)
    if apposed is None:
        return False
    if any(t.lower in lx.INCLUSION_WORDS for t in p.tokens[apposed[0]:apposed[1]]):
        return True  # "Officials, including Ana Ruiz, said ...": a group and its members
    first_comma = next((k for k in range(apposed[0], i - 1) if p.tokens[k].text == ","), None)
    if first_comma is not None and p.tokens[first_comma + 1].lower in {"who", "which", "whose"}:
        return True  # "BuzzFeed, which does not disclose its finances, denied ...": a relative clause on the subject
    head = phrases.without_brackets(phrases.core_phrase(p.tokens[apposed[0]:apposed[1]]))
    if bool(head) and head[-1].is_capitalised and not (apposed[0] == sentence.lo and len(head) == 1):
        return True
    # "his top aide, Tad Devine, told ...": the apposition between the commas is the name
    first_comma = next((k for k in range(apposed[0], i - 1) if p.tokens[k].text == ","), None)
    named = p.tokens[first_comma + 1:i - 1] if first_comma is not None else []
    return 0 < len(named) <= 4 and all(t.is_capitalised or t.text in {".", "'s", "’s"} for t in named) \
        and head_like(head[-1]) if head else False


# -- subject first and post-posed ----------------------------------------------

def subject_first(p: ParagraphState, i: int, entry: lx.CueEntry, after: int, sentence: Sentence) -> bool:
    """'X said Y' and 'Y, X said.': the source comes before the cue, the content after
    it or, when nothing follows, before the source."""
    if _noun_modifier(p, i, sentence) or _gerund_noun(p.tokens, i, sentence):
        return False
    subject = _subject_of(p, i, entry, sentence)
    if subject is None:
        return False
    s_start, s_end = subject
    gapped = _gapped_object(p, s_start, s_end, after, entry, sentence)
    if gapped is not None:
        # "The plan the mayor proposed would cost ...": what was proposed is the noun before the speaker
        s_start, (a_start, a_end) = gapped
        source, stype, plural, anon = p.source(s_start, s_end, sentence, p.tokens[s_end - 1].end)
        p.found.append(Found(source, (p.tokens[verb_group_start(p, i, s_end)].start, p.tokens[after - 1].end),
                             trim(p, p.tokens[a_start].start, p.tokens[a_end - 1].end), stype, i, sentence.index,
                             plural, anon, lemma=entry.lemma))
        return True
    if phrases.finite_auxiliary_at(p.tokens, after, sentence.hi):
        s_start = _contact_relative_subject(p.tokens, s_start, s_end)
    content: Optional[tuple[int, int]] = None
    no_comment = entry.family == "no_comment"
    if not no_comment:
        k = _past_setting_and_recipient(p, after, entry, sentence)
        setting_only = postposed_with_setting(p, s_start, k, sentence, entry.lemma)
        marked = False
        if not setting_only and k < sentence.hi and p.tokens[k].lower in lx.PREPOSITIONS \
                and _fronted_as(p.tokens, s_start, sentence):
            comma = _setting_then_comma(p.tokens, k, sentence)
            if comma is not None:  # "As Ruiz reported for the Tribune, Y.": the as-clause ends at its comma
                content = trim(p, p.tokens[comma].end, sentence.end)
        if not setting_only and content is None and _fronted_as(p.tokens, s_start, sentence):
            comma = _adverbs_then_comma(p.tokens, k, sentence)
            if comma is not None:  # "As the Herald reported just today, Y.": the adverbs are the as-clause's
                content = trim(p, p.tokens[comma].end, sentence.end)
        if content is None and not setting_only and _set_off_after_a_clause(p, s_start, k, sentence):
            content = content_before(p, s_start, sentence)
        if content is None and not setting_only:  # '"...," X said in an interview.': the setting is no content
            bare = _reads_bare(p, entry, s_start, s_end, k, sentence)
            content, marked = content_after(p, k, sentence, bare, entry.lemma)
        if content is None and marked:
            # a lead-in whose content is the next paragraph: 'The governor added:'
            source, stype, plural, anon = p.source(s_start, s_end, sentence, p.tokens[s_end - 1].end)
            p.found.append(Found(source, (p.tokens[i].start, p.tokens[after - 1].end), None, stype, i,
                                 sentence.index, plural, anon, lemma=entry.lemma, opens_next=True))
            return True
        if content is None:
            if not _nothing_after(p, s_start, k, sentence, setting_only):
                return False
            if entry.lemma in lx.GOING_ON_VERBS and not (s_start >= 1 and (
                    p.tokens[s_start - 1].text[0] in CLOSE_QUOTES or p.tokens[s_start - 1].text == '"')) \
                    and phrase_head(p.tokens, s_start, s_end).lower in lx.DOCUMENT_NOUNS:
                return False  # "..., as the investigation continues.": a going on, no words (a speaker's go on)
            content = _postposed_content(p, s_start, k, sentence, entry)
            if content is None and not _only_an_opening_phrase(p, s_start, sentence):
                return False  # "On Twitter, she responded.": listed, with no content (what she said is not here)
    source, stype, plural, anon = p.source(s_start, s_end, sentence, p.tokens[s_end - 1].end)
    p.found.append(Found(source, (p.tokens[verb_group_start(p, i, s_end)].start, p.tokens[after - 1].end),
                         content, stype, i, sentence.index, plural, anon, no_comment=no_comment, lemma=entry.lemma))
    return True


# Words that stand for a thing said and take a relative clause with no pronoun: "the ones State says are secret".
_CONTACT_RELATIVE_HEADS: Final = frozenset("one ones everything something anything nothing thing things all".split())
# Heads of a speaker's phrase that can follow a noun of a person with no compound between ("the man police said").
_SPEAKER_HEADS: Final = lx.PERSON_NOUNS | lx.ORGANIZATION_NOUNS


def _contact_relative_subject(tokens: list[Token], s_start: int, s_end: int) -> int:
    """'the man police said will appear', 'the ones State now says are secret', 'a dynamic Lee said could drive
    moderates away': a cue whose content opens with a modal or a finite "be" or "have" has no subject of that
    clause after it; the clause hangs, with no relative pronoun, from a noun phrase before the speaker, which the
    walk back took as one phrase. Where a common noun is followed by a name, a determiner, or (after a noun of a
    person) a speaker's noun, that second phrase is the source; the start of the source, s_start if none."""
    for j in range(s_start + 1, s_end):
        before, t = tokens[j - 1], tokens[j]
        if not before.is_word or before.is_capitalised or before.lower in lx.DETERMINERS \
                or before.lower in lx.PREPOSITIONS or before.lower in lx.PRONOUNS \
                or not (head_like(before) or before.lower in _CONTACT_RELATIVE_HEADS):
            continue
        if t.is_capitalised and t.is_word or t.lower in lx.DETERMINERS and t.lower not in _CONTACT_RELATIVE_HEADS \
                or before.lower in lx.PERSON_NOUNS and t.lower in _SPEAKER_HEADS:
            return j
    return s_start


# Cues that take an object and can lose it to a relative clause with no pronoun: "the plan the mayor proposed", "a
# game many are calling a classic" (``_gapped_object``).
_GAPPED_OBJECT_CUES: Final = lx.OBJECT_SPEECH | {"call", "repeat"}
# Words that open the speaker's phrase after such a relative's noun: a determiner, a subject pronoun, a quantifier.
_RELATIVE_SUBJECT_OPENERS: Final = frozenset("the a an his her their its our my he she they we i".split()) \
    | lx.QUANTIFIER_SUBJECTS
_OBJECT_NOUN_STOPS: Final = lx.DETERMINERS | lx.PREPOSITIONS | lx.PRONOUNS | lx.SUBJECT_STOPS | lx.AUXILIARIES


def _gapped_object(p: ParagraphState, s_start: int, s_end: int, after: int, entry: lx.CueEntry,
                   sentence: Sentence) -> Optional[tuple[int, tuple[int, int]]]:
    """'The plan the mayor proposed would cost ...', 'the lawsuit Lynch announced that same day', 'a title game many
    are calling an instant classic': a cue that takes an object, with none after it (the next word is the main
    clause's verb, a time, or the clause's end), in a relative clause with no pronoun. The noun phrase before the
    speaker is what was proposed, announced or called (the content); the speaker's phrase starts after that noun.
    A name after a noun of a person or a body is one phrase with it ("the rapper Drake announced Tuesday"). The
    speaker's first token and the antecedent's span, or None."""
    tokens = p.tokens
    if entry.lemma not in _GAPPED_OBJECT_CUES or not _no_object_after(p, after, sentence):
        return None
    for j in range(max(s_start, sentence.lo + 1), s_end):
        noun, t = tokens[j - 1], tokens[j]
        if not noun.is_word or noun.is_capitalised or noun.lower in _OBJECT_NOUN_STOPS or noun.lower.endswith(
                ("ly", "ing", "'s", "’s")) or phrases.past_verb(noun.lower) or noun.lower in lx.SINGLE_CUES:
            continue
        if not (t.lower in _RELATIVE_SUBJECT_OPENERS and not t.is_capitalised or _a_name_after_a_thing(tokens, j, s_end)):
            continue
        start = phrases.walk_back(tokens, j - 1, sentence.lo)
        if start is None or start >= j or tokens[start].lower not in lx.DETERMINERS:
            return None  # "whether she would lead the office Clinton ...": no noun phrase of a thing before
        return j, (start, j)
    return None


# Endings of adjectives, which stand before a name in one phrase ("the presumptive Republican nominee").
_ADJECTIVE_ENDINGS: Final = ("ive", "al", "ic", "ous", "ful", "ble", "ant", "ent", "ary", "ern", "est", "ish", "ese", "an")


def _a_name_after_a_thing(tokens: list[Token], j: int, s_end: int) -> bool:
    """'the phrase Grassley cited', 'a word Trump repeated': a name alone after a determiner and a noun of a thing,
    which no role, rank, adjective or noun of a person, body or document is ("the rapper Drake", "the group
    Hamas", "the top Obama aide": one phrase)."""
    noun = tokens[j - 1].lower
    if not all(t.is_capitalised and t.is_word for t in tokens[j:s_end]) or j - 2 < 0 \
            or tokens[j - 2].lower not in lx.DETERMINERS:
        return False
    return not (noun in lx.PERSON_NOUNS or noun in lx.ORGANIZATION_NOUNS or noun in lx.TITLES or noun in lx.RANK_WORDS
                or noun in lx.SPOKESPERSON_NOUNS or noun in lx.PEOPLE_WORDS or noun in lx.DOCUMENT_NOUNS
                or noun in lx.NAME_INTRODUCERS or phrases.looks_like_noun(noun) or noun.endswith(_ADJECTIVE_ENDINGS))


def _no_object_after(p: ParagraphState, after: int, sentence: Sentence) -> bool:
    """Whether nothing the verb could take as its object follows the cue: past a time or a setting ("last week",
    "on Monday", ``skip_adverbials``), the clause ends or the main clause's verb comes."""
    tokens, hi = p.tokens, sentence.hi
    k = skip_adverbials(p, after, hi)
    if k >= hi or tokens[k].text in {",", ".", ";", "!", "?", ")", "—", "–"}:
        return True
    t = tokens[k]
    return not t.is_capitalised and (phrases.finite_auxiliary_at(tokens, k, hi) or phrases.past_verb(t.lower))


def _set_off_after_a_clause(p: ParagraphState, s_start: int, k: int, sentence: Sentence) -> bool:
    """'Ryan and Lee will meet next week, Spicer said, adding ...', 'The car was stolen, police said, after an
    alarm went off': a source and cue set off by commas after a clause report that clause; what follows the
    second comma is more of the sentence (a participle with its own content, an apposition, a clause of time).
    After a fronted phrase or a subordinate clause ("In 2008, Trump said, the gift ...", "As the vote nears,
    Stone says, ...") the content is what follows, as _postposed_content reads it."""
    tokens = p.tokens
    comma = s_start - 1
    if k >= sentence.hi or tokens[k].text != "," or comma <= sentence.lo or tokens[comma].text != ",":
        return False
    first = sentence.lo
    if tokens[first].lower in lx.UNMARKED_CLAUSE_LEADS and first + 1 < comma:
        first += 1  # "But the point of the rule, Lee said, ..."
    lead = tokens[first]
    if lead.lower in lx.PREPOSITIONS or lead.lower in lx.SUBORDINATORS or lead.lower in lx.TIME_SUBORDINATORS \
            or lead.lower == "to" or lead.lower.endswith("ing") or phrases.past_verb(lead.lower) or not lead.is_word:
        return False  # "To see it, Lee said, ...", "Asked about it, Lee said, ...": the content follows
    segment = range(first, comma)
    if len(segment) < 3 or any(tokens[j].text in {",", ";", ":"} or tokens[j].text[0] in QUOTE_CHARS
                               or tokens[j].lower in lx.SINGLE_CUES for j in segment):
        return False  # an aside, a quotation or another cue of its own before the source
    if not _more_of_the_sentence(tokens, k + 1, sentence):
        return False  # "The outlets have stood in the way, he said, by creating ...": one clause, split
    # a clause has its verb; a subject alone ("The average benefit, it says, would be $300") does not
    return any(finite_verb_at(tokens, j, comma) for j in range(first + 1, comma))


def _more_of_the_sentence(tokens: list[Token], k: int, sentence: Sentence) -> bool:
    """Whether what follows a set-off cue's second comma adds to a clause already complete: a participle
    ("adding that", "gaining 22,000 followers"), a coordinated clause ("and ...", "but ..."), an apposition ("a
    policy that ...") or a clause of time or reason ("as they bristled", "until it went bankrupt")."""
    if k >= sentence.hi:
        return False
    t = tokens[k]
    return t.lower in _ADDING_CLAUSE_LEADS or t.lower in {"a", "an", "the"} or (
        t.lower.endswith("ing") and not t.is_capitalised and len(t.lower) > 4)


# Coordinators and the subordinators of time and reason; "if", "unless" and "that" are left out: "... is so
# reckless, she said, that if ..." goes on with the same clause.
_ADDING_CLAUSE_LEADS: Final = frozenset({"and", "but", "until"}) | (lx.SUBORDINATORS - {"if", "unless"}) \
    | (lx.TIME_SUBORDINATORS - {"once"})


def _noun_modifier(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """Whether the cue is an -ing form modifying the noun after it inside the sentence's subject ("One
    county reporting station hasn't seen rain"): it follows a noun or name with no verb before it in
    the sentence, and the noun after it is followed by the sentence's verb. An -ing form after a verb
    ("receive calls saying shots have been fired") or a form of "be" ("is reporting") is not one."""
    tokens = p.tokens
    if not tokens[i].lower.endswith("ing") or i - 1 < sentence.lo or i + 2 >= sentence.hi:
        return False
    before, noun, verb = tokens[i - 1], tokens[i + 1], tokens[i + 2]
    if not (before.is_word and head_like(before)) or before.lower in lx.PRONOUNS \
            or before.lower in lx.CONTRACTED_PRONOUNS or before.lower in lx.VERB_GROUP:
        return False
    w = noun.lower
    if not noun.is_word or noun.is_capitalised or w in lx.PRONOUNS or w in lx.DETERMINERS or w in lx.PREPOSITIONS \
            or w in lx.VERB_GROUP or w in lx.CLAUSE_BREAKS or w.endswith(("ly", "ing")) or phrases.past_verb(w):
        return False
    if not finite_verb_at(tokens, i + 2, sentence.hi) or verb.lower in lx.SINGLE_CUES:
        return False
    lo = after_opening_phrase(p, sentence)
    return not any(finite_verb_at(tokens, k, i) or tokens[k].lower in lx.SINGLE_CUES for k in range(lo, i - 1))


def _gerund_noun(tokens: list[Token], i: int, sentence: Sentence) -> bool:
    """Whether the -ing cue is a noun: right after an article or a possessive ("their warning that", "the
    finding that"), or after one and an -ing modifier ("a growing feeling that the mayor wants ..."), or, for an
    everyday noun in -ing (``lexicon.GERUND_NOUNS``), after one and any modifier ("a press briefing"). A noun
    reports no speech, and what comes before it is no speaker."""
    if not tokens[i].lower.endswith("ing") or i - 1 < sentence.lo:
        return False
    before = tokens[i - 1].lower
    if before in lx.ARTICLES_AND_POSSESSIVES:
        return True
    if i - 2 < sentence.lo or tokens[i - 2].lower not in lx.ARTICLES_AND_POSSESSIVES:
        return False
    return before.endswith("ing") or tokens[i].lower in lx.GERUND_NOUNS and tokens[i - 1].is_word


def _subject_of(p: ParagraphState, i: int, entry: lx.CueEntry, sentence: Sentence) -> Optional[tuple[int, int]]:
    """The subject before the cue when it can be the cue's source; a relative pronoun
    stands for its antecedent."""
    tokens = p.tokens
    subject = _subject_past_parentheticals(p, i, sentence) or subject_before(p, i, sentence)
    if subject is None:
        return None
    subject = s_start, s_end = _past_participle_phrase(p, *subject, sentence)
    if entry.family not in {"say", "tell", "write", "no_comment"}:
        head = (phrases.core_phrase(phrases.without_brackets(tokens[s_start:s_end])) or tokens[s_start:s_end])[-1]
        if not head_like(head) and head.lower not in lx.CONTRACTED_PRONOUNS and head.lower not in lx.INDEFINITE_PRONOUNS \
                and head.lower not in lx.RELATIVE_CONTRACTIONS \
                and not _the_count(tokens, s_start, s_end) and not _read_as_a_verb(p, i, entry, head, sentence):
            return None  # "disparaging remarks", "a series of tweets": a noun, not a verb
    if tokens[s_start].lower in {"who", "which"} and s_end - s_start > 1:
        return None  # a relative clause with no head: "..., who ordered raids on five suspected depots"
    if entry.lemma == "call" and s_start - 1 >= sentence.lo and tokens[s_start - 1].lower == "what":
        return None  # "what he called tribalism"
    if s_end - s_start == 1 and (tokens[s_start].lower in lx.RELATIVE_PRONOUNS
                                 or tokens[s_start].lower in lx.RELATIVE_CONTRACTIONS):
        if entry.lemma == "ask":
            return None  # "..., who asked not to be named,": about the source, not from it
        return antecedent(p, s_start, sentence) or subject
    return subject


def _the_count(tokens: list[Token], s_start: int, s_end: int) -> bool:
    """'The two admit that ...', 'the three agreed': a count after "the" stands for the people counted."""
    return s_end - s_start == 2 and tokens[s_start].lower == "the" and tokens[s_start + 1].lower in lx.SMALL_COUNTS


def _past_participle_phrase(p: ParagraphState, s_start: int, s_end: int, sentence: Sentence) -> tuple[int, int]:
    """'Another source speaking to Fox News said': the phrase found before the cue is the object of a
    participle that modifies the subject ("speaking to", "writing in"); the subject is the noun phrase
    before the participle."""
    tokens = p.tokens
    k = s_start - 1
    if k - 2 < sentence.lo or not (tokens[k].lower in lx.PREPOSITIONS or tokens[k].lower == "to"):
        return s_start, s_end
    participle, noun = tokens[k - 1], tokens[k - 2]
    if not participle.lower.endswith("ing") or participle.is_capitalised or participle.lower in lx.PREPOSITIONS \
            or not noun.is_word or not head_like(noun) or noun.lower in lx.PRONOUNS:
        return s_start, s_end
    start = phrases.walk_back(tokens, k - 2, sentence.lo)
    if start is None or start > k - 2:
        return s_start, s_end
    return start, k - 1


def _subject_past_parentheticals(p: ParagraphState, i: int, sentence: Sentence) -> Optional[tuple[int, int]]:
    """'Lee Park, a nurse from Ames, Iowa, who works nights, said ...', 'Sen. Al Ford (D-Ohio),
    said ...': the sentence's subject, then phrases set off by commas that hold no verb of their
    own (appositions, relative clauses, participles, places), then the cue. One such phrase is
    the apposition of ``subject_before``; this reads two or more, or none. The last aside may end in a
    quotation whose comma sits inside its closing mark ('Humphrey, who calls the plan a "scam," said ...',
    'Lee, citing "the charm of the town," said ...'): then one will do."""
    tokens = p.tokens
    quoted_end = _quote_closing_an_aside(p, i, sentence)
    group = verb_group_start(p, i, sentence.lo)  # 'Lee, speaking at a rally, did not mention ...': the verb group
    grouped = group < i and group - 1 > sentence.lo and tokens[group - 1].text == ","
    if grouped:
        i, quoted_end = group, False
    if i - 1 <= sentence.lo or tokens[i - 1].text != "," and not quoted_end:
        return None
    subject = opening_subject(p, sentence)
    if subject is None or subject[1] > i - 1 or tokens[subject[1]].text != ",":
        return None
    segments, start, open_relative, clause_aside = 0, subject[1] + 1, False, False
    for k in range(subject[1] + 1, i):
        if tokens[k].text == "," and not p.inside_closed_quote(tokens[k].start):
            if k == i - 1 and segments and not open_relative and a_tagged_name(tokens, start, k):
                return start, k  # "In Berea, Ohio, after the win, Gov. Al Ford (R-OH), said": the name is the subject
            if k == start or not (open_relative or _parenthetical(p, start, k)):
                return None
            clause_aside = clause_aside or open_relative or _participle_aside(tokens, start) \
                or tokens[start].lower in {"who", "whose", "which"}
            # "Slinker, whose start-up, Paradata, uses big data, said": a relative clause whose verb is yet to come
            # holds the commas of its own aside
            opens = open_relative or tokens[start].lower in {"who", "whose", "which"}
            open_relative = opens and not any(finite_verb_at(tokens, j, k) for j in range(start + 1, k))
            segments, start = segments + 1, k + 1
    if quoted_end:
        if start >= i - 1 or not _parenthetical(p, start, i):
            return None
        segments += 1
    # one aside is the apposition ``subject_before`` reads, unless it holds a quotation, which that does not, or is a
    # participle's or a setting ("Lee, speaking on condition of anonymity, said ...", "Lee, in a statement, said")
    if segments == 1 and not any(t.text[0] in QUOTE_CHARS for t in tokens[subject[1]:i]) \
            and not _participle_aside(tokens, subject[1] + 1) or i - subject[1] > 45:
        return None
    if grouped and not clause_aside:
        return None  # "Lee Park, a nurse from Ames, Iowa, also said": the apposition ``subject_before`` reads
    return subject


def _participle_aside(tokens: list[Token], k: int) -> bool:
    """Whether the aside at token k opens with an -ing participle ("speaking to reporters", "citing the report") or
    a preposition of setting ("during the hearing", "in an interview"): no apposition, which names the subject."""
    w = tokens[k].lower
    return w.endswith("ing") and len(w) > 5 and not tokens[k].is_capitalised and w not in lx.PREPOSITIONS \
        or w in lx.SPEECH_SETTING_OPENERS and w not in {"when", "while", "as"}


def _quote_closing_an_aside(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """Whether the cue at i follows a quotation that closes on a comma and opens after a word, inside the
    sentence: a phrase quoted in an aside ('who calls the plan a "scam,"'), not the content of the cue."""
    tokens = p.tokens
    if i - 1 <= sentence.lo or tokens[i - 1].text[0] not in CLOSE_QUOTES \
            or not _comma_before_mark(p, tokens[i - 1].start):
        return False
    quote = p.quote_around(tokens[i - 1].start)
    if quote is None or quote[0] <= sentence.start:
        return False
    k = i - 1
    while k > sentence.lo and tokens[k].start > quote[0]:
        k -= 1
    return k - 1 >= sentence.lo and tokens[k - 1].is_word


def _parenthetical(p: ParagraphState, lo: int, hi: int) -> bool:
    """Whether ``tokens[lo:hi]``, set off by commas, is an aside and not a clause: a relative
    clause ("who grew up nearby"), a phrase opened by a determiner, number, name, preposition
    or participle ("a nurse from Ames", "58", "Iowa", "appearing on TV"), or an adverb; a
    phrase that is not a relative clause holds no auxiliary or cue of its own."""
    tokens = p.tokens
    first = tokens[lo]
    if first.lower in {"who", "whose", "whom", "which", "where"}:
        return True
    # a role with no article before "of" ("host of the show", "director of the fund") opens an aside too: a verb
    # before "of" is a past form ("thought of") or an -ing form, read above
    bare_role = lo + 1 < hi and tokens[lo + 1].lower == "of" and first.is_word and not phrases.past_verb(first.lower) \
        and first.lower not in lx.VERB_GROUP and first.lower not in lx.SINGLE_CUES and first.lower not in lx.PRONOUNS
    if not (first.lower in lx.DETERMINERS or first.lower in lx.POSSESSIVE_PRONOUNS or first.text[0].isdigit()
            or first.is_capitalised or first.lower in lx.PREPOSITIONS or first.lower.endswith("ing")
            or first.lower in lx.SENTENCE_ADVERBS or first.lower.endswith("ly") or first.lower in lx.TITLES
            or bare_role):
        return False
    for k in range(lo, hi):
        t = tokens[k]
        if p.inside_closed_quote(t.start):
            continue  # the words of a quotation in the aside ('a "menace,"') are no verbs of it
        if t.lower in {"who", "whose", "whom", "which", "that"}:
            return True  # "a strategist who was ...": the verb is the relative clause's
        if t.lower in lx.MODAL_VERBS or t.lower in lx.BE_FORMS and t.lower != "being" \
                or t.lower in {"has", "have", "had"} \
                or t.lower in lx.SINGLE_CUES and not t.is_capitalised and not (k == lo and t.lower.endswith("ing")):
            return False  # ("citing the report", a participle opening the aside, is one)
    return True


def _read_as_a_verb(p: ParagraphState, i: int, entry: lx.CueEntry, head: Token, sentence: Sentence) -> bool:
    """Whether a cue word after a common noun is the noun's verb, though the noun is no usual
    speaker: a plural noun agrees with the base form ("Legal observers note the ..."), or a past
    or -s form is followed by a that-clause, colon or quotation, also after a comma ("The results showed
    that ...", "the neurosurgeon acknowledged that ...", 'the boy added, "..."'). "disparaging remarks", "a series of tweets", "the
    new thinking that", "a false claim that" stay nouns, and "a play called" names."""
    tokens = p.tokens
    w = tokens[i].lower
    if entry.family not in {"speech", "evidence"} or entry.lemma == "call" or w.endswith("ing") \
            or head.lower.endswith("ly") or head.lower in lx.AUXILIARIES or not head.is_word \
            or tokens[i - 1].lower in lx.PREPOSITIONS or tokens[i - 1].lower in lx.DETERMINERS:
        return False
    if w == entry.lemma:
        return head.lower.endswith("s") and not head.lower.endswith("ss") and head.lower not in lx.NOUN_LIKE_FORMS
    k = i + 1
    if w in lx.NOUN_LIKE_FORMS or k >= sentence.hi:
        return False
    nxt = tokens[k]
    if nxt.lower == "that" or nxt.text == ":" or nxt.text[0] in OPEN_QUOTES:
        return True
    if nxt.text == "," and k + 1 < sentence.hi and tokens[k + 1].text[0] in OPEN_QUOTES \
            and quotation_at(p, k, sentence) is not None:
        return True  # 'Another child responded, "That's her husband."': the quotation after a comma
    # a past form after a noun phrase opened by a determiner, then a wh-clause or an object noun
    # phrase: "The actress explained why ...", "the task force announced an agreement" (a participle
    # modifying the noun has "by", a time or a preposition after it: "the cuts announced Monday")
    # ("The scholars agreed there are ...", "the nurse noted she had ...": a clause opened by its subject pronoun
    # and verb)
    return w.endswith("ed") and _opened_by_determiner(p, i, sentence) and (
        nxt.lower in lx.QUESTION_MARKERS and nxt.lower != "about"
        or nxt.lower in lx.NOUN_DETERMINERS or nxt.text[0].isdigit()
        or (nxt.lower in lx.SPEAKER_PRONOUNS or nxt.lower in {"there", "i"}) and k + 1 < sentence.hi
        and (finite_verb_at(tokens, k + 1, sentence.hi) or tokens[k + 1].lower in lx.MODAL_VERBS))


def _opened_by_determiner(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """Whether the subject before the cue at i starts with a determiner ("the task force", "a member
    of the family")."""
    subject = subject_before(p, i, sentence)
    return subject is not None and p.tokens[subject[0]].lower in lx.DETERMINERS


def _past_setting_and_recipient(p: ParagraphState, after: int, entry: lx.CueEntry, sentence: Sentence) -> int:
    """The token where the content can begin: past 'on Friday', 'in a statement', and the
    addressee of 'told reporters' or 'said to the TV'."""
    tokens = p.tokens
    k = skip_adverbials(p, after, sentence.hi)
    if entry.family == "tell" and k < sentence.hi and tokens[k].is_word and tokens[k].lower not in {"that"} \
            and not a_story_told(tokens, k, sentence):
        k = skip_adverbials(p, _recipient_end(p, k, object_after(p, k, sentence)), sentence.hi)
    elif entry.family == "say" and k + 1 < sentence.hi and tokens[k].lower == "to" and tokens[k + 1].is_word:
        k = skip_adverbials(p, object_after(p, k + 1, sentence), sentence.hi)
    elif entry.lemma in lx.ADDRESSEE_VERBS and k < sentence.hi and tokens[k].is_word and tokens[k].lower != "that" \
            and tokens[k].lower not in lx.OBJECT_PREPOSITIONS:
        # only a noun phrase and only before "that": "warned the plan would fail", "warned of a crisis that ..."
        # address no one
        j = skip_adverbials(p, _recipient_end(p, k, object_after(p, k, sentence)), sentence.hi)
        if j < sentence.hi and tokens[j].lower == "that":
            k = j
    elif entry.family in {"speech", "write"} and entry.lemma not in _ANSWERING and k + 1 < sentence.hi \
            and tokens[k].lower == "to" \
            and tokens[k + 1].is_word and tokens[k + 1].lower not in _ADDRESSED_CLAUSE_MARKERS \
            and tokens[k + 1].lower not in lx.SINGLE_CUES and tokens[k + 1].lower not in lx.VERB_GROUP \
            and tokens[k + 1].lower != "be":
        # the one addressed, before what was said: "explained to CBS why ...", "admitted to reporters that ...",
        # "wrote to the board: ..." (not "agreed to pay", "responded to the attack", "admitted to lying")
        end = object_after(p, k + 1, sentence)
        end = next((j for j in range(k + 2, end) if tokens[j].lower in _ADDRESSED_CLAUSE_MARKERS), end)
        j = skip_adverbials(p, end, sentence.hi)
        first = tokens[k + 1]
        # the one addressed opens with an article, a name or a pronoun, or is a plural ("to reporters"); a bare
        # word after "to" is as often an infinitive ("continued to question whether", "agreed to divide ...")
        addressed = first.lower in lx.DETERMINERS or first.lower in lx.POSSESSIVE_PRONOUNS or first.is_capitalised \
            or first.lower in lx.RECIPIENT_PRONOUNS or first.lower.endswith("s") and end == k + 2 and head_like(first)
        if j > k + 1 and addressed and head_like(phrase_head(tokens, k + 1, end)) and j < sentence.hi and (tokens[j].lower in _ADDRESSED_CLAUSE_MARKERS or tokens[j].text == ":"
                                              or tokens[j].text[0] in OPEN_QUOTES):
            k = j
    k = _past_duration(p, k, sentence)
    return k


# What opens the content after the one addressed: "explained to CBS why ...", "admitted to reporters that ...".
_ADDRESSED_CLAUSE_MARKERS: Final = frozenset("that whether how why what".split())
# Cues whose "to" names what is answered, not the one addressed: "responded to a question about how ...".
_ANSWERING: Final = frozenset("respond reply answer".split())


def _past_duration(p: ParagraphState, k: int, sentence: Sentence) -> int:
    """Past 'for weeks', 'for the first time', 'for years now' between a cue and its content ("has said for weeks
    he is the only candidate"); k when none stands there."""
    tokens = p.tokens
    if k + 1 >= sentence.hi or tokens[k].lower != "for":
        return k
    j = k + 1
    while j < sentence.hi and j - k <= 4 and (tokens[j].lower in lx.DETERMINERS or tokens[j].lower in lx.COUNT_WORDS
                                              or tokens[j].lower in {"first", "last", "second", "several", "many"}):
        j += 1
    if j < sentence.hi and (tokens[j].lower in lx.TIME_PHRASE_ENDS or tokens[j].lower == "time") \
            and tokens[j].lower not in lx.DAY_WORDS:
        return skip_adverbials(p, j + 1, sentence.hi)
    return k


def _recipient_end(p: ParagraphState, start: int, end: int) -> int:
    """'told the Post the kids were safe': the one told is a single noun phrase, so a
    determiner that does not follow a preposition opens the content's subject."""
    tokens = p.tokens
    for j in range(start + 1, end):
        if tokens[j].lower in lx.NOUN_DETERMINERS and tokens[j - 1].lower not in lx.PREPOSITIONS \
                and tokens[j - 1].lower not in {"and", "or", "&"} and tokens[j - 1].is_word:
            return j
    return end


def _reads_bare(p: ParagraphState, entry: lx.CueEntry, s_start: int, s_end: int, k: int, sentence: Sentence) -> bool:
    """Whether the cue takes its content as a plain object here: a bare verb ("said the
    plan failed"), evidence from a document or body ("the report showed ..."), or 'called'
    with a name, a determiner or a quoted label after it."""
    if entry.bare:
        return True
    tokens = p.tokens
    head = phrase_head(tokens, s_start, s_end)
    if entry.family == "evidence" and (
            head.lower in lx.DOCUMENT_NOUNS or head.lower in lx.ORGANIZATION_NOUNS or head.lower in {"it", "they"}):
        return True
    return entry.lemma == "call" and head_like(head) and k < sentence.hi and tokens[k].is_word and (
        tokens[k].is_capitalised and not _names_the_subject(tokens, k, sentence)
        or tokens[k].lower in lx.DETERMINERS or tokens[k].lower in lx.RECIPIENT_PRONOUNS
        or quoted_label_follows(p, k, sentence))


def _names_the_subject(tokens: list[Token], k: int, sentence: Sentence) -> bool:
    """'A super PAC called Future 45 ran ads': the name after "called" is the subject's own, when the sentence's
    verb follows it (a call names a complement after its object: "called Ruiz a liar")."""
    j = k
    while j < sentence.hi and (tokens[j].is_capitalised or tokens[j].text.isdigit()):
        j += 1
    if j >= sentence.hi or j == k:
        return False
    w = tokens[j].lower
    return phrases.past_verb(w) or w in lx.MODAL_VERBS or w in lx.BE_FORMS or w in {"has", "have"}


def _nothing_after(p: ParagraphState, s_start: int, k: int, sentence: Sentence, setting_only: bool) -> bool:
    """Whether nothing the cue reports follows it from token k: the sentence ends, or only where, when or how
    it was said does."""
    tokens = p.tokens
    return setting_only or k >= sentence.hi or tokens[k].text in {".", "!", "?", ",", ";"} \
        or tokens[k].text[0] in CLOSE_QUOTES or trailing_phrase(p, k, sentence) or (
            # '"Really," she added when the host gasped.': a clause of time after a cue that follows its quote
            tokens[k].lower in lx.TIME_SUBORDINATORS and s_start - 1 >= 0
            and tokens[s_start - 1].text[0] in CLOSE_QUOTES) or (
            # '"It was a good play," he said with a smile.': how a quotation was said
            tokens[k].lower == "with" and s_start - 1 >= 0 and tokens[s_start - 1].text[0] in CLOSE_QUOTES
            and trailing_phrase(p, k, sentence, manner=True))


def _postposed_content(p: ParagraphState, s_start: int, k: int, sentence: Sentence,
                       entry: Optional[lx.CueEntry] = None) -> Optional[tuple[int, int]]:
    """Content of a cue with nothing after it (``_nothing_after``): 'Y, X said.', '"Y," X said.', 'Y, as X
    said.', 'As the report noted, Y.' and the parenthetical 'In recent days, advisers say, Y.'"""
    tokens = p.tokens
    if s_start - 2 > sentence.lo and tokens[s_start - 1].lower == "which" and tokens[s_start - 2].text == ",":
        # "the allegations, which Lee denies, ...": what the relative clause's object stands for
        head = phrases.walk_back(tokens, s_start - 3, sentence.lo)
        if head is None:
            return None
        k = s_start - 3  # the noun phrase itself, not what it is the object of ("details of the allegations")
        while k - 1 >= head and tokens[k - 1].is_word and tokens[k - 1].lower not in lx.PREPOSITIONS \
                and not finite_verb_at(tokens, k - 1, k):
            k -= 1
        return tokens[k].start, tokens[s_start - 3].end
    if entry is not None and entry.family in {"say", "tell", "speech"} and entry.lemma not in lx.GOING_ON_VERBS \
            and s_start - 2 > sentence.lo and tokens[s_start - 1].lower == "that" and _object_relative_head(tokens, s_start - 2):
        # "a charge that Colorado leaders denied": with nothing after its verb, the clause after a noun's "that" is
        # a relative one whose object the noun is (a complement clause, "the fact that they left", is whole)
        k = s_start - 2
        while k - 1 > sentence.lo and tokens[k - 1].is_word and tokens[k - 1].lower not in lx.PREPOSITIONS \
                and not finite_verb_at(tokens, k - 1, k) and tokens[k - 1].lower not in lx.SINGLE_CUES \
                and (tokens[k - 1].lower in lx.DETERMINERS or head_like(tokens[k - 1])) and s_start - 2 - k < 5:
            k -= 1
        return tokens[k].start, tokens[s_start - 2].end
    before = s_start - 1
    if before > sentence.lo and tokens[before].lower == "as" and tokens[before - 1].text == ",":
        before -= 1
        s_gap = before
    else:
        s_gap = s_start
    comma_after = k < sentence.hi and tokens[k].text == ","
    if comma_after and _fronted_as(tokens, s_start, sentence):
        return trim(p, tokens[k].end, sentence.end)  # "As the report noted, Y.", "But as Ruiz noted, Y."
    if comma_after and before > sentence.lo and tokens[before].text == "," \
            and tokens[before - 1].text[0] not in CLOSE_QUOTES \
            and not (k + 1 < sentence.hi and (tokens[k + 1].lower in {"and", "but"} or set_off_relative_at(tokens, k + 1))):
        # "In recent days, advisers say, the president has grown tired."; "The plant closed, officials said, and
        # experts say ...": a conjunction after the aside opens another clause, so what was said comes before it
        return trim(p, tokens[k].end, sentence.end)
    if before >= sentence.lo and tokens[before].text in {",", "—", ".", ";"} | CLOSE_QUOTES | {'"'} \
            or before >= 0 and tokens[before].text[0] in CLOSE_QUOTES:
        if _only_an_opening_phrase(p, s_gap, sentence):
            return None  # "In Millbrook, a small town, the police posted on social media.": a setting, not content
        return content_before(p, s_gap, sentence)
    return None


def _object_relative_head(tokens: list[Token], k: int) -> bool:
    """Whether token k, before "that", is a common noun a relative clause can hang from ("a charge that ...";
    not a verb, a cue, a pronoun or a preposition: "said that ...", "so that ...")."""
    t = tokens[k]
    # a cue's word after a determiner is its noun ("a charge", "the claim")
    noun = head_like(t) and t.lower not in lx.SINGLE_CUES or k > 0 and tokens[k - 1].lower in lx.DETERMINERS
    return noun and t.is_word and not t.is_capitalised and not phrases.past_verb(t.lower) \
        and t.lower not in lx.VERB_GROUP and t.lower not in lx.BE_FORMS \
        and t.lower not in lx.PRONOUNS and t.lower not in lx.PREPOSITIONS and not t.lower.endswith("ly") \
        and t.lower not in lx.SUBJECT_STOPS


def _only_an_opening_phrase(p: ParagraphState, s_start: int, sentence: Sentence) -> bool:
    """Whether all before the source at s_start is the sentence's opening phrase and its comma ("In
    Millbrook,", "In a statement,"), with no verb of its own: where or how, never what was said."""
    return sentence.lo < s_start and p.tokens[s_start - 1].text == "," and after_opening_phrase(p, sentence) == s_start \
        and not verb_of_its_own(p.tokens, sentence.lo, s_start)


def _fronted_as(tokens: list[Token], s_start: int, sentence: Sentence) -> bool:
    """Whether the source follows an "as" that opens its clause, alone or after one connective."""
    if s_start - 1 < sentence.lo or tokens[s_start - 1].lower != "as":
        return False
    lead = s_start - 2
    if lead >= sentence.lo and tokens[lead].lower in lx.CONNECTIVE_OPENERS:
        lead -= 1
    return lead < sentence.lo or not tokens[lead].is_word


def _adverbs_then_comma(tokens: list[Token], k: int, sentence: Sentence) -> Optional[int]:
    """The comma after one to three adverbs of time or manner from token k ("just today,", "first,", "only
    recently,"), or None."""
    for j in range(k, min(sentence.hi, k + 4)):
        t = tokens[j]
        if t.text == ",":
            return j if j > k else None
        if t.is_capitalised or not (t.lower in lx.ADVERBS_BEFORE_PARTICIPLE or t.lower in lx.TIME_ADVERBS
                                    or t.lower in lx.DEICTIC_TIME_ADVERBS or t.lower.endswith("ly") and len(t.lower) > 4):
            return None
    return None


def _setting_then_comma(tokens: list[Token], k: int, sentence: Sentence) -> Optional[int]:
    """The comma that ends a short phrase of setting opened by token k ("for the Tribune,", "on Nov. 8,"),
    or None."""
    j = short_phrase_end(tokens, k, sentence)
    return j if j < sentence.hi and tokens[j].text == "," else None


# -- shapes without a verb -------------------------------------------------------

def pointed_statement(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """'A spokesperson sent the following statement:', 'The company issued the following statement: ...': a
    document noun after words that point ahead, then a colon, after a verb and its subject: the subject's words
    are what follows the colon, or the next paragraph (as after "She added:")."""
    tokens = p.tokens
    verb = i - 3
    colon = _colon_past_a_setting(p, i + 1, sentence)
    if verb < sentence.lo or tokens[i - 1].lower not in lx.FORWARD_POINTERS or tokens[i - 2].lower != "the" \
            or colon is None or tokens[verb].is_capitalised \
            or not (phrases.past_verb(tokens[verb].lower) or tokens[verb].lower in lx.STATEMENT_VERB_FORMS):
        return False
    subject = subject_before(p, verb, sentence)
    if subject is None or subject[1] != verb:
        return False
    source, stype, plural, anon = p.source(*subject, sentence, tokens[subject[1] - 1].end)
    content, _ = content_after(p, colon, sentence, True)  # at the colon: what follows it, or nothing
    p.found.append(Found(source, (tokens[verb].start, tokens[i].end), content, stype, verb, sentence.index, plural,
                         anon, lemma="say", opens_next=content is None))
    return True


def _colon_past_a_setting(p: ParagraphState, k: int, sentence: Sentence) -> Optional[int]:
    """The colon at token k, or the one that ends a setting opened there: when, where or on what the statement
    was given ("the following statement today on the agency's report, FY 2011 Approvals:", "... statement
    following the council's vote:"): a preposition, a time word or an adverb of setting, then words and commas
    only (no quotation, no verb of its own) up to the colon."""
    tokens = p.tokens
    if k >= sentence.hi:
        return None
    if tokens[k].text == ":":
        return k
    first = tokens[k].lower
    if not (first in lx.OBJECT_PREPOSITIONS or first in lx.STATEMENT_SETTING_OPENERS or first in lx.SETTING_ADVERBS):
        return None
    for j in range(k + 1, min(sentence.hi, k + 30)):
        t = tokens[j]
        if t.text == ":":
            return j
        if t.text[0] in QUOTE_CHARS or t.text in {".", "!", "?", ";"} or p.inside_closed_quote(t.start) \
                or t.lower in lx.BE_FORMS or t.lower in lx.MODAL_VERBS:
            return None
    return None


def possessed_statement(p: ParagraphState, i: int, sentence: Sentence) -> bool:
    """"Trump's claim that ...", "her warning that ...": the possessor said the content.
    Only with "that" after the noun: "his comments about taxes" names a topic, not a claim."""
    tokens = p.tokens
    that = i + 1
    if that < sentence.hi and tokens[that].lower in {"in", "on", "during", "at"}:
        # a setting between the noun and its clause: "his claim in a recent interview that ..."
        that = next((k for k in range(i + 2, min(sentence.hi, i + 9)) if not _setting_word(tokens[k])
                     or tokens[k].lower == "that"), sentence.hi)
    if that + 1 >= sentence.hi or tokens[that].lower != "that" or p.inside_closed_quote(tokens[i].start):
        return False
    j = i - 1
    if j > sentence.lo and tokens[j].lower not in lx.POSSESSIVE_PRONOUNS and tokens[j].lower.isalpha() \
            and not tokens[j].is_capitalised and tokens[j - 1].lower not in lx.DETERMINERS:
        j -= 1  # one adjective: "Trump's repeated claim that"
    if j < sentence.lo:
        return False
    owner = tokens[j]
    if owner.lower in lx.POSSESSIVE_PRONOUNS:
        # "her" stands for an earlier source just as "she" does, and like "she" is not remembered
        subject = lx.POSSESSIVE_PRONOUNS[owner.lower]
        stype, plural = phrases.classify([Token(subject, owner.start, owner.end, subject)], False, p.memory)
        source, anon = (owner.start, owner.end), None
    elif owner.lower.endswith(("'s", "’s")) and owner.is_capitalised:
        start = j
        while start - 1 >= sentence.lo and (tokens[start - 1].is_capitalised or tokens[start - 1].lower in lx.TITLES) \
                and tokens[start - 1].is_word and tokens[start - 1].lower not in lx.SUBJECT_STOPS and j - start < 5:
            start -= 1  # the possessor is a name: "Donald Trump's", "Sen. Jane Doe's"
        source, stype, plural, anon = p.source(start, j + 1, sentence, owner.end)
        source = (source[0], source[1] - 2)  # "Donald Trump", not "Donald Trump's"
    elif owner.lower.endswith(("'s", "’s")) and j - 1 >= sentence.lo and tokens[j - 1].lower in {"the", "a", "an", "this", "that"} \
            and _speaking_noun(owner.lower[:-2]):
        # a role, a body or a document: "the mayor's claim that ...", "the agency's warning that ..."
        source, stype, plural, anon = p.source(j - 1, j + 1, sentence, owner.end)
        source = (source[0], source[1] - 2)
    else:
        return False
    # "his statement that \"Islam hates us,\" but he kept calm": a quotation after "that" is what was stated
    quotation = quotation_at(p, that + 1, sentence) if tokens[that + 1].text[0] in QUOTE_CHARS else None
    content = trim(p, *quotation) if quotation else trim(p, tokens[that + 1].start, sentence.end)
    p.found.append(Found(source, (tokens[i].start, tokens[i].end), content, stype, i, sentence.index,
                         plural, anon, lemma=tokens[i].lower))
    return True


def _setting_word(t: Token) -> bool:
    """Whether a word can be part of a short phrase of time or place ("in a recent interview", "at the start of
    the season"): no verb, cue or conjunction."""
    w = t.lower
    return t.is_word and w not in lx.VERB_GROUP and w not in lx.BE_FORMS and w not in {"and", "but", "or"} \
        and w not in lx.SINGLE_CUES and not w.endswith("ing") and not phrases.past_verb(w)


def _speaking_noun(w: str) -> bool:
    """Whether a common noun names one who can state something: a person's role, a body or a document."""
    return w in lx.PERSON_NOUNS or w in lx.SPOKESPERSON_NOUNS or w in lx.TITLES or w in lx.ORGANIZATION_NOUNS \
        or w in lx.DOCUMENT_NOUNS


_SIGNING_DASHES: Final = frozenset("―—–")


def signed_quotes(p: ParagraphState) -> None:
    """'"..." ― Jane Doe': a quotation signed after a dash."""
    if not any(dash in p.text for dash in _SIGNING_DASHES):
        return  # most paragraphs have no dash: their tokens need no look
    tokens = p.tokens
    for k, t in enumerate(tokens):
        if t.text in _SIGNING_DASHES and k > 0 and tokens[k - 1].text[0] in CLOSE_QUOTES and k + 1 < len(tokens):
            end = phrases.walk_forward(tokens, k + 1, len(tokens), p.text)
            if end is None or not tokens[k + 1].is_capitalised or not speaker_like(tokens[k + 1:end], True):
                continue
            quote = p.quote_around(tokens[k - 1].start)
            sentence = p.sentence_of(k)
            source, stype, plural, anon = p.source(k + 1, end, sentence, tokens[end - 1].end)
            p.found.append(Found(source, (t.start, t.end), (quote[0], quote[1] + 1) if quote else None,
                                 stype, k, sentence.index, plural, anon, lemma="―"))


def posted_embeds(p: ParagraphState) -> None:
    """'... — Jane Doe (@janedoe) November 12, 2019': an embedded post, its text the author's own words, signed
    under it (claimcheck.article.embeds). The cue is the signature's handle and date, which say where and when."""
    signature = post_signature(p.text)
    if signature is None:
        return
    tokens = p.tokens
    name_start, name_end = signature.span("name")
    lo = next((k for k, t in enumerate(tokens) if t.start >= name_start), len(tokens))
    hi = lo
    while hi < len(tokens) and tokens[hi].end <= name_end:
        hi += 1
    cue_token = hi  # the bracket before the handle
    if hi == lo or cue_token >= len(tokens):
        return
    sentence = p.sentence_of(lo)
    source, stype, plural, anon = p.source(lo, hi, sentence, tokens[hi - 1].end)
    cue = (tokens[cue_token].start, signature.end("date"))
    body = p.text[:signature.start("lead")]
    start, end = len(body) - len(body.lstrip()), len(body.rstrip())
    content = (start, end) if end > start else None
    p.found.append(Found(source, cue, content, stype, cue_token, sentence.index, plural, anon, lemma="post",
                         verbatim=True))


def interview_label(p: ParagraphState) -> Optional[re.Match[str]]:
    """The interview turn a paragraph opens with ("Q. ...", "A: ...", "Answer: ..."), as a match of its label
    (group 1), its mark (group 2) and the turn's words (from its end); None if none. "A." answers only after a
    question was read: before, it may be an initial ("A. Ruiz said")."""
    m = turns.turn_at(p.text)
    if m is None or turns.kind(m) == "answer" and not p.memory.interview and m.group(2) != ":":
        return None
    return m


def interview_turns(p: ParagraphState) -> None:
    """An interview's turns: a question ("Q. Why ...?") is the interviewer's, a source for nothing; the answer
    ("A. We lost ...") is the interviewee's own words, the whole paragraph (``verbatim``), with its label as the
    source's mention (the roster joins it to the one interviewed: roster.interviewee) and its mark as the cue."""
    m = interview_label(p)
    if m is None:
        return
    p.memory.transcript = True
    if turns.kind(m) == "question":
        p.memory.interview = True
        p.memory.answer_id = None
        return
    content = trim(p, m.end(), len(p.text))
    if content is None:
        return
    cue_token = next((k for k, t in enumerate(p.tokens) if t.end >= m.end(2)), 0)
    p.found.append(Found(m.span(1), m.span(2), content, "named_person", cue_token, 0,
                         lemma=":", verbatim=True, answer=True))


def colon_speakers(p: ParagraphState) -> None:
    """'SANDERS: ...' (a transcript turn), 'Said Ellis: ...', or a headline's 'Mayor Doe: ...'."""
    if ":" not in p.text:
        return  # no colon, no speaker before one: most paragraphs' sentences need no look
    tokens = p.tokens
    if interview_label(p) is not None:
        return  # "Q: ...", "A: ...": an interview's turn (interview_turns), not a speaker named "Q"
    turns_read: list[Found] = []
    for sentence in p.sentences:
        lo = sentence.lo
        if lo < sentence.hi and tokens[lo].text[0] in OPEN_QUOTES:
            lo += 1
        k = lo
        while k < sentence.hi and k - lo < 5 and (tokens[k].is_capitalised or tokens[k].lower in lx.TITLES) \
                and tokens[k].is_word:
            k += 1
        if k == lo or k >= sentence.hi - 1 or tokens[k].text != ":":
            continue
        if tokens[lo].lower in lx.NOT_NAMES or tokens[lo].lower in lx.NOT_SPEAKER_LABELS \
                or tokens[k - 1].lower in lx.LABEL_ENDS or k - lo == 1 and tokens[lo].lower in lx.NOT_COLON_SPEAKERS:
            continue  # "Related:", "Editor's Note:", "Delegate Update:", "Breaking:", "Wow:": a label, no speaker
        if not any(c.isalpha() for c in p.text[tokens[k].end:sentence.end]):
            continue  # "Clinton: 547.": a tally, no words said
        if any(t.lower in lx.PREPOSITIONS or t.lower in {"and", "the", "a", "to", "vs"} for t in tokens[lo + 1:k]):
            continue  # a title in title case ("Stealth Over Health: ..."), not a speaker
        cue = (tokens[k].start, tokens[k].end)
        if _fronted_past_cue(tokens[lo]) and k - lo > 1:
            cue = (tokens[lo].start, tokens[lo].end)  # inverted and colon-led: "Said Ellis: ..."
            lo += 1
        source, stype, plural, anon = p.source(lo, k, sentence, tokens[k - 1].end)
        turn = tokens[lo:k]
        if all(t.text.isupper() for t in turn) and (
                len(turn) == 1 and (len(turn[0].text) > 4 or _a_name_seen(p, turn[0]))
                or len(turn) > 1 and turn[0].lower in lx.FIRST_NAMES):
            # a transcript turn: "WALLACE: ...", "ANA RUIZ: ...", and "LEE: ..." once the text named a Lee (a short
            # word in capitals is an acronym otherwise: "NATO: ...")
            stype, anon = "named_person", None
        content = trim(p, tokens[k + 1].start, sentence.end)
        p.found.append(Found(source, cue, content, stype, k, sentence.index, plural, anon, lemma=":"))
        turns_read.append(p.found[-1])
        p.memory.transcript = True
    # a turn is the speaker's until the next turn: "RUIZ: We will win. The count is ours." holds both sentences
    for spoken, following in zip(turns_read, [*turns_read[1:], None]):
        if spoken.content is None:
            continue
        last = following.sentence - 1 if following is not None else len(p.sentences) - 1
        if last > spoken.sentence:
            spoken.content = trim(p, spoken.content[0], p.sentences[last].end) or spoken.content


def _a_name_seen(p: ParagraphState, word: Token) -> bool:
    """Whether the text named someone by this word before, as a name is written ("Lee" for "LEE")."""
    written = word.text[:1] + word.lower[1:]
    return written in p.memory.names or p.memory.knows_surname(written)


def _fronted_past_cue(t: Token) -> bool:
    """'Said Ellis: ...', 'Stated Ruiz: ...', 'Continued the mayor: ...': a speech verb in the past (or
    "says", "adds", "writes") leading a colon-led speaker; a base or -s form there is a label ("Note:")."""
    entry = lx.SINGLE_CUES.get(t.lower)
    if entry is None or entry.family not in {"say", "write", "speech"}:
        return False
    return t.lower in {"says", "adds", "writes"} or t.lower.endswith("ed") or t.lower in {"said", "wrote"}


def relayed_speech(p: ParagraphState) -> None:
    """'Hale said Ruiz told him the deal was off': a speech attribution whose content opens
    with another's source and cue is one chain, Ruiz as relayed by Hale. The relaying cue may come after the
    words it passes on: "Ruiz told the Tide the deal was off, the paper reported", "Ruiz said the deal was off,
    according to Hale"."""
    found = p.found
    for n, outer in enumerate(found):
        if outer.content is None or outer.no_comment or outer.relays is not None:
            continue
        lo, hi = outer.content
        # the words passed on come before the relaying cue only when set off from it by a comma or a quotation's
        # close ("..., CNN reported", "..., according to Hale"); a cue in a clause of its own passes nothing on
        opens = min(outer.source[0], outer.cue[0])
        between = p.text[hi:opens] if hi <= opens else "?"
        after_its_words = "," in p.text[hi - 1:opens] and not any(c.isalnum() for c in between) \
            and outer.lemma in lx.PASSING_ON_CUES and p.text[outer.source[0]:outer.source[1]].lower() not in lx.PRONOUNS
        earlier = range(n - 1, max(-1, n - 4), -1) if after_its_words else range(0)
        for m in (*range(n + 1, min(len(found), n + 4)), *earlier):
            inner = found[m]
            if inner.no_comment or inner.via is not None or inner.relays is not None \
                    or inner.sentence != outer.sentence:
                continue
            if lo <= inner.source[0] <= lo + 1 and inner.cue[1] <= hi and inner.lemma in lx.RELAYED_CUES:
                outer.relays, inner.via = m, n
                break



# -- what polls found ----------------------------------------------------------

def poll_findings(p: ParagraphState) -> None:
    """'In a CBS News poll last month, Ruiz led Lee 56 percent to 32', 'But in a survey of 800 voters, conducted
    last week, ...': what a poll or survey found, the poll's phrase opening the sentence before a comma; the poll
    (a document) is the source, "In" the cue, the clause after the comma the content. A poll named at a clause's
    end ("Lee leads in the polls") is left out: PolNeAR train annotates fewer than half of them."""
    if "oll" not in p.text and "urvey" not in p.text:
        return  # most paragraphs name no poll ("Poll", "polls", "Survey"): their tokens need no look
    tokens = p.tokens
    for k, t in enumerate(tokens):
        if t.lower not in lx.POLL_NOUNS or p.inside_closed_quote(t.start):
            continue
        sentence = p.sentence_of(k)
        j = k - 1  # back to "in", over the words of the poll's phrase
        while j >= sentence.lo and k - j <= 9 and tokens[j].lower != "in" and (
                tokens[j].lower == "of" or tokens[j].text in {"/", "-", "'s", "’s"} or tokens[j].is_word
                and not finite_verb_at(tokens, j, k) and tokens[j].lower not in lx.PREPOSITIONS
                and tokens[j].lower not in lx.CLAUSE_BREAKS and tokens[j].lower != "to"):
            j -= 1
        if j < sentence.lo or tokens[j].lower != "in" or not (
                j == sentence.lo or j - 1 == sentence.lo and tokens[j - 1].lower in lx.CONNECTIVE_OPENERS):
            continue
        comma = next((m for m in range(k + 1, min(sentence.hi, k + 12)) if tokens[m].text == ","), None)
        if comma is None or any(finite_verb_at(tokens, m, comma) and not tokens[m].lower.endswith("ed")
                                for m in range(k + 1, comma)):
            continue  # "In polls that showed ..., ...": the phrase holds a clause of its own
        after = comma  # "In a poll of 800 voters, conducted last week, Lee led": the participle's aside too
        if comma + 1 < sentence.hi and tokens[comma + 1].lower in lx.POLL_PARTICIPLES:
            after = next((m for m in range(comma + 2, min(sentence.hi, comma + 12)) if tokens[m].text == ","), comma)
        while after + 2 < sentence.hi and tokens[after + 1].lower in lx.SENTENCE_ADVERBS \
                and tokens[after + 2].text == ",":
            after += 2  # "In a CNN poll, however, 73 percent ..."
        if after + 3 >= sentence.hi or not any(finite_verb_at(tokens, m, sentence.hi)
                                               for m in range(after + 1, sentence.hi)):
            continue  # "In the polls, anyway.": no clause after the comma
        content = trim(p, tokens[after].end, sentence.end)
        if content is None:
            continue
        end = _poll_phrase_end(tokens, j + 1, comma)
        source, stype, plural, anon = p.source(j + 1, end, sentence, tokens[end - 1].end)
        p.found.append(Found(source, (tokens[j].start, tokens[j].end), content, stype, j, sentence.index, plural,
                             anon, lemma="in"))


def _poll_phrase_end(tokens: list[Token], lo: int, hi: int) -> int:
    """The poll's phrase without when it was taken: "a CBS poll last month", "a CNN poll conducted on Thursday"
    give "a CBS poll", "a CNN poll"; "a survey published by NBC News" keeps its publisher."""
    end = hi
    while end - 1 > lo and (tokens[end - 1].lower in lx.TIME_WORDS or tokens[end - 1].lower in lx.DAY_WORDS
                            or tokens[end - 1].text in lx.MONTH_NAMES or tokens[end - 1].text.isdigit()):
        end -= 1  # "... Thursday", "... last month"
    if end < hi:
        while end - 1 > lo and tokens[end - 1].lower in {"on", "in", "last", "this", "earlier", "the", "same", "of"}:
            end -= 1
        while end - 1 > lo and tokens[end - 1].lower in lx.POLL_PARTICIPLES:
            end -= 1
    return end
