import csv

from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import render

from tietovirta.audit.log import record
from tietovirta.audit.models import AuditEvent, Event
from tietovirta.documents.to_spreadsheet import neutralise  # the one rule for spreadsheet cells
from tietovirta.organizations.access import organization_view

PAGE_SIZE = 200


def organization_events(organization):
    """The organisation's events, and the logins, log-outs and failed logins of its current members.

    A failed login has no user, only the address tried (normalised, accounts/emails.py): the failures
    shown are those for the members' addresses.
    """
    members = organization.memberships.values("user_id")
    addresses = organization.memberships.values("user__username")
    return AuditEvent.objects.filter(
        Q(organization=organization)
        | Q(organization__isnull=True, user_id__in=members, event__in=[Event.LOGIN, Event.LOGOUT])
        | Q(organization__isnull=True, event=Event.LOGIN_FAILED, actor__in=addresses)
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
            when, address = e.created_at.isoformat(), e.ip_address or ""
            writer.writerow([when, e.event, neutralise(e.actor), neutralise(e.target), address])
        return response
    return render(request, "audit/log.html", {"organization": organization, "events": events[:PAGE_SIZE]})


