"""Import a document the organisation already has: upload → review with confidences → accept.

No register is stored before the user accepts. Between the two steps the extracted document waits
on the server as an ImportDraft — the uploader's own, in this organisation, for a day (services.py)
— and the review form posts back only the user's corrections; what is accepted is validated again
before anything is written. Drafts past their time are deleted at the next upload. A scanned PDF is
read in the background (OCR takes seconds a page) while a page shows how far it is, then the same
review follows.
"""

import uuid

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from tietovirta import canonical as c
from tietovirta.canonical.sections import SECTIONS
from tietovirta.importer import MAX_BYTES, FieldResult, UnreadableDocument
from tietovirta.importer.sandbox import run_import
from tietovirta.imports.forms import RegisterReviewForm, UploadForm
from tietovirta.imports.models import ImportDraft, ImportJob
from tietovirta.imports.services import ScansBusy, job_refusal, keep_draft, start_scan_import
from tietovirta.interchange import add_registers
from tietovirta.organizations.access import organization_view
from tietovirta.organizations.services import found_organization, same_controller
from tietovirta.registers.findings import document_findings
from tietovirta.registers.models import Register

# Up to this much text in all, the review form lets the user correct every text; beyond, the texts are
# shown in part and accepted as read (and edited afterwards on the register page), so that the form
# stays within what a POST may carry (DATA_UPLOAD_MAX_MEMORY_SIZE) however the text URL-encodes.
EDITABLE_TEXT_CHARACTERS = 200_000
PREVIEW_CHARACTERS = 1_000
TEXT_FIELDS = [name for s in SECTIONS for name in s.fields if name.endswith("_text")] + ["unmapped_text"]


def _text_fields(register: c.Register) -> list[str]:
    return [name for name in dict.fromkeys(TEXT_FIELDS) if getattr(register, name)]


def _texts_editable(document: c.OrganizationDocument) -> bool:
    total = sum(len(getattr(r, name)) for r in document.registers for name in _text_fields(r))
    return total <= EDITABLE_TEXT_CHARACTERS


def _review_forms(document: c.OrganizationDocument, data=None) -> list[RegisterReviewForm]:
    editable = _texts_editable(document)
    forms = []
    for index, register in enumerate(document.registers):
        initial = {
            "name": register.name,
            "legal_bases": [b.value for b in register.legal_bases],
            "sources": register.sources,
            "data_subject_categories": register.data_subject_categories,
            **({name: getattr(register, name) for name in _text_fields(register)} if editable else {}),
        }
        text_fields = _text_fields(register) if editable else []
        forms.append(RegisterReviewForm(data, prefix=f"r{index}", initial=initial, text_fields=text_fields))
    return forms


@organization_view(edit=True)
def import_upload(request, organization):
    if request.method != "POST":
        return render(request, "imports/upload.html", {"organization": organization, "form": UploadForm()})
    # Refuse an oversized upload before Django reads the body.
    if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_BYTES + 1_000_000:
        messages.error(
            request, _("The file is larger than the %(mb)s MB limit.") % {"mb": MAX_BYTES // 2**20}
        )
        return redirect("import", org_id=organization.pk)
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, "imports/upload.html", {"organization": organization, "form": form})
    upload = form.cleaned_data["file"]
    try:
        # In a process of its own with memory and time limits, so no upload can take this worker down.
        if upload:
            data, name = upload.read(MAX_BYTES + 1), upload.name
        else:
            data, name = form.cleaned_data["text"].encode("utf-8"), "pasted.txt"
        # A scan is refused here at once, and read by OCR in the background while a page shows how far.
        result = run_import(data, name, form.cleaned_data["lang"], ocr=False)
    except UnreadableDocument as exc:
        if exc.kind != "pdf_no_text":
            form.add_error(None, exc.message(get_language()))
            return render(request, "imports/upload.html", {"organization": organization, "form": form})
        try:
            job = start_scan_import(request.user, organization, data, name, form.cleaned_data["lang"])
        except ScansBusy:
            form.add_error(None, _("Other scanned documents are being read now. Try again in a minute."))
            return render(request, "imports/upload.html", {"organization": organization, "form": form})
        return redirect("import_progress", org_id=organization.pk, job_id=job.pk)
    draft = keep_draft(request.user, organization, result, upload.name if upload else _("pasted text"))
    return _review_page(request, organization, draft)


@organization_view(edit=True)
def import_progress(request, organization, job_id):
    """How far the reading of a scan is; when it is done, its review page (or why it could not be read)."""
    job = ImportJob.objects.filter(pk=job_id, organization=organization, user=request.user).first()
    if job is None:
        raise Http404
    if job.draft_id is not None:
        return redirect("import_review", org_id=organization.pk, draft_id=job.draft_id)
    if refusal := job_refusal(job):
        messages.error(request, refusal.message(get_language()))
        return redirect("import", org_id=organization.pk)
    return render(request, "imports/progress.html", {"organization": organization, "job": job})


