import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.article.repair import RepairLog, broken_sentence_breaks, normalise_line_breaks, repair

ZERO_WIDTH = "\u200b\u200c\u200d\ufeff\u00ad\u2060"

# (kind, damaged, repaired)
REPAIRS = [
    ("spaced-entity", "Robert C. O & # 39; Brien, the adviser, spoke.", "Robert C. O'Brien, the adviser, spoke."),
    ("spaced-entity", "The militia & # 39; s depots burned.", "The militia's depots burned."),
    ("spaced-entity", "AT & amp ; T said so.", "AT & T said so."),
    ("spaced-entity", "He called it & quot ;unfair& quot ; on Monday.", 'He called it "unfair" on Monday.'),
    ("spaced-entity", "He said & # x27;no& # x27; twice.", "He said 'no' twice."),
    ("broken-entity", 'The threat remains "very high,quot;, he said.', 'The threat remains "very high,", he said.'),
    ("broken-entity", "Tensions have not subsided,quot; since then.", 'Tensions have not subsided," since then.'),
    ("broken-entity", "Bonds amp; stocks fell.", "Bonds & stocks fell."),
    ("html-entity", "Smith &amp; Wesson&#39;s chief said &quot;no&quot;.", "Smith & Wesson's chief said \"no\"."),
    ("html-entity", "It&rsquo;s over, he said.", "It’s over, he said."),
    ("html-entity", "Tom &amp;quot;Tiny&amp;quot; Jones won.", 'Tom "Tiny" Jones won.'),
    ("zero-width", "Ana\u200bMaria Lopez spoke.", "AnaMaria Lopez spoke."),
    ("zero-width", "Ana\u200cMaria Lopez spoke.", "AnaMaria Lopez spoke."),
    ("zero-width", "Ana\u200dMaria Lopez spoke.", "AnaMaria Lopez spoke."),
    ("zero-width", "Ana\ufeffMaria Lopez spoke.", "AnaMaria Lopez spoke."),
    ("zero-width", "Ana\u00adMaria Lopez spoke.", "AnaMaria Lopez spoke."),
    ("odd-space", "Ana\u00a0Lopez spoke.", "Ana Lopez spoke."),
    ("odd-space", "Ana\u2009Lopez spoke.", "Ana Lopez spoke."),
    ("odd-space", "Ana\u202fLopez spoke.", "Ana Lopez spoke."),
    ("spaced-punctuation", "The threat remains . The talks ended .", "The threat remains. The talks ended."),
    ("spaced-punctuation", "It is high , he said .", "It is high, he said."),
    ("spaced-punctuation", "“We will hold them accountable. ”", "“We will hold them accountable.”"),
    ("spaced-punctuation", 'He said: "We will not discuss it. " Then he left.', 'He said: "We will not discuss it." Then he left.'),
    ("spaced-possessive", "But according to the agency ’s chief, it is over.", "But according to the agency’s chief, it is over."),
    ("spaced-possessive", "The Senate 's vote failed.", "The Senate's vote failed."),
    ("reversed-quote", "“It is over here,“ said Ana Ruiz.", "“It is over here,” said Ana Ruiz."),
    ("reversed-quote", "“Not yet,“ he said. “Soon.”", "“Not yet,” he said. “Soon.”"),
    ("reversed-quote", "“Is it over?“ she asked.", "“Is it over?” she asked."),
    ("reversed-quote", "“It is over.“ Ruiz left.", "“It is over.” Ruiz left."),
    ("space-runs", "The  minister   said so.", "The minister said so."),
    ("mojibake", "The minister\u00e2\u20ac\u2122s aide said so.", "The minister’s aide said so."),
    ("mojibake", "Caf\u00c3\u00a9 owners said so.", "Café owners said so."),
    # a closing quote whose last byte a wrong decoding lost: "â€" before a space, a mark or the end (session 18)
    ("mojibake", "\u00e2\u20ac\u0153Not yet,\u00e2\u20ac Ruiz said.", "“Not yet,” Ruiz said."),
    ("mojibake", "\u00e2\u20ac\u0153We are done.\u00e2\u20ac", "“We are done.”"),
    # a sentence glued to the one before it by a scrape (session 18)
    ("glued-sentence", "The union said.The deal is done.", "The union said. The deal is done."),
    ("glued-sentence", "Was anyone hurt?She did not say.", "Was anyone hurt? She did not say."),
    ("ligature", "The \ufb01nal vote passed.", "The final vote passed."),
    ("control-chars", "The vote\x07 passed.", "The vote passed."),
    ("control-chars", "The \x1b[31mvote passed.", "The vote passed."),
    ("unicode-normalisation", "The cafe\u0301 closed.", "The café closed."),
]


