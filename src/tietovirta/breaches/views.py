"""The breach pages of an organisation's members. Thin: the rules are in `services`."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from tietovirta import canonical as c
from tietovirta.audit.log import record
from tietovirta.audit.models import Event
from tietovirta.breaches import services
from tietovirta.breaches.forms import ActionForm, BreachForm, CloseForm, NotifyForm, SubjectsForm
from tietovirta.breaches.models import Breach
from tietovirta.canonical.labels import label
from tietovirta.interchange import breach_to_canonical
from tietovirta.organizations.access import organization_view
from tietovirta.organizations.models import System
from tietovirta.publishing.responses import document_response
from tietovirta.registers.presenters import PRINTABLE_FORMATS
from tietovirta.requests.forms import apply_form, show_problems

DOCUMENTS = {"loukkausilmoitus", "loukkaustiedote"}
DOCUMENT_FORMATS = {"html", "pdf", "docx", "md"}


def _row(organization, breach_id) -> Breach:
    return get_object_or_404(
        Breach.objects.select_related("organization").prefetch_related("registers", "systems"),
        organization=organization,
        pk=breach_id,
    )


def _detail(row) -> str:
    return reverse("breach", kwargs={"org_id": row.organization_id, "breach_id": row.pk})


def _choices(organization) -> dict:
    return {
        "registers": sorted(set(organization.registers.active().values_list("name", flat=True))),
        "systems": list(System.objects.filter(organization=organization).values_list("name", flat=True)),
    }


@organization_view()
@require_GET
def breach_list(request, organization):
    rows = organization.breaches.prefetch_related("registers", "systems")
    now = timezone.now()
    return render(
        request,
        "breaches/breach_list.html",
        {
            "organization": organization,
            "rows": [(row, services.clock(breach_to_canonical(row), now)) for row in rows],
        },
    )


@organization_view(edit=True)
def breach_new(request, organization):
    form = BreachForm(request.POST or None, **_choices(organization))
    if request.method == "POST" and form.is_valid():
        try:
            row = services.create(organization, form.values(), user=request.user, http=request)
        except c.DocumentError as error:
            show_problems(form, error)
        else:
            messages.success(request, _("Breach logged."))
            return redirect(_detail(row))
    return render(request, "breaches/breach_form.html", {"organization": organization, "form": form})


@organization_view(edit=True)
def breach_edit(request, organization, breach_id):
    row = _row(organization, breach_id)
    item = breach_to_canonical(row)
    initial = {**BreachForm.initial_from(item), "based_on_revision": row.revision}
    form = BreachForm(request.POST or None, initial=initial, **_choices(organization))
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data["based_on_revision"] not in (None, row.revision):
            form.add_error(
                None,
                _(
                    "Someone saved this breach after you opened it. Reload the page and make "
                    "your change again."
                ),
            )
        else:
            try:
                services.replace(row, {**item.model_dump(), **form.values()}, user=request.user, http=request)
            except c.DocumentError as error:
                show_problems(form, error)
            else:
                messages.success(request, _("Changes saved."))
                return redirect(_detail(row))
    return render(
        request, "breaches/breach_form.html", {"organization": organization, "form": form, "row": row}
    )


@organization_view()
@require_GET
def breach_detail(request, organization, breach_id):
    row = _row(organization, breach_id)
    item = breach_to_canonical(row)
    lang = (get_language() or "fi")[:2]
    clock = services.clock(item)
    return render(
        request,
        "breaches/breach_detail.html",
        {
            "organization": organization,
            "row": row,
            "item": item,
            "clock": clock,
            "risk": label(item.risk, lang),
            "subjects_must_be_told": services.subjects_must_be_told(item),
            "actions": [
                {"index": i, "action": a, "kind": label(a.kind, lang)} for i, a in enumerate(item.actions)
            ],
            "action_form": ActionForm(),
            "notify_form": NotifyForm(),
            "subjects_form": SubjectsForm(),
            "close_form": CloseForm(),
            "document_formats": [(f, name) for f, name in PRINTABLE_FORMATS if f in DOCUMENT_FORMATS],
            "history": row.history.select_related("history_user").order_by("-history_id")[:30],
        },
    )


def _action(request, organization, breach_id, form_class, apply, done_message):
    row = _row(organization, breach_id)
    apply_form(request, form_class(request.POST), lambda data: apply(row, data), done_message)
    return redirect(_detail(row))


@organization_view(edit=True)
@require_POST
def breach_action_add(request, organization, breach_id):
    return _action(
        request,
        organization,
        breach_id,
        ActionForm,
        lambda row, data: services.add_action(
            row,
            kind=c.ActionKind(data["kind"]),
            description=data["description"],
            planned_on=data["planned_on"],
            done_on=data["done_on"],
        ),
        _("Action added."),
    )


@organization_view(edit=True)
@require_POST
def breach_action_done(request, organization, breach_id, action_index):
    row = _row(organization, breach_id)
    try:
        services.action_done(row, action_index, done_on=timezone.localdate())
    except c.DocumentError as error:
        messages.error(request, error.problems[0][1])
    return redirect(_detail(row))


@organization_view(edit=True)
@require_POST
def breach_notify(request, organization, breach_id):
    return _action(
        request,
        organization,
        breach_id,
        NotifyForm,
        lambda row, data: services.notify_authority(
            row,
            notified_at=data["notified_at"],
            reference=data["reference"],
            delay_reasons=data["delay_reasons"],
            user=request.user,
            http=request,
        ),
        _("The notification to the Data Protection Ombudsman is recorded."),
    )


@organization_view(edit=True)
@require_POST
def breach_subjects(request, organization, breach_id):
    return _action(
        request,
        organization,
        breach_id,
        SubjectsForm,
        lambda row, data: services.notify_subjects(
            row,
            notified_on=data["notified_on"],
            how=data["how"],
        ),
        _("Recorded."),
    )


@organization_view(edit=True)
@require_POST
def breach_close(request, organization, breach_id):
    return _action(
        request,
        organization,
        breach_id,
        CloseForm,
        lambda row, data: services.close(row, closed_on=data["closed_on"]),
        _("The breach is closed."),
    )


@organization_view()
@require_GET
def breach_document(request, organization, breach_id, doc, fmt):
    if doc not in DOCUMENTS or fmt not in DOCUMENT_FORMATS:
        raise Http404
    row = _row(organization, breach_id)
    document = services.notice_document(row)
    lang = request.GET.get("lang") if request.GET.get("lang") in ("fi", "sv", "en") else get_language()[:2]
    record(Event.EXPORT, request=request, organization=organization, target=f"breach {row.reference}: {doc}")
    now = timezone.now().replace(second=0, microsecond=0)
    return document_response(
        document, kind=doc, fmt=fmt, lang=lang, register=None, name=row.reference, breach=0, now=now
    )
