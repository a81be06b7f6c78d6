"""Fixtures for the llm engine tests: settings that touch nothing outside
tmp_path, and a sleep that records instead of waiting."""

from __future__ import annotations

import pytest

from claimcheck.engines.llm import LLMSettings


@pytest.fixture
def make_settings(tmp_path, monkeypatch):
    """LLMSettings with the cache, config file and environment confined to the test."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "CLAIMCHECK_MODEL", "CLAIMCHECK_MODE", "CLAIMCHECK_PROMPTS_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CLAIMCHECK_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))

    def make(**overrides) -> LLMSettings:
        values = dict(http_retries=2, max_reasks=1, concurrency=4, timeout=10.0)
        values.update(overrides)
        return LLMSettings.resolve(**values)

    return make


class SleepLog:
    """Stands in for asyncio.sleep: backoff is recorded, not waited out."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def sleeps() -> SleepLog:
    return SleepLog()


