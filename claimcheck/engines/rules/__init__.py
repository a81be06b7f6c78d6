"""The offline, deterministic ``rules`` engine (see :mod:`.engine`)."""

from claimcheck.engines.rules.engine import RulesContext, RulesEngine, analyse_paragraph

__all__ = ["RulesContext", "RulesEngine", "analyse_paragraph"]
