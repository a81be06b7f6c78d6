"""Speech cues read in session 16 (rules 1.116-), from PolNeAR train's missed speech cues: relative pronouns with
their auxiliary in one token, gerunds after a preposition with an adverb between or after an opening connective,
and where the content before such a gerund ends. Short invented paragraphs."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,cue,source", [
    # "who've", "who'd": the relative pronoun with its auxiliary stands for its antecedent, as "who have" does
    ("He met voters who've said they will stay home.", "said", "voters"),
    ("The voters who’ve said they will stay home are many.", "said", "The voters"),
    # the relative clause is part of the subject: its last name is not the speaker
    ("Many of the leaders who'd rather be working for Lee or Ana Park said they will rally.", "said",
     "Many of the leaders who'd rather be working for Lee or Ana Park"),
])
def test_a_relative_pronoun_with_its_auxiliary(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,source", [
    # an adverb between a gerund's preposition and the gerund, as between a comma and a participle
    ('"I am fine," he added, while also saying that he expects to win.', "he"),
    ("Mr. Lee, after initially saying he would not advertise, has now bought ads.", "Mr. Lee"),
    # a gerund's preposition after an opening connective opens the sentence as at its start
    ("Now, after arguing that the results narrowed the race, his team changed its plan.", "his team"),
    ("But after saying that the plan was dead, Ruiz changed course.", "Ruiz"),
])
def test_a_gerund_after_its_preposition(analyse, text, source):
    cue = next(w for w in text.replace(",", " ").split() if w.endswith("ing"))
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text", [
    "Instead of calling himself a moderate, Lee said he was a builder.",
    "But without saying why, Ruiz left the room.",
])
def test_a_gerund_of_a_saying_not_done_reports_nothing(analyse, text):
    assert [a.cue for a in analyse(text).attributions if a.cue.endswith("ing")] == []


@pytest.mark.parametrize("text,content", [
    # the content before ends at the comma that leads the gerund, its adverb between or not
    ("Lee has promised to build a wall, while also suggesting that the law should change.", "to build a wall"),
    ("Lee has promised to build a wall, while suggesting that the law should change.", "to build a wall"),
])
def test_a_content_ends_before_a_gerunds_lead(analyse, text, content):
    assert only(analyse(text).attributions, cue="has promised").content == content


def test_a_phrase_ending_in_a_preposition_is_no_clause_subject(analyse):
    """'... and deport millions of undocumented workers, while suggesting ...': the object of the second verb, cut
    short at "of", is not a subject of its own; the sentence's subject suggests it."""
    text = "Lee has promised to build a wall and deport millions of undocumented workers, while suggesting that the law should change."
    assert only(analyse(text).attributions, cue="suggesting").source == "Lee"


@pytest.mark.parametrize("text,source,content", [
    # a passive question whose asker is named after "by" (a request, "was asked by Park to resign", is none: the
    # convention of rules 1.18)
    ('"Absolutely," he said when asked by a reporter if that remains his view.', "a reporter",
     "if that remains his view"),
    ('Ruiz was asked by host Lee Park, who backs the plan, "Now, what about taxes?"', "host Lee Park",
     '"Now, what about taxes?"'),
])
def test_asked_by_someone(analyse, text, source, content):
    attribution = only(analyse(text).attributions, cue="asked")
    assert (attribution.source, attribution.content) == (source, content)


def test_a_participle_after_its_noun_asks_nothing(analyse):
    assert analyse("The questions asked by reporters were hard.").attributions == []


@pytest.mark.parametrize("text,source,content", [
    # a work's title in quotation marks, with its author after "by", as what a report is according to
    ("According to ''The Parks: Three Generations,'' by Ana Ruiz, Lee told his friend that he was leaving.",
     "''The Parks: Three Generations,'' by Ana Ruiz", "Lee told his friend that he was leaving"),
    ('According to "The Parks," the family came from Ohio.', '"The Parks,"', "the family came from Ohio"),
])
def test_according_to_a_titled_work(analyse, text, source, content):
    attribution = only(analyse(text).attributions, cue="According to")
    assert (attribution.source, attribution.content) == (source, content)


@pytest.mark.parametrize("text,cue,source,content", [
    # with nothing after its verb, a clause after a noun's "that" is a relative clause whose object the noun is
    ("The mayor called the vote rigged, a charge that county leaders denied.", "denied", "county leaders",
     "a charge"),
    ("Ruiz says the deal is done, a point that officials have disputed.", "have disputed", "officials", "a point"),
    # and a participle after it goes on with the relative clause's subject
    ("The mayor called the vote rigged, a charge that county leaders denied, noting that they used the same rules.",
     "noting", "county leaders", "they used the same rules"),
])
def test_a_cue_in_an_object_relative_clause(analyse, text, cue, source, content):
    attribution = only(analyse(text).attributions, cue=cue)
    assert (attribution.source, attribution.content) == (source, content)


@pytest.mark.parametrize("text,cues", [
    ("Sales came in at a level that analysts expected.", []),  # a thought, no report
    ("The board said that the leaders denied.", ["said"]),  # "that" after a verb opens a clause
])
def test_no_object_relative_report(analyse, text, cues):
    assert [a.cue for a in analyse(text).attributions] == cues


@pytest.mark.parametrize("text,source,content", [
    # an inverted cue set off between a subject and its verb, with two speakers or the speaker's relative clause
    ("The plan, said Park and others, would fail.", "Park and others", "The plan, said Park and others, would fail"),
    ("And Ruiz, said Park, who knows her well, doesn't forgive.", "Park",
     "Ruiz, said Park, who knows her well, doesn't forgive"),
])
def test_an_inverted_cue_set_off_inside_the_sentence(analyse, text, source, content):
    attribution = only(analyse(text).attributions, cue="said")
    assert (attribution.source, attribution.content) == (source, content)


def test_an_adverb_of_frequency_between_the_auxiliary_and_the_cue(analyse):
    attribution = only(analyse("The budget rose, as the mayor has sometimes acknowledged.").attributions)
    assert (attribution.source, attribution.content) == ("the mayor", "The budget rose")


def test_adverbs_before_the_comma_of_an_as_clause(analyse):
    attribution = only(analyse("As the Herald reported just today, the mayor issued subpoenas.").attributions)
    assert attribution.content == "the mayor issued subpoenas"


@pytest.mark.parametrize("text", [
    "Lee rebuked critics who say he should resign, saying the claim was false.",
    "Lee met voters who said they were tired, saying he understood.",
])
def test_a_participle_after_a_relative_clause_on_the_object(analyse, text):
    """The relative clause describes the verb's object; the participle goes on with the sentence's subject."""
    assert only(analyse(text).attributions, cue="saying").source == "Lee"


@pytest.mark.parametrize("text,source,content", [
    # a passive report with a complement of what its subject was found to be, then its source after "by"
    ("Ruiz was confirmed as one of the passengers by the airline.", "the airline",
     "Ruiz was confirmed as one of the passengers"),
    ("The deal was announced the same day by the mayor.", "the mayor", "The deal was announced the same day"),
])
def test_a_passive_report_past_its_complement(analyse, text, source, content):
    attribution = only(analyse(text).attributions)
    assert (attribution.source, attribution.content) == (source, content)


@pytest.mark.parametrize("text", [
    "Ruiz was declared the winner by the narrowest of margins.",  # a measure, no source
    "It was revealed that he paid for the suit by his lawyer.",  # "that" opens a clause, no complement
])
def test_no_passive_source_past_a_complement(analyse, text):
    assert analyse(text).attributions == []
