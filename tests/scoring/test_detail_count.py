"""The claims to check first count a claim's details only as far as its bonus can grow: the same priority as the
plain count gives."""

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.scoring.check_first import _detail_counter
from claimcheck.scoring.claims import specific_detail_count, specific_detail_count_at_most

WORDS = ["the", "Ana", "Ruiz", "said", "in", "March", "May", "40", "1.5", "3,000", "ordered", "paid", "percent",
         "Monday", "million", "and", "Park", "Tuesday", "because", "e", "É", "x", "5."]
GAPS = [" ", ", ", ". ", "; ", ": ", " (", ") ", "\n", "’s ", "-", ""]
TEXTS = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), max_size=14).map(
    lambda pairs: "".join(word + gap for word, gap in pairs))


@settings(max_examples=800, deadline=None)
@given(TEXTS, st.integers(-1, 7))
def test_the_count_at_most_is_the_count_capped(text, at_most):
    assert specific_detail_count_at_most(text, at_most) == min(specific_detail_count(text), at_most)


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.sampled_from([5, 0.1, 3, 7.5, 0, -2]), st.sampled_from([20, 0.3, 0, 21, 1e9, -5, float("inf")]))
def test_a_claims_detail_bonus_is_the_plain_counts(text, per_detail, max_bonus):
    plain = min(specific_detail_count(text) * per_detail, max_bonus)
    assert min(_detail_counter(per_detail, max_bonus)(text) * per_detail, max_bonus) == plain
