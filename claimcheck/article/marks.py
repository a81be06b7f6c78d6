"""The marks that open and close a quotation, and the brackets read with them.

One place for them: ingest (sentence ends, layout, titles) and the rules engine (tokens, quotations,
cues) all read these sets, so a mark a newsroom uses is learnt once.
"""

from __future__ import annotations

from typing import Final

# Straight marks both open and close; "`" opens only (plain-text sources write ``like this'').
OPENING_QUOTES: Final = "“‘«\"'`"
CLOSING_QUOTES: Final = "”’»\"'"
# A lone straight mark is a quote mark, not an apostrophe: apostrophes inside words stay in the word,
# and some newsrooms write double quotes as two of them ('').
STRAIGHT_QUOTES: Final = "\"'`"

# What may stand before a sentence's first word, and after its final punctuation.
OPENERS: Final = OPENING_QUOTES + "(["
CLOSERS: Final = CLOSING_QUOTES + ")]"
