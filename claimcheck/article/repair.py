"""Repair scrape and machine-translation damage before any analysis.

Every change is counted by kind in a :class:`RepairLog` with a few
``before -> after`` samples, so a reader can audit what ingestion did to the
text. The rules are conservative: they only undo damage whose intended form is
unambiguous, and they never add words. Sentence-level damage whose intent is
unclear (``mission. there:``) is reported by :func:`broken_sentence_breaks`
and left alone.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from typing import Final

import ftfy

from claimcheck.schema import Repair

_MAX_EXAMPLES: Final = 3
_CONTEXT: Final = 16

# ftfy, told not to do what the rules below do themselves (so each is
# recorded under its own kind) and not to straighten curly quotes, which is
# a change of style, not a repair.
_FTFY_CONFIG: Final = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_character_width=False,
    explain=True,
)
# ftfy explains each change as (action, name); "apply" steps are named fixes,
# "encode"/"decode" pairs undo mojibake, "normalize" is Unicode normalisation.
_FTFY_FIXES: Final = {
    "fix_latin_ligatures": ("ligature", "typographic ligatures spelt out ('ﬁ' -> 'fi')"),
    "remove_control_chars": ("control-chars", "invisible control characters removed"),
    "remove_terminal_escapes": ("control-chars", "invisible control characters removed"),
    "fix_surrogates": ("surrogates", "broken UTF-16 surrogate pairs joined"),
}
_NORMALISATION: Final = ("unicode-normalisation", "decomposed accents composed (NFC)")
_MOJIBAKE: Final = ("mojibake", "text decoded with the wrong encoding ('â€™' -> '’') fixed by ftfy")
# ftfy's cost grows with the length of what it reads, so a long line is cut
# into pieces of about 2,000 characters at a space after an ASCII letter or
# digit: no mojibake sequence spans such a space.
_FTFY_PIECE: Final = re.compile(r"[^\n]{1,2000}(?:[^\n]{0,200}?[A-Za-z0-9] (?=[^\n]))?|\n+")
# What ftfy could change: a UTF-8 lead byte read as Latin-1/cp1252 followed by
# a continuation byte read the same way (mojibake), ligatures, control
# characters, lone surrogates, combining accents, replacement characters.
# Pieces without any are skipped: ftfy's own check costs far more than this one.
_CP1252_CONTINUATIONS: Final = "\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
# the lone surrogates by chr(): mypyc (the opt-in compiled build) takes no surrogate in a string literal
_FTFY_SINGLES: Final = "\ufb00-\ufb06\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + chr(0xD800) + "-" + chr(0xDFFF) + "\u0300-\u036f\ufffd"
_FTFY_SUSPECTS: Final = re.compile(f"[\xc2-\xf4][{_CP1252_CONTINUATIONS} ]|[{_FTFY_SINGLES}]")
# The first character of any suspect: one character class, which re scans for far faster than the
# alternation above, so a text without any is passed over at once.
_FTFY_SUSPECT_START: Final = re.compile(f"[\xc2-\xf4{_FTFY_SINGLES}]")

_LINE_BREAKS: Final = re.compile(r"\r\n?|[\u0085\u2028\u2029]")
_LINE_BREAK_CHARACTERS: Final = ("\r", "\u0085", "\u2028", "\u2029")  # what _LINE_BREAKS can match begins with one
# Zero-width and odd-space characters: an ASCII text holds none but "\v" and "\f" (``str.isascii`` reads a
# flag of the string, not its characters); in other text one scan of the class costs less than looking for each
# character with ``in`` (22 and 17 scans; measured on PolNeAR train's non-ASCII articles).
_ZERO_WIDTH_CHARACTERS: Final = ("\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"
                          "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ZERO_WIDTH: Final = re.compile(f"[{_ZERO_WIDTH_CHARACTERS}]")
_JOINERS: Final = frozenset("\u200c\u200d")
_BIDI_CONTROLS: Final = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ODD_SPACE_CHARACTERS: Final = ("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                         "\u202f\u205f\u3000\v\f")
_ODD_SPACE: Final = re.compile(f"[{_ODD_SPACE_CHARACTERS}]")
_ODD_SPACE_ASCII_CLUES: Final = tuple(c for c in _ODD_SPACE_CHARACTERS if c.isascii())

# "O & # 39; Brien", "& amp ;", "& quot ;": an entity with spaces inside it,
# taken with the spaces around it so a spaced-out apostrophe can close up.
_SPACED_ENTITY: Final = re.compile(r"(?P<lead> ?)&\s*(?P<body>#\s*[xX]?\s*[0-9a-fA-F]{1,5}|[a-zA-Z]{2,8})\s*;(?P<trail> ?)")
_APOSTROPHES: Final = ("'", "’")
# Where a spaced apostrophe entity sits, these show the spaces were not meant:
# a lone letter before it (O'Brien, D'Angelo) or a contraction after it.
_NAME_PREFIX_BEFORE: Final = re.compile(r"(?:^|[^\w])[A-Za-z]$")
_CONTRACTION_AFTER: Final = re.compile(r"(?:s|t|re|ve|ll|d|m)\b")

# An entity that lost its ampersand: '"very high,quot;'. Forms that are not
# English words may follow a letter; the others only punctuation or space.
_BROKEN_ENTITY_NAMES: Final = ("quot", "amp", "apos", "nbsp", "rsquo", "lsquo", "rdquo", "ldquo", "mdash", "ndash", "hellip")
_BROKEN_ENTITY: Final = re.compile(rf"(?:{'|'.join(_BROKEN_ENTITY_NAMES)}|#0*3[49]|#x0*2[27]);")
# What a text must hold to hold a broken entity: a name and its semicolon, or the "#" of a number.
_BROKEN_ENTITY_CLUES: Final = (*(f"{name};" for name in _BROKEN_ENTITY_NAMES), "#")
_NOT_WORDS: Final = re.compile(r"(?:quot|#0*3[49]);")
_HTML_ENTITY: Final = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# "closing quote after a space": '... deliberations. "' and '... accountable. ”'.
# The quote must end a word group: '.  ”Mr. Trump' uses ” to open, and stays.
_SPACED_CLOSING_CURLY: Final = re.compile(r"(?<=[.!?,]) +(?=[”’](?:\s|$|[,.;:!?)\]]))")
_SPACED_STRAIGHT_QUOTE: Final = re.compile(r'(?<=[.!?,]) +(?="(?:\s|$|[,.;:!?)\]]))')
# Whether the text holds such a place at all, found from the space and quote before a closing mark: re
# scans for a pattern that begins with a literal far faster than for one that begins with a character
# class ("[.!?,]") or a lookbehind; the punctuation before the spaces is then looked at in Python.
_SPACE_THEN_CLOSING_STRAIGHT_QUOTE: Final = re.compile(r' "(?=\s|$|[,.;:!?)\]])')
# "remains . The", "high , adding": a space before punctuation that ends a word.
_SPACE_BEFORE_PUNCT: Final = re.compile(r" +(?=[.,;:!?](?:\s|$)(?! ?\.))", re.MULTILINE)
_SPACE_RUN: Final = re.compile(r"  +(?=\S)")
# "the agency ’s chief": a possessive cut from its word. An apostrophe then a lone "s" opens no quotation.
_SPACED_POSSESSIVE: Final = re.compile(r"(?<=\w) +(?=[’']s(?!\w))")
# A live blog's time of day glued to the entry's first word by a scrape ("9:52PMBush said", "10:55pmObama"):
# the place after the time (and its am/pm) where a capitalised word begins.
_GLUED_TIME: Final = re.compile(r"(?<![\w:])(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?(?:AM|PM|am|pm))?(?=[A-Z][a-z]|[A-Z]{3})")
# What every such glue holds, opening on a literal colon, which the regex engine finds fast (it only saves time).
_GLUED_TIME_CLUE: Final = re.compile(r":[0-5]\d\s?(?:AM|PM|am|pm)?[A-Z]")
# A sentence glued to the one before it by a scrape ("the union said.The deal raises wages"): a word in lower case,
# its sentence's mark, then a capitalised word of letters, and no other mark or space in the run (a web address, a
# file's name, "U.S.The" and "Yahoo.Com" are left as they are).
_GLUED_SENTENCE: Final = re.compile(r"(?<![\w.@/:'’-])[a-z]{2,}[.!?](?!(?:Com|Org|Net|Gov|Edu|Co|Io|Uk|Us|Info|Biz|"
                                     r"News|Tv|Ly)\b)(?=[A-Z][a-z]+(?:[\s,;:]|$))")
# The mark opens the match's last character; a literal first character would be scanned for faster, but the run
# before it is what must be checked, so the clue below is tried first (it only saves time).
_GLUED_SENTENCE_CLUE: Final = re.compile(r"[a-z][.!?][A-Z][a-z]")
# A closing quotation mark whose last byte was lost in a wrong decoding: U+201D is E2 80 9D in UTF-8, and 9D is no
# character in cp1252, so a page decoded as cp1252 shows "â€" and drops it ("... hard choices,â€ Mayor Brennan
# said"). ftfy reads "â€" and a space as a dagger (E2 80 A0); before a space, a mark or the line's end it is the
# closing quote (the dash, "â€”", and the other marks keep their third character and are ftfy's).
_LOST_CLOSING_QUOTE: Final = re.compile(r"â€(?=[ \t\n,.;:!?)\]]|$)")
# A period, then a lower-case word: a sentence cut in two, or a stray period.
_LOWERCASE_AFTER_PERIOD: Final = re.compile(r"\. [a-z]{2,}")
_WORD_BEFORE_PERIOD: Final = re.compile(r"(?:^|[^\w.])([a-z]{3,})$")
_ABBREVIATIONS_BEFORE_LOWERCASE: Final = frozenset({"etc", "vs", "approx", "cf", "viz", "incl", "esp"})


class RepairLog:
    """Counts and samples of each kind of repair, in the order first seen."""

    def __init__(self) -> None:
        self._repairs: dict[str, Repair] = {}

    def record(self, kind: str, description: str, example: str | None, count: int = 1) -> None:
        repair = self._repairs.get(kind)
        if repair is None:
            repair = self._repairs[kind] = Repair(kind=kind, description=description, count=0)
        repair.count += count
        if example and len(repair.examples) < _MAX_EXAMPLES and example not in repair.examples:
            repair.examples.append(example)

    @property
    def repairs(self) -> list[Repair]:
        return list(self._repairs.values())


def _visible(text: str) -> str:
    """``text`` with invisible characters spelt out, so an example shows them."""
    return "".join(c if c == " " or c.isprintable() else f"<U+{ord(c):04X}>" for c in text)


def _example(text: str, start: int, end: int, replacement: str) -> str:
    """A 'before -> after' sample: the change with a few words either side."""
    left = text[max(0, start - _CONTEXT) : start]
    right = text[end : end + _CONTEXT]
    if " " in left[1:]:
        left = left[left.index(" ", 1) + 1 :] if start - _CONTEXT > 0 else left
    if " " in right[:-1]:
        right = right[: right.rindex(" ")] if end + _CONTEXT < len(text) else right
    left, right = left.split("\n")[-1], right.split("\n")[0]
    before = _visible(left + _shorten(text[start:end]) + right).strip()
    after = _visible(left + _shorten(replacement) + right).strip()
    return f"{before} -> {after}"


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else f"{text[: limit // 2]} … {text[-limit // 2 :]}"


def _substitute(
    pattern: re.Pattern[str],
    text: str,
    log: RepairLog,
    kind: str,
    description: str,
    replace: Callable[[re.Match[str]], str | None],
    clues: tuple[str, ...] = (),
) -> str:
    """``pattern.sub`` that logs each change; ``replace`` returns None to keep a match. ``clues``: the text can
    hold a match only if it holds one of these strings; without any, the pattern is not run (it only saves time)."""
    if clues and not any(clue in text for clue in clues):
        return text
    pieces: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        new = replace(match)
        if new is None or new == match.group(0):
            continue
        pieces += [text[last : match.start()], new]
        log.record(kind, description, _example(text, match.start(), match.end(), new))
        last = match.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _constant(value: str) -> Callable[[re.Match[str]], str]:
    return lambda _match: value


def _after_word(value: str) -> Callable[[re.Match[str]], str | None]:
    """Replace only where the match follows a letter or digit."""
    return lambda match: value if match.string[match.start() - 1 : match.start()].isalnum() else None


def _after_non_space(value: str) -> Callable[[re.Match[str]], str | None]:
    """Replace only inside a line, not in its indentation."""

    def replace(match: re.Match[str]) -> str | None:
        before = match.string[match.start() - 1 : match.start()]
        return value if before and not before.isspace() else None

    return replace


def normalise_line_breaks(text: str, log: RepairLog) -> str:
    """CRLF, CR and Unicode line separators to LF."""
    if not any(character in text for character in _LINE_BREAK_CHARACTERS):
        return text
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return "\n\n" if match.group(0) == "\u2029" else "\n"

    fixed = _LINE_BREAKS.sub(replace, text)
    if count:
        kinds = sorted({_visible(m) for m in set(_LINE_BREAKS.findall(text[:100_000]))})
        log.record("line-breaks", "CRLF, CR and Unicode line separators made LF", f"{', '.join(kinds)} -> LF", count)
    return fixed


def _pictographic(char: str) -> bool:
    """An emoji or a part of an emoji sequence (skin tone, VS16, tag, keycap)."""
    code = ord(char)
    return (unicodedata.category(char) in ("So", "Sk") or 0x1F3FB <= code <= 0x1F3FF or code == 0xFE0F
            or 0xE0020 <= code <= 0xE007F or code == 0x20E3)


def _joining_script(char: str) -> bool:
    """A letter or mark of a script that writes with joiners (Arabic, Persian, the Indic scripts...):
    anything from Hebrew on, which leaves out Latin, Greek, Cyrillic and Armenian."""
    return ord(char) >= 0x0590 and unicodedata.category(char)[0] in "LM"


def _has_rtl(text: str, start: int, end: int) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text[start:end])


def _stray_only(match: re.Match[str]) -> str | None:
    """Remove an invisible character unless it does a job where it stands: a ZWJ inside an emoji
    sequence (👩‍💻) or a ZWJ/ZWNJ between letters of a joining script (می‌خواهم), and bidi marks,
    embeddings and isolates on a line that holds right-to-left text. Everywhere else (inside a
    Latin name, a bidi override in English text) it is scrape damage, or a spoof."""
    text, start = match.string, match.start()
    char = match.group(0)
    before = text[start - 1] if start else ""
    after = text[start + 1] if start + 1 < len(text) else ""
    if char in _JOINERS and before and after:
        if char == "\u200d" and _pictographic(before) and _pictographic(after):
            return None
        if _joining_script(before) and _joining_script(after):
            return None
    if char in _BIDI_CONTROLS:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        if _has_rtl(text, line_start, len(text) if line_end < 0 else line_end):
            return None
    return ""


def remove_zero_width(text: str, log: RepairLog) -> str:
    if text.isascii():
        return text  # every character of the class is non-ASCII
    return _substitute(
        _ZERO_WIDTH,
        text,
        log,
        "zero-width",
        "stray zero-width and invisible formatting characters (ZWSP, BOM, soft hyphen; ZWJ/ZWNJ outside emoji "
        "and joining scripts; bidi marks outside right-to-left text) removed",
        _stray_only,
    )


def fix_with_ftfy(text: str, log: RepairLog) -> str:
    """Mojibake, ligatures, control characters and the like, piece by piece."""
    if not _FTFY_SUSPECT_START.search(text) or not _FTFY_SUSPECTS.search(text):
        return text  # no piece can hold a suspect, and the pieces make up the text
    pieces = _FTFY_PIECE.findall(text)
    for number, piece in enumerate(pieces):
        if not _FTFY_SUSPECTS.search(piece):
            continue
        fixed, steps = _ftfy_piece(piece)
        if fixed == piece:
            continue
        kinds = {_ftfy_kind(action, name) for action, name in steps} or {_MOJIBAKE}
        start, end, replacement = _changed_region(piece, fixed)
        example = _example(piece, start, end, replacement)
        for kind, description in sorted(kinds):
            log.record(kind, description, example)
        pieces[number] = fixed
    return "".join(pieces)


def _ftfy_kind(action: str, name: str) -> tuple[str, str]:
    if action == "normalize":
        return _NORMALISATION
    return _FTFY_FIXES.get(name, _MOJIBAKE) if action == "apply" else _MOJIBAKE


def _ftfy_piece(piece: str) -> tuple[str, list[tuple[str, str]]]:
    if len(piece) > _FTFY_CONFIG.max_decode_length:
        # ftfy explains one segment at a time; fix_text splits long text itself.
        return ftfy.fix_text(piece, _FTFY_CONFIG), []
    explained = ftfy.fix_and_explain(piece, _FTFY_CONFIG)
    return explained.text, list(explained.explanation or [])


def _changed_region(old: str, new: str) -> tuple[int, int, str]:
    """The smallest ``old[start:end]`` that, replaced by the returned text, gives ``new``."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]:
        suffix += 1
    return prefix, len(old) - suffix, new[prefix : len(new) - suffix]


