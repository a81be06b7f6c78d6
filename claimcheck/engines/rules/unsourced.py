"""Reports that name no source: agentless passives and questions with no asker.

"It was announced Tuesday that the plant would close", "Residents were told to leave": a report whose source
the passive hides. "Asked whether she would run, Ruiz said ...", "when asked about the memo": a question put to
someone, with nobody named asking (the reporter, an interviewer). Neither is an attribution (there is no source
to cite or join), and the report keeps them apart (``Paragraph.unsourced_cues``): the passive hides its source,
which the standards ask an editor to see; the question is the context of an answer, never a claim.

A passive the hedge lexicon holds ("is said to", "was reported that") stays a hedge (``agentless``): one owner
for each reading. A passive with its agent ("was announced by the ministry") is an attribution, read elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Optional

from claimcheck.engines.rules import lexicon as lx
from claimcheck.engines.rules.attributions import Found, Sentence
from claimcheck.engines.rules.tokens import CLOSE_QUOTES, OPEN_QUOTES, Token

# Participles that report in the passive: what was said, told, announced or confirmed ("was declared the
# winner", "was named" and "was revealed" tell of an act, not a report).
_REPORTED: Final = frozenset("said told announced reported confirmed disclosed alleged stated".split())
# Words that open the question after "asked": a topic, an indirect question, or what was asked for.
_QUESTION_OPENERS: Final = frozenset("about whether if why what how who whom when where which to".split())
# Words before a participial "asked" that leave its asker unstated: "when asked", "if asked", "once asked".
_CLAUSE_LEADS: Final = frozenset("when if after once as before while until unless though although".split())
# Adverbs between "be" and the participle ("was also told", "was first announced"); a negation ("was not asked")
# reports that nothing was said, and is left out.
_AFTER_BE: Final = frozenset("also repeatedly often again once later already first previously".split())
# Words after "by" that give a time or a means, not an agent: "by noon", "by Friday", "by the end of May",
# "by email".
_NOT_AN_AGENT: Final = (lx.TIME_WORDS | lx.TIME_UNITS | lx.DAY_WORDS | frozenset(m.lower() for m in lx.MONTH_NAMES)
                        | frozenset("noon midnight then now end close middle start phone telephone mail fax".split()))
# Words that open the clause of a passive's subject as a subordinate or relative one: "before the deal was
# announced", "the details that were disclosed". Such a passive tells of a thing announced, inside a claim
# about something else, when it reports no clause of its own ("after it was announced that ..." does).
_SUBORDINATE_LEADS: Final = _CLAUSE_LEADS | lx.SUBORDINATORS | lx.RELATIVE_CLAUSE_OPENERS | {"what", "whatever"}
# Auxiliaries, negations and adverbs between a passive's subject and its "be": "had not been reported".
# ("All were confirmed": "all" and "both" can be the subject itself.)
_BEFORE_BE: Final = (lx.AUXILIARIES | frozenset({"having", "being"})) - {"all", "both"}
# Forms of "be" of a report that was made: a bare "be" after a modal or "to" ("will be told", "to be confirmed")
# speaks of one still to come.
_BE_OF_A_REPORT: Final = lx.BE_FORMS - {"be"}


@dataclass(slots=True)
class FoundUnsourced:
    kind: str  # "passive" or "question"
    cue: tuple[int, int]
    content: Optional[tuple[int, int]]
    answered_by: Optional[int] = None  # index into the paragraph's attributions
    subordinate: bool = False  # a passive of a thing, in a subordinate or relative clause (_SUBORDINATE_LEADS)


def find_unsourced(text: str, tokens: list[Token], sentences: list[Sentence],
                   attributions: list[Found]) -> list[FoundUnsourced]:
    """The paragraph's unsourced cues, in order."""
    if "ask" not in text and "Ask" not in text and not any(t.lower in _REPORTED for t in tokens):
        return []  # most paragraphs have no such word
    cues = [f.cue for f in attributions]
    out: list[FoundUnsourced] = []
    for sentence in sentences:
        for k in range(sentence.lo, sentence.hi):
            w = tokens[k].lower
            if w != "asked" and w not in _REPORTED:
                continue
            if any(c[0] <= tokens[k].start < c[1] for c in cues):
                continue  # the cue of an attribution: someone is named
            if _agent_after(tokens, k, sentence):
                continue  # an agent: an attribution's reading, or none
            be = _be_before(tokens, k, sentence.lo)
            if w == "asked":
                if not (be is not None or k == sentence.lo and tokens[k].is_capitalised
                        or k - 1 >= sentence.lo and (tokens[k - 1].lower in _CLAUSE_LEADS or tokens[k - 1].text == ",")):
                    continue  # "Ruiz asked whether ...": the asker is named
                found = FoundUnsourced("question", _verb_span(tokens, be, k), _question(text, tokens, k, sentence))
                found.answered_by = _answer(attributions, sentence, found.cue)
                out.append(found)
            elif be is not None and not _a_hedge(tokens, be, k, sentence):
                content, subordinate = _reported(text, tokens, be, k, sentence)
                out.append(FoundUnsourced("passive", _verb_span(tokens, be, k), content, subordinate=subordinate))
    return out


