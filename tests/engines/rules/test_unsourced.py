"""Reports that name no source (engines/rules/unsourced.py): agentless passives and questions with no asker."""

import pytest

import claimcheck
from claimcheck import evaluation as ev
from claimcheck.engines import create_engine
from claimcheck.render import renderer

CASES = [  # text, kind, cue, content
    ("Asked whether she would run, Ruiz said she had not decided.", "question", "Asked", "whether she would run"),
    ("Ruiz said, when asked about the memo, that it was fake.", "question", "asked", "about the memo"),
    ("Park was asked to name one achievement.", "question", "was asked", "to name one achievement"),
    ("It was announced Tuesday that the plant would close.", "passive", "was announced", "the plant would close"),
    ("Residents were told to leave by noon.", "passive", "were told", "to leave by noon"),
    ("The merger has been confirmed.", "passive", "has been confirmed", "The merger"),
    ("The closure was announced by email.", "passive", "was announced", "The closure"),  # "by" of a means
    ("The sale was confirmed by the end of May.", "passive", "was confirmed", "The sale"),  # "by" of a time
    ("The fee had not been previously disclosed.", "passive", "been previously disclosed", "The fee"),
    ("In the end, the merger was confirmed.", "passive", "was confirmed", "the merger"),
    ("All were confirmed last year.", "passive", "were confirmed", "All"),
    # a capitalised "Asked" in a paragraph with no reported participle ("say", not "said")
    ("Asked about the memo, Ruiz would only say that it was old.", "question", "Asked", "about the memo"),
    # a "by" of another participle, or inside the question, names no asker
    ("Lee was asked about it at a forum hosted by the Herald.", "question", "was asked",
     "about it at a forum hosted by the Herald"),
    ("Lee was asked during a dinner held by the club whether she would run.", "question", "was asked",
     "during a dinner held by the club whether she would run"),
    ("Lee was asked about the attack by a gunman on the mall.", "question", "was asked",
     "about the attack by a gunman on the mall"),
]

SUBORDINATE = [  # text, cue, content, subordinate: a passive of a thing in a subordinate or relative clause
    ("Lee renewed the forecast, even before the merger was announced.", "was announced", "the merger", True),
    ("The book adds details that were disclosed in court.", "were disclosed", None, True),
    ("The mood changed once the verdict was confirmed.", "was confirmed", "the verdict", True),
    ("After it was announced that the plant would close, workers marched.", "was announced",
     "the plant would close", False),  # it reports a clause: its source is hidden
    ("The merger has been confirmed.", "has been confirmed", "The merger", False),
]


@pytest.mark.parametrize("text, cue, content, subordinate", SUBORDINATE)
def test_a_passive_of_a_thing_in_a_subordinate_clause_hides_no_claims_source(text, cue, content, subordinate):
    report = claimcheck.analyse(text)
    (found,) = report.paragraphs[0].unsourced_cues
    assert (found.cue, found.content, found.subordinate) == (cue, content, subordinate)
    (claim,) = report.paragraphs[0].claims
    assert any("reported in the passive" in r for r in claim.reasons) is not subordinate
    assert ("agentless-report" in {f.code for f in report.summary.flags}) is not subordinate


@pytest.mark.parametrize("text, kind, cue, content", CASES)
def test_a_report_with_nobody_named_is_an_unsourced_cue_not_an_attribution(text, kind, cue, content):
    paragraph = claimcheck.analyse(text).paragraphs[0]
    (found,) = paragraph.unsourced_cues
    assert (found.kind, found.cue, found.content) == (kind, cue, content)
    assert not any(a.cue == cue for a in paragraph.attributions)


@pytest.mark.parametrize("text", [
    "The deal was announced by the ministry.",  # an agent: an attribution
    "Park was confirmed as the pilot on Monday by the airline.",  # the agent later in the clause
    "The group is said to have missiles.",  # the hedge lexicon's agentless hedge, one owner
    "Lee was declared the winner.",  # an act, no report
    "Lee asked for a raise.",  # the asker is named
    "The nominee will be confirmed next week.",  # a report still to come
    "Lee was not asked to speak.",  # nothing was asked
])
def test_no_unsourced_cue(text):
    assert claimcheck.analyse(text).paragraphs[0].unsourced_cues == []


def test_a_question_names_the_attribution_that_answers_it():
    paragraph = claimcheck.analyse(CASES[0][0]).paragraphs[0]
    answer = next(a for a in paragraph.attributions if a.source == "Ruiz")
    assert paragraph.unsourced_cues[0].answered_by == answer.id


def test_an_agentless_report_is_flagged_and_shown():
    report = claimcheck.analyse("It was announced Tuesday that the plant would close.")
    assert "agentless-report" in {f.code for f in report.summary.flags}
    markdown = renderer("markdown")(report)
    assert "reported with no source named: **was announced**" in markdown
    questions = claimcheck.analyse(CASES[0][0])
    assert "agentless-report" not in {f.code for f in questions.summary.flags}


def test_eval_matches_a_sourceless_gold_cue_on_the_cue_alone():
    text = CASES[3][0]
    start = text.index("was announced")
    gold = ev.GoldRecord(id="t", dataset="polnear", text=text, paragraphs=[(0, len(text))], attributions=[
        ev.GoldAttribution(source=None, source_span=None, cue="was announced", cue_span=(start, start + 13))])
    predicted = ev.predict(gold, create_engine("rules"))
    assert [p["cue"] for p in predicted.attributions if p["source"] == ""] == ["was announced"]
    assert ev.align(gold.attributions, predicted.attributions, ev.lenient_match) == [(0, 0)]

