"""Claims, their links, orphans and inherited attribution."""

import pytest

from .conftest import only


def test_attributed_and_orphan_claims(analyse):
    paragraph = analyse("The port handled 9 million tons last year. Traders said exports would fall.")
    orphan, attributed = paragraph.claims
    assert orphan.attribution_ids == []
    assert attributed.attribution_ids == [paragraph.attributions[0].id]


def test_claim_links_its_hedges(analyse):
    paragraph = analyse("Traders said exports could fall. The port is busy every day.")
    first, second = paragraph.claims
    assert first.hedge_ids == [only(paragraph.hedges, cue="could").id]
    assert second.hedge_ids == []


def test_quote_continuing_after_she_said_inherits(analyse):
    paragraph = analyse('"The water is unsafe," she said. "Nobody should drink it."')
    said = paragraph.attributions[0]
    continued = paragraph.claims[1]
    assert continued.attribution_ids == [said.id]
    assert continued.inherited_attribution is True
    assert paragraph.claims[0].inherited_attribution is False


def test_quote_paragraph_inherits_from_the_previous_paragraph(analyse):
    first = analyse('"We were never told," said Rosa Lind, a resident.')
    second = analyse('"Now the whole street is flooded."')
    assert second.claims[0].attribution_ids == [first.attributions[0].id]
    assert second.claims[0].inherited_attribution is True


def test_plain_sentence_after_a_quote_does_not_inherit(analyse):
    paragraph = analyse('"We were never told," said Rosa Lind. The street flooded on Monday.')
    assert paragraph.claims[1].attribution_ids == []
    assert paragraph.claims[1].inherited_attribution is False


def test_no_comment_sentence_is_not_a_claim(analyse):
    paragraph = analyse("The bank declined to comment. Its shares fell 4 percent on Friday.")
    assert [c.text for c in paragraph.claims] == ["Its shares fell 4 percent on Friday."]


def test_questions_and_fragments_are_not_claims(analyse):
    assert analyse("Who will pay for it? Nobody knows yet.").claims[0].text == "Nobody knows yet."
    assert analyse("Thank you.").claims == []


def test_semicolon_splits_clauses(analyse):
    paragraph = analyse("The mine closed in 1990; the town lost half its jobs.")
    assert [c.text for c in paragraph.claims] == ["The mine closed in 1990", "the town lost half its jobs."]


def test_colon_lead_in_hands_the_next_paragraph_its_source(analyse):
    lead = analyse("The governor added:")
    quote = analyse("The plan is dead. Nobody will revive it.")
    after = analyse("The vote is on Monday.")
    assert lead.claims == [] and lead.attributions[0].content is None
    assert [c.attribution_ids for c in quote.claims] == [[lead.attributions[0].id]] * 2
    assert all(c.inherited_attribution for c in quote.claims)
    assert after.claims[0].attribution_ids == []


@pytest.mark.parametrize("mark", ["• ", "- ", "* "])
def test_colon_lead_in_hands_each_item_of_a_list_under_it_its_source(analyse, mark):
    # session 18: "The office said in a summary:", then a bulleted list: every item is the office's
    lead = analyse("The governor's office said in a summary:")
    items = [analyse(mark + "A 3% raise for state employees"), analyse(mark + "$450 million for school construction")]
    after = analyse("The House votes on Tuesday.")
    unled = analyse(mark + "The Senate votes on Wednesday.")
    assert [c.attribution_ids for item in items for c in item.claims] == [[lead.attributions[0].id]] * 2
    assert after.claims[0].attribution_ids == [] and unled.claims[0].attribution_ids == []


def test_quote_continuing_after_a_cue_with_a_setting_keeps_its_source(analyse):
    paragraph = analyse('"The line is down," Ruiz said in a radio interview. "Crews are on the way. '
                        'Power should be back by noon."')
    said = only(paragraph.attributions, source="Ruiz")
    assert said.quote == "direct"
    later = [c for c in paragraph.claims if c.text.startswith(("“Crews", '"Crews', "Power"))]
    assert len(later) == 2
    assert all(c.attribution_ids == [said.id] and c.inherited_attribution for c in later)


