"""The roster's text scans are written for speed (a capitalised run found from its capital, unless a name
particle is joined to one; "he"/"she" found from their first letter); they must find exactly what the plain
patterns find."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import roster

PLAIN_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")

PIECES = ["Ann", "Lee", " ", "  ", "\t", "\n", "al", "al-", "de", "van ", "bin", "Assad", "Gaulle", "the", "he",
          "He", "she", "She", "Shea", "ShE", "x", "’", "'", "-", ".", "&", ",", "U.S.", "é", "É", "ibn", "Abu", "la",
          "Mc", "D", "said", "_", "3"]


def spans(matches):
    return [(m.start(), m.end()) for m in matches]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_the_fast_scans_find_what_the_plain_patterns_find(text):
    assert spans(roster._capital_runs(text)) == spans(roster._CAPITAL_RUN.finditer(text))
    assert spans(roster._TEXT_PRONOUN.finditer(text)) == spans(PLAIN_PRONOUN.finditer(text))


def test_a_particle_joined_to_a_capital_starts_the_run():
    assert [m.group() for m in roster._capital_runs("He met al-Assad there")] == ["He", "al-Assad"]
    assert [m.group() for m in roster._capital_runs("He met Ann Lee there")] == ["He", "Ann Lee"]
