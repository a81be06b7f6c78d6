"""Who the source is and what kind, on unseen real news read in session 17: countries and capitals a government
speaks by, an outlet's or a team's name, a name whose spokesperson the article names, the Arabic article before an
outlet's name, a weekday as a surname, and a title written without its holder's name. Short invented paragraphs,
with negatives."""

from __future__ import annotations

import pytest

from reports import entry, report_of, the


# ---------------------------------------------------------------- what makes a name a body's

@pytest.mark.parametrize("text, source", [
    ("Ankara said the talks would go on.", "Ankara"),
    ("Armenia said it would send a delegation.", "Armenia"),
    ("As Harbor Sports pointed out, the hit was late.", "Harbor Sports"),
    ("Griffin left with what the Marlow Hawks say is a sprain.", "the Marlow Hawks"),
    ("The Chicago Sun-Times reported that the march was long.", "The Chicago Sun-Times"),
    ("The army said on Wednesday, reports Al Qabas.", "Al Qabas"),
    ("Marlow issued two recalls. Marlow said the fix was simple.\n\n"
     '"It is safe," Marlow spokesperson Ana Ruiz said.', "Marlow"),
    ("Verlo said the recall was voluntary.\n\nThe recall covers 27 Verlo models.", "Verlo"),
])
def test_what_makes_a_name_a_body(text, source):
    assert the(report_of(text), source).source_type == "organization"


@pytest.mark.parametrize("text, source", [
    ("Irving Berlin said the song was old.", "Irving Berlin"),
    ("The John Smiths said they were happy.", "The John Smiths"),
    ("Al Marlow said the vote was close.\n\nMarlow added that he was tired.", "Al Marlow"),
    ("Republican strategist Al Cardo said the vote was close.", "Republican strategist Al Cardo"),
    ("Tam Lee said he would run.\n\nLee spokeswoman Ana Ruiz said the race was close.\n\nLee said he was tired.",
     "Tam Lee"),
    ("Ana Post-Smith said the vote was close.", "Ana Post-Smith"),
])
def test_people_stay_people(text, source):
    assert the(report_of(text), source).source_type == "named_person"


def test_a_body_shown_by_its_spokesperson_joins_its_description():
    report = report_of("Marlow issued two recalls. Marlow said the fix was simple.\n\n"
                       '"It is safe," Marlow spokesperson Ana Ruiz said.\n\n'
                       "The automaker indicated its dealers would fix the cars.")
    assert entry(report, the(report, "The automaker")) is entry(report, the(report, "Marlow"))


def test_a_short_form_of_an_outlet_joins_it():
    report = report_of("The Chicago Sun-Times reported the march.\n\n"
                       "The Sun-Times reported that the crowd was big.")
    found = the(report, "The Sun-Times")
    assert found.source_type == "organization" and entry(report, found) is entry(
        report, the(report, "The Chicago Sun-Times"))


# ---------------------------------------------------------------- a weekday as a surname

def test_a_weekday_after_a_given_name_is_a_surname():
    report = report_of("Colts coach Jeff Saturday had an odd exchange with a reporter on Monday.\n\n"
                       '"I don\'t think so," Saturday responded.\n\nSaturday said Ryan was fine.')
    found = [a for p in report.paragraphs for a in p.attributions]
    assert all(a.source_id is not None for a in found)
    assert {entry(report, a).name for a in found} == {"Jeff Saturday"}


def test_a_weekday_is_no_source_otherwise():
    report = report_of("On Easter Sunday, the pastor said the church was full.")
    assert [a.source for p in report.paragraphs for a in p.attributions] == ["the pastor"]


# ---------------------------------------------------------------- titles and their holders

