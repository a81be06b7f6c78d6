"""Word tokens with their offsets, and the quotations of a paragraph.

Everything downstream works on these tokens, so a span built from them is
always a verbatim slice of the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Final

from claimcheck.article import marks

# Titles and initials keep their period ("Lt.", "P.") so that a name reads as
# one run of tokens; "U.S."-style acronyms likewise.
_ACRONYM: Final = r"(?:[A-Za-z]\.){2,}"
_TITLE_WORDS: Final = ("Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Sen", "Sens",
                       "Rep", "Reps", "Gov", "Prof", "Rev", "Jr", "Sr", "St", "Inc", "Co", "Corp", "Ltd", "Brig", "Cpl",
                       "Pvt", "Atty", "Supt", "Det", "Lt.Gen", "Asst", "Assoc", "Dep")
_TITLE: Final = rf"(?:{'|'.join(re.escape(word) for word in _TITLE_WORDS)})\.(?=[\s,;:])"
_INITIAL: Final = r"[A-Z]\.(?=\s+[A-Z])"
# A plural possessive ("officials'"): the word's letters, ending in "s", then a quote and a space.
_PLURAL_POSSESSIVE: Final = r"\w+s['’](?=\s)"
# A word's joiners: a period after two lower-case letters and before a capitalised word is a full stop with its
# space lost ("Trump said.Trump claimed"), not a joiner ("example.com", "J.Smith", "U.S.-China").
_JOINER: Final = r"(?:[-’'&/]|(?<![a-z][a-z])\.|\.(?![A-Z][a-z]))"
_WORD: Final = rf"\w+(?:{_JOINER}\w+)*"
_MARK: Final = r"[^\w\s]"
# A clock time glued to the capitalised word after it, as scraped live blogs print a post's time and headline
# ("9:52PMBush Says ..."): the time is a token of its own.
_GLUED_CLOCK: Final = r"[0-9]+[AP]M(?=[A-Z][a-z])"
# In order of preference: acronym, title, initial, glued clock time, plural possessive, word, mark (the tests hold the plain
# alternation of these). The pattern below reads the same, written so that re does little at each token:
# - only the alternatives a token's first character allows are tried (a lower-case letter opens no title
#   or initial; a mark, nothing else);
# - after its first letter, an acronym needs a period, which a word seldom has: the period is tested first;
# - the plural possessive is the word's own ending, tested once the word's letters are read, instead of a
#   second read of them: a word of one run of letters ending in "s", then a quote and a space (the letter
#   before the "s" is the word's, since no token starts right after a letter);
# - after a word's letters, the character that could go on (a joiner, a quote) is tested before anything
#   else: most words end at a space or a mark, and fail that one test.
_WORD_REST: Final = rf"\w*(?:{_JOINER}\w+(?:{_JOINER}\w+)*|['’](?<=\ws['’])(?=\s)|)"
_ACRONYM_REST: Final = r"\.(?:[A-Za-z]\.)+"
_TOKEN: Final = re.compile(
    rf"[a-z](?:{_ACRONYM_REST}|{_WORD_REST})"
    rf"|{_MARK}"
    rf"|(?=[A-Z])(?:{_TITLE}|[A-Z](?:{_ACRONYM_REST}|\.(?=\s+[A-Z])|{_WORD_REST}))"
    rf"|{_GLUED_CLOCK}|\w{_WORD_REST}"
)

OPEN_QUOTES: Final = frozenset(marks.OPENING_QUOTES)
CLOSE_QUOTES: Final = frozenset(marks.CLOSING_QUOTES)
STRAIGHT_QUOTES: Final = frozenset(marks.STRAIGHT_QUOTES)
QUOTE_CHARS: Final = OPEN_QUOTES | CLOSE_QUOTES | STRAIGHT_QUOTES


# not frozen: frozen dataclasses build slowly, and tokens are never changed. The ``__init__`` is written out (the
# one the dataclass would make): compiled (the opt-in mypyc build), a dataclass's generated methods stay
# interpreted, and calling the class would run Python for every token; this one is compiled with the class.
@dataclass(slots=True, init=False)
class Token:
    text: str
    start: int
    end: int
    lower: str

    def __init__(self, text: str, start: int, end: int, lower: str) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.lower = lower

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text``, as :data:`_TOKEN` reads them one after another.

    No token holds a space, and every other character starts or continues one, so a text is read
    chunk by chunk, a chunk being what ``str.split`` gives. In a text whose chunks are parted by
    single spaces (nearly every paragraph), each chunk's offset follows from the lengths before it,
    and the commonest chunks are read without the pattern: a run of letters and digits is one word
    (no alternative of the pattern stops inside one, or takes in the space after it), unless it opens with a
    glued clock time ("52PMBush", :func:`_holds_a_clock`); with one mark
    after it ("said,", "Washington."), a word and the mark, unless the mark could join the word to
    more or make it an abbreviation (:func:`_reads_as_word_and_mark`); after a mark ("“The"), the
    mark and the word. Other chunks, and other texts, are read by the pattern, which sees the whole
    text for its look-aheads. ``tests/engines/rules/test_tokens.py`` holds it to the pattern's reading.
    """
    chunks = text.split()
    if " ".join(chunks) != text:
        return _scan(text)
    out: list[Token] = []
    append = out.append
    start = 0
    native = _NATIVE
    for chunk in chunks:
        end = start + len(chunk)
        if chunk.isalnum() and not ("0" <= chunk[0] <= "9" and _holds_a_clock(chunk)):
            # _token(chunk, start, end, chunk.lower()), inlined: most tokens are these; a lower-case word is its
            # own lower case
            if native:
                append(Token(chunk, start, end, chunk if chunk.islower() else chunk.lower()))
            else:
                token = _new_token(Token)
                # (three names at once: Python 3.11 swaps up to three without building a tuple)
                token.text, token.start, token.end = chunk, start, end
                token.lower = chunk if chunk.islower() else chunk.lower()
                append(token)
        else:
            _read_chunk(text, chunk, start, end, append)
        start = end + 1
    return out


