"""An interview's turns: the labels a Q&A opens its paragraphs with ("Q. ...", "A: ...", "**Question:** ...").

One reading for everyone: the rules engine (an answer is the interviewee's attribution), the roster (whose
answer it is) and the genre (a question put to someone is no rhetorical question of the writer's)."""

from __future__ import annotations

import re
from typing import Final, Optional

# each label, and what its turn is: the interviewer's question or the interviewee's answer
LABELS: Final = {"Q": "question", "QUESTION": "question", "Question": "question",
                 "A": "answer", "ANSWER": "answer", "Answer": "answer"}
# the marks a label takes: a source "A" with one of these as its cue is an answer's label
MARKS: Final = frozenset(".:)")
# the label (group 1), its mark (group 2), then the turn's words, from the match's end
_TURN: Final = re.compile(r"[*_]{0,2}(" + "|".join(LABELS) + r")([" + re.escape("".join(sorted(MARKS)))
                          + r"])[*_]{0,2}\s+(?=\S)")


def turn_at(text: str) -> Optional[re.Match[str]]:
    """The turn label a paragraph opens with, or None."""
    return _TURN.match(text)


def kind(turn: re.Match[str]) -> str:
    """'question' or 'answer'."""
    return LABELS[turn.group(1)]


def is_answer_label(source: str, cue: str) -> bool:
    """Whether an attribution's source and cue are an answer's label and mark ("A" and "."): the interviewee's."""
    return LABELS.get(source) == "answer" and cue in MARKS
