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

import vcr

from claimcheck.article import Document
from claimcheck.schema import ArticleMeta

REPO = Path(__file__).resolve().parents[3]
CASSETTES = REPO / "cassettes" / "llm"
FIXTURES = Path(__file__).parent / "fixtures"
RECORD_COMMAND = "scripts/record-cassettes"
TEST_KEY = "sk-test-claimcheck-0123456789abcdefSECRET"
RECORDING = os.environ.get("CLAIMCHECK_RECORD") == "1"
RECORDED_WITH = CASSETTES / "recorded-with.json"

SCRUBBED_HEADERS = ["authorization", "api-key", "openai-api-key", "cookie", "set-cookie", "user-agent",
                    "openai-organization", "openai-project"]


def _scrub_request(request):
    for name in list(request.headers):
        if name.lower().startswith("x-stainless"):
            del request.headers[name]
    return request


def _scrub_response(response):
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SCRUBBED_HEADERS or name.lower().startswith("x-stainless"):
            del headers[name]
    return response


def cassette_vcr() -> vcr.VCR:
    return vcr.VCR(
        cassette_library_dir=str(CASSETTES),
        record_mode="new_episodes" if RECORDING else "none",  # the script deletes old cassettes first
        match_on=("method", "uri", "body"),
        filter_headers=SCRUBBED_HEADERS,
        before_record_request=_scrub_request,
        before_record_response=_scrub_response,
        decode_compressed_response=True,
    )


def recorded_with() -> dict:
    """The endpoint and model the cassettes were recorded against; replays must send the same requests."""
    if RECORDING:
        return {
            "base_url": os.environ.get("CLAIMCHECK_RECORD_BASE_URL", "http://127.0.0.1:8765/v1"),
            "model": os.environ.get("CLAIMCHECK_RECORD_MODEL", "smollm2-135m"),
            "mode": os.environ.get("CLAIMCHECK_RECORD_MODE", "tools"),
        }
    return json.loads(RECORDED_WITH.read_text())


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
            raise StaleCassette(
                f"cassette {path.relative_to(REPO)} is stale: {sent - cassette.play_count} of {sent} requests the "
                "engine sent are not in it (the prompt templates, the response schema or the model settings changed "
                f"since it was recorded). Re-record it with: {RECORD_COMMAND}"
            ) from error
    if error is not None:
        raise error
