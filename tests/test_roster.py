import pytest

from builders import attribution, paragraph
from claimcheck.roster import anonymous_key, build_roster, split_name_description


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
        # a place, an employer or a title before the name is description, not a given name
        ("Ohio Gov. Dana Reyes", "Dana Reyes", "named_person"),
        ("Dana Reyes", "Former Ohio Gov. Dana Reyes", "named_person"),
        ("WKRN's Lee Ostrander", "Lee Ostrander", "named_person"),
        ("Former Senior Adviser Omar Lind", "Omar Lind", "named_person"),
        ("Ana Maria Ruiz", "Maria Ruiz", "named_person"),
        # familiar and formal forms of one given name
        ("Sen. Chuck Lindqvist", "Charles Lindqvist", "named_person"),
        ("William Ostrander", "Bill Ostrander", "named_person"),
        ("Sandra Vale", "Sandy Vale", "named_person"),
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
        ("Ohio Gov. Dana Reyes", "Mark Reyes", "named_person"),
        ("Hillary Lind", "President Bill Lind", "named_person"),
        # two honorifics of different gender are two people, though no given name is written
        ("Mr. Lind", "Ms. Lind", "named_person"),
        ("Mrs. Ostrander", "Mr. Ostrander", "named_person"),
        # one familiar form of two names whose genders differ, and names that are no forms of each other
        ("Christopher Vale", "Christine Vale", "named_person"),
        ("Chris Vale", "Christine Vale", "named_person"),
        ("Charles Vale", "Carl Vale", "named_person"),
        ("the Pentagon", "the State Department", "organization"),
        ("the memo", "the directive", "document"),
        ("the Harbor Privacy Act", "the Harbor Patriot Act", "document"),
    ],
)
def test_distinct_sources_stay_apart(first, second, kind):
    paragraphs = _mentions(
        (f"{first} said one thing.", first, "said", kind),
        (f"{second} said another.", second, "said", kind),
    )
    assert len(build_roster(paragraphs)) == 2


def test_a_given_names_usual_gender_does_not_split_a_person():
    # the census lists call "Lindsey" a woman's name; "Mr." is the surer word, and one person is one entry
    paragraphs = _mentions(
        ("Sen. Lindsey Ostrander said one thing.", "Sen. Lindsey Ostrander", "said", "named_person"),
        ("Mr. Ostrander said another.", "Mr. Ostrander", "said", "named_person"),
    )
    assert len(build_roster(paragraphs)) == 1


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
        # the words before a title qualify the title, and the description says so
        ("former Harbor Commissioner Tom Hale", ("Harbor Commissioner Tom Hale", "former Harbor Commissioner")),
        ("company CEO Ana Ruiz", ("CEO Ana Ruiz", "company CEO")),
        # a title that begins before the capitals is all description
        ("then-Secretary of Ports Ana Ruiz", ("Ana Ruiz", "then-Secretary of Ports")),
    ],
)
def test_split_name_description(source, expected):
    assert split_name_description(source) == expected


@pytest.mark.parametrize(
    "source, expected",
    [
        # a body named in apposition to its common noun is listed by its name, the noun is its description
        ("The union, the United Widget Workers", ("the United Widget Workers", "The union")),
        ("the ruling party, Harbor Unity", ("Harbor Unity", "the ruling party")),
        ("the agency, NASA", ("NASA", "the agency")),
        # not a name: a relative clause, a setting, or a name first
        ("the company, which makes widgets", ("the company", "which makes widgets")),
        ("The newspaper, in an editorial", ("The newspaper", "in an editorial")),
        ("the Harbor Beacon, a daily", ("the Harbor Beacon", "a daily")),
    ],
)
def test_a_body_is_named_by_the_name_in_apposition(source, expected):
    assert split_name_description(source, person=False) == expected


def test_the_bodys_noun_later_joins_the_body_named_in_apposition():
    paragraphs = _mentions(
        ("The union, the United Widget Workers, said the plant would close.", "The union, the United Widget Workers",
         "said", "organization"),
        ("The union said talks would resume.", "The union", "said", "organization"),
        ("The company said it would not comment.", "The company", "said", "organization"),
    )
    roster = build_roster(paragraphs)
    assert [(s.name, s.description, len(s.mentions)) for s in roster] == [
        ("the United Widget Workers", "The union", 2), ("The company", None, 1)]
    assert roster[0].mentions[1].resolution == "role"


