"""Word tokens with their offsets, and the quotations of a paragraph.

Everything downstream works on these tokens, so a span built from them is
always a verbatim slice of the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Titles and initials keep their period ("Lt.", "P.") so that a name reads as
# one run of tokens; "U.S."-style acronyms likewise.
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    r"|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Sen|Sens|Rep|Reps|Gov|Prof|Rev|Jr|Sr|St|Inc|Co|Corp|Ltd|Brig|Cpl|Pvt|Atty|Supt|Det|Lt\.Gen)\.(?=[\s,;:])"
    r"|[A-Z]\.(?=\s+[A-Z])"
    r"|\w+s'(?=\s)"
    r"|\w+(?:[-’'&/.]\w+)*"
    r"|[^\w\s]"
)

OPEN_QUOTES = frozenset("“‘«\"'`")
CLOSE_QUOTES = frozenset("”’»\"'")
# A lone "'" token is a quote mark: apostrophes inside words stay in the word,
# and some newsrooms write double quotes as two of them ('').
STRAIGHT_QUOTES = frozenset("\"'`")
QUOTE_CHARS = OPEN_QUOTES | CLOSE_QUOTES | STRAIGHT_QUOTES


@dataclass(frozen=True, slots=True)
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
    return [Token(m.group(), m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]


def quotations(text: str) -> list[tuple[int, int]]:
    """Quoted stretches as ``(open, close)`` character offsets, close inclusive.

    Any opening mark (curly, straight, or doubled '' and ``) opens, any closing
    mark closes. An opening quote left unclosed runs to the end of the
    paragraph, as news style does when a quote continues into the next one.
    """
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    i = 0
    n = len(text)
    # One quotation open at a time, closed by any closing mark: scraped text
    # mixes curly and straight quotes ('“...," he said').
    while i < n:
        ch = text[i]
        width = 2 if ch in "'`" and text[i + 1:i + 2] == ch else 1
        if width == 1 and ch in "'`":
            i += 1
            continue
        if opened is None:
            if ch in "“«\"'`":
                opened = i
        elif ch in "”»\"'":
            spans.append((opened, i + width - 1))
            opened = None
        i += width
    if opened is not None:
        spans.append((opened, n - 1))
    spans.sort()
    return spans
