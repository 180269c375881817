"""Tenancy: every organisation-scoped view goes through `organization_view`.

A user sees an organisation only through a membership; anything else is a 404 (we do not reveal
that the id exists). Roles: viewers read, editors and owners write, owners manage members.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.http import Http404

from tietovirta.organizations.models import Membership
from tietovirta.prepared_queries import PreparedQuery

# The user's membership in the organisation, with the organisation and its revision (registers.HealthCache),
# which cached page parts are kept under (fragments.py): read before any of its data, in the same query.
# Every organisation page runs it: written once per process (prepared_queries.py).
_MEMBERSHIP = PreparedQuery(
    lambda organization_id, user_id: (
        Membership.objects.select_related("organization__health_cache")
        .defer("organization__health_cache__data")
        .filter(organization_id=organization_id, user_id=user_id)[:1]
    ),
    organization_id=-7001,
    user_id=-7002,
)


def organization_view(*, edit: bool = False, owner: bool = False):
    def decorator(view):
        @wraps(view)
        def wrapper(request, org_id, *args, **kwargs):
            membership = _MEMBERSHIP.first(organization_id=org_id, user_id=request.user.pk)
            if membership is None:
                raise Http404
            if (edit and not membership.can_edit) or (owner and not membership.is_owner):
                raise PermissionDenied
            request.membership = membership
            return view(request, membership.organization, *args, **kwargs)

        # Read by the tenancy tests: every organisation URL must be wrapped here.
        wrapper.access = "owner" if owner else "edit" if edit else "read"
        return wrapper

    return decorator
