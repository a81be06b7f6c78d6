"""Scale-out for the llm engine: hand the paragraphs to the OpenAI Batch API
(or vLLM's offline ``run_batch``) and turn the results into the batch's
usual reports and tables.

``export_requests`` writes ``OUT/openai-batch/``:

- ``requests-001.jsonl`` ...: the request lines, split to stay under the
  Batch API's limits (50,000 requests, 200 MB per file);
- ``articles.jsonl``: which articles they came from;
- ``batch.json``: the model, mode and prompt version they were built with
  (and, after ``--send``, the uploaded file and batch ids).

``collect_results`` reads that folder back, checks the prompts have not
changed since, and runs the articles through the normal batch with an
engine that answers from the results files.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Optional

from claimcheck.batch.inputs import expand_inputs
from claimcheck.batch.store import InputStamp, OutputFolder, article_key
from claimcheck.errors import ClaimcheckError, UsageError
from claimcheck.output import AtomicFile

SUBMIT_FOLDER = "openai-batch"
# llm settings besides model and mode that change the exported requests
EXPORTED_SETTINGS = ("paragraphs_per_call", "call_budget_tokens", "max_tokens", "temperature")
MAX_REQUESTS_PER_FILE = 50_000
MAX_BYTES_PER_FILE = 190 * 1024 * 1024  # under the Batch API's 200 MB


@dataclass
class ExportResult:
    folder: Path
    articles: int = 0
    requests: int = 0
    duplicate_paragraphs: int = 0
    files: list[Path] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    submitted: list[dict[str, str]] = field(default_factory=list)


class _RollingJsonl:
    """Numbered JSONL files, each renamed into place only once complete."""

    def __init__(self, folder: Path, stem: str, max_lines: int, max_bytes: int) -> None:
        self.folder, self.stem = folder, stem
        self.max_lines, self.max_bytes = max_lines, max_bytes
        self.files: list[Path] = []
        self._file: Optional[AtomicFile] = None
        self._lines = self._bytes = 0

    def write(self, line: str) -> None:
        data = line.encode("utf-8")
        if self._file is not None and (self._lines >= self.max_lines or self._bytes + len(data) > self.max_bytes):
            self._finish()
        if self._file is None:
            self._file = AtomicFile(self.folder / f"{self.stem}-{len(self.files) + 1:03d}.jsonl", binary=True)
            self._lines = self._bytes = 0
        self._file.write(data)
        self._lines += 1
        self._bytes += len(data)

    def _finish(self) -> None:
        assert self._file is not None
        self.files.append(self._file.commit())
        self._file = None

    def close(self) -> list[Path]:
        if self._file is not None:
            self._finish()
        return self.files

    def abandon(self) -> None:
        if self._file is not None:
            self._file.abandon()
            self._file = None


def _submit_folder(folder: OutputFolder) -> Path:
    target = folder.contained(SUBMIT_FOLDER)
    target.mkdir(exist_ok=True)
    return target


def export_requests(inputs: list[str], out: Path, settings: dict[str, Any], *, max_bytes: Optional[int] = None,
                    send: bool = False, client: Any = None, max_requests_per_file: int = MAX_REQUESTS_PER_FILE
                    ) -> ExportResult:
    from claimcheck.article import DEFAULT_MAX_BYTES, load
    from claimcheck.engines.llm import batch_api
    from claimcheck.engines.llm.config import LLMSettings
    from claimcheck.output import write_atomic

    folder = OutputFolder(out)
    folder.lock()
    try:
        paths = expand_inputs(inputs, exclude=folder.root)
        resolved = LLMSettings.resolve(**settings)
        builder = batch_api.BatchRequests(resolved)
        target = _submit_folder(folder)
        for stale in target.glob("requests-*.jsonl"):
            stale.unlink()  # an older export's files would be mistaken for this one's
        result = ExportResult(folder=target)
        requests = _RollingJsonl(target, "requests", max_requests_per_file, MAX_BYTES_PER_FILE)
        seen: set[str] = set()
        article_lines: list[str] = []
        limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
        try:
            for path in paths:
                try:
                    document = load(str(path), max_bytes=limit)
                except ClaimcheckError as exc:
                    result.failures.append((str(path), str(exc)))
                    continue
                call_requests = builder.calls(document)
                for line in batch_api.iter_request_lines(call_requests, seen):
                    requests.write(line)
                    result.requests += 1
                stamp = InputStamp.of(path)
                article_lines.append(json.dumps({
                    "path": str(path), "key": article_key(path), "paragraphs": len(document.paragraphs),
                    "stamp": asdict(stamp) if stamp else None, "sha256": document.meta.sha256,
                }) + "\n")  # ASCII escapes keep a non-UTF-8 file name exact, to be opened again on --collect
                result.articles += 1
                result.duplicate_paragraphs += len(call_requests)
        except BaseException:
            requests.abandon()
            raise
        result.files = requests.close()
        result.duplicate_paragraphs -= result.requests
        write_atomic(target / "articles.jsonl", "".join(article_lines))
        description: dict[str, Any] = {
            "engine": "llm", "model": resolved.model, "mode": resolved.mode,
            # what else shapes the requests, so that --collect rebuilds the very same calls
            "settings": {name: getattr(resolved, name) for name in EXPORTED_SETTINGS},
            "prompt_version": builder.prompt_version, "endpoint": batch_api.CHAT_COMPLETIONS_URL,
            "articles": result.articles, "requests": result.requests,
            "files": [p.name for p in result.files],
        }
        if send and result.files:
            metadata = {"tool": "claimcheck", "prompt_version": builder.prompt_version}
            sent = batch_api.send(resolved, result.files, client=client, metadata=metadata)
            result.submitted = [asdict(s) for s in sent]
            description["submitted"] = result.submitted
        write_atomic(target / "batch.json", json.dumps(description, indent=2) + "\n")
        return result
    finally:
        folder.close()


def read_export(out: Path) -> tuple[dict[str, Any], list[Path]]:
    """What ``export_requests`` recorded in ``out``: its description and the article paths."""
    target = out / SUBMIT_FOLDER
    try:
        description = json.loads((target / "batch.json").read_text(encoding="utf-8"))
        lines = (target / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise UsageError(
            f"{target}: no exported batch here; run `claimcheck batch ARTICLES --engine llm --submit openai-batch "
            f"--out {out}` first, or give the articles again"
        ) from None
    except (OSError, ValueError) as exc:
        raise UsageError(f"{target}: cannot read the exported batch ({exc})") from None
    return description, [Path(json.loads(line)["path"]) for line in lines if line.strip()]


def collect_settings(out: Path, settings: dict[str, Any]) -> tuple[dict[str, Any], list[Path]]:
    """The llm settings the export used (flags given now win), checked
    against the prompts now installed, and the exported article paths."""
    from claimcheck.engines.llm.batch_api import BatchRequests
    from claimcheck.engines.llm.config import LLMSettings

    description, paths = read_export(out)
    merged = dict(settings)
    merged["model"] = settings.get("model") or description.get("model")
    merged["mode"] = settings.get("mode") or description.get("mode")
    for name, value in (description.get("settings") or {}).items():
        if name in EXPORTED_SETTINGS and merged.get(name) is None:
            merged[name] = value
    current = BatchRequests(LLMSettings.resolve(**merged)).prompt_version
    if description.get("prompt_version") and description["prompt_version"] != current:
        raise UsageError(
            f"the prompts or llm settings changed since the batch was exported (prompt version "
            f"{description['prompt_version']} then, {current} now): its answers would not match; "
            "export and run the batch again"
        )
    return merged, paths
