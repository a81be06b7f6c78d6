import pytest
from pydantic import ValidationError

from claimcheck.schema import Attribution, Hedge, Paragraph


def test_paragraph_rejects_a_span_that_is_not_verbatim():
    text = "Officials said the base was hit."
    bad = Attribution(id="p1-a1", source="Officers", source_span=(0, 9), cue="said", cue_span=(10, 14),
                      source_type="anonymous")
    with pytest.raises(ValidationError, match="holds 'Officials', not 'Officers'"):
        Paragraph(index=1, text=text, attributions=[bad])


def test_paragraph_rejects_a_span_outside_the_text():
    with pytest.raises(ValidationError, match="outside the paragraph"):
        Paragraph(index=1, text="short", hedges=[Hedge(id="p1-h1", cue="x", span=(3, 40), kind="modal")])


def test_source_type_is_one_of_four():
    with pytest.raises(ValidationError):
        Attribution(id="a", source="X", source_span=(0, 1), cue="said", cue_span=(2, 6), source_type="blogger")


def test_set_fields_sets_what_assignment_sets():
    from claimcheck.schema import Claim, set_fields

    assigned, batched = (Claim(id="p1-c1", text="It rained.", span=(0, 10)) for _ in range(2))
    assigned.score, assigned.rating, assigned.reasons = 40.0, "weak", ["a reason"]
    set_fields(batched, score=40.0, rating="weak", reasons=["a reason"])
    assert batched.model_dump() == assigned.model_dump() and batched.score == 40.0
    assert batched.model_fields_set == assigned.model_fields_set
    # set_fields is plain assignment only while no model validates assignment
    assert not any(model.model_config.get("validate_assignment") for model in (Claim, Attribution, Hedge, Paragraph))


def test_a_score_factor_cannot_be_changed_once_made():
    from claimcheck.schema import ScoreFactor

    factor = ScoreFactor(factor="quote", points=10, reason="direct quotation")
    with pytest.raises(ValidationError):
        factor.points = 0


def test_every_id_in_a_report_is_minted_by_the_schemas_scheme():
    import re

    from claimcheck import analyse
    from claimcheck.schema import ITEM_KIND_LETTERS, source_number

    report = analyse('"We will respond," Jane Doe said. Officials said the memo was sent, and it may be read.\n\n'
                     'She told reporters the base was hit by 12 rockets on Tuesday.')
    letters = "".join(ITEM_KIND_LETTERS.values())
    for p in report.paragraphs:
        for item in [*p.attributions, *p.claims, *p.hedges, *p.conditions]:
            assert re.fullmatch(rf"p{p.index}-[{letters}][1-9]\d*", item.id), item.id
    assert [source_number(s.id) for s in report.sources] == list(range(1, len(report.sources) + 1))
    assert report.sources and source_number("p1-a1") is None


# --- building the engine's models without validation (schema.construct), held to model_validate ---

CONSTRUCTED = [
    ("claim", "Claim", {"id": "p1-c1", "text": "It rained.", "span": (0, 10), "attribution_ids": ["p1-a1"],
                        "hedge_ids": [], "condition_ids": [], "inherited_attribution": False}),
    ("claim, required fields only", "Claim", {"id": "p1-c1", "text": "It rained.", "span": (0, 10)}),
    ("attribution", "Attribution", {
        "id": "p1-a1", "source": "Ana", "source_span": (0, 3), "cue": "said", "cue_span": (4, 8), "content": None,
        "content_span": None, "source_type": "named_person", "quote": "direct", "anonymous": None,
        "no_comment": False, "via": None, "relays": None, "spokesperson_for": None}),
    ("hedge", "Hedge", {"id": "p1-h1", "cue": "may", "span": (2, 5), "kind": "modal", "holder": "source",
                        "attribution_id": "p1-a1", "agentless": False}),
    ("paragraph", "Paragraph", {"index": 2, "text": "Ana said it may rain.", "sentences": [(0, 21)]}),
]


