import pytest

from builders import attribution, claim, one_claim_paragraph, paragraph
from claimcheck.errors import UsageError
from claimcheck.scoring import is_specific, load_rubric, score_report
from claimcheck.roster import build_roster

CONTENT = "the base was hit by 12 rockets on Tuesday"


def _score(p):
    summary = score_report([p], build_roster([p]))
    return p.claims[0], summary


# Each row: a stronger way of sourcing the same claim, then a weaker one.
STRONGER_WEAKER = [
    ("named on record beats 'officials said'",
     dict(source="Jane Doe", cue="said", source_type="named_person"),
     dict(source="officials", cue="said", source_type="anonymous", anonymous={})),
    ("direct quote beats paraphrase",
     dict(source="Jane Doe", cue="said", source_type="named_person", quote="direct"),
     dict(source="Jane Doe", cue="said", source_type="named_person", quote="indirect")),
    ("anonymous with a stated basis beats anonymous without",
     dict(source="US officials with direct knowledge", cue="said", source_type="anonymous",
          anonymous={"affiliation": "US", "basis": "with direct knowledge"}),
     dict(source="US officials", cue="said", source_type="anonymous", anonymous={"affiliation": "US"})),
    ("reason for anonymity given beats none",
     dict(source="US officials", cue="said", source_type="anonymous",
          anonymous={"affiliation": "US", "reason_given": True}),
     dict(source="US officials", cue="said", source_type="anonymous", anonymous={"affiliation": "US"})),
    ("specific anonymous descriptor beats a vague one",
     dict(source="US officials", cue="said", source_type="anonymous", anonymous={"affiliation": "US"}),
     dict(source="sources", cue="said", source_type="anonymous", anonymous={})),
    ("identified document beats 'documents show'",
     dict(source="the memo", cue="said", source_type="document"),
     dict(source="documents", cue="show", source_type="document")),
]


@pytest.mark.parametrize("label, strong, weak", STRONGER_WEAKER, ids=[r[0] for r in STRONGER_WEAKER])
def test_rubric_direction(label, strong, weak):
    scores = []
    for spec in (strong, weak):
        sentence = f"{spec['source']} {spec['cue']} {CONTENT}."
        p = one_claim_paragraph(1, sentence, spec["source"], spec["cue"], spec["source_type"], CONTENT,
                                quote=spec.get("quote", "indirect"), anonymous=spec.get("anonymous"))
        scores.append(_score(p)[0].score)
    assert scores[0] > scores[1], label


@pytest.mark.parametrize(
    "hedge_extra, holder_label",
    [({"holder": "source"}, "source"), ({"holder": "reporter"}, "reporter"), ({"agentless": True}, "agentless")],
)
def test_hedges_lower_the_score_and_agentless_most(hedge_extra, holder_label):
    sentence = f"Jane Doe said {CONTENT} could happen."
    content = f"{CONTENT} could happen"
    plain = one_claim_paragraph(1, sentence, "Jane Doe", "said", "named_person", content)
    hedged = one_claim_paragraph(1, sentence, "Jane Doe", "said", "named_person", content,
                                 hedge_cue="could", hedge_extra=hedge_extra)
    plain_claim, hedged_claim = _score(plain)[0], _score(hedged)[0]
    assert hedged_claim.score < plain_claim.score
    assert any("hedge" in r for r in hedged_claim.reasons)


def test_a_charge_costs_nothing_and_the_why_line_says_what_it_is():
    sentence = f"Jane Doe said {CONTENT} allegedly."
    content = f"{CONTENT} allegedly"
    plain = one_claim_paragraph(1, sentence, "Jane Doe", "said", "named_person", content)
    charged = one_claim_paragraph(1, sentence, "Jane Doe", "said", "named_person", content,
                                  hedge_cue="allegedly", hedge_extra={"agentless": True, "charge": True})
    agentless = one_claim_paragraph(1, sentence, "Jane Doe", "said", "named_person", content,
                                    hedge_cue="allegedly", hedge_extra={"agentless": True})
    (charged_claim, summary), (agentless_claim, agentless_summary) = _score(charged), _score(agentless)
    assert charged_claim.score == _score(plain)[0].score > agentless_claim.score
    assert any("charge not yet proven" in r for r in charged_claim.reasons)
    assert "agentless-hedge" not in {f.code for f in summary.flags}
    assert "agentless-hedge" in {f.code for f in agentless_summary.flags}
    assert (summary.hedges, summary.agentless_hedges, summary.charge_hedges) == (1, 1, 1)
    assert (agentless_summary.agentless_hedges, agentless_summary.charge_hedges) == (1, 0)


