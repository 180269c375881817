"""Typed models of the canonical document, and the one function that reads it.

Key names are part of the product's interface (CLI, API, exports): rename nothing without
raising SCHEMA_VERSION. References between objects are by name (a register lists the names of
the systems and parties it uses), so documents stay readable and free of database ids.

The models accept anything a real document may contain, including mistakes the checks must
report (an invalid Y-tunnus, placeholder text). `parse_document(..., strict=True)` adds the
rules a document must obey before it may be stored: a valid Y-tunnus and no dangling reference.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from stdnum.fi import ytunnus

SCHEMA_VERSION = "1.0"
SUPPORTED_MAJOR = "1"

Text = Annotated[str, Field(default="", description="Free text as the user wrote it.")]


class LegalBasis(StrEnum):
    """GDPR Art. 6(1) points."""

    CONSENT = "a"
    CONTRACT = "b"
    LEGAL_OBLIGATION = "c"
    VITAL_INTERESTS = "d"
    PUBLIC_TASK = "e"
    LEGITIMATE_INTERESTS = "f"


class SpecialCategory(StrEnum):
    """GDPR Art. 9(1) special categories, plus Art. 10 criminal-offence data."""

    RACIAL_ETHNIC = "racial_ethnic_origin"
    POLITICAL = "political_opinions"
    RELIGIOUS = "religious_beliefs"
    TRADE_UNION = "trade_union_membership"
    GENETIC = "genetic"
    BIOMETRIC = "biometric"
    HEALTH = "health"
    SEX_LIFE = "sex_life_orientation"
    CRIMINAL = "criminal_offences"


class HetuGround(StrEnum):
    """Tietosuojalaki 1050/2018 § 29 grounds for processing the henkilötunnus."""

    CONSENT_OR_LAW = "consent_or_law"  # 29 § 1 mom. 1 k.
    UNAMBIGUOUS_IDENTIFICATION = "unambiguous_identification"  # 1 mom. 2 k.
    SECTOR = "sector"  # 1 mom. 3 k.: credit, insurance, renting, health care, employment …
    ADDRESS_UPDATE = "address_update"  # 1 mom. 4 k.


class RetentionUnit(StrEnum):
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"


class RegisterStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = "archived"


class SystemKind(StrEnum):
    CRM = "crm"
    ACCOUNTING = "accounting"
    EMAIL = "email"
    NEWSLETTER = "newsletter"
    FILE_STORAGE = "file_storage"
    ERP = "erp"
    SPREADSHEET = "spreadsheet"
    PAPER_ARCHIVE = "paper_archive"
    WEBSITE = "website"
    CALENDAR = "calendar"
    COMMUNICATION = "communication"
    HR = "hr"
    PROPERTY_MANAGEMENT = "property_management"
    CAMERA = "camera"
    ANALYTICS = "analytics"
    ADVERTISING = "advertising"
    PAYMENTS = "payments"
    ECOMMERCE = "ecommerce"
    HOSTING = "hosting"
    FORMS = "forms"
    SURVEY = "survey"
    BOOKING = "booking"
    SIGNATURE = "signature"
    SECURITY = "security"
    OTHER = "other"


class HostingRegion(StrEnum):
    FINLAND = "fi"
    EEA = "eea"
    THIRD_COUNTRY = "third_country"
    UNKNOWN = "unknown"


class TransferMechanism(StrEnum):
    """How a transfer outside the EEA is made lawful (GDPR Art. 45–49)."""

    NONE = "none"
    ADEQUACY = "adequacy"
    DPF = "dpf"  # EU-US Data Privacy Framework, Decision (EU) 2023/1795
    SCC = "scc"  # Decision (EU) 2021/914
    BCR = "bcr"
    DEROGATION = "derogation"
    PRIVACY_SHIELD = "privacy_shield"  # invalid since C-311/18; kept so the checks can flag it


class AgreementStatus(StrEnum):
    """State of the Art. 28 processor agreement."""

    SIGNED = "signed"
    MISSING = "missing"
    UNKNOWN = "unknown"
    NOT_NEEDED = "not_needed"


class PartyRole(StrEnum):
    PROCESSOR = "processor"
    SUB_PROCESSOR = "sub_processor"
    RECIPIENT = "recipient"
    JOINT_CONTROLLER = "joint_controller"


# Characters no database can store: NUL (PostgreSQL refuses it) and lone UTF-16 surrogates (not
# UTF-8). The models accept them (a document may be rendered or checked as it is); they are
# dropped where text is stored (interchange) or read from a file (importer).
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False, str_strip_whitespace=False)


class Contact(Model):
    name: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""


class TransferFields(Model):
    """Where data lives and, outside the EEA, on what safeguard it goes there."""

    hosting: HostingRegion = HostingRegion.UNKNOWN
    hosting_country: str = Field(
        "", description="ISO 3166 alpha-2 code or country name where data is stored."
    )
    vendor_country: str = Field("", description="Home country of the vendor or its parent (e.g. US).")
    transfer_mechanism: TransferMechanism | None = None
    dpf_verified_on: dt.date | None = None
    transfer_text: Text
    processor_agreement: AgreementStatus = AgreementStatus.UNKNOWN
    processor_agreement_date: dt.date | None = None


class System(TransferFields):
    """An information system (tietojärjestelmä) in the organisation's catalogue."""

    name: str = Field(min_length=1)
    vendor: str = ""
    kind: SystemKind = SystemKind.OTHER
    description: Text