def test_quoted_question_is_kept_and_a_reporters_question_is_not(analyse):
    quoted = analyse('"Who signed the order?" Ana Ruiz asked the panel on Nov. 6 in Dover.')
    asked = only(quoted.attributions, source="Ana Ruiz")
    assert asked.quote == "direct"
    assert any(c.text.startswith('"Who signed') and c.attribution_ids == [asked.id] for c in quoted.claims)
    assert [c.text for c in analyse("Who signed the order? Nobody knows yet.").claims] == ["Nobody knows yet."]


def test_multi_sentence_quote_with_its_cue_at_the_end_belongs_to_the_speaker(analyse):
    paragraph = analyse('"The wall held for a week. Then it cracked overnight," Rosa Lind said.')
    said = only(paragraph.attributions, source="Rosa Lind")
    assert [c.attribution_ids for c in paragraph.claims] == [[said.id], [said.id]]


def test_quote_with_an_abbreviated_date_after_the_cue(analyse):
    paragraph = analyse('"Tolls will rise," Mr. Hale said on Nov. 8. "Drivers will pay more next year."')
    said = only(paragraph.attributions, source="Mr. Hale")
    assert said.quote == "direct"
    assert paragraph.claims[1].attribution_ids == [said.id]


@pytest.mark.parametrize("text", [
    # British and agency style: the quotation marks are single; the quote is direct, and runs on
    "‘The water is unsafe,’ she said. ‘Nobody should drink it.’",
    "'The water is unsafe,' she said. 'Nobody should drink it.'",
    # one source quoted in single marks and again in double ones (a scrape mixing styles): both are quotations
    "'It's the spring run,' she said. \"If they dig in April, there's no season.\"",
    "‘It’s the spring run,’ she said. “If they dig in April, there’s no season.”",
])
def test_single_quoted_quote_is_direct_and_its_continuation_inherits(analyse, text):
    paragraph = analyse(text)
    said = only(paragraph.attributions, cue="said")
    assert said.quote == "direct"
    assert paragraph.claims[1].attribution_ids == [said.id] and paragraph.claims[1].inherited_attribution


def test_single_quoted_phrase_in_reported_speech_is_mixed(analyse):
    attribution = analyse("A party source said the leader was ‘relaxed’ about the vote.").attributions[0]
    assert attribution.quote == "mixed"


def test_single_quoted_quote_paragraph_inherits_from_the_previous_paragraph(analyse):
    first = analyse("‘We were never told,’ said Rosa Lind, a resident.")
    second = analyse("‘Now the whole street is flooded.’")
    assert second.claims[0].attribution_ids == [first.attributions[0].id]
    assert second.claims[0].inherited_attribution is True


# A quotation paragraph with no cue of its own goes on from the speaker before it: every sentence of it, not only
# the first; after a named person's paraphrase too, when the paragraph is a closed quotation and nothing else.
@pytest.mark.parametrize("paragraphs, speaker, inherits", [
    # every sentence of a carried quotation, not only its first
    (['"The roof held," said Rosa Lind.', '"Then the wall cracked. Nobody came for a week."'], "Rosa Lind",
     [True, True]),
    # a named person's paraphrase, then a paragraph that is only a quotation
    (["Ana Ruiz said the next step is a vote.", '"We have the numbers. We will win it."'], "Ana Ruiz", [True, True]),
    # ... and in the same paragraph
    (['Ana Ruiz said the next step is a vote. "We have the numbers."'], "Ana Ruiz", [False, True]),
    # no: an anonymous paraphrase hands nothing on
    (["Officials said the next step is a vote.", '"We have the numbers."'], None, [False]),
    # no: the quotation paragraph names its own speaker
    (["Ana Ruiz said the next step is a vote.", '"We have the numbers," Tom Lee said.'], None, [False]),
    # no: a plain sentence after a paraphrase
    (["Ana Ruiz said the next step is a vote.", "The vote is on Monday."], None, [False]),
])
def test_quotation_goes_on_from_the_speaker_before_it(analyse, paragraphs, speaker, inherits):
    done = [analyse(text) for text in paragraphs]
    last = done[-1]
    assert [c.inherited_attribution for c in last.claims] == inherits
    if speaker is not None:
        said = [a for p in done for a in p.attributions if a.source == speaker][0]
        assert all(c.attribution_ids == [said.id] for c, carried in zip(last.claims, inherits) if carried)
