"""Repair never changes legitimate text (issue 15): joiners inside emoji
sequences and joining scripts, combining marks and bidi text in right-to-left
scripts survive, and, as a property, repair is idempotent and removes no
character of a class it does not name."""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.article import from_bytes
from claimcheck.article.repair import repair

KEPT = [
    ("zwj-emoji", "The coder 👩\u200d💻 said so."),
    ("zwj-family", "A family 👨\u200d👩\u200d👧 waited."),
    ("zwj-rainbow-flag", "The flag 🏳\ufe0f\u200d🌈 flew."),
    ("skin-tone", "She gave a 👍🏽 sign."),
    ("tag-flag", "The flag 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f flew."),
    ("persian-zwnj", "او گفت می\u200cخواهم بروم."),
    ("devanagari-zwj", "शब्द क्\u200dष यहाँ"),
    ("hebrew-rlm", "הוא אמר שלום\u200f, and left."),
    ("arabic-isolates", "قال \u2067محمد\u2069 إن الجسر سيفتح."),
    ("combining-composed", "Zoë and José said so."),
]
REMOVED = [
    ("zwsp-in-name", "Ba\u200brack Obama said so.", "Barack Obama said so."),
    ("zwj-in-latin-name", "Ba\u200drack Obama said so.", "Barack Obama said so."),
    ("rlo-in-english", "The file \u202eevil.txt was sent.", "The file evil.txt was sent."),
    ("soft-hyphen", "The gov\u00adernor said so.", "The governor said so."),
]


@pytest.mark.parametrize("name, text", KEPT, ids=[k[0] for k in KEPT])
def test_legitimate_invisible_characters_and_marks_survive(name, text):
    repaired, repairs = repair(text)
    assert repaired == text, [r.kind for r in repairs]


def test_decomposed_accents_are_composed_not_dropped():
    repaired, repairs = repair("Jose\u0301 said so.")
    assert repaired == "José said so." and "unicode-normalisation" in {r.kind for r in repairs}


@pytest.mark.parametrize("name, text, expected", REMOVED, ids=[r[0] for r in REMOVED])
def test_stray_invisible_characters_are_removed_and_logged(name, text, expected):
    repaired, repairs = repair(text)
    assert repaired == expected
    assert "zero-width" in {r.kind for r in repairs}


def test_a_file_mixing_utf8_and_cp1252_is_decoded_line_by_line_with_a_note():
    raw = ("Café opens\n\n".encode("utf-8") + "The mayor said “it will open” in May.\n\n".encode("cp1252")
           + "Résumé attached.\n".encode("utf-8"))
    document = from_bytes(raw, path="mixed.txt")
    text = document.text
    assert "Café" in (document.meta.title or "") + text and "“it will open”" in text and "Résumé" in text
    assert any("mixed encodings" in w and "line 3" in w for w in document.meta.warnings)


# ------------------------------------------------------------------ property

# Everything repair names as removable: the zero-width and bidi characters it strips when stray,
# and spaces (runs collapsed, spaces before punctuation closed up).
NAMED = set("\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"
            "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069 \u00a0\u2009\u3000\n")
ALPHABET = list(
    "abcdeKLMN019 .,!?'\"-()\n"
    "👩💻👍❤🌈\U0001f3fd\ufe0f\u200d\u200c\u200b\u200e\u200f\u2067\u2069\u202e\u00ad\u00a0\u2009"
    "\u0301\u0308\u05e9\u05dc\u05d5\u0645\u06cc\u062e\u0915\u094d\u0937\u4e2d\u6587"
)


def _nfd(text: str) -> Counter:
    return Counter(unicodedata.normalize("NFD", text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_repair_is_idempotent_and_removes_only_what_it_names(text):
    once, _ = repair(text)
    twice, _ = repair(once)
    assert twice == once
    before, after = _nfd(text), _nfd(once)
    lost = {c for c in before if after[c] < before[c]}
    assert lost <= NAMED, {f"U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in lost - NAMED}


def test_a_joiner_removed_between_combining_marks_leaves_them_in_canonical_order():
    # the stray ZWNJ is removed, which puts the acute and the second virama side by side
    once, repairs = repair("\u094d\u0301\u200c\u094d")
    assert unicodedata.is_normalized("NFC", once)
    assert repair(once)[0] == once
    assert {r.kind for r in repairs} >= {"zero-width"}
