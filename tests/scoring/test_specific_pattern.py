"""The specific-claim patterns are written for speed (numbers apart from words, the words read at word starts
(WordStarts); the proper name found from its space); together they must find exactly what the plain
alternation of their parts finds."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.scoring import claims

PLAIN_NAME = re.compile(r"(?<=[a-z,;:]\s)(?:[A-Z][a-z]+)")
PLAIN = re.compile(
    rf"\d[\d.,]*|\b(?:{claims._MONTHS})(?!\w)|\b(?:{claims._DAYS})\b|\b(?:{claims._INTENT})\b|"
    rf"\b(?:{claims._QUANTITIES})\b"
)

PIECES = ["Sept.", "Jan", "May", "Monday", "ordered", "planning", "led  to", "resulted in", "per cent", "cut",
          "costs", "paid", "3,000", "12.5", "million", "Mayor", "reordered", "dozens", "x", " ", ", ", ".", "\n",
          "Tuesdays", "cutting", "é", "_cut", "2020", "killed", "approves", "launched", "attacks", "threatened",
          "blamed", "accused", "signed", "voted", "fired", "arrested", "charged", "caused", "because", "spent",
          "raised", "increased", "decreased", "authorized", "decided", "directs", "billion", "thousand", "Sunday",
          "Dec.", "Oct.3", "Nov.,", "Sept.5", "5Sept.", "a Lee", ", Ann", ": Bo", "A Lee", "\tTom", "x\nJo", "ñ", "²",
          "٣", "—", "“", "-"]


def matches(pattern: re.Pattern, text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_the_fast_patterns_find_what_the_plain_ones_find(text):
    words = [(start, text[start:end]) for start, end in claims._SPECIFIC_WORD.spans(text)]
    assert sorted(matches(claims._NUMBER, text) + words) == matches(PLAIN, text)
    names = [(m.start(1), m.group(1)) for m in claims._PROPER_NAME.finditer(text)]
    assert names == matches(PLAIN_NAME, text)
    assert claims.is_specific(text) == bool(PLAIN.search(text) or PLAIN_NAME.search(text))


def test_every_word_alternative_begins_with_a_letter():
    # a word start is read as the character before a letter: an alternative beginning with a group or an
    # escape would be missed
    words = claims._alternatives("|".join((claims._MONTHS, claims._DAYS, claims._INTENT, claims._QUANTITIES)))
    assert all(word[0].isalpha() for word in words)


WORDS = ["ab", "a", "b", "cd", "c\\.", "e\\b"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["ab", "a", "b", "c.", "cd", "e", " ", "é", "_", "1", ".", "-", "x"]),
                max_size=10).map("".join))
def test_word_starts_find_what_finditer_finds(text):
    plain = re.compile(r"\b(?:" + "|".join(WORDS) + ")")
    fast = claims.WordStarts(WORDS)
    spans = [m.span() for m in plain.finditer(text)]
    assert fast.spans(text) == spans
    assert fast.spans(text, first=True) == spans[:1]
    assert fast.first(text) == bool(spans)


def test_alternatives_grouped_by_first_letter_keep_their_order():
    pattern = re.compile(claims.by_first_letter(["ab", "a", "abc", "b"]))
    assert pattern.pattern == "a(?:b||bc)|b(?:)"
    # the first alternative in order that matches wins, as in the plain alternation
    assert pattern.match("abc").group() == re.match("ab|a|abc|b", "abc").group() == "ab"


def test_alternatives_grouped_by_first_letter_must_begin_with_one():
    with pytest.raises(ValueError):
        claims.by_first_letter(["ab", r"\d+"])
