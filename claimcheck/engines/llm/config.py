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
    """USD per million tokens; ``cached_input`` for prompt tokens served from
    the endpoint's prefix cache (the input price when not given)."""

    model_config = ConfigDict(extra="forbid")
    input: float = Field(ge=0)
    output: float = Field(ge=0)
    cached_input: Optional[float] = Field(None, ge=0)

    def cost(self, prompt_tokens: int, cached_tokens: int, completion_tokens: int) -> float:
        cached = min(cached_tokens, prompt_tokens)
        cached_price = self.input if self.cached_input is None else self.cached_input
        total = (prompt_tokens - cached) * self.input + cached * cached_price + completion_tokens * self.output
        return round(total / 1_000_000, 6)


# OpenAI's published list prices (USD per 1M tokens). They apply to OpenAI's own endpoint only; prices for
# any model on any endpoint go in the config file's [llm.prices."MODEL"].
OPENAI_LIST_PRICES: dict[str, Price] = {
    "gpt-4o-mini": Price(input=0.15, cached_input=0.075, output=0.60),
    "gpt-4o": Price(input=2.50, cached_input=1.25, output=10.00),
    "gpt-4.1": Price(input=2.00, cached_input=0.50, output=8.00),
    "gpt-4.1-mini": Price(input=0.40, cached_input=0.10, output=1.60),
    "gpt-4.1-nano": Price(input=0.10, cached_input=0.025, output=0.40),
}
# Concurrency when none is set: OpenAI serves many requests at once; a local server (llama.cpp, Ollama by
# default) answers one at a time, and requests queued behind it would time out while they wait.
OPENAI_CONCURRENCY = 8
LOCAL_CONCURRENCY = 1
# Idle timeout when none is set. Local servers send a non-streamed answer all at once, so for them the idle
# timeout is the wait for the whole generation: a call's prompt (2,000 to 3,000 tokens) and up to max_tokens
# (4,096) of answer. A loaded 2-core CPU generated SmolLM2-135M at 5 to 12 tokens/s and ran past 600 s on a
# runaway answer; 1,800 s covers 2.5 tokens/s.
OPENAI_TIMEOUT = 600.0
LOCAL_TIMEOUT = 1800.0


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
    deadline: Optional[float] = Field(None, gt=0)
    max_tokens: Optional[int] = Field(None, ge=1)
    temperature: Optional[float] = Field(None, ge=0, le=2)
    paragraphs_per_call: Optional[int] = Field(None, ge=1)
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


class LLMSettings(BaseModel):
    """Everything the llm engine needs; build it with :meth:`resolve`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str = DEFAULT_MODEL
    base_url: Optional[str] = Field(None, description="None means OpenAI itself")
    api_key: Optional[SecretStr] = None
    api_key_source: KeySource = "none"
    mode: Mode = "tools"
    concurrency: Optional[int] = Field(None, ge=1, description="calls in flight; None: 8 on OpenAI, 1 elsewhere")
    timeout: Optional[float] = Field(None, gt=0, description="idle seconds: connecting, or waiting for the next "
                                                            "bytes; None: 600 on OpenAI, 1800 elsewhere")
    deadline: Optional[float] = Field(None, gt=0, description="seconds for a whole request; None: 3 x timeout")
    max_reasks: int = Field(2, ge=0, description="re-asks after an answer is refused")
    http_retries: int = Field(3, ge=0, description="retries after 429, 5xx, timeouts and dropped connections")
    max_backoff: float = Field(60.0, ge=0, description="longest wait between HTTP retries, Retry-After included")
    temperature: float = Field(0.0, ge=0, le=2)
    max_tokens: int = Field(4096, ge=1, description="completion tokens per call")
    paragraphs_per_call: int = Field(16, ge=1)
    call_budget_tokens: int = Field(2000, ge=1, description="paragraph tokens per call (estimated)")
    cache: bool = True
    cache_path: Path = Field(default_factory=default_cache_path)
    prices: dict[str, Price] = Field(default_factory=dict, description="the config file's, for any endpoint")

    @property
    def endpoint(self) -> str:
        return self.base_url or OPENAI_BASE_URL

    @property
    def is_openai(self) -> bool:
        return self.base_url is None

    @property
    def calls_in_flight(self) -> int:
        if self.concurrency is not None:
            return self.concurrency
        return OPENAI_CONCURRENCY if self.is_openai else LOCAL_CONCURRENCY

    @property
    def idle_timeout(self) -> float:
        if self.timeout is not None:
            return self.timeout
        return OPENAI_TIMEOUT if self.is_openai else LOCAL_TIMEOUT

    @property
    def request_deadline(self) -> float:
        return self.deadline if self.deadline is not None else 3 * self.idle_timeout

    @classmethod
    def resolve(
        cls,
        *,
        model: Optional[str] = None,
        base_url: Optional[str] = None,
        mode: Optional[str] = None,
        concurrency: Optional[int] = None,
        timeout: Optional[float] = None,
        deadline: Optional[float] = None,
        max_tokens: Optional[int] = None,
        temperature: Optional[float] = None,
        paragraphs_per_call: Optional[int] = None,
        cache: bool = True,
        env: Mapping[str, str] | None = None,
        **overrides: object,
    ) -> "LLMSettings":
        """Flags (the keyword arguments) win over env vars, which win over the config file.

        ``overrides`` set any other field directly (tests and the benchmark use it).
        """
        env = os.environ if env is None else env
        file = read_config_file(config_path(env))
        resolved_url = base_url or env.get("OPENAI_BASE_URL") or file.base_url
        if resolved_url is not None and _same_url(resolved_url, OPENAI_BASE_URL):
            resolved_url = None
        api_key, key_source = _pick_key(resolved_url, env, file)
        prices = dict(file.prices)
        values: dict[str, object] = {
            "model": model or env.get("CLAIMCHECK_MODEL") or file.model or DEFAULT_MODEL,
            "base_url": resolved_url,
            "api_key": api_key,
            "api_key_source": key_source,
            "mode": mode or env.get("CLAIMCHECK_MODE") or file.mode or "tools",
            "cache": cache,
            "cache_path": default_cache_path(env),
            "prices": prices,
        }
        flags = {"concurrency": concurrency, "timeout": timeout, "deadline": deadline, "max_tokens": max_tokens,
                 "temperature": temperature, "paragraphs_per_call": paragraphs_per_call}
        for name, flag in flags.items():
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

    def price(self, model: Optional[str] = None) -> Optional[Price]:
        """The configured price of ``model`` (default: the requested one), else
        OpenAI's list price, but only on OpenAI's endpoint: a local run of a
        model that happens to share a name with OpenAI's is not billed."""
        model = model or self.model
        if model in self.prices:
            return self.prices[model]
        return OPENAI_LIST_PRICES.get(model) if self.is_openai else None
