"""Gold loading, alignment, metrics and the accuracy floor on our own gold file."""

import json
from pathlib import Path

import pytest

from claimcheck.engines.rules import RulesEngine
from claimcheck.errors import InputError
from claimcheck.evaluation import (
    GoldAttribution,
    GoldRecord,
    Predicted,
    EvalResult,
    cue_category,
    evaluate,
    lenient_match,
    exact_match,
    antecedent_end,
    record_from_shared,
    load_gold,
    render_json,
    render_text,
    score_record,
    sources_match,
    token_f1,
)

DATA = Path(__file__).parent / "data"
TEXT = "Officials said the dam held. The mayor, Jo Hart, told reporters it would not. It may rain."


def gold(source, cue, nth_cue=0):
    source_start = TEXT.index(source) if source else None
    cue_start = -1
    for _ in range(nth_cue + 1):
        cue_start = TEXT.index(cue, cue_start + 1)
    return GoldAttribution(source, (source_start, source_start + len(source)) if source else None, cue,
                           (cue_start, cue_start + len(cue)))


def pred(source, cue, source_type="anonymous"):
    s, c = TEXT.index(source), TEXT.index(cue)
    return {"source": source, "source_span": (s, s + len(source)), "cue": cue, "cue_span": (c, c + len(cue)),
            "content_span": None, "source_type": source_type, "no_comment": False}


@pytest.mark.parametrize("a,b,expected", [
    (["the", "mayor"], ["the", "mayor"], 1.0),
    (["the", "mayor"], ["mayor"], 2 / 3),
    (["a"], ["b"], 0.0),
    ([], ["b"], 0.0),
])
def test_token_f1(a, b, expected):
    assert token_f1(a, b) == pytest.approx(expected)


@pytest.mark.parametrize("gold_source,pred_source,expected", [
    ("The mayor, Jo Hart", "The mayor, Jo Hart", True),
    ("The mayor, Jo Hart", "Jo Hart", True),  # containment
    ("The mayor", "The mayor, Jo Hart", True),  # containment the other way
    ("Officials", "The mayor", False),  # different place
])
def test_sources_match(gold_source, pred_source, expected):
    g = gold(gold_source, "said")
    p = pred(pred_source, "said")
    assert sources_match(g.source, g.source_span, p["source"], p["source_span"]) is expected


def test_lenient_needs_overlapping_cues_sharing_a_word():
    assert lenient_match(gold("Officials", "said"), pred("Officials", "said"))
    assert not lenient_match(gold("Officials", "said"), pred("Officials", "told"))


def test_gold_without_source_matches_on_cue():
    assert lenient_match(gold(None, "told"), pred("The mayor, Jo Hart", "told"))


def test_exact_needs_identical_spans():
    assert exact_match(gold("Jo Hart", "told"), pred("Jo Hart", "told"))
    assert not exact_match(gold("The mayor, Jo Hart", "told"), pred("Jo Hart", "told"))


RELATIVE_TEXT = "The mayor, Jo Hart, who said the dam held, left. Engineers who say so are few."


@pytest.mark.parametrize("pronoun_at,predicted,expected", [
    ("who said", "The mayor, Jo Hart", True),  # the antecedent, right before ", who"
    ("who said", "Jo Hart", True),
    ("who said", "The mayor", False),  # ends elsewhere
    ("who say", "Engineers", True),  # no comma between
])
def test_a_relative_pronoun_source_stands_for_its_antecedent(pronoun_at, predicted, expected):
    data = {"text": RELATIVE_TEXT, "attributions": [
        {"source": "who", "source_span": [RELATIVE_TEXT.index(pronoun_at), RELATIVE_TEXT.index(pronoun_at) + 3],
         "cue": pronoun_at.split()[1], "cue_span": [RELATIVE_TEXT.index(pronoun_at) + 4,
                                                    RELATIVE_TEXT.index(pronoun_at) + len(pronoun_at)]}]}
    g = record_from_shared(data, "t").attributions[0]
    s = RELATIVE_TEXT.index(predicted)
    p = {"source": predicted, "source_span": (s, s + len(predicted)), "cue": g.cue, "cue_span": g.cue_span}
    assert lenient_match(g, p) is expected
    assert not lenient_match(g, p, antecedents=False)  # the strict figure does without the convention


def test_only_a_lone_relative_pronoun_has_an_antecedent():
    assert antecedent_end(RELATIVE_TEXT, "who", (20, 23)) == 18  # "Hart" ends before ", who"
    assert antecedent_end(RELATIVE_TEXT, "Jo Hart", (11, 18)) is None
    assert antecedent_end("Who said so?", "Who", (0, 3)) is None  # nothing before it


@pytest.mark.parametrize("cue,category", [
    ("said", "said"), ("has said", "said"), ("according to", "according to"), ("told", "told"),
    ("noted", "other speech verb"), ("plans", "other"), ("―", "other"),
])
def test_cue_category(cue, category):
    assert cue_category(cue) == category


def test_metrics_on_a_tiny_record():
    record = GoldRecord("r", "t", TEXT, [(0, len(TEXT))],
                        attributions=[gold("Officials", "said"), gold("The mayor, Jo Hart", "told")], hedges=[])
    predicted = Predicted([pred("Officials", "said"), pred("It may", "may")], [], [])
    result = EvalResult(engine="test")
    score_record(result, record, predicted)
    assert (result.lenient.matched, result.lenient.gold, result.lenient.predicted) == (1, 2, 2)
    assert result.lenient.precision == 0.5 and result.lenient.recall == 0.5 and result.lenient.f1 == 0.5
    assert result.by_category["told"].recall == 0.0
    assert result.missed_cues["told"] == 1 and result.spurious_cues["may"] == 1
    assert result.hedges.gold == 0


