"""Grounding: the model's strings found in the paragraph on word boundaries,
case-sensitively except for a sentence-initial letter, paired within
adjacent sentences, and nearest their partner; and the schema that refuses
non-answers. The answers here are handmade."""

from __future__ import annotations

import pytest

from claimcheck.engines.llm.assemble import build_paragraph
from claimcheck.engines.llm.extraction import MAX_ITEMS, MAX_PROBLEMS_LISTED, judge, reask_message, response_schema
from claimcheck.engines.llm.grounding import Text, locate
from claimcheck.schema import span_problems
from llm_fault_server import answer, attribution, claim, hedge

TEXT = "\u201cIt\u2019s like a shadow state,\u201d said Michael\n  Knights, an analyst. Officials said it could fail, and it could."


@pytest.mark.parametrize(
    "needle, expected",
    [
        ("Michael Knights", "Michael\n  Knights"),
        ('"It\'s like a shadow state,"', "\u201cIt\u2019s like a shadow state,\u201d"),
        ("it's like a shadow state", "It\u2019s like a shadow state"),  # sentence-initial letter
        ("officials said it could fail.", "Officials said it could fail"),
        ("  an analyst  ", "an analyst"),
    ],
)
def test_locate_tolerates_copying_noise_and_returns_the_articles_own_text(needle, expected):
    start, end = locate(needle, TEXT)
    assert TEXT[start:end] == expected


@pytest.mark.parametrize("needle", ["Michael Knight said", "the Pope", "shadow government", "", "   ",
                                    "Knight", "ould", "AN ANALYST", "An analyst"])
def test_locate_refuses_what_is_not_there_fragments_and_changed_case(needle):
    assert locate(needle, TEXT) is None


@pytest.mark.parametrize("needle, text", [("may", "The mayor spoke."), ("he", "Then the council said no."),
                                          ("aid", "The mayor said no.")])
def test_a_word_is_never_found_inside_another_word(needle, text):
    assert locate(needle, text) is None


def _judge(text: str, *entries: dict, lenient: bool = False):
    return judge(answer(*({"paragraph": "p1", **e} for e in entries)), {"p1": Text(text)}, lenient=lenient)


@pytest.mark.parametrize("data", [{}, {"answer": 42}, {"paragraphs": [{"paragraph": "p1"}]},
                                  {"paragraphs": [{"paragraph": "p1", "attributions": [], "hedges": [], "claims": [],
                                                   "extra": 1}]}],
                         ids=["empty", "unknown-key", "lists-missing", "extra-key"])
def test_the_schema_refuses_non_answers(data):
    judgement = judge(data, {"p1": Text("The mayor said so.")})
    assert not judgement.ok
    assert judgement.problems or judgement.missing


def test_every_field_is_required_and_unknown_keys_are_forbidden_in_the_schema():
    schema = response_schema()
    assert "title" not in str(schema)
    for name, definition in schema["$defs"].items():
        assert definition["additionalProperties"] is False, name
        assert set(definition["required"]) == set(definition["properties"]), name
    assert schema["required"] == ["paragraphs"]


def test_a_hedge_inside_a_word_is_refused_then_dropped_by_name():
    text = "The mayor spoke."
    strict = _judge(text, {"hedges": [hedge("h1", "may")]})
    assert strict.problems == ["p1 hedge h1: cue 'may' not in the paragraph"]
    lenient = _judge(text, {"hedges": [hedge("h1", "may")]}, lenient=True)
    paragraph = build_paragraph(1, Text(text), [], lenient.grounded["p1"], [])
    assert paragraph.hedges == [] and paragraph.warnings == ["dropped hedge h1: cue 'may' not in the paragraph"]


def test_source_cue_and_content_must_be_in_the_same_or_adjacent_sentences():
    text = "The mayor arrived late. The bridge is unsafe. Nobody knows why. Residents said they were angry."
    mispaired = attribution("a1", "The mayor", "said", "The bridge is unsafe")
    judgement = _judge(text, {"attributions": [mispaired]})
    assert judgement.problems == ["p1 attribution a1: source 'The mayor' and cue 'said' are not in the same or "
                                  "adjacent sentences"]
    close = attribution("a1", "Residents", "said", "The bridge is unsafe")
    judgement = _judge(text, {"attributions": [close]}, lenient=True)
    assert judgement.grounded["p1"].attributions[0].content is None
    assert judgement.grounded["p1"].dropped() == [
        "dropped content 'The bridge is unsafe' of attribution a1: not in the same or an adjacent sentence as its cue"]


