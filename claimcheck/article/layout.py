"""Paragraph layout: text blocks into paragraphs, and the lines that are page structure.

Paragraphs are decided per block (a run of lines between blank lines), because
pasted and exported text mixes shapes: a title, a blank line, then one
paragraph per line; or prose hard-wrapped at a fixed width. A block whose
lines are of similar width and mostly break mid-sentence is hard-wrapped and
joined (a short line that ends a sentence still ends a paragraph inside it);
any other block has one paragraph per line.

Structure is what a page carries around the story: headings and subheads,
teasers and video titles, ``___`` rules, contributor lines, "Follow X on
Twitter", "Read more:" and photo captions. It is kept in the report
(``article.structure``) and never read as a claim or a source.

The conventions (documented in docs/accuracy.md): a heading is a line of at most
:data:`MAX_HEADING_WORDS` words that starts like a sentence and ends with no
sentence punctuation (a closing quote alone is not punctuation: ``"My fears have
been realized"``); a line ending in a colon is a lead-in and stays a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from claimcheck.article.embeds import is_post_signature, post_signature
from claimcheck.article.marks import CLOSERS, OPENERS, OPENING_QUOTES

MAX_HEADING_WORDS: Final = 30
# Lines of a hard-wrapped block reach at least this share of the block's widest line ...
_WRAP_WIDTH_SHARE: Final = 0.7
# ... in at least this share of its lines, the widest being at least this long,
_WRAP_MIN_WIDTH: Final = 30
_WRAP_SIMILAR_LINES: Final = 0.8
# ... and at least this share of its lines break mid-sentence.
_WRAP_MID_SENTENCE: Final = 0.5
# ... and at least this share of its line breaks visibly read on (the next line starts in lower case).
_WRAP_READS_ON: Final = 0.25

_SENTENCE_PUNCTUATION: Final = ".!?…:;"

_SOCIAL: Final = r"(?:Twitter|X|Facebook|Instagram|LinkedIn|TikTok|Threads|Bluesky|Mastodon|YouTube)"


def _opens_with(words: str) -> frozenset[str]:
    """A clue of another kind: the line's first word (lower case, letters and an inner apostrophe) is one of
    these. Most lines fail it at one set lookup, so the patterns anchored at a line's start run only where
    they can match."""
    return frozenset(words.split())


_FIRST_WORD: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


# A date or time word: a number (5:32, 12/11/2019, 3rd), a month or weekday, am/pm, a zone (ET, EST, GMT)
_DATE_TIME_WORD: Final = (r"(?:\d{1,4}(?:[:/.\-]\d{1,4})*(?:st|nd|rd|th)?|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|"
                          r"oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|(?i:a\.?m\.?|p\.?m\.?|on|at)|"
                          r"[A-Z]{1,2}[SD]?T|GMT|UTC)")
_MONTH: Final = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
                 r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
# a writer's name in a closing line: two to four capitalised words ("Jane Doe", "Ana M. Ruiz-Park")
_WRITER_NAME: Final = r"[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3}"
_WRITER_ROLE: Final = (r"(?:reporter|writer|correspondent|editor|columnist|contributor|journalist|producer|"
                       r"photographer|photojournalist|critic|fellow|intern|stringer|freelancer|bureau chief)")
# what a rights notice forbids: at least three of these in a row is the notice, not a story's embargo
_RIGHTS_VERB: Final = (r"(?:re)?(?:published|broadcast|rewritten|written|distributed|produced|copied|transmitted|"
                       r"displayed|cached|stored|sold)")
# (kind, pattern of the whole line, clues): a line can match only if it holds one of the clues (none: any
# line may). The clues only save time: the patterns that scan a whole line are not run on lines without them.
_FURNITURE: tuple[tuple[str, re.Pattern[str], "tuple[str, ...] | frozenset[str]"], ...] = (
    ("rule", re.compile(r"[\W_]+"), ()),
    ("credit", re.compile(r"(?i:contributing|contributors?|additional reporting|reporting)\s*:\s*\S.{0,200}"
                          r"|\(?(?i:additional reporting|additional writing|contributing)\s+by\s+\S.{0,200}"), ()),
    ("credit", re.compile(r".{1,200}\bcontributed (?:reporting|research|to this (?:report|article|story))\b.{0,200}"),
     ("contributed ",)),
    ("social", re.compile(rf"(?i:follow)\b.{{0,120}}\b(?:on|at|via)\s+{_SOCIAL}\b.{{0,80}}"), ()),
    ("social", re.compile(r"(?i:follow)\s+(?:\S+\s+){0,4}@\w+.{0,80}"), ()),
    # "Share:", "Share this article", "Share on Facebook": the page's sharing buttons, not "Share prices rose"
    ("social", re.compile(r"(?i:share)(?:\s+(?i:this|on|via|the (?:story|article|post))\b.{0,60})?\s*[:.!]?"),
     _opens_with("share")),
    ("read_more", re.compile(r"(?i:read more|read also|also read|related|see also|more|watch|listen|"
                             r"recommended|trending|sign up|subscribe)\b\s*(?::.{0,300}|[.!]?)"), ()),
    # a list of other stories, each with its date: "- Council approves the harbour budget - December 26, 2024"
    ("read_more", re.compile(rf"[-–•*·] \S.{{0,200}}\s[-–—|]\s+(?:{_MONTH}\.? \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH}\.?,? "
                             r"\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})\s*"), ("- ", "– ", "• ", "* ", "· ")),
    # the readers' comments under a story, from their heading on ("2 comments:", "Post a Comment", "Leave a
    # reply", "Please enter your comment!"): what follows such a line is the readers', not the story's
    ("comments", re.compile(r"(?i:(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:comments?|"
                            r"responses?|replies)|comments?(?:\s*\(\d+\))?|(?:leave|post|add|write|submit|show|view|"
                            r"read|load) (?:a |an |your |the |all |more )?(?:comments?|reply|replies|response)|"
                            r"be the first to (?:comment|reply|respond)(?: on this (?:story|article|post))?|"
                            r"join the (?:conversation|discussion)|please enter your (?:comment|name|email(?: address)?)"
                            r"(?: here)?)\s*[.!:]?"),
     ("omment", "OMMENT", "eply", "eplies", "espond", "onversation", "iscussion", "nter your")),
    ("video", re.compile(r"(?i:video|watch)\s*:.{0,300}"), ()),
    ("caption", re.compile(r"(?i:photo|image|caption|pictured|file photo)\s*(?::|\|).{0,400}"), ()),
    ("caption", re.compile(r".{0,400}\((?i:[^()]*\b(?:photo|image)s?\b[^()]*)\)\s*"), ("(",)),
    ("caption", re.compile(r".{0,400}\b(?:Getty Images|AP Photo|Reuters/\w+|AFP via Getty Images)\s*\)?\s*"),
     ("Getty Images", "AP Photo", "Reuters/")),
    # "Editor's note: ...", "Correction: An earlier version of this story ...": the publication's word on its
    # own story, not a claim of the story's
    ("note", re.compile(r"(?i:editor[’']?s[’']? note|editors[’'] note|corrections?|clarifications?|corrections? "
                        r"(?:and|&) clarifications?)\s*[:—–]\s*\S.{0,600}"),
     _opens_with("editor's editor’s editors correction corrections clarification clarifications")),
    ("note", re.compile(r"(?i:an? (?:earlier|previous|prior|older) version of this (?:story|article|report|post)"
                        r"|this (?:story|article|report|post) (?:has been|was|is being) (?:updated|corrected|amended"
                        r"|changed|originally published)).{0,600}"),
     _opens_with("a an this")),
    ("note", re.compile(r"(?i:this (?:story|article|post|piece) (?:was |is |has been )?(?:originally |first )?"
                        r"(?:appeared|published|republished|produced|adapted|excerpted|written|reported)"
                        r"(?: (?:on|in|by|from|with|for|as|under|through|in partnership|in collaboration)\b).{0,400})"),
     _opens_with("this")),
    # the page talking to its reader: sign-ups, subscriptions, cookies, scripts, loading; an imperative
    # opening ("Click here", "Sign up", "Support our journalism") or the reader's inbox, browser or experience
    ("prompt", re.compile(r"(?:(?i:(?:please |)(?:(?:click|tap) (?:here|to|on|the|below)|sign up|subscribe|"
                          r"support (?:our|local|independent)|download (?:our|the)|enable (?:javascript|cookies)|"
                          r"become a (?:member|subscriber)|donate (?:now|today|here|to us)|join (?:our|us)|"
                          r"get (?:the|our) (?:latest|best|top)|want more|like what you|accept (?:all|cookies)|"
                          r"manage (?:your|cookie|preferences|settings)|we use cookies)\b|(?i:loading)(?:\.\.\.|…)))"
                          r"(?![^\n]*[“”\"]).{0,200}"),
     _opens_with("please click tap sign subscribe support download enable become donate join get want like "
                 "accept manage we loading")),
    # an offer to the reader ("This week, save 90% on digital access") or how to write for the page ("How to
    # submit an Op-Ed: ...")
    ("prompt", re.compile(r"(?![^\n]*[“”\"])(?i:(?:(?:this week|today|now|for a limited time|limited time)[,:!]?\s+)?"
                          r"(?:save|get|try|start|unlock|enjoy)\b.{0,80}\b(?:digital access|subscriptions?|unlimited "
                          r"access|free trial|all-access)\b|how to (?:submit|contribute|send|advertise)\b|submissions? "
                          r"(?:may|can|should) be sent\b).{0,300}"),
     _opens_with("this today now for limited save get try start unlock enjoy how submission submissions")),
    ("prompt", re.compile(r"(?![^\n]*[“”\"]).{0,200}\b(?i:your inbox|your browser|click here|tap here|sign up here"
                          r"|subscribe (?:now|today|here))\b.{0,200}"),
     ("ubscribe", "nbox", "rowser", "lick here", "ap here", "ign up here")),
    # "Email Jane Doe at jdoe@dailytide.com": how to reach the writer
    ("credit", re.compile(r"(?i:contact|email|e-mail|reach|write to)\b.{0,120}\b[\w.+-]+@[\w-]+\.[\w.]+\b.{0,120}"),
     ("@",)),
    # "Updated 5:32 PM ET, Tue November 12, 2019", "Published: 12/11/2019 08:00": the page's clock, no claim
    ("timestamp", re.compile(rf"(?i:(?:last |first )?(?:updated|published|posted|modified))\s*:?\s*(?=[^\n]*\d)"
                             rf"{_DATE_TIME_WORD}(?:(?:[\s,|]+|,?\s+(?i:and\s+(?:last\s+)?(?:updated|modified))\s*:?\s*)"
                             rf"{_DATE_TIME_WORD})*\s*\.?"),
     _opens_with("last first updated published posted modified")),
    # "Copyright 2019 The Associated Press. All rights reserved. This material may not be published ...":
    # the rights notice of the page or the wire, no claim and no hedge
    ("copyright", re.compile(r"(?:©|\((?i:c)\)|(?i:copyright))\s*(?:©\s*)?\d{4}\b.{0,400}"
                             r"|.{0,300}\b(?i:all rights reserved)\b.{0,300}"
                             rf"|.{{0,200}}\bmay not be {_RIGHTS_VERB}"
                             rf"(?:(?:,\s*|\s+)(?:or\s+|and\s+)?{_RIGHTS_VERB}){{2,}}\b.{{0,200}}"),
     ("©", "(c)", "(C)", "opyright", "rights reserved", "may not be")),
)


@dataclass
class Piece:
    """A paragraph (``kind`` "paragraph") or a structure line, in reading order."""

    kind: str
    text: str


@dataclass
class Layout:
    pieces: list[Piece] = field(default_factory=list)
    per_line_blocks: int = 0  # blocks of several lines read as one paragraph per line
    wrapped_blocks: int = 0  # hard-wrapped blocks whose lines were joined

    @property
    def paragraphs(self) -> list[str]:
        return [p.text for p in self.pieces if p.kind == "paragraph"]

    @property
    def note(self) -> str | None:
        """The decision, for the input notes, when the text needed one."""
        parts = []
        if self.per_line_blocks:
            parts.append(f"{self.per_line_blocks} block(s) of several lines read as one paragraph per line")
        if self.wrapped_blocks:
            parts.append(f"{self.wrapped_blocks} hard-wrapped block(s) joined into paragraphs")
        return "paragraphs: " + "; ".join(parts) if parts else None


def _norm(line: str) -> str:
    """``line`` with each run of whitespace made one space, and none at the ends."""
    # Most lines are like that already: printable (no whitespace but the space is printable), with no
    # double space and no space at an end. Those checks cost far less than the split and join.
    if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " ":
        return line
    return " ".join(line.split())


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends with sentence punctuation, then any closers, then any space: read from its
    end, not searched for along the line (a property test pins it to the pattern it replaces)."""
    body = line.rstrip().rstrip(CLOSERS)
    return bool(body) and body[-1] in _SENTENCE_PUNCTUATION