def fix_spaced_entities(text: str, log: RepairLog) -> str:
    """``O & # 39; Brien`` -> ``O'Brien``; ``& amp ;`` -> ``&``."""

    def replace(match: re.Match[str]) -> str | None:
        entity = match.group(0).strip()
        if not any(c.isspace() for c in entity):
            return None  # a well-formed entity: fix_html_entities' job
        compact = "&" + re.sub(r"\s+", "", match.group("body")) + ";"
        decoded = html.unescape(compact)
        if decoded == compact or not decoded.isprintable():
            return None
        lead, trail = match.group("lead"), match.group("trail")
        text = match.string
        between_words = lead and trail and text[match.start() - 1 : match.start()].isalnum()
        between_words = between_words and text[match.end() : match.end() + 1].isalnum()
        if decoded in _APOSTROPHES and between_words and _apostrophe_joins(match):
            return decoded
        return lead + decoded + trail

    return _substitute(
        _SPACED_ENTITY, text, log, "spaced-entity", "HTML entities broken by spaces decoded ('& # 39;' -> \"'\")", replace,
        clues=("&",),
    )


def _apostrophe_joins(match: re.Match[str]) -> bool:
    text = match.string
    return bool(
        _NAME_PREFIX_BEFORE.search(text, max(0, match.start() - 2), match.start())
        or _CONTRACTION_AFTER.match(text, match.end())
    )