@organization_view(edit=True)
def import_review(request, organization, draft_id):
    """The review page of the user's own unexpired draft (where a scan's reading ends)."""
    draft = ImportDraft.objects.filter(
        pk=draft_id, organization=organization, user=request.user, expires_at__gt=timezone.now()
    ).first()
    if draft is None:
        messages.error(request, _("The import could not be read back. Upload the document again."))
        return redirect("import", org_id=organization.pk)
    return _review_page(request, organization, draft)


def _review_page(request, organization, draft: ImportDraft, forms=None):
    document = c.parse_document(draft.document, strict=False)
    fields = [FieldResult(**field) for field in draft.fields]
    forms = forms or _review_forms(document)
    editable = _texts_editable(document)
    details = []
    for index, (form, register) in enumerate(zip(forms, document.registers, strict=True)):
        found = {f.field: f for f in fields if f.register == index}
        rows = [(form[name], found.get(name)) for name in form.fields if name != "include"]
        texts = [] if editable else [
            (Register._meta.get_field(name).verbose_name, getattr(register, name), found.get(name))
            for name in _text_fields(register)
        ]
        details.append({"form": form, "register": register, "rows": rows, "texts": texts})
    return render(
        request,
        "imports/review.html",
        {
            "organization": organization,
            "document": document,
            "details": details,
            "draft": draft,
            "preview_characters": PREVIEW_CHARACTERS,
            "warnings": draft.warnings,
            "source_name": draft.source_name,
            "findings": document_findings(document),
            "org_fields": [f for f in fields if f.register is None],
            "targets": _targets(request.user, organization, document.organization),
        },
    )


def _targets(user, organization, named: c.Organization) -> list[dict]:
    """Where the registers can go when the document names another controller: here, an organisation of the
    user's that the document names, or a new organisation with the document's details. Empty when the
    document names this organisation or none."""
    if not (named.name or named.business_id) or same_controller(organization, named.name, named.business_id):
        return []
    targets = [{"value": "here", "organization": organization}]
    theirs = [
        m.organization for m in user.memberships.select_related("organization")
        if m.can_edit and same_controller(m.organization, named.name, named.business_id)
    ]
    targets += [{"value": str(o.pk), "organization": o} for o in theirs[:1]]
    if not theirs:
        targets.append({"value": "new", "organization": None})
    return targets


def _chosen_target(request, organization, named: c.Organization):
    """The organisation the user chose to import into (this one unless they chose another)."""
    choice = request.POST.get("target", "here")
    for target in _targets(request.user, organization, named):
        if target["value"] == choice and choice != "here":
            if target["organization"] is not None:
                return target["organization"]
            return found_organization(request.user, named)
    return organization


def _draft(request, organization) -> ImportDraft | None:
    """The user's own unexpired draft in this organisation named by the form, or None."""
    try:
        draft_id = uuid.UUID(request.POST.get("draft", ""))
    except ValueError:
        return None
    return ImportDraft.objects.filter(
        pk=draft_id, organization=organization, user=request.user, expires_at__gt=timezone.now()
    ).first()


@organization_view(edit=True)
def import_accept(request, organization):
    if request.method != "POST":
        return redirect("import", org_id=organization.pk)
    draft = _draft(request, organization)
    if draft is None:
        messages.error(request, _("The import could not be read back. Upload the document again."))
        return redirect("import", org_id=organization.pk)
    try:
        document = c.parse_document(draft.document, strict=False)
    except c.DocumentError:
        messages.error(request, _("The import could not be read back. Upload the document again."))
        return redirect("import", org_id=organization.pk)
    forms = _review_forms(document, request.POST)
    if not all(form.is_valid() for form in forms):
        return _review_page(request, organization, draft, forms=forms)
    chosen = [index for index, form in enumerate(forms) if form.cleaned_data["include"]]
    if not chosen:
        messages.error(request, _("Choose at least one register to import."))
        return _review_page(request, organization, draft, forms=forms)
    data = document.model_dump(mode="json")
    for index in chosen:
        data["registers"][index].update(forms[index].corrections())
    try:
        checked = c.parse_document(data, strict=False)  # the corrections are validated like any document
    except c.DocumentError as exc:
        messages.error(request, str(exc))
        return _review_page(request, organization, draft, forms=forms)
    try:
        with transaction.atomic():
            target = _chosen_target(request, organization, checked.organization)
            created = add_registers(target, checked, chosen)
    except c.DocumentError as exc:  # what may not be stored (e.g. a text over its limit), by its path
        messages.error(request, str(exc))
        return _review_page(request, organization, draft, forms=forms)
    draft.delete()
    messages.success(
        request,
        ngettext(
            "Imported %(count)s register as a draft. Check each section before publishing.",
            "Imported %(count)s registers as drafts. Check each section before publishing.",
            len(created),
        )
        % {"count": len(created)},
    )
    if len(created) == 1:
        return redirect("register", org_id=target.pk, register_id=created[0].pk)
    return redirect("organization", org_id=target.pk)
