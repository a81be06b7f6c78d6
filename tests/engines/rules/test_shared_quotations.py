"""The quotations the engine keeps for the roster are what quotations() finds, whoever asks and when."""

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.engines.rules import tokens
from claimcheck.engines.rules.engine import analyse_paragraph


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab “”\"'`«».,", max_size=30))
def test_take_quotations_is_quotations(text):
    assert tokens.take_quotations(text) == tokens.quotations(text)  # nothing kept: found now
    tokens.remember_quotations(text, tokens.quotations(text))
    assert tokens.take_quotations(text) == tokens.quotations(text)  # kept by the engine, taken once
    assert text not in tokens._FOUND


def test_the_engine_keeps_a_paragraphs_quotations_and_the_roster_forgets_them():
    text = "“We will not go,” Ana Ruiz said. “Never.”"
    analyse_paragraph(text, 1, [])
    assert tokens._FOUND[text] == tokens.quotations(text)
    tokens.forget_quotations([text])
    assert text not in tokens._FOUND


def test_what_is_kept_is_bounded():
    for n in range(tokens._FOUND_LIMIT + 5):
        tokens.remember_quotations(f"“{n}”", [(0, len(str(n)) + 1)])
    assert len(tokens._FOUND) <= tokens._FOUND_LIMIT
    tokens._FOUND.clear()