def _continues(line: str, following: str) -> bool:
    """A break inside a sentence: no sentence punctuation, and the next line reads on in lower case."""
    return not ends_sentence(line) and following[:1].islower()


def _hard_wrapped(lines: list[str]) -> tuple[bool, int]:
    """Whether a block's lines are wrapped at a fixed width, and that width."""
    body = [len(line) for line in lines[:-1]]
    width = max(body)
    if width < _WRAP_MIN_WIDTH:
        return False, width
    similar = sum(n >= _WRAP_WIDTH_SHARE * width for n in body)
    mid_sentence = sum(not ends_sentence(line) for line in lines[:-1])
    reads_on = sum(_continues(line, following) for line, following in zip(lines, lines[1:]))
    return (similar >= _WRAP_SIMILAR_LINES * len(body) and mid_sentence >= _WRAP_MID_SENTENCE * len(body)
            and reads_on >= _WRAP_READS_ON * len(body)), width


def split_blocks(text: str) -> Layout:
    """Paragraphs of plain text, decided block by block."""
    layout = Layout()
    for block in re.split(r"\n[ \t]*\n", text.strip("\n")):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if len(lines) == 1:
            layout.pieces.append(Piece("paragraph", _norm(lines[0])))
            continue
        wrapped, width = _hard_wrapped(lines)
        if wrapped:
            layout.wrapped_blocks += 1
        else:
            layout.per_line_blocks += 1
        current: list[str] = []
        for line, following in zip(lines, lines[1:] + [""]):
            current.append(line)
            if not following:
                break
            if wrapped:
                # a short line that ends a sentence ends a paragraph inside wrapped text
                ends = ends_sentence(line) and len(line) < _WRAP_WIDTH_SHARE * width
            else:
                ends = not _continues(line, following)  # one paragraph per line, unless it breaks mid-sentence
            if ends:
                layout.pieces.append(Piece("paragraph", _norm(" ".join(current))))
                current = []
        layout.pieces.append(Piece("paragraph", _norm(" ".join(current))))
    _join_post_signatures(layout)
    return layout


