"""Ingest's quick checks: each lets a step pass over text it cannot change, so each must say "maybe"
wherever the full pattern it guards would match (they only save time)."""

import importlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.article import layout

repair = importlib.import_module("claimcheck.article.repair")  # the module: the package exports a function of that name

# The pattern ends_sentence replaced: punctuation, then closers, then space, at the end of the line.
SENTENCE_END = re.compile(r"[.!?…:;][" + re.escape(layout.CLOSERS) + r"]*\s*$")

LINE_END_PIECES = [".", "!", "?", "…", ":", ";", '"', "'", "”", "’", "»", ")", "]", " ", "\t", "\n", "\u00a0",
                   "a", "Said", ",", "-", "—", ". ”", "x.”"]
QUOTE_PIECES = ['"', " ", "  ", ".", ",", "!", "?", ";", ")", "]", "word", "\n", "“", "”", "é", "Ã", "\u0303",
                "\u00a0", "\r", "\u2028", "ﬁ", "\x07"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(LINE_END_PIECES), max_size=8).map("".join))
def test_ends_sentence_reads_the_end_as_the_pattern_does(line):
    assert layout.ends_sentence(line) == bool(SENTENCE_END.search(line))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(QUOTE_PIECES), max_size=12).map("".join))
def test_each_quick_check_finds_whatever_its_pattern_finds(text):
    assert repair._has_spaced_straight_quote(text) == bool(repair._SPACED_STRAIGHT_QUOTE.search(text))
    if repair._FTFY_SUSPECTS.search(text):
        assert repair._FTFY_SUSPECT_START.search(text)
    if repair._LINE_BREAKS.search(text):
        assert any(c in text for c in repair._LINE_BREAK_CHARACTERS)


def test_text_with_nothing_to_repair_comes_back_as_it_was():
    clean = 'The mayor said, "We will stop." Then he left. "Why?" she asked.'
    log = repair.RepairLog()
    assert repair.normalise_line_breaks(clean, log) is clean
    assert repair.fix_with_ftfy(clean, log) is clean
    assert repair.fix_spaced_punctuation(clean, log) is clean
    assert log.repairs == []
    log = repair.RepairLog()  # and a text with something to repair is still repaired
    assert repair.fix_spaced_punctuation('"We will stop. " Then he left.', log) == '"We will stop." Then he left.'
    assert [r.kind for r in log.repairs] == ["spaced-punctuation"]


SPACE_PIECES = ["a", "word", " ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "\u2028", "\x1f", "\x85", ".", "é"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SPACE_PIECES), max_size=10).map("".join))
def test_a_line_is_normalised_as_split_and_join_would(line):
    assert layout._norm(line) == " ".join(line.split())


# The reversed-quote pattern as first written: a lookbehind, then the left quote.
REVERSED_CLOSING_CURLY = re.compile(r"(?<=\w[,.!?])“(?=[ \t\n)\]]|$)")
CURLY_PIECES = ["“", "”", "a", "said", ",", ".", "!", "?", " ", "\t", "\n", ")", "]", "1", "_", "é"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(CURLY_PIECES), max_size=10).map("".join))
def test_the_reversed_quote_is_found_where_the_lookbehind_form_finds_it(text):
    fast, plain = repair._REVERSED_CLOSING_CURLY, REVERSED_CLOSING_CURLY
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [bool(fast.match(text, i)) for i in range(len(text))] == [bool(plain.match(text, i)) for i in range(len(text))]
