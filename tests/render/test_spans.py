import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.render.spans import Close, Mark, Open, Text, nest


def replay(text_len: int, tokens) -> dict[int, list[tuple[int, int, int, bool]]]:
    """Check the stream nests, and return each mark's pieces as (start, end, index, last) offsets."""
    stack, pieces, offset = [], {}, 0
    for token in tokens:
        if isinstance(token, Text):
            assert token.text, "empty text token"
            offset += len(token.text)
        elif isinstance(token, Open):
            stack.append((token.piece, offset))
        else:
            assert isinstance(token, Close)
            piece, start = stack.pop()
            assert piece is token.piece, "close does not match the innermost open element"
            pieces.setdefault(id(piece.mark), []).append((start, offset, piece.index, piece.last))
    assert not stack and offset == text_len
    return pieces


def check(text: str, marks: list[Mark]) -> dict[int, list[tuple[int, int, int, bool]]]:
    tokens = nest(text, marks)
    assert "".join(t.text for t in tokens if isinstance(t, Text)) == text
    pieces = replay(len(text), tokens)
    for m in marks:
        got = sorted(pieces[id(m)])
        assert [p[2] for p in sorted(got, key=lambda p: p[2])] == list(range(len(got)))
        assert [p[3] for p in sorted(got, key=lambda p: p[2])] == [False] * (len(got) - 1) + [True]
        # The pieces tile the span exactly: no gap, no overlap, nothing outside.
        assert got[0][0] == m.start and got[-1][1] == m.end
        assert all(a[1] == b[0] for a, b in zip(got, got[1:]))
    return pieces


TEXT = "abcdefghijklmnopqrstuvwxyz"
CASES = {
    "disjoint": [(0, 3), (5, 9)],
    "nested": [(0, 10), (2, 5)],
    "crossing": [(0, 6), (3, 10)],
    "identical spans": [(4, 8), (4, 8)],
    "adjacent": [(0, 4), (4, 8)],
    "same start": [(2, 9), (2, 4)],
    "same end": [(2, 9), (6, 9)],
    "three-way crossing": [(0, 8), (4, 12), (6, 20)],
    "empty span inside another": [(0, 10), (5, 5)],
    "empty span at the end": [(0, 26), (26, 26)],
}


@pytest.mark.parametrize("spans", CASES.values(), ids=CASES.keys())
def test_nest_is_well_formed_and_tiles_every_span(spans):
    check(TEXT, [Mark(s, e, layer) for layer, (s, e) in enumerate(spans)])


def test_a_crossing_splits_only_the_inner_span():
    outer, inner = Mark(0, 6, 0), Mark(3, 10, 1)
    pieces = check(TEXT, [outer, inner])
    assert len(pieces[id(outer)]) == 1
    assert sorted(p[:2] for p in pieces[id(inner)]) == [(3, 6), (6, 10)]


def test_the_longer_of_two_spans_with_one_start_is_outermost():
    short, long = Mark(2, 4, 0), Mark(2, 9, 1)
    tokens = nest(TEXT, [short, long])
    opened = [t.piece.mark for t in tokens if isinstance(t, Open)]
    assert opened[:2] == [long, short]


def test_a_span_outside_the_text_is_refused():
    with pytest.raises(ValueError, match="outside"):
        nest("abc", [Mark(1, 5, 0)])


@st.composite
def text_and_marks(draw):
    text = draw(st.text(alphabet="ab <>&\"'é", min_size=0, max_size=30))
    bound = st.integers(0, len(text))
    pairs = draw(st.lists(st.tuples(bound, bound, st.integers(0, 3)), max_size=8))
    return text, [Mark(min(a, b), max(a, b), layer) for a, b, layer in pairs]


@settings(max_examples=300, deadline=None)
@given(text_and_marks())
def test_any_spans_nest_and_keep_the_text(case):
    text, marks = case
    check(text, marks)
