"""Helpers for the llm engine tests: articles built without the ingest
stage, and cassette replay that names stale cassettes.

Cassettes replay with record mode ``none``: no network, no key. To record
them again run ``scripts/record-cassettes`` (it sets CLAIMCHECK_RECORD=1
and points the tests at a live server).
"""

from __future__ import annotations

import hashlib
import json
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from claimcheck.article import Document
from claimcheck.engines.llm import replay as cassettes
from claimcheck.schema import ArticleMeta

REPO = Path(__file__).resolve().parents[3]
CASSETTES = REPO / "cassettes" / "llm"
FIXTURES = Path(__file__).parent / "fixtures"
RECORD_COMMAND = cassettes.RECORD_COMMAND
TEST_KEY = "sk-test-claimcheck-0123456789abcdefSECRET"
RECORDING = os.environ.get("CLAIMCHECK_RECORD") == "1"
RECORDED_WITH = CASSETTES / "recorded-with.json"
SCRUBBED_HEADERS = cassettes.SCRUBBED_HEADERS
# What the recordings fix besides the endpoint: one re-ask and a short answer keep a CPU-bound model's
# recording to minutes. The replays read them back from recorded-with.json.
RECORDING_SETTINGS = {"max_reasks": 1, "max_tokens": 1024, "http_retries": 1}


def cassette_vcr():
    return cassettes.recorder(record=RECORDING, library=CASSETTES)


def recorded_with() -> dict:
    """The settings the cassettes were recorded with; replays must send the same requests."""
    if RECORDING:
        return {
            "base_url": os.environ.get("CLAIMCHECK_RECORD_BASE_URL", "http://127.0.0.1:8765/v1"),
            "model": os.environ.get("CLAIMCHECK_RECORD_MODEL", "smollm2-135m"),
            "mode": os.environ.get("CLAIMCHECK_RECORD_MODE", "tools"),
            **RECORDING_SETTINGS,
        }
    return cassettes.recorded_settings(CASSETTES / "any.yaml")


def document(title: str, paragraphs: list[str]) -> Document:
    raw = "\n\n".join([title, *paragraphs]).encode()
    meta = ArticleMeta(path="test", title=title, sha256=hashlib.sha256(raw).hexdigest())
    return Document(meta=meta, paragraphs=paragraphs, sentences=[[] for _ in paragraphs])


def fixture_document(name: str) -> Document:
    """Title on the first line, paragraphs after blank lines; built here so the
    requests do not change when the ingest stage does."""
    blocks = [b.strip() for b in (FIXTURES / name).read_text(encoding="utf-8").split("\n\n") if b.strip()]
    return document(blocks[0], blocks[1:])


class StaleCassette(AssertionError):
    pass


@contextmanager
def replay(name: str, engine) -> Iterator[object]:
    """Runs the block against cassette ``name``. If the engine sent a request the
    cassette does not hold, the cassette is stale: fail with the command that
    re-records it, whatever else went wrong in the block."""
    path = CASSETTES / name
    if not RECORDING and not path.exists():
        raise StaleCassette(f"cassette {path.relative_to(REPO)} is missing; record it with: {RECORD_COMMAND}")
    sent_before = engine.requests_sent
    error: BaseException | None = None
    with cassette_vcr().use_cassette(name, allow_playback_repeats=False) as cassette:
        try:
            yield cassette
        except BaseException as exc:  # judged below: a stale cassette explains it better
            error = exc
        sent = engine.requests_sent - sent_before
        if not RECORDING and sent > cassette.play_count:
            raise StaleCassette(cassettes.stale(path.relative_to(REPO), sent - cassette.play_count, sent)) from error
    if error is not None:
        raise error
