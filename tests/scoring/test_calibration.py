"""The directions the calibration table in docs/scoring.md rests on, pinned on short invented articles."""

import pytest

from builders import attribution, claim, paragraph
from claimcheck.article import load
from claimcheck.engines import create_engine
from claimcheck.pipeline import analyse_document
from claimcheck.roster import build_roster
from claimcheck.scoring import score_report


def _sourced(index, text, source, cue, source_type, claim_text, **extra):
    a = attribution(text, f"p{index}-a1", source, cue, source_type, **extra)
    return paragraph(index, text, [a], [claim(text, f"p{index}-c1", claim_text, [a.id])])


def _orphan(index, text):
    return paragraph(index, text, claims=[claim(text, f"p{index}-c1", text)])


def _summary(paragraphs):
    return score_report(paragraphs, build_roster(paragraphs))


def test_straight_news_on_named_officials_institutions_and_records_rates_moderate_or_better():
    ps = [
        _sourced(1, "The council voted 7-2 to close the library, according to the meeting minutes.",
                 "the meeting minutes", "according to", "document", "The council voted 7-2 to close the library"),
        _sourced(2, "Mayor Ana Ruiz said the building would be sold in March.", "Mayor Ana Ruiz", "said",
                 "named_person", "the building would be sold in March"),
        _sourced(3, "Prosecutors said the director took $40,000.", "Prosecutors", "said", "organization",
                 "the director took $40,000"),
        _sourced(4, "The director was charged with fraud, according to the indictment.", "the indictment",
                 "according to", "document", "The director was charged with fraud"),
        _orphan(5, "The library opened in 1962."),
    ]
    summary = _summary(ps)
    assert summary.rating in ("moderate", "strong"), summary.score_reasons


def test_a_story_on_unnamed_officials_with_no_stated_basis_rates_weak_and_says_why():
    ps = [
        _sourced(1, "Officials said the mayor planned to close 3 libraries.", "Officials", "said", "anonymous",
                 "the mayor planned to close 3 libraries", anonymous={}),
        _sourced(2, "Sources said the director would be fired on Friday.", "Sources", "said", "anonymous",
                 "the director would be fired on Friday", anonymous={}),
        _sourced(3, "People familiar with the plan said 40 jobs would go.", "People familiar with the plan", "said",
                 "anonymous", "40 jobs would go", anonymous={}),
    ]
    summary = _summary(ps)
    assert summary.rating == "weak"
    codes = {f.code for f in summary.flags}
    assert {"anonymous-majority", "anonymous-no-basis"} <= codes
    for p in ps:
        assert any("does not say how the anonymous source knows" in r for r in p.claims[0].reasons)


@pytest.mark.parametrize("record", ["the indictment", "a court filing", "the criminal complaint", "census data",
                                    "an agency report"])
def test_an_identified_public_record_is_an_identified_document(record):
    text = f"The firm paid $2 million in fines, according to {record}."
    p = _sourced(1, text, record, "according to", "document", "The firm paid $2 million in fines")
    _summary([p])
    assert p.claims[0].factors[0].points == 66 and "identified document" in p.claims[0].reasons[0]


def test_vague_documents_stay_weak():
    text = "The firm paid $2 million in fines, documents show."
    p = _sourced(1, text, "documents", "show", "document", "The firm paid $2 million in fines")
    _summary([p])
    assert p.claims[0].rating == "weak"


def _relayed(relay_type, relay_anonymous=None):
    text = "The rebels killed 12 guards, the group said, according to a monitoring service."
    told = attribution(text, "p1-a1", "the group", "said", "organization", via="p1-a2")
    relay = attribution(text, "p1-a2", "a monitoring service", "according to", relay_type, anonymous=relay_anonymous)
    c = claim(text, "p1-c1", "The rebels killed 12 guards", ["p1-a1", "p1-a2"])
    return paragraph(1, text, [told, relay], [c])


def test_a_relayed_chain_is_one_source_and_as_strong_as_its_weakest_link():
    on_record = _relayed("organization")
    anonymous = _relayed("anonymous", {})
    _summary([on_record])
    _summary([anonymous])
    for p in (on_record, anonymous):
        factors = {f.factor: f for f in p.claims[0].factors}
        assert factors["corroboration"].points == 0, "a chain never corroborates itself"
    assert anonymous.claims[0].score < on_record.claims[0].score


def test_end_to_end_invented_articles_keep_their_directions(tmp_path):
    news = tmp_path / "news.txt"
    news.write_text(
        "Council closes library\n\n"
        "The city council voted 7-2 on Tuesday to close the Elm Street library, according to the meeting minutes.\n\n"
        "Mayor Ana Ruiz said the building would be sold by March.\n\n"
        "The council said in a statement that 12 staff would move to other branches.\n", encoding="utf-8")
    anon = tmp_path / "anon.txt"
    anon.write_text(
        "Council to close library\n\n"
        "The mayor plans to close three libraries next month, officials said.\n\n"
        "Sources said the library director would be fired on Friday.\n\n"
        "Officials said the council had already approved the sale of two buildings.\n", encoding="utf-8")
    engine = create_engine("rules")
    assert analyse_document(load(str(news)), engine).summary.rating in ("moderate", "strong")
    assert analyse_document(load(str(anon)), engine).summary.rating == "weak"