def _agent_after(tokens: list[Token], k: int, sentence: Sentence) -> bool:
    """Whether the passive at k names its agent later in its clause ("was confirmed as a passenger by the
    ministry", "was announced Tuesday by Ruiz"): a "by" before the clause's next break or its content ("that",
    "to"), not one of time or means ("told to leave by noon", "announced by email", "by the end of May")."""
    for j in range(k + 1, sentence.hi):
        t = tokens[j]
        if not t.is_word or t.lower in {"that", "to"}:
            return False
        if tokens[k].lower == "asked" and t.lower in _QUESTION_OPENERS or j > k + 1 and _a_participle(t):
            return False  # a "by" inside the question ("asked about the attack by ...") or of another participle
        if t.lower != "by":
            continue
        after = [tokens[i].lower for i in range(j + 1, min(sentence.hi, j + 3))]
        if after and after[0] in lx.DETERMINERS and after[1:]:
            after = after[1:]
        return bool(after) and not (after[0] in _NOT_AN_AGENT or after[0][:1].isdigit())
    return False


# Irregular participles that take a "by" of their own after a noun: "a luncheon held by the Journal".
_IRREGULAR_PARTICIPLES: Final = lx.PARTICIPLE_ONLY_FORMS | frozenset("held run led made".split())


def _a_participle(t: Token) -> bool:
    """Whether a word after the report's participle is another participle, whose "by" is its own: "was asked
    during an interview published Monday by the Herald", "during a luncheon held by the Journal"."""
    w = t.lower
    return t.is_word and not t.is_capitalised and (w in _IRREGULAR_PARTICIPLES or len(w) > 4 and w.endswith("ed"))


def _be_before(tokens: list[Token], k: int, lo: int) -> Optional[int]:
    """The form of "be" of a passive at k ("was asked", "has been told", "were also told"), or None."""
    j = k - 1
    if j >= lo and tokens[j].lower in _AFTER_BE:
        j -= 1
    return j if j >= lo and tokens[j].lower in _BE_OF_A_REPORT else None


def _verb_span(tokens: list[Token], be: Optional[int], k: int) -> tuple[int, int]:
    start = be if be is not None else k
    if be is not None and be - 1 >= 0 and tokens[be].lower == "been" and tokens[be - 1].lower in {"has", "have", "had"}:
        start = be - 1
    return tokens[start].start, tokens[k].end


def _a_hedge(tokens: list[Token], be: int, k: int, sentence: Sentence) -> bool:
    """Whether the hedge lexicon reads these words as an agentless hedge ("is said to", "it was reported")."""
    after = tokens[k + 1].lower if k + 1 < sentence.hi else ""
    if (tokens[be].lower, tokens[k].lower, after) in lx.HEDGES:
        return True
    return be - 1 >= sentence.lo and ("it", tokens[be].lower, tokens[k].lower) in lx.HEDGES \
        and tokens[be - 1].lower == "it"


