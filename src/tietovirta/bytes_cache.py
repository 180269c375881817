"""A file cache for values that are bytes already (API answers): kept as they are.

Django's FileBasedCache pickles and compresses every value; for a register's JSON answer (some 40 kB) that
costs more than reading the answer from the database did (issue 17). This one writes the bytes after the
expiry header and reads them back with one read: the same directory layout, culling (file_cache.py) and
atomic writes.
"""

import pickle

from django.core.cache.backends.base import DEFAULT_TIMEOUT

from tietovirta.file_cache import FileCache


class BytesFileCache(FileCache):
    def get(self, key, default=None, version=None):
        try:
            with open(self._key_to_file(key, version), "rb") as file:
                if not self._is_expired(file):
                    return file.read()
        except FileNotFoundError:
            pass
        return default

    def _write_content(self, file, timeout, value):
        if not isinstance(value, bytes):
            raise TypeError(f"BytesFileCache keeps bytes, not {type(value).__name__}")
        file.write(pickle.dumps(self.get_backend_timeout(timeout), self.pickle_protocol))  # as Django's
        file.write(value)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        value = self.get(key, version=version)
        if value is None:
            return False
        self.set(key, value, timeout, version)
        return True
