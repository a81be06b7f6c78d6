"""The scoring rubric: its shape here, its values only in ``claimcheck/rubric.toml``.

The models declare no defaults on purpose: the shipped TOML is the one home of
every weight, and a ``--rubric`` file is laid over it key by key, so a desk's
file needs only the keys it changes.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict, ValidationError

from claimcheck.errors import InputError, UsageError, first_validation_error

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BaseScores(_Section):
    named_person: float
    organization: float
    document: float
    vague_document: float
    anonymous: float
    orphan_specific: float
    orphan_background: float
    public_record: float
    common_knowledge: float
    author_argument: float


class QuoteScores(_Section):
    direct: float
    mixed: float
    indirect: float


class AnonymousScores(_Section):
    basis_stated: float
    no_basis: float
    reason_given: float
    vague_descriptor: float
    explicit_count: float


class CorroborationScores(_Section):
    per_extra_source: float
    max_bonus: float


class HedgingScores(_Section):
    reporter: float
    source: float
    agentless: float
    charge: float
    anonymous_hedged: float


class ChainScores(_Section):
    inherited: float
    secondary: float


class RatingThresholds(_Section):
    strong: float
    moderate: float


class ArticleWeights(_Section):
    specific_weight: float
    background_weight: float
    argument_weight: float
    orphan_penalty: float
    strong: float
    moderate: float


class FlagThresholds(_Section):
    anonymous_majority: float


class CheckFirstWeights(_Section):
    limit: int
    orphan_specific: float
    quote_no_speaker: float
    anonymous_hedged: float
    anonymous_no_basis: float
    relayed_single: float
    vague_document: float
    author_figure: float
    per_specific_detail: float
    max_detail_bonus: float


class Rubric(_Section):
    base: BaseScores
    quote: QuoteScores
    anonymous: AnonymousScores
    corroboration: CorroborationScores
    hedging: HedgingScores
    chain: ChainScores
    ratings: RatingThresholds
    article: ArticleWeights
    flags: FlagThresholds
    check_first: CheckFirstWeights


@lru_cache(maxsize=1)
def _shipped_rubric() -> Rubric:
    return load_rubric(None, _cached=False)


# A rubric is a few dozen lines of TOML; more than this is not one (and /dev/zero is never read whole).
RUBRIC_MAX_BYTES = 1024 * 1024


def load_rubric(path: Optional[Path] = None, *, _cached: bool = True) -> Rubric:
    """The shipped rubric, with the keys of ``path`` (if given) laid over it."""
    if path is None and _cached:
        return _shipped_rubric().model_copy(deep=True)
    shipped = tomllib.loads(resources.files("claimcheck").joinpath("rubric.toml").read_text("utf-8"))
    if path is not None:
        from claimcheck.article import read_bytes

        try:
            text = read_bytes(str(path), RUBRIC_MAX_BYTES, flag=None, what="a rubric", regular_only=True).decode("utf-8")
            override = tomllib.loads(text)
        except InputError as exc:  # missing, a folder, a device, binary, too large: all bounded reads
            raise UsageError(f"--rubric {exc}") from None
        except UnicodeDecodeError as exc:
            raise UsageError(f"--rubric {path}: not UTF-8 text (byte {exc.start} is {exc.object[exc.start]:#04x}); "
                             "save it as UTF-8") from None
        except tomllib.TOMLDecodeError as exc:
            raise UsageError(f"--rubric {path}: not valid TOML ({exc})") from None
        for section, values in override.items():
            if isinstance(values, dict) and isinstance(shipped.get(section), dict):
                shipped[section].update(values)
            else:
                shipped[section] = values
    try:
        return Rubric.model_validate(shipped)
    except ValidationError as exc:
        raise UsageError(f"--rubric {path}: {first_validation_error(exc)}") from None


def rating_for(score: float, rubric: Rubric) -> str:
    """The rating of an attributed claim from its score."""
    return _rated(score, rubric.ratings.strong, rubric.ratings.moderate)


def article_rating_for(score: float, rubric: Rubric) -> str:
    """The rating of the article from its score (see ``[article]`` in rubric.toml)."""
    return _rated(score, rubric.article.strong, rubric.article.moderate)


def _rated(score: float, strong: float, moderate: float) -> str:
    if score >= strong:
        return "strong"
    if score >= moderate:
        return "moderate"
    return "weak"
