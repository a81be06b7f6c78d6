"""Hedge words that are nouns here (engines/rules/hedges.py), read on unseen real news in session 15: a hedge verb's
noun after what modifies it, and a hedging noun under a negating word past its article."""

import pytest


@pytest.mark.parametrize("text,cue", [
    # a word that only goes before a noun, or an article and one word with no complement of belief after
    ("Residents should monitor later forecasts and be ready.", "forecasts"),
    ("According to the hourly forecast for the area, rain is due.", "forecast"),
    ("An arson suspect is under arrest.", "suspect"),
    ("The second suspect got away.", "suspect"),
    ("The county estimate was too high.", "estimate"),
    # a negating word before the noun's article: certainty, no hedge
    ("He faces life in prison without the possibility of parole.", "possibility"),
    ("The jury found him guilty beyond a reasonable doubt.", "doubt"),
])
def test_a_hedge_word_that_is_a_noun_here_hedges_nothing(analyse, text, cue):
    assert cue not in [h.cue for h in analyse(text).hedges]


@pytest.mark.parametrize("text,cue", [
    # the verb keeps its hedge: a that-clause, an object, a clause after a plain subject
    ("The police suspect that the fire was set.", "suspect"),
    ("The company forecast a loss for the year.", "forecast"),
    ("Officials suspect the blaze was arson.", "suspect"),
    # the noun with its complement and no negation still hedges
    ("The possibility of a strike grew.", "possibility"),
    ("There is a possibility that the dam fails.", "possibility"),
])
def test_the_hedge_stays_where_the_word_is_a_verb_or_an_open_noun(analyse, text, cue):
    assert cue in [h.cue for h in analyse(text).hedges]
