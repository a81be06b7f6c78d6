"""The engine as a whole: ids, verbatim spans, documents, workers."""

import pickle

import pytest

from claimcheck.article import from_text
from claimcheck import __version__
from claimcheck.engines import engine_entry
from claimcheck.engines.rules import RulesEngine, analyse_paragraph
from claimcheck.versions import content_hash, recorded_version

ARTICLE = (
    "The council voted to close the pier, the mayor said.\n\n"
    '"It is simply unsafe," said Ivo Brandt, the city engineer. "The piles are rotten."\n\n'
    '"We have no choice."\n\n'
    "A spokesman for the ferry company declined to comment."
)


def test_info_names_the_engine_and_its_version():
    engine = RulesEngine()
    recorded = recorded_version("rules")
    assert recorded is not None
    # the files the registry says the version hashes (the engine's package and the dateline patterns it reads)
    expected = f"{__version__}+rules.{recorded.version}.{content_hash(engine_entry('rules').code)[:8]}"
    assert (engine.info.name, engine.info.version) == ("rules", expected)
    assert engine.usage() is None


def test_one_paragraph_per_document_paragraph_with_ids():
    document = from_text(ARTICLE)
    paragraphs = RulesEngine().analyse(document)
    assert [p.index for p in paragraphs] == [1, 2, 3, 4]
    assert [p.sentences for p in paragraphs] == document.sentences
    assert paragraphs[1].attributions[0].id == "p2-a1"
    assert paragraphs[1].claims[1].id == "p2-c2"
    assert paragraphs[2].claims[0].attribution_ids == ["p2-a1"]
    assert paragraphs[3].attributions[0].no_comment


def test_spans_are_verbatim_and_roster_fields_empty():
    for paragraph in RulesEngine().analyse(from_text(ARTICLE)):
        for a in paragraph.attributions:
            assert paragraph.text[a.source_span[0]:a.source_span[1]] == a.source
            assert a.source_id is None
        for c in paragraph.claims:
            assert c.score is None and c.rating is None and c.reasons == []


def test_engine_survives_pickling_for_worker_processes():
    engine = pickle.loads(pickle.dumps(RulesEngine()))
    assert engine.analyse(from_text("Ana Lopes said the lake froze."))[0].attributions[0].source == "Ana Lopes"


def test_analyse_paragraph_splits_sentences_when_none_given():
    paragraph = analyse_paragraph("The lake froze. Ana Lopes said so.", 3, [])
    assert paragraph.sentences == [(0, 15), (16, 34)]
    assert paragraph.claims[0].id == "p3-c1"


def test_a_failing_paragraph_is_reported_not_raised(monkeypatch):
    from claimcheck.engines.rules import engine as engine_module

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(engine_module, "find_hedges", broken)
    paragraphs = RulesEngine().analyse(from_text("One paragraph here."))
    assert paragraphs[0].error == "rules engine failed on this paragraph: RuntimeError: boom"


from hypothesis import given, settings
from hypothesis import strategies as st

_PIECES = st.sampled_from(
    "said told according to the official officials he it “ ” \" '' , . : ( ) — declined to comment may could "
    "is believed to who which and Mr. Gen. Ana Lopes report".split()
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(min_size=1, max_size=80), st.lists(_PIECES, min_size=1, max_size=25).map(" ".join)))
def test_any_text_gives_a_valid_paragraph(text):
    # Paragraph validates that every span is verbatim; this must never raise
    paragraph = analyse_paragraph(text, 1, [])
    assert paragraph.error is None
    assert all(a.cue_span[0] < a.cue_span[1] for a in paragraph.attributions)


@pytest.mark.parametrize("line,runs_on", [("Advertisement", True), ("Repairs begin next week", False)])
def test_a_quote_runs_on_across_an_advertisement_but_not_a_heading(line, runs_on):
    from claimcheck.article import from_text
    from claimcheck.engines.rules import RulesEngine

    text = ('Harbour Closed\n\n"The harbour is closed," said Rosa Lind, the harbour master. "We will reopen.\n\n'
            + line + '\n\n"Crews from three towns will help with the wall."\n')
    document = from_text(text, path="a.txt")
    assert [s.text for s in document.meta.structure] == [line]
    paragraphs = RulesEngine().analyse(document)
    assert paragraphs[1].claims[0].inherited_attribution is runs_on  # a page drops an advert anywhere