def fix_broken_entities(text: str, log: RepairLog) -> str:
    """``"very high,quot;`` -> ``"very high,"``: an entity that lost its ampersand."""

    def replace(match: re.Match[str]) -> str | None:
        before = match.string[match.start() - 1 : match.start()]
        if before in ("&", "#") or before.isdigit() or before == "_":
            return None
        if before.isalpha() and not _NOT_WORDS.fullmatch(match.group(0)):
            return None  # "champ;" is a word, not a broken "&amp;"
        entity = "&" + match.group(0)
        decoded = html.unescape(entity)
        return None if decoded == entity else decoded

    if ";" not in text and "#" not in text:
        return text  # every clue holds one or the other
    return _substitute(
        _BROKEN_ENTITY, text, log, "broken-entity", "HTML entities missing their '&' decoded (',quot;' -> ',\"')", replace,
        clues=_BROKEN_ENTITY_CLUES,
    )


def fix_html_entities(text: str, log: RepairLog) -> str:
    """Entities left in plain text (``&amp;``, ``&#39;``), twice for double escaping."""

    def replace(match: re.Match[str]) -> str | None:
        decoded = html.unescape(match.group(0))
        if decoded == match.group(0) or decoded == "\ufffd" or not (decoded.isprintable() or decoded.isspace()):
            return None
        return decoded

    for _ in range(2):
        if "&" not in text:
            break
        fixed = _substitute(
            _HTML_ENTITY, text, log, "html-entity", "HTML entities left in the text decoded ('&amp;' -> '&')", replace
        )
        if fixed == text:
            break
        text = fixed
    return text


