"""Title, dateline and byline: the lines around a story that describe it.

They are lifted out of the paragraphs into :class:`ArticleMeta`, so the
engines never read "By Jane Doe" or "WASHINGTON —" as part of a claim. The
patterns are strict (whole-line matches, capitalised names) because a false
match deletes article text.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from claimcheck.article import calendar
from claimcheck.article.marks import CLOSING_QUOTES, OPENING_QUOTES
from claimcheck.schema import ArticleMeta

_MONTH_NUMBERS: Final = {name: number for number, names in enumerate(calendar.MONTHS, start=1) for name in names}
_MONTH: Final = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_MONTH_DAY: Final = _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?"
_ISO_DATE: Final = r"(?P<iso>\d{4}-\d{2}-\d{2})"
# Capitals: "WASHINGTON", "NEW YORK", "ST. LOUIS"; not an acronym like "U.S.".
_PLACE: Final = r"(?P<place>[A-Z](?:[A-Z'’-]{2,}|[A-Z]\.)(?:\s+[A-Z][A-Z.'’-]*){0,3})"
_REGION: Final = r"(?:,\s*(?P<region>[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,2}))?"
# an agency in brackets ("(AP)"), or a press-release wire between slashes ("/PRNewswire/")
_AGENCY: Final = r"(?:\s*(?:\((?P<agency>[A-Z][\w .&'-]{0,30})\)|/[A-Z][\w.&'-]{1,30}/))?"
# A story's label before a dash is no place: "EXCLUSIVE – Mayor says ...", "BREAKING — ...", "ANALYSIS -- ...".
# Only the label itself before the dash: "LIVE OAK, Fla. —" is a place.
_STORY_LABELS: Final = (
    "EXCLUSIVE", "BREAKING", "BREAKING NEWS", "ANALYSIS", "NEWS ANALYSIS", "OPINION", "COMMENTARY", "EDITORIAL",
    "UPDATE", "UPDATED", "DEVELOPING", "LIVE", "WATCH", "VIDEO", "PHOTOS", "EXPLAINER", "FACT CHECK", "INTERVIEW",
    "REVIEW", "SPECIAL REPORT", "INVESTIGATION", "ALERT", "URGENT", "FLASH", "FEATURE", "PREVIEW", "RECAP",
    "FILE",  # an agency's archive photo: "FILE - In this April 7, 2005 file photo, ..."
)
_NOT_A_LABEL: Final = r"(?!(?:" + "|".join(sorted(map(re.escape, _STORY_LABELS), key=len, reverse=True)) + r")\s*(?:--|[-–—_]))"
# A dateline's dash is followed by the first sentence, which starts in capitals.
_DASH: Final = r"\s*(?:--|[-–—_])\s+(?=[\"“‘']?[A-Z0-9])"
_DATELINES: Final = (
    # "date 2020-03-27 WASHINGTON –", "WASHINGTON, March 12 (Xinhua) --", "BAGHDAD —"
    re.compile(rf"\s*(?:date:?\s+{_ISO_DATE}\s+)?{_NOT_A_LABEL}{_PLACE}{_REGION}(?:,\s*{_MONTH_DAY})?{_AGENCY}{_DASH}"),
    # "March 27, 2020 — ", "2020-03-27 -- "
    re.compile(rf"\s*(?:date:?\s+)?(?:{_MONTH_DAY}|{_ISO_DATE}){_DASH}"),
    # "date 2020-03-27 The Pentagon ..."
    re.compile(rf"\s*date:?\s+{_ISO_DATE}\s+"),
    # "(CNN)A suspect ...", "(Reuters) - Stocks fell": an agency's tag alone, with no place (the story's opening only)
    re.compile(r"\s*\((?P<agency>[A-Z][A-Za-z&.]{1,14}(?:\s+[A-Z][A-Za-z&.]*){0,2})\)\s*(?:(?:--|[-–—])\s*)?"
               r"(?=[\"“‘']?[A-Z0-9])"),
)
# "NEW DELHI: The government said ...", "LAHORE, Dec 3: ...": a dateline closed by a colon (South Asian and Gulf
# papers). Read only where a colon-led line in capitals is not a transcript's turn ("WALLACE: ...") or a headline's
# label ("EXCLUSIVE: ...", "BOOM: Trump Fires Back"): see ``_colon_dateline``.
_COLON_DATELINE: Final = re.compile(
    rf"\s*{_PLACE}{_REGION}(?:,\s*{_MONTH_DAY})?{_AGENCY}\s*:\s+(?=[\"“‘']?[A-Z0-9])")
_LABEL_WORDS: Final = frozenset(word.lower() for label in _STORY_LABELS for word in label.split()) | frozenset(
    "note update correction editor photo video read see question answer name related remember byline email e-mail"
    " revealed busted leaked exposed confirmed caught bombshell shocking boom look wow yes no ok okay stat".split())
_CAPITALS_TURN: Final = re.compile(r"\s*[\"“]?[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]*){0,4}\s*:")
_SENTENCE_WORDS: Final = re.compile(r"[A-Za-z][\w'’-]*")
# What a speaker's turn opens with or holds, and a story's first sentence does not (outside a quotation): the words
# of a conversation, the first and second persons.
_TURN_OPENERS: Final = frozenset("that this these those there it well yes no thank thanks so and but oh look now "
                                 "sure right okay ok listen".split())
_SPEAKERS_WORDS: Final = frozenset("i i'm i've i'd i'll me my we we're we've our us you you're your".split())
# A first paragraph that is only a full date: "Published March 27, 2020", "date 2020-03-27".
_DATE_ONLY: Final = re.compile(rf"\s*(?:(?i:date|published|updated|posted)(?:\s+on)?:?\s+)?(?:{_MONTH_DAY}|{_ISO_DATE})\s*")

# A person's or organisation's name: capitalised words and name particles.
_NAME: Final = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|(?:de|van|von|der|al|bin|el|da|di|du|la|le|dos)(?=\s+[A-Z])))*"
_NAMES: Final = rf"{_NAME}(?:(?:\s*,\s*|\s*,?\s+and\s+|\s*&\s*){_NAME})*"
_ROLE: Final = r"(?:(?:staff|special|senior|chief|foreign|political|national|contributing)\s+)*(?:writer|correspondent|reporter|editor|columnist)s?"
# the writer's address after the name: "By Marisa Quan | mquan@bellportherald.example"
_EMAIL: Final = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# The line under a byline that says whom the writer writes for or as what, and nothing else: "Associated Press",
# "Staff Writer", "BBC News NI", "The Washington Tribune" (at most six capitalised words, one of them a role's or a
# news outlet's word, no sentence punctuation). It is the byline's, not the title or a paragraph.
_BYLINE_TAIL: Final = re.compile(r"(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|for|and|&)){0,5}")
_BYLINE_TAIL_WORDS: Final = frozenset("""writer writers reporter reporters correspondent correspondents editor editors
    columnist contributor staff press news newswire wire times post tribune herald journal gazette ledger observer
    chronicle courier daily weekly magazine radio tv television reuters ap afp bbc cnn npr bureau service network
    dispatch examiner register sentinel telegraph guardian independent standard review record bulletin""".split())
_CREDIT: Final = (
    r"(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]roduced|[Rr]esearch|[Gg]raphics)"
    rf"\s+by\s+{_NAMES}(?:\s+in\s+{_NAME})?"
)
_BYLINES: Final = (
    # "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press", "By Jane Doe, staff writer"
    # (a scrape may leave the separator before it, and the lower case: ", by Jane Doe")
    re.compile(rf"(?:[,;|·•–—-]\s*)?\(?[Bb]y\s+{_NAMES}(?:\s*[,|]\s*(?:{_NAME}|{_ROLE}|{_EMAIL}))?\)?\.?"),
    # "Reporting by X in Baghdad; Editing by Y". A contributor's credit ("Alissa J. Rubin contributed
    # reporting from Baghdad.", "(Additional reporting by Z)") names who helped, not who wrote: it is page
    # structure (``article.structure``, kind "credit"; claimcheck.article.layout), not the byline.
    re.compile(rf"\(?(?!Additional\b){_CREDIT}(?:\s*[;,]\s*{_CREDIT})*\s*\)?\.?"),
)
_TRAILING_CREDIT: Final = re.compile(rf"\s*\({_CREDIT}(?:\s*[;,]\s*{_CREDIT})*\s*\)\s*$")
_MAX_BYLINE_CHARS: Final = 320
_MAX_TITLE_CHARS: Final = 150
_MAX_TITLE_WORDS: Final = 18


def _iso_date(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    if groups.get("iso"):
        try:
            return dt.date.fromisoformat(groups["iso"]).isoformat()
        except ValueError:
            return None
    if groups.get("month") and groups.get("year"):
        try:
            month = _MONTH_NUMBERS[groups["month"].lower().rstrip(".")]
            return dt.date(int(groups["year"]), month, int(groups["day"])).isoformat()
        except (KeyError, ValueError):
            return None
    return None


def take_dateline(paragraph: str, meta: ArticleMeta) -> str:
    """``paragraph`` without a leading dateline, whose place and date go to ``meta``."""
    for pattern in _DATELINES:
        match = pattern.match(paragraph)
        if not match:
            continue
        place, region = match.groupdict().get("place"), match.groupdict().get("region")
        if place:
            meta.dateline = " ".join(place.split()) + (f", {region}" if region else "")
        date = _iso_date(match)
        if date and not meta.date:
            meta.date = date
        return paragraph[match.end() :]
    match = _DATE_ONLY.fullmatch(paragraph)
    date = _iso_date(match) if match else None
    if date:
        meta.date = meta.date or date
        return ""
    return paragraph


def _speakers_word(word: str) -> bool:
    """'I', 'we', 'my', 'you': a person of the conversation ("US", "Us Weekly" in capitals are names)."""
    return word.lower() in _SPEAKERS_WORDS and (word.islower() or word[1:].islower() or word == "I") and word != "Us"


def _colon_dateline(paragraph: str, others: list[str]) -> int:
    """Where a colon-closed dateline opening the story's body ends ("NEW DELHI: The ministry said ..."), or 0.
    It is one only when what follows is a sentence in sentence case (of its first eight words after the first at
    most two capitalised: not a headline in title case, "HUFFPOLLSTER: A 'Seismic Shift' Among Voters ..."), its
    words are no label's ("EXCLUSIVE:", "UPDATE:", "BYLINE:") and no other paragraph of the article opens with
    a line in capitals and a colon: a transcript gives every speaker a turn so ("WALLACE: ...", "RUIZ: ...")."""
    match = _COLON_DATELINE.match(paragraph)
    if match is None or any(word.lower() in _LABEL_WORDS for word in match.group("place").split()):
        return 0
    sentence = re.split(r"(?<=[a-z0-9][.!?])\s", paragraph[match.end():], maxsplit=1)[0]
    words = _SENTENCE_WORDS.findall(sentence)
    if len(words) < 6 or sum(word[0].isupper() for word in words[1:9]) > 2:
        return 0
    if words[0].lower() in _TURN_OPENERS or any(_speakers_word(word) for word in words):
        return 0  # "RUIZ: That is not what the report says.", "LEE: We never saw it": a speaker's own words
    if any(_CAPITALS_TURN.match(other) for other in others):
        return 0
    return match.end()


def _take_colon_dateline(paragraph: str, others: list[str], meta: ArticleMeta) -> str:
    """``paragraph`` without a colon-closed dateline (``_colon_dateline``), its place and date in ``meta``."""
    end = _colon_dateline(paragraph, others)
    if not end:
        return paragraph
    match = _COLON_DATELINE.match(paragraph)
    assert match is not None
    region = match.group("region")
    meta.dateline = " ".join(match.group("place").split()) + (f", {region}" if region else "")
    date = _iso_date(match)
    if date and not meta.date:
        meta.date = date
    return paragraph[end:]


def dateline_end(paragraph: str) -> int:
    """Where the dateline that opens ``paragraph`` ends ("WASHINGTON (AP) — " ...), or 0 when none does.

    Ingest lifts the dateline of the story's opening paragraph into ``meta`` (:func:`take_dateline`); one left
    in a paragraph (a text given as paragraphs, a dateline further down) is still no part of a sentence: the
    engine reads no source in it and the roster no name."""
    if not paragraph[:1].isupper() and not paragraph[:1].isdigit() and not paragraph[:1].isspace():
        return 0  # every dateline pattern opens with a space, a capital or a digit ("date" is read by ingest only)
    for pattern in _DATELINES[:2]:
        match = pattern.match(paragraph)
        if match:
            return match.end()
    return 0


def is_byline(paragraph: str) -> bool:
    return len(paragraph) <= _MAX_BYLINE_CHARS and any(p.fullmatch(paragraph) for p in _BYLINES)


def _headline_shaped(line: str) -> bool:
    return (
        bool(line)
        and len(line) <= _MAX_TITLE_CHARS
        and len(line.split()) <= _MAX_TITLE_WORDS
        # "'We won': ..."
        and (line[0].isupper() or line[0].isdigit() or line[0] in OPENING_QUOTES and line[1:2].isupper())
        and not is_byline(line)
        and not any(pattern.match(line + " ") for pattern in _DATELINES)
    )


def take_title(text: str) -> tuple[str | None, str]:
    """A short first line with no final punctuation, then a blank line, is a title. Lines of the page's
    furniture before it ("Skip to main content", "Advertisement") are no title: the title is looked for after
    them, and they stay in the text (they are structure)."""
    from claimcheck.article.layout import structure_kind

    skipped = 0
    lines_skipped = 0
    while lines_skipped < _MAX_FURNITURE_BEFORE_TITLE:
        body = text[skipped:]
        block, blank, rest = body.lstrip("\n").partition("\n\n")
        lines = [" ".join(line.split()) for line in block.split("\n") if line.strip()]
        if not blank or not lines or lines_skipped + len(lines) > _MAX_FURNITURE_BEFORE_TITLE:
            break
        if any(structure_kind(line) in (None, "heading", "teaser") for line in lines):
            # a section's label in capitals over the headline ("LOCAL NEWS", then the headline): no title
            if not (len(lines) == 1 and _section_label(lines[0]) and _take_title(rest)[0] is not None):
                break
        skipped = len(text) - len(rest) - 1  # up to the blank line's second break, which the title's test wants
        lines_skipped += len(lines)
    if skipped:
        title, rest = _take_title(text[skipped:])
        return (title, text[:skipped] + rest) if title else (None, text)
    return _take_title(text)


# Lines of the page's furniture (in blocks between blank lines, each line of a block furniture) before the title.
_MAX_FURNITURE_BEFORE_TITLE: Final = 8


def _section_label(line: str) -> bool:
    """A section's label in capitals: at most three words, every letter a capital ("LOCAL NEWS", "WORLD")."""
    return len(line.split()) <= 3 and line.isupper() and not any(c in line for c in ".,;:!?")


