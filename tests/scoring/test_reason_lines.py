"""A claim's reason lines are written once per factor (factors are immutable and shared)."""

from claimcheck import schema


def test_a_reason_line_is_the_factor_s_own():
    """Scoring keeps each factor's line with the factor: the line of an equal factor made anew, or of one made
    after the kept ones were dropped, is still written from that factor."""
    from claimcheck.scoring import claims

    lines = {}
    for n in range(3):
        for points in (0.0, -12.5, 30.0):
            f = schema.ScoreFactor(factor="hedge" if n else "source_type", points=points, reason=f"why {n}")
            lines[(n, points)] = claims.reason_line(f)
            assert claims.reason_line(f) == lines[(n, points)]
    assert lines[(0, -12.5)] == "-12.5 base: why 0" and lines[(1, 30.0)] == "+30 why 1" and lines[(2, 0.0)] == "+0 why 2"
    claims._REASON_LINES.clear()
    assert claims.reason_line(schema.ScoreFactor(factor="hedge", points=-5, reason="r")) == "-5 r"


def test_a_continued_quote_says_so_in_its_reasons_though_it_costs_nothing():
    """Issue 11: the reason line of a sentence whose source is carried over from the quote before it says so."""
    import claimcheck

    report = claimcheck.analyse('"We lost the vote," Ana Ruiz said on Tuesday. "We will try again. We always do."')
    [paragraph] = report.paragraphs
    carried = [c for c in paragraph.claims if c.inherited_attribution]
    assert carried, "the continued quote's sentences carry Ruiz's attribution"
    for claim in carried:
        assert any("continues the quote of Ana Ruiz" in reason for reason in claim.reasons)
        assert next(f.points for f in claim.factors if f.factor == "inherited") == 0
