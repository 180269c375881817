"""Who is calling, and what they may do in an organisation.

Two ways in: a personal API token (`Authorization: Bearer tv_…`) for scripts, and the browser's
session (with CSRF protection on unsafe methods). Either way the organisation scoping and roles
are those of the web app: an organisation the caller is not a member of is a 404, a write
without the right to write is a 403. A token adds its own limits: one organisation, and read
only unless it was issued for writing by someone who may still write.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.http import HttpRequest
from django.utils import timezone
from ninja.errors import HttpError
from ninja.security import HttpBearer, SessionAuth

from tietovirta.api.models import ApiToken, Scope
from tietovirta.organizations.models import Membership

# last_used_at is a hint for the token list, not an audit log: refresh it at most this often.
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class Caller:
    user: object
    token: ApiToken | None = None
    token_membership: Membership | None = None  # the token creator's, as found when it was checked

    @property
    def throttle_key(self) -> str:
        return f"token:{self.token.secret_hash[:16]}" if self.token else f"user:{self.user.pk}"


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Caller | None:
        api_token = ApiToken.find(token)
        # A token outlives nothing: once its creator leaves the organisation it stops working.
        found = api_token.membership() if api_token is not None else None
        if found is None:
            return None
        found.organization = api_token.organization  # read with the token
        now = timezone.now()
        if api_token.last_used_at is None or now - api_token.last_used_at > LAST_USED_RESOLUTION:
            ApiToken.objects.filter(pk=api_token.pk).update(last_used_at=now)
        request.user = api_token.created_by  # attributes the change in the history to the token's owner
        return Caller(user=api_token.created_by, token=api_token, token_membership=found)


class BrowserSession(SessionAuth):
    """The logged-in browser; ninja checks the CSRF token on unsafe methods."""

    def __call__(self, request: HttpRequest) -> Caller | None:
        # Without a logged-in user there is nothing to protect: answer 401, not a CSRF 403.
        # A request that sends a token is judged by the token alone, even from a logged-in browser.
        if not request.user.is_authenticated or "Authorization" in request.headers:
            return None
        return super().__call__(request)

    def authenticate(self, request: HttpRequest, key: str | None) -> Caller | None:
        user = super().authenticate(request, key)
        return Caller(user=user) if user is not None else None


def membership(request: HttpRequest, org_id: int, *, write: bool = False, owner: bool = False) -> Membership:
    """The caller's membership in the organisation, or 404 / 403 as the web app answers."""
    caller: Caller = request.auth  # type: ignore[attr-defined]
    if caller.token is not None and caller.token.organization_id != org_id:
        raise HttpError(404, "Not found.")
    # A token's membership was read when the token was checked, in this request: not read twice.
    found = caller.token_membership or (
        Membership.objects.select_related("organization")
        .filter(organization_id=org_id, user=caller.user)
        .first()
    )
    if found is None:
        raise HttpError(404, "Not found.")
    if write:
        if not found.can_edit:
            raise HttpError(403, "Your role in this organisation does not allow changes.")
        if caller.token is not None and caller.token.scope != Scope.READ_WRITE:
            raise HttpError(403, "This token is read only.")
        if owner and not found.is_owner:
            raise HttpError(403, "Only the organisation's owners may do this.")
    return found