def test_agentless_hedge_costs_more_than_a_source_hedge():
    sentence = f"Jane Doe said {CONTENT} could happen."
    content = f"{CONTENT} could happen"
    by_source = one_claim_paragraph(1, sentence, "Jane Doe", "said", "named_person", content,
                                    hedge_cue="could", hedge_extra={"holder": "source"})
    agentless = one_claim_paragraph(1, sentence, "Jane Doe", "said", "named_person", content,
                                    hedge_cue="could", hedge_extra={"agentless": True})
    assert _score(agentless)[0].score < _score(by_source)[0].score


@pytest.mark.parametrize("holder, hides", [("reporter", True), ("source", False)])
def test_an_agentless_hedge_hides_its_holder_only_in_the_reporters_voice(holder, hides):
    sentence = f"Jane Doe said {CONTENT} is expected to happen."
    content = f"{CONTENT} is expected to happen"
    agentless = one_claim_paragraph(1, sentence, "Jane Doe", "said", "named_person", content,
                                    hedge_cue="is expected to", hedge_extra={"agentless": True, "holder": holder})
    by_source = one_claim_paragraph(1, sentence, "Jane Doe", "said", "named_person", content,
                                    hedge_cue="is expected to", hedge_extra={"holder": "source"})
    (claim_, summary), (source_claim, _) = _score(agentless), _score(by_source)
    assert ("agentless-hedge" in {f.code for f in summary.flags}) is hides
    assert (claim_.score < source_claim.score) is hides
    assert any(("nobody is named" in r) is hides for r in claim_.reasons if "hedge" in r)
    assert summary.agentless_hedges == 1


def test_independent_sources_corroborate():
    text = f"Jane Doe said {CONTENT}, and the ministry said so too."
    a1 = attribution(text, "p1-a1", "Jane Doe", "said", "named_person")
    a2 = attribution(text, "p1-a2", "the ministry", "said so", "organization")
    one = paragraph(1, text, [a1.model_copy()], [claim(text, "p1-c1", CONTENT, ["p1-a1"])])
    two = paragraph(1, text, [a1, a2], [claim(text, "p1-c1", CONTENT, ["p1-a1", "p1-a2"])])
    assert _score(two)[0].score > _score(one)[0].score
    assert any("2 independent sources" in r for r in _score(two)[0].reasons)


def test_a_relayed_chain_is_one_source_never_corroboration():
    text = f"Jane Doe said the ministry told her {CONTENT}."
    teller = attribution(text, "p1-a1", "Jane Doe", "said", "named_person", relays="p1-a2")
    relayed = attribution(text, "p1-a2", "the ministry", "told", "organization", via="p1-a1")
    chain = paragraph(1, text, [teller, relayed], [claim(text, "p1-c1", CONTENT, ["p1-a1", "p1-a2"])])
    scored, _ = _score(chain)
    assert not any("independent sources" in r for r in scored.reasons)
    assert any("relayed" in r for r in scored.reasons)  # weighed by its weakest link


NESTED = "Officials said the strike came hours after Jane Doe announced 12 rockets had hit the base"


