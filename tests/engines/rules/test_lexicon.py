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
