"""Attribution relations: a cue, the source it belongs to, and the content.

Four shapes cover most news attribution:

* subject first: ``X said (that) Y`` / ``X, a Y at Z, said: "..."``;
* post-posed: ``Y, X said.`` / ``"Y," X said.``;
* inverted: ``"Y," said X, an analyst at Z.``;
* prepositional: ``according to X`` and passive ``were described by X``.

Participles (``..., adding that Y``) borrow the source of the clause they hang
from. ``declined to comment`` yields a source with no content.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from heapq import merge
from typing import Iterator, Optional

from claimcheck.engines.rules import lexicon as lx
from claimcheck.engines.rules import phrases
from claimcheck.engines.rules.tokens import CLOSE_QUOTES, OPEN_QUOTES, QUOTE_CHARS, Token
from claimcheck.schema import AnonymousDetails

_BE = frozenset("is are was were been be being".split())
# "continues to insist", "appeared to suggest": the speaking still happens.
_RAISING = frozenset("continue continues continued continuing began begin begins seemed seems seem appeared "
                     "appears appear went".split())
_CONTRACTED_PRONOUNS = frozenset(
    "he's he’s she's she’s it's it’s they're they’re we're we’re i'm i’m that's that’s who's who’s".split())
_NOUN_DETERMINERS = frozenset("the a an this these those his her their its our my your".split())
_OBJECT_PRONOUNS = frozenset("him her them it me us you".split())
_DASHES = frozenset("—–-")
_MODALS = frozenset("would could may might will should can must".split())
_CONTENT_SKIP_PREPS = frozenset("on in during at to with last this earlier late".split())
_TRAILING = " ,;:—–-\u00a0"
# Verbs whose reported content may open with a preposition: "warned of", "vowed to".
_PREPOSITIONAL_SPEECH = frozenset(
    "say tell write warn vow pledge promise threaten urge ask accuse blame call for call on call demand propose "
    "recommend criticize criticise condemn praise complain speak agree hint caution argue insist remind assure "
    "advise brief inform point to point speak out weigh in".split()
) | {"call for", "call on", "point to", "speak out", "weigh in"}
# Verbs that take an object and then a to-infinitive: "urged the council to act".
_OBJECT_TO = frozenset("urge ask warn advise remind encourage press implore threaten vow pledge promise tell "
                       "call on".split()) | {"call on"}
# "began by saying", "criticised for saying": a gerund whose subject is the sentence's.
_GERUND_PREPOSITIONS = frozenset("by for from after before while without of in".split())
_OPENERS = frozenset("still however meanwhile then later but also instead moreover nonetheless".split())
_PARTICIPLE_OK = frozenset(
    "saying adding noting arguing warning insisting claiming explaining suggesting asserting contending stressing "
    "emphasizing emphasising telling writing acknowledging conceding predicting calling urging accusing "
    "blaming describing charging declaring announcing pointing citing".split()
)


@dataclass
class Found:
    """One attribution, as character spans into the paragraph."""

    source: tuple[int, int]
    cue: tuple[int, int]
    content: Optional[tuple[int, int]]
    source_type: str
    cue_token: int
    sentence: int
    plural: bool = False
    anonymous: Optional[AnonymousDetails] = None
    no_comment: bool = False
    via: Optional[int] = None  # index into the paragraph's list
    quote: str = "indirect"
    lemma: str = ""
    opens_next: bool = False  # a lead-in ending the paragraph with a colon


class Sentence:
    __slots__ = ("lo", "hi", "start", "end", "index")

    def __init__(self, lo: int, hi: int, start: int, end: int, index: int) -> None:
        self.lo, self.hi, self.start, self.end, self.index = lo, hi, start, end, index


def sentence_token_ranges(tokens: list[Token], spans: list[tuple[int, int]]) -> list[Sentence]:
    out: list[Sentence] = []
    k = 0
    for n, (start, end) in enumerate(spans):
        while k < len(tokens) and tokens[k].start < start:
            k += 1
        lo = k
        while k < len(tokens) and tokens[k].end <= end:
            k += 1
        out.append(Sentence(lo, k, start, end, n))
    return out


def match_cue(tokens: list[Token], i: int, hi: int) -> tuple[Optional[lx.CueEntry], int]:
    """The cue starting at token i and the index just past it."""
    t = tokens[i]
    if t.lower in lx.PHRASE_FIRST_WORDS:
        for n in range(min(lx.MAX_PHRASE, hi - i), 1, -1):
            entry = lx.PHRASE_CUES.get(tuple(tok.lower for tok in tokens[i:i + n]))
            if entry is not None:
                return entry, i + n
    entry = lx.SINGLE_CUES.get(t.lower)
    if entry is not None:
        return entry, i + 1
    return None, i + 1


class AttributionFinder:
    """Finds the attributions of one paragraph."""

    def __init__(self, text: str, tokens: list[Token], sentences: list[Sentence],
                 quotes: list[tuple[int, int]], memory: phrases.SourceMemory) -> None:
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
        self.quotes = quotes
        self.memory = memory
        self.found: list[Found] = []
        self._quote_opens = [o for o, _ in quotes]  # quotations never overlap: bisect finds the one around
        self._sentence_los = [sentence.lo for sentence in sentences]
        self._sentence_first = 0  # where the sentence being read begins in self.found

    # -- helpers -----------------------------------------------------------

    def _inside_closed_quote(self, pos: int) -> bool:
        quote = self._quote_around(pos)
        return quote is not None and quote[0] < pos < quote[1] and self.text[quote[1]] in QUOTE_CHARS

    def _quote_around(self, pos: int) -> Optional[tuple[int, int]]:
        n = bisect_right(self._quote_opens, pos)
        if n and pos <= self.quotes[n - 1][1]:
            return self.quotes[n - 1]
        return None

    def _trim(self, start: int, end: int) -> Optional[tuple[int, int]]:
        text = self.text
        while start < end and text[start] in _TRAILING:
            start += 1
        while end > start and (text[end - 1] in _TRAILING or text[end - 1] in ".!?"):
            end -= 1
        if text[start:start + 5].lower() == "that " and end - start > 5:
            start += 5
        return (start, end) if end > start else None

    def _skip_adverbials(self, k: int, hi: int) -> int:
        """Past 'on Wednesday', 'in a statement', 'last week' after a verb."""
        tokens = self.tokens
        for _ in range(3):
            if k >= hi:
                return k
            w = tokens[k].lower
            if w == ",":
                # "insisted, most recently in an interview, that ...": a parenthetical before the content
                for j in range(k + 1, min(hi - 1, k + 16)):
                    if tokens[j].text == "," and tokens[j + 1].lower == "that":
                        return j + 1
                    if not tokens[j].is_word and tokens[j].text not in {"-", "'s", "’s"}:
                        break
                return k
            if w in {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                     "morning", "afternoon", "evening", "night", "tonight", "overnight",
                     "yesterday", "recently", "also", "publicly", "privately", "repeatedly", "later", "again",
                     "afterward", "afterwards", "separately", "earlier", "then", "previously", "flatly", "bluntly",
                     "simply", "frankly", "again", "openly", "explicitly"}:
                k += 1
                continue
            if w in _CONTENT_SKIP_PREPS and w != "to" and k + 1 < hi and tokens[k + 1].lower in phrases.TIME_WORDS:
                k += 2  # "on Friday", "last week"
                continue
            if w in _CONTENT_SKIP_PREPS and w != "to":
                # a short prepositional phrase: up to the next comma / colon / that / quote, at most 8 tokens
                j = k + 1
                while j < hi and j - k < 9 and tokens[j].is_word and tokens[j].lower not in {"that"}:
                    j += 1
                if j - k >= 9 or j >= hi or tokens[j].text in {".", "!", "?", ";"}:
                    return k  # the phrase is the content itself ("agreed with X about Y"), not a lead-in
                k = j
                if k < hi and tokens[k].text == ",":
                    k += 1
                continue
            break
        return k

    def _source(self, start_tok: int, end_tok: int, sentence: Sentence, basis_end: int) -> tuple[
            tuple[int, int], str, bool, Optional[AnonymousDetails]]:
        words = self.tokens[start_tok:end_tok]
        sentence_initial = start_tok == sentence.lo or (
            start_tok - 1 >= sentence.lo and self.tokens[start_tok - 1].text[0] in QUOTE_CHARS)
        source_type, plural = phrases.classify(words, sentence_initial, self.memory)
        anon = None
        if source_type == "anonymous":
            anon = phrases.anonymous_details(self.text, words, basis_end, (sentence.start, sentence.end))
        if not (len(words) == 1 and words[0].lower in lx.PRONOUNS):
            self.memory.remember(self.text[words[0].start:words[-1].end], source_type, plural)
        return (words[0].start, words[-1].end), source_type, plural, anon

    def _subject_before(self, cue_tok: int, sentence: Sentence) -> Optional[tuple[int, int]]:
        """Token range [start, end) of the subject that precedes a cue."""
        tokens = self.tokens
        j = cue_tok - 1
        skipped = 0
        while j >= sentence.lo and skipped < 6 and (tokens[j].lower in lx.AUXILIARIES and not (
                tokens[j].is_capitalised and j > sentence.lo) or (
                tokens[j].lower.endswith("ly") and tokens[j].lower not in lx.PERSON_NOUNS
                and not tokens[j].is_capitalised) or tokens[j].lower in _RAISING
                or tokens[j].lower == "to" and j - 1 >= sentence.lo and tokens[j - 1].lower in _RAISING | {"on"}
                or tokens[j].lower == "on" and j - 1 >= sentence.lo and tokens[j - 1].lower in {"went", "goes", "go"}):
            j -= 1
            skipped += 1
        if j < sentence.lo:
            return None
        if skipped and tokens[j + 1].lower in {"all", "both", "each"} and (
                tokens[j].text in {",", ";"} or j + 1 == sentence.lo + 0 or not tokens[j].is_word):
            return j + 1, j + 2  # "To varying degrees, all agreed that ..."
        if tokens[j].lower in _CONTRACTED_PRONOUNS:
            return j, j + 1
        if tokens[j].text == ",":
            return self._apposed_subject(j, sentence)
        if tokens[j].text in _DASHES:
            return self._dashed_subject(j, sentence)
        start = phrases.walk_back(tokens, j, sentence.lo)
        if start is None or tokens[start].lower in lx.DETERMINERS and start == j:
            return None
        return start, phrases.trailing_time(tokens, start, j + 1)

    def _apposed_subject(self, comma: int, sentence: Sentence) -> Optional[tuple[int, int]]:
        """'X, a Y at Z, said' and 'X, in a statement, said'."""
        tokens = self.tokens
        k = comma - 1
        while k >= sentence.lo and tokens[k].text != "," and tokens[k].text[0] not in QUOTE_CHARS \
                and comma - k < 28:
            k -= 1
        if k < sentence.lo or tokens[k].text != ",":
            return None
        segment_start = k + 1
        head_start = phrases.walk_back(tokens, k - 1, sentence.lo)
        if head_start is None:
            return None
        first = tokens[segment_start].lower
        if first in phrases.PREPOSITIONS or first in {"who", "which", "whose", "including", "speaking", "citing"} \
                or first.endswith("ing"):
            return head_start, k
        return head_start, comma

    def _antecedent(self, relative: int, sentence: Sentence) -> Optional[tuple[int, int]]:
        """'Jane Doe, who said ...': the phrase the relative pronoun stands for."""
        j = relative - 1
        if j >= sentence.lo and self.tokens[j].text == ",":
            j -= 1
        start = phrases.walk_back(self.tokens, j, sentence.lo)
        if start is None:
            return None
        while start < j and (phrases.past_verb(self.tokens[start].lower) or self.tokens[start].lower.endswith("ing")
                             and not self.tokens[start].is_capitalised):
            start += 1  # "... has also included members of the government, which ...": the verb is not the phrase
        return start, j + 1

    def _dashed_subject(self, dash: int, sentence: Sentence) -> Optional[tuple[int, int]]:
        """'John Dickey -- the chief executive of Ora Media -- told me'."""
        tokens = self.tokens
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

    def _object_after(self, k: int, sentence: Sentence) -> int:
        """Past the recipient of 'told': 'told reporters', 'told The Associated Press'."""
        if self.tokens[k].lower in _OBJECT_PRONOUNS:
            return k + 1
        end = phrases.walk_forward(self.tokens, k, sentence.hi, self.text)
        return end if end is not None else k

    def _content_after(self, k: int, sentence: Sentence, bare: bool,
                       lemma: str = "say") -> tuple[Optional[tuple[int, int]], bool]:
        """Content following a cue at token k; the flag says whether a marker introduced it."""
        tokens = self.tokens
        if k >= sentence.hi:
            return None, False
        t = tokens[k]
        if t.text == ":" and k + 1 >= len(tokens):
            return None, True  # "The governor added:" and the quote is the next paragraph
        if t.text == ":" and k + 1 < len(tokens):
            after = tokens[k + 1]
            quote = self._quote_around(after.start) if after.text[0] in QUOTE_CHARS else None
            if quote:
                return (after.start, quote[1] + 1), True
            return self._trim(after.start, sentence.end), True
        if t.text[0] in OPEN_QUOTES or t.text == '"':
            quote = self._quote_around(t.start)
            if quote:
                return (quote[0], quote[1] + 1), True
        if t.lower in {"that", "whether", "how", "why", "what", "when", "if"}:
            return self._trim(t.start if t.lower != "that" else tokens[k + 1].start if k + 1 < sentence.hi else t.start,
                              sentence.end), True
        if t.text == "," and k + 1 < sentence.hi and tokens[k + 1].text[0] in OPEN_QUOTES:
            quote = self._quote_around(tokens[k + 1].start)
            if quote and quote[0] >= tokens[k + 1].start:
                return (quote[0], quote[1] + 1), True
        if t.text in {",", ".", "!", "?", ";"} or t.text[0] in CLOSE_QUOTES:
            return None, False
        if t.lower in {"to", "of", "about", "for", "on", "against"} and lemma in _PREPOSITIONAL_SPEECH and (
                t.lower != "for" or lemma in {"call", "blame", "praise", "criticize"}):
            return self._trim(t.start, sentence.end), True
        if t.lower in {"to", "of", "about", "for", "on", "against"} and not any(
                tokens[j].lower == "that" for j in range(k + 1, min(k + 8, sentence.hi))):
            return None, False  # "responded to the attack": no reported content
        if bare or lemma in lx.OBJECT_SPEECH and t.is_word:
            return self._trim(t.start, sentence.end), False
        # guarded cues: an object, then "that" / "to" within a few tokens ("warned its fighters to prepare")
        for j in range(k, min(k + 8, sentence.hi)):
            if tokens[j].lower == "that" or tokens[j].text == ":" or (
                    tokens[j].lower == "to" and lemma in _OBJECT_TO) or (
                    tokens[j].lower == "as" and lemma == "point to" and j > k):  # "pointed to X as proof"
                return self._trim(t.start, sentence.end), True
            if not tokens[j].is_word:
                break
        return None, False

    def _content_before(self, source_start_tok: int, sentence: Sentence) -> Optional[tuple[int, int]]:
        """Content of a post-posed or inverted cue: the clause or quote before it."""
        tokens = self.tokens
        j = source_start_tok - 1
        while j >= sentence.lo and tokens[j].text in {",", "—", "–", "-"}:
            j -= 1
        if j < 0:
            return None
        if tokens[j].text[0] in CLOSE_QUOTES or tokens[j].text == '"':
            quote = self._quote_around(tokens[j].start)
            if quote:
                return quote[0], quote[1] + 1
        if j >= sentence.lo and tokens[j].text in {",", "—"}:
            j -= 1
        if j < sentence.lo:
            return None
        # quote whose comma sits inside the closing mark: "...," he said
        if tokens[j].text == "," and j - 1 >= sentence.lo:
            j -= 1
        return self._trim(sentence.start, tokens[j].end)

    # -- the shapes ----------------------------------------------------------

    def _according_to(self, i: int, after: int, sentence: Sentence) -> None:
        tokens, text = self.tokens, self.text
        end = phrases.walk_forward(tokens, after, sentence.hi, text)
        if end is None:
            return
        clause_initial = i == sentence.lo or tokens[i - 1].text[0] in QUOTE_CHARS or tokens[i - 1].text == "," and (
            i - 2 < sentence.lo or tokens[i - 2].lower in {"but", "and", "still", "however", "yet"})
        source_end = end
        if not clause_initial:
            source_end = self._with_apposition(end, sentence)
        basis_end = self._clause_end(source_end, sentence)
        source, stype, plural, anon = self._source(after, source_end, sentence, basis_end)
        if clause_initial:
            k = end
            while k < sentence.hi and tokens[k].text != ",":
                k += 1
            content = self._trim(tokens[k].end, sentence.end) if k < sentence.hi else None
        else:
            content = self._content_before(i, sentence)
        via_target = None
        for n in range(len(self.found) - 1, self._sentence_first - 1, -1):
            f = self.found[n]
            if f.sentence == sentence.index and 0 < i - f.cue_token <= 3 and f.via is None:
                via_target = n
                content = f.content
                break
        record = Found(source, (tokens[i].start, tokens[after - 1].end), content, stype, i, sentence.index,
                       plural, anon, lemma="according to")
        self.found.append(record)
        if via_target is not None:
            self.found[via_target].via = len(self.found) - 1

    def _with_apposition(self, end: int, sentence: Sentence) -> int:
        """Extend a source after its cue by ', an analyst at X' when one follows."""
        tokens = self.tokens
        if end + 1 < sentence.hi and tokens[end].text == "," and (
                tokens[end + 1].lower in {"a", "an", "the", "one"} or tokens[end + 1].lower in lx.TITLES
                or tokens[end + 1].lower in lx.RANK_WORDS):
            k = end + 1
            while k < sentence.hi and tokens[k].text not in {",", ".", ";", ":"} and tokens[k].text[0] not in QUOTE_CHARS \
                    and tokens[k].lower not in {"who", "which", "that", "whose"} and k - end < 16:
                k += 1
            if k - end < 16:
                return k
        return end

    def _clause_end(self, k: int, sentence: Sentence) -> int:
        tokens = self.tokens
        while k < sentence.hi and tokens[k].text not in {",", ".", ";", ":", "!", "?"} and tokens[k].text[0] not in QUOTE_CHARS:
            k += 1
        return tokens[k].start if k < sentence.hi else sentence.end

    def _passive(self, i: int, sentence: Sentence) -> bool:
        """'were described by several US officials'."""
        tokens = self.tokens
        if not (i + 2 < sentence.hi and tokens[i + 1].lower == "by" and i - 1 >= sentence.lo
                and tokens[i - 1].lower in _BE | {"also", "first", "widely", "previously"}):
            return False
        end = phrases.walk_forward(tokens, i + 2, sentence.hi, self.text)
        if end is None:
            return False
        be = i - 1
        while be > sentence.lo and tokens[be].lower not in _BE:
            be -= 1
        content = self._trim(sentence.start, tokens[be].start)
        source, stype, plural, anon = self._source(i + 2, end, sentence, self._clause_end(end, sentence))
        self.found.append(Found(source, (tokens[i].start, tokens[i + 1].end), content, stype, i, sentence.index,
                                plural, anon, lemma=tokens[i].lower))
        return True

    def _participle(self, i: int, entry: lx.CueEntry, after: int, sentence: Sentence) -> bool:
        """', adding that Y': the source is the one the clause already has."""
        tokens = self.tokens
        if tokens[i].lower not in _PARTICIPLE_OK or i - 1 < sentence.lo:
            return False
        # "posted a video on Friday saying ...": a participle right after the object of
        # the sentence's verb still reports the sentence's subject
        after_object = tokens[i - 1].is_word and tokens[i - 1].lower not in lx.AUXILIARIES \
            and tokens[i - 1].lower not in lx.PRONOUNS and self._finite_verb_before(i, sentence)
        if tokens[i - 1].text not in {",", "—", "and"} and tokens[i - 1].lower not in _GERUND_PREPOSITIONS \
                and not after_object:
            return False
        content, marked = self._content_after(self._skip_adverbials(after, sentence.hi), sentence, True)
        governing = self._governing(sentence, i)
        if governing is not None:
            f = governing
            self.found.append(Found(f.source, (tokens[i].start, tokens[after - 1].end), content, f.source_type,
                                    i, sentence.index, f.plural, f.anonymous, lemma=entry.lemma))
            return True
        lo = self._after_opening_phrase(sentence)
        end = phrases.walk_forward(tokens, lo, sentence.hi, self.text, subject=True)
        end = phrases.trailing_time(tokens, lo, end) if end is not None else None
        if end is None or end > i or not self._speaker_like(tokens[lo:end], True):
            return False
        source, stype, plural, anon = self._source(lo, end, sentence, tokens[end - 1].end)
        self.found.append(Found(source, (tokens[i].start, tokens[after - 1].end), content, stype, i,
                                sentence.index, plural, anon, lemma=entry.lemma))
        return True

    def _finite_verb_before(self, i: int, sentence: Sentence) -> bool:
        """Whether the sentence's subject and its past-tense verb come before token i
        ("Lopez posted a video saying"), so that a participle at i hangs from that clause."""
        lo = self._after_opening_phrase(sentence)
        end = phrases.walk_forward(self.tokens, lo, sentence.hi, self.text, subject=True)
        return end is not None and end < i - 1 and phrases.past_verb(self.tokens[end].lower) \
            and self._speaker_like(self.tokens[lo:end], True)

    def _speaker_like(self, words: list[Token], strict: bool) -> bool:
        """Whether a phrase after an inverted cue can be its speaker."""
        if len(words) == 1 and words[0].lower in lx.PRONOUNS:
            return True
        if len(words) > 8:
            return False
        words = phrases.without_brackets(words)
        if not words:
            return False
        core = phrases.core_phrase(words) or words
        head = core[-1]
        if (head.is_capitalised or phrases.is_name_particle(head.text)) and len(core) <= 7 and not strict:
            return True
        if words[0].lower.endswith("ing") and words[0].lower not in lx.DETERMINERS:
            return False  # "Enacting dominance ...": a gerund, not a speaker ("the ruling" is a noun)
        if head.is_capitalised:
            return all(t.is_capitalised or t.lower in lx.DETERMINERS or t.lower in lx.RANK_WORDS
                       or t.lower in lx.AFFILIATION_WORDS or t.lower in lx.TITLES or t.lower in lx.PERSON_NOUNS
                       or t.text in {"'s", "’s", "-", "&"} or not t.is_word for t in core)
        if not strict:
            return words[0].lower in lx.DETERMINERS
        return head.lower in lx.PERSON_NOUNS or head.lower in lx.SPOKESPERSON_NOUNS \
            or head.lower in lx.ORGANIZATION_NOUNS or head.lower in lx.DOCUMENT_NOUNS or phrases.looks_like_noun(head.lower)

    def _title_case(self, sentence: Sentence) -> bool:
        words = [t for t in self.tokens[sentence.lo:sentence.hi] if t.is_word and t.text[0].isalpha()]
        return len(words) >= 3 and sum(t.is_capitalised for t in words) >= 0.7 * len(words)

    def _trailing_phrase(self, k: int, sentence: Sentence) -> bool:
        """'"...," Mr. Clarke recalled of the proceedings.': a short phrase, then the end."""
        tokens = self.tokens
        if tokens[k].lower not in {"of", "about", "in", "on", "at", "during", "after", "before", "to", "from", "for"}:
            return False
        j = k + 1
        # an abbreviation's period inside the sentence reads on: "on Nov. 8", "in St. Louis"
        while j < sentence.hi and j - k < 12 and (tokens[j].is_word or tokens[j].text == "." and j + 1 < sentence.hi
                                                   and tokens[j + 1].is_word):
            j += 1
        return j >= sentence.hi or tokens[j].text in {".", "!", "?", ","} and (
            j + 1 >= sentence.hi or tokens[j + 1].text[0] in QUOTE_CHARS)

    def _postposed_with_setting(self, s_start: int, k: int, sentence: Sentence, lemma: str) -> bool:
        """'"...," X said in a statement.' / '..., X said on Twitter.': the source follows a quote
        or a clause, and what follows the cue is only where or when it was said."""
        if s_start - 1 < 0 or k >= sentence.hi:
            return False
        before = self.tokens[s_start - 1].text
        if s_start - 1 < sentence.lo and not (before[0] in CLOSE_QUOTES and s_start - 2 >= 0
                                              and self.tokens[s_start - 2].text in {"?", "!"}):
            return False  # '"... on the Chinese part?" He Jianxiong said at ...' splits after the "?"
        if lemma in _OBJECT_TO and before[0] in CLOSE_QUOTES and self.tokens[k].is_word \
                and self.tokens[k].lower not in phrases.PREPOSITIONS:
            k = self._skip_adverbials(self._object_after(k, sentence), sentence.hi)  # '"...?" she asked the panel.'
            if k >= sentence.hi or self.tokens[k].text in {".", "!", "?"}:
                return True
        if before not in {",", "—", "–"} and before[0] not in CLOSE_QUOTES:
            return False
        return self._trailing_phrase(k, sentence)

    def _after_conjunction(self, i: int, sentence: Sentence) -> bool:
        """'... and said', '... but has said', '... and then told'."""
        j = i - 1
        while j > sentence.lo and self.tokens[j].lower in lx.AUXILIARIES and self.tokens[j].lower not in {"and", "but"}:
            j -= 1
        return j >= sentence.lo and self.tokens[j].lower in {"and", "but"}

    def _governing(self, sentence: Sentence, i: int) -> Optional[Found]:
        """The main attribution a participle or second verb hangs from: the first of
        its sentence, or the previous sentence's when a quote runs on."""
        for f in self.found[self._sentence_first:]:
            if f.sentence == sentence.index and not f.no_comment and f.cue_token < i:
                return f
        if self.found:
            last = self.found[-1]
            if last.sentence == sentence.index - 1 and not last.no_comment and last.content \
                    and last.content[1] >= sentence.start - 2:
                return last
        return None

    def _after_opening_phrase(self, sentence: Sentence) -> int:
        """Past 'In a column on Monday,' at the head of a sentence."""
        tokens = self.tokens
        lo = sentence.lo
        if lo < sentence.hi and (tokens[lo].lower in phrases.PREPOSITIONS or tokens[lo].lower.endswith("ly")
                                 or tokens[lo].lower in _OPENERS):
            for k in range(lo, min(sentence.hi, lo + 20)):
                if tokens[k].text == ",":
                    lo = k + 1
                    break
            # "Recently, however, ...": a second opener set off by commas
            if lo + 1 < sentence.hi and tokens[lo].lower in _OPENERS and tokens[lo + 1].text == ",":
                lo += 2
        return lo

    def _coordinated(self, i: int, entry: lx.CueEntry, after: int, sentence: Sentence) -> bool:
        """'officials said X, and said Y': the second verb shares the subject."""
        f = self._governing(sentence, i)
        if f is not None:
            k = self._skip_adverbials(after, sentence.hi)
            content, _ = self._content_after(k, sentence, entry.bare, entry.lemma)
            self.found.append(Found(f.source, (self.tokens[i].start, self.tokens[after - 1].end), content,
                                    f.source_type, i, sentence.index, f.plural, f.anonymous, lemma=entry.lemma))
            return True
        # "Authorities announced X and said Y": the sentence's subject; a bare base form
        # ("to train and advise") has none
        if self.tokens[i].lower == entry.lemma.split()[0]:
            return False
        lo = self._after_opening_phrase(sentence)
        end = phrases.walk_forward(self.tokens, lo, sentence.hi, self.text, subject=True)
        end = phrases.trailing_time(self.tokens, lo, end) if end is not None else None
        if end is None or end >= i or not self._speaker_like(self.tokens[lo:end], True):
            return False
        k = self._skip_adverbials(after, sentence.hi)
        content, _ = self._content_after(k, sentence, entry.bare, entry.lemma)
        source, stype, plural, anon = self._source(lo, end, sentence, self.tokens[end - 1].end)
        self.found.append(Found(source, (self.tokens[i].start, self.tokens[after - 1].end), content, stype, i,
                                sentence.index, plural, anon, lemma=entry.lemma))
        return True

    def _inverted(self, i: int, entry: lx.CueEntry, after: int, sentence: Sentence) -> bool:
        """'"Y," said X, an analyst at Z.'"""
        tokens = self.tokens
        if i - 1 < sentence.lo and not (i - 1 >= 0 and tokens[i - 1].text[0] in CLOSE_QUOTES | {'"'}):
            return False
        prev = tokens[i - 1] if i - 1 >= 0 else None
        if prev is None or not (prev.text == "," or prev.text[0] in CLOSE_QUOTES or prev.text == '"'):
            return False
        if prev.text == "," and tokens[i].lower in _PARTICIPLE_OK:
            return False  # ', adding later, "..."': a participle of the clause before, never 'said X' inverted
        if prev.text == ",":
            apposed = self._apposed_subject(i - 1, sentence)
            if apposed is not None:
                head = phrases.without_brackets(phrases.core_phrase(tokens[apposed[0]:apposed[1]]))
                if head and head[-1].is_capitalised and not (apposed[0] == sentence.lo and len(head) == 1):
                    return False  # "X, a Y at Z, said ...": the subject comes first
        start = after
        if start < sentence.hi and (tokens[start].lower in phrases.PREPOSITIONS or tokens[start].lower in phrases.TIME_WORDS):
            return False
        end = phrases.walk_forward(tokens, start, sentence.hi, self.text)
        if end is None:
            return False
        nxt = tokens[end] if end < sentence.hi else None
        if nxt is not None and nxt.text not in {",", ".", ";", "!", "?"} and nxt.lower not in {"who", "in", "on"}:
            return False
        if not self._speaker_like(tokens[start:end], prev.text == ","):
            return False
        content = self._content_before(i, sentence)
        if content is None:
            return False
        source_end = self._with_apposition(end, sentence)
        source, stype, plural, anon = self._source(start, source_end, sentence, self._clause_end(source_end, sentence))
        self.found.append(Found(source, (tokens[i].start, tokens[after - 1].end), content, stype, i, sentence.index,
                                plural, anon, lemma=entry.lemma))
        return True

    def _subject_first(self, i: int, entry: lx.CueEntry, after: int, sentence: Sentence) -> bool:
        tokens = self.tokens
        subject = self._subject_before(i, sentence)
        if subject is None:
            return False
        s_start, s_end = subject
        if entry.family not in {"say", "tell", "write", "no_comment"} and not _head_like(
                (phrases.core_phrase(phrases.without_brackets(tokens[s_start:s_end])) or tokens[s_start:s_end])[-1]):
            return False  # "disparaging remarks", "a series of tweets": a noun, not a verb
        if tokens[s_start].lower in {"who", "which"} and s_end - s_start > 1:
            return False  # a relative clause with no head: "..., who ordered raids on five suspected depots"
        if entry.lemma == "call" and s_start - 1 >= sentence.lo and tokens[s_start - 1].lower == "what":
            return False  # "what he called tribalism"
        if s_end - s_start == 1 and tokens[s_start].lower in {"who", "which", "that"}:
            if entry.lemma == "ask":
                return False  # "..., who asked not to be named,": about the source, not from it
            antecedent = self._antecedent(s_start, sentence)
            if antecedent is not None:
                s_start, s_end = antecedent
        k = after
        no_comment = entry.family == "no_comment"
        content: Optional[tuple[int, int]] = None
        if not no_comment:
            k = self._skip_adverbials(k, sentence.hi)
            if entry.family == "tell" and k < sentence.hi and tokens[k].is_word and tokens[k].lower not in {"that"}:
                k = self._object_after(k, sentence)
                k = self._skip_adverbials(k, sentence.hi)
            elif entry.family == "say" and k + 1 < sentence.hi and tokens[k].lower == "to" and tokens[k + 1].is_word:
                k = self._object_after(k + 1, sentence)  # "said to reporters", "said to the TV": the addressee
                k = self._skip_adverbials(k, sentence.hi)
            head = (phrases.core_phrase(tokens[s_start:s_end]) or tokens[s_start:s_end])[-1].lower
            bare = entry.bare or (entry.family == "evidence" and (
                head in lx.DOCUMENT_NOUNS or head in lx.ORGANIZATION_NOUNS or head in {"it", "they"})) or (
                entry.lemma == "call" and _head_like(tokens[s_end - 1]) and k < sentence.hi and tokens[k].is_word
                and (tokens[k].is_capitalised or tokens[k].lower in lx.DETERMINERS or tokens[k].lower in _OBJECT_PRONOUNS
                     or self._quoted_label_follows(k, sentence)))
            setting_only = self._postposed_with_setting(s_start, k, sentence, entry.lemma)
            if setting_only:
                content, marked = None, False  # '"...," X said in an interview.': the setting is no content
            else:
                content, marked = self._content_after(k, sentence, bare, entry.lemma)
            if content is None and marked:
                source, stype, plural, anon = self._source(s_start, s_end, sentence, tokens[s_end - 1].end)
                self.found.append(Found(source, (tokens[i].start, tokens[after - 1].end), None, stype, i,
                                        sentence.index, plural, anon, lemma=entry.lemma, opens_next=True))
                return True
            if content is None:
                # post-posed: "Y, X said." / '"Y," X said.' / "Y, as X said."
                at_end = setting_only or k >= sentence.hi or tokens[k].text in {".", "!", "?", ",", ";"} \
                    or tokens[k].text[0] in CLOSE_QUOTES or self._trailing_phrase(k, sentence)
                before = s_start - 1
                if at_end and before > sentence.lo and tokens[before].lower == "as" and tokens[before - 1].text == ",":
                    before -= 1
                    s_gap = before
                else:
                    s_gap = s_start
                if at_end and k < sentence.hi and tokens[k].text == "," and s_start - 1 >= sentence.lo \
                        and tokens[s_start - 1].lower == "as" and (s_start - 1 == sentence.lo or not tokens[s_start - 2].is_word):
                    content = self._trim(tokens[k].end, sentence.end)  # "As the report noted, Y."
                elif at_end and k < sentence.hi and tokens[k].text == "," and before > sentence.lo \
                        and tokens[before].text == "," and tokens[before - 1].text[0] not in CLOSE_QUOTES:
                    # parenthetical: "In recent days, advisers say, the president has grown tired."
                    content = self._trim(tokens[k].end, sentence.end)
                elif at_end and before >= sentence.lo and tokens[before].text in {",", "—", ".", ";"} | CLOSE_QUOTES | {'"'} \
                        or at_end and before >= 0 and tokens[before].text[0] in CLOSE_QUOTES:
                    content = self._content_before(s_gap, sentence)
                if content is None:
                    return False
        basis_end = tokens[s_end - 1].end
        source, stype, plural, anon = self._source(s_start, s_end, sentence, basis_end)
        self.found.append(Found(source, (tokens[self._verb_group_start(i, s_end)].start, tokens[after - 1].end),
                                content, stype, i, sentence.index, plural, anon, no_comment=no_comment,
                                lemma=entry.lemma))
        return True

    def _possessed_statement(self, i: int, sentence: Sentence) -> bool:
        """"Trump's claim that ...", "her warning that ...": the possessor said the content.
        Only with "that" after the noun: "his comments about taxes" names a topic, not a claim."""
        tokens = self.tokens
        if i + 2 >= sentence.hi or tokens[i + 1].lower != "that" or self._inside_closed_quote(tokens[i].start):
            return False
        j = i - 1
        if j > sentence.lo and tokens[j].lower not in lx.POSSESSIVE_PRONOUNS and tokens[j].lower.isalpha() \
                and not tokens[j].is_capitalised and tokens[j - 1].lower not in lx.DETERMINERS:
            j -= 1  # one adjective: "Trump's repeated claim that"
        if j < sentence.lo:
            return False
        owner = tokens[j]
        if owner.lower in lx.POSSESSIVE_PRONOUNS:
            start = end = j
            suffix = 0
        elif owner.lower.endswith(("'s", "’s")) and owner.is_capitalised:
            start, end, suffix = j, j, 2
            while start - 1 >= sentence.lo and (tokens[start - 1].is_capitalised or tokens[start - 1].lower in lx.TITLES) \
                    and tokens[start - 1].is_word and tokens[start - 1].lower not in lx.SUBJECT_STOPS and j - start < 5:
                start -= 1  # the possessor is a name: "Donald Trump's", "Sen. Jane Doe's"
        else:
            return False
        if start is None:
            return False
        if suffix:
            source, stype, plural, anon = self._source(start, end + 1, sentence, owner.end)
            source = (source[0], source[1] - suffix)  # "Donald Trump", not "Donald Trump's"
        else:
            # "her" stands for an earlier source just as "she" does, and like "she" is not remembered
            subject = lx.POSSESSIVE_PRONOUNS[owner.lower]
            stype, plural = phrases.classify([Token(subject, owner.start, owner.end, subject)], False, self.memory)
            source, anon = (owner.start, owner.end), None
        content = self._trim(tokens[i + 2].start, sentence.end)
        self.found.append(Found(source, (tokens[i].start, tokens[i].end), content, stype, i, sentence.index,
                                plural, anon, lemma=tokens[i].lower))
        return True

    def _quoted_label_follows(self, k: int, sentence: Sentence) -> bool:
        """'called half of the crowd "deplorables"': a short object, then the quoted label."""
        for j in range(k, min(k + 8, sentence.hi)):
            if self.tokens[j].text[0] in OPEN_QUOTES:
                return j > k
            if not self.tokens[j].is_word and self.tokens[j].text not in {"'s", "’s", "-"}:
                return False
        return False

    def _verb_group_start(self, i: int, floor: int) -> int:
        """First token of the cue's verb group: 'has said', 'doesn't think', 'is warning'."""
        j = i
        while j - 1 >= floor and self.tokens[j - 1].lower in lx.VERB_GROUP and not self.tokens[j - 1].is_capitalised:
            j -= 1
        return j

    # -- driver --------------------------------------------------------------

    def _not_a_cue(self, i: int, entry: lx.CueEntry, sentence: Sentence) -> bool:
        """Readings of a cue word that report nothing."""
        tokens = self.tokens
        t = tokens[i]
        if entry.family == "according":
            return False
        if t.is_capitalised and i > sentence.lo and tokens[i - 1].text[0] not in QUOTE_CHARS \
                and not (entry.family in {"say", "tell"} and self._title_case(sentence)):
            return True  # "the United States": a name, not a verb (headlines' "X Says" excepted)
        if self._inside_closed_quote(t.start):
            return True  # the speaker's own words: "we say" inside a quote reports nothing new
        if entry.family == "no_comment":
            return False
        prev = tokens[i - 1].lower if i - 1 >= sentence.lo else ""
        j = i - 1
        while j > sentence.lo and tokens[j].lower.endswith("ly") and not tokens[j].is_capitalised:
            j -= 1  # "was formally called": the adverb hides a passive
        if j >= sentence.lo and tokens[j].lower in _BE | _MODALS:
            prev = tokens[j].lower
        if prev == "to" and not (i - 2 >= sentence.lo and tokens[i - 2].lower in _RAISING
                                 or i - 3 >= sentence.lo and tokens[i - 2].lower == "on"
                                 and tokens[i - 3].lower in {"went", "goes", "go", "going"}):
            return True  # "declined to say", "plans to add": infinitives report nothing yet
        after_cue = tokens[i + 1].lower if i + 1 < sentence.hi else ""
        if prev == "having" and after_cue in {"that", "this", "so"} or prev == "without" and t.lower == "saying":
            return True  # "Having said that, ...", "It goes without saying": turns of phrase
        if t.lower == "called" and prev == "," and i + 2 < sentence.hi and tokens[i + 1].is_capitalised \
                and tokens[i + 2].text in {",", "-"} | {")"}:
            return True  # "The program, called EB-5, allows ...": naming, not speaking
        if prev in _NOUN_DETERMINERS or prev.endswith(("'s", "’s", "s'")) and prev not in _CONTRACTED_PRONOUNS:
            return True  # a noun: "the report", "his claims", "Trump's remarks"
        if entry.family == "cognition" and prev in {"i", "we", "you"} and not self._inside_closed_quote(t.start):
            return True  # "I think": the writer's own voice, a hedge rather than a source
        if prev in _MODALS and entry.family not in {"say", "tell"}:
            return True  # "the plan would add": hypothetical, and rarely a speaker
        nxt = tokens[i + 1] if i + 1 < sentence.hi else None
        before = tokens[i - 1] if i - 1 >= sentence.lo else None
        after_common_noun = before is not None and before.is_word and not before.is_capitalised \
            and before.lower not in lx.PRONOUNS and before.lower not in lx.AUXILIARIES and prev not in _BE
        if after_common_noun and t.lower.endswith("ed") and nxt is not None and nxt.lower in {"of", "by"} \
                and entry.lemma != "call":
            return True  # "people accused of rape": a participle, not a report
        if after_common_noun and entry.lemma == "call" and nxt is not None and nxt.is_capitalised and any(
                tokens[j].lower in {"a", "an"} for j in range(max(sentence.lo, i - 4), i)):
            return True  # "a group called Lashkar": naming, not speaking
        if t.lower in lx.NOUN_LIKE_FORMS and match_cue(tokens, i, sentence.hi)[1] == i + 1 and before is not None \
                and before.is_word and not (prev in lx.PRONOUNS or _head_like(before) and not (
                    before.is_capitalised and prev.endswith(("an", "ic", "ish", "ese")))):
            return True  # "Republican claims", "many claims": a noun
        return prev in _BE and not t.lower.endswith("ing") and not (
            t.lower in lx.PASSIVE_CUE_VERBS and i + 1 < sentence.hi and tokens[i + 1].lower == "by")
        # ("is believed to", "was told": passive with nobody named; "were described by X" is handled)

    def _attribute(self, i: int, entry: lx.CueEntry, after: int, sentence: Sentence) -> None:
        """Try the shapes in turn; the first that fits records the attribution."""
        if entry.family == "according":
            self._according_to(i, after, sentence)
            return
        if entry.family != "no_comment":
            if self.tokens[i].lower in lx.PASSIVE_CUE_VERBS and self._passive(i, sentence):
                return
            if self._inverted(i, entry, after, sentence) or self._participle(i, entry, after, sentence):
                return
            if self._after_conjunction(i, sentence) and self._coordinated(i, entry, after, sentence):
                return
        self._subject_first(i, entry, after, sentence)

    def run(self) -> list[Found]:
        tokens = self.tokens
        for sentence in self.sentences:
            self._sentence_first = len(self.found)  # attributions are found sentence by sentence
            i = sentence.lo
            while i < sentence.hi:
                word = tokens[i].lower
                if word in lx.STATEMENT_NOUNS and self._possessed_statement(i, sentence):
                    i += 1
                    continue
                if word not in lx.SINGLE_CUES and word not in lx.PHRASE_FIRST_WORDS:
                    i += 1  # most words open no cue: skip them without a call
                    continue
                entry, after = match_cue(tokens, i, sentence.hi)
                if entry is None:
                    i += 1
                    continue
                if not self._not_a_cue(i, entry, sentence):
                    self._attribute(i, entry, after, sentence)
                i = after
        self._dash_and_colon()
        self._cut_contents()
        for f in self.found:
            f.quote = self._quote_kind(f.content)
        return self.found

    def _quote_kind(self, content: Optional[tuple[int, int]]) -> str:
        """``direct`` when the content is a quotation, ``mixed`` when one sits inside it.
        Quotations are the paragraph's quote spans, so apostrophes ("Epstein's", "workers'",
        "rock 'n' roll") never make a paraphrase look quoted."""
        if content is None:
            return "indirect"
        lo, hi = content
        n = bisect_right(self._quote_opens, hi - 1)
        inside = []
        while n > 0:
            n -= 1
            open_, close = self.quotes[n]
            if close < lo:
                break
            inside.append((open_, close))
        if not inside:
            return "indirect"
        quoted = sum(min(close + 1, hi) - max(open_, lo) for open_, close in inside)
        if inside[-1][0] <= lo + 1 and self.text[lo] in QUOTE_CHARS or quoted >= 0.9 * (hi - lo):
            return "direct"
        return "mixed"

    def _dash_and_colon(self) -> None:
        """'"..." ― Jane Doe' (a signed quote) and 'SANDERS: ...' (a transcript turn or a headline)."""
        tokens, text = self.tokens, self.text
        for k, t in enumerate(tokens):
            if t.text in {"―", "—", "–"} and k > 0 and tokens[k - 1].text[0] in CLOSE_QUOTES and k + 1 < len(tokens):
                end = phrases.walk_forward(tokens, k + 1, len(tokens), text)
                if end is None or not tokens[k + 1].is_capitalised or not self._speaker_like(tokens[k + 1:end], True):
                    continue
                quote = self._quote_around(tokens[k - 1].start)
                sentence = self._sentence_of(k)
                source, stype, plural, anon = self._source(k + 1, end, sentence, tokens[end - 1].end)
                self.found.append(Found(source, (t.start, t.end), (quote[0], quote[1] + 1) if quote else None,
                                        stype, k, sentence.index, plural, anon, lemma="―"))
        for sentence in self.sentences:
            lo = sentence.lo
            if lo < sentence.hi and tokens[lo].text[0] in OPEN_QUOTES:
                lo += 1
            k = lo
            while k < sentence.hi and k - lo < 5 and (tokens[k].is_capitalised or tokens[k].lower in lx.TITLES) \
                    and tokens[k].is_word:
                k += 1
            if k == lo or k >= sentence.hi - 1 or tokens[k].text != ":":
                continue
            if tokens[lo].lower in lx.NOT_NAMES or tokens[lo].lower in {"note", "update", "correction", "editor",
                                                                         "photo", "video", "watch", "read", "see"}:
                continue
            if any(t.lower in phrases.PREPOSITIONS or t.lower in {"and", "the", "a", "to", "vs"} for t in tokens[lo + 1:k]):
                continue  # a title in title case ("Stealth Over Health: ..."), not a speaker
            cue = (tokens[k].start, tokens[k].end)
            if tokens[lo].lower in {"said", "says", "added", "adds", "wrote", "writes"} and k - lo > 1:
                cue = (tokens[lo].start, tokens[lo].end)  # inverted and colon-led: "Said Ellis: ..."
                lo += 1
            source, stype, plural, anon = self._source(lo, k, sentence, tokens[k - 1].end)
            if k - lo == 1 and tokens[lo].text.isupper() and len(tokens[lo].text) > 4:
                stype, anon = "named_person", None  # a transcript turn: "WALLACE: ..."
            content = self._trim(tokens[k + 1].start, sentence.end)
            self.found.append(Found(source, cue, content, stype, k, sentence.index, plural, anon, lemma=":"))
        self.found.sort(key=lambda f: f.cue[0])

    def _sentence_of(self, k: int) -> Sentence:
        # sentences follow each other, so only the last one starting at or before k can hold it
        n = bisect_right(self._sentence_los, k) - 1
        if n >= 0 and k < self.sentences[n].hi:
            return self.sentences[n]
        return self.sentences[-1]

    def _cut_contents(self) -> None:
        """A content stops where the next attribution of its sentence begins."""
        found = self.found
        # Where another attribution begins, seen from a content: its source when that
        # starts inside the content, else its cue. Both come from lists sorted by
        # offset and are read lazily in order, so a paragraph with thousands of
        # attributions is not compared pair by pair.
        starts = sorted((min(o.source[0], o.cue[0]), n) for n, o in enumerate(found))
        cues = sorted((o.cue[0], n) for n, o in enumerate(found))
        for index, f in enumerate(found):
            if f.content is None or f.content[0] < f.cue[1]:
                continue
            lo, hi = f.content
            sources_inside = (begin for begin, n in _between(starts, lo, hi) if n != index)
            cues_of_earlier = (begin for begin, n in _between(cues, lo, hi)
                               if n != index and min(found[n].source[0], found[n].cue[0]) <= lo)
            for begin in merge(sources_inside, cues_of_earlier):
                before = self.text[lo:begin].rstrip()
                if before.endswith((",", ";", "—", ".")) or before.endswith((", and", ", but", "; and", "; but", " and")) \
                        or self.text.startswith("according to", begin):
                    trimmed = self._trim(lo, begin)
                    if trimmed:
                        for word in (" and", " but"):
                            if self.text[trimmed[0]:trimmed[1]].endswith(word):
                                trimmed = self._trim(trimmed[0], trimmed[1] - len(word)) or trimmed
                        f.content = trimmed
                    break


def _between(offsets: list[tuple[int, int]], lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """The ``(offset, index)`` pairs of a sorted list with ``lo < offset < hi``, in order."""
    k = bisect_right(offsets, (lo, len(offsets)))
    while k < len(offsets) and offsets[k][0] < hi:
        yield offsets[k]
        k += 1


def _head_like(t: Token) -> bool:
    """Whether a word can end a subject noun phrase."""
    w = t.lower
    return (t.is_capitalised or phrases.is_name_particle(t.text) or w in lx.PRONOUNS or w in {"who", "which", "that", "all", "both", "each", "some",
                                                          "others", "many", "most", "few"}
            or w in lx.PERSON_NOUNS or w in lx.ORGANIZATION_NOUNS or w in lx.DOCUMENT_NOUNS
            or w in lx.SPOKESPERSON_NOUNS or w.endswith(("'s", "’s", "s'")) or phrases.looks_like_noun(w))
