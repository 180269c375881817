"""A consultant's portfolio: every organisation of the user with the numbers that need attention.

Each number comes from a *source*, a function that reads every organisation of the portfolio at once
(the same number of queries however many there are) and returns {organisation id: {column: value}}.
A column names its source's value, its heading and the page that lists what the number counts.

"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Max
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tietovirta.breaches.models import Breach
from tietovirta.breaches.services import urgent_breaches
from tietovirta.canonical import RegisterStatus
from tietovirta.documents.to_spreadsheet import neutralise
from tietovirta.organizations.models import Membership, Organization
from tietovirta.publishing.services import notice_outdated
from tietovirta.registers.findings import organizations_scores
from tietovirta.registers.models import Register
from tietovirta.requests.models import SubjectRequest
from tietovirta.requests.services import due_requests


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    # The page behind the number, from the organisation's id (None: the number is the whole story).
    link: Callable[[int], str] | None = None
    # Sorting by the column puts the worst first: the highest number, except for the score.
    higher_is_worse: bool = True


def _dashboard(anchor: str = "") -> Callable[[int], str]:
    suffix = f"#{anchor}" if anchor else ""
    return lambda org_id: reverse("organization", kwargs={"org_id": org_id}) + suffix


def _page(name: str) -> Callable[[int], str]:
    return lambda org_id: reverse(name, kwargs={"org_id": org_id})


COLUMNS: list[Column] = [
    Column("score", _("Score"), _dashboard(), higher_is_worse=False),
    Column("errors", _("Open errors"), _dashboard("findings")),
    Column("reviews", _("Due for review"), _dashboard("reviews")),
    Column("unpublished", _("Unpublished"), _dashboard("registers")),
    Column("stale_notices", _("Notices older than the register"), _page("notices")),
    Column("overdue_requests", _("Requests overdue"), _page("requests")),
    Column("due_requests", _("Requests due soon"), _page("requests")),
    Column("urgent_breaches", _("Breaches to notify"), _page("breaches")),
]


def _health_numbers(organizations: list[Organization]) -> dict[int, dict]:
    scores = organizations_scores(organizations)
    return {
        org_id: {"score": score.value, "errors": score.counts.get("error", 0)}
        for org_id, score in scores.items()
    }


def _register_numbers(organizations: list[Organization]) -> dict[int, dict]:
    """Registers due for review, drafts not yet public, and published notices the register has moved on
    from (edited after its latest publication)."""
    today = timezone.localdate()
    numbers: dict[int, dict] = defaultdict(lambda: {"reviews": 0, "unpublished": 0, "stale_notices": 0})
    rows = (
        Register.objects.active()
        .filter(organization__in=organizations)
        .annotate(published_at=Max("published_notices__published_at"))
        .only("organization_id", "status", "modified_at", "reviewed_on", "review_interval_months")
    )
    for register in rows:
        counts = numbers[register.organization_id]
        counts["reviews"] += register.review_state(today) != "ok"
        counts["unpublished"] += register.status == RegisterStatus.DRAFT
        counts["stale_notices"] += register.status == RegisterStatus.PUBLISHED and notice_outdated(
            register, register.published_at
        )
    return {o.pk: numbers[o.pk] for o in organizations}


def _request_and_breach_numbers(organizations: list[Organization]) -> dict[int, dict]:
    """Open data-subject requests past or near their deadline, and breaches whose 72-hour clock runs
    without a notification to the authority."""
    numbers: dict[int, dict] = {
        o.pk: {"overdue_requests": 0, "due_requests": 0, "urgent_breaches": 0} for o in organizations
    }
    requests = SubjectRequest.objects.filter(organization__in=organizations).only(
        "organization_id", "received_on", "extension_notified_on", "status"
    )
    for row, state in due_requests(requests):
        numbers[row.organization_id]["overdue_requests" if state == "overdue" else "due_requests"] += 1
    for row, _clock in urgent_breaches(Breach.objects.filter(organization__in=organizations)):
        numbers[row.organization_id]["urgent_breaches"] += 1
    return numbers


SOURCES: list[Callable[[list[Organization]], dict[int, dict]]] = [
    _health_numbers,
    _register_numbers,
    _request_and_breach_numbers,
]


@dataclass
class PortfolioRow:
    membership: Membership
    values: dict = field(default_factory=dict)

    @property
    def organization(self) -> Organization:
        return self.membership.organization

    def cells(self) -> list[tuple[Column, object, str | None]]:
        """(column, value, link) in the order of COLUMNS."""
        return [
            (c, self.values.get(c.key), c.link(self.organization.pk) if c.link else None) for c in COLUMNS
        ]


def portfolio(user, sort: str = "", reverse: bool = False) -> list[PortfolioRow]:
    """The user's organisations with their numbers, by name, or worst first by the column `sort`;
    `reverse` turns the order round."""
    memberships = list(user.memberships.select_related("organization"))
    organizations = [m.organization for m in memberships]
    values: dict[int, dict] = {o.pk: {} for o in organizations}
    for source in SOURCES:
        for org_id, numbers in source(organizations).items():
            values[org_id].update(numbers)
    rows = [PortfolioRow(m, values[m.organization_id]) for m in memberships]
    rows.sort(key=lambda r: (str(r.organization).casefold(), r.organization.pk), reverse=reverse)
    column = next((c for c in COLUMNS if c.key == sort), None)
    if column is not None:  # a stable sort: equal numbers stay in name order
        rows.sort(key=lambda r: r.values.get(column.key) or 0, reverse=column.higher_is_worse != reverse)
    return rows


def portfolio_csv(rows: list[PortfolioRow]) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="tietovirta-portfolio.csv"'
    response.write("\ufeff")  # Excel recognises UTF-8 by the byte-order mark
    writer = csv.writer(response)
    writer.writerow([_("Organisation"), _("Business ID"), _("Your role"), *(c.label for c in COLUMNS)])
    for row in rows:
        writer.writerow(
            [
                neutralise(str(row.organization)),
                neutralise(row.organization.business_id),
                row.membership.get_role_display(),
                *(row.values.get(c.key, "") for c in COLUMNS),
            ]
        )
    return response