def test_the_bodys_noun_stays_apart_when_two_bodies_share_it():
    paragraphs = _mentions(
        ("The union, the United Widget Workers, said no.", "The union, the United Widget Workers", "said",
         "organization"),
        ("A second union, the Harbor Pilots League, said yes.", "A second union, the Harbor Pilots League", "said",
         "organization"),
        ("The union said talks would resume.", "The union", "said", "organization"),
    )
    assert len(build_roster(paragraphs)) == 3


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


def test_definite_role_joins_the_one_person_given_that_role():
    paragraphs = _mentions(
        ("The top commander in the region warned of risks.", "The top commander in the region", "warned", "anonymous"),
        ("The commander, Gen. Ann Lee, wrote that more troops were needed.", "The commander, Gen. Ann Lee", "wrote",
         "named_person"),
    )
    roster = build_roster(paragraphs)
    assert len(roster) == 1
    (lee,) = roster
    assert lee.name == "Gen. Ann Lee"
    assert [m.paragraph for m in lee.mentions] == [1, 2]
    assert paragraphs[0].attributions[0].source_type == "named_person"
    assert paragraphs[0].attributions[0].source_id == lee.id


def test_role_shared_by_two_people_stays_apart():
    paragraphs = _mentions(
        ("The commander said it was over.", "The commander", "said", "anonymous"),
        ("The commander, Gen. Ann Lee, wrote more.", "The commander, Gen. Ann Lee", "wrote", "named_person"),
        ("Another commander, Col. Bo Diaz, wrote less.", "Another commander, Col. Bo Diaz", "wrote", "named_person"),
    )
    roster = build_roster(paragraphs)
    assert paragraphs[0].attributions[0].source_type == "anonymous"
    assert [s.id for s in roster] == ["s1", "s2", "s3"]


@pytest.mark.parametrize(
    "text, head",
    [("the top US commander in Iraq", "commander"), ("the commander", "commander"),
     ("The spokesman for the ministry", "spokesman"), ("a senior official", None), ("Michael Knights", None)],
)
def test_role_head(text, head):
    from claimcheck.roster import role_head

    assert role_head(text) == head


def test_conjoined_people_are_each_a_source_with_their_own_mention():
    text = "Esper and General Milley called for restraint."
    paragraphs = _mentions(
        ("Defense Secretary Mark T. Esper said he was cautious.", "Defense Secretary Mark T. Esper", "said",
         "named_person"),
        (text, "Esper and General Milley", "called for", "named_person"),
    )
    roster = build_roster(paragraphs)
    names = {s.name for s in roster}
    assert names == {"Defense Secretary Mark T. Esper", "General Milley"}
    milley = next(s for s in roster if s.name == "General Milley")
    s, e = milley.mentions[0].span
    assert text[s:e] == "General Milley"
    esper = next(s for s in roster if s.name != "General Milley")
    assert paragraphs[1].attributions[0].source_id == esper.id
    assert [m.paragraph for m in esper.mentions] == [1, 2]


# (sentence, group source, the members the roster lists for it): a group that names members is each of them
GROUP_MEMBERS = [
    ("Officials, including Ana Ruiz and Gen. Lee Park, said the road was closed.",
     "Officials, including Ana Ruiz and Gen. Lee Park", ["Ana Ruiz", "Gen. Lee Park"]),
    ("Army leaders, including Col. Omar Diaz, the base chief, said the road was closed.",
     "Army leaders, including Col. Omar Diaz, the base chief", ["Col. Omar Diaz"]),
    ("Lind and other top officials said the road was closed.", "Lind and other top officials", ["Lind"]),
    ("Lind and his rivals said the road was closed.", "Lind and his rivals", ["Lind"]),
]


@pytest.mark.parametrize("text, source, members", GROUP_MEMBERS)
def test_a_group_is_listed_as_its_named_members(text, source, members):
    paragraphs = _mentions((text, source, "said", "named_person"))
    roster = build_roster(paragraphs)
    assert [s.name for s in roster] == members
    for entry in roster:
        start, end = entry.mentions[0].span
        assert text[start:end] == entry.name
    assert paragraphs[0].attributions[0].source_id == roster[0].id