def normalise_spaces(text: str, log: RepairLog) -> str:
    """Non-breaking, thin, ideographic and other odd spaces to a plain space."""
    return _substitute(
        _ODD_SPACE,
        text,
        log,
        "odd-space",
        "non-breaking, thin and other odd spaces made plain spaces",
        _constant(" "),
        clues=_ODD_SPACE_ASCII_CLUES if text.isascii() else (),
    )


def fix_spaced_punctuation(text: str, log: RepairLog) -> str:
    """``remains . The`` -> ``remains. The``; ``accountable. ”`` -> ``accountable.”``."""
    description = "spaces before punctuation and closing quotes removed ('troops . The' -> 'troops. The')"
    text = _substitute(_SPACE_BEFORE_PUNCT, text, log, "spaced-punctuation", description, _after_word(""),
                       clues=(" .", " ,", " ;", " :", " !", " ?"))
    if not text.isascii():  # the curly quotes are not
        text = _substitute(_SPACED_CLOSING_CURLY, text, log, "spaced-punctuation", description, _constant(""),
                           clues=(" ”", " ’"))
    if _has_spaced_straight_quote(text):
        text = _close_straight_quotes(text, log, description)
    return text


def join_spaced_possessives(text: str, log: RepairLog) -> str:
    """``the agency ’s chief`` -> ``the agency’s chief``."""
    return _substitute(_SPACED_POSSESSIVE, text, log, "spaced-possessive",
                       "spaces before a possessive removed ('the agency ’s chief' -> 'the agency’s chief')",
                       _constant(""), clues=(" 's",) if text.isascii() else (" ’s", " 's"))


