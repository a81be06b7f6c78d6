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


OPINION = "Opinion: Scrap the levy\n\nI think the council got this wrong.\n\n{}\n\nMy view is simple: scrap it.\n"


@pytest.mark.parametrize("text, cue", PASSIVE)
def test_in_an_opinion_piece_an_agentless_report_is_no_argument_of_the_author(text, cue):
    report = claimcheck.analyse(OPINION.format(text))
    claims = [c for p in report.paragraphs for c in p.claims]
    passive = next(c for c in claims if c.text.startswith(text.split()[0]))
    argued = [c for c in claims if c is not passive]
    assert passive.orphan and passive.specific and passive.basis is None and passive.rating == "unsourced"
    assert argued and all(c.basis == "author_argument" for c in argued)
