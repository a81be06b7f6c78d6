import pytest

from claimcheck.engines.rules import RulesContext, analyse_paragraph


@pytest.fixture
def analyse():
    """Analyse paragraphs in order, sharing one context as the engine does."""
    context = RulesContext()
    counter = iter(range(1, 1000))

    def run(text: str):
        return analyse_paragraph(text, next(counter), [], context)

    return run


def only(items, **where):
    """The single item whose attributes equal ``where``; fails loudly otherwise."""
    found = [i for i in items if all(getattr(i, k) == v for k, v in where.items())]
    assert len(found) == 1, f"expected one of {where} in {[i.model_dump() for i in items]}"
    return found[0]
