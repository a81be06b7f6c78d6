"""Speech-verb shapes of session 10 (rules 1.54 on), on short invented paragraphs: a passive report whose source
follows "by" past a few words of time or manner, a relative "that" as the subject of a cue, the one addressed
("explained to the Ledger why ...") and a stretch of time ("has said for weeks ...") before the content, and a
bare role with a quoted title as an aside of the subject."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,cue,source,content", [
    # a passive report names its source after "by", past adverbs inside the verb group ...
    ("Both fires were claimed by the Harbor Front.", "claimed by", "the Harbor Front", "Both fires"),
    ("The memo was never mentioned by the moderators.", "mentioned by", "the moderators", "The memo"),
    ("The plan was jointly written by two aides.", "written by", "two aides", "The plan"),
    # ... and past a time phrase between the participle and "by"
    ("The letter was first reported last week by the Dover Ledger.", "reported last week by", "the Dover Ledger",
     "The letter"),
    ("The closure was announced on Monday by the county.", "announced on Monday by", "the county", "The closure"),
    # the auxiliaries before "be" are no part of what was reported; a relative pronoun stands for its antecedent
    ("The mayor has been criticized by several council members.", "criticized by", "several council members",
     "The mayor"),
    ("Lee cited the audit, which was first disclosed by the Ledger.", "disclosed by", "the Ledger", "the audit"),
    ("They found a flaw in the survey that was disclosed by the auditors.", "disclosed by", "the auditors",
     "the survey"),
    # the source ends before a reason or a charge
    ("The chief was criticized by residents for not closing the road.", "criticized by", "residents", "The chief"),
    ("The group was accused by the state of hiding its accounts.", "accused by", "the state", "The group"),
])
def test_a_passive_report_names_its_source_after_by(analyse, text, cue, source, content):
    attribution = only(analyse(text).attributions, cue=cue)
    assert (attribution.source, attribution.content) == (source, content)


@pytest.mark.parametrize("text,source,content", [
    # one told or warned: what follows the source is what was said
    ("Ruiz was warned by the embassy that the road was closed.", "the embassy", "the road was closed"),
    ("The crew acted after being told by the pilot that the engine had failed.", "the pilot",
     "the engine had failed"),
])
def test_a_passive_warning_carries_its_clause(analyse, text, source, content):
    attribution = only(analyse(text).attributions)
    assert (attribution.source, attribution.content) == (source, content)


@pytest.mark.parametrize("text", [
    # "by" that names a means, a deadline or a margin is no source, and the passive stays agentless
    "The result was announced by phone.",
    "The deal will be announced by Friday.",
    "The levy was approved by a wide margin.",
    # a passive whose participle means something else
    "The website is maintained by the party.",
])
def test_by_without_a_source_is_no_passive_report(analyse, text):
    assert analyse(text).attributions == []


@pytest.mark.parametrize("text,cue,source,content", [
    # a relative "that" before a past speech verb is its subject and stands for the noun before it
    ('Marchers carried a banner that said "No more cuts."', "said", "a banner", '"No more cuts."'),
    ("The site showed a notice that said the store had closed.", "said", "a notice", "the store had closed"),
    # the nearest noun phrase, not past a verb's particle or a preposition ...
    ("Volunteers handed out leaflets that said the vote was rigged.", "said", "leaflets", "the vote was rigged"),
    ('She posted the photo under a caption that said "Back soon."', "said", "a caption", '"Back soon."'),
    # ... except a preposition after a document noun whose object is none
    ("They ran an ad in the Ledger that said the levy would fail.", "said", "an ad in the Ledger",
     "the levy would fail"),
    ("The council released a report that suggested the bridge was unsafe.", "suggested", "a report",
     "the bridge was unsafe"),
])
def test_a_relative_that_is_the_subject_of_a_cue(analyse, text, cue, source, content):
    attribution = only(analyse(text).attributions, cue=cue)
    assert (attribution.source, attribution.content) == (source, content)


@pytest.mark.parametrize("text", [
    # "that" as a determiner, the conjunction of a clause, or before the adjective "said" is no subject
    "They have long argued that said funds should be returned.",
    "That said, the plan is dead.",
    "She rejected the fact that reported crimes fell.",
])
def test_that_which_is_no_relative_pronoun_speaks_for_nothing(analyse, text):
    assert not any(a.cue in {"said", "reported"} for a in analyse(text).attributions)


@pytest.mark.parametrize("text,cue,content", [
    # the one addressed after "to", then what was said: a clause, a question or a quotation
    ("Ruiz explained to the Ledger why the plant had closed.", "explained", "why the plant had closed"),
    ("Ruiz admitted to reporters that the count was wrong.", "admitted", "the count was wrong"),
    ("The union complained to the board that the shifts were too long.", "complained", "the shifts were too long"),
    ('Lee wrote to Ruiz: "The deal is off."', "wrote", '"The deal is off."'),
    # a stretch of time before the content: "for weeks", "for the first time"
    ("Ruiz has said for weeks she is the only candidate.", "has said", "she is the only candidate"),
    ("The agency acknowledged for the first time that the data was lost.", "acknowledged", "the data was lost"),
])
def test_the_one_addressed_and_a_stretch_of_time_are_no_content(analyse, text, cue, content):
    assert only(analyse(text).attributions, cue=cue).content == content


@pytest.mark.parametrize("text", [
    # after "to", an infinitive or what is answered is no one addressed, and reports nothing new (an infinitive of
    # speech after "continued" is reported as its own cue: test_speech_s17.py)
    "Ruiz continued to weigh whether the count was fair.",
    "The two sides agreed to divide the districts in ways that help both.",
])
def test_an_infinitive_after_to_is_no_one_addressed(analyse, text):
    assert analyse(text).attributions == []


def test_what_is_answered_is_no_one_addressed(analyse):
    """'responded to a question about how ...': the question is what was answered; its words are not what Ruiz said."""
    attributions = analyse("Ruiz responded to a question about how the levy would pass.").attributions
    assert not any(a.content == "how the levy would pass" for a in attributions)


@pytest.mark.parametrize("text,source", [
    # a role with no article before "of", then a quoted title, set off by commas after the name
    ('Ana Ruiz, host of the station\'s "Morning Desk," said the levy would pass.', "Ana Ruiz"),
    ('Tom Lee, author of "The Harbor Years," suggested the mill would close.', "Tom Lee"),
])
def test_a_bare_role_with_a_quoted_title_is_an_aside(analyse, text, source):
    assert only(analyse(text).attributions).source == source


@pytest.mark.parametrize("text,content", [
    # a contracted pronoun opens the clause told, as a pronoun does
    ("Ruiz told reporters she's staying in the race.", "she's staying in the race"),
    ("Lee tells voters he’s with them.", "he’s with them"),
])
def test_a_contracted_pronoun_ends_the_one_told(analyse, text, content):
    attribution = only(analyse(text).attributions)
    assert (attribution.source, attribution.content) == (text.split()[0], content)


@pytest.mark.parametrize("text,cue", [
    # a second verb after ", then" shares the sentence's subject
    ("Ruiz offered the man a job, then said he would welcome advice.", "said"),
    ("Lee toured the plant, then announced that it would close.", "announced"),
])
def test_a_second_verb_after_then(analyse, text, cue):
    attribution = only(analyse(text).attributions, cue=cue)
    assert attribution.source == text.split()[0]


def test_an_ing_form_after_then_is_no_second_verb(analyse):
    """'..., then calling the Herald to ask ...': a phone call, no speech the sentence's subject reports."""
    attributions = analyse("It took him a day, then calling the Herald to ask readers to watch.").attributions
    assert not any(a.cue == "calling" for a in attributions)


