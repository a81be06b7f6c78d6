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

    Curly quotes pair by direction; straight double quotes pair in order. An
    opening quote left unclosed runs to the end of the paragraph, as news
    style does when a quote continues into the next paragraph.
    """
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    straight_open: int | None = None
    i = -1
    doubled = False
    for i, ch in enumerate(text):
        if doubled:
            doubled = False
            continue
        if ch in "'`" and text[i + 1:i + 2] == ch:
            doubled, ch = True, '"'
        if ch in "“«":
            if opened is None:
                opened = i
        elif ch in "”»":
            if opened is not None:
                spans.append((opened, i))
                opened = None
        elif ch == '"':
            if straight_open is None:
                straight_open = i
            else:
                spans.append((straight_open, i + 1 if doubled else i))
                straight_open = None
    for still_open in (opened, straight_open):
        if still_open is not None:
            spans.append((still_open, len(text) - 1))
    spans.sort()
    return spans
