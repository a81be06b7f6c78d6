"""The response cache: round trip, keys, and a corrupt file rebuilt with a warning."""

from __future__ import annotations

from claimcheck.engines.llm.cache import Endpoint, ResponseCache, cache_key


def test_entries_round_trip_and_survive_reopening(tmp_path):
    path = tmp_path / "c" / "cache.sqlite3"
    cache = ResponseCache(path)
    cache.put("k", {"extraction": {"claims": []}, "warnings": ["w"]})
    cache.close()
    again = ResponseCache(path)
    assert again.get("k") == {"extraction": {"claims": []}, "warnings": ["w"]}
    assert again.get("other") is None


def test_keys_cover_endpoint_served_model_model_prompt_version_messages_and_paragraph():
    local = Endpoint("http://127.0.0.1:8080/v1", "local", "a.gguf")
    messages = [{"role": "user", "content": "text"}]
    base = cache_key(local, "v1", messages, "p1")
    assert base == cache_key(Endpoint("http://127.0.0.1:8080/v1/", "local", "a.gguf"), "v1", messages, "p1")
    variants = [
        cache_key(Endpoint("http://127.0.0.1:8081/v1", "local", "a.gguf"), "v1", messages, "p1"),
        cache_key(Endpoint("http://127.0.0.1:8080/v1", "local", "b.gguf"), "v1", messages, "p1"),
        cache_key(Endpoint("http://127.0.0.1:8080/v1", "other", "a.gguf"), "v1", messages, "p1"),
        cache_key(local, "v2", messages, "p1"),
        cache_key(local, "v1", [{"role": "user", "content": "text!"}], "p1"),
        cache_key(local, "v1", messages, "p2"),
    ]
    assert base not in variants and len(set(variants)) == len(variants)


def test_two_servers_with_one_model_name_keep_their_answers_apart(make_settings, sleeps):
    """Both llama.cpp servers call their model "local"; each report holds its own server's answer."""
    from claimcheck.engines.llm.engine import LLMEngine
    from llm_fault_server import FaultServer, answer, completion, hedge
    from test_llm_faults import free_port
    from llm_helpers import document

    text = "The bridge could reopen or might not."
    article = document("t", [text])
    answers = {"could": completion(answer({"paragraph": "p1", "hedges": [hedge("h1", "could")]})),
               "might": completion(answer({"paragraph": "p1", "hedges": [hedge("h1", "might")]}))}
    ports = {cue: free_port() for cue in answers}
    for _ in range(2):  # the second round comes from the cache, still kept apart
        for cue, reply in answers.items():
            with FaultServer(default=reply, models=["local"], port=ports[cue]) as server:
                engine = LLMEngine(make_settings(base_url=server.url, model="local"), sleep=sleeps)
                paragraphs = engine.analyse(article)
            assert [h.cue for h in paragraphs[0].hedges] == [cue]
    assert engine.usage().cached == 1 and engine.usage().requests == 0


def test_a_corrupt_cache_is_moved_aside_and_rebuilt_with_a_warning(tmp_path, caplog):
    path = tmp_path / "cache.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    cache = ResponseCache(path)
    assert cache.get("k") is None
    cache.put("k", {"v": 1})
    assert cache.get("k") == {"v": 1}
    assert len(cache.warnings) == 1 and "was unreadable" in cache.warnings[0]
    assert "was unreadable" in caplog.text
    assert [p.name.startswith("cache.sqlite3.corrupt-") for p in tmp_path.iterdir()].count(True) == 1
