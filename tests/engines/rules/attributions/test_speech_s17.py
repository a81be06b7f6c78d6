"""Speech cues read in session 17 (rules 1.123-), from PolNeAR train's missed finite speech cues whose source was not
found or was wrong: long subjects before the verb, a party tag inside the name. Short invented paragraphs."""

import pytest

from ..conftest import only


@pytest.mark.parametrize("text,source", [
    # an apposition holding a relative clause may run longer than a plain one
    ("Rich Lee, a top state party operative who played a major role in Ana Ruiz’s big win in the state in 2008 and is "
     "now running the early-vote efforts of the campaign in the state, said the program is critical.",
     "Rich Lee, a top state party operative who played a major role in Ana Ruiz’s big win in the state in 2008 and is "
     "now running the early-vote efforts of the campaign in the state"),
])
def test_a_long_apposition_with_a_relative_clause(analyse, text, source):
    assert only(analyse(text).attributions, cue="said").source == source


@pytest.mark.parametrize("text,cue,source", [
    # a name with its party tag, set off by commas after an opening phrase, is the subject, not an aside on the
    # place before it
    ("In Dayton, OH, after winning the state, Gov. Al Ford (R-OH), said, “I am ready.”", "said", "Gov. Al Ford (R-OH)"),
    ("Speaking in Dayton, after winning Ohio, Gov. Al Ford (R-OH), said, “I am ready.”", "said",
     "Gov. Al Ford (R-OH)"),
    ("In Albany, NY, on Friday, Rep. Ana Lee (D-N.Y.), said the bill would pass.", "said", "Rep. Ana Lee (D-N.Y.)"),
    # the name with its tag before an apposition whose closing comma is left out
    ("On Friday, Sen. Ana Lee (D-NY), a supporter of the bid told host Ben Park she believed it.", "told",
     "Sen. Ana Lee (D-NY), a supporter of the bid"),
])
def test_a_name_with_its_party_tag(analyse, text, cue, source):
    assert only(analyse(text).attributions, cue=cue).source == source
