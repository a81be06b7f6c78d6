"""Who the source is across paragraphs, on unseen news read in session 18: a business's description far from its
name, a firm by its first word, an outlet or a club the next sentence describes, a foreign article before an outlet's
name, a nationality's title in apposition, a lead that holds back a name, "the official" for another kind of
official, a possessor beside a speaker, a relative's surname, a text a sentence is about. Short invented paragraphs,
with near misses."""

from __future__ import annotations

import pytest

from reports import attributions, entry, report_of, the


def _joined(report, one: str, other: str) -> bool:
    return entry(report, the(report, one)) is entry(report, the(report, other))


# ---------------------------------------------------------------- a body's description and its name

FIGURES = "Shares fell 6 percent.\n\nAnalysts had expected 70 cents a share.\n\nSales rose 1 percent in Ohio.\n\n"


@pytest.mark.parametrize("text, one, other, joined", [
    # beyond the pronouns' reach, the one business the article cited
    ("Harlan Foods Inc. said its profit fell.\n\n" + FIGURES + "The company said it would close a plant.",
     "The company", "Harlan Foods Inc.", True),
    # not past another firm the running text names
    ("Harlan Foods Inc. said its profit fell.\n\n" + FIGURES
     + "Jo Lee worked at Vanguard Logistics Services for years.\n\nThe company said he was a passenger.",
     "The company", "Harlan Foods Inc.", False),
    # nor for a description of another kind
    ("Harlan Foods Inc. said its profit fell.\n\n" + FIGURES + "The ministry said it would review the deal.",
     "The ministry", "Harlan Foods Inc.", False),
    # a firm by its first word, without its trade's words
    ("Stellar Motors said it would recall 200 cars.\n\nStellar said dealers would fix them.", "Stellar",
     "Stellar Motors", True),
    ("Stellar Motors said it would recall 200 cars.\n\nStellar Capital said it would buy them.", "Stellar Capital",
     "Stellar Motors", False),
])
def test_a_body_by_its_description_or_its_first_word(text, one, other, joined):
    assert _joined(report_of(text), one, other) is joined


@pytest.mark.parametrize("text, name", [
    # the next sentence's outlet or club says what the name is, and joins it
    ("Der Spiegel reported that the party wanted a tax. The magazine cited party sources.", "Der Spiegel"),
    ("Roma said it would appeal the ban. The club said the words were taken out of context.", "Roma"),
])
def test_a_name_the_next_sentence_describes(text, name):
    report = report_of(text)
    found = the(report, name)
    assert found.source_type == "organization"
    assert len({entry(report, a).id for a in attributions(report)}) == 1


def test_a_club_is_no_federation():
    report = report_of("Roma coach Jo Lee was fined, the Italian football federation said.\n\n"
                       "Roma said it would appeal. The club said the words were taken out of context.")
    assert not _joined(report, "the Italian football federation", "Roma")


@pytest.mark.parametrize("text, source, source_type", [
    ("Le Parisien reported that the rail operator lost money.", "Le Parisien", "organization"),
    ("Die Zeit reported that the talks failed.", "Die Zeit", "organization"),
    # a given name after the article is a person's ("La Toya", "Le Minh")
    ("La Toya said she was tired.", "La Toya", "named_person"),
    ("Corvella, based in Cambridge, Massachusetts, said it was grateful.",
     "Corvella, based in Cambridge, Massachusetts", "organization"),
    ("Nimbus Data, a storage company, said hackers stole data.\n\n"
     '"We take security seriously," Nimbus said.', "Nimbus", "organization"),
])
def test_a_name_that_is_a_bodys(text, source, source_type):
    assert the(report_of(text), source).source_type == source_type


# ---------------------------------------------------------------- people named later or elsewhere