def test_a_quote_does_not_run_on_across_a_heading():
    from claimcheck.article import from_text
    from claimcheck.engines.rules import RulesEngine

    text = ('"The harbour is closed," said Rosa Lind, the harbour master.\n'
            '"We will reopen when the wall is fixed."\n'
            'Repairs begin next week\n'
            '"Crews from three towns will help with the wall."\n')
    document = from_text(text, path="a.txt")
    assert [s.text for s in document.meta.structure] == ["Repairs begin next week"]
    paragraphs = RulesEngine().analyse(document)
    assert paragraphs[1].claims[0].inherited_attribution is True  # the quote runs on
    assert paragraphs[2].claims[0].attribution_ids == []  # but not past the heading


# --- the paragraph's models are built without validation (schema.construct): held to model_validate's reading ---

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from builders import same_build  # noqa: E402


def _analysed_both_ways(document):
    """The engine's paragraphs as it builds them, and as model_validate builds them from the same values."""
    from claimcheck.engines.rules import engine
    from claimcheck.schema import Paragraph

    built = RulesEngine().analyse(document)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine, "construct", lambda model, values: model.model_validate(values))
        patch.setattr(engine, "verbatim_paragraph", Paragraph.model_validate)
        validated = RulesEngine().analyse(document)
    return built, validated


def test_the_seed_articles_models_are_built_as_model_validate_builds_them():
    seed = Path(__file__).resolve().parents[3] / "seeds" / "article.txt"
    built, validated = _analysed_both_ways(from_text(seed.read_text(encoding="utf-8")))
    assert any(p.attributions and p.hedges and p.conditions for p in built)  # every kind of model is built
    assert any(a.anonymous for p in built for a in p.attributions)
    assert same_build(built, validated)


# invented pieces of news paragraphs: sources, cues, hedges, conditions, quotes
PIECES = ["Ana Lopes", "the mayor", "two officials", "a spokesman for the Port Authority", "he", "said", "told",
          "according to", "declined to comment", "could", "may", "is believed to", "if", "unless", "the pier",
          "will close", "would", "rain", ",", ".", "“", "”", "\"", ":", "who spoke on condition of anonymity",
          "Ivo Brandt, the city engineer,", "reported", "The report", "\n\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30).map(lambda words: "The " + " ".join(words)))
def test_invented_paragraphs_models_are_built_as_model_validate_builds_them(text):
    from hypothesis import assume

    from claimcheck.errors import InputError

    try:
        document = from_text(text)
    except InputError:  # nothing left to analyse once the page structure is set apart
        assume(False)
    built, validated = _analysed_both_ways(document)
    assert same_build(built, validated)


def _claim_sources(text):
    paragraphs = RulesEngine().analyse(from_text(text, path="a.txt"))
    return paragraphs, [[c.attribution_ids for c in p.claims] for p in paragraphs]


@pytest.mark.parametrize("opening", ["“We were told the ferries were safe. We believed them.",
                                     "'We were told the ferries were safe. We believed them."])
def test_a_quote_whose_cue_comes_in_a_later_paragraph_is_that_sources(opening):
    # news style leaves a quote open at a paragraph's end when it goes on; the cue may come only at its end
    closing = ("“Now nobody believes anything they say,” said Rosa Lind, a resident." if opening[0] == "“"
               else "'Now nobody believes anything they say,' said Rosa Lind, a resident.")
    paragraphs, sources = _claim_sources("\n\n".join(["The port has been closed since Monday.", opening, closing]))
    said = paragraphs[2].attributions[0].id
    assert sources[1] == [[said], [said]] and all(c.inherited_attribution for c in paragraphs[1].claims)
    assert sources[0] == [[]]


@pytest.mark.parametrize("opening", [
    "“Lind had run the port for years. Nobody listened.",  # about the source, not the source's words
    "“We were told the ferries were safe.”",  # closed: a quote of its own, with no cue
])
def test_no_quote_is_read_back_from_a_later_cue_when_it_is_not_the_same(opening):
    closing = "“Now nobody believes anything they say,” said Rosa Lind, a resident."
    paragraphs, sources = _claim_sources("\n\n".join(["The port has been closed since Monday.", opening, closing]))
    assert all(ids == [] for ids in sources[1])


def test_a_quote_is_not_read_back_across_structure():
    text = "\n\n".join(["The port has been closed since Monday.", "“We were told the ferries were safe.",
                        "Harbour reopens after storm", "“Now nobody believes them,” said Rosa Lind, a resident."])
    paragraphs, sources = _claim_sources(text)
    assert sources[1] == [[]]