@pytest.mark.parametrize("text,cue,source,content", [
    # a statement owned by a role, a body or a document, after its article
    ("The mayor's claim that the budget was balanced drew jeers.", "claim", "The mayor",
     "the budget was balanced drew jeers"),
    ("Residents ignored the agency's warning that the dam was weak.", "warning", "the agency", "the dam was weak"),
    # a short setting between the noun and its clause
    ("Lee repeated his claim in a radio interview that the vote was rigged.", "claim", "his", "the vote was rigged"),
    ("Few recalled the senator's suggestion at the start of the year that taxes would fall.", "suggestion",
     "the senator", "taxes would fall"),
])
def test_a_statement_owned_by_its_source(analyse, text, cue, source, content):
    attribution = only(analyse(text).attributions, cue=cue)
    assert (attribution.source, attribution.content) == (source, content)


@pytest.mark.parametrize("text", [
    # a possessor that cannot state anything, or a "that" past a verb of the sentence, owns no statement
    "The storm's warning that the dam was weak came late.",
    "Lee skipped his remarks on Tuesday but argued that he would win.",
])
def test_no_statement_owned_across_a_verb_or_by_a_thing(analyse, text):
    assert not any(a.cue in {"warning", "remarks"} for a in analyse(text).attributions)


def test_a_quotation_after_that_is_what_the_statement_said(analyse):
    text = 'He was pressed on his statement on Monday that "the levy is dead," but he kept calm.'
    assert only(analyse(text).attributions, cue="statement").content == '"the levy is dead,"'


