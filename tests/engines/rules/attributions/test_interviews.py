"""An interview's turns (claimcheck/article/turns.py): answers are the interviewee's, questions nobody's source."""

import pytest

import claimcheck

INTRO = "The county hired a new fire chief this fall. Maria Hale spoke with us about the budget."


def _qa(question_label: str, answer_label: str) -> str:
    return (f"{INTRO}\n\n{question_label} Why did the board cut the program?\n\n"
            f"{answer_label} We lost $4 million in aid. I told the board so in June.\n\n"
            f"The board had no other choice.\n\n{question_label} What comes next?\n\nThe county will vote in May.\n")


LABELS = [("Q.", "A."), ("Q:", "A:"), ("Question:", "Answer:"), ("**Q:**", "**A:**")]


@pytest.mark.parametrize("question_label, answer_label", LABELS)
def test_an_answer_is_the_interviewees_whole_turn_in_her_own_words(question_label, answer_label):
    report = claimcheck.analyse(_qa(question_label, answer_label))
    paragraphs = {p.index: p for p in report.paragraphs}
    questions = [p for p in report.paragraphs if p.text.startswith(question_label)]
    assert questions and all(not p.attributions for p in questions)  # no source "Q"
    answer = paragraphs[3].attributions[0]
    hale = next(s for s in report.sources if s.name == "Maria Hale")
    assert (answer.source_id, answer.quote) == (hale.id, "direct")
    assert answer.content.startswith("We lost") and answer.content.endswith("in June")
    # every claim of the answer, and of the paragraph that runs on after it, is hers
    for index in (3, 4):
        assert paragraphs[index].claims and all(
            answer.id in c.attribution_ids for c in paragraphs[index].claims), index


def test_the_answers_stop_at_the_next_question():
    report = claimcheck.analyse(_qa("Q.", "A."))
    last = report.paragraphs[-1]
    assert last.text.startswith("The county will vote") and all(not c.attribution_ids for c in last.claims)


def test_the_answers_first_person_makes_no_opinion_piece():
    report = claimcheck.analyse(_qa("Q.", "A.") + "\nQ. Are you worried?\n\nA. I am. I think we must act.\n")
    assert report.summary.genre == "news"


def test_an_answer_from_nobody_named_before_is_unresolved_and_says_so():
    report = claimcheck.analyse("The budget talks went on.\n\nQ: Why now?\n\nA: Because the money ran out.\n")
    answer = report.paragraphs[-1].attributions[0]
    assert (answer.source, answer.source_id, answer.unresolved) == ("A", None, True)
    assert any("check who was interviewed" in r for c in report.paragraphs[-1].claims for r in c.reasons)


@pytest.mark.parametrize("text", [
    "A. Ruiz, the mayor, said the plan would work.",  # an initial, with no question before it
    "Q. Lee and A. Ruiz met on Tuesday to sign the deal.",
])
def test_an_initial_is_no_turn_label(text):
    report = claimcheck.analyse(text)
    assert not any(a.source in {"A", "Q"} for p in report.paragraphs for a in p.attributions)


def test_a_transcript_turn_keeps_its_opening_that():
    report = claimcheck.analyse("RUIZ: That is not what the report says.")
    assert report.paragraphs[0].attributions[0].content == "That is not what the report says"


def test_a_transcript_turn_is_the_speakers_until_the_next_turn():
    report = claimcheck.analyse("Ana Ruiz and Jo Lee debated.\n\n"
                                "RUIZ: We are hiring 12 counselors. We start in May.\n\nLEE: No. RUIZ: Yes, we do.\n")
    first, second = report.paragraphs[1], report.paragraphs[2]
    assert first.attributions[0].content == "We are hiring 12 counselors. We start in May"
    assert [a.content for a in second.attributions] == ["No", "Yes, we do"]


@pytest.mark.parametrize("text, source_type", [
    ("Jo Lee spoke first.\n\nLEE: The budget is short.", "named_person"),  # the text named a Lee
    ("The alliance met.\n\nNATO: The budget is short.", "organization"),  # a short word in capitals: an acronym
])
def test_a_short_turn_label_in_capitals_is_a_person_once_the_text_named_one(text, source_type):
    assert claimcheck.analyse(text).paragraphs[-1].attributions[0].source_type == source_type
