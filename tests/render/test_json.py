import json

from builders import one_claim_paragraph
from claimcheck.render.json import render
from claimcheck.schema import ArticleMeta, EngineInfo, Report, ToolInfo
from claimcheck.scoring import score_report
from claimcheck.roster import build_roster

# The keys people script against: removing or renaming one breaks them.
STABLE_KEYS = {
    "report": {"schema_version", "tool", "article", "engine", "paragraphs", "sources", "summary"},
    "article": {"path", "title", "date", "dateline", "byline", "sha256"},
    "engine": {"name", "model", "prompt_version"},
    "paragraph": {"index", "text", "claims", "attributions", "hedges", "error"},
    "attribution": {"id", "source", "source_span", "cue", "cue_span", "content", "content_span", "source_type",
                    "source_id", "quote", "anonymous"},
    "anonymous": {"count", "affiliation", "basis", "reason_given"},
    "claim": {"id", "text", "span", "attribution_ids", "hedge_ids", "score", "rating", "reasons"},
    "source": {"id", "name", "type", "aliases", "description", "attribution_ids"},
}


def _report():
    sentence = "Two US officials who saw the order said the base was hit."
    p = one_claim_paragraph(1, sentence, "Two US officials who saw the order", "said", "anonymous",
                            "the base was hit", anonymous={"count": "Two", "affiliation": "US",
                                                           "basis": "who saw the order"})
    sources = build_roster([p])
    return Report(tool=ToolInfo(version="t"), article=ArticleMeta(sha256="a" * 64), engine=EngineInfo(name="rules"),
                  paragraphs=[p], sources=sources, summary=score_report([p], sources))


def test_json_round_trips_through_the_models():
    report = _report()
    again = Report.model_validate_json(render(report))
    assert again == report


def test_json_keeps_the_documented_keys():
    data = json.loads(render(_report()))
    paragraph = data["paragraphs"][0]
    attribution = paragraph["attributions"][0]
    found = {
        "report": data, "article": data["article"], "engine": data["engine"], "paragraph": paragraph,
        "attribution": attribution, "anonymous": attribution["anonymous"], "claim": paragraph["claims"][0],
        "source": data["sources"][0],
    }
    for name, keys in STABLE_KEYS.items():
        assert keys <= set(found[name]), f"{name} lost {keys - set(found[name])}"


def test_spans_in_json_are_verbatim():
    data = json.loads(render(_report()))
    for p in data["paragraphs"]:
        for a in p["attributions"]:
            for role in ("source", "cue", "content"):
                s, e = a[f"{role}_span"]
                assert p["text"][s:e] == a[role]
