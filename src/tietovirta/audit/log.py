"""`record(...)`: the one function that writes to the audit log."""

from tietovirta.audit.models import COMMAND_LINE, AuditEvent, Event

__all__ = ["COMMAND_LINE", "record", "record_download"]


def _client_ip(request) -> str | None:
    # REMOTE_ADDR only: a forwarded-for header is set by the client and proves nothing here.
    return request.META.get("REMOTE_ADDR") or None if request is not None else None


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
        ip_address=_client_ip(request),
        details=details,
    )


def record_download(request, organization, target: str) -> AuditEvent:
    """A document of the organisation's data downloaded (PDF, Word, spreadsheet, …) by a user or a token."""
    return record(Event.EXPORT, request=request, organization=organization, target=target)