@pytest.mark.parametrize("model, values", [row[1:] for row in CONSTRUCTED], ids=[row[0] for row in CONSTRUCTED])
def test_construct_builds_what_model_validate_builds(model, values):
    from builders import same_build

    from claimcheck import schema

    cls = getattr(schema, model)
    built = schema.construct(cls, values)
    assert same_build(built, cls.model_validate(values))
    assert built.model_dump_json(indent=2) == cls.model_validate(values).model_dump_json(indent=2)
    # each model gets its own default lists
    other = schema.construct(cls, values)
    assert all(built.__dict__[k] is not other.__dict__[k] for k, v in built.__dict__.items() if isinstance(v, list)
               and k not in values)


def test_a_constructed_paragraph_with_a_span_not_verbatim_raises_the_validators_error():
    from claimcheck.schema import construct, verbatim_paragraph

    text = "Officials said the base was hit."
    bad = construct(Attribution, {"id": "p1-a1", "source": "Officers", "source_span": (0, 9), "cue": "said",
                                  "cue_span": (10, 14), "source_type": "anonymous"})
    with pytest.raises(ValidationError, match="holds 'Officials', not 'Officers'"):
        verbatim_paragraph({"index": 1, "text": text, "attributions": [bad]})


# --- the span check: one pass for the common case, held to the check span by span ---

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_TEXT = "Ana said it may rain."
_offsets = st.integers(-2, len(_TEXT) + 2)
_spans = st.one_of(st.none(), st.tuples(_offsets, _offsets), st.sampled_from([(0, 3), (4, 8), (12, 15), (0, 21)]))
_values = st.one_of(st.none(), st.sampled_from(["Ana", "said", "may", _TEXT, "", "rain"]))
# mostly verbatim, as a paragraph's spans are, with now and then one that is not
_verbatim = st.sampled_from([((0, 3), "Ana"), ((4, 8), "said"), ((12, 15), "may"), ((0, 21), _TEXT), ((5, 5), "")])
_pairs = st.one_of(_verbatim, _verbatim, _verbatim, st.tuples(_spans, _values))
_content = st.one_of(st.just((None, None)), _verbatim, st.tuples(_spans, st.none()), st.tuples(_spans, _values))


@st.composite
def _paragraphs(draw):
    """Paragraphs with any spans and values, verbatim or not (model_construct: no validator runs)."""
    from claimcheck.schema import Claim

    def attribution(n):
        (source_span, source), (cue_span, cue), (content_span, content) = draw(_pairs), draw(_pairs), draw(_content)
        return Attribution.model_construct(id=f"p1-a{n}", source=source, source_span=source_span, cue=cue,
                                           cue_span=cue_span, content=content, content_span=content_span)

    def hedge(id):
        span, cue = draw(_pairs)
        return Hedge.model_construct(id=id, cue=cue, span=span)

    def claim(n):
        span, text = draw(_pairs)
        return Claim.model_construct(id=f"p1-c{n}", text=text, span=span)

    return Paragraph.model_construct(
        index=1, text=_TEXT, sentences=draw(st.lists(st.one_of(_verbatim.map(lambda pair: pair[0]), _spans),
                                                     max_size=3)),
        claims=[claim(n) for n in range(draw(st.integers(0, 2)))],
        attributions=[attribution(n) for n in range(draw(st.integers(0, 2)))],
        hedges=[hedge(f"p1-h{n}") for n in range(draw(st.integers(0, 2)))],
        conditions=[hedge(f"p1-k{n}") for n in range(draw(st.integers(0, 1)))])


@settings(max_examples=1000, deadline=None)
@given(_paragraphs())
def test_the_one_pass_span_check_reads_as_the_check_span_by_span(paragraph):
    from claimcheck.schema import _span_problems, span_problems

    assert span_problems(paragraph) == _span_problems(paragraph)
