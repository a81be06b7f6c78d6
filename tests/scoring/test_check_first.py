"""The claims to check first: which qualify, in what order, and where they are shown."""

import json

import pytest

from builders import attribution, claim, hedge, one_claim_paragraph, paragraph
from claimcheck.render import renderer
from claimcheck.roster import build_roster
from claimcheck.schema import ArticleMeta, EngineInfo, Report, ToolInfo
from claimcheck.scoring import load_rubric, score_report


def _article():
    """Invented paragraphs, from best sourced to worst."""
    ps = [
        one_claim_paragraph(1, "Mayor Ana Ruiz said the bridge reopens on Monday.", "Mayor Ana Ruiz", "said",
                            "named_person", "the bridge reopens on Monday", quote="direct"),
        one_claim_paragraph(2, "Officials said the contractor could face 2 lawsuits.", "Officials", "said",
                            "anonymous", "the contractor could face 2 lawsuits", anonymous={},
                            hedge_cue="could", hedge_extra={"holder": "source"}),
    ]
    text = "The contractor was paid $4 million in 2019 by Harbor Works."
    orphan = paragraph(3, text, claims=[claim(text, "p3-c1", text)])
    background = paragraph(4, "the bridge is old.", claims=[claim("the bridge is old.", "p4-c1", "the bridge is old.")])
    quoted = '"We will not pay," the statement read on Friday.'
    quote_p = paragraph(5, quoted, claims=[claim(quoted, "p5-c1", '"We will not pay,"')])
    return ps + [orphan, background, quote_p]


def _scored(limit=None, paragraphs=None):
    paragraphs = paragraphs or _article()
    sources = build_roster(paragraphs)
    summary = score_report(paragraphs, sources, check_first_limit=limit)
    return Report(tool=ToolInfo(version="t"), article=ArticleMeta(sha256="b" * 64), engine=EngineInfo(name="rules"),
                  paragraphs=paragraphs, sources=sources, summary=summary)


def test_weakest_most_specific_claims_come_first_and_well_sourced_ones_never():
    report = _scored()
    ids = [e.claim_id for e in report.summary.check_first]
    # The orphan holding a sum, a name and a year; an anonymous source's speculation about a number;
    # a bare quotation nobody is named as saying.
    assert ids == ["p3-c1", "p2-c1", "p5-c1"]
    assert "p1-c1" not in ids and "p4-c1" not in ids  # named and quoted; background
    reasons = [e.reason for e in report.summary.check_first]
    assert "no source" in reasons[0] and "2019" in reasons[0]
    assert "anonymous" in reasons[1] and "quotation" in reasons[2]


def test_order_is_stable_and_limited():
    assert [e.claim_id for e in _scored(2).summary.check_first] == ["p3-c1", "p2-c1"]
    assert _scored(0).summary.check_first == []
    assert _scored().summary.check_first == _scored().summary.check_first
    assert load_rubric().check_first.limit == 5


def test_more_to_check_ranks_higher_among_equally_weak_claims():
    a = "The firm paid 3 million dollars to 4 officials in May and June."
    b = "The firm paid money to officials."
    ps = [paragraph(1, b, claims=[claim(b, "p1-c1", b)]), paragraph(2, a, claims=[claim(a, "p2-c1", a)])]
    for p in ps:
        p.claims[0].specific = True
    assert [e.claim_id for e in _scored(paragraphs=ps).summary.check_first] == ["p2-c1", "p1-c1"]


def test_a_relayed_single_source_qualifies():
    text = "The rebels killed 12 guards, the group said, according to SITE."
    told = attribution(text, "p1-a1", "the group", "said", "organization", via="p1-a2")
    relay = attribution(text, "p1-a2", "SITE", "according to", "anonymous", anonymous={})
    p = paragraph(1, text, [told, relay], [claim(text, "p1-c1", "The rebels killed 12 guards", ["p1-a1", "p1-a2"])])
    report = _scored(paragraphs=[p])
    assert report.summary.check_first and report.summary.check_first[0].claim_id == "p1-c1"


