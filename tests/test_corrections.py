"""A fact-checker's corrections file: each kind of entry, its warnings and errors, and the re-scoring."""

import json

import pytest

from builders import attribution, claim, paragraph
from claimcheck.corrections import CorrectionSet, apply_corrections
from claimcheck.errors import UsageError
from claimcheck.render import renderer
from claimcheck.roster import build_roster
from claimcheck.schema import ArticleMeta, EngineInfo, Report, ToolInfo
from claimcheck.scoring import score_report

P1 = "Officials said the council lost 40 laptops in March."
P2 = "Lee Park said the council lost 40 laptops in March, and the treasurer said so too."
P3 = "The audit began on Monday."
P4 = "Unlike the mayor, the treasurer said 3 staff were suspended."


def _article():
    a1 = attribution(P1, "p1-a1", "Officials", "said", "anonymous", anonymous={})
    p1 = paragraph(1, P1, [a1], [claim(P1, "p1-c1", "the council lost 40 laptops in March", ["p1-a1"])])
    a2 = attribution(P2, "p2-a1", "Lee Park", "said", "named_person")
    a3 = attribution(P2, "p2-a2", "the treasurer", "said so", "anonymous", anonymous={})
    p2 = paragraph(2, P2, [a2, a3], [claim(P2, "p2-c1", "the council lost 40 laptops in March", ["p2-a1", "p2-a2"])])
    p3 = paragraph(3, P3, claims=[claim(P3, "p3-c1", P3)])
    a4 = attribution(P4, "p4-a1", "Unlike", "said", "named_person")
    p4 = paragraph(4, P4, [a4], [claim(P4, "p4-c1", "3 staff were suspended", ["p4-a1"])])
    return [p1, p2, p3, p4]


def _write(tmp_path, text, name="fix.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _report(tmp_path, text):
    paragraphs = _article()
    sources = build_roster(paragraphs)
    before = {c.id: c.score for p in _scored_copy() for c in p.claims}
    fixes = CorrectionSet(_write(tmp_path, text)).for_article("a.txt", "0" * 64)
    applied, warnings = apply_corrections(paragraphs, sources, fixes)
    summary = score_report(paragraphs, sources)
    report = Report(tool=ToolInfo(version="t"), article=ArticleMeta(sha256="0" * 64, warnings=warnings),
                    engine=EngineInfo(name="rules"), paragraphs=paragraphs, sources=sources, summary=summary,
                    corrections=applied)
    return report, before, warnings


def _scored_copy():
    paragraphs = _article()
    score_report(paragraphs, build_roster(paragraphs))
    return paragraphs


def _claims(report):
    return {c.id: c for p in report.paragraphs for c in p.claims}


GOOD = """\
# Officials here are the council's press office, on record.
[[retype]]
source = "Officials"
type = "organization"

[[merge]]
sources = ["Lee Park", "the treasurer"]

[[mark]]
claim = "p3-c1"
as = "public_record"

[[drop]]
attribution = "p4-a1"
"""


def test_a_good_file_applies_every_entry_and_the_scores_follow(tmp_path):
    report, before, warnings = _report(tmp_path, GOOD)
    assert warnings == []
    claims = _claims(report)
    assert claims["p1-c1"].score > before["p1-c1"], "anonymous retyped as an institution on record scores higher"
    assert claims["p2-c1"].score < before["p2-c1"], "two names for one person no longer corroborate each other"
    assert claims["p3-c1"].rating != "unsourced" and not claims["p3-c1"].orphan
    assert claims["p4-c1"].sourced_by == [] and claims["p4-c1"].orphan
    assert [c.kind for c in report.corrections] == ["retype", "merge", "mark", "drop"]
    assert [c.line for c in report.corrections] == [2, 6, 9, 13]
    assert all(claims[i].corrections for i in ("p1-c1", "p2-c1", "p3-c1", "p4-c1"))
    park = next(s for s in report.sources if s.name == "Lee Park")
    assert "the treasurer" in park.aliases and park.corrections
    assert not any(s.name == "Unlike" for s in report.sources)


def test_corrections_are_listed_and_marked_in_every_format(tmp_path):
    report, _, _ = _report(tmp_path, GOOD)
    markdown = renderer("markdown")(report)
    tail = markdown.split("## Corrections applied")[1]
    assert "retyped Officials" in tail and "fix.toml:2" in tail and "fix.toml:13" in tail
    line = next(x for x in markdown.splitlines() if x.startswith("- ") and "The audit began" in x)
    assert "_corrected_" in line
    html = renderer("html")(report)
    assert 'id="corrections"' in html and html.count('class="corrected"') >= 4
    data = json.loads(renderer("json")(report))
    assert len(data["corrections"]) == 4 and data["paragraphs"][2]["claims"][0]["corrections"]


def test_sources_by_id_attach_and_split(tmp_path):
    paragraphs = _article()
    sources = build_roster(paragraphs)
    officials = next(s for s in sources if s.name == "Officials")
    text = f'[[attach]]\nclaim = "p3-c1"\nsource = "{officials.id}"\n'
    report, _, warnings = _report(tmp_path, text)
    assert warnings == [] and _claims(report)["p3-c1"].sourced_by == ["p1-a1"]

    report, _, warnings = _report(tmp_path, '[[split]]\nsource = "Lee Park"\nattributions = ["p2-a2"]\n'
                                            'name = "the treasurer"\n')
    if warnings:  # the roster may not have joined them: then there is nothing to split
        assert "split" in warnings[0]
    else:
        assert {s.name for s in report.sources} >= {"Lee Park", "the treasurer"}


def test_an_entry_that_matches_nothing_warns_with_file_and_line_and_the_rest_apply(tmp_path):
    text = '[[retype]]\nsource = "Nobody Here"\ntype = "named_person"\n\n[[mark]]\nclaim = "p3-c1"\nas = "common_knowledge"\n'
    report, _, warnings = _report(tmp_path, text)
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{tmp_path / 'fix.toml'}:1: retype: no source named \"Nobody Here\"")
    assert "\n" not in warnings[0]
    assert [c.kind for c in report.corrections] == ["mark"]
    assert _claims(report)["p3-c1"].basis == "common_knowledge"


