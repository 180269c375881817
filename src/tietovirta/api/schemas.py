"""Request and response bodies. The data itself uses the canonical models (one definition of every
field); these add only what the API needs around them: database ids, pages and error bodies."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

from tietovirta import canonical as c

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)


class Page(BaseModel, Generic[T]):
    count: int = Field(description="Number of items matching the filters, on all pages.")
    limit: int
    offset: int
    items: list[T]


# Outputs add the database id; inputs accept it back (ignored), so what a GET returns can be PUT.
ReadOnlyId = Field(None, description="Ignored on writes: the id is in the URL.")


class OrganizationOut(c.Organization):
    id: int
    role: str = Field(description="Your role in the organisation: owner, editor or viewer.")


class OrganizationIn(c.Organization):
    id: int | None = ReadOnlyId
    role: str | None = Field(None, description="Ignored on writes: change roles on the Members page.")


class SystemOut(c.System):
    id: int


class SystemIn(c.System):
    id: int | None = ReadOnlyId


class PartyOut(c.Party):
    id: int


class PartyIn(c.Party):
    id: int | None = ReadOnlyId


class RegisterOut(c.Register):
    id: int


class RegisterIn(c.Register):
    id: int | None = ReadOnlyId


def canonical(payload: BaseModel, model: type[M]) -> M:
    """The canonical item an input carries, without the API's read-only extras."""
    return model.model_validate(payload.model_dump(include=set(model.model_fields)))


class FindingOut(BaseModel):
    rule: str = Field(description="Stable rule id, e.g. 'retention-vague'.")
    severity: str = Field(description="error, warning or note.")
    register_id: int | None = Field(
        description="The register concerned; null for the organisation and catalogue."
    )
    register_name: str | None
    field: str
    message: str
    hint: str
    legal_ref: str
    accepted: bool = Field(description="Accepted as a risk: listed, but not counted.")


class ImportedField(BaseModel):
    register_index: int | None = Field(description="Index in document.registers; null for the organisation.")
    field: str
    value: Any
    confidence: float
    source: str


class ImportResultOut(BaseModel):
    document: c.OrganizationDocument
    fields: list[ImportedField]
    warnings: list[str]
    created: list[int] = Field(default_factory=list, description="Ids of the draft registers created.")


class LoadResultOut(BaseModel):
    organization_id: int
    summary: str
    counts: dict[str, dict[str, int]]


class Error(BaseModel):
    detail: str


class Problem(BaseModel):
    path: str = Field(
        description="JSON path of the bad value in the request, e.g. 'registers[0].legal_bases[1]'."
    )
    message: str


class ValidationErrorOut(BaseModel):
    detail: list[Problem]


class StaleRegister(BaseModel):
    name: str = Field(description="The register's name.")
    revision: int = Field(description="The revision the request was based on.")
    stored_revision: int


class ConflictOut(BaseModel):
    detail: str
    conflicts: list[StaleRegister] = Field(default_factory=list)