def separate_glued_times(text: str, log: RepairLog) -> str:
    """``9:52PMBush said`` -> ``9:52PM Bush said``: a time of day glued to the next word, which is a name."""
    if _GLUED_TIME_CLUE.search(text) is None:
        return text
    return _substitute(_GLUED_TIME, text, log, "glued-time",
                       "a time of day glued to the next word set apart ('9:52PMBush' -> '9:52PM Bush')",
                       lambda match: match.group(0) + " ", clues=(":",))


def separate_glued_sentences(text: str, log: RepairLog) -> str:
    """``the union said.The deal`` -> ``the union said. The deal``: a sentence glued to the one before it."""
    if _GLUED_SENTENCE_CLUE.search(text) is None:
        return text
    return _substitute(_GLUED_SENTENCE, text, log, "glued-sentence",
                       "a sentence glued to the one before it set apart ('said.The' -> 'said. The')",
                       lambda match: match.group(0) + " ")


def restore_lost_closing_quotes(text: str, log: RepairLog) -> str:
    """``hard choices,â€ Mayor Brennan said`` -> ``hard choices,” Mayor Brennan said``: a closing quotation mark
    whose last byte a wrong decoding lost (before ftfy, which would read it as a dagger)."""
    if "â€" not in text:
        return text
    return _substitute(_LOST_CLOSING_QUOTE, text, log, "mojibake",
                       "text decoded with the wrong encoding ('â€™' -> '’') fixed by ftfy", _constant("”"))