def _until_a_break(text: str, tokens: list[Token], start: int, sentence: Sentence) -> Optional[tuple[int, int]]:
    """From token ``start`` to the next comma, dash or the sentence's end (a quoted question whole)."""
    if start >= sentence.hi:
        return None
    k = start
    quoted = tokens[k].text[0] in OPEN_QUOTES or tokens[k].text == '"'
    while k < sentence.hi:
        t = tokens[k].text
        if k > start and (t in {",", ";", "—", "–", "―"} and not quoted or t in {".", "!", "?"} and not quoted):
            break
        if quoted and k > start and (t[0] in CLOSE_QUOTES or t == '"'):
            k += 1
            break
        k += 1
    begin, end = tokens[start].start, tokens[k - 1].end
    while end > begin and text[end - 1] in ".,;:!?":
        end -= 1
    return (begin, end) if end > begin else None


def _question(text: str, tokens: list[Token], k: int, sentence: Sentence) -> Optional[tuple[int, int]]:
    """What was asked: the topic or the indirect or quoted question after "asked"."""
    start = k + 1
    if start < sentence.hi and tokens[start].text == ",":
        start += 1
    if start >= sentence.hi:
        return None
    nxt = tokens[start]
    if nxt.lower in _QUESTION_OPENERS or nxt.text[0] in OPEN_QUOTES or nxt.text == '"' or nxt.is_word:
        return _until_a_break(text, tokens, start, sentence)
    return None


def _reported(text: str, tokens: list[Token], be: int, k: int,
              sentence: Sentence) -> tuple[Optional[tuple[int, int]], bool]:
    """What was reported: the that-clause or infinitive after the participle, else the subject before "be"; and
    whether the passive is one of a thing in a subordinate or relative clause (the subject's clause opens with a
    word of ``_SUBORDINATE_LEADS``: "even before the deal was announced"). In a subordinate clause ("After it was
    announced that the plant would close, workers ...") the clause reported ends at the next comma."""
    subject_end = be
    while subject_end - 1 >= sentence.lo and tokens[subject_end - 1].lower in _BEFORE_BE:
        subject_end -= 1  # "had not been reported", "should have been told", "was being stated"
    subject_start, in_a_subordinate_clause = sentence.lo, False
    for j in range(subject_end - 1, sentence.lo - 1, -1):
        if not tokens[j].is_word:
            subject_start = j + 1  # a comma, a dash or a quotation mark: the subject's clause is the sentence's own
            break
        if tokens[j].lower in _SUBORDINATE_LEADS:
            subject_start, in_a_subordinate_clause = j + 1, True
            break
    for j in range(k + 1, min(sentence.hi, k + 5)):
        if tokens[j].lower in {"that", "to"}:
            start = j + 1 if tokens[j].lower == "that" else j
            if start >= sentence.hi:
                return None, False
            end = sentence.end
            if in_a_subordinate_clause:
                end = next((tokens[i].start for i in range(start, sentence.hi) if tokens[i].text == ","), end)
            while end > tokens[start].start and text[end - 1] in ".!?;:, ":
                end -= 1
            return ((tokens[start].start, end) if end > tokens[start].start else None), False
        if not tokens[j].is_word:
            break
    if subject_end <= subject_start or tokens[subject_start].lower == "it" and subject_end == subject_start + 1:
        return None, in_a_subordinate_clause
    return (tokens[subject_start].start, tokens[subject_end - 1].end), in_a_subordinate_clause


def _answer(attributions: list[Found], sentence: Sentence, question: tuple[int, int]) -> Optional[int]:
    """The attribution of the question's sentence that answers it: the nearest one, after it or before."""
    here = [n for n, f in enumerate(attributions) if f.sentence == sentence.index]
    if not here:
        return None
    return min(here, key=lambda n: abs(attributions[n].cue[0] - question[0]))
