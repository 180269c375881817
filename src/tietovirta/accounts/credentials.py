"""Ending what lets an account in: its browser sessions, and the API tokens it issued."""

from importlib import import_module

from django.conf import settings

from tietovirta.accounts.models import UserSession


def end_sessions(user) -> None:
    """End every session of the user, on every device: through the session engine, which deletes each
    from the cache the workers read sessions from as well as from the database (settings.SESSION_ENGINE)."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    for key in UserSession.objects.filter(user=user).values_list("session_key", flat=True):
        store().delete(key)
    UserSession.objects.filter(user=user).delete()


def revoke_api_tokens(user, *, request=None, reason: str = "") -> int:
    """Revoke every active API token the user issued, in every organisation; returns how many."""
    from tietovirta.api.models import ApiToken  # the API depends on the accounts, not the other way
    from tietovirta.audit.log import record
    from tietovirta.audit.models import Event

    tokens = list(ApiToken.objects.active().filter(created_by=user).select_related("organization"))
    for token in tokens:
        token.revoke()
        record(Event.TOKEN_REVOKED, request=request, user=user, organization=token.organization,
               target=token.name, reason=reason)
    return len(tokens)
