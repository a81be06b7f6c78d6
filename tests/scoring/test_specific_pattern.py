"""The specific-claim patterns are written for speed (numbers apart from words, one word-start test, a
first-letter lookahead; the proper name found from its space); together they must find exactly what the
plain alternation of their parts finds."""

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
          "Dec.", "Oct.3", "Nov.,", "Sept.5", "5Sept.", "a Lee", ", Ann", ": Bo", "A Lee", "\tTom", "x\nJo"]


def matches(pattern: re.Pattern, text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_the_fast_patterns_find_what_the_plain_ones_find(text):
    assert sorted(matches(claims._NUMBER, text) + matches(claims._SPECIFIC_WORD, text)) == matches(PLAIN, text)
    names = [(m.start(1), m.group(1)) for m in claims._PROPER_NAME.finditer(text)]
    assert names == matches(PLAIN_NAME, text)
    assert claims.is_specific(text) == bool(PLAIN.search(text) or PLAIN_NAME.search(text))


def test_every_word_alternative_begins_with_a_letter():
    # the lookahead lists first letters: an alternative beginning with a group or an escape would be missed
    firsts = claims._first_letters(claims._WORDS)
    assert firsts.isalpha() and "o" in firsts and "J" in firsts


def test_first_letters_skips_alternatives_inside_groups():
    assert claims._first_letters("ab(?:c|d)|ef") == "ae"


def test_alternatives_grouped_by_first_letter_keep_their_order():
    pattern = re.compile(claims.by_first_letter(["ab", "a", "abc", "b"]))
    assert pattern.pattern == "a(?:b||bc)|b(?:)"
    # the first alternative in order that matches wins, as in the plain alternation
    assert pattern.match("abc").group() == re.match("ab|a|abc|b", "abc").group() == "ab"


def test_alternatives_grouped_by_first_letter_must_begin_with_one():
    with pytest.raises(ValueError):
        claims.by_first_letter(["ab", r"\d+"])