def _take_title(text: str) -> tuple[str | None, str]:
    first, _newline, rest = text.lstrip("\n").partition("\n")
    if not rest.strip():
        return None, text
    if not rest.startswith("\n"):
        # the headline with the byline on the line under it: "Drones hit the grid", "By Jane Doe"
        if not is_byline(" ".join(rest.partition("\n")[0].split())):
            return None, text
    line = " ".join(first.split())
    if _headline_shaped(line) and line.endswith(".") and not line.endswith("..") and _title_cased(line):
        return line[:-1], rest  # an export that ends its headline with a full stop: "Mayor Wins Second Term."
    if not _headline_shaped(line) or line[-1] in ".,;:!?…-–—" + CLOSING_QUOTES:
        return None, text
    return line, rest


def _title_cased(line: str) -> bool:
    """'Underdog Beats Establishment in Harbor Primary.': every word of four letters or more capitalised (three at
    least), as a headline is and a sentence of prose never is ("The mayor said so." is a sentence)."""
    words = [w for w in _TITLE_WORD.findall(line) if len(w) >= 4]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


_TITLE_WORD: Final = re.compile(r"[^\W\d_][\w’'-]*")


def without_repeated_title(text: str, title: str) -> str:
    """The text without its first line where that line repeats the headline an archive gives beside it (exports
    often open the body with the headline, some with a full stop added): the headline is the report's title, not a
    claim of the story's. Compared as words, whatever the case, spacing and final punctuation."""
    def words(line: str) -> list[str]:
        return _TITLE_WORD.findall(line.casefold())

    stripped = text.lstrip()
    first, newline, rest = stripped.partition("\n")
    wanted = words(title)
    if not wanted or not newline or words(first) != wanted:
        return text
    return rest.lstrip("\n")


