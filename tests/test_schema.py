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