@pytest.mark.parametrize("text, message", [
    ("[[retype]\nsource = 1\n", "not valid TOML"),
    ('[[retype]]\nsource = "Officials"\ntype = "alien"\n', "fix.toml:1: retype: type"),
    ('[[rename]]\nsource = "Officials"\n', "unknown entry [[rename]]"),
    ('[[mark]]\nclaim = "p3-c1"\nas = "true"\nextra = 1\n', "fix.toml:1: mark"),
])
def test_a_malformed_file_is_a_usage_error(tmp_path, text, message):
    with pytest.raises(UsageError, match=message.replace("[", r"\[").replace("]", r"\]")):
        CorrectionSet(_write(tmp_path, text))


def test_batch_sections_are_keyed_by_path_or_sha256(tmp_path):
    text = ('[[articles."in/a.txt".mark]]\nclaim = "p3-c1"\nas = "public_record"\n\n'
            f'[[articles.{"f" * 64}.drop]]\nattribution = "p4-a1"\n')
    fixes = CorrectionSet(_write(tmp_path, text), per_article=True)
    a = fixes.for_article("in/a.txt", "0" * 64)
    b = fixes.for_article("in/b.txt", "f" * 64)
    assert [k for k, _ in a.entries] == ["mark"] and a.entries[0][1].line == 1
    assert [k for k, _ in b.entries] == ["drop"] and b.entries[0][1].line == 5
    assert fixes.for_article("in/c.txt", "1" * 64) is None
    folder = tmp_path / "fixes"
    folder.mkdir()
    _write(folder, '[[mark]]\nclaim = "p3-c1"\nas = "public_record"\n', name="c.txt.toml")
    per_file = CorrectionSet(folder, per_article=True)
    assert per_file.for_article("in/c.txt", "1" * 64) is not None
    assert per_file.for_article("in/d.txt", "2" * 64) is None
