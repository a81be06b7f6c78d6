"""Is this news, or the author's argument? Opinion, editorials, analysis, columns and reviews are scored differently.

In news, an assertion nobody is cited for is an orphan claim. In an opinion
piece it is the author's own argument, signed by the byline. The signals, in
order of strength: a label ("Opinion:", "Analysis |", a paragraph that is only
"Editorial"), a columnist or contributor byline, and first-person argument
("I think", "we must"), addressing the reader ("you") or asking rhetorical
questions, outside quotation marks, in several paragraphs.
"""

from __future__ import annotations

import re
from typing import Final, Optional

from claimcheck.article import turns
from claimcheck.engines.rules.lexicon import COLUMNIST_BYLINE_WORDS, FIRST_PERSON_ARGUMENT, GENRE_LABELS
from claimcheck.schema import ArticleMeta, Paragraph
from claimcheck.scoring.claims import WordStarts

_LABEL_WORDS: Final = {word: genre for genre, words in GENRE_LABELS.items() for word in words.split()}
_LABEL: Final = re.compile(
    r"^\s*(" + "|".join(sorted(map(re.escape, _LABEL_WORDS), key=len, reverse=True)) + r")s?\s*(?:[:|–—-]|$)",
    re.I,
)
_QUOTED: Final = re.compile(r"[\"“][^\"“”]*[\"”]")
# Case matters: "us" is the reader and writer, "US" a country; "I" is only ever capitalised.
_VOICE_FORMS: Final = sorted({form for p in FIRST_PERSON_ARGUMENT
                       for form in ({p[0].upper() + p[1:]} if p.split()[0] in ("i", "i'm", "i'd") else
                                    {p, p[0].upper() + p[1:]})},
                      key=len, reverse=True)
# The writer's voice, or a question. The question mark is looked for on its own (a character test); the
# forms are read at word starts (WordStarts), which only saves time.
_VOICE: Final = WordStarts([re.escape(f) + r"(?![\w'’])" for f in _VOICE_FORMS])


def _argues(text: str) -> bool:
    return "?" in text or _VOICE.first(text)


# The writer's own voice in this many paragraphs, and this share of them, makes a piece read as opinion.
_ARGUMENT_PARAGRAPHS: Final = 3
_ARGUMENT_SHARE: Final = 0.2


def _label(text: Optional[str]) -> Optional[str]:
    match = _LABEL.match(text or "")
    return _LABEL_WORDS[match.group(1).lower()] if match else None


def detect_genre(meta: Optional[ArticleMeta], paragraphs: list[Paragraph]) -> tuple[str, Optional[str]]:
    """The article's genre and the evidence for it; ("news", None) when nothing says otherwise."""
    title = meta.title if meta else None
    if _label(title):
        return _label(title), f"the title is labelled \"{title.split(':')[0].split('|')[0].strip()}\""  # type: ignore[union-attr, return-value]
    for p in paragraphs[:2]:
        if len(p.text) <= 40 and _label(p.text):
            return _label(p.text), f"labelled \"{p.text.strip()}\" (¶ {p.index})"  # type: ignore[return-value]
    byline = (meta.byline if meta else None) or ""
    words = set(re.findall(r"[a-z]+", byline.lower()))
    if words & COLUMNIST_BYLINE_WORDS:
        return "column" if "columnist" in words else "opinion", f"the byline reads \"{byline}\""
    # The writer's voice in enough paragraphs makes an opinion piece, and the first five are shown: the reading
    # stops once that is known either way (the test for each paragraph is the cost).
    needed = max(_ARGUMENT_PARAGRAPHS, _ARGUMENT_SHARE * max(len(paragraphs), 1))
    arguing: list[int] = []
    for seen, p in enumerate(paragraphs):
        if len(arguing) + len(paragraphs) - seen < needed or len(arguing) >= needed and len(arguing) >= 5:
            break  # too few paragraphs left to reach it, or reached with the five shown
        if turns.turn_at(p.text) is None and _argues(_QUOTED.sub(" ", p.text)):
            # an interview's turn ("Q. Why ...?", "A. I ...") is the interviewer's or the interviewee's voice
            arguing.append(p.index)
    if len(arguing) >= needed:
        shown = ", ".join(str(i) for i in arguing[:5])
        return "opinion", f"the writer argues in their own voice, outside quotations (¶ {shown})"
    return "news", None
