"""Posting to social media is a report ("Partridge posted to social media", "Ruiz posted: ..."), while a post as a
noun ("a Facebook post", "a statement posted on the site") and a noun after a compound adjective ("post-traumatic
stress disorder") report nothing (rules 1.68 on). Short invented sentences."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,source,content", [
    ("The car stopped near the bridge, Partridge posted to social media on Monday.", "Partridge",
     "The car stopped near the bridge"),
    ("Lee Park posted on Facebook that the road was closed.", "Lee Park", "the road was closed"),
    ('Ruiz posted: "The road is closed."', "Ruiz", '"The road is closed."'),
])
def test_a_post_is_a_report(analyse, text, source, content):
    attribution = only(analyse(text).attributions, cue="posted")
    assert (attribution.source, attribution.content) == (source, content)


@pytest.mark.parametrize("text,source", [
    ("A statement posted on the website said the listings were removed.", "A statement posted on the website"),
    ("A Facebook post by the mayor said the road was closed.", "A Facebook post by the mayor"),
])
def test_a_post_as_a_noun_or_a_participle_is_part_of_the_source(analyse, text, source):
    assert only(analyse(text).attributions).source == source


@pytest.mark.parametrize("text", [
    "The mayor posted a photo of the bridge.",  # a plain object: no report
    "Patients with post-traumatic stress disorder had smaller volumes.",
    "Veterans with post-traumatic stress often struggle.",
])
def test_no_report(analyse, text):
    assert analyse(text).attributions == []


def test_a_plural_name_before_a_base_form_is_its_subject(analyse):
    assert only(analyse("The Germans announce that they will expand the army.").attributions).source == "The Germans"


@pytest.mark.parametrize("text,source", [
    # a past participle after a preposition and before its noun modifies the noun: no report, and no edge of the
    # source's phrase
    ("Discussions centered around proposed zoning changes.", None),
    ("Critics of reported cuts said the plan was cruel.", "Critics of reported cuts"),
])
def test_a_participle_before_its_noun_reports_nothing(analyse, text, source):
    found = analyse(text).attributions
    assert [a.source for a in found] == ([source] if source else [])
