"""Error responses: 422 names the JSON path of every bad value; 409 says which revisions clash."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import NinjaAPI
from ninja.errors import ValidationError

from tietovirta import canonical as c
from tietovirta.api.schemas import ConflictOut, StaleRegister
from tietovirta.canonical.schema import json_path
from tietovirta.interchange import StaleDocument
from tietovirta.publishing.services import NotPublishable

# ninja locates a value as ("body", <parameter>, …), ("query", <name>) or ("path", <name>).
_PARAMETER_SOURCES = {"body", "query", "path", "header", "cookie", "form", "file"}


class Conflict(Exception):
    """A write based on an older version than the stored one."""

    def __init__(self, detail: str, conflicts: list[StaleRegister] | None = None):
        super().__init__(detail)
        self.body = ConflictOut(detail=detail, conflicts=conflicts or [])


def _request_path(loc: tuple) -> str:
    parts = list(loc)
    if parts and parts[0] == "body":
        parts = parts[2:]  # the rest is a path inside the JSON body
    elif parts and parts[0] in _PARAMETER_SOURCES:
        parts = parts[1:]
    return json_path(tuple(parts))


def install(api: NinjaAPI) -> None:
    @api.exception_handler(ValidationError)
    def validation_error(request: HttpRequest, exc: ValidationError):
        problems = [{"path": _request_path(e["loc"]), "message": e["msg"]} for e in exc.errors]
        return api.create_response(request, {"detail": problems}, status=422)

    @api.exception_handler(c.DocumentError)
    def document_error(request: HttpRequest, exc: c.DocumentError):
        problems = [{"path": path, "message": message} for path, message in exc.problems]
        return api.create_response(request, {"detail": problems}, status=422)

    @api.exception_handler(NotPublishable)
    def not_publishable(request: HttpRequest, exc: NotPublishable):
        # What the notice lacks in each language refused; `language` is the parameter that asked for it.
        problems = [
            {"path": f"language.{lang}", "message": f"the privacy notice lacks {gap.message.render('en')}"}
            for lang, gaps in exc.gaps.items()
            for gap in gaps
        ] or [{"path": "language", "message": "the privacy notice is complete in no language"}]
        return api.create_response(request, {"detail": problems}, status=422)

    @api.exception_handler(StaleDocument)
    def stale_document(request: HttpRequest, exc: StaleDocument):
        conflicts = [
            StaleRegister(name=name, revision=old, stored_revision=new) for name, old, new in exc.stale
        ]
        body = ConflictOut(
            detail=f"{exc}. Export again, or add ?force=true to overwrite.", conflicts=conflicts
        )
        return api.create_response(request, body.model_dump(), status=409)

    @api.exception_handler(Conflict)
    def conflict(request: HttpRequest, exc: Conflict):
        return api.create_response(request, exc.body.model_dump(), status=409)
