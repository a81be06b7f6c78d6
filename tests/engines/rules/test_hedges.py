"""Hedge cues, their holders and agentless passives."""

import pytest

from .conftest import only

CUES = [
    ("The dam may fail.", "may", "modal"),
    ("The rebels could attack again.", "could", "modal"),
    ("The fire was probably set on purpose.", "probably", "adverb"),
    ("The suspect allegedly fled to Spain.", "allegedly", "adverb"),
    ("A recount is possible.", "possible", "adjective"),
    ("The prospect of a strike looms.", "prospect", "noun"),
    ("The vote will most likely slip to June.", "most likely", "phrase"),
    ("The virus appears to spread quickly.", "appears", "verb"),
]


@pytest.mark.parametrize("text,cue,kind", CUES)
def test_hedge_cues(analyse, text, cue, kind):
    hedge = only(analyse(text).hedges, cue=cue)
    assert hedge.kind == kind


@pytest.mark.parametrize("text,cue", [
    ("The group is believed to have missiles.", "is believed to"),
    ("The ship was thought to be lost.", "was thought to"),
    ("It is understood that the deal is done.", "It is understood"),
    ("The driver reportedly fled.", "reportedly"),
])
def test_agentless_hedges(analyse, text, cue):
    hedge = only(analyse(text).hedges, cue=cue)
    assert hedge.agentless is True
    assert hedge.holder == "reporter"


def test_hedge_inside_attributed_content_belongs_to_the_source(analyse):
    paragraph = analyse("Officials said the attack could come within days.")
    hedge = only(paragraph.hedges, cue="could")
    assert hedge.holder == "source"
    assert hedge.attribution_id == paragraph.attributions[0].id


def test_hedge_in_the_reporters_own_voice(analyse):
    paragraph = analyse("The attack could come within days.")
    hedge = only(paragraph.hedges, cue="could")
    assert (hedge.holder, hedge.attribution_id, hedge.agentless) == ("reporter", None, False)


def test_belief_verb_of_a_source_is_the_sources_hedge(analyse):
    paragraph = analyse("Some planners believe the campaign would fail.")
    believe = only(paragraph.hedges, cue="believe")
    assert believe.holder == "source"
    assert believe.attribution_id == only(paragraph.attributions, cue="believe").id


@pytest.mark.parametrize("text", [
    "The vote is set for May 4.",
    "Think tanks published the study.",
    "The minister will visit Rome.",
])
def test_not_hedges(analyse, text):
    assert analyse(text).hedges == []


@pytest.mark.parametrize("text", [
    "Her lawyer could not be reached.",  # refusal or inability, not doubt
    "Two men appeared in the doorway.",  # appearing in a place
    "As expected, the bank raised rates.",  # it happened
    "The board wants the fastest possible sale.",
])
def test_readings_that_are_not_doubt(analyse, text):
    assert analyse(text).hedges == []


def test_conditionals_are_conditions_not_hedges(analyse):
    paragraph = analyse("If the rain continues, the river will flood, and nobody knows whether the dam holds.")
    assert not [h for h in paragraph.hedges if h.cue in {"If", "whether"}]
    assert {h.cue for h in paragraph.conditions} == {"If", "whether"}
    assert all(h.kind == "conditional" for h in paragraph.conditions)
    claim = paragraph.claims[0]
    assert set(claim.condition_ids) == {h.id for h in paragraph.conditions}
    assert not set(claim.hedge_ids) & set(claim.condition_ids)


@pytest.mark.parametrize("text,word", [
    ("The feud deepened economic uncertainty across the region.", "uncertainty"),  # a topic noun
    ("Trade prospects for the port have faded.", "prospects"),
    ("There is no doubt the levee held.", "doubt"),  # negated: certainty
    ("There was little indication the talks had failed.", "indication"),
    ("The crews worked from updated forecasts all night.", "forecasts"),  # a noun after an adjective
    ("Forecasts called for heavy snow.", "Forecasts"),  # a noun subject of a past verb
    ("The expected storm reached the coast.", "expected"),  # an adjective
    ("Farmers face uncertain times.", "uncertain"),  # attributive
    ("The coach suggested that Hollis skip practice.", "suggested"),  # a proposal, not a guess
    ("Voters should not believe them.", "believe"),  # trusting someone
    ("When you consider that the fee doubled, the rise is steep.", "consider"),
])
def test_false_hedges(analyse, text, word):
    assert word not in [h.cue for h in analyse(text).hedges]


@pytest.mark.parametrize("text,cue", [
    ("The possibility that the bridge fails worries engineers.", "possibility"),
    ("It is unclear whether the plant reopens.", "unclear"),
    ("The tanker is expected to dock on Monday.", "is expected to"),
    ("The mayor suggested that the fire could spread.", "suggested"),
    ("There is a chance of rain.", "chance"),
])
def test_true_hedges_kept(analyse, text, cue):
    assert cue in [h.cue for h in analyse(text).hedges]


def test_hedge_in_a_continued_quote_is_the_sources(analyse):
    paragraph = analyse('"The levee held," Mora said. "It could still give way. Nobody can promise."')
    hedge = only(paragraph.hedges, cue="could")
    assert hedge.holder == "source"
    assert hedge.attribution_id == paragraph.attributions[0].id


def test_hedge_inside_quotation_marks_is_not_the_reporters(analyse):
    paragraph = analyse('Residents repeated the warning: "the dam might fail" was on every sign.')
    assert only(paragraph.hedges, cue="might").holder == "source"
