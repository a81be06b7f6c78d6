"""A cue inside a relative clause whose pronoun is the clause's object ("the man who police say shot him"):
the clause's own subject is the source, not the noun phrase the clause hangs from; and a relative clause set off
by commas reports only itself, so the content ends where the main clause resumes (rules 1.62 on). Short invented
sentences."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,cue,source,source_type", [
    ("The woman who police say shot the officer was arrested.", "say", "police", "organization"),
    ("The man who investigators believe set the fire fled.", "believe", "investigators", "anonymous"),
    ("He cited a Dover Ledger article that Lee Park said was false.", "said", "Lee Park", "named_person"),
    ("They debated a bill that the Harbor Council said would cut fares.", "said", "the Harbor Council",
     "organization"),
    ("A man who many believe lied was elected.", "believe", "many", "anonymous"),
    # no relative pronoun: the content opens with a modal or a finite "be"/"have", so the clause's subject, the
    # speaker, is the phrase after the noun it hangs from
    ("The man police said will appear in court was freed.", "said", "police", "organization"),
    ("She kept the files, even the ones Ana Ruiz now says are secret.", "says", "Ana Ruiz", "named_person"),
    ("Not everything Tom Lee says is true.", "says", "Tom Lee", "named_person"),
    ("It was something Harbor Council aides argue is possible.", "argue", "Harbor Council aides", "anonymous"),
])
def test_the_subject_of_an_object_relative_is_the_source(analyse, text, cue, source, source_type):
    attribution = only(analyse(text).attributions, cue=cue)
    assert (attribution.source, attribution.source_type) == (source, source_type)


@pytest.mark.parametrize("text,cue,source", [
    # a compound noun before the speaker is kept when the content opens with a noun phrase of its own
    ("The city police said the road was closed.", "said", "The city police"),
    ("Company executives said profits could fall.", "said", "Company executives"),
    # a relative pronoun that is its clause's subject is walked through: the clause describes the source
    ("Officials who spoke on condition of anonymity said the talks failed.", "said",
     "Officials who spoke on condition of anonymity"),
    ("Judges who Ana Ruiz appointed said the ruling was wrong.", "said", "Judges who Ana Ruiz appointed"),
    ("Some who advocate open records argue the law is wrong.", "argue", "Some who advocate open records"),
    # a demonstrative "That" is no relative pronoun
    ("That person said the plan failed.", "said", "That person"),
])
def test_a_subject_relative_stays_part_of_the_source(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source


@pytest.mark.parametrize("text,content", [
    ("The changes, which officials said will start in May, will not apply to all.", "will start in May"),
    ("The documents, which prosecutors said were forged, were seized.", "were forged"),
    ("The man, who police say shot the officer, fled on foot.", "shot the officer"),
    # the relative is the clause's subject and the source its antecedent
    ("Lee Park, who has pledged to give half of it away, has given millions.", "to give half of it away"),
    ("The mayor, who said the budget was tight, will speak on Monday.", "the budget was tight"),
    # only the first comma can close the clause: after an inner pair, the comma is the reported clause's own
    ("Ana Ruiz, who said the two firms, and Acme in particular, must pay, left.",
     "the two firms, and Acme in particular, must pay, left"),
])
def test_a_relative_aside_reports_only_itself(analyse, text, content):
    assert only(analyse(text).attributions).content == content