def _join_post_signatures(layout: Layout) -> None:
    """An embedded post's signature line ("— Jane Doe (@janedoe) November 12, 2019") joins the post's text
    before it, on the line above or across a blank line: one paragraph, the author's words and their source."""
    pieces = layout.pieces
    k = 1
    while k < len(pieces):
        if is_post_signature(pieces[k].text):
            pieces[k - 1].text = pieces[k - 1].text + " " + pieces[k].text
            del pieces[k]
        else:
            k += 1


def structure_kind(line: str) -> str | None:
    """What kind of page structure a paragraph is, or None for article text."""
    if post_signature(line) is not None:
        return None  # an embedded post: its author's words, whatever their shape
    first: str | None = None
    for kind, pattern, clues in _FURNITURE:
        if isinstance(clues, frozenset):
            if first is None:
                found = _FIRST_WORD.match(line)
                first = found.group().lower() if found else ""
            if first not in clues:
                continue
        elif clues:
            for clue in clues:
                if clue in line:
                    break
            else:
                continue  # no clue: no match
        if pattern.fullmatch(line):
            return kind
    if _heading_shaped(line):
        return "teaser" if ":" in line or _SENTENCE_INSIDE.search(line) else "heading"
    return None


_SENTENCE_INSIDE: Final = re.compile(  # not "3. The"
    r"[a-z][.!?][" + re.escape(CLOSERS) + r"]*\s+[" + re.escape(OPENING_QUOTES) + r"]?[A-Z]")
