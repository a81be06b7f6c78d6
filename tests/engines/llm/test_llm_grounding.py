"""Grounding: the model's strings found in the paragraph, forgiving only
whitespace, quote style, case and edge punctuation."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from claimcheck.engines.llm.assemble import build_paragraph
from claimcheck.engines.llm.extraction import ParagraphExtraction, salvage
from claimcheck.engines.llm.grounding import locate, paragraph_context
from claimcheck.schema import span_problems

TEXT = "\u201cIt\u2019s like a shadow state,\u201d said Michael\n  Knights, an analyst. Officials said it could fail, and it could."


@pytest.mark.parametrize(
    "needle, expected",
    [
        ("Michael Knights", "Michael\n  Knights"),
        ('"It\'s like a shadow state,"', "\u201cIt\u2019s like a shadow state,\u201d"),
        ("it's like a shadow state", "It\u2019s like a shadow state"),
        ("officials said it could fail.", "Officials said it could fail"),
        ("  an analyst  ", "an analyst"),
    ],
)
def test_locate_tolerates_copying_noise_and_returns_the_articles_own_text(needle, expected):
    start, end = locate(needle, TEXT)
    assert TEXT[start:end] == expected


@pytest.mark.parametrize("needle", ["Michael Knight said", "the Pope", "shadow government", "", "   "])
def test_locate_refuses_what_is_not_there(needle):
    assert locate(needle, TEXT) is None


def test_repeated_cues_get_distinct_offsets():
    first = locate("could", TEXT)
    second = locate("could", TEXT, taken=[first])
    assert first != second and TEXT[second[0]:second[1]] == "could"


ANSWER = {
    "attributions": [
        {"source": "Michael Knights", "cue": "said", "content": "It's like a shadow state", "source_type": "named_person", "quote": "direct"},
        {"source": "the Pope", "cue": "confirmed", "source_type": "named_person"},
    ],
    "hedges": [{"cue": "could", "kind": "modal"}, {"cue": "might", "kind": "modal"}, {"cue": "could", "kind": "modal"}],
    "claims": [
        {"text": "it could fail", "attributions": [2], "hedges": [1, 3]},
        {"text": "The church approved it", "attributions": [1]},
    ],
}


def test_strict_validation_rejects_invented_strings_with_a_message_for_the_model():
    with pytest.raises(ValidationError) as failure:
        ParagraphExtraction.model_validate(ANSWER, context={"paragraph": TEXT})
    message = str(failure.value)
    for invented in ("'the Pope'", "'confirmed'", "'might'", "'The church approved it'"):
        assert invented in message
    assert "Copy every source, cue, content, claim and hedge word for word" in message


def test_validation_inside_instructor_reads_the_paragraph_from_the_task_context():
    with paragraph_context(TEXT), pytest.raises(ValidationError):
        ParagraphExtraction.model_validate(ANSWER)
    assert ParagraphExtraction.model_validate(ANSWER).attributions[1].source == "the Pope"  # no paragraph: unchecked


def test_lenient_validation_drops_invented_items_and_keeps_references_consistent():
    extraction = ParagraphExtraction.model_validate(ANSWER, context={"paragraph": TEXT, "lenient": True})
    assert [a.source for a in extraction.attributions] == ["Michael Knights"]
    assert [h.cue for h in extraction.hedges] == ["could", "could"]
    assert [(c.text, c.attributions, c.hedges) for c in extraction.claims] == [("it could fail", [], [1, 2])]
    assert len(extraction.dropped) == 3


def test_grounded_extraction_becomes_a_schema_paragraph_with_verbatim_spans_and_ids():
    extraction = ParagraphExtraction.model_validate(ANSWER, context={"paragraph": TEXT, "lenient": True})
    paragraph = build_paragraph(4, TEXT, [], extraction, extraction.dropped)
    assert span_problems(paragraph) == []
    assert [a.id for a in paragraph.attributions] == ["p4-a1"]
    assert paragraph.attributions[0].source == "Michael\n  Knights"
    assert [h.id for h in paragraph.hedges] == ["p4-h1", "p4-h2"]
    assert paragraph.hedges[0].span != paragraph.hedges[1].span
    assert paragraph.claims[0].id == "p4-c1" and paragraph.claims[0].hedge_ids == ["p4-h1", "p4-h2"]
    assert paragraph.attributions[0].source_id is None and paragraph.claims[0].score is None
    assert len(paragraph.warnings) == 3


def test_anonymous_details_are_kept_only_when_grounded():
    text = "Two officials with direct knowledge of the plan said it was delayed."
    answer = {"attributions": [{
        "source": "Two officials", "cue": "said", "content": "it was delayed", "source_type": "anonymous",
        "anonymous_count": "two", "anonymous_basis": "with direct knowledge of the plan",
    }]}
    paragraph = build_paragraph(1, text, [], ParagraphExtraction.model_validate(answer, context={"paragraph": text}), [])
    details = paragraph.attributions[0].anonymous
    assert details.basis == "with direct knowledge of the plan" and details.count == "two"
    assert details.reason_given is False and details.reason is None


class _Completion:
    """The shape of an openai ChatCompletion, as far as salvage reads it."""

    def __init__(self, arguments=None, content=None):
        call = type("Call", (), {"function": type("F", (), {"arguments": arguments})()})()
        message = type("M", (), {"tool_calls": [call] if arguments else [], "content": content})()
        self.choices = [type("C", (), {"message": message})()]


@pytest.mark.parametrize(
    "completion, sources",
    [
        (_Completion(arguments='{"attributions": [{"source": "Michael Knights", "cue": "said", "source_type": "named_person"}]}'), ["Michael Knights"]),
        (_Completion(content='```json\n{"attributions": [{"source": "the Pope", "cue": "said", "source_type": "named_person"}]}\n```'), []),
        (_Completion(content="I cannot help with that."), None),
        (None, None),
    ],
)
def test_salvage_keeps_the_grounded_part_of_a_last_answer(completion, sources):
    rescued = salvage(completion, TEXT)
    assert (None if rescued is None else [a.source for a in rescued.attributions]) == sources
