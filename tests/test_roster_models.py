"""The roster builds its Source and SourceMention models without re-validation (schema.construct) and assigns
fields without BaseModel.__setattr__: each must be what pydantic's validation and assignment would make."""

from claimcheck import analyse
from claimcheck.schema import Source, SourceMention

ARTICLE = """WASHINGTON — Defense Secretary Tom Hale said on Tuesday that the plan would go ahead.

"We will not wait," Hale told reporters. He said the first ships would sail in May.

Two senior administration officials, who spoke on condition of anonymity, said the talks had stalled. The officials said they expected a deal by June.

A spokeswoman for the Justice Department declined to comment. Ana Ruiz and Lee Park, both analysts at the Widget Institute, said the costs were rising.

According to a memo seen by reporters, the budget doubled. The memo said nothing of the ships. Ruiz said she doubted it.
"""


def _same_as_validated(model):
    again = type(model).model_validate(model.model_dump())
    assert again == model
    for name, value in model.__dict__.items():
        assert type(value) is type(getattr(again, name)), name


def test_the_rosters_models_are_what_validation_makes():
    report = analyse(ARTICLE)
    assert len(report.sources) >= 4
    for source in report.sources:
        assert type(source) is Source
        _same_as_validated(source)
        # the fields the validated Source(...) was given, and those assigned since
        assert {"id", "name", "type", "description", "anonymous", "spokesperson_for", "aliases", "claim_ids"} \
            <= source.__pydantic_fields_set__
        for mention in source.mentions:
            assert type(mention) is SourceMention
            _same_as_validated(mention)
            assert mention.__pydantic_fields_set__ == set(SourceMention.model_fields)
    for paragraph in report.paragraphs:
        for attribution in paragraph.attributions:
            _same_as_validated(attribution)
            if attribution.source_id is not None:
                assert "source_id" in attribution.__pydantic_fields_set__