def _has_spaced_straight_quote(text: str) -> bool:
    """Whether a straight quote that may close follows punctuation and spaces: ``'[.!?,] +"'`` then a space,
    the end or a mark (:data:`_SPACED_STRAIGHT_QUOTE`'s places)."""
    for match in _SPACE_THEN_CLOSING_STRAIGHT_QUOTE.finditer(text):
        start = match.start()
        while start > 0 and text[start - 1] == " ":
            start -= 1
        if start > 0 and text[start - 1] in ".!?,":
            return True
    return False


def _close_straight_quotes(text: str, log: RepairLog, description: str) -> str:
    """Join ``. "`` when the quote closes one opened earlier on the same line."""
    closing_positions: set[int] = set()
    for line_match in re.finditer(r"[^\n]+", text):
        open_quote = False
        for quote in re.finditer('"', line_match.group(0)):
            position = line_match.start() + quote.start()
            if open_quote:
                closing_positions.add(position)
            open_quote = not open_quote
    return _substitute(
        _SPACED_STRAIGHT_QUOTE,
        text,
        log,
        "spaced-punctuation",
        description,
        lambda m: "" if m.end() in closing_positions else None,
    )


# A left curly quote typed where the closing one belongs: '... here,“ said Ruiz', '... future.“' at a line's
# end. It sits right after a word and its sentence punctuation, with a space, closing punctuation or the line's
# end after it, where no quote opens.
# The quote mark is matched first and what comes before it looked behind for: re scans for a pattern that
# begins with a literal far faster than it tries one that begins with a lookbehind at every position.
_REVERSED_CLOSING_CURLY: Final = re.compile(r"“(?<=\w[,.!?]“)(?=[ \t\n)\]]|$)")


