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


# --- the ASCII fast paths: an ASCII text skips the repairs whose characters are all non-ASCII -------------------

NON_ASCII_ONLY = [
    ("zero-width", repair._ZERO_WIDTH_CHARACTERS),
    ("closing curly quotes after a space", "”’"),
    ("reversed closing quote", "“"),
]


def test_the_repairs_an_ascii_text_skips_need_a_non_ascii_character():
    for name, characters in NON_ASCII_ONLY:
        assert not any(c.isascii() for c in characters), name
    assert all(not c.isascii() for c in "’") and " 's".isascii()


def test_an_ascii_text_is_looked_at_only_for_the_ascii_odd_spaces():
    assert repair._ODD_SPACE_ASCII_CLUES == tuple(c for c in repair._ODD_SPACE_CHARACTERS if c.isascii())
    assert set(repair._ODD_SPACE_ASCII_CLUES) == {"\v", "\f"}


ASCII_PIECES = ["a", " ", ";", "#", "&", "quot", "#39", "\v", "\f", ".", " .", ",", '"', "'s", " 's", "\t", "\x07"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ASCII_PIECES + PIECES + ["“", "”", " ’s", ". ”"]), max_size=14).map("".join))
def test_every_step_gives_what_its_pattern_gives(text):
    """Each step with a fast path against the plain substitution it stands for (no clues, every text)."""
    def plain(pattern, replace, kind):
        log = repair.RepairLog()
        return repair._substitute(pattern, text, log, kind, "", replace)

    log = repair.RepairLog()
    assert repair.remove_zero_width(text, log) == plain(repair._ZERO_WIDTH, repair._stray_only, "zero-width")
    assert repair.normalise_spaces(text, log) == plain(repair._ODD_SPACE, repair._constant(" "), "odd-space")
    assert repair.join_spaced_possessives(text, log) == plain(repair._SPACED_POSSESSIVE, repair._constant(""), "p")
    assert repair.compose_accents(text, log) == __import__("unicodedata").normalize("NFC", text)
