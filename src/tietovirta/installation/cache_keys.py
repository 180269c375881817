"""Cache keys that carry the database's identity.

The shared caches (fragments, checks, sessions, documents) are files that outlive the database: keys built
from row ids and revisions would otherwise match again after the database is reset or replaced with the
cache directory kept — another database's page, findings or session (perhaps another organisation's) for
the same ids. Every key therefore starts with this database's random token (Installation, made by the
migration). A process reads it once, on its first cache access.
"""

from __future__ import annotations

import secrets

_token: list[str] = []


def database_token() -> str:
    if not _token:
        from tietovirta.installation.models import Installation

        if not Installation.objects.exists():  # a flushed database (tests): a new identity
            Installation.objects.create(token=secrets.token_hex(16))
        # The first row wins, should two processes have made one at the same moment.
        _token.append(Installation.objects.order_by("pk").values_list("token", flat=True)[0])
    return _token[0]


def forget_token() -> None:
    """Read the identity again on the next cache access (tests that replace the database)."""
    _token.clear()


def make_key(key: str, key_prefix: str, version: int) -> str:
    return f"{database_token()}:{key_prefix}:{version}:{key}"
