import pytest

from builders import attribution, paragraph
from claimcheck.sources import anonymous_key, build_roster, split_name_description


def _mentions(*items):
    """Paragraphs of one attribution each: (sentence, source, cue, type)."""
    out = []
    for i, (sentence, source, cue, kind) in enumerate(items, start=1):
        out.append(paragraph(i, sentence, [attribution(sentence, f"p{i}-a1", source, cue, kind)]))
    return out


@pytest.mark.parametrize(
    "first, later, kind",
    [
        ("Michael Knights, an analyst at the Washington Institute", "Knights", "named_person"),
        ("the commander, Lt. Gen. Robert P. White", "General White", "named_person"),
        ("Gen. Kenneth F. McKenzie Jr., the head of the Central Command", "General McKenzie", "named_person"),
        ("Defense Secretary Mark T. Esper", "Esper", "named_person"),
        ("Defense Secretary Mark T. Esper", "Mr. Esper", "named_person"),
        ("Jane Q. Doe", "Ms. Doe's", "named_person"),
        ("the Pentagon", "The Pentagon", "organization"),
        ("US officials", "several US officials", "anonymous"),
        ("a memo", "the memorandum", "document"),
    ],
)
def test_later_short_forms_join_the_first_mention(first, later, kind):
    paragraphs = _mentions(
        (f"{first} said the plan was ready.", first, "said", kind),
        (f"{later} said it again.", later, "said", kind),
    )
    roster = build_roster(paragraphs)
    assert len(roster) == 1
    assert paragraphs[0].attributions[0].source_id == paragraphs[1].attributions[0].source_id == roster[0].id
    assert [m.paragraph for m in roster[0].mentions] == [1, 2]


@pytest.mark.parametrize(
    "first, second, kind",
    [
        ("two senior administration officials", "a senior US military official", "anonymous"),
        ("Mark Esper", "Mike Esper", "named_person"),
        ("Robert White", "Jack Smith", "named_person"),
        ("the Pentagon", "the State Department", "organization"),
        ("the memo", "the directive", "document"),
    ],
)
def test_distinct_sources_stay_apart(first, second, kind):
    paragraphs = _mentions(
        (f"{first} said one thing.", first, "said", kind),
        (f"{second} said another.", second, "said", kind),
    )
    assert len(build_roster(paragraphs)) == 2


def test_canonical_name_is_the_fullest_form_and_description_the_apposition():
    paragraphs = _mentions(
        ("Knights said it first.", "Knights", "said", "named_person"),
        ("Michael Knights, an analyst at the institute, said so.", "Michael Knights, an analyst at the institute",
         "said", "named_person"),
    )
    (source,) = build_roster(paragraphs)
    assert source.name == "Michael Knights"
    assert source.description == "an analyst at the institute"
    assert "Knights" in source.aliases


def test_pronoun_resolves_to_latest_named_person():
    paragraphs = _mentions(
        ("Mary Smith said the vote was close.", "Mary Smith", "said", "named_person"),
        ("The ministry said nothing.", "The ministry", "said", "organization"),
        ("She said it would pass.", "She", "said", "named_person"),
    )
    roster = build_roster(paragraphs)
    assert paragraphs[2].attributions[0].source_id == paragraphs[0].attributions[0].source_id
    assert len(roster) == 2


def test_claims_are_listed_on_their_source():
    text = "Officials said the base was hit."
    a = attribution(text, "p1-a1", "Officials", "said", "anonymous")
    from builders import claim

    c = claim(text, "p1-c1", "the base was hit", [a.id])
    roster = build_roster([paragraph(1, text, [a], [c])])
    assert roster[0].claim_ids == ["p1-c1"]


@pytest.mark.parametrize(
    "source, expected",
    [
        ("Michael Knights, an analyst", ("Michael Knights", "an analyst")),
        ("the commander, Lt. Gen. Robert P. White", ("Lt. Gen. Robert P. White", "the commander")),
        ("Kenneth F. McKenzie, Jr.", ("Kenneth F. McKenzie, Jr.", None)),
        ("Knights", ("Knights", None)),
    ],
)
def test_split_name_description(source, expected):
    assert split_name_description(source) == expected


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("US officials", "several US officials", True),
        ("several US officials with direct knowledge of the plan", "US officials who saw the order", True),
        ("two senior administration officials", "a senior US military official", False),
    ],
)
def test_anonymous_key(a, b, same):
    assert (anonymous_key(a) == anonymous_key(b)) is same
