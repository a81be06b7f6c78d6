"""Who the source is and what kind, in one paragraph, on unseen news read in session 18: an apposition that says what a
name is, a news agency by its bare name, a nationality's noun for a person, a body of its members, a qualifier after
a head, a body sent "to" another, a town and its state inside an apposition, a participle after an object's
apposition. Short invented paragraphs, each with a near miss."""

from __future__ import annotations

import pytest

from .conftest import only


@pytest.mark.parametrize("text, source, source_type", [
    # an apposition opened by a possessive or ending in a participle says what the name is
    ("Suspilne, Dorvania's public broadcaster, said the power was cut.", "Suspilne, Dorvania's public broadcaster",
     "organization"),
    ("Nimbus Data, a cloud storage company used by small firms, said hackers stole data.",
     "Nimbus Data, a cloud storage company used by small firms", "organization"),
    ("Vlast, an independent news site, reported the arrests.", "Vlast, an independent news site", "organization"),
    ("Ana Ruiz, Dorvania's top diplomat, said the talks were over.", "Ana Ruiz, Dorvania's top diplomat",
     "named_person"),
    # a name on a country's domain, a news agency the lexicon knows, a hyphened agency of a country
    ("Vlast.kz reported that two officials were held.", "Vlast.kz", "organization"),
    ("Ukrinform reported that the port was hit.", "Ukrinform", "organization"),
    ("According to Interfax-Ukraine, the strike hit a warehouse.", "Interfax-Ukraine", "organization"),
    ("Petra Kvitova said she was tired.", "Petra Kvitova", "named_person"),
    # a trade's word in a firm's name
    ("Lone Star Freight said it would appeal.", "Lone Star Freight", "organization"),
    # a body of its members speaks as one body; a group of people is the people
    ("A committee of unsecured creditors said it would sue.", "A committee of unsecured creditors", "organization"),
    ("A group of protesters said they would return.", "A group of protesters", "anonymous"),
    # the head comes before a qualifier opened by "behind", "within", "inside"
    ("The company behind the plan said the mine would open.", "The company behind the plan", "organization"),
    ("Members within both unions said the vote was rushed.", "Members within both unions", "anonymous"),
    # a text's or a body's agent after "by" is not the source; a person's words by him are his
    ("The audit, released Monday by State Auditor Ben Rivas, found that doses expired.",
     "The audit, released Monday by State Auditor Ben Rivas", "document"),
    ("A bench headed by Chief Justice Ana Ruiz said the contract was void.",
     "A bench headed by Chief Justice Ana Ruiz", "organization"),
    ("A 2014 study by Professor Ana Ruiz found that fraud was rare.", "A 2014 study by Professor Ana Ruiz",
     "document"),
    ("Secretary of State John Kerry said the talks would go on.", "Secretary of State John Kerry", "named_person"),
    ("A gaffe by Rep. John Kerry suggested the panel was political.", "A gaffe by Rep. John Kerry", "named_person"),
    # new texts: a readout, a copy, an update
    ("According to the readout, the two men spoke for an hour.", "the readout", "document"),
    ("A redacted copy said investigators could not tell.", "A redacted copy", "document"),
])
def test_what_a_phrase_names(analyse, text, source, source_type):
    attribution = analyse(text).attributions[0]
    assert (attribution.source, attribution.source_type) == (source, source_type)


@pytest.mark.parametrize("before, text, source_type", [
    # a nationality's noun stands for a person the article named; one that is a plural too does not
    ("Paula Badosa said she was sorry.", '"I wanted to play her," the Spaniard said.', "named_person"),
    ("Jo Lee said he was tired.", "The Briton said the court was slow.", "named_person"),
    ("Jo Lee said he was tired.", "The Swiss said the deal was dead.", "organization"),
    ("Jo Lee said he was tired.", "The Chinese said the deal was dead.", "organization"),
])
def test_a_nationality_noun(analyse, before, text, source_type):
    analyse(before)
    assert analyse(text).attributions[0].source_type == source_type


@pytest.mark.parametrize("text, source", [
    # a body sent "to" another: the source is the body sent, not the one it is sent to
    ("Iran's mission to the United Nations said Tehran had no role.", "Iran's mission to the United Nations"),
    ("The EU's delegation to the talks said the offer stood.", "The EU's delegation to the talks"),
    ("Russia's ambassador to the United Nations said the vote was illegal.",
     "Russia's ambassador to the United Nations"),
    # a town and its state inside an apposition: the apposition goes on before the town
    ("Corvella, based in Cambridge, Massachusetts, said it was grateful.", "Corvella, based in Cambridge, Massachusetts"),
    ("Harbor Mills, founded in 1902, said profits fell.", "Harbor Mills, founded in 1902"),
])
def test_where_a_source_starts(analyse, text, source):
    assert analyse(text).attributions[0].source == source


@pytest.mark.parametrize("text, cue, found", [
    # a participle after an object's apposition is not the object's: no source rather than the wrong one
    ("The SEC sued Vaultline's founder, Alex Kroll, in September, alleging that he misled investors.", "alleging",
     False),
    ("The chief, Ana Ruiz, spoke in Ohio, saying the plan was dead.", "saying", True),
])
def test_a_participle_after_an_objects_apposition(analyse, text, cue, found):
    sources = [a.source for a in analyse(text).attributions if a.cue == cue]
    assert ("Alex Kroll" not in sources) and (bool(sources) == found)
