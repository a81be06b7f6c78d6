"""Opinion, analysis, columns, reviews and editorials: detected, said, and scored as the author's argument."""

from builders import claim, paragraph
from claimcheck.roster import build_roster
from claimcheck.schema import ArticleMeta
from claimcheck.scoring import detect_genre, score_report


def _paragraphs(*texts):
    return [paragraph(i, t, claims=[claim(t, f"p{i}-c1", t)]) for i, t in enumerate(texts, start=1)]


ARGUMENT = (
    "I think the council got this wrong.",
    "We should ask why the levy was needed at all.",
    "Who, exactly, benefits from a new toll on the harbour?",
    "The levy will cost families 300 dollars a year.",
    "My view is simple: scrap it.",
)
NEWS = (
    "The council approved a harbour levy on Tuesday.",
    "The levy will cost families 300 dollars a year, the treasurer said.",
    "\"We need the money,\" the mayor said.",
)


def test_a_label_in_the_title_or_a_paragraph_sets_the_genre():
    assert detect_genre(ArticleMeta(sha256="0", title="Opinion: Scrap the levy"), [])[0] == "opinion"
    assert detect_genre(ArticleMeta(sha256="0", title="Analysis | What the levy means"), [])[0] == "analysis"
    assert detect_genre(ArticleMeta(sha256="0"), _paragraphs("Editorial", *NEWS))[0] == "editorial"
    assert detect_genre(ArticleMeta(sha256="0", title="Reviewing the levy vote"), _paragraphs(*NEWS))[0] == "news"


def test_a_columnist_byline_makes_a_column():
    genre, basis = detect_genre(ArticleMeta(sha256="0", byline="By Jo Lee, Columnist"), _paragraphs(*NEWS))
    assert genre == "column" and "Columnist" in basis


def test_first_person_argument_outside_quotes_reads_as_opinion_but_quoted_first_person_does_not():
    assert detect_genre(None, _paragraphs(*ARGUMENT))[0] == "opinion"
    quoted = tuple(f'"{t}" the mayor said.' for t in ARGUMENT)
    assert detect_genre(None, _paragraphs(*quoted))[0] == "news"
    assert detect_genre(None, _paragraphs(*NEWS))[0] == "news"
    assert detect_genre(None, _paragraphs("US troops left.", "The US said so.", "US officials agreed."))[0] == "news"


def test_the_authors_assertions_are_argument_not_orphans_and_genre_can_be_overridden():
    ps = _paragraphs(*ARGUMENT)
    summary = score_report(ps, build_roster(ps))
    assert summary.genre == "opinion" and summary.genre_basis
    assert all(c.basis == "author_argument" and not c.orphan for p in ps for c in p.claims)
    assert not any(f.code == "orphan-claims" for f in summary.flags)
    # The figure in the argument is still worth checking.
    assert [e.claim_id for e in summary.check_first] == ["p4-c1"]

    as_news = _paragraphs(*ARGUMENT)
    news_summary = score_report(as_news, build_roster(as_news), genre="news")
    assert news_summary.genre == "news" and news_summary.genre_basis == "set with --genre"
    assert any(c.orphan for p in as_news for c in p.claims)
    assert news_summary.score < summary.score


def test_the_writers_own_hedge_is_named_for_the_genre():
    import claimcheck
    hedged = "The levy could cost families 300 dollars a year."
    opinion = claimcheck.analyse("Opinion: Scrap the levy\n\n" + hedged + "\n\nMy view is simple: scrap it.\n")
    news = claimcheck.analyse("Council approves levy\n\n" + hedged + "\n\nThe council voted on Tuesday.\n")
    for report, writer in ((opinion, "the author"), (news, "the reporter")):
        claim = next(c for p in report.paragraphs for c in p.claims if c.text == hedged)
        assert any(r.endswith(f'{writer} hedges: "could"') for r in claim.reasons)