@pytest.mark.parametrize("text, title, holder", [
    # a title written without the article or the name ("Spanish Foreign Minister said")
    ("Spanish Foreign Minister Ana Ruiz said the talks would go on.\n\n"
     "Spanish Foreign Minister said they were for new chapters.", "Spanish Foreign Minister",
     "Spanish Foreign Minister Ana Ruiz"),
    # a nationality's title joins the one holder of that nationality's title
    ("Russian Foreign Minister Ivan Petrov said the talks would go on.\n\n"
     "The Russian foreign minister added that Iran must agree.", "The Russian foreign minister",
     "Russian Foreign Minister Ivan Petrov"),
    ("Foreign Minister Ali Kaya said the talks would go on.\n\nHe met Spanish Foreign Minister Ana Ruiz.\n\n"
     "The Spanish foreign minister said that Iran must agree.", "The Spanish foreign minister", None),
])
def test_a_title_joins_its_holder(text, title, holder):
    report = report_of(text)
    joined = entry(report, the(report, title))
    if holder is None:
        assert joined.name == "Ana Ruiz" and joined.type == "named_person"
    else:
        assert joined is entry(report, the(report, holder))


@pytest.mark.parametrize("text, title, other", [
    ("Turkish Foreign Minister Ali Kaya said the talks would go on.\n\n"
     "The Russian foreign minister said that Iran must agree.", "The Russian foreign minister",
     "Turkish Foreign Minister Ali Kaya"),
    ("Turkish Foreign Minister Ali Kaya said the talks would go on.\n\n"
     "Spanish Foreign Minister said they were for new chapters.", "Spanish Foreign Minister",
     "Turkish Foreign Minister Ali Kaya"),
])
def test_another_countrys_title_is_another_person(text, title, other):
    report = report_of(text)
    assert entry(report, the(report, title)) is not entry(report, the(report, other))


# ---------------------------------------------------------------- outlets, websites, texts

@pytest.mark.parametrize("text, source, kind", [
    ("The defence ministry's website, 26sep.net, said the camp was safe.\n\n"
     '"The attackers fled," 26sep.net said.', "26sep.net", "organization"),
    ("The paper, Kovalskaya Gazeta, said in an article that 200 soldiers had died.", "The paper, Kovalskaya Gazeta",
     "organization"),
    ("The paper, Ana Ruiz, said the figure was false.", "The paper, Ana Ruiz", "named_person"),
    ("The paper said the figure was false.", "The paper", "document"),
    ("According to the plea agreement, the deal was offered for reasons including his age.", "the plea agreement",
     "document"),
])
def test_outlets_websites_and_texts(text, source, kind):
    assert the(report_of(text), source).source_type == kind


def test_a_newspaper_named_in_apposition_takes_its_short_form():
    report = report_of("The paper, Kovalskaya Gazeta, said in an article that 200 soldiers had died.\n\n"
                       "The paper said the figure was added by a hacker.")
    found = the(report, "The paper")
    assert found.source_type == "organization" and entry(report, found).name == "Kovalskaya Gazeta"


@pytest.mark.parametrize("text, short, full", [
    ("Harlan Motors said it would recall 900 cars.\n\nHM said the fix was simple.", "HM", "Harlan Motors"),
    ("The Associated Press reported the vote.\n\nThe AP said turnout was low.", "The AP", "The Associated Press"),
])
def test_an_acronym_of_all_the_initials_joins_the_name(text, short, full):
    report = report_of(text)
    assert entry(report, the(report, short)) is entry(report, the(report, full))


def test_a_datelines_capitals_do_not_name_the_body():
    report = report_of("ANKARA (Wire) - Ankara said the talks would go on.")
    found = entry(report, the(report, "Ankara"))
    assert (found.type, found.name) == ("organization", "Ankara")


# ---------------------------------------------------------------- particles inside a name

@pytest.mark.parametrize("text, source, name", [
    ('"We are serious," Qatari Foreign Minister Prince Omar bin Talal said.',
     "Qatari Foreign Minister Prince Omar bin Talal",
     "Omar bin Talal"),
    ("Pia de Vos, a law professor, said the ruling would stand.", "Pia de Vos, a law professor", "Pia de Vos"),
    ("Ana de la Cruz said the ruling would stand.", "Ana de la Cruz", "Ana de la Cruz"),
])
def test_a_particle_between_a_names_capitals_is_the_names(text, source, name):
    report = report_of(text)
    assert entry(report, the(report, source)).name == name
