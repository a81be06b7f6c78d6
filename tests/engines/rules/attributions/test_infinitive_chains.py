"""Verbs in an infinitive or a modal's chain are no reports of their own (rules 1.65 on), and a passive report
with an expletive "it" names its holder: short invented sentences."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,cues", [
    # "to" before a verb is an infinitive, not a setting after a post-posed cue ("said to reporters")
    ("The phone was his, Lee Park said, as police continue to try and confirm his identity.", ["said"]),
    ("Crews were still working, the chief said, as officers continue to search the woods.", ["said"]),
    # the second verb of an infinitive or of a modal's verb group shares that chain, not the subject's report
    ("Kasich says he would sit the envoy down and tell him to stop.", ["says"]),
    # a plain coordination still shares its subject
    ("Residents also have complained of poor service and say the cuts were unfair.", ["have complained", "say"]),
    ("Officials said the plan works and insisted it is safe.", ["said", "insisted"]),
])
def test_only_real_reports_are_cues(analyse, text, cues):
    found = [a.cue for a in analyse(text).attributions]
    assert [c for c in found if not any(c.endswith(cue) for cue in cues)] == []
    assert all(any(c.endswith(cue) for c in found) for cue in cues)


@pytest.mark.parametrize("text", [
    '"We won," Ruiz said to reporters.',
    '"It was rigged," he said to the board.',
])
def test_a_setting_after_to_still_follows_a_post_posed_cue(analyse, text):
    attribution = only(analyse(text).attributions)
    assert attribution.content.startswith('"') and attribution.quote == "direct"


@pytest.mark.parametrize("text,source,content", [
    ("It was reported by the Dover Ledger that the mayor resigned.", "the Dover Ledger", "the mayor resigned"),
    ("But it has been said by aides that the plan failed.", "aides", "the plan failed"),
])
def test_an_expletive_passive_reports_its_that_clause_and_hedges_nothing(analyse, text, source, content):
    paragraph = analyse(text)
    attribution = only(paragraph.attributions)
    assert (attribution.source, attribution.content) == (source, content)
    assert paragraph.hedges == []


def test_an_expletive_passive_without_its_holder_is_still_an_agentless_hedge(analyse):
    paragraph = analyse("It was reported that the mayor resigned.")
    assert paragraph.attributions == [] and [h.cue for h in paragraph.hedges] == ["It was reported"]
