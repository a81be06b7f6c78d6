"""Where the llm engine's settings come from: flags, then environment, then
the config file, then defaults.

The API key is the one setting with a rule of its own. It is sent to
OpenAI, or to a custom base URL only when the user paired that URL with a
key themselves (``OPENAI_BASE_URL`` + ``OPENAI_API_KEY``, or ``base_url`` +
``api_key`` in the config file). A ``--base-url`` typed on the command line
alone gets a placeholder key, so pointing claimcheck at some server to try
it never hands that server the user's OpenAI key.

Nothing here imports openai or instructor: ``claimcheck --help`` and the
``--engine auto`` check read this module.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Literal, Mapping, Optional

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from claimcheck.errors import UsageError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

APP_NAME = "claimcheck"
DEFAULT_MODEL = "gpt-4o-mini"
OPENAI_BASE_URL = "https://api.openai.com/v1"
# Local servers (llama.cpp, Ollama, vLLM) ignore the key but the openai client insists on one.
PLACEHOLDER_API_KEY = "no-key-needed"

Mode = Literal["tools", "json", "json_schema", "md_json"]
KeySource = Literal["env", "config file", "placeholder", "none"]


class Price(BaseModel):
    """USD per million tokens."""

    model_config = ConfigDict(extra="forbid")
    input: float = Field(ge=0)
    output: float = Field(ge=0)


# Published list prices (USD per 1M tokens); users override or extend them in the config file.
DEFAULT_PRICES: dict[str, Price] = {
    "gpt-4o-mini": Price(input=0.15, output=0.60),
    "gpt-4o": Price(input=2.50, output=10.00),
    "gpt-4.1": Price(input=2.00, output=8.00),
    "gpt-4.1-mini": Price(input=0.40, output=1.60),
    "gpt-4.1-nano": Price(input=0.10, output=0.40),
}


def config_path(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    if env.get("CLAIMCHECK_CONFIG"):
        return Path(env["CLAIMCHECK_CONFIG"])
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def default_cache_path(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    if env.get("CLAIMCHECK_CACHE_DIR"):
        return Path(env["CLAIMCHECK_CACHE_DIR"]) / "llm-responses.sqlite3"
    return Path(platformdirs.user_cache_dir(APP_NAME)) / "llm-responses.sqlite3"


class FileSettings(BaseModel):
    """The ``[llm]`` table of the config file."""

    model_config = ConfigDict(extra="forbid")
    model: Optional[str] = None
    base_url: Optional[str] = None
    api_key: Optional[SecretStr] = None
    mode: Optional[Mode] = None
    concurrency: Optional[int] = Field(None, ge=1)
    timeout: Optional[float] = Field(None, gt=0)
    max_reasks: Optional[int] = Field(None, ge=0)
    http_retries: Optional[int] = Field(None, ge=0)
    prices: dict[str, Price] = Field(default_factory=dict)


def read_config_file(path: Path) -> FileSettings:
    if not path.is_file():
        return FileSettings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"config file {path}: {exc}") from None
    try:
        return FileSettings.model_validate(data.get("llm", {}))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise UsageError(f"config file {path}: [llm] {where}: {first['msg']}") from None


def endpoint_configured(env: Mapping[str, str] | None = None) -> bool:
    """Whether the user set up an LLM endpoint (env vars or config file); ``--engine auto`` asks this."""
    env = os.environ if env is None else env
    if env.get("OPENAI_API_KEY") or env.get("OPENAI_BASE_URL"):
        return True
    try:
        file = read_config_file(config_path(env))
    except UsageError:
        return False
    return bool(file.base_url or file.api_key)


def _same_url(a: Optional[str], b: Optional[str]) -> bool:
    return a is not None and b is not None and a.rstrip("/") == b.rstrip("/")


def _pick_key(
    base_url: Optional[str], env: Mapping[str, str], file: FileSettings
) -> tuple[Optional[SecretStr], KeySource]:
    env_key = SecretStr(env["OPENAI_API_KEY"]) if env.get("OPENAI_API_KEY") else None
    if base_url is None:  # OpenAI itself: any key the user gave is meant for it
        if env_key:
            return env_key, "env"
        if file.api_key and not file.base_url:
            return file.api_key, "config file"
        return None, "none"
    if env_key and _same_url(base_url, env.get("OPENAI_BASE_URL")):
        return env_key, "env"
    if file.api_key and _same_url(base_url, file.base_url):
        return file.api_key, "config file"
    return SecretStr(PLACEHOLDER_API_KEY), "placeholder"


def cassette_target(cassette: Path) -> dict[str, str]:
    """The endpoint, model and mode a cassette was recorded against (its
    sidecar ``NAME.json``, else ``recorded-with.json`` beside it): a replay
    must send the very same requests."""
    for sidecar in (cassette.with_suffix(".json"), cassette.parent / "recorded-with.json"):
        if sidecar.is_file():
            try:
                data = json.loads(sidecar.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise UsageError(f"cassette metadata {sidecar}: {exc}") from None
            return {k: str(v) for k, v in data.items() if k in ("base_url", "model", "mode")}
    return {}


def eval_cassette(gold: Path, cassettes: Path | None = None) -> Optional[Path]:
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


class LLMSettings(BaseModel):
    """Everything the llm engine needs; build it with :meth:`resolve`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str = DEFAULT_MODEL
    base_url: Optional[str] = Field(None, description="None means OpenAI itself")
    api_key: Optional[SecretStr] = None
    api_key_source: KeySource = "none"
    mode: Mode = "tools"
    concurrency: int = Field(8, ge=1)
    timeout: float = Field(60.0, gt=0, description="seconds per HTTP request")
    max_reasks: int = Field(2, ge=0, description="instructor re-asks after an answer fails validation")
    http_retries: int = Field(3, ge=0, description="retries after 429, 5xx, timeouts and dropped connections")
    max_backoff: float = Field(60.0, ge=0, description="longest wait between HTTP retries, Retry-After included")
    temperature: float = 0.0
    max_tokens: int = Field(1500, ge=1)
    cache: bool = True
    cache_path: Path = Field(default_factory=default_cache_path)
    prices: dict[str, Price] = Field(default_factory=lambda: dict(DEFAULT_PRICES))
    progress: bool = True
    verbose: int = 0
    quiet: bool = False
    cassette: Optional[Path] = Field(None, description="replay this vcrpy cassette instead of calling the endpoint")

    @property
    def endpoint(self) -> str:
        return self.base_url or OPENAI_BASE_URL

    @classmethod
    def resolve(
        cls,
        *,
        model: Optional[str] = None,
        base_url: Optional[str] = None,
        mode: Optional[str] = None,
        concurrency: Optional[int] = None,
        timeout: Optional[float] = None,
        cache: bool = True,
        verbose: int = 0,
        quiet: bool = False,
        env: Mapping[str, str] | None = None,
        cassette: Optional[Path] = None,
        **overrides: object,
    ) -> "LLMSettings":
        """Flags (the keyword arguments) win over env vars, which win over the config file.

        ``overrides`` set any other field directly (tests and the benchmark use it).
        """
        env = os.environ if env is None else env
        file = read_config_file(config_path(env))
        if cassette is not None:
            if not Path(cassette).is_file():
                raise UsageError(f"cassette {cassette} does not exist")
            recorded = cassette_target(Path(cassette))
            model = model or recorded.get("model")
            base_url = base_url or recorded.get("base_url")
            mode = mode or recorded.get("mode")
            overrides["cassette"] = Path(cassette)
        resolved_url = base_url or env.get("OPENAI_BASE_URL") or file.base_url
        if resolved_url is not None and _same_url(resolved_url, OPENAI_BASE_URL):
            resolved_url = None
        api_key, key_source = _pick_key(resolved_url, env, file)
        prices = dict(DEFAULT_PRICES)
        prices.update(file.prices)
        values: dict[str, object] = {
            "model": model or env.get("CLAIMCHECK_MODEL") or file.model or DEFAULT_MODEL,
            "base_url": resolved_url,
            "api_key": api_key,
            "api_key_source": key_source,
            "mode": mode or env.get("CLAIMCHECK_MODE") or file.mode or "tools",
            "cache": cache,
            "cache_path": default_cache_path(env),
            "prices": prices,
            "verbose": verbose,
            "quiet": quiet,
            "progress": not quiet,
        }
        for name, flag in (("concurrency", concurrency), ("timeout", timeout)):
            chosen = flag if flag is not None else getattr(file, name)
            if chosen is not None:
                values[name] = chosen
        for name in ("max_reasks", "http_retries"):
            if getattr(file, name) is not None:
                values[name] = getattr(file, name)
        values.update(overrides)
        try:
            return cls.model_validate(values)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise UsageError(f"llm setting {where}: {first['msg']}") from None

    def price(self) -> Optional[Price]:
        return self.prices.get(self.model)
