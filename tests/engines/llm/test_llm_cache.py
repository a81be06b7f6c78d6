"""The response cache: round trip, keys, and a corrupt file rebuilt with a warning."""

from __future__ import annotations

from claimcheck.engines.llm.cache import ResponseCache, cache_key


def test_entries_round_trip_and_survive_reopening(tmp_path):
    path = tmp_path / "c" / "cache.sqlite3"
    cache = ResponseCache(path)
    cache.put("k", {"extraction": {"claims": []}, "warnings": ["w"]})
    cache.close()
    again = ResponseCache(path)
    assert again.get("k") == {"extraction": {"claims": []}, "warnings": ["w"]}
    assert again.get("other") is None


def test_keys_cover_model_prompt_version_paragraph_and_context():
    base = cache_key("m", "v1", "text", {"title": "t"})
    assert base == cache_key("m", "v1", "text", {"title": "t"})
    variants = [
        cache_key("m2", "v1", "text", {"title": "t"}),
        cache_key("m", "v2", "text", {"title": "t"}),
        cache_key("m", "v1", "text!", {"title": "t"}),
        cache_key("m", "v1", "text", {"title": "t2"}),
    ]
    assert base not in variants and len(set(variants)) == 4


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
