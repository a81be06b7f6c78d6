"""An anonymous source's speculation is a doubting hedge the source holds: the claim's factor, "check first"
and the anonymous-speculation flag read the same rule (``scoring.claims.sources_speculate``)."""

import pytest

from builders import one_claim_paragraph
from claimcheck.roster import build_roster
from claimcheck.scoring import score_report

SENTENCE = "Officials said the contractor could face 2 lawsuits."

# (hedge fields, whether the source speculates)
CASES = [
    ({"holder": "source"}, True),                                   # the source's own "could"
    ({"holder": "source", "attribution_id": "p1-a1"}, True),        # tied to this attribution
    ({"holder": "source", "attribution_id": "p9-a9"}, False),       # another attribution's words
    ({"holder": "reporter"}, False),                                # the reporter's doubt, scored as such
    ({"holder": "source", "charge": True}, False),                  # "alleged" in a charge story doubts nothing
]


@pytest.mark.parametrize("hedge_extra, speculates", CASES)
def test_factor_check_first_and_flag_agree_on_speculation(hedge_extra, speculates):
    paragraphs = [one_claim_paragraph(1, SENTENCE, "Officials", "said", "anonymous",
                                      "the contractor could face 2 lawsuits", anonymous={}, hedge_cue="could",
                                      hedge_extra=hedge_extra)]
    summary = score_report(paragraphs, build_roster(paragraphs))
    claim = paragraphs[0].claims[0]
    assert any(f.factor == "anonymous_hedged" for f in claim.factors) is speculates
    assert any("speculation" in e.reason for e in summary.check_first) is speculates
    assert any(f.code == "anonymous-speculation" for f in summary.flags) is speculates


def test_a_named_source_never_speculates_anonymously():
    paragraphs = [one_claim_paragraph(1, "Mayor Ana Ruiz said the contractor could face 2 lawsuits.",
                                      "Mayor Ana Ruiz", "said", "named_person",
                                      "the contractor could face 2 lawsuits", hedge_cue="could",
                                      hedge_extra={"holder": "source"})]
    summary = score_report(paragraphs, build_roster(paragraphs))
    assert not any(f.factor == "anonymous_hedged" for f in paragraphs[0].claims[0].factors)
    assert not any(f.code == "anonymous-speculation" for f in summary.flags)
