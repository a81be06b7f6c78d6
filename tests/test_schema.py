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
