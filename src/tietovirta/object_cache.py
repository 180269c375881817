"""A worker's memory cache that keeps the objects themselves, not their pickles.

Django's LocMemCache pickles every value on `set` and unpickles it on every `get`, so each reader gets a
copy of its own. The checks' pieces (registers/findings.py) are read some fifty at a time on every
dashboard built after an edit, and unpickling them cost more than joining them (issue 17). What is kept
here is plain data that nobody changes after it is made — a register's piece of the checks, an
organisation's catalogue as a document — under keys that carry its generations (and, through the
cache's key function, the database's identity), so a reader can share the one object. The same least
recently used culling as LocMemCache bounds it (MAX_ENTRIES).
"""

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache


class ObjectMemoryCache(LocMemCache):
    """LocMemCache without the pickling: `get` returns the very object `set` was given. Only for values
    that are never changed in place once kept."""

    def get(self, key, default=None, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            if self._has_expired(key):
                self._delete(key)
                return default
            value = self._cache[key]
            self._cache.move_to_end(key, last=False)
        return value

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            self._set(key, value, timeout)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            if self._has_expired(key):
                self._set(key, value, timeout)
                return True
            return False

    def incr(self, key, delta=1, version=None):
        raise NotImplementedError("ObjectMemoryCache keeps objects, not counters")
