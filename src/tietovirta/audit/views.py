import csv

from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import render

from tietovirta.audit.log import record
from tietovirta.audit.models import AuditEvent, Event
from tietovirta.organizations.access import organization_view

PAGE_SIZE = 200


def organization_events(organization):
    """The organisation's events, and the logins of its current members."""
    members = organization.memberships.values("user_id")
    return AuditEvent.objects.filter(
        Q(organization=organization)
        | Q(organization__isnull=True, user_id__in=members, event__in=[Event.LOGIN, Event.LOGOUT])
    ).select_related("user")


@organization_view(owner=True)
def audit_log(request, organization):
    events = organization_events(organization)
    if request.GET.get("format") == "csv":
        record(Event.EXPORT, request=request, organization=organization, target="audit log (CSV)")
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="audit-{organization.pk}.csv"'
        response.write("\ufeff")  # Excel recognises UTF-8 by the byte-order mark
        writer = csv.writer(response)
        writer.writerow(["time", "event", "by", "target", "ip_address"])
        for e in events.iterator():
            writer.writerow(
                [e.created_at.isoformat(), e.event, _cell(e.actor), _cell(e.target), e.ip_address or ""]
            )
        return response
    return render(request, "audit/log.html", {"organization": organization, "events": events[:PAGE_SIZE]})


def _cell(value: str) -> str:
    # A cell starting with = + - @ would be a formula in a spreadsheet.
    return f"'{value}" if value[:1] in ("=", "+", "-", "@") else value
