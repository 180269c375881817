"""The file cache the worker processes share, with its size checked on some writes rather than on each.

Django's FileBasedCache lists its whole directory on every `set` to see whether it is full (`_cull`): with
the some thousands of entries the load benchmark keeps (each register's piece of the checks, its API
answer) that listing cost more than the write itself, and every edit writes several (issue 17). Here the
directory is listed on a process's first write and then on one write in CULL_EVERY; when it is full, random
entries are deleted down to what Django's culling leaves (MAX_ENTRIES less its CULL_FREQUENCY-th part), so
a cache exceeds MAX_ENTRIES by at most CULL_EVERY entries per worker process.

Values are compressed at zlib's fastest level, not its default (6): a dashboard's parts (some 200 kB of
HTML, written after every edit) took twice as long at 6, for files a few per cent smaller. Files written
at any level are read the same way, so a cache written by an older version is still read.
"""

import pickle
import random
import zlib

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache

COMPRESSION = 1  # zlib's fastest level


class FileCache(FileBasedCache):
    cull_every = 64

    def __init__(self, dir, params):
        super().__init__(dir, params)
        self._writes = 0

    def _write_content(self, file, timeout, value):
        file.write(pickle.dumps(self.get_backend_timeout(timeout), self.pickle_protocol))  # as Django's
        file.write(zlib.compress(pickle.dumps(value, self.pickle_protocol), COMPRESSION))

    def _cull(self):
        self._writes += 1
        if (self._writes - 1) % self.cull_every:  # the first write, then one in cull_every
            return
        files = self._list_cache_files()
        if len(files) < self._max_entries:
            return
        if self._cull_frequency == 0:
            self.clear()
            return
        kept = self._max_entries - self._max_entries // self._cull_frequency
        for name in random.sample(files, len(files) - kept):
            self._delete(name)


class LayeredFileCache(FileCache):
    """The file cache the workers share, with this worker's memory cache in front (OPTIONS["MEMORY"], an alias
    of CACHES, under the same keys): what one worker rendered is read by another from the file once, then from
    its memory. For parts kept under all they show (the dashboard's rows and finding groups), which any worker
    may use: each worker used to render every organisation's parts once for itself (issue 17). `delete` and
    `clear` reach the files and this worker's memory only: parts are kept under all they show, so a changed
    part is read under a new key and is never deleted in place."""

    def __init__(self, dir, params):
        options = dict(params.get("OPTIONS", {}))
        self._memory_alias = options.pop("MEMORY")
        super().__init__(dir, {**params, "OPTIONS": options})

    @property
    def _memory(self):
        from django.core.cache import caches

        return caches[self._memory_alias]

    def get(self, key, default=None, version=None):
        value = self._memory.get(key, _ABSENT, version=version)
        if value is _ABSENT:
            value = super().get(key, _ABSENT, version=version)
            if value is _ABSENT:
                return default
            self._memory.set(key, value, version=version)
        return value

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        super().set(key, value, timeout, version=version)
        self._memory.set(key, value, timeout, version=version)

    def delete(self, key, version=None):
        self._memory.delete(key, version=version)
        return super().delete(key, version=version)

    def clear(self):
        self._memory.clear()
        super().clear()


_ABSENT = object()
