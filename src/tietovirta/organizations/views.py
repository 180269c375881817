import hashlib

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.cache import caches
from django.db.models import Count
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tietovirta import canonical as c
from tietovirta.audit.log import record
from tietovirta.audit.models import Event
from tietovirta.breaches.services import organization_urgent_breaches
from tietovirta.canonical import json_schema
from tietovirta.canonical_forms import canonical_values, show_errors
from tietovirta.flows import graphviz_available
from tietovirta.fragments import cached_fragments, templates_digest
from tietovirta.interchange import export_document, save_catalogue_entry, save_organization
from tietovirta.organizations import invitations
from tietovirta.organizations.access import organization_view
from tietovirta.organizations.forms import InviteForm, OrganizationForm, PartyForm, RoleForm, SystemForm
from tietovirta.organizations.models import Invitation, Membership, Organization, Party, Role, System
from tietovirta.organizations.portfolio import COLUMNS, portfolio, portfolio_csv
from tietovirta.organizations.services import found_organization
from tietovirta.prepared_queries import PreparedQuery
from tietovirta.registers.findings import by_rule, cached_organization_health, fix_targets, shown
from tietovirta.registers.models import Register
from tietovirta.registers.presenters import PRINTABLE_FORMATS
from tietovirta.requests.services import organization_due_requests
from tietovirta.reviews import review_state


def home(request):
    """The portfolio: every organisation of the user with the numbers that need attention."""
    sort, reverse = request.GET.get("sort", ""), request.GET.get("order") == "reverse"
    rows = portfolio(request.user, sort, reverse)
    if request.GET.get("format") == "csv":
        return portfolio_csv(rows)
    return render(
        request,
        "organizations/home.html",
        {
            "rows": rows,
            "columns": COLUMNS,
            "sort": sort,
            "reverse": reverse,
            "invitations": invitations.opened_by(request.user),
            "origin": getattr(request.user, "origin", None),
        },
    )


def _save_organization(form: OrganizationForm, organization: Organization) -> bool:
    """The form's details written through the canonical validation; its refusals shown on the form."""
    try:
        values = canonical_values(form, OrganizationForm.Meta.fields)
        save_organization(organization, c.validate(c.Organization, values, strict=False))
    except c.DocumentError as exc:
        show_errors(form, exc)
        return False
    return True


def organization_create(request):
    form = OrganizationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            values = canonical_values(form, OrganizationForm.Meta.fields)
            organization = found_organization(request.user, c.validate(c.Organization, values, strict=False))
        except c.DocumentError as exc:
            show_errors(form, exc)
        else:
            created = _("Organisation created. Next, add its information systems and registers.")
            messages.success(request, created)
            return redirect("organization", org_id=organization.pk)
    return render(request, "organizations/organization_form.html", {"form": form})


@organization_view()
def organization_dashboard(request, organization):
    parts = {
        "title": "organizations/dashboard_title.html",
        "top": "organizations/dashboard_top.html",
        "bottom": "organizations/dashboard_bottom.html",
    }
    page = cached_fragments(request, "dashboard", parts, lambda: _dashboard(organization))
    return render(
        request,
        "organizations/dashboard.html",
        {
            "organization": organization,
            "page": page,
            # Not kept with the parts: deadlines run by the hour, and these are not part of the revision.
            "due_requests": organization_due_requests(organization.pk),
            "urgent_breaches": organization_urgent_breaches(organization.pk),
        },
    )


# The organisation's registers with only what the dashboard's table and review list show (not the registers'
# prose and JSON columns); read whenever the dashboard is built, after every edit: written once per process.
_DASHBOARD_FIELDS = ("organization_id", "position", "name", "status", "modified_at", "reviewed_on",
                     "review_interval_months")  # fmt: skip
_DASHBOARD_REGISTERS = PreparedQuery(
    lambda organization_id: (
        Register.objects.filter(organization_id=organization_id)
        .order_by("position", "id")
        .only(*_DASHBOARD_FIELDS)
    ),
    organization_id=-7012,
)


