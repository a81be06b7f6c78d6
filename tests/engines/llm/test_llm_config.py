"""Settings precedence (flag > env > config file > default) and which key
goes to which endpoint."""

from __future__ import annotations

import pytest

from claimcheck.engines.llm.config import PLACEHOLDER_API_KEY, LLMSettings, endpoint_configured
from claimcheck.errors import UsageError

LOCAL = "http://127.0.0.1:8080/v1"
OTHER = "http://10.0.0.9:8000/v1"


def _resolve(tmp_path, env: dict, config: str = "", **flags) -> LLMSettings:
    path = tmp_path / "config.toml"
    path.write_text(config)
    return LLMSettings.resolve(env={"CLAIMCHECK_CONFIG": str(path), **env}, **flags)


@pytest.mark.parametrize(
    "env, config, flags, model",
    [
        ({}, "", {}, "gpt-4o-mini"),
        ({}, '[llm]\nmodel = "from-file"', {}, "from-file"),
        ({"CLAIMCHECK_MODEL": "from-env"}, '[llm]\nmodel = "from-file"', {}, "from-env"),
        ({"CLAIMCHECK_MODEL": "from-env"}, '[llm]\nmodel = "from-file"', {"model": "from-flag"}, "from-flag"),
    ],
)
def test_model_precedence(tmp_path, env, config, flags, model):
    assert _resolve(tmp_path, env, config, **flags).model == model


@pytest.mark.parametrize(
    "env, config, flags, base_url, key, source",
    [
        # OpenAI itself gets the user's key
        ({"OPENAI_API_KEY": "sk-env"}, "", {}, None, "sk-env", "env"),
        ({}, '[llm]\napi_key = "sk-file"', {}, None, "sk-file", "config file"),
        # a pairing the user made in the environment
        ({"OPENAI_API_KEY": "sk-env", "OPENAI_BASE_URL": LOCAL}, "", {}, LOCAL, "sk-env", "env"),
        ({"OPENAI_API_KEY": "sk-env", "OPENAI_BASE_URL": LOCAL}, "", {"base_url": LOCAL + "/"}, LOCAL + "/", "sk-env", "env"),
        # a pairing made in the config file
        ({"OPENAI_API_KEY": "sk-env"}, f'[llm]\nbase_url = "{LOCAL}"\napi_key = "sk-file"', {}, LOCAL, "sk-file", "config file"),
        # --base-url typed alone: the OpenAI key stays home
        ({"OPENAI_API_KEY": "sk-env"}, "", {"base_url": LOCAL}, LOCAL, PLACEHOLDER_API_KEY, "placeholder"),
        ({"OPENAI_API_KEY": "sk-env", "OPENAI_BASE_URL": LOCAL}, "", {"base_url": OTHER}, OTHER, PLACEHOLDER_API_KEY, "placeholder"),
        ({"OPENAI_API_KEY": "sk-env"}, f'[llm]\nbase_url = "{LOCAL}"', {}, LOCAL, PLACEHOLDER_API_KEY, "placeholder"),
        ({}, "", {}, None, None, "none"),
    ],
)
def test_the_key_goes_only_where_the_user_paired_it(tmp_path, env, config, flags, base_url, key, source):
    settings = _resolve(tmp_path, env, config, **flags)
    assert settings.base_url == base_url
    assert (settings.api_key.get_secret_value() if settings.api_key else None) == key
    assert settings.api_key_source == source


def test_flags_beat_the_config_file_for_mode_concurrency_and_timeout(tmp_path):
    config = '[llm]\nmode = "md_json"\nconcurrency = 2\ntimeout = 99\n[llm.prices.local]\ninput = 0\noutput = 0'
    from_file = _resolve(tmp_path, {}, config, model="local")
    assert (from_file.mode, from_file.concurrency, from_file.timeout) == ("md_json", 2, 99)
    assert from_file.price().input == 0
    flagged = _resolve(tmp_path, {}, config, mode="json", concurrency=16, timeout=5)
    assert (flagged.mode, flagged.concurrency, flagged.timeout) == ("json", 16, 5)


@pytest.mark.parametrize(
    "config, flags, message",
    [
        ("[llm\n", {}, "config file"),
        ('[llm]\nmode = "xml"', {}, "[llm] mode"),
        ('[llm]\ncolour = "blue"', {}, "[llm] colour"),
        ("", {"mode": "xml"}, "llm setting mode"),
        ("", {"concurrency": 0}, "llm setting concurrency"),
    ],
)
def test_bad_settings_are_usage_errors(tmp_path, config, flags, message):
    with pytest.raises(UsageError, match=message.replace("[", r"\[")):
        _resolve(tmp_path, {}, config, **flags)


def test_the_key_never_shows_in_a_repr(tmp_path):
    settings = _resolve(tmp_path, {"OPENAI_API_KEY": "sk-secret-value"})
    assert "sk-secret-value" not in repr(settings) and "sk-secret-value" not in settings.model_dump_json()


@pytest.mark.parametrize(
    "env, config, expected",
    [
        ({}, "", False),
        ({"OPENAI_API_KEY": "k"}, "", True),
        ({"OPENAI_BASE_URL": LOCAL}, "", True),
        ({}, f'[llm]\nbase_url = "{LOCAL}"', True),
        ({}, '[llm]\nmodel = "x"', False),
    ],
)
def test_endpoint_configured(tmp_path, env, config, expected):
    path = tmp_path / "config.toml"
    path.write_text(config)
    assert endpoint_configured({"CLAIMCHECK_CONFIG": str(path), **env}) is expected


def test_list_prices_apply_only_on_openai_and_configured_prices_anywhere(tmp_path):
    assert _resolve(tmp_path, {"OPENAI_API_KEY": "k"}, model="gpt-4o-mini").price() is not None
    assert _resolve(tmp_path, {}, base_url=LOCAL, model="gpt-4o-mini").price() is None
    priced = _resolve(tmp_path, {}, '[llm.prices."gpt-4o-mini"]\ninput = 1\noutput = 2', base_url=LOCAL,
                      model="gpt-4o-mini")
    assert priced.price().input == 1


def test_cached_prompt_tokens_cost_the_cached_price():
    from claimcheck.engines.llm.config import Price

    price = Price(input=1.0, cached_input=0.25, output=2.0)
    assert price.cost(1_000_000, 0, 0) == 1.0
    assert price.cost(1_000_000, 600_000, 500_000) == 0.4 + 0.15 + 1.0
    assert Price(input=1.0, output=2.0).cost(1_000_000, 600_000, 0) == 1.0  # no cached price: billed in full


def test_local_servers_default_to_one_call_at_a_time_and_the_deadline_follows_the_timeout(tmp_path):
    local = _resolve(tmp_path, {}, base_url=LOCAL, timeout=3)
    assert local.calls_in_flight == 1 and local.request_deadline == 9
    assert _resolve(tmp_path, {"OPENAI_API_KEY": "k"}).calls_in_flight == 8
    assert _resolve(tmp_path, {}, base_url=LOCAL, concurrency=4, deadline=5).calls_in_flight == 4
    tuned = _resolve(tmp_path, {}, "[llm]\nmax_tokens = 512\ntemperature = 0.3\nparagraphs_per_call = 2", base_url=LOCAL)
    assert (tuned.max_tokens, tuned.temperature, tuned.paragraphs_per_call) == (512, 0.3, 2)


def test_the_llm_settings_hold_no_ui_or_test_harness_fields():
    from claimcheck.engines.llm.config import LLMSettings

    assert not {"progress", "verbose", "quiet"} & set(LLMSettings.model_fields)