def _blank_token(cls: type[Token]) -> Token:
    return cls("", 0, 0, "")


def _is_native() -> bool:
    """Whether Token is a native class: this module compiled (the opt-in mypyc build). ``object.__new__``
    refuses a native class."""
    try:
        object.__new__(Token)
    except TypeError:
        return True
    return False


# Compiled, ``Token(...)`` is a direct call of the native constructor, the fastest way to make one; in Python,
# ``object.__new__`` and setting the fields is faster than calling the dataclass (its ``__init__`` runs through
# the type's init slot).
_NATIVE: Final = _is_native()
_new_token: Final[Callable[[type[Token]], Token]] = _blank_token if _NATIVE else object.__new__


def _token(text: str, start: int, end: int, lower: str) -> Token:
    """``Token(text, start, end, lower)``, made the fastest way for this build (:data:`_NATIVE`)."""
    if _NATIVE:
        return Token(text, start, end, lower)
    token = _new_token(Token)
    token.text, token.start, token.end, token.lower = text, start, end, lower
    return token


def _scan(text: str) -> list[Token]:
    """Every token of ``text`` by the pattern."""
    return [_token(word, start, start + len(word), word.lower())
            for m in _TOKEN.finditer(text) for word, start in ((m.group(), m.start()),)]


# Marks that end a word's token when they follow a run of letters and digits: none of them is a joiner of
# _WORD_REST ("-", "’", "'", "&", "/", "."), nor the quote of a plural possessive. "." is decided apart.
_TRAILING_MARKS: Final = frozenset(",;:!?)]}”\"»%…")
_TITLE_SET: Final = frozenset(_TITLE_WORDS)


_CLOCK_HEAD: Final = re.compile(_GLUED_CLOCK)


def _holds_a_clock(word: str) -> bool:
    """Whether a run of letters and digits opens with a clock time glued to a word (_GLUED_CLOCK), which the
    pattern reads as two tokens."""
    return "0" <= word[0] <= "9" and _CLOCK_HEAD.match(word) is not None


def _reads_as_word_and_mark(word: str, mark: str) -> bool:
    """Whether ``word + mark``, a run of letters and digits and one mark, between spaces, is read as the word
    and the mark. A period after a capital could end a title ("Mr."), an initial ("P.") or an acronym."""
    if mark == ".":
        return not ("A" <= word[0] <= "Z" and (len(word) == 1 or word in _TITLE_SET))
    return mark in _TRAILING_MARKS


def _read_chunk(text: str, chunk: str, start: int, end: int, append) -> None:  # noqa: ANN001 - list.append
    """The tokens of one chunk, ``text[start:end]``, appended; ``chunk`` is not a run of letters and digits."""
    word, mark = chunk[:-1], chunk[-1]
    if word.isalnum() and _reads_as_word_and_mark(word, mark) and not _holds_a_clock(word):
        append(_token(word, start, end - 1, word.lower()))
        append(_token(mark, end - 1, end, mark))
        return
    first = chunk[0]
    if not (first.isalnum() or first == "_"):  # not a word character: a mark of its own
        rest = chunk[1:]
        append(_token(first, start, start + 1, first.lower()))
        if rest.isalnum() and not _holds_a_clock(rest):
            append(_token(rest, start + 1, end, rest.lower()))
            return
        start += 1
    match = _TOKEN.match
    while start < end:
        word = match(text, start).group()  # type: ignore[union-attr]
        append(_token(word, start, start + len(word), word.lower()))
        start += len(word)


# A quote mark: a curly or straight double quote, or '' or `` (a lone ' or ` is an apostrophe, possessive
# or elision, never a mark; of ''', a single quote closing inside a double one, the last two are the mark).
# Written as one character class first, then what the character asks for, so that re skips the text between
# marks in one fast scan instead of trying three alternatives at every character.
_QUOTE_MARK: Final = re.compile(r"[“”«»\"'`](?:(?<=')'(?!')|(?<=`)`|(?<=[“”«»\"]))")


