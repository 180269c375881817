"""`record(...)`: the one function that writes to the audit log; `client_ip`: who sent a request."""

import ipaddress

from django.conf import settings

from tietovirta.audit.models import AuditEvent, Event


def client_ip(request) -> str | None:
    """The client's address: REMOTE_ADDR, or behind a reverse proxy the header it is configured to set.

    A forwarded-for header is written by the client unless a proxy we trust overwrites or appends to
    it, so it is read only when TRUSTED_PROXY_HEADER names it, and then only its last entry (the one
    the proxy added). Without the header (a request that did not pass the proxy), REMOTE_ADDR.
    """
    if request is None:
        return None
    header = settings.TRUSTED_PROXY_HEADER
    value = request.META.get("HTTP_" + header.upper().replace("-", "_")) if header else None
    candidate = value.split(",")[-1].strip() if value else request.META.get("REMOTE_ADDR", "")
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return None


def record(
    event: Event, *, request=None, user=None, organization=None, target: str = "", **details
) -> AuditEvent:
    user = user if user is not None else getattr(request, "user", None)
    if user is not None and not user.is_authenticated:
        user = None
    actor = details.pop("actor", "") or (user.email or user.get_username() if user else "")
    return AuditEvent.objects.create(
        event=event,
        organization=organization,
        organization_name=str(organization) if organization is not None else "",
        user=user,
        actor=actor,
        target=str(target)[:300],
        ip_address=client_ip(request),
        details=details,
    )
