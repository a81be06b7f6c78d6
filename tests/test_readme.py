"""The README shows the tool's real output: its "claims to check first" example is the seed article's."""

import re
from pathlib import Path

import claimcheck

ROOT = Path(__file__).resolve().parents[1]
ENTRY = re.compile(r"^\d+\. ¶ (\d+) \((p\d+-c\d+)\): (.+?)(?: \.\.\.)?$")


def _shown_entries() -> list[tuple[int, str, str, str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    after = readme.split("claimcheck seeds/article.txt --check-first 3", 1)[1]
    block = after.split("```markdown", 1)[1].split("```", 1)[0].splitlines()
    entries = []
    for k, line in enumerate(block):
        match = ENTRY.match(line)
        if match:
            reason = block[k + 1].strip().removeprefix("- ")
            entries.append((int(match.group(1)), match.group(2), match.group(3), reason))
    return entries


def test_the_check_first_example_is_what_the_seed_article_gives():
    shown = _shown_entries()
    assert len(shown) == 3
    report = claimcheck.analyse(ROOT / "seeds" / "article.txt")
    claims = {c.id: c.text for p in report.paragraphs for c in p.claims}
    real = report.summary.check_first[:3]
    assert [(e.paragraph, e.claim_id, e.reason) for e in real] == [(p, c, r) for p, c, _, r in shown]
    for _, claim_id, text, _ in shown:
        assert claims[claim_id].startswith(text), f"README shows {claim_id} as {text!r}"