@pytest.mark.parametrize("outer, outer_type, inner, inner_type", [
    ("Officials", "anonymous", "Jane Doe", "named_person"),
    ("The ministry", "organization", "Jane Doe", "named_person"),
])
def test_a_source_inside_another_sources_words_neither_corroborates_nor_stands_as_the_source(
        outer, outer_type, inner, inner_type):
    text = NESTED.replace("Officials", outer) + "."
    content = text[text.index("the strike"):-1]
    a1 = attribution(text, "p1-a1", outer, "said", outer_type, content,
                     anonymous={} if outer_type == "anonymous" else None)
    a2 = attribution(text, "p1-a2", inner, "announced", inner_type, "12 rockets had hit the base")
    p = paragraph(1, text, [a1, a2], [claim(text, "p1-c1", text[:-1], ["p1-a1", "p1-a2"])])
    scored, summary = _score(p)
    alone, _ = _score(paragraph(1, text, [a1.model_copy()], [claim(text, "p1-c1", text[:-1], ["p1-a1"])]))
    assert not any("independent sources" in r for r in scored.reasons)
    assert scored.score == alone.score, f"what {inner} announced is part of what {outer} said"
    base = next(f for f in scored.factors if f.factor == "source_type")
    assert f"({outer})" in base.reason and inner not in base.reason
    assert summary.anonymous_only_claims == (1 if outer_type == "anonymous" else 0)


# (sentence, first source, its cue, its content, second source, its cue, its content, corroborates)
SIDE_BY_SIDE = [
    ("The mayor, and separately the fire chief, said 40 homes burned.",
     "The mayor", "said", "40 homes burned", "the fire chief", "said", "40 homes burned", True),
    ("The mayor said 40 homes burned, while the fire chief said the count was still rising.",
     "The mayor", "said", "40 homes burned", "the fire chief", "said the", "the count was still rising", False),
    ("One agency counts 2,400 cases, another counts 1,800 cases.",
     "One agency", "counts", "2,400 cases", "another", "counts 1", "1,800 cases", False),
]


@pytest.mark.parametrize("text, s1, c1, x1, s2, c2, x2, corroborates", SIDE_BY_SIDE,
                         ids=[r[0][:40] for r in SIDE_BY_SIDE])
def test_two_sources_in_a_sentence_corroborate_only_when_they_say_the_same(text, s1, c1, x1, s2, c2, x2,
                                                                          corroborates):
    a1 = attribution(text, "p1-a1", s1, c1, "named_person", x1)
    a2 = attribution(text, "p1-a2", s2, c2, "named_person", x2)
    # The second cue is found after the first ("said the", "counts 1"), then trimmed to its verb.
    verb = c2.split()[0]
    a2 = a2.model_copy(update={"cue": verb, "cue_span": (a2.cue_span[0], a2.cue_span[0] + len(verb))})
    p = paragraph(1, text, [a1, a2], [claim(text, "p1-c1", text[:-1], ["p1-a1", "p1-a2"])])
    scored, _ = _score(p)
    assert any("2 independent sources" in r for r in scored.reasons) is corroborates


def test_sources_side_by_side_still_corroborate_when_one_has_no_content():
    text = f"Jane Doe said {CONTENT}, and the ministry agreed."
    a1 = attribution(text, "p1-a1", "Jane Doe", "said", "named_person", CONTENT)
    a2 = attribution(text, "p1-a2", "the ministry", "agreed", "organization")
    two = paragraph(1, text, [a1, a2], [claim(text, "p1-c1", CONTENT, ["p1-a1", "p1-a2"])])
    assert any("2 independent sources" in r for r in _score(two)[0].reasons)


def test_orphan_specific_claim_is_unsourced_and_worse_than_background():
    specific = paragraph(1, "The Pentagon ordered 3,000 troops home on March 5.")
    specific.claims.append(claim(specific.text, "p1-c1", specific.text))
    background = paragraph(1, "the war began long ago.")
    background.claims.append(claim(background.text, "p1-c1", background.text))
    s_claim, summary = _score(specific)
    b_claim, _ = _score(background)
    assert s_claim.rating == b_claim.rating == "unsourced"
    assert s_claim.score < b_claim.score
    assert "orphan-claims" in [f.code for f in summary.flags]


def test_declined_to_comment_is_not_a_source_for_the_claim():
    text = "The ministry declined to comment on whether 40 people died."
    a = attribution(text, "p1-a1", "The ministry", "declined to comment", "organization", no_comment=True)
    p = paragraph(1, text, [a], [claim(text, "p1-c1", "40 people died", ["p1-a1"])])
    c, summary = _score(p)
    assert c.rating == "unsourced"
    assert summary.no_comment == 1
    assert "declined-to-comment" in [f.code for f in summary.flags]


