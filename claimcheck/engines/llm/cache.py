"""Validated extractions on disk, so a rerun of an article costs nothing.

One sqlite3 file in the user cache dir. A key covers everything that shapes
the answer: the endpoint (its base URL and the model id it reports serving,
so two llama.cpp servers that both call their model "local" never share
answers), the model asked for, the prompt version (templates, schema,
settings), the wire-format version, the instructor version, and the call's messages with the
paragraph's id in them. Each write is one transaction, so a crash
leaves the old entry or the new one, never half of one. A file that is not
a readable sqlite database is moved aside and rebuilt, with a warning.
Only successful extractions are stored: failed paragraphs are retried on
the next run. API keys are never part of a key or a value.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import logging
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

log = logging.getLogger("claimcheck.engines.llm")

_SCHEMA = "CREATE TABLE IF NOT EXISTS extractions (key TEXT PRIMARY KEY, value TEXT NOT NULL, created REAL NOT NULL)"
_SERVED = ("CREATE TABLE IF NOT EXISTS served_models (endpoint TEXT NOT NULL, model TEXT NOT NULL, "
           "served TEXT NOT NULL, PRIMARY KEY (endpoint, model))")
# Bumped when the shape of the requests or of the stored values changes.
WIRE_VERSION = "2"


@dataclass(frozen=True)
class Endpoint:
    """Where the answers come from: base URL, the model asked for, and the model
    id the server reports (None when it reports none)."""

    base_url: str
    model: str
    served: Optional[str] = None


@functools.lru_cache(maxsize=1)
def instructor_version() -> str:
    """Read from the package metadata: a cache lookup must not import instructor."""
    try:
        return importlib.metadata.version("instructor")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def cache_key(endpoint: Endpoint, prompt_version: str, messages: list[dict[str, str]], paragraph_id: str) -> str:
    material = json.dumps(
        {"endpoint": endpoint.base_url.rstrip("/"), "served": endpoint.served, "model": endpoint.model,
         "prompt_version": prompt_version, "wire": WIRE_VERSION, "instructor": instructor_version(),
         "messages": messages, "paragraph": paragraph_id},
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


class ResponseCache:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.warnings: list[str] = []
        self._db: Optional[sqlite3.Connection] = None
        self._unusable = False

    def _connect(self) -> Optional[sqlite3.Connection]:
        """The database, or None when it cannot be had: a run without a cache beats no run."""
        if self._db is not None or self._unusable:
            return self._db
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._db = self._open()
            except sqlite3.DatabaseError as exc:
                self._rebuild(exc)
        except (OSError, sqlite3.Error) as exc:
            self._disable(exc)
        return self._db

    def _disable(self, exc: Exception) -> None:
        self._unusable = True
        self._db = None
        message = f"the llm response cache {self.path} cannot be used ({exc}); running without it"
        self.warnings.append(message)
        log.warning(message)

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            status = db.execute("PRAGMA quick_check").fetchone()
            if not status or status[0] != "ok":
                raise sqlite3.DatabaseError(f"integrity check: {status[0] if status else 'no answer'}")
            db.execute(_SCHEMA)
            db.execute(_SERVED)
            # WAL: a commit is still all-or-nothing after a crash, but does not fsync, which would
            # stall the event loop for every paragraph that finishes.
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _rebuild(self, exc: Exception) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
        for suffix in ("", "-journal", "-wal", "-shm"):
            part = Path(str(self.path) + suffix)
            if part.exists():
                part.replace(Path(str(aside) + suffix))
        message = f"the llm response cache {self.path} was unreadable ({exc}); moved it to {aside.name} and started a new one"
        self.warnings.append(message)
        log.warning(message)
        self._db = self._open()

    def get(self, key: str) -> Optional[dict]:
        db = self._connect()
        if db is None:
            return None
        try:
            row = db.execute("SELECT value FROM extractions WHERE key = ?", (key,)).fetchone()
        except sqlite3.DatabaseError as exc:
            try:
                self._rebuild(exc)
            except (OSError, sqlite3.Error) as again:
                self._disable(again)
            return None
        if row is None:
            return None
        try:
            return json.loads(row[0])
        except ValueError:
            return None

    def put(self, key: str, value: dict) -> None:
        payload = json.dumps(value, ensure_ascii=False)
        db = self._connect()
        if db is None:
            return
        try:
            with db:  # one transaction: all or nothing
                db.execute("BEGIN IMMEDIATE")
                db.execute(
                    "INSERT OR REPLACE INTO extractions (key, value, created) VALUES (?, ?, ?)",
                    (key, payload, time.time()),
                )
        except sqlite3.DatabaseError as exc:
            log.warning("could not write the llm response cache %s: %s", self.path, exc)

    def served_model(self, base_url: str, model: str) -> Optional[str]:
        """The model id this endpoint reported serving for ``model`` last time it was checked."""
        db = self._connect()
        if db is None:
            return None
        try:
            row = db.execute("SELECT served FROM served_models WHERE endpoint = ? AND model = ?",
                             (base_url.rstrip("/"), model)).fetchone()
        except sqlite3.DatabaseError:
            return None
        return row[0] if row else None

    def remember_served(self, base_url: str, model: str, served: Optional[str]) -> None:
        db = self._connect()
        if db is None:
            return
        try:
            with db:
                db.execute("BEGIN IMMEDIATE")
                if served is None:
                    db.execute("DELETE FROM served_models WHERE endpoint = ? AND model = ?", (base_url.rstrip("/"), model))
                else:
                    db.execute("INSERT OR REPLACE INTO served_models (endpoint, model, served) VALUES (?, ?, ?)",
                               (base_url.rstrip("/"), model, served))
        except sqlite3.DatabaseError as exc:
            log.warning("could not write the llm response cache %s: %s", self.path, exc)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