def take_headline_and_dateline(paragraphs: list[str], meta: ArticleMeta, title_allowed: bool) -> list[str]:
    """Lift the dateline that opens the story's body into ``meta``.

    The body opens the first paragraph, or follows the lines a story starts
    with (a headline, a deck, an editor's note): a dateline in the second,
    third or fourth paragraph is the body's, and goes to ``meta`` too (one
    further down, a live blog's entry, stays where it is; the engine reads no
    source in it). When the first paragraph is a short line with no final
    punctuation and the second opens with a dateline, the first is the headline
    (one-line-per-paragraph files have no blank line to mark it) and goes to
    ``meta.title``; a first line that ends like a sentence stays a paragraph.
    """
    if not paragraphs:
        return paragraphs
    first = take_dateline(paragraphs[0], meta)
    if first == paragraphs[0]:
        first = _take_colon_dateline(paragraphs[0], paragraphs[1:], meta)
    if first != paragraphs[0]:
        return [p for p in [first.strip(), *paragraphs[1:]] if p]
    headline = paragraphs[0]
    if title_allowed and len(paragraphs) > 1 and _headline_shaped(headline) and headline[-1] not in ".,;:!?":
        second = take_dateline(paragraphs[1], meta)
        if second == paragraphs[1]:
            second = _take_colon_dateline(paragraphs[1], paragraphs[2:], meta)
        if second != paragraphs[1]:
            meta.title = headline
            return [p for p in [second.strip(), *paragraphs[2:]] if p]
    for i in range(1, min(_DATELINE_REACH, len(paragraphs))):
        if dateline_end(paragraphs[i]):
            body = take_dateline(paragraphs[i], meta).strip()
            return paragraphs[:i] + ([body] if body else []) + paragraphs[i + 1:]
    return paragraphs