def _dashboard(organization) -> dict:
    """What the dashboard's cached parts show (fragments.py): built only when they are not cached."""
    registers = _DASHBOARD_REGISTERS.objects(organization_id=organization.pk)
    active = [r for r in registers if r.is_active]
    health = cached_organization_health(organization)
    by_id = {r.pk: r for r in active}
    # Worst first, as the health lists them.
    rows = [(by_id[h.register_id], h) for h in health.registers if h.register_id in by_id]
    targets = fix_targets(organization, health.register_ids)
    return {
        "organization": organization,
        "rows": rows,
        "health": health,
        "register_rows": _register_rows(organization.pk, rows),
        "finding_groups": by_rule(shown(health.findings, targets)),
        "archived": [r for r in registers if not r.is_active],
        "reviews": _reviews_part(organization.pk, _reviews(active)),
        "system_count": len(targets.system_ids),
        "party_count": len(targets.party_ids),
        "diagram_available": graphviz_available(),
        "record_formats": [("xlsx", "Excel (XLSX)"), ("csv", "CSV"), *PRINTABLE_FORMATS],
        "templates_digest": templates_digest(),  # in the keys of the finding groups kept on their own
    }


def _register_rows(organization_id: int, rows: list[tuple]) -> str:
    """The register table's rows as HTML. Each is kept under all it shows, and all of the organisation's in
    one entry ("dashboard_parts", read once): after a change only the rows it changed are rendered, and the
    entry is written again with the rows shown now."""
    language = get_language() or ""
    key = f"register-rows:{organization_id}:{language}:{templates_digest()}"
    kept = caches["dashboard_parts"].get(key) or {}
    current = {}
    for register, health in rows:
        score = health.score
        counts = tuple(sorted((severity.value, count) for severity, count in score.counts.items()))
        row = (register.pk, register.name, register.status, register.modified_at, score.value, counts)
        values = {"organization_id": organization_id, "r": register, "h": health}
        current[row] = kept.get(row) or render_to_string("organizations/register_row.html", values).strip()
    if current.keys() != kept.keys():
        caches["dashboard_parts"].set(key, current)
    return mark_safe("\n  ".join(current.values()))  # template output: escaped


def _reviews_part(organization_id: int, reviews: list[tuple]) -> str:
    """The list of registers due for review as HTML, kept under all it shows ("dashboard_parts"): an edit
    that leaves it as it was (of a register not due, or still due) does not render its rows again."""
    shown = [(register.pk, register.name, due, state) for register, due, state in reviews]
    digest = hashlib.sha256(repr(shown).encode()).hexdigest()
    # One entry per organisation and language, holding the list last shown: a new list replaces it.
    key = f"reviews:{organization_id}:{get_language() or ''}:{templates_digest()}"
    kept = caches["dashboard_parts"].get(key)
    if kept is not None and kept[0] == digest:
        return mark_safe(kept[1])  # template output: escaped
    values = {"organization_id": organization_id, "reviews": reviews}
    html = render_to_string("organizations/dashboard_reviews.html", values)
    caches["dashboard_parts"].set(key, (digest, html))
    return mark_safe(html)  # template output: escaped


def _reviews(registers) -> list[tuple]:
    """The registers due for review or overdue, each with its due date and state, the soonest first: each
    worked out once (the list shows both)."""
    today = timezone.localdate()
    dues = [(register, register.review_due) for register in registers]
    found = [(register, due, review_state(due, today)) for register, due in dues]
    return sorted((row for row in found if row[2] != "ok"), key=lambda row: row[1])


@organization_view(edit=True)
def organization_edit(request, organization):
    form = OrganizationForm(request.POST or None, instance=Organization.objects.get(pk=organization.pk))
    if request.method == "POST" and form.is_valid() and _save_organization(form, organization):
        messages.success(request, _("Changes saved."))
        return redirect("organization", org_id=organization.pk)
    return render(
        request, "organizations/organization_form.html", {"form": form, "organization": organization}
    )


@organization_view()
def organization_export(request, organization):
    document = export_document(organization)
    record(Event.EXPORT, request=request, organization=organization, target="JSON")
    response = HttpResponse(document.to_json(), content_type="application/json; charset=utf-8")
    filename = f"tietovirta-{organization.business_id or organization.pk}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_not_required
def schema(request):
    return JsonResponse(json_schema(), json_dumps_params={"ensure_ascii": False, "indent": 2})


# Systems and parties share their list, form and delete views.
CATALOGUES = {
    "systems": {
        "model": System,
        "canonical": c.System,
        "form": SystemForm,
        "template": "organizations/systems.html",
    },
    "parties": {
        "model": Party,
        "canonical": c.Party,
        "form": PartyForm,
        "template": "organizations/parties.html",
    },
}


@organization_view()
def catalogue_list(request, organization, kind):
    catalogue = CATALOGUES[kind]

    def context():
        entries = (
            catalogue["model"]
            .objects.filter(organization=organization)
            .annotate(register_count=Count("registers"))
        )
        return {"organization": organization, "entries": entries, "kind": kind}

    parts = {"title": "organizations/catalogue_title.html", "content": catalogue["template"]}
    page = cached_fragments(request, kind, parts, context)
    return render(request, "fragment_page.html", {"organization": organization, "page": page})


