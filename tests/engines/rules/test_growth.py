"""The work of one paragraph grows with its length, not with the square of it.

A single huge paragraph (a wall of text without line breaks, within the default
input limit) must not stall the engine, so these tests count steps instead of
timing them: doubling the sentences of a paragraph must roughly double the count.
"""

import sys
from pathlib import Path

import pytest

from claimcheck.engines.rules import analyse_paragraph
from claimcheck.engines.rules import claims as claims_module

RULES_DIR = str(Path(claims_module.__file__).parent)

# Each shape exercises a different lookup: contents cut at the next attribution,
# hedges inside quotes and cues, participles that borrow a subject, quotations
# found around a cue, signed quotes, transcript turns and semicolon clauses.
SENTENCE_SHAPES = [
    "The mayor said the bridge would reopen in May. ",
    '"We may open it soon," the mayor said, adding that it was probably safe. ',
    "The bridge will reopen, according to the council, which said repairs could end early. ",
    '"Open it now" ― Jane Doe. MAYOR: It is open; we think so. ',
]
# Linear work doubles exactly; a quadratic term at these sizes would push it past 3.
MAX_GROWTH = 2.3


def _paragraph(shape: str, sentences: int) -> str:
    return (shape * sentences).strip()


def _overlap_checks(monkeypatch, text: str) -> int:
    calls = 0
    real = claims_module._overlap

    def counting(a, b):
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(claims_module, "_overlap", counting)
    analyse_paragraph(text, 1, [])
    monkeypatch.setattr(claims_module, "_overlap", real)
    return calls


def _lines_run_in_the_engine(text: str) -> int:
    lines = 0

    def local(frame, event, arg):
        nonlocal lines
        if event == "line":
            lines += 1
        return local

    def on_call(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(RULES_DIR) else None

    sys.settrace(on_call)
    try:
        analyse_paragraph(text, 1, [])
    finally:
        sys.settrace(None)
    return lines


@pytest.mark.parametrize("shape", SENTENCE_SHAPES)
def test_doubling_the_sentences_doubles_the_overlap_checks_of_claims(monkeypatch, shape):
    small = _overlap_checks(monkeypatch, _paragraph(shape, 200))
    large = _overlap_checks(monkeypatch, _paragraph(shape, 400))
    assert small > 0
    assert large <= MAX_GROWTH * small, (small, large)


@pytest.mark.parametrize("shape", SENTENCE_SHAPES)
def test_doubling_the_sentences_doubles_the_engine_steps(shape):
    small = _lines_run_in_the_engine(_paragraph(shape, 150))
    large = _lines_run_in_the_engine(_paragraph(shape, 300))
    assert small > 0
    assert large <= MAX_GROWTH * small, (small, large)
