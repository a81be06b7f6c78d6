"""The lexicon stays one coherent mechanism: no word listed twice, no entry shadowed by another."""

from collections import Counter

import pytest

from claimcheck.engines.rules import lexicon as lx


@pytest.mark.parametrize("name", lx.CUE_GROUPS)
def test_no_cue_lemma_is_listed_twice_in_a_group(name):
    words = lx.CUE_GROUPS[name]
    assert not [w for w, n in Counter(words).items() if n > 1]


def test_no_cue_lemma_sits_in_two_groups():
    seen: dict[str, str] = {}
    clashes = []
    for name, words in lx.CUE_GROUPS.items():
        for word in words:
            if word in seen and seen[word] != name:
                clashes.append((word, seen[word], name))
            seen.setdefault(word, name)
    assert not clashes, f"a lemma in two groups is read by the first only: {clashes}"


@pytest.mark.parametrize("name", lx.CUE_GROUPS)
def test_every_listed_lemma_is_read_as_its_group(name):
    """A lemma whose forms another group's entries shadow would never act as listed."""
    family, bare = lx.CUE_GROUP_READING[name]
    shadowed = []
    for lemma in lx.CUE_GROUPS[name]:
        for form in lx.inflections(lemma):
            entry = lx.SINGLE_CUES.get(form)
            if entry is None:
                continue  # dropped on purpose (a noun or an ambiguous form)
            if entry.lemma != lemma or entry.family != family:
                shadowed.append((form, entry.lemma, entry.family))
    assert not shadowed


def test_verbs_once_listed_twice_read_as_their_one_group():
    for word in ("announced", "declared", "predicted", "suggested", "indicated", "revealed"):
        assert (lx.SINGLE_CUES[word].family, lx.SINGLE_CUES[word].bare) == ("speech", True)
    for word in ("concluded", "begged", "pleaded"):
        assert (lx.SINGLE_CUES[word].family, lx.SINGLE_CUES[word].bare) == ("speech", False)


# --- the reason for anonymity: every pattern holds a clue word, so a sentence without one is passed over ---

import re  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_CLUE = re.compile("|".join(lx.REASON_CLUES), re.IGNORECASE)


@pytest.mark.parametrize("pattern", lx.REASON_PATTERNS)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_every_reason_pattern_holds_a_clue_word(pattern, data):
    # whatever a pattern matches (in any case) holds a clue word, as the same case-blind search reads it
    text = data.draw(st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=True))
    assert _CLUE.search(text)


REASON_PIECES = ["The official", "who spoke on condition of anonymity", "to discuss internal deliberations",
                 "because he was not authorized to speak", "asked not to be named because", "for fear of reprisal",
                 "said", ",", ".", "NOT", "Anonymity", "requested anonymity to", "insisted", "the plan", "on"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(REASON_PIECES), max_size=12).map(" ".join), st.integers(0, 20), st.integers(0, 200))
def test_the_reason_search_reads_as_the_patterns_alone(sentence, start, end):
    from claimcheck.engines.rules import phrases

    def span(match):
        return match.span() if match else None

    assert span(phrases._reason_in.__wrapped__(sentence, start, end)) == span(phrases._REASON.search(sentence, start, end))
