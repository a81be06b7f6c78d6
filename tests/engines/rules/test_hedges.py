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
    assert not [h for h in paragraph.hedges if h.cue in {"If", "whether", "will"}]
    # "nobody knows whether": a question left open (hedges._not_known), a condition of kind "question"
    assert {(h.cue, h.kind) for h in paragraph.conditions} == {
        ("If", "conditional"), ("will", "consequent"), ("whether", "question")}
    claim = paragraph.claims[0]
    assert set(claim.condition_ids) == {h.id for h in paragraph.conditions}
    assert not set(claim.hedge_ids) & set(claim.condition_ids)


@pytest.mark.parametrize("text, conditions", [
    ("Asked whether the plant would reopen, Ruiz said no.", {("whether", "question")}),  # the question asked
    ("Ruiz asked the city council whether it would pay.", {("whether", "question")}),  # after the one asked
    ("Ruiz asked her if the plant would reopen.", {("if", "question")}),
    ("Reporters wondered if the plant would reopen.", {("if", "question")}),
    ("Ruiz inquired if the plant would reopen.", {("if", "question")}),  # every verb of asking, one list
    ("Ruiz queried whether the plant would reopen.", {("whether", "question")}),
    ("Ruiz asked for help if the plant closes.", {("if", "conditional")}),  # a condition on the request
    ("The plant will reopen if the loan is approved.", {("if", "conditional"), ("will", "consequent")}),
])
def test_whether_or_if_after_a_verb_of_asking_opens_a_question_not_a_conditional(analyse, text, conditions):
    paragraph = analyse(text)
    assert {(h.cue, h.kind) for h in paragraph.conditions} == conditions
    assert not [h for h in paragraph.hedges if h.cue.lower() in {"if", "whether"}]


@pytest.mark.parametrize("text,word", [
    ("The feud deepened economic uncertainty across the region.", "uncertainty"),  # a topic noun
    ("Trade prospects for the port have faded.", "prospects"),
    ("There is no doubt the levee held.", "doubt"),  # negated: certainty
    ("There was little indication the talks had failed.", "indication"),
    ("The crews worked from updated forecasts all night.", "forecasts"),  # a noun after an adjective
    ("Forecasts called for heavy snow.", "Forecasts"),  # a noun subject of a past verb
    ("The expected storm reached the coast.", "expected"),  # an adjective
    ("Analysts had expected a loss, but the firm posted a profit.", "expected"),  # a perfect with its object
    ("The rally came sooner than anyone had expected.", "expected"),
    ("Farmers face uncertain times.", "uncertain"),  # attributive
    ("The coach suggested that Hollis skip practice.", "suggested"),  # a proposal, not a guess
    ("Voters should not believe them.", "believe"),  # trusting someone
    ("When you consider that the fee doubled, the rise is steep.", "consider"),
    # a plural noun after its adjective, not a verb (session 13, unseen news)
    ("Deputies have no description of the possible suspects yet.", "suspects"),
    ("The latest estimates put the damage at $2 million.", "estimates"),
    # "would" of wanting (volition), not of doubt
    ("If you would like to help, call the clinic.", "would"),
    ("The tenants would rather stay, their lawyer said.", "would"),
    ("She would also like a recount.", "would"),
])
def test_false_hedges(analyse, text, word):
    assert word not in [h.cue for h in analyse(text).hedges]


