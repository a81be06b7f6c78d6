"""A source and cue set off by commas in the middle of a sentence ("The car was stolen, police said, after an
alarm went off"): after a complete clause, the cue reports that clause, and what follows the second comma is more
of the sentence; after a fronted phrase, or inside one clause split by the cue, the content is what follows
(rules 1.64 on). Short invented sentences."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,content", [
    ("The phone belonged to the man, Lee Park said, adding that officers searched the woods.",
     "The phone belonged to the man"),
    ("The car was stolen, police said Monday, after an alarm went off.", "The car was stolen"),
    ("The talks will resume next week, Ana Ruiz said, and both sides want a deal.", "The talks will resume next week"),
    ("Officers were searching for a man in a red coat, the chief said, an occupant of a stolen van.",
     "Officers were searching for a man in a red coat"),
    ("The mill closed in 1999, Ruiz recalled, leaving hundreds without work.", "The mill closed in 1999"),
])
def test_a_set_off_cue_after_a_clause_reports_that_clause(analyse, text, content):
    cue = next(word for word in ("said", "recalled") if f" {word}" in text)
    assert only(analyse(text).attributions, cue=cue).content == content


@pytest.mark.parametrize("text,content", [
    # a fronted phrase or subordinate clause is no report of its own
    ("In 2008, Lee Park said, the foundation made a gift.", "the foundation made a gift"),
    ("As the vote nears, Ruiz says, the number of undecided voters shrinks.",
     "the number of undecided voters shrinks"),
    ("Asked about the fire, the chief said, the crew had done its job.", "the crew had done its job"),
    # one clause split by the cue goes on after it
    ("The outlets have stood in the way, she said, by creating a bubble.", "by creating a bubble"),
    # a subject alone before the source
    ("The average weekly benefit, it says, would be $300.", "would be $300"),
])
def test_a_set_off_cue_after_a_phrase_reports_what_follows(analyse, text, content):
    assert only(analyse(text).attributions, cue=next(w for w in ("said", "says") if f" {w}" in text)).content == content