def quotations(text: str) -> list[tuple[int, int]]:
    """Quoted stretches as ``(open, close)`` character offsets, close inclusive.

    Any opening mark (curly, straight, or doubled '' and ``) opens, any closing
    mark closes. An opening quote left unclosed runs to the end of the
    paragraph, as news style does when a quote continues into the next one.
    A paragraph with no double mark is read in the single-quote style
    (:func:`_single_quotations`).
    """
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    # One quotation open at a time, closed by any closing mark: scraped text
    # mixes curly and straight quotes ('“...," he said').
    marked = False
    for m in _QUOTE_MARK.finditer(text):
        marked = True
        mark = m.group()
        if opened is None:
            if mark[0] in "“«\"'`":
                opened = m.start()
        elif mark[0] in "”»\"'":
            spans.append((opened, m.end() - 1))
            opened = None
    if opened is not None:
        spans.append((opened, len(text) - 1))
    if not marked and ("'" in text or "‘" in text):
        return _single_quotations(text)
    if marked and ("‘" in text or " '" in text or text[:1] == "'"):
        # single marks quote too where they stand outside every double-marked quotation (a paragraph that quotes
        # one source in single marks and another in double ones: "'It's the spring run,' she said. \"If ...\""),
        # read as in a paragraph with none (an apostrophe never opens one)
        outside = [span for span in _single_quotations(text)
                   if not any(start <= span[1] and span[0] <= end for start, end in spans)]
        spans += outside
    spans.sort()
    return spans


# British and many agencies' style quotes with single marks (‘...’ or '...') and keeps double ones for a quote
# inside a quote. A paragraph with no double mark at all is read in that style: a single mark is a quotation
# mark only where an apostrophe cannot be, that is an opening one at the start of a word after a space (or the
# paragraph's start, or an opening bracket or dash) and a closing one right after a word or a mark and before
# a space, a mark or the end. Inside words (O'Brien, won’t, the party’s) they never qualify. A closing mark
# after a word's letters may still be a plural possessive (the students' union), so one after punctuation
# ('... voted,') closes first when there is one before the next opening mark.
_SINGLE_OPENING: Final = re.compile(r"(?<![^\s(\[—–])['‘](?=[A-Za-z])")
_SINGLE_CLOSING: Final = re.compile(r"(?<=\S)['’](?=[\s)\]—–,.;:!?]|$)")


def _single_quotations(text: str) -> list[tuple[int, int]]:
    openings = [m.start() for m in _SINGLE_OPENING.finditer(text)]
    if not openings:
        return []
    closings = [m.start() for m in _SINGLE_CLOSING.finditer(text)]
    spans: list[tuple[int, int]] = []
    for n, opened in enumerate(openings):
        if spans and opened <= spans[-1][1]:
            continue  # inside the quotation just closed
        limit = openings[n + 1] if n + 1 < len(openings) else len(text)
        candidates = [c for c in closings if opened < c < limit]
        if candidates and candidates[0] <= opened + 2:
            continue  # a mark closing after one letter is an elision (rock 'n' roll), and so is its opening
        if not candidates:
            # Unclosed: news style runs a quote that goes on into the next paragraph open to the paragraph's
            # end; an opening mark anywhere else with no close ('90s, rock 'n roll) is no quotation.
            if text[:opened].strip() == "" and n + 1 == len(openings):
                spans.append((opened, len(text) - 1))
            continue
        after_punctuation = [c for c in candidates if text[c - 1] in ",.;:!?"]
        spans.append((opened, (after_punctuation or candidates)[0]))
    return spans


# The quotations the rules engine found in the paragraphs it read last, by text, so that the roster (which asks
# where a paragraph's quotations are) takes them instead of finding them again: quotations(text) depends on the
# text alone. The roster takes each and forgets the rest of its article's; the limit only bounds what is kept
# when nothing takes them (the engine run on its own).
_FOUND: dict[str, list[tuple[int, int]]] = {}
_FOUND_LIMIT: Final = 1024


def remember_quotations(text: str, spans: list[tuple[int, int]]) -> None:
    """Keep ``quotations(text)``, found by the caller, for :func:`take_quotations`."""
    if len(_FOUND) >= _FOUND_LIMIT:
        _FOUND.clear()
    _FOUND[text] = spans


def take_quotations(text: str) -> list[tuple[int, int]]:
    """``quotations(text)``: the spans the engine kept for this text, if it did (they are then forgotten), else
    found now. The list is the engine's own: read it, never change it."""
    spans = _FOUND.pop(text, None)
    return quotations(text) if spans is None else spans


def forget_quotations(texts: list[str]) -> None:
    """Forget what was kept for these texts."""
    for text in texts:
        _FOUND.pop(text, None)