@pytest.mark.parametrize("text,cue", [
    ("The possibility that the bridge fails worries engineers.", "possibility"),
    ("It is unclear whether the plant reopens.", "unclear"),
    ("The tanker is expected to dock on Monday.", "is expected to"),
    ("The mayor suggested that the fire could spread.", "suggested"),
    ("There is a chance of rain.", "chance"),
    ("The sheriff suspects the fire was set.", "suspects"),  # a verb after its subject
    ("The levee would likely fail in a flood.", "would"),
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


def test_a_verb_of_inquiry_before_whether_is_an_open_question(analyse):
    paragraph = analyse("Engineers will test the dam to determine whether it is safe.")
    assert [(h.cue, h.kind) for h in paragraph.conditions] == [("determine", "conditional"), ("whether", "conditional")]
    assert not [h for h in paragraph.hedges if h.cue.lower() in {"if", "whether"}]


# --- modals: epistemic, or tense, condition, ability (the Szeged/CoNLL-2010 distinctions) ---

@pytest.mark.parametrize("text,modal", [
    ("If the talks fail, the strike will go on.", "will"),  # a leading condition, then its main clause
    ("Officials hope that if the river rises, the town would be evacuated.", "would"),
    ("The plant would reopen only if the state paid for repairs.", "would"),  # a trailing condition
    ("Lee wouldn't be surprised if the vote slipped.", None),  # "wouldn't" is one token, no modal hedge
    ("Ruiz said if she won, the tax would go.", "would"),  # a leading condition inside the report
    ("If the mayor signs it the pier will close.", "will"),  # no comma: the sentence's first will
])
def test_the_will_or_would_of_a_conditionals_main_clause_is_its_consequent(analyse, text, modal):
    paragraph = analyse(text)
    assert not [h for h in paragraph.hedges if h.cue.lower() in {"will", "would", "if"}]
    if modal is not None:
        assert only(paragraph.conditions, cue=modal).kind == "consequent"


def test_could_in_a_conditionals_main_clause_stays_a_hedge(analyse):
    paragraph = analyse("If the levee breaks, the water could reach the school.")
    assert only(paragraph.hedges, cue="could").kind == "modal"
    assert [h.cue for h in paragraph.conditions] == ["If"]


@pytest.mark.parametrize("text", ["Reporters asked if the mayor would resign.",
                                  "The mayor did not say if she would resign."])
def test_an_if_that_asks_has_no_consequent(analyse, text):
    paragraph = analyse(text)
    assert "would" not in [h.cue for h in paragraph.conditions + paragraph.hedges]


@pytest.mark.parametrize("text", [
    "The senator vowed that she would fight the plan.",  # future seen from the past
    "Critics argued that closing the two clinics would hurt rural families.",
    "Engineers knew the old bridge would close.",
    "Reporters asked whether the ban would cover food.",  # the question's tense
    "Ruiz inquired if the plant would reopen.",  # (lexicon.ASKING_LEMMAS)
    "Nobody explained how the levy would work.",
    "Their would be rivals stayed home.",  # a modifier, not a verb
])
def test_would_that_is_tense_not_doubt(analyse, text):
    assert "would" not in [h.cue for h in analyse(text).hedges]


@pytest.mark.parametrize("text", [
    "The mayor has pointed out that a new tax would hurt shops.",  # a perfect: nothing to shift from
    "The firm noted that it paid the fee, even though such fees normally would be waived.",  # the reporter's clause
    "A new tax would hurt shops.",  # the reporter's own hypothesis
])
def test_would_that_supposes_is_kept(analyse, text):
    assert "would" in [h.cue for h in analyse(text).hedges]


@pytest.mark.parametrize("text,hedged", [
    ("Prices should ease by spring.", True),  # an outcome: a prediction
    ("This should help shoppers.", True),  # a subject that takes no order
    ("The board should resign.", False),  # an agent's action: a prescription
    ("Voters should read the fine print.", False),
])
def test_should_hedges_only_when_it_predicts(analyse, text, hedged):
    assert ("should" in [h.cue for h in analyse(text).hedges]) is hedged


@pytest.mark.parametrize("text,word", [
    ("Neither man could be reached for comment.", "could"),  # the no-comment formula
    ("Not all of the villagers believe, but many came.", "believe"),  # faith, no claim believed
    ("Voters get a chance to weigh in.", "chance"),  # an opportunity
    ("The council's thinking on parking changed.", "thinking"),  # a noun after a possessor
    ("Police held an unnamed suspect overnight.", "suspect"),  # a noun after a participle
    ("Revenue forecasts were cut twice.", "forecasts"),  # a plural noun before its verb
    ("The city is considering raising fees.", "considering"),  # deliberating an action
    ("The ruling, which had been widely expected, came Friday.", "expected"),  # it came as foreseen
    ("Sales grew faster than expected.", "expected"),
    ("The firm met potential buyers.", "potential"),  # a prospective role
    ("Lower rates would reduce the uncertainty of the times.", "uncertainty"),  # a state, no claim in doubt
])
def test_readings_of_hedge_words_that_are_not_doubt(analyse, text, word):
    assert word not in [h.cue for h in analyse(text).hedges]


@pytest.mark.parametrize("text,cue", [
    ("Snow was expected Thursday.", "expected"),  # still ahead
    ("The leak is a potential danger.", "potential"),
    ("It is unclear how the city could pay.", "could"),  # a possibility weighed inside the question
    ("Police believe the fire was set.", "believe"),
    ("There is uncertainty over whether the dam holds.", "uncertainty"),
])
def test_hedge_words_that_do_doubt_are_kept(analyse, text, cue):
    assert cue in [h.cue for h in analyse(text).hedges]


@pytest.mark.parametrize("text,cue,condition", [
    ("The plant stays shut until the state pays for repairs.", "until", True),  # an event still to come
    ("Rates stay put until inflation is tamed.", "until", True),
    ("The firm will expand once it wins the permit.", "once", True),
    ("The pier stays shut until May 4.", "until", False),  # a date: only when
    ("Crews worked until they finished.", "until", False),  # a past event
    ("Nobody noticed until now.", "until", False),
    ("She once ran the port.", "once", False),  # one time
    ("Workers who once would have held these jobs left.", "once", False),  # formerly
    ("Critics stayed quiet until recent days.", "until", False),  # a time, no clause
    ("The shutdown lasts until our lawmakers can agree.", "until", True),
])
def test_until_and_once_before_a_clause_of_their_own_are_conditions(analyse, text, cue, condition):
    paragraph = analyse(text)
    assert cue not in [h.cue for h in paragraph.hedges]
    assert (cue in [h.cue for h in paragraph.conditions]) is condition


@pytest.mark.parametrize("text,agentless", [
    ("The vote will be seen as a test.", True),  # a view nobody named holds
    ("The mayor is viewed as honest by most voters.", None),  # its holders named: their view, no hedge
    ("Voters see the mayor as honest.", None),  # the voters' view, not the reporter's doubt
    ("Residents saw the fire from the bridge.", None),  # perception
    ("Nobody has seen anything as odd as this.", None),  # a comparison
])
def test_an_agentless_view_is_an_agentless_hedge(analyse, text, agentless):
    found = [h for h in analyse(text).hedges if h.cue.lower() in {"see", "seen", "saw", "viewed"}]
    assert [h.agentless for h in found] == ([agentless] if agentless else [])


@pytest.mark.parametrize("text,kept", [
    ("The pact would end the strike.", False),  # the terms of a pending measure
    ("Investors would have preferred a cut.", False),  # the unreal past
    ("The strike would end soon.", True),
    ("As a boy he would often fish the river.", False),  # the habitual past
    ("Whenever it rained, the road would flood.", False),
    ("Whenever it rained, crews came. The road would flood.", True),  # another sentence: not habitual by it
])
def test_would_of_a_measure_or_the_unreal_past_is_not_doubt(analyse, text, kept):
    assert ("would" in [h.cue for h in analyse(text).hedges]) is kept