_STARTS: Final = re.compile(r"[" + re.escape(OPENERS) + r"]?[A-Z0-9]")


def _heading_shaped(line: str) -> bool:
    stripped = line.rstrip(CLOSERS + " ")
    return bool(stripped) and not ends_sentence(stripped) and stripped[-1] not in ",-–—" \
        and len(line.split()) <= MAX_HEADING_WORDS and bool(_STARTS.match(line))


def _structure_kinds(paragraphs: list[str]) -> list[str | None]:
    """Each paragraph's structure kind (None for article text). The first paragraph is
    the title's to claim (:mod:`claimcheck.article.metadata`): only furniture is taken from it. A
    note on the writer (:func:`is_writer_bio`) is a credit only where nothing but structure follows it. The
    readers' comments under a story ("2 comments:" and on, after the story's first paragraph) are structure to
    the end of the page."""
    kinds = [structure_kind(p) for p in paragraphs]
    if kinds and kinds[0] in {"heading", "teaser"}:
        kinds[0] = None
    opened = next((k for k in range(1, len(kinds)) if kinds[k] == "comments"), None)
    if opened is not None:
        kinds[opened:] = [kind or "comments" for kind in kinds[opened:]]
    k = len(kinds) - 1
    while k > 0 and (kinds[k] is not None or is_writer_bio(paragraphs[k])):
        kinds[k] = kinds[k] or "credit"
        k -= 1
    return kinds


