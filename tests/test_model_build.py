"""claimcheck.model_build holds what the stages call for every model they build and every paragraph they check
(construct, set_fields, span_problems, the ids), apart from schema.py so that the opt-in compiled build can
compile it; schema.py re-exports each, so there is one definition, whichever module a caller imports."""

import pytest

from claimcheck import model_build, schema

NAMES = ["construct", "set_fields", "span_problems", "_span_problems", "_surely_verbatim", "_check_span", "item_id",
         "paragraph_id", "source_id", "ITEM_KIND_LETTERS", "verbatim_paragraph"]


@pytest.mark.parametrize("name", NAMES)
def test_schema_re_exports_the_one_definition(name):
    assert getattr(schema, name) is getattr(model_build, name)


def test_model_build_imports_no_model():
    """It is below schema in the import order: it reads the models as plain objects."""
    assert not [name for name, value in vars(model_build).items()
                if isinstance(value, type) and issubclass(value, schema.BaseModel) and value is not schema.BaseModel]


@pytest.mark.parametrize("args, expected", [
    ((3, "attribution", 1), "p3-a1"), ((12, "claim", 4), "p12-c4"), ((1, "hedge", 2), "p1-h2"),
    ((7, "condition", 1), "p7-k1"),
])
def test_item_ids(args, expected):
    assert schema.item_id(*args) == expected


def test_source_ids_read_back():
    assert schema.source_id(4) == "s4" and schema.source_number(schema.source_id(4)) == 4


def test_a_report_built_by_construct_is_the_one_model_construct_builds():
    """The pipeline builds the Report with construct: the same fields in the same order, the same fields set."""
    from builders import same_build

    import claimcheck

    report = claimcheck.analyse("Mayor Ana Ruiz said on Tuesday that the city will close two libraries.")
    parts = {name: getattr(report, name) for name in ("tool", "article", "engine", "paragraphs", "sources",
                                                      "summary", "usage", "corrections")}
    built = model_build.construct(schema.Report, parts)
    assert same_build(built, schema.Report.model_construct(**parts))
    assert same_build(built, report)
    assert built.model_dump_json() == report.model_dump_json()


def test_a_field_left_to_a_list_factory_gets_a_list_of_its_own():
    one = model_build.construct(schema.Claim, {"id": "p1-c1", "text": "x", "span": (0, 1)})
    two = model_build.construct(schema.Claim, {"id": "p1-c2", "text": "x", "span": (0, 1)})
    assert one.reasons == [] and one.reasons is not two.reasons
    assert model_build.construct(schema.Summary, {}).attributions_by_type == schema.Summary().attributions_by_type

