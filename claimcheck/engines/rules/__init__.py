"""The offline, deterministic ``rules`` engine (see :mod:`.engine`)."""

from claimcheck.engines.rules.engine import RulesContext, RulesEngine, analyse_paragraph
from claimcheck.engines.rules.lexicon import LEXICON_VERSION

__all__ = ["LEXICON_VERSION", "RulesContext", "RulesEngine", "analyse_paragraph"]
