"""'Alleged' as the word of a charge: read over the whole story, the same for every engine."""

import pytest

from claimcheck import analyse
from claimcheck.article import from_text
from claimcheck.pipeline import analyse_document
from claimcheck.schema import Claim, EngineInfo, Hedge, Paragraph

CASES = [
    # (article, cue, whether it is a charge's word)
    ("Prosecutors say Lee allegedly took the funds.", "allegedly", True),
    ("Lee was indicted on Monday.\n\nThe alleged scheme ran for years.", "alleged", True),
    ("The alleged scheme ran for years.\n\nLee was indicted on Monday.", "alleged", False),  # no charge yet
    ("The tonic's alleged benefits drew buyers.", "alleged", False),
    ("The suspect may have fled.", "may", False),  # a legal story's other hedges stay hedges
]


def _hedges(report, cue):
    found = [h for p in report.paragraphs for h in p.hedges if h.cue == cue]
    assert len(found) == 1, [h.cue for p in report.paragraphs for h in p.hedges]
    return found[0]


@pytest.mark.parametrize("article,cue,charge", CASES)
def test_the_rules_engine_reports_charges(article, cue, charge):
    assert _hedges(analyse(article), cue).charge is charge


class HedgeOnlyEngine:
    """A stand-in for any engine (the llm's included): one claim per paragraph, every word of
    ``cues`` a hedge on it, and ``charge`` never set by the engine itself."""

    info = EngineInfo(name="hedge-only", version="test")

    def __init__(self, cues: set[str]) -> None:
        self.cues = cues

    def analyse(self, document) -> list[Paragraph]:  # noqa: ANN001
        out = []
        for n, text in enumerate(document.paragraphs, start=1):
            hedges = []
            for word in text.replace(".", " ").replace("'s", " ").split():
                if word in self.cues:
                    start = text.index(word)
                    hedges.append(Hedge(id=f"p{n}-h{len(hedges) + 1}", cue=word, span=(start, start + len(word)),
                                        kind="adverb"))
            claim = Claim(id=f"p{n}-c1", text=text, span=(0, len(text)), hedge_ids=[h.id for h in hedges])
            out.append(Paragraph(index=n, text=text, claims=[claim], hedges=hedges))
        return out

    def usage(self) -> None:
        return None


@pytest.mark.parametrize("article,cue,charge", CASES)
def test_every_engine_gets_the_same_reading(article, cue, charge):
    report = analyse_document(from_text(article), HedgeOnlyEngine({cue}))
    assert _hedges(report, cue).charge is charge


def test_a_charge_costs_the_claim_nothing_whichever_engine_found_it():
    article = "Lee was indicted on Monday.\n\nThe money allegedly went abroad."
    charged = analyse_document(from_text(article), HedgeOnlyEngine({"allegedly"}))
    plain = analyse_document(from_text(article.replace("indicted on Monday", "seen on Monday")),
                             HedgeOnlyEngine({"allegedly"}))
    charged_claim, plain_claim = charged.paragraphs[1].claims[0], plain.paragraphs[1].claims[0]
    assert charged_claim.score > plain_claim.score
    assert any("charge not yet proven" in reason for reason in charged_claim.reasons)