@pytest.mark.parametrize("text,quoter,quoted,content", [
    # "X quoted Y as saying Z": Y said Z, relayed by X
    ("The Ledger quoted a county aide as saying the bridge was unsafe.", "The Ledger", "a county aide",
     "the bridge was unsafe"),
    ('Local radio quoted Ana Ruiz, a nurse, as saying "We ran out of beds."', "Local radio", "Ana Ruiz, a nurse",
     '"We ran out of beds."'),
])
def test_one_quoted_as_saying_is_the_source_relayed_by_the_quoter(analyse, text, quoter, quoted, content):
    attributions = analyse(text).attributions
    outer = only(attributions, source=quoter)
    inner = only(attributions, source=quoted)
    assert inner.content == content
    assert (outer.relays, inner.via) == (inner.id, outer.id)


@pytest.mark.parametrize("text,quoter,quoted,content", [
    # the passive: "Y was quoted by X as saying Z", and the quoter after the participle
    ("Ana Ruiz was quoted by the Ledger as saying that the bridge was unsafe.", "the Ledger", "Ana Ruiz",
     "the bridge was unsafe"),
    ('"We ran out of beds," a nurse was quoted as saying by local radio.', "local radio", "a nurse",
     '"We ran out of beds,"'),
])
def test_one_quoted_passively_by_a_quoter_is_relayed_by_it(analyse, text, quoter, quoted, content):
    attributions = analyse(text).attributions
    outer = only(attributions, source=quoter)
    inner = only(attributions, source=quoted)
    assert inner.content == content
    assert (outer.relays, inner.via) == (inner.id, outer.id)


def test_a_quotation_before_a_passive_quoting_is_its_content(analyse):
    """'"...," Ruiz was quoted as saying.': nothing follows the participle, so the words are the quotation."""
    attribution = only(analyse('"The count is wrong," Ana Ruiz was quoted as saying.').attributions, source="Ana Ruiz")
    assert (attribution.content, attribution.quote) == ('"The count is wrong,"', "direct")


@pytest.mark.parametrize("text,relayer,speaker", [
    # the relaying cue after the words it passes on, set off by a comma
    ("Ana Ruiz told the Ledger that the bridge was unsafe, the newspaper reported.", "the newspaper", "Ana Ruiz"),
    ("The mayor said the vote would be delayed, according to two aides.", "two aides", "The mayor"),
    ("The firm said it would cut 300 jobs, the Ledger reported on Monday.", "the Ledger", "The firm"),
])
def test_words_passed_on_by_a_cue_after_them_are_one_chain(analyse, text, relayer, speaker):
    attributions = analyse(text).attributions
    outer, inner = only(attributions, source=relayer), only(attributions, source=speaker)
    assert inner.via == outer.id


@pytest.mark.parametrize("text,speaker", [
    # a cue that weighs the words, not one that passes them on; a clause of its own
    ("Ana Ruiz said the count was wrong, a point the mayor acknowledged.", "Ana Ruiz"),
    ("The mayor said the vote was close but that aides said it was fine.", "The mayor"),
])
def test_a_cue_that_does_not_pass_the_words_on_makes_no_chain(analyse, text, speaker):
    assert only(analyse(text).attributions, source=speaker).via is None


@pytest.mark.parametrize("text,cue,content", [
    # a relative clause set off after the cue's setting or the one addressed describes them: no content
    ("The bridge was unsafe, Ana Ruiz told the Ledger, which first reported the closure.", "told",
     "The bridge was unsafe"),
    ("The bridge was unsafe, Ana Ruiz said in an interview with the Ledger, which ran it first.", "said",
     "The bridge was unsafe"),
    ("The bridge was unsafe, Ana Ruiz said, which surprised no one.", "said", "The bridge was unsafe"),
])
def test_a_relative_clause_after_a_postposed_cue_is_no_content(analyse, text, cue, content):
    assert only(analyse(text).attributions, cue=cue).content == content


@pytest.mark.parametrize("text,cue,source", [
    # a relative clause after a setting that cannot speak ("an interview with X") stands for what follows it
    ("The bridge was unsafe, Ana Ruiz said in an interview with the Ledger, which first reported the closure.",
     "reported", "the Ledger"),
    ("The mayor spoke at a briefing with the county board, which said the plan was unsafe.", "said",
     "the county board"),
])
def test_a_relative_after_a_setting_stands_for_the_setting_s_object(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source