# the line about the writer that closes a story: "Jane Doe is a reporter for the Daily Tide covering transport."
_WRITER_BIO: Final = re.compile(rf"{_WRITER_NAME} is (?:an? |the )(?:[\w-]+ ){{0,4}}{_WRITER_ROLE}s?\b"
                                r"(?: (?:for|at|with|based|who|covering|on|in)\b.{0,300})?[.!]?")


def is_writer_bio(line: str) -> bool:
    """Whether ``line`` reads as a note on the story's writer (its place decides: see _structure_kinds)."""
    return " is " in line and _WRITER_BIO.fullmatch(line) is not None


def take_structure(paragraphs: list[str]) -> tuple[list[str], list[tuple[str, str, int]]]:
    """Article paragraphs, and the structure lines as ``(kind, text, before)`` where
    ``before`` is the 1-based index of the article paragraph that follows (the count
    of paragraphs plus one at the end)."""
    kept: list[str] = []
    structure: list[tuple[str, str, int]] = []
    for paragraph, kind in zip(paragraphs, _structure_kinds(paragraphs)):
        if kind is None:
            kept.append(paragraph)
        else:
            structure.append((kind, paragraph, len(kept) + 1))
    return kept, structure


def segment(text: str) -> Layout:
    """Blocks into paragraphs, then structure lines set apart, all in reading order."""
    layout = split_blocks(text)
    for piece, kind in zip(layout.pieces, _structure_kinds(layout.paragraphs)):
        piece.kind = kind or "paragraph"
    return layout
