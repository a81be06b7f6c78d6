"""A claim that rests on an agentless passive report ("it was announced that ...") has no source (scoring/claims.py
passive_reports)."""

import pytest

import claimcheck

PASSIVE = [  # text, cue
    ("It was announced Tuesday that the plant would close.", "was announced"),
    ("Residents were told to leave by noon.", "were told"),
    ("The merger has been confirmed.", "has been confirmed"),
]


@pytest.mark.parametrize("text, cue", PASSIVE)
def test_a_claim_resting_on_an_agentless_report_is_scored_as_having_no_source(text, cue):
    claim = claimcheck.analyse(text).paragraphs[0].claims[0]
    assert claim.rating == "unsourced" and claim.orphan and claim.specific
    assert any(f"\u201c{cue}\u201d" in reason and "no source named" in reason for reason in claim.reasons)


def test_a_question_with_its_answer_keeps_the_answers_source():
    claim = claimcheck.analyse("Asked whether she would run, Ruiz said she had not decided.").paragraphs[0].claims[0]
    assert claim.sourced_by and not claim.orphan


def test_a_passive_report_that_a_source_gives_is_not_an_orphan():
    claim = claimcheck.analyse("Ruiz said it was announced that the plant would close.").paragraphs[0].claims[0]
    assert claim.sourced_by and not claim.orphan
