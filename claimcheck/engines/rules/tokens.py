"""Word tokens with their offsets, and the quotations of a paragraph.

Everything downstream works on these tokens, so a span built from them is
always a verbatim slice of the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Titles and initials keep their period ("Lt.", "P.") so that a name reads as
# one run of tokens; "U.S."-style acronyms likewise.
_ACRONYM = r"(?:[A-Za-z]\.){2,}"
_TITLE = (r"(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Sen|Sens|Rep|Reps|Gov|Prof|Rev|Jr|Sr|St|Inc|Co|Corp|Ltd|"
          r"Brig|Cpl|Pvt|Atty|Supt|Det|Lt\.Gen)\.(?=[\s,;:])")
_INITIAL = r"[A-Z]\.(?=\s+[A-Z])"
# A plural possessive ("officials'"): the word's letters, ending in "s", then a quote and a space.
_PLURAL_POSSESSIVE = r"\w+s['’](?=\s)"
_WORD = r"\w+(?:[-’'&/.]\w+)*"
_MARK = r"[^\w\s]"
# In order of preference: acronym, title, initial, plural possessive, word, mark (the tests hold the plain
# alternation of these). The pattern below reads the same, written so that re does little at each token:
# - only the alternatives a token's first character allows are tried (a lower-case letter opens no title
#   or initial; a mark, nothing else);
# - after its first letter, an acronym needs a period, which a word seldom has: the period is tested first;
# - the plural possessive is the word's own ending, tested once the word's letters are read, instead of a
#   second read of them: a word of one run of letters ending in "s", then a quote and a space (the letter
#   before the "s" is the word's, since no token starts right after a letter).
_WORD_REST = r"\w*(?:(?:[-’'&/.]\w+)+|(?<=\ws)['’](?=\s)|)"
_ACRONYM_REST = r"\.(?:[A-Za-z]\.)+"
_TOKEN = re.compile(
    rf"[a-z](?:{_ACRONYM_REST}|{_WORD_REST})"
    rf"|{_MARK}"
    rf"|(?=[A-Z])(?:{_TITLE}|[A-Z](?:{_ACRONYM_REST}|\.(?=\s+[A-Z])|{_WORD_REST}))"
    rf"|\w{_WORD_REST}"
)

OPEN_QUOTES = frozenset("“‘«\"'`")
CLOSE_QUOTES = frozenset("”’»\"'")
# A lone "'" token is a quote mark: apostrophes inside words stay in the word,
# and some newsrooms write double quotes as two of them ('').
STRAIGHT_QUOTES = frozenset("\"'`")
QUOTE_CHARS = OPEN_QUOTES | CLOSE_QUOTES | STRAIGHT_QUOTES


@dataclass(slots=True)  # not frozen: frozen dataclasses build slowly, and tokens are never changed
class Token:
    text: str
    start: int
    end: int
    lower: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str) -> list[Token]:
    return [Token(word, m.start(), m.end(), word.lower()) for m in _TOKEN.finditer(text) for word in (m.group(),)]


# A quote mark: a curly or straight double quote, or '' or `` (a lone ' or ` is an apostrophe, possessive
# or elision, never a mark). Written as one character class first, then what the character asks for, so that
# re skips the text between marks in one fast scan instead of trying three alternatives at every character.
_QUOTE_MARK = re.compile(r"[“”«»\"'`](?:(?<=')'|(?<=`)`|(?<=[“”«»\"]))")


def quotations(text: str) -> list[tuple[int, int]]:
    """Quoted stretches as ``(open, close)`` character offsets, close inclusive.

    Any opening mark (curly, straight, or doubled '' and ``) opens, any closing
    mark closes. An opening quote left unclosed runs to the end of the
    paragraph, as news style does when a quote continues into the next one.
    """
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    # One quotation open at a time, closed by any closing mark: scraped text
    # mixes curly and straight quotes ('“...," he said').
    for m in _QUOTE_MARK.finditer(text):
        mark = m.group()
        if opened is None:
            if mark[0] in "“«\"'`":
                opened = m.start()
        elif mark[0] in "”»\"'":
            spans.append((opened, m.end() - 1))
            opened = None
    if opened is not None:
        spans.append((opened, len(text) - 1))
    spans.sort()
    return spans
