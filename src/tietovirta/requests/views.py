"""The request pages of an organisation's members. Thin: the rules are in `services`."""

from django.contrib import messages
from django.db.models import Case, IntegerField, Value, When
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
from tietovirta.canonical.labels import label
from tietovirta.deadlines import add_months, non_working_reason
from tietovirta.interchange import export_document, request_to_canonical
from tietovirta.organizations.access import organization_view
from tietovirta.publishing.responses import document_response
from tietovirta.registers.presenters import PRINTABLE_FORMATS
from tietovirta.requests import services
from tietovirta.requests.forms import (
    AnswerForm,
    ChecklistForm,
    CompleteForm,
    ExtendForm,
    FormSettingsForm,
    IdentityForm,
    RefuseForm,
    RequestForm,
    TaskForm,
    apply_form,
    relationship_label,
    show_problems,
)
from tietovirta.requests.models import PublicRequestForm, SubjectRequest

LETTERS = {"vastaus", "pidennys", "kieltaytyminen"}
LETTER_FORMATS = {"html", "pdf", "docx", "md"}


def _lang() -> str:
    return (get_language() or "fi")[:2]


def _row(organization, request_id) -> SubjectRequest:
    return get_object_or_404(
        SubjectRequest.objects.select_related("organization").prefetch_related("tasks"),
        organization=organization,
        pk=request_id,
    )


def _detail(row) -> str:
    return reverse("request", kwargs={"org_id": row.organization_id, "request_id": row.pk})


@organization_view()
@require_GET
def request_list(request, organization):
    show_closed = request.GET.get("closed") == "1"
    rows = organization.subject_requests.all()
    if not show_closed:
        rows = rows.open()
    rows = rows.annotate(
        open_first=Case(
            When(status=c.RequestStatus.OPEN, then=Value(0)), default=Value(1), output_field=IntegerField()
        )
    ).order_by("open_first", "received_on", "id")
    today = timezone.localdate()
    return render(
        request,
        "requests/request_list.html",
        {
            "organization": organization,
            "rows": [(row, row.deadline_state(today)) for row in rows],
            "show_closed": show_closed,
            "form": PublicRequestForm.objects.filter(organization=organization).first(),
        },
    )


@organization_view(edit=True)
def request_new(request, organization):
    form = RequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            row = services.create(organization, form.values(), user=request.user, http=request)
        except c.DocumentError as error:
            show_problems(form, error)
        else:
            messages.success(
                request,
                _("Request %(reference)s recorded. The deadline is %(due)s.")
                % {"reference": row.reference, "due": row.due_on.strftime("%d.%m.%Y")},
            )
            return redirect(_detail(row))
    return render(request, "requests/request_form.html", {"organization": organization, "form": form})