def test_unannotated_layers_are_not_scored():
    record = GoldRecord("r", "t", TEXT, [(0, len(TEXT))], hedges=[])
    result = EvalResult(engine="test")
    score_record(result, record, Predicted([pred("Officials", "said")], [], []))
    assert result.attribution_records == 0 and result.lenient.predicted == 0


def test_claim_labels_measure_coverage(tmp_path):
    lines = [{"id": "a", "dataset": "t", "text": "The city spent $4 million on the bridge.",
              "claim": {"label": "CFS", "check_worthy": True}},
             {"id": "b", "dataset": "t", "text": "Thanks.", "claim": {"label": "NFS", "check_worthy": False}}]
    path = tmp_path / "g.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines))
    result = evaluate(load_gold(path), RulesEngine(), progress=False)
    assert (result.check_worthy.matched, result.check_worthy.gold) == (1, 1)
    assert (result.not_check_worthy.matched, result.not_check_worthy.gold) == (0, 1)


def test_a_claimcheck_report_is_accepted_as_gold(tmp_path):
    from claimcheck.article import from_text
    from claimcheck.schema import ArticleMeta, EngineInfo, Report, ToolInfo

    document = from_text("Ana Lopes said the lake froze.\n\nThe ministry said it may thaw.")
    engine = RulesEngine()
    report = Report(tool=ToolInfo(version="0"), article=ArticleMeta(sha256="0" * 64),
                    engine=EngineInfo(name="rules"), paragraphs=engine.analyse(document))
    path = tmp_path / "report.json"
    path.write_text(report.model_dump_json(indent=2))
    records = load_gold(path)
    assert len(records) == 1 and len(records[0].attributions) == 2
    second = records[0].attributions[1]
    assert records[0].text[second.source_span[0]:second.source_span[1]] == "The ministry"
    result = evaluate(records, engine, progress=False)
    assert result.lenient.f1 == 1.0 and result.hedges.f1 == 1.0


@pytest.mark.parametrize("content,message", [
    ("{not json\n{}", "not JSON"),
    ('{"id": "x"}\n', "needs a 'text'"),
    ("\n\n", "no gold records"),
    ('{"text": "a", "attributions": [{"cue_span": [0]}]}\n', "malformed gold layer"),
])
def test_bad_gold_is_an_input_error(tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    with pytest.raises(InputError, match=message):
        load_gold(path)


def test_missing_gold_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="missing.jsonl"):
        load_gold(tmp_path / "missing.jsonl")


def _metric(report: dict, dotted: str) -> float:
    value = report
    for part in dotted.split("."):
        value = value[part]
    return value["f1"] if isinstance(value, dict) else value


def test_rules_engine_stays_above_the_recorded_baseline():
    baseline = json.loads((DATA / "gold_small_baseline.json").read_text())
    result = evaluate(load_gold(DATA / "gold_small.jsonl"), RulesEngine(), progress=False)
    report = result.as_dict()
    drops = {name: (_metric(report, name), floor) for name, floor in baseline.items()
             if not name.startswith("_") and _metric(report, name) < floor - 1e-9}
    assert not drops, f"accuracy fell below the baseline (now, floor): {drops}"


def test_renderings_carry_the_headline_figures():
    result = evaluate(load_gold(DATA / "gold_small.jsonl"), RulesEngine(), progress=False)
    text = render_text(result)
    assert "source+cue lenient" in text and "Hedges" in text and "check-worthy" in text
    data = json.loads(render_json(result))
    assert data["attributions"]["lenient"]["f1"] == round(result.lenient.f1, 4)


def test_content_overlap_of_matched_pairs():
    g = gold("Officials", "said")
    g.content_span = (TEXT.index("the dam held"), TEXT.index("the dam held") + len("the dam held"))
    p = pred("Officials", "said")
    p["content_span"] = (TEXT.index("dam held"), TEXT.index("dam held") + len("dam held"))
    record = GoldRecord("r", "t", TEXT, [(0, len(TEXT))], attributions=[g])
    result = EvalResult(engine="test")
    score_record(result, record, Predicted([p], [], []))
    assert result.content_pairs == 1
    assert result.content_f1 == pytest.approx(0.8)  # 2 of 3 gold words, all predicted words right


def test_the_two_speech_verb_recalls_are_explained_when_they_differ():
    """One prediction that could match a gold speech cue and an earlier other cue goes to the first in the
    alignment of all cues, and to the speech cue in the alignment of speech cues alone."""
    result = EvalResult(engine="test", records=1, attribution_records=1)
    result.by_category["said"].add(2, 0, 1)
    result.speech_subset.add(2, 2, 2)
    text = render_text(result)
    assert "speech verbs, all" in text and "aligned with predicted speech cues alone" in text
    result.speech_subset = type(result.speech_subset)()
    result.speech_subset.add(2, 2, 1)
    assert "aligned with predicted speech cues alone" not in render_text(result)


def test_eval_reads_a_reversed_closing_quote_as_users_reports_do():
    """Ingest makes a left quote typed where a quote closes ('here,“ said') a right one; eval applies that
    repair too (it keeps every offset), so the quote's speaker is found as in a user's report."""
    from claimcheck.evaluation import predict

    text = "“The bridge is safe for now,“ said Ana Ruiz, the county engineer."
    record = GoldRecord("r", "t", text, [(0, len(text))], attributions=[])
    predicted = predict(record, RulesEngine())
    assert [(a["source"], text[a["cue_span"][0]:a["cue_span"][1]]) for a in predicted.attributions] == [
        ("Ana Ruiz, the county engineer", "said")]
