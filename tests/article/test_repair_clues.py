"""The repairs skip a text that holds none of their clues; every text a repair's pattern matches must hold one,
or a repair would be skipped that the pattern would have made."""

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st

repair = importlib.import_module("claimcheck.article.repair")  # the package's `repair` is the function

PIECES = ["a", " ", ";", "#", "&", "x", "quot", "amp", "apos", "nbsp", "rsquo", "hellip", "#39", "#034", "#x27",
          "#x022", "\u200b", "\u00ad", "\u2066", "\u00a0", "\u2009", "\u3000", "\v", "\f", "\u2028", "é", "’"]

PATTERNS_AND_CLUES = [
    (repair._ZERO_WIDTH, tuple(repair._ZERO_WIDTH_CHARACTERS)),
    (repair._ODD_SPACE, tuple(repair._ODD_SPACE_CHARACTERS)),
    (repair._BROKEN_ENTITY, repair._BROKEN_ENTITY_CLUES),
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_a_text_the_pattern_matches_holds_a_clue(text):
    for pattern, clues in PATTERNS_AND_CLUES:
        if pattern.search(text):
            assert any(clue in text for clue in clues), (pattern.pattern, text)


def test_each_character_of_a_class_is_matched():
    for pattern, characters in PATTERNS_AND_CLUES[:2]:
        assert all(pattern.fullmatch(c) for c in characters)