@organization_view(edit=True)
def request_edit(request, organization, request_id):
    row = _row(organization, request_id)
    item = request_to_canonical(row)
    initial = {**RequestForm.initial_from(item), "based_on_revision": row.revision}
    form = RequestForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data["based_on_revision"] not in (None, row.revision):
            form.add_error(
                None,
                _(
                    "Someone saved this request after you opened it. Reload the page and "
                    "make your change again."
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
        request, "requests/request_form.html", {"organization": organization, "form": form, "row": row}
    )


def _task_rows(item: c.SubjectRequest, lang: str):
    for index, task in enumerate(item.tasks):
        what = task.title or task.system_name or task.party_name or task.register_name
        yield {"index": index, "task": task, "kind": label(task.kind, lang), "what": what}


@organization_view()
@require_GET
def request_detail(request, organization, request_id):
    row = _row(organization, request_id)
    item = request_to_canonical(row)
    lang = _lang()
    document = export_document(organization, include_archived=False)
    matches = services.registers_to_search(row, document)
    in_checklist = {t.register_name for t in item.tasks}
    today = timezone.localdate()
    first_due_raw = add_months(item.received_on, 1)
    return render(
        request,
        "requests/request_detail.html",
        {
            "organization": organization,
            "row": row,
            "item": item,
            "state": row.deadline_state(today),
            "days_left": (row.due_on - today).days,
            "moved_because": non_working_reason(first_due_raw, lang)
            if first_due_raw != item.first_due_on
            else "",
            "can_extend": row.is_open and item.extension_notified_on is None and today <= item.first_due_on,
            "kinds": [label(k, lang) for k in item.kinds],
            "relationships": [relationship_label(v, lang) for v in item.subject_categories],
            "identity_method": label(item.identity.method, lang) if item.identity else "",
            "matches": matches,
            "unmatched_registers": [
                r.name
                for r in document.registers
                if r.name not in {m.register.name for m in matches} | in_checklist
            ],
            "tasks": list(_task_rows(item, lang)),
            "tasks_done": sum(1 for t in item.tasks if t.done_at),
            "identity_form": IdentityForm(),
            "extend_form": ExtendForm(),
            "refuse_form": RefuseForm(),
            "complete_form": CompleteForm(),
            "answer_form": AnswerForm(initial={"answer_text": item.answer_text, "language": item.language}),
            "task_form": TaskForm(),
            "letters": [
                (kind, name)
                for kind, name in (
                    ("vastaus", _("Answer")),
                    ("pidennys", _("Extension notice")),
                    ("kieltaytyminen", _("Refusal")),
                )
                if kind == "vastaus"
                or (kind == "pidennys" and item.extension_notified_on)
                or (kind == "kieltaytyminen" and item.status == c.RequestStatus.REFUSED)
            ],
            "letter_formats": [(f, name) for f, name in PRINTABLE_FORMATS if f in LETTER_FORMATS],
            "history": row.history.select_related("history_user").order_by("-history_id")[:30],
        },
    )


def _action(request, organization, request_id, form_class, apply, done_message):
    row = _row(organization, request_id)
    apply_form(request, form_class(request.POST), lambda data: apply(row, data), done_message)
    return redirect(_detail(row))


@organization_view(edit=True)
@require_POST
def request_identity(request, organization, request_id):
    return _action(
        request,
        organization,
        request_id,
        IdentityForm,
        lambda row, data: services.record_identity(
            row,
            method=c.IdentityMethod(data["method"]),
            notes=data["notes"],
            user=request.user,
            http=request,
        ),
        _("Identity check recorded."),
    )


@organization_view(edit=True)
@require_POST
def request_extend(request, organization, request_id):
    return _action(
        request,
        organization,
        request_id,
        ExtendForm,
        lambda row, data: services.extend(
            row,
            reason=data["extension_reason"],
            notified_on=data["extension_notified_on"],
            user=request.user,
            http=request,
        ),
        _("Deadline extended by two months."),
    )


@organization_view(edit=True)
@require_POST
def request_refuse(request, organization, request_id):
    return _action(
        request,
        organization,
        request_id,
        RefuseForm,
        lambda row, data: services.refuse(
            row,
            ground=c.RefusalGround(data["refusal_ground"]),
            reasons=data["refusal_text"],
            user=request.user,
            http=request,
        ),
        _("The request was refused. Send the refusal letter to the person."),
    )


@organization_view(edit=True)
@require_POST
def request_complete(request, organization, request_id):
    return _action(
        request,
        organization,
        request_id,
        CompleteForm,
        lambda row, data: services.complete(
            row,
            answered_on=data["answered_on"],
            user=request.user,
            http=request,
        ),
        _("The request is closed as answered."),
    )


@organization_view(edit=True)
@require_POST
def request_withdraw(request, organization, request_id):
    row = _row(organization, request_id)
    try:
        services.withdraw(row, user=request.user, http=request)
    except c.DocumentError as error:
        messages.error(request, error.problems[0][1])
    else:
        messages.success(request, _("The request is closed as withdrawn."))
    return redirect(_detail(row))


@organization_view(edit=True)
@require_POST
def request_answer(request, organization, request_id):
    return _action(
        request,
        organization,
        request_id,
        AnswerForm,
        lambda row, data: services.save_answer(
            row,
            answer_text=data["answer_text"],
            language=data["language"],
        ),
        _("Answer saved."),
    )


@organization_view(edit=True)
@require_POST
def request_checklist(request, organization, request_id):
    row = _row(organization, request_id)
    registers = [r.name for r in organization.registers.active()]
    form = ChecklistForm(request.POST, registers=registers)
    form.is_valid()
    added = services.build_checklist(row, extra_registers=form.cleaned_data.get("extra_registers", []))
    messages.success(request, _("%(count)s task(s) added to the checklist.") % {"count": added})
    return redirect(_detail(row) + "#checklist")


@organization_view(edit=True)
@require_POST
def request_task_add(request, organization, request_id):
    return _action(
        request,
        organization,
        request_id,
        TaskForm,
        lambda row, data: services.add_task(row, title=data["title"]),
        _("Task added."),
    )


@organization_view(edit=True)
@require_POST
def request_task(request, organization, request_id, task_index):
    row = _row(organization, request_id)
    try:
        services.tick_task(
            row,
            task_index,
            done=request.POST.get("done") == "1",
            notes=request.POST.get("notes"),
            user=request.user,
        )
    except c.DocumentError as error:
        messages.error(request, error.problems[0][1])
    return redirect(_detail(row) + "#checklist")


@organization_view()
@require_GET
def request_letter(request, organization, request_id, doc, fmt):
    if doc not in LETTERS or fmt not in LETTER_FORMATS:
        raise Http404
    row = _row(organization, request_id)
    document = services.letter_document(row)
    item = document.requests[0]
    lang = request.GET.get("lang") if request.GET.get("lang") in ("fi", "sv", "en") else item.language
    record(Event.EXPORT, request=request, organization=organization, target=f"request {row.reference}: {doc}")
    return document_response(
        document,
        kind=doc,
        fmt=fmt,
        lang=lang,
        register=None,
        name=f"{row.reference}",
        request=0,
        today=timezone.localdate(),
    )


@organization_view(edit=True)
def request_form_settings(request, organization):
    settings_row, _created = PublicRequestForm.objects.get_or_create(organization=organization)
    form = FormSettingsForm(request.POST or None, initial={"enabled": settings_row.enabled})
    if request.method == "POST" and form.is_valid():
        settings_row.enabled = form.cleaned_data["enabled"]
        settings_row.save()
        messages.success(
            request,
            _("The public request form is in use.")
            if settings_row.enabled
            else _("The public request form is switched off."),
        )
        return redirect("request_form_settings", org_id=organization.pk)
    links = [
        (code, request.build_absolute_uri(reverse("public_request", args=[settings_row.public_id, code])))
        for code in ("fi", "sv", "en")
    ]
    return render(
        request,
        "requests/form_settings.html",
        {"organization": organization, "form": form, "settings_row": settings_row, "links": links},
    )