def fix_reversed_closing_quotes(text: str, log: RepairLog) -> str:
    """``“It's over,“ said Ruiz`` -> ``“It's over,” said Ruiz``: a left quote that closes the quote opened
    before it on the same line is a right quote."""
    if text.isascii() or "“" not in text or not _REVERSED_CLOSING_CURLY.search(text):
        return text
    closing_positions: set[int] = set()
    for line_match in re.finditer(r"[^\n]+", text):
        open_quote = False
        for quote in re.finditer("[“”]", line_match.group(0)):
            position = line_match.start() + quote.start()
            if quote.group() == "”":
                open_quote = False
            elif open_quote and _REVERSED_CLOSING_CURLY.match(text, position):
                closing_positions.add(position)
                open_quote = False
            else:
                open_quote = True
    return _substitute(
        _REVERSED_CLOSING_CURLY,
        text,
        log,
        "reversed-quote",
        "left quotation marks typed where the quote closes made right ones ('here,“ said' -> 'here,” said')",
        lambda m: "”" if m.start() in closing_positions else None,
    )


def collapse_space_runs(text: str, log: RepairLog) -> str:
    description = "runs of spaces inside a line made one space"
    return _substitute(_SPACE_RUN, text, log, "space-runs", description, _after_non_space(" "), clues=("  ",))


def broken_sentence_breaks(text: str) -> list[str]:
    """Places like ``mission. there:`` where a period is followed by a lower-case word."""
    found = []
    for match in _LOWERCASE_AFTER_PERIOD.finditer(text):
        word = _WORD_BEFORE_PERIOD.search(text, max(0, match.start() - 30), match.start())
        if word and word.group(1) not in _ABBREVIATIONS_BEFORE_LOWERCASE:
            found.append(word.group(1) + match.group(0))
    return found


def compose_accents(text: str, log: RepairLog) -> str:
    """NFC once more at the end: removing a stray zero-width character between two combining marks
    can leave them out of canonical order, and repair must give the same text when run twice."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):  # ASCII text is in every normal form
        return text
    composed = unicodedata.normalize("NFC", text)
    start, end, replacement = _changed_region(text, composed)
    log.record(*_NORMALISATION, _example(text, start, end, replacement))
    return composed


# In order: each later step relies on the earlier ones (entities can decode to
# zero-width characters or odd spaces, so those passes run after them too).
_CHARACTER_STEPS: Final = (remove_zero_width, restore_lost_closing_quotes, fix_with_ftfy)
_TEXT_STEPS: Final = (
    fix_spaced_entities,
    fix_html_entities,
    fix_broken_entities,
    remove_zero_width,
    normalise_spaces,
    fix_spaced_punctuation,
    join_spaced_possessives,
    separate_glued_times,
    separate_glued_sentences,
    fix_reversed_closing_quotes,
    collapse_space_runs,
    compose_accents,
)


def repair(text: str, log: RepairLog | None = None) -> tuple[str, list[Repair]]:
    """The repaired text and what was repaired. Line breaks are handled separately."""
    log = log or RepairLog()
    for step in (*_CHARACTER_STEPS, *_TEXT_STEPS):
        text = step(text, log)
    return text, log.repairs
