"""Import a document the organisation already has: upload → review with confidences → accept.

Nothing is stored before the user accepts. The extracted document travels between the two steps
inside the review form, signed so that it cannot be altered on the way, and is validated again
before anything is written.
"""

from django.contrib import messages
from django.core import signing
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tietovirta import canonical as c
from tietovirta.canonical.sections import SECTIONS
from tietovirta.importer import MAX_BYTES, UnreadableDocument, import_bytes
from tietovirta.imports.forms import RegisterReviewForm, UploadForm
from tietovirta.interchange import add_registers
from tietovirta.organizations.access import organization_view
from tietovirta.registers.findings import document_findings

SIGNING_SALT = "tietovirta.imports.review"
TEXT_FIELDS = [name for s in SECTIONS for name in s.fields if name.endswith("_text")] + ["unmapped_text"]


def _text_fields(register: c.Register) -> list[str]:
    return [name for name in dict.fromkeys(TEXT_FIELDS) if getattr(register, name)]


def _review_forms(document: c.OrganizationDocument, data=None) -> list[RegisterReviewForm]:
    forms = []
    for index, register in enumerate(document.registers):
        initial = {
            "name": register.name,
            "legal_bases": [b.value for b in register.legal_bases],
            "sources": register.sources,
            "data_subject_categories": register.data_subject_categories,
            **{name: getattr(register, name) for name in _text_fields(register)},
        }
        forms.append(
            RegisterReviewForm(data, prefix=f"r{index}", initial=initial, text_fields=_text_fields(register))
        )
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
        if upload:
            result = import_bytes(upload.read(MAX_BYTES + 1), upload.name, form.cleaned_data["lang"])
        else:
            result = import_bytes(
                form.cleaned_data["text"].encode("utf-8"), "pasted.txt", form.cleaned_data["lang"]
            )
    except UnreadableDocument as exc:
        form.add_error(None, str(exc))
        return render(request, "imports/upload.html", {"organization": organization, "form": form})
    return _review_page(
        request,
        organization,
        result.document,
        fields=result.fields,
        warnings=result.warnings,
        source_name=upload.name if upload else _("pasted text"),
    )


def _review_page(request, organization, document, *, fields=(), warnings=(), source_name="", forms=None):
    token = signing.dumps(document.model_dump(mode="json"), salt=SIGNING_SALT, compress=True)
    forms = forms or _review_forms(document)
    details = []
    for index, (form, register) in enumerate(zip(forms, document.registers, strict=True)):
        found = {f.field: f for f in fields if f.register == index}
        rows = [(form[name], found.get(name)) for name in form.fields if name != "include"]
        details.append({"form": form, "register": register, "rows": rows})
    return render(
        request,
        "imports/review.html",
        {
            "organization": organization,
            "document": document,
            "details": details,
            "token": token,
            "warnings": warnings,
            "source_name": source_name,
            "findings": document_findings(document),
            "org_fields": [f for f in fields if f.register is None],
        },
    )


@organization_view(edit=True)
def import_accept(request, organization):
    if request.method != "POST":
        return redirect("import", org_id=organization.pk)
    try:
        data = signing.loads(request.POST.get("token", ""), salt=SIGNING_SALT)
        document = c.parse_document(data, strict=False)
    except (signing.BadSignature, c.DocumentError):
        messages.error(request, _("The import could not be read back. Upload the document again."))
        return redirect("import", org_id=organization.pk)
    forms = _review_forms(document, request.POST)
    if not all(form.is_valid() for form in forms):
        return _review_page(request, organization, document, forms=forms)
    chosen = [index for index, form in enumerate(forms) if form.cleaned_data["include"]]
    if not chosen:
        messages.error(request, _("Choose at least one register to import."))
        return _review_page(request, organization, document, forms=forms)
    data = document.model_dump(mode="json")
    for index in chosen:
        data["registers"][index].update(forms[index].corrections())
    try:
        checked = c.parse_document(data, strict=False)  # the corrections are validated like any document
    except c.DocumentError as exc:
        messages.error(request, str(exc))
        return _review_page(request, organization, document, forms=forms)
    try:
        created = add_registers(organization, checked, chosen)
    except c.DocumentError as exc:  # what may not be stored (e.g. a text over its limit), by its path
        messages.error(request, str(exc))
        return _review_page(request, organization, document, forms=forms)
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
        return redirect("register", org_id=organization.pk, register_id=created[0].pk)
    return redirect("organization", org_id=organization.pk)
