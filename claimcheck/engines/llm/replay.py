"""Cassette replay and recording, in one place: the tests, ``claimcheck eval``
and ``scripts/record-cassettes`` all go through here.

A cassette (vcrpy YAML under ``cassettes/llm/``) holds real requests and the
model's real answers. Requests match on method, URI and body, so a changed
prompt, schema or setting is a miss; a miss fails its request with
"not in the cassette" (:func:`claimcheck.engines.llm.faults.describe`) and
:func:`stale` says how to re-record. ``recorded-with.json`` beside the
cassettes (or ``NAME.json`` beside one) holds the settings the recording
used, so a replay sends the very same requests.

vcrpy is a test dependency and is imported only here, only when replaying.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Optional

from claimcheck.errors import UsageError

RECORD_COMMAND = "scripts/record-cassettes"
# Settings a recording fixes; everything else a replay takes from its defaults.
RECORDED_SETTINGS = ("base_url", "model", "mode", "max_reasks", "http_retries", "max_tokens", "temperature",
                     "paragraphs_per_call", "call_budget_tokens")
SCRUBBED_HEADERS = ["authorization", "api-key", "openai-api-key", "cookie", "set-cookie", "user-agent",
                    "openai-organization", "openai-project"]


def recorded_settings(cassette: Path) -> dict[str, Any]:
    """The settings a cassette was recorded with (its sidecar ``NAME.json``,
    else ``recorded-with.json`` beside it)."""
    for sidecar in (cassette.with_suffix(".json"), cassette.parent / "recorded-with.json"):
        if sidecar.is_file():
            try:
                data = json.loads(sidecar.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise UsageError(f"cassette metadata {sidecar}: {exc}") from None
            settings = data.get("settings", data)
            return {k: v for k, v in settings.items() if k in RECORDED_SETTINGS}
    return {}


def eval_cassette(gold: Path, cassettes: Optional[Path] = None) -> Optional[Path]:
    """The cassette ``claimcheck eval GOLD --engine llm`` replays, when there is one for that gold file:
    ``eval-<stem>.yaml`` in ``cassettes/llm/`` of the current folder (a prompt engineer's checkout), or
    of the source tree claimcheck runs from."""
    folders = [cassettes] if cassettes else [Path.cwd() / "cassettes" / "llm",
                                              Path(__file__).resolve().parents[3] / "cassettes" / "llm"]
    for folder in folders:
        path = folder / f"eval-{gold.stem}.yaml"
        if path.is_file():
            return path
    return None


def _scrub_request(request: Any) -> Any:
    for name in list(request.headers):
        if name.lower().startswith("x-stainless"):
            del request.headers[name]
    return request


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SCRUBBED_HEADERS or name.lower().startswith("x-stainless"):
            del headers[name]
    return response


def recorder(*, record: bool = False, library: Optional[Path] = None) -> Any:
    """A vcrpy recorder: replay only (record mode ``none``), or recording new
    requests with keys and client headers scrubbed."""
    try:
        import vcr
    except ImportError:
        raise UsageError("replaying a cassette needs vcrpy: pip install 'claimcheck[test]'") from None
    return vcr.VCR(
        cassette_library_dir=str(library) if library else None,
        record_mode="new_episodes" if record else "none",
        match_on=("method", "uri", "body"),
        filter_headers=SCRUBBED_HEADERS,
        before_record_request=_scrub_request,
        before_record_response=_scrub_response,
        decode_compressed_response=True,
    )


@contextmanager
def replaying(cassette: Path, *, record: bool = False) -> Iterator[Any]:
    """Requests inside the block are answered from ``cassette`` (or recorded into it)."""
    if not record and not cassette.is_file():
        raise UsageError(f"cassette {cassette} is missing; record it with: {RECORD_COMMAND}")
    with recorder(record=record).use_cassette(str(cassette), allow_playback_repeats=False) as played:
        yield played


def stale(cassette: Path | str, missing: int, sent: int) -> str:
    return (f"cassette {cassette} is stale: {missing} of {sent} requests the engine sent are not in the "
            "cassette (the prompt templates, the response schema or the model settings changed since it was "
            f"recorded). Re-record it with: {RECORD_COMMAND}")