class Party(TransferFields):
    """A processor, sub-processor, recipient of regular disclosures or joint controller."""

    name: str = Field(min_length=1)
    role: PartyRole = PartyRole.PROCESSOR
    business_id: str = ""
    contact: Contact | None = None
    description: Text
    systems: list[str] = Field(default_factory=list, description="Names of systems this party uses.")


class DataCategory(Model):
    name: str = Field(min_length=1)
    special_category: SpecialCategory | None = None
    is_hetu: bool = Field(False, description="The category is or contains the henkilötunnus.")


class DpiaScreening(Model):
    """Answers to the DPIA screening questions (WP248, Art. 35(3), Finnish DPO list).

    `answers` maps a criterion id (tietovirta.risk.criteria) to True (met) or False (not met);
    criteria not yet answered are absent.
    """

    answers: dict[str, bool] = Field(default_factory=dict)
    notes: Text
    fingerprint: str = Field(
        "",
        description="The criteria the register itself suggested when the answers were given "
        "(ids, comma-separated); when the register now suggests others, the assessment is out of date.",
    )


Level = Annotated[int, Field(ge=1, le=4, description="1 Vähäinen, 2 Rajattu, 3 Merkittävä, 4 Suurin.")]


class Risk(Model):
    title: str = Field(min_length=1)
    description: Text
    severity: Level | None = None
    likelihood: Level | None = None
    existing_measures: Text
    planned_measures: Text
    residual_severity: Level | None = None
    residual_likelihood: Level | None = None
    owner: str = ""
    due_date: dt.date | None = None


class RiskAssessment(Model):
    title: str = ""
    assessed_on: dt.date | None = None
    screening: DpiaScreening = Field(default_factory=DpiaScreening)
    risks: list[Risk] = Field(default_factory=list)
    conclusion: Text
    signed_by: str = ""
    signed_on: dt.date | None = None


class AcceptedFinding(Model):
    """A check finding the organisation has decided to accept as a risk, with its reason."""

    rule: str = Field(min_length=1, description="Check id, e.g. 'retention-vague'.")
    field: str = ""
    reason: str = Field(min_length=1)
    accepted_by: str = ""
    accepted_on: dt.date | None = None