# How far down the body's dateline may come: after a headline, a deck and an editor's note.
_DATELINE_REACH: Final = 4


def _byline_tail(paragraph: str) -> bool:
    """Whether ``paragraph`` is the line under a byline naming the writer's outlet or role (:data:`_BYLINE_TAIL`)."""
    return len(paragraph) <= 60 and _BYLINE_TAIL.fullmatch(paragraph) is not None \
        and not _BYLINE_TAIL_WORDS.isdisjoint(word.lower() for word in paragraph.split())


def take_bylines(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Paragraphs without byline and credit lines, and those lines. The line under a byline that names the
    writer's outlet or role ("Associated Press", "Staff Writer") is the byline's."""
    kept: list[str] = []
    bylines: list[str] = []
    after_byline = False
    for paragraph in paragraphs:
        if is_byline(paragraph):
            bylines.append(paragraph.lstrip(",;|·•–—- ").strip("()"))
            after_byline = True
            continue
        if after_byline and bylines[-1].startswith(("By ", "by ")) and _byline_tail(paragraph):
            bylines[-1] += ", " + paragraph
        else:
            kept.append(paragraph)
        after_byline = False
    if kept:
        credit = _TRAILING_CREDIT.search(kept[-1])
        if credit and kept[-1][: credit.start()].strip():  # a credit line of its own is structure
            bylines.append(credit.group(0).strip().strip("()"))
            kept[-1] = kept[-1][: credit.start()]
    return kept, bylines