@organization_view(edit=True)
def catalogue_edit(request, organization, kind, pk=None):
    catalogue = CATALOGUES[kind]
    instance = get_object_or_404(catalogue["model"], organization=organization, pk=pk) if pk else None
    form = catalogue["form"](request.POST or None, instance=instance, organization=organization)
    if request.method == "POST" and form.is_valid():
        # The form parses; the canonical model decides what may be stored, as for the API.
        model = catalogue["model"]
        entry = model.objects.get(pk=instance.pk) if instance else model(organization=organization)
        try:
            item = c.validate(catalogue["canonical"], canonical_values(form, form._meta.fields), strict=False)
            saved = save_catalogue_entry(entry, item)
        except c.DocumentError as exc:
            show_errors(form, exc)
        else:
            messages.success(request, _("Saved: %(name)s") % {"name": saved.name})
            return redirect("catalogue", org_id=organization.pk, kind=kind)
    return render(
        request,
        "organizations/catalogue_form.html",
        {"organization": organization, "form": form, "kind": kind, "entry": instance},
    )


@organization_view(edit=True)
@require_POST
def catalogue_delete(request, organization, kind, pk):
    entry = get_object_or_404(CATALOGUES[kind]["model"], organization=organization, pk=pk)
    entry.delete()
    record(Event.DELETION, request=request, organization=organization, target=f"{kind}: {entry.name}")
    messages.success(request, _("Deleted: %(name)s") % {"name": entry.name})
    return redirect("catalogue", org_id=organization.pk, kind=kind)


def _members_page(request, organization, invite_form, invited=None):
    """The members; for owners also the pending invitations and, right after inviting, the link."""
    is_owner = request.membership.is_owner
    return render(
        request,
        "organizations/members.html",
        {
            "organization": organization,
            "rows": organization.memberships.select_related("user").order_by("user__email"),
            "role_choices": Role.choices,
            "invite_form": invite_form,
            "invitations": organization.invitations.pending().order_by("email") if is_owner else (),
            "invited": invited,
        },
    )


@organization_view()
def members(request, organization):
    return _members_page(request, organization, InviteForm())


@organization_view(owner=True)
@require_POST
def member_invite(request, organization):
    """A pending invitation and its link. What the owner reads is the same whether or not the
    address has an account, or is a member already: the invitee accepts it (invitations.py)."""
    form = InviteForm(request.POST)
    if not form.is_valid():
        return _members_page(request, organization, form)
    invitation, secret = invitations.invite(
        organization, form.cleaned_data["email"], form.cleaned_data["role"], request=request
    )
    link = request.build_absolute_uri(reverse("invitation", kwargs={"secret": secret}))
    invited = {"invitation": invitation, "link": link}
    return _members_page(request, organization, InviteForm(), invited=invited)


@organization_view(owner=True)
@require_POST
def invitation_withdraw(request, organization, invitation_id):
    invitation = get_object_or_404(Invitation, organization=organization, pk=invitation_id)
    invitations.withdraw(invitation, request=request)
    messages.success(
        request,
        _("The invitation to %(email)s was withdrawn; its link no longer works.")
        % {"email": invitation.email},
    )
    return redirect("members", org_id=organization.pk)


@organization_view(owner=True)
@require_POST
def member_update(request, organization, membership_id):
    target = get_object_or_404(Membership, organization=organization, pk=membership_id)
    owners = organization.memberships.filter(role=Role.OWNER)
    removing_last_owner = target.role == Role.OWNER and owners.count() == 1
    if "remove" in request.POST:
        if removing_last_owner:
            messages.error(request, _("An organisation needs at least one owner."))
        else:
            target.delete()
            record(Event.MEMBER_REMOVED, request=request, organization=organization, target=str(target.user))
            messages.success(request, _("Member removed."))
        return redirect("members", org_id=organization.pk)
    form = RoleForm(request.POST)
    if form.is_valid():
        if removing_last_owner and form.cleaned_data["role"] != Role.OWNER:
            messages.error(request, _("An organisation needs at least one owner."))
        else:
            old_role, target.role = target.role, form.cleaned_data["role"]
            target.save()
            record(
                Event.ROLE_CHANGED,
                request=request,
                organization=organization,
                target=str(target.user),
                old=old_role,
                new=target.role,
            )
            messages.success(request, _("Role changed."))
    return redirect("members", org_id=organization.pk)