class Register(Model):
    """A register (rekisteri, a processing activity) with every heading of the seed documents.

    Structured values sit beside the prose they came from; nothing a user typed is dropped.
    """

    name: str = Field(min_length=1)
    status: RegisterStatus = RegisterStatus.DRAFT
    modified_at: dt.datetime | None = Field(None, description="Shown as 'Muokattu'.")
    review_interval_months: int = Field(12, ge=1, le=120)
    reviewed_on: dt.date | None = Field(None, description="Last review that found no change needed.")
    revision: int | None = Field(
        None, ge=1, description="Revision the register had when exported; a load refuses a stale one."
    )
    description: Text

    # Yhteyshenkilö rekisteriä koskevissa asioissa / Vastuuhenkilö
    contact_person: Contact | None = None
    responsible_person: Contact | None = None

    # Tietolähteet / Säännönmukaiset tietolähteet
    sources: list[str] = Field(default_factory=list)
    sources_text: Text

    # Käsittelyperuste / Käsittelyn oikeusperuste
    legal_bases: list[LegalBasis] = Field(default_factory=list)
    legal_basis_text: Text
    legitimate_interest_text: Text
    special_category_conditions: list[str] = Field(
        default_factory=list, description="Art. 9(2) points (a–j) relied on for special-category data."
    )
    special_category_text: Text
    criminal_data_basis_text: Text
    hetu_ground: HetuGround | None = None
    hetu_ground_text: Text

    # Suostumus / Oikeus suostumuksen peruuttamiseen
    consent_text: Text
    consent_withdrawal_text: Text

    # Tietojärjestelmä(t) + "Käytä viittauksia määriteltyihin tietojärjestelmiin"
    use_system_references: bool = False
    systems: list[str] = Field(default_factory=list, description="Names of catalogue systems.")
    systems_text: Text

    # Saatava tieto / Saatavilla oleva tieto / Rekisterin tietosisältö
    data_subject_categories: list[str] = Field(default_factory=list)
    data_categories: list[DataCategory] = Field(default_factory=list)
    data_collected_text: Text

    location_text: Text  # Sijainti
    processing_location_text: Text  # Missä tietoja käsitellään
    purpose_text: Text  # Miksi tietoja käsitellään / Henkilötietojen käsittelyn tarkoitus
    processing_method_text: Text  # Miten tietoja käsitellään
    resulting_registers_text: Text  # Mitä rekistereitä tiedoista syntyy / luodaan

    # Henkilötietojen käsittelijät / Tietojen säännönmukaiset luovutukset / siirto EU:n ulkopuolelle
    parties: list[str] = Field(default_factory=list, description="Names of parties (processors, recipients).")
    processors_text: Text
    disclosures_text: Text
    transfers_text: Text

    # Miten ja milloin tietoja poistetaan
    retention_period: int | None = Field(None, ge=0)
    retention_unit: RetentionUnit | None = None
    retention_trigger: str = Field(
        "", description="What starts the period, e.g. 'asiakkuuden päättymisestä'."
    )
    retention_text: Text

    # Miten tiedot on suojattu / Rekisterin suojauksen periaatteet A (manuaalinen) ja B (ATK)
    security_text: Text
    security_manual_text: Text
    security_electronic_text: Text

    cookies_text: Text  # Evästeet
    access_right_text: Text  # Tarkastusoikeus
    rectification_text: Text  # Oikeus vaatia tiedon korjaamista
    other_rights_text: Text  # Muut henkilötietojen käsittelyyn liittyvät oikeudet

    # Art. 13(2)(e) and (f): not in the seeds, required in the notice
    statutory_requirement_text: Text
    automated_decisions_text: Text

    privacy_notice_text: Text  # Tietosuojaseloste
    privacy_notice_url: str = ""

    risk_text: Text  # "Riskin arvioinnit" prose
    risk_assessments: list[RiskAssessment] = Field(default_factory=list)

    unmapped_text: Text  # text an import could not place under any heading: kept, never dropped
    accepted_findings: list[AcceptedFinding] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references_when_systems_are_named(self) -> Register:
        # A document that lists catalogue systems without saying how it refers to them means to
        # refer to them (the switch off would make the list meaningless).
        if self.systems and "use_system_references" not in self.model_fields_set:
            self.use_system_references = True
        return self


