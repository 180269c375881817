"""How a user is authenticated: Django's ModelBackend, with the session's user read by a query written once
per process (prepared_queries.py). Every logged-in request reads its user; compiling that query cost more
than running it (issue 17)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from tietovirta.prepared_queries import PreparedQuery

_USER = PreparedQuery(lambda pk: get_user_model()._default_manager.filter(pk=pk)[:1], pk=-7010)


class AccountBackend(ModelBackend):
    """ModelBackend's passwords, active users and permissions; only `get_user` reads through `_USER`."""

    def get_user(self, user_id):
        user = _USER.first(pk=user_id)
        return user if user is not None and self.user_can_authenticate(user) else None
