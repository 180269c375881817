"""What is computed from the data: findings of the checks, documents, and importing a document."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import translation
from ninja import File, Router, UploadedFile

from tietovirta import canonical as c
from tietovirta.api.auth import membership
from tietovirta.api.common import ERRORS, WRITE_ERRORS
from tietovirta.api.schemas import FindingOut, ImportResultOut
from tietovirta.audit.log import record_download
from tietovirta.checks import Finding
from tietovirta.documents import MEDIA_TYPES
from tietovirta.fragments import health_row
from tietovirta.importer import MAX_BYTES, UnreadableDocument
from tietovirta.importer.sandbox import run_import
from tietovirta.interchange import PREFETCH_FOR_CANONICAL, add_registers, export_document, register_document
from tietovirta.language import LANGUAGES
from tietovirta.publishing.responses import document_response, register_document_revision
from tietovirta.registers.findings import (
    cached_organization_health,
    register_concerns,
    register_document_kept,
)
from tietovirta.registers.models import Register

router = Router(tags=["findings and documents"])

Lang = Literal[LANGUAGES]  # type: ignore[valid-type]
_DOCUMENT_CONTENT = {
    media.split(";")[0]: {"schema": {"type": "string", "format": "binary"}} for media in MEDIA_TYPES.values()
}
DOCUMENT_RESPONSES = {"responses": {200: {"description": "The document.", "content": _DOCUMENT_CONTENT}}}


def finding_out(finding: Finding, register_ids: list[int]) -> dict:
    """A finding as the API shows it: the register by its id."""
    values = finding.to_dict()
    index = values.pop("register_index")
    values["register_name"] = values.pop("register")
    return {**values, "register_id": None if index is None else register_ids[index]}


@router.get("/organizations/{org_id}/findings", response={200: list[FindingOut], **ERRORS})
def organization_findings(request: HttpRequest, org_id: int, lang: Lang = "fi"):
    """Every finding of the checks on the organisation's active registers and its catalogue, worst first:
    the dashboard's, kept under the organisation's revision (registers/findings.py)."""
    organization = membership(request, org_id).organization
    with translation.override(lang):
        health = cached_organization_health(organization)
    return [finding_out(f, health.register_ids) for f in health.findings]


@router.get(
    "/organizations/{org_id}/registers/{register_id}/findings",
    response={200: list[FindingOut], **ERRORS},
    operation_id="register_findings",
)
def register_findings(request: HttpRequest, org_id: int, register_id: int, lang: Lang = "fi"):
    """The findings that concern one register, including those about the systems and parties it uses
    (those the register has accepted as its own risk marked accepted, as on its page)."""
    organization = membership(request, org_id).organization
    # As the register page reads them: the organisation's generations before the register, then the
    # organisation and its catalogue as the checks keep them under those generations, not read again.
    health = health_row(organization)
    register = get_object_or_404(
        Register.objects.prefetch_related(*PREFETCH_FOR_CANONICAL), organization=organization, pk=register_id
    )
    register.organization = organization  # already read with the caller's membership
    with translation.override(lang):
        findings = register_concerns(register_document_kept(register, health))
    return [finding_out(f, [register.pk]) for f in findings]


def _document_response(
    document: c.OrganizationDocument | Callable[[], c.OrganizationDocument],
    kind: str,
    fmt: str,
    lang: str,
    register,
    name: str,
    revision: str | None = None,
):
    response = document_response(
        document, kind=kind, fmt=fmt, lang=lang, register=register, name=name, revision=revision
    )
    if response.status_code == 422:  # the reason, as the API's JSON error body
        raise c.DocumentError([("", response.content.decode())])
    return response


@router.get(
    "/organizations/{org_id}/registers/{register_id}/documents/{kind}.{fmt}",
    response=ERRORS,
    openapi_extra=DOCUMENT_RESPONSES,
)
def register_download(
    request: HttpRequest,
    org_id: int,
    register_id: int,
    kind: Literal["tietovirtakuvaus", "tietosuojaseloste", "diagram"],
    fmt: Literal["html", "pdf", "docx", "md", "svg"],
    lang: Lang = "fi",
):
    """The register's tietovirtakuvaus, privacy notice (tietosuojaseloste) or data-flow diagram."""
    organization = membership(request, org_id).organization
    register = get_object_or_404(Register, organization=organization, pk=register_id)
    register.organization = organization  # already read with the caller's membership
    # Read only when no document was written at the register's revision, as for the page's download.
    revision = register_document_revision(organization, register.pk)
    response = _document_response(
        lambda: register_document(register), kind, fmt, lang, 0, register.name, revision
    )
    record_download(request, organization, f"{register.name}: {kind}.{fmt}")
    return response


@router.get(
    "/organizations/{org_id}/documents/{kind}.{fmt}", response=ERRORS, openapi_extra=DOCUMENT_RESPONSES
)
def organization_download(
    request: HttpRequest,
    org_id: int,
    kind: Literal["seloste", "diagram"],
    fmt: Literal["html", "pdf", "docx", "md", "xlsx", "csv", "svg"],
    lang: Lang = "fi",
):
    """The record of processing activities (seloste käsittelytoimista, Art. 30) or the data-flow diagram."""
    organization = membership(request, org_id).organization
    document = export_document(organization, include_archived=False)
    response = _document_response(document, kind, fmt, lang, None, str(organization))
    record_download(request, organization, f"{kind}.{fmt}")
    return response


@router.post("/organizations/{org_id}/import-document", response={200: ImportResultOut, **WRITE_ERRORS})
def import_document(
    request: HttpRequest,
    org_id: int,
    file: File[UploadedFile],
    lang: Literal[("auto", *LANGUAGES)] = "auto",  # type: ignore[valid-type]
    create: bool = False,
):
    """Read a rekisteriseloste, tietosuojaseloste or tietovirtakuvaus (txt, md, html, pdf, docx).

    Returns the canonical draft with the confidence and source text of every value, without
    storing anything; with `create=true` its registers are also created as drafts.
    """
    organization = membership(request, org_id, write=True).organization
    if file.size and file.size > MAX_BYTES:
        raise c.DocumentError([("file", f"larger than the {MAX_BYTES // 2**20} MB limit")])
    try:
        result = run_import(file.read(MAX_BYTES + 1), file.name or "", lang)
    except UnreadableDocument as exc:  # in English, as the API's other messages
        raise c.DocumentError([("file", exc.message("en"))]) from None
    created = []
    if create and result.document.registers:
        created = add_registers(organization, result.document, list(range(len(result.document.registers))))
    return {
        "document": result.document,
        "fields": [{**vars(f), "register_index": f.register} for f in result.fields],
        "warnings": result.warnings,
        "created": [r.pk for r in created],
    }