class Organization(Model):
    """The controller (rekisterinpitäjä)."""

    name: str = Field("", description="Empty when the source document names no controller.")
    business_id: str = Field("", description="Y-tunnus, e.g. 2643821-1.")
    street_address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    is_public_authority: bool = False
    contact_person: Contact | None = None
    dpo: Contact | None = None
    eu_representative: Contact | None = None

    @field_validator("business_id")
    @classmethod
    def _valid_business_id(cls, value: str, info: ValidationInfo) -> str:
        if value and (info.context or {}).get("strict"):
            if not ytunnus.is_valid(value):
                raise ValueError(f"'{value}' is not a valid Y-tunnus (format 1234567-8, check digit)")
            return ytunnus.format(value)
        return value


class OrganizationDocument(Model):
    """One organisation with its system catalogue, parties and registers."""

    schema_version: str = SCHEMA_VERSION
    organization: Organization
    systems: list[System] = Field(default_factory=list)
    parties: list[Party] = Field(default_factory=list)
    registers: list[Register] = Field(default_factory=list)

    @field_validator("schema_version")
    @classmethod
    def _supported_version(cls, value: str) -> str:
        if value.split(".")[0] != SUPPORTED_MAJOR:
            raise ValueError(
                f"unsupported schema version '{value}'; this Tietovirta reads {SUPPORTED_MAJOR}.x"
            )
        return value

    def to_json(self) -> str:
        return self.model_dump_json(indent=2, exclude_defaults=False) + "\n"


class DocumentError(ValueError):
    """A document that cannot be used, with every problem and the path of the bad value."""

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        super().__init__("; ".join(f"{path or '(document)'}: {msg}" for path, msg in problems))


def json_path(loc: tuple[Any, ...]) -> str:
    """A pydantic error location as the path users read: `registers[0].legal_bases[1]`."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _dangling_references(doc: OrganizationDocument) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    for kind, items in (("systems", doc.systems), ("parties", doc.parties)):
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item.name in seen:
                problems.append((f"{kind}[{i}].name", f"duplicate name '{item.name}'"))
            seen.add(item.name)
    system_names = {s.name for s in doc.systems}
    party_names = {p.name for p in doc.parties}
    for i, party in enumerate(doc.parties):
        for j, name in enumerate(party.systems):
            if name not in system_names:
                problems.append((f"parties[{i}].systems[{j}]", f"no system named '{name}'"))
    for i, register in enumerate(doc.registers):
        for j, name in enumerate(register.systems):
            if name not in system_names:
                problems.append((f"registers[{i}].systems[{j}]", f"no system named '{name}'"))
        for j, name in enumerate(register.parties):
            if name not in party_names:
                problems.append((f"registers[{i}].parties[{j}]", f"no party named '{name}'"))
    return problems


def parse_document(data: str | bytes | dict[str, Any], *, strict: bool = True) -> OrganizationDocument:
    """Read a canonical document from JSON text or a parsed dict.

    Raises DocumentError naming the path of every bad value. With `strict` (the default, used
    before storing) the Y-tunnus must be valid and every reference must resolve.
    """
    if isinstance(data, str | bytes):
        try:
            data = json.loads(data)
        except (ValueError, UnicodeDecodeError) as exc:
            raise DocumentError([("", f"not valid JSON: {exc}")]) from None
    if not isinstance(data, dict):
        raise DocumentError([("", "expected a JSON object with 'schema_version' and 'organization'")])
    if "schema_version" not in data:
        raise DocumentError([("schema_version", "missing; a Tietovirta document names its schema version")])
    try:
        doc = OrganizationDocument.model_validate(data, context={"strict": strict})
    except ValidationError as exc:
        raise DocumentError(
            [(json_path(e["loc"]), e["msg"].removeprefix("Value error, ")) for e in exc.errors()]
        ) from None
    if strict and (problems := _dangling_references(doc)):
        raise DocumentError(problems)
    return doc


def json_schema() -> dict[str, Any]:
    schema = OrganizationDocument.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://tietovirta.fi/schema/organization-{SCHEMA_VERSION}.json"
    return schema