@pytest.mark.parametrize("text, one, other, joined", [
    # a nationality's title in the running text's apposition
    ("Park Jin, the South Korean minister of foreign affairs, met Jo Lee in Tokyo. The South Korean minister told "
     "reporters the talks went well.", "The South Korean minister", None, "Park Jin"),
    # a counterpart of a nationality holds the role of the person named before, with that nationality
    ("Park Jin, the South Korean minister of foreign affairs, met his Japanese counterpart Yoshimasa Hayashi in "
     "Tokyo. Hayashi said Tokyo welcomed the plan. The Japanese foreign minister declined to say more.",
     "The Japanese foreign minister", None, "Yoshimasa Hayashi"),
    ("Park Jin, the South Korean minister of foreign affairs, met his Japanese counterpart Yoshimasa Hayashi in "
     "Tokyo. Hayashi said Tokyo welcomed the plan. The South Korean minister told reporters the talks went well.",
     "The South Korean minister", None, "Park Jin"),
    # a nationality's noun for the person named before it
    ('Paula Badosa said she was sorry. "I wanted to play her," the Spaniard said.', "the Spaniard", None,
     "Paula Badosa"),
    # a lead that holds back a name, then names the one with that description
    ("A top health official in Marion County warned on Thursday that the outbreak would grow.\n\n"
     "Dr. Alicia Moreno, the county's health officer, said 14 people were ill.", "A top health official in Marion County",
     None, "Dr. Alicia Moreno"),
    ("The head of the country's atomic energy organisation said enrichment would begin.\n\n"
     "Mohammad Eslami, who heads the Atomic Energy Organization of Iran, said the step was a response.",
     "The head of the country's atomic energy organisation", None, "Mohammad Eslami"),
])
def test_a_person_named_elsewhere(text, one, other, joined):
    report = report_of(text)
    assert entry(report, the(report, one)).name == joined


@pytest.mark.parametrize("text, one", [
    # another official named later is another person: no shared word, or a grant of anonymity
    ("A senior official said the talks had failed.\n\nJo Lee, a State Department official, said they had not.",
     "A senior official"),
    ("A health official, who asked not to be named, said the outbreak would grow.\n\n"
     "Dr. Ana Ruiz, the county's health officer, said 14 people were ill.", "A health official"),
])
def test_an_unnamed_lead_stays_apart(text, one):
    report = report_of(text)
    assert entry(report, the(report, one)).type == "anonymous"


@pytest.mark.parametrize("text, joined", [
    ("A European diplomat in Kyiv said the attack was aimed at shipping. The official, speaking on condition of "
     "anonymity, said insurers were watching.", True),
    ("A European diplomat in Kyiv said the attack was aimed at shipping. A European diplomat in Rome said it was not. "
     "The official, speaking on condition of anonymity, said insurers were watching.", False),
])
def test_the_official_for_another_kind_of_official(text, joined):
    report = report_of(text)
    assert _joined(report, "The official", "A European diplomat in Kyiv") is joined


# ---------------------------------------------------------------- pronouns and surnames

@pytest.mark.parametrize("text, pronoun, referent", [
    # a possessor beside the sentence's speaker is not what the pronoun after it stands for
    ("Tyler Brandt was arrested on Sunday. Brandt's public defender, Lisa Kim, said she had not seen the evidence. "
     "She asked the public to wait.", "She", "Lisa Kim"),
    ("Lee's accusation that the mayor lied had hurt the city, Tom Hale said.\n\n"
     '"It was wrong," he said.', "he", "Tom Hale"),
    # with no speaker beside it, the possessor still is: "Tuttle's article attacked Christie. He calls ..."
    ("An article by Ian Tuttle ran on Monday.\n\nTuttle's column also attacked Jo Lee. He calls the move a betrayal.",
     "He", "Ian Tuttle"),
])
def test_a_possessor_and_a_pronoun(text, pronoun, referent):
    report = report_of(text)
    assert entry(report, the(report, pronoun)).name == referent


def test_a_bare_surname_is_not_the_relative_introduced_by_a_pronoun():
    report = report_of("Tyler Brandt, 23, was arrested at his mother's home, police said. His mother, Carol Brandt, "
                       "told officers he had come home upset.\n\nBrandt told police he was innocent.")
    assert entry(report, the(report, "Brandt")).name == "Tyler Brandt"


def test_the_relative_who_speaks_keeps_the_surname():
    report = report_of("Patricia Smith, the mother of Sean Smith, said she was angry.\n\n"
                       '"She told me it was the video," Smith said.')
    assert entry(report, the(report, "Smith")).name == "Patricia Smith"


@pytest.mark.parametrize("text, referent_type", [
    # a text the running text makes a sentence's subject is what "it" after it stands for
    ('A former FBI agent has written a memoir.\n\nThe book, "Blind Spot," is published on Tuesday by Harwood Press. '
     "It describes a series of meetings.", "document"),
])
def test_it_after_a_text_as_subject(text, referent_type):
    report = report_of(text)
    found = the(report, "It")
    assert entry(report, found).type == referent_type and entry(report, found).name == "The book"