def test_a_repeated_string_goes_to_the_occurrence_nearest_its_partner():
    text = "The council said the road will close. Later the mayor said the road will close."
    second = attribution("a1", "the mayor", "said", "the road will close")
    grounded = _judge(text, {"attributions": [second], "claims": [claim("the road will close", ["a1"])]}).grounded["p1"]
    mayor = grounded.attributions[0]
    assert text[mayor.cue[0]:mayor.cue[1]] == "said" and mayor.cue[0] > text.index("Later")
    assert mayor.content[0] > text.index("Later") and grounded.claims[0].span == mayor.content


def test_anonymous_details_must_be_in_the_source_phrase():
    text = "Two officials with direct knowledge of the plan said it was delayed."
    details = {"count": "three", "affiliation": "US", "basis": "with direct knowledge of the plan", "reason": None}
    a = attribution("a1", "Two officials", "said", "it was delayed", "anonymous", anonymous=details)
    judgement = _judge(text, {"attributions": [a]}, lenient=True)
    assert sorted(judgement.grounded["p1"].dropped()) == [
        "dropped anonymous affiliation 'US' of attribution a1: not in the source phrase 'Two officials'",
        "dropped anonymous count 'three' of attribution a1: not in the source phrase 'Two officials'",
    ]
    paragraph = build_paragraph(1, Text(text), [], judgement.grounded["p1"], [])
    assert paragraph.attributions[0].anonymous.basis == "with direct knowledge of the plan"
    assert paragraph.attributions[0].anonymous.count is None
    good = dict(details, count="Two", affiliation=None)
    ok = _judge(text, {"attributions": [dict(a, anonymous=good)]})
    assert ok.ok and ok.grounded["p1"].attributions[0].count == "Two"


def test_cross_references_use_the_models_string_ids_and_unknown_ones_are_refused():
    text = "The mayor said the bridge could reopen."
    entry = {"attributions": [attribution("a1", "The mayor", "said", "the bridge could reopen")],
             "hedges": [hedge("h1", "could", attribution="a1", holder="source")],
             "claims": [claim("the bridge could reopen", ["a1", "a9"], ["h1"])]}
    judgement = _judge(text, entry)
    assert judgement.problems == ["p1 references 'a9' of claim 1: name no attribution or hedge"]
    paragraph = build_paragraph(3, Text(text), [], _judge(text, entry, lenient=True).grounded["p1"], [])
    assert span_problems(paragraph) == []
    assert paragraph.claims[0].attribution_ids == ["p3-a1"] and paragraph.claims[0].hedge_ids == ["p3-h1"]
    assert paragraph.hedges[0].attribution_id == "p3-a1"


def test_the_quote_is_grounded_and_the_statement_is_kept_apart_as_the_models_words():
    text = "She said it would open in May."
    entry = {"attributions": [attribution("a1", "She", "said", "it would open in May")],
             "claims": [claim("it would open in May", ["a1"], statement="The Eastport bridge would open in May 2026.")]}
    paragraph = build_paragraph(1, Text(text), [], _judge(text, entry).grounded["p1"], [])
    assert paragraph.claims[0].text == "it would open in May"
    assert paragraph.claims[0].statement == "The Eastport bridge would open in May 2026."


def test_reask_messages_are_capped():
    text = "The mayor spoke."
    judgement = _judge(text, {"hedges": [hedge(f"h{n}", f"invented{n}") for n in range(25)]})
    message = reask_message(judgement)
    assert message.count("not in the paragraph") == MAX_PROBLEMS_LISTED
    assert f"and {25 - MAX_PROBLEMS_LISTED} more" in message
    assert len(message) < 2000


def test_item_counts_are_bounded_before_the_items_are_validated():
    judgement = _judge("The mayor spoke.", {"claims": [{"quote": "x"}] * (MAX_ITEMS + 1)})
    assert not judgement.ok and f"at most {MAX_ITEMS} items" in " ".join(judgement.problems)