@pytest.mark.parametrize("kind, damaged, repaired", REPAIRS, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(REPAIRS)])
def test_each_repair_fixes_the_text_and_is_recorded(kind, damaged, repaired):
    fixed, repairs = repair(damaged)
    assert fixed == repaired
    recorded = {r.kind: r for r in repairs}
    assert kind in recorded, [r.kind for r in repairs]
    assert recorded[kind].count >= 1
    assert recorded[kind].examples and all(" -> " in e for e in recorded[kind].examples)


UNTOUCHED = [
    "“We will respond,” he said. ‘Fine,’ she said. It’s done.",  # curly quotes are style, not damage
    'He said "fine" and left.',
    "AT&T and Q&A sessions; the champ; amp up; quote marks.",
    "The window . . . is closing.",
    "Prices rose 3.5 percent.\tIndented.",
    "Café, naïve, Zürich, São Paulo, Łódź.",
    "mission. there: training",  # ambiguous sentence damage is reported, not changed
    "He said,“We will win.”",  # a left quote before a word opens a quote
    "“Fine,” she said. “Next, the vote.”",
    "It is over.“ Then",  # no quote open on the line: nothing to close
    "He called it ’sad’ and left.",  # an apostrophe before a word that goes on opens a quotation
    # what a glued sentence is not: an address, an acronym's dots, a capitalised name before the mark (session 18)
    "Visit example.Com today or www.example.com.The end of the U.S.The plan, e.g.The Yahoo.Com page.",
]


@pytest.mark.parametrize("text", UNTOUCHED)
def test_clean_or_ambiguous_text_is_left_alone(text):
    fixed, repairs = repair(text)
    assert repairs == []
    assert fixed == text


def test_counts_add_up_and_examples_are_capped():
    fixed, repairs = repair(" ".join(f"Name{i}\u200bX said so." for i in range(10)))
    (zero_width,) = repairs
    assert zero_width.count == 10
    assert len(zero_width.examples) <= 3
    assert "<U+200B>" in zero_width.examples[0]
    assert "\u200b" not in fixed


@pytest.mark.parametrize(
    "text, expected, count",
    [("a\r\nb\r\n", "a\nb\n", 2), ("a\rb", "a\nb", 1), ("a\u2028b\u2029c", "a\nb\n\nc", 2), ("a\nb", "a\nb", 0)],
)
def test_line_breaks_become_lf(text, expected, count):
    log = RepairLog()
    assert normalise_line_breaks(text, log) == expected
    assert sum(r.count for r in log.repairs if r.kind == "line-breaks") == count


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the primary US military mission. there: training", ["mission. there"]),
        ("destroy militia groups. in Iraq while", ["groups. in"]),
        ("books, maps, etc. and more; e.g. the plan", []),
        ("The U.S. plan. The end.", []),
    ],
)
def test_broken_sentence_breaks_are_found(text, expected):
    assert broken_sentence_breaks(text) == expected


@given(st.text(max_size=300))
def test_repaired_text_has_no_zero_width_characters_or_odd_spaces(text):
    fixed, _ = repair(normalise_line_breaks(text, RepairLog()))
    assert not any(c in fixed for c in ZERO_WIDTH + "\u00a0\u2009\u202f\r")


# ftfy's mojibake decisions depend on neighbouring characters, so stability is
# claimed for the damage the rules here repair, not for arbitrary Unicode.
RULE_DAMAGE = st.text(alphabet=st.sampled_from(list("aO s.,;:!?\"'”&#39quotamp;\n") + list(ZERO_WIDTH) + ["\u00a0"]), max_size=200)


@given(RULE_DAMAGE)
def test_repairing_repaired_text_changes_nothing(text):
    fixed, _ = repair(text)
    assert repair(fixed) == (fixed, [])