def test_every_factor_has_a_reason_and_the_score_is_their_sum():
    sentence = f"US officials said {CONTENT}."
    p = one_claim_paragraph(1, sentence, "US officials", "said", "anonymous", CONTENT, anonymous={"affiliation": "US"})
    c, _ = _score(p)
    assert all(f.reason for f in c.factors) and len(c.factors) >= 3
    assert c.score == pytest.approx(max(0, min(100, sum(f.points for f in c.factors))))


def test_why_lists_only_the_factors_that_moved_the_score():
    sentence = f"US officials said {CONTENT}."
    p = one_claim_paragraph(1, sentence, "US officials", "said", "anonymous", CONTENT, anonymous={"affiliation": "US"})
    c, _ = _score(p)
    zero = [f for f in c.factors if f.points == 0]
    assert {f.factor for f in zero} >= {"quote", "corroboration"}  # paraphrase, single source: kept in JSON
    assert not any(f.reason in r for f in zero for r in c.reasons)
    moved = [f for f in c.factors if f.points != 0]
    assert len(c.reasons) == len(moved)
    assert c.reasons[0].startswith("38 base:") and not any(r.startswith(("+0", "-0")) for r in c.reasons)


def test_article_flags_anonymous_majority_and_missing_basis():
    paragraphs = []
    for i in range(1, 4):
        sentence = f"Officials said {CONTENT} number {i}."
        content = f"{CONTENT} number {i}"
        paragraphs.append(one_claim_paragraph(i, sentence, "Officials", "said", "anonymous", content, anonymous={}))
    summary = score_report(paragraphs, build_roster(paragraphs))
    codes = {f.code for f in summary.flags}
    assert {"anonymous-majority", "anonymous-no-basis", "anonymous-vague", "anonymous-no-reason"} <= codes
    assert summary.anonymous_only_claims == 3
    assert summary.anonymous_only_share == 1.0
    assert summary.anonymous_sources == 1  # one vague group, mentioned three times


def test_rubric_file_overrides_only_its_keys(tmp_path):
    custom = tmp_path / "rubric.toml"
    custom.write_text("[base]\nanonymous = 5\n")
    rubric = load_rubric(custom)
    assert rubric.base.anonymous == 5
    assert rubric.base.named_person == load_rubric().base.named_person
    sentence = f"US officials said {CONTENT}."
    p = one_claim_paragraph(1, sentence, "US officials", "said", "anonymous", CONTENT, anonymous={"affiliation": "US"})
    default_score = _score(p)[0].score
    p2 = one_claim_paragraph(1, sentence, "US officials", "said", "anonymous", CONTENT, anonymous={"affiliation": "US"})
    score_report([p2], build_roster([p2]), rubric)
    assert p2.claims[0].score < default_score


@pytest.mark.parametrize(
    "content, message",
    [("[base]\nanonymous = 'lots'\n", "base.anonymous"), ("[base\n", "not valid TOML"), ("[nonsense]\nx = 1\n", "nonsense")],
)
def test_bad_rubric_is_a_usage_error(tmp_path, content, message):
    path = tmp_path / "r.toml"
    path.write_text(content)
    with pytest.raises(UsageError, match=message):
        load_rubric(path)


def test_missing_rubric_file_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="--rubric"):
        load_rubric(tmp_path / "absent.toml")


@pytest.mark.parametrize(
    "text, specific",
    [
        ("The Pentagon ordered an escalation.", True),
        ("More than 5,000 soldiers are stationed there.", True),
        ("the meeting took place on Tuesday.", True),
        ("the situation remains tense.", False),
        ("it is a long war.", False),
    ],
)
def test_is_specific(text, specific):
    assert is_specific(text) is specific


def test_claims_share_one_instance_of_a_repeated_score_line():
    from claimcheck.scoring.claims import _factor

    assert _factor("corroboration", 0, "rests on a single source") is _factor("corroboration", 0.0,
                                                                           "rests on a single source")
    assert _factor("corroboration", 0, "rests on a single source").points == 0.0
