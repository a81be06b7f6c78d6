"""Verbs of attack and of recall in their other senses (session 18, the lead's): an attack of force (an armed actor
attacks, or a place, a vehicle or an armed unit is attacked) and a recall of an envoy or a product report no words;
the same verbs with words judged or a memory told still do. Short invented paragraphs."""

import pytest


@pytest.mark.parametrize("text", [
    "Rebels attacked the convoy near the border.",
    "Gunmen attacked a bus carrying pilgrims.",
    "The compound was attacked by militants on Tuesday.",
    "Even as terrorists attacked a diplomatic compound, the minister slept.",
    "The president recalled the ambassador from Moscow.",
])
def test_force_and_withdrawal_report_no_words(analyse, text):
    assert analyse(text).attributions == []


@pytest.mark.parametrize("text,source,cue", [
    ("Lee attacked the plan as reckless.", "Lee", "attacked"),
    ("Trump attacked Clinton over her emails.", "Trump", "attacked"),
    ("Ruiz attacked the governor in a speech on Monday.", "Ruiz", "attacked"),
    ("Trump attacked the House speaker.", "Trump", "attacked"),
    ("Lee attacked the police for the raid.", "Lee", "attacked"),
    ("She recalled the day the dam broke.", "She", "recalled"),
    ("He recalled his years as ambassador to France.", "He", "recalled"),
])
def test_words_judged_and_memories_told_still_report(analyse, text, source, cue):
    assert [(a.source, a.cue) for a in analyse(text).attributions] == [(source, cue)]
