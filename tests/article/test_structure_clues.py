"""Structure patterns carry clues (a literal a matching line must hold) so that the whole-line scans run only
where they can match: the clues must never change a line's kind."""

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.article import layout

PIECES = ["Photo", "(", ")", "photos", "image", "AP Photo", "Getty Images", "AFP via Getty Images", "Reuters/Jo",
          "contributed ", "reporting", "research", "to this story", "Follow", " on ", "Twitter", "@ann", "Read more",
          ":", "Video", "|", "The ", "talks", " resumed.", "Ann Lee ", "contributed", "  ", "x" * 150, "'", "—", "Advertisement", " here.", " below", "Read ", "you ", "comments", "Email us at a@b.co",
          "This story will be updated.", "hide caption", " | March 4, 2021", "Ann Lee/AP", "REUTERS/Ann"]


def kind_without_clues(line: str):
    """structure_kind as it reads with every pattern tried on every line."""
    for kind, pattern, _clues in layout._FURNITURE:
        if pattern.fullmatch(line):
            return kind
    if layout.is_control(line):
        return "prompt"
    if layout._heading_shaped(line):
        return "teaser" if ":" in line or layout._SENTENCE_INSIDE.search(line) else "heading"
    return None


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=10).map("".join))
def test_clues_never_change_a_lines_kind(line):
    assert layout.structure_kind(line) == kind_without_clues(line)


def test_each_clue_is_in_what_its_pattern_matches():
    examples = {"contributed ": "Ann Lee contributed reporting from Baghdad.",
                "(": "Soldiers at the base. (AP Photo/Jo Lee)", "Getty Images": "The base. Getty Images"}
    for clue, line in examples.items():
        assert clue in line and layout.structure_kind(line) in ("credit", "caption")
