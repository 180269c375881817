"""Tenancy: every organisation-scoped view goes through `organization_view`.

A user sees an organisation only through a membership; anything else is a 404 (we do not reveal
that the id exists). Roles: viewers read, editors and owners write, owners manage members.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from tietovirta.organizations.models import Membership


def organization_view(*, edit: bool = False, owner: bool = False):
    def decorator(view):
        @wraps(view)
        def wrapper(request, org_id, *args, **kwargs):
            # With the organisation's revision (registers.HealthCache), which cached page parts are kept
            # under (fragments.py): read before any of its data, in the same query.
            memberships = Membership.objects.select_related("organization__health_cache").defer(
                "organization__health_cache__data"
            )
            membership = get_object_or_404(memberships, organization_id=org_id, user=request.user)
            if (edit and not membership.can_edit) or (owner and not membership.is_owner):
                raise PermissionDenied
            request.membership = membership
            return view(request, membership.organization, *args, **kwargs)

        # Read by the tenancy tests: every organisation URL must be wrapped here.
        wrapper.access = "owner" if owner else "edit" if edit else "read"
        return wrapper

    return decorator
