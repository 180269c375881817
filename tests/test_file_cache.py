"""The shared file caches look at their directory's size on one write in CULL_EVERY, not on every write
(file_cache.py), and stay bounded."""

from pathlib import Path

import pytest
from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache

from tietovirta.file_cache import FileCache


def _cache(tmp_path, **options) -> FileCache:
    return FileCache(str(tmp_path / "cache"), {"OPTIONS": options})


def test_the_directory_is_listed_on_one_write_in_cull_every(tmp_path, monkeypatch):
    cache = _cache(tmp_path, MAX_ENTRIES=1000)
    listed = []
    files = cache._list_cache_files
    monkeypatch.setattr(cache, "_list_cache_files", lambda: listed.append(1) or files())
    for number in range(2 * FileCache.cull_every + 2):
        cache.set(f"key-{number}", {"html": "<p>kept</p>"})
    assert len(listed) == 3  # the first write, the 65th and the 129th
    assert cache.get("key-0") == {"html": "<p>kept</p>"}


def test_with_cull_every_one_the_directory_is_listed_on_every_write(tmp_path, monkeypatch):
    cache = _cache(tmp_path, MAX_ENTRIES=1000)
    monkeypatch.setattr(cache, "cull_every", 1)
    listed = []
    files = cache._list_cache_files
    monkeypatch.setattr(cache, "_list_cache_files", lambda: listed.append(1) or files())
    for number in range(5):
        cache.set(f"key-{number}", number)
    assert len(listed) == 5


def test_a_full_cache_is_culled_to_what_djangos_leaves_and_stays_bounded(tmp_path):
    cache = _cache(tmp_path, MAX_ENTRIES=30, CULL_FREQUENCY=3)
    for number in range(10 * FileCache.cull_every):
        cache.set(f"key-{number}", number)
        assert len(cache._list_cache_files()) <= 30 + FileCache.cull_every
    # Listed again on the next write: deleted down to 20 (30 less its third), and that write kept.
    cache._writes = 0
    cache.set("last", "value")
    assert len(list(Path(cache._dir).glob("*.djcache"))) == 21 and cache.get("last") == "value"


def test_the_shared_caches_are_file_caches_that_cull_so():
    for alias in ("fragments", "checks", "sessions", "documents", "api_answers", "api_pages"):
        assert isinstance(caches[alias], FileCache) and isinstance(caches[alias], FileBasedCache)


@pytest.mark.django_db  # keys carry the database's identity
def test_a_layered_cache_shares_through_its_files_and_keeps_in_this_workers_memory(tmp_path):
    from tietovirta.file_cache import LayeredFileCache

    memory = caches["dashboard_parts-here"]
    memory.clear()
    layered = LayeredFileCache(str(tmp_path / "parts"), {"OPTIONS": {"MEMORY": "dashboard_parts-here"}})
    layered.set("group:1", "<details>1</details>")
    assert memory.get("group:1") == "<details>1</details>"
    memory.clear()  # another worker: only the files
    assert layered.get("group:1") == "<details>1</details>"
    assert memory.get("group:1") == "<details>1</details>"  # read from the file once, now from memory
    (tmp_path / "parts").rename(tmp_path / "gone")
    assert layered.get("group:1") == "<details>1</details>"
    assert layered.get("group:2", "absent") == "absent"
    (tmp_path / "gone").rename(tmp_path / "parts")
    layered.delete("group:1")
    assert layered.get("group:1") is None and memory.get("group:1") is None


def test_values_are_compressed_at_the_fastest_level_and_entries_of_any_level_are_read(tmp_path):
    import pickle
    import zlib

    cache = _cache(tmp_path)
    parts = {"bottom": "<tr><td>Asiakasrekisteri</td></tr>\n" * 2000}
    cache.set("dashboard", parts)
    (path,) = Path(cache._dir).glob("*.djcache")
    with path.open("rb") as file:
        pickle.load(file)  # the expiry, as Django writes it
        compressed = file.read()
    assert compressed[:2] == b"\x78\x01"  # zlib's header for its fastest level (the default's is 78 9c)
    assert pickle.loads(zlib.decompress(compressed)) == parts
    # An entry written by Django's own file cache (its default level) is read as it was written.
    FileBasedCache(str(tmp_path / "cache"), {}).set("older", parts)
    assert cache.get("older") == parts == cache.get("dashboard")
