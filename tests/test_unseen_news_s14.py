"""Shapes of unseen real news read in session 14 (issue 11, "read real news as it comes"): a cue that names a person
to a post ("The Senate confirmed Ruiz as ambassador"), ... Short invented paragraphs, with negatives."""

from __future__ import annotations

import pytest

from reports import attributions, report_of


# "confirm" in the sense of naming someone to a post reports nothing: its clause gives the post ("as" or "to be"
# before a post's noun, "to" before a verb of holding one) or its object is a nominee.
@pytest.mark.parametrize("text, cues", [
    ("The Senate confirmed Jane Ruiz as ambassador to Chile on Tuesday.", []),
    ("The Senate also confirmed by voice vote Jane Ruiz, a lawyer, as ambassador to Chile.", []),
    ("Ruiz was confirmed by the Senate as the next chief justice in March.", []),
    ("The Senate confirmed Ruiz to be the next ambassador.", []),
    ("The Senate on Tuesday confirmed two former governors to serve in the cabinet.", []),
    ("Republicans have refused to confirm many of the president's nominees.", []),
    # the report's sense stays: a clause, a thing confirmed, an identity, a refusal to answer
    ("The ministry confirmed that the plant would close.", ["confirmed"]),
    ("Police confirmed the death of a man.", ["confirmed"]),
    ("Police confirmed the victim as Jane Ruiz, 34.", ["confirmed"]),
    ("Officials confirmed the man as a suspect.", ["confirmed"]),
    ("The club confirmed the news as fans gathered outside.", ["confirmed"]),
    ("A spokesman declined to confirm the nomination.", ["declined to confirm"]),
])
def test_confirming_a_post_is_no_report(text, cues):
    assert [a.cue for a in attributions(report_of(text))] == cues