@pytest.mark.parametrize("fmt", ["markdown", "html", "json"])
def test_check_first_is_in_every_format(fmt):
    report = _scored()
    out = renderer(fmt)(report)
    if fmt == "json":
        data = json.loads(out)
        assert [e["claim_id"] for e in data["summary"]["check_first"]] == ["p3-c1", "p2-c1", "p5-c1"]
        assert all(e["reason"] for e in data["summary"]["check_first"])
    elif fmt == "markdown":
        head = out.split("## Flags")[0]
        assert "## Claims to check first" in head and head.index("(p3-c1)") < head.index("(p5-c1)")
    else:
        sidebar = out.split('<aside class="sidebar"')[1]
        assert sidebar.index('id="check-first"') < sidebar.index('id="summary"')
        assert 'href="#claim-p3-c1"' in sidebar
        assert 'id="claim-p3-c1"' in out  # the link lands on the claim in the article


# A name in a reason is the whole name as written, one detail each (docs/scoring.md, "Claims to check first").
@pytest.mark.parametrize("text, names", [
    ("Customers of Harbor Gas and Electric Co. lost power at noon.", ["Harbor Gas and Electric Co."]),
    ("The outage reached San Marco and Port Ellis by noon.", ["San Marco", "Port Ellis"]),
    ("The suit names Ana Ruiz and Lee Park as defendants.", ["Ana Ruiz", "Lee Park"]),
    ("The pier was closed by the Department of Harbors at noon.", ["Department of Harbors"]),
    ("The grant came from the Center for Tide Studies and the Harbor Fund.", ["Center for Tide Studies",
                                                                              "Harbor Fund"]),
    ("The letter went to George W. Ostrander at the harbor. Then Lindqvist spoke.", ["George W. Ostrander",
                                                                                     "Lindqvist"]),
    ("The pier was sold to Ana Ruiz's company in Ohio.", ["Ana Ruiz", "Ohio"]),
    ("In Port Ellis the pier was closed.", ["Port Ellis"]),
])
def test_the_names_of_a_specific_claim_are_whole(text, names):
    from claimcheck.scoring.claims import specific_details

    found = [d for d in specific_details(text) if d[:1].isupper()]
    assert found == names


def test_an_orphans_reason_names_each_name_whole():
    text = "Harbor Gas and Electric Co. cut power to San Marco customers."
    p = paragraph(1, text, claims=[claim(text, "p1-c1", text)])
    p.claims[0].specific = True
    reason = _scored(paragraphs=[p]).summary.check_first[0].reason
    assert "Harbor Gas and Electric Co." in reason and "San Marco" in reason
    assert "Gas, " not in reason and "San, " not in reason


def _check_first_of(text):
    from claimcheck.article import from_text
    from claimcheck.engines.rules import RulesEngine
    from claimcheck.pipeline import analyse_document

    return analyse_document(from_text(text, path="x.txt"), RulesEngine()).summary.check_first


def test_a_reason_resting_on_an_uncertain_link_says_so():
    text = ("Officials said the talks stalled, and analysts said the deal was dead.\n\n"
            "They said the plan could fail within weeks.")
    entry = next(e for e in _check_first_of(text) if e.paragraph == 2)
    assert entry.reason.endswith('("They" joined to Officials by an uncertain link)')


def test_a_reason_resting_on_a_sure_link_adds_nothing():
    text = "Officials said the talks stalled.\n\nThey said the plan could fail within weeks."
    entry = next(e for e in _check_first_of(text) if e.paragraph == 2)
    assert "uncertain" not in entry.reason


@pytest.mark.parametrize("text,quotes_words", [
    ('"We will not pay," the statement read.', True),
    ("“We will respond at the time we choose.", True),  # a quotation running on into the next paragraph
    ('He vowed to "turn the mill into a parking lot."', True),
    ("It was a “working-class” revolt.", False),  # a quoted term
    ("The “Stop the Mill” group met.", False),  # a name
    ("She hosts the podcast “So, That Happened.”", False),  # a title, however many words
    ("The crowd chanted “too many.”", False),
    ("The O'Brien family's 'rock 'n' roll' night", False),  # apostrophes are no quotation marks
])
def test_a_quotation_is_a_clauses_worth_of_quoted_words(text, quotes_words):
    from claimcheck.scoring.claims import has_quotation

    assert has_quotation(text) is quotes_words


def test_a_quoted_term_in_an_orphan_is_checked_as_an_orphan():
    text = "The “Stop the Mill” campaign paid 3 lawyers in 2019."
    report = _scored(paragraphs=[paragraph(1, text, claims=[claim(text, "p1-c1", text)])])
    [entry] = report.summary.check_first
    assert entry.reason.startswith("no source for a specific claim")
