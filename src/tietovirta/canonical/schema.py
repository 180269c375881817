"""Typed models of the canonical document, and the one function that reads it.

Key names are part of the product's interface (CLI, API, exports): rename nothing without
raising SCHEMA_VERSION. References between objects are by name (a register lists the names of
the systems and parties it uses), so documents stay readable and free of database ids.

The models accept anything a real document may contain, including mistakes the checks must
report (an invalid Y-tunnus, placeholder text, a very long text). `parse_document(..., strict=True)`
(and `validate(..., strict=True)` for a part of a document) adds the rules a document must obey
before it may be stored: text cleaned of what no database can store, lengths within their limits,
a valid Y-tunnus, no review date in the future, unique names and no dangling reference. Every write
path (forms, API, import, load) stores only what passed them.

Identity: an organisation and a risk assessment carry their own `uuid`; a business id or a name is
data, never a key (two organisations may share a Y-tunnus).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any, Literal, TypeVar
from uuid import UUID

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic.fields import FieldInfo
from pydantic_core import PydanticCustomError, core_schema
from stdnum.fi import ytunnus

from tietovirta import deadlines
from tietovirta.language import DEFAULT_LANGUAGE, LANGUAGES

# 1.1: `uuid` of the organisation and of each risk assessment; text limits. 1.2: data-subject
# requests and breaches. 1.3: purposes tied to their legal bases (Register.purposes); prose in several
# languages (Register.language, Register.translations). An older 1.x document is read as 1.3 (see
# upgrade.py).
SCHEMA_VERSION = "1.3"
SUPPORTED_MAJOR = "1"


def _storing(info: ValidationInfo) -> bool:
    """Validation before storing (`strict`), rather than reading a document as it is."""
    return bool((info.context or {}).get("strict"))


@dataclass(frozen=True)
class MaxLength:
    """The most characters (or items, for a list) a value may have when it is stored.

    Checked only when storing, so that an import or a check can still read a long document and say
    what is wrong with it; the database columns take their limits from here (`max_length`).
    """

    limit: int

    def __get_pydantic_core_schema__(self, source, handler):
        return core_schema.with_info_after_validator_function(self._check, handler(source))

    def __get_pydantic_json_schema__(self, schema, handler):
        json_schema = handler(schema)
        kind = json_schema.get("type")
        key = {"array": "maxItems", "object": "maxProperties"}.get(kind, "maxLength")
        json_schema[key] = self.limit
        return json_schema

    def _check(self, value, info: ValidationInfo):
        if len(value) > self.limit and _storing(info):
            if isinstance(value, str):
                raise PydanticCustomError(
                    "string_too_long",
                    "at most {max_length} characters (this has {length})",
                    {"max_length": self.limit, "length": len(value)},
                )
            raise PydanticCustomError(
                "too_long", "at most {max_length} items (this has {length})",
                {"max_length": self.limit, "length": len(value)},
            )
        return value


def max_length(field: FieldInfo) -> int | None:
    """The stored limit of a canonical field (see MaxLength), for the database column that holds it."""
    return next((m.limit for m in field.metadata if isinstance(m, MaxLength)), None)


def column_length(model: type[BaseModel], name: str) -> int:
    """`max_length` of the database column that stores `model.name`: the canonical limit."""
    limit = max_length(model.model_fields[name])
    if limit is None:
        raise LookupError(f"{model.__name__}.{name} has no MaxLength")
    return limit


# Limits of stored text, in characters. Generous for prose (a long register section is a few
# thousand characters); a whole privacy notice pasted in, or the text an import could not place,
# may be longer. They keep any one value from tying up the documents written from it.
PROSE_MAX = 20_000
LONG_PROSE_MAX = 100_000
NAME_MAX = 200
BUSINESS_ID_MAX = 20
LIST_MAX = 200  # items of a list of short values (sources, categories …)
REFERENCES_MAX = 1000  # names of systems or parties a register or a party refers to

TEXT_DESCRIPTION = "Free text as the user wrote it."
Text = Annotated[str, Field(default="", description=TEXT_DESCRIPTION), MaxLength(PROSE_MAX)]
LongText = Annotated[str, Field(default="", description=TEXT_DESCRIPTION), MaxLength(LONG_PROSE_MAX)]
Name = Annotated[str, MaxLength(NAME_MAX)]
Short = Annotated[str, MaxLength(100)]  # a country, a city, a code


def _short_list(item_max: int, items_max: int = LIST_MAX):
    return Annotated[list[Annotated[str, MaxLength(item_max)]], MaxLength(items_max)]


References = _short_list(NAME_MAX, REFERENCES_MAX)


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
    """Tietosuojalaki 1050/2018 § 29 grounds for processing the henkilötunnus, by momentti (LEGAL.md §4).

    The values are part of the interface and stay; their meaning follows the law as corrected."""

    CONSENT_OR_LAW = "consent_or_law"  # 29 § 1 mom.: unambiguous consent, or provided by law
    UNAMBIGUOUS_IDENTIFICATION = "unambiguous_identification"  # 1 mom. 1–3 kohta: identification matters
    SECTOR = "sector"  # 2 mom.: credit, insurance, renting, health care, employment …
    ADDRESS_UPDATE = "address_update"  # 3 mom.: disclosure to update addresses or avoid duplicates


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
# dropped by the strict validation before anything is stored (`validate`), and by the importer
# from the text it reads.
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False, str_strip_whitespace=False)


class Contact(Model):
    name: Name = ""
    title: Name = ""
    email: Annotated[str, MaxLength(254)] = ""
    phone: Annotated[str, MaxLength(50)] = ""
    address: Annotated[str, MaxLength(500)] = ""


class TransferFields(Model):
    """Where data lives and, outside the EEA, on what safeguard it goes there."""

    hosting: HostingRegion = HostingRegion.UNKNOWN
    hosting_country: Short = Field(
        "", description="ISO 3166 alpha-2 code or country name where data is stored."
    )
    vendor_country: Short = Field("", description="Home country of the vendor or its parent (e.g. US).")
    transfer_mechanism: TransferMechanism | None = None
    dpf_verified_on: dt.date | None = None
    transfer_text: Text
    processor_agreement: AgreementStatus = AgreementStatus.UNKNOWN
    processor_agreement_date: dt.date | None = None


class System(TransferFields):
    """An information system (tietojärjestelmä) in the organisation's catalogue."""

    name: Name = Field(min_length=1)
    vendor: Name = ""
    kind: SystemKind = SystemKind.OTHER
    description: Text


class Party(TransferFields):
    """A processor, sub-processor, recipient of regular disclosures or joint controller."""

    name: Name = Field(min_length=1)
    role: PartyRole = PartyRole.PROCESSOR
    business_id: Annotated[str, MaxLength(BUSINESS_ID_MAX)] = ""
    contact: Contact | None = None
    description: Text
    systems: References = Field(default_factory=list, description="Names of systems this party uses.")


class DataCategory(Model):
    name: Name = Field(min_length=1)
    special_category: SpecialCategory | None = None
    is_hetu: bool = Field(False, description="The category is or contains the henkilötunnus.")


class DpiaScreening(Model):
    """Answers to the DPIA screening questions (WP248, Art. 35(3), Finnish DPO list).

    `answers` maps a criterion id (tietovirta.risk.criteria) to True (met) or False (not met);
    criteria not yet answered are absent.
    """

    answers: Annotated[dict[Annotated[str, MaxLength(100)], bool], MaxLength(LIST_MAX)] = Field(
        default_factory=dict
    )
    notes: Text
    fingerprint: Annotated[str, MaxLength(2000)] = Field(
        "",
        description="The criteria the register itself suggested when the answers were given "
        "(ids, comma-separated); when the register now suggests others, the assessment is out of date.",
    )


Level = Annotated[int, Field(ge=1, le=4, description="1 Vähäinen, 2 Rajallinen, 3 Merkittävä, 4 Suurin.")]


class Risk(Model):
    title: Annotated[str, MaxLength(300)] = Field(min_length=1)
    description: Text
    severity: Level | None = None
    likelihood: Level | None = None
    existing_measures: Text
    planned_measures: Text
    residual_severity: Level | None = None
    residual_likelihood: Level | None = None
    owner: Name = ""
    due_date: dt.date | None = None


class RiskAssessment(Model):
    uuid: UUID | None = Field(
        None,
        description="The assessment's own identity: a write updates the assessment with this uuid in "
        "place (a signed one must be sent unchanged); without one, the assessment is new.",
    )
    title: Name = ""
    assessed_on: dt.date | None = None
    screening: DpiaScreening = Field(default_factory=DpiaScreening)
    risks: Annotated[list[Risk], MaxLength(100)] = Field(default_factory=list)
    conclusion: Text
    signed_by: Name = Field("", description="Set by signing off on the assessment page, not by a write.")
    signed_on: dt.date | None = Field(None, description="Set by signing off, with `signed_by`.")


class AcceptedFinding(Model):
    """A check finding the organisation has decided to accept as a risk, with its reason."""

    rule: Annotated[str, MaxLength(100)] = Field(
        min_length=1, description="Check id, e.g. 'retention-vague'."
    )
    field: Annotated[str, MaxLength(100)] = ""
    reason: Annotated[str, MaxLength(2000)] = Field(min_length=1)
    accepted_by: Annotated[str, MaxLength(254)] = Field(
        "", description="Set by the server: who accepted the finding."
    )
    accepted_on: dt.date | None = Field(None, description="Set by the server: when it was accepted.")


Language = Literal[LANGUAGES]  # type: ignore[valid-type]
Art9Point = Annotated[str, Field(pattern="^[a-j]$", description="GDPR Art. 9(2) point, a–j.")]


class Purpose(Model):
    """One purpose of processing and the Art. 6(1) basis it rests on (GDPR 13(1)(c), 30(1)(b))."""

    purpose: Annotated[str, MaxLength(PROSE_MAX)] = Field(
        min_length=1, description="The purpose as the data subject reads it."
    )
    legal_basis: LegalBasis | None = Field(None, description="Art. 6(1) point; none until chosen.")
    special_condition: Art9Point | None = Field(
        None, description="Art. 9(2) point relied on where this purpose uses special-category data."
    )
    interest: Annotated[str, MaxLength(PROSE_MAX)] = Field(
        "", description="The legitimate interest pursued, where the basis is (f) (GDPR 13(1)(d))."
    )
    direct_marketing: bool = Field(
        False,
        description="The purpose is direct marketing: the right to object is absolute (Art. 21(2)–(3)).",
    )


class Translation(Model):
    """A text in another language than the register's, with the text it was translated from.

    When the register's own text changes, `source` no longer matches it and the translation counts as
    out of date: a notice is not published from it until someone updates it."""

    text: Annotated[str, MaxLength(LONG_PROSE_MAX)]
    source: Annotated[str, MaxLength(LONG_PROSE_MAX)] = Field(
        "", description="The register's text this translates; empty: its current text."
    )


# The texts of one language: by field path, at most one per text a register can have.
TranslatedTexts = Annotated[dict[Annotated[str, MaxLength(NAME_MAX)], Translation], MaxLength(5 * LIST_MAX)]


class Register(Model):
    """A register (rekisteri, a processing activity) with every heading of the seed documents.

    Structured values sit beside the prose they came from; nothing a user typed is dropped.
    """

    name: Name = Field(min_length=1)
    status: RegisterStatus = Field(
        RegisterStatus.DRAFT, description="'published' is set by publishing the register, not by a write."
    )
    modified_at: dt.datetime | None = Field(None, description="Shown as 'Muokattu'.")
    language: Language = Field(  # type: ignore[valid-type]
        DEFAULT_LANGUAGE, description="The language the register's own texts are written in."
    )
    translations: dict[Language, TranslatedTexts] = Field(  # type: ignore[valid-type]
        default_factory=dict,
        description="Texts in other languages, by language and field path (`purpose_text`, "
        "`sources[0]`, `purposes[1].interest`). A plain string is read as a translation of the text the "
        "field has now.",
    )
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
    sources: _short_list(500) = Field(default_factory=list)
    sources_text: Text

    # Käsittelyperuste / Käsittelyn oikeusperuste
    legal_bases: Annotated[list[LegalBasis], MaxLength(20)] = Field(default_factory=list)
    legal_basis_text: Text
    legitimate_interest_text: Text
    special_category_conditions: _short_list(20, 20) = Field(
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
    systems: References = Field(default_factory=list, description="Names of catalogue systems.")
    systems_text: Text

    # Saatava tieto / Saatavilla oleva tieto / Rekisterin tietosisältö
    data_subject_categories: _short_list(NAME_MAX) = Field(default_factory=list)
    data_subjects_text: Text  # who the data is about, as the document says it (Art. 30(1)(c))
    data_categories: Annotated[list[DataCategory], MaxLength(LIST_MAX)] = Field(default_factory=list)
    data_collected_text: Text

    location_text: Text  # Sijainti
    processing_location_text: Text  # Missä tietoja käsitellään
    purpose_text: Text  # Miksi tietoja käsitellään / Henkilötietojen käsittelyn tarkoitus
    purposes: Annotated[list[Purpose], MaxLength(LIST_MAX)] = Field(
        default_factory=list, description="Each purpose with its legal basis, as the notice states them."
    )
    processing_method_text: Text  # Miten tietoja käsitellään
    resulting_registers_text: Text  # Mitä rekistereitä tiedoista syntyy / luodaan

    # Henkilötietojen käsittelijät / Tietojen säännönmukaiset luovutukset / siirto EU:n ulkopuolelle
    parties: References = Field(
        default_factory=list, description="Names of parties (processors, recipients)."
    )
    processors_text: Text
    disclosures_text: Text
    transfers_text: Text

    # Miten ja milloin tietoja poistetaan
    retention_period: int | None = Field(None, ge=0)
    retention_unit: RetentionUnit | None = None
    retention_trigger: Annotated[str, MaxLength(300)] = Field(
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

    privacy_notice_text: LongText  # Tietosuojaseloste
    privacy_notice_url: Annotated[str, MaxLength(500)] = ""

    risk_text: Text  # "Riskin arvioinnit" prose
    risk_assessments: Annotated[list[RiskAssessment], MaxLength(LIST_MAX)] = Field(default_factory=list)

    unmapped_text: LongText  # text an import could not place under any heading: kept, never dropped
    accepted_findings: Annotated[list[AcceptedFinding], MaxLength(500)] = Field(default_factory=list)

    @field_validator("reviewed_on")
    @classmethod
    def _not_in_the_future(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        # A day of leeway: the server's date may still be yesterday where the reviewer is.
        if value is not None and _storing(info) and value > deadlines.today() + dt.timedelta(days=1):
            raise PydanticCustomError(
                "date_in_future", "{date} is in the future; a review is recorded when it is done",
                {"date": value.isoformat()},
            )
        return value

    @model_validator(mode="after")
    def _references_when_systems_are_named(self) -> Register:
        # A document that lists catalogue systems without saying how it refers to them means to
        # refer to them (the switch off would make the list meaningless).
        if self.systems and "use_system_references" not in self.model_fields_set:
            self.use_system_references = True
        return self

    @field_validator("translations", mode="before")
    @classmethod
    def _plain_translations(cls, value: Any) -> Any:
        # {"sv": {"purpose_text": "…"}}: a plain string is a translation whose source is filled in below.
        if isinstance(value, dict):
            return {
                lang: {path: {"text": t} if isinstance(t, str) else t for path, t in texts.items()}
                if isinstance(texts, dict) else texts
                for lang, texts in value.items()
            }
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Register:
        from tietovirta.canonical.translations import text_at

        # Every basis a purpose rests on is a basis of the register (the checks read legal_bases).
        self.legal_bases = [LegalBasis(b) for b in with_purpose_bases(self.legal_bases, self.purposes)]
        # A translation given without its source translates the text the field has now.
        for texts in self.translations.values():
            for path, translation in texts.items():
                if not translation.source:
                    translation.source = text_at(self, path) or ""
        return self


def with_purpose_bases(bases: list, purposes: list) -> list:
    """The register's bases with those its purposes rest on added (purposes as models or dicts)."""
    found = list(bases)
    for purpose in purposes:
        basis = purpose.get("legal_basis") if isinstance(purpose, dict) else purpose.legal_basis
        if basis and basis not in found:
            found.append(basis)
    return found


class Organization(Model):
    """The controller (rekisterinpitäjä)."""

    uuid: UUID | None = Field(
        None,
        description="The organisation's own identity. `load` updates the stored organisation with this "
        "uuid, or creates it; without one, the document is a new organisation. Set by the server.",
    )
    name: Name = Field("", description="Empty when the source document names no controller.")
    business_id: Annotated[str, MaxLength(BUSINESS_ID_MAX)] = Field(
        "", description="Y-tunnus, e.g. 2643821-1. Data, not a key: organisations may share one."
    )
    street_address: Name = ""
    postal_code: Annotated[str, MaxLength(20)] = ""
    city: Short = ""
    country: Short = ""
    email: Name = ""
    phone: Annotated[str, MaxLength(50)] = ""
    website: Annotated[str, MaxLength(300)] = ""
    is_public_authority: bool = False
    contact_person: Contact | None = None
    dpo: Contact | None = None
    eu_representative: Contact | None = None

    @field_validator("business_id")
    @classmethod
    def _valid_business_id(cls, value: str, info: ValidationInfo) -> str:
        if value and _storing(info):
            if not ytunnus.is_valid(value):
                raise PydanticCustomError(
                    "business_id_invalid",
                    "'{value}' is not a valid Y-tunnus (format 1234567-8, check digit)",
                    {"value": value},
                )
            return ytunnus.format(value)
        return value


# --- Data-subject requests (Art. 12–22) and the breach log (Art. 33(5)) -----------------------------


def _in_helsinki(value: dt.datetime) -> dt.datetime:
    """The moment on the Helsinki clock (deadlines.local: a time without an offset is Helsinki time).
    Any offset Python accepts is read, although a database might not store it as sent (PostgreSQL takes
    at most ±15:59)."""
    try:
        moment = deadlines.local(value)
    except (OverflowError, ValueError):
        moment = None
    if moment is None or moment > LAST_MOMENT:  # a deadline must still fit in a datetime
        raise ValueError("the time is out of range")
    return moment


LAST_DAY = dt.date(9998, 12, 31)
LAST_MOMENT = dt.datetime(9998, 12, 31, tzinfo=dt.UTC)
Moment = Annotated[dt.datetime, AfterValidator(_in_helsinki)]


class RequestKind(StrEnum):
    """What the person asks for."""

    ACCESS = "access"  # Art. 15
    RECTIFICATION = "rectification"  # Art. 16
    ERASURE = "erasure"  # Art. 17
    RESTRICTION = "restriction"  # Art. 18
    PORTABILITY = "portability"  # Art. 20
    OBJECTION = "objection"  # Art. 21(1)
    DIRECT_MARKETING_OBJECTION = "direct_marketing_objection"  # Art. 21(2)–(3): absolute
    CONSENT_WITHDRAWAL = "consent_withdrawal"  # Art. 7(3)


class RequestChannel(StrEnum):
    WEB_FORM = "web_form"
    EMAIL = "email"
    LETTER = "letter"
    PHONE = "phone"
    IN_PERSON = "in_person"
    OTHER = "other"


class RequestStatus(StrEnum):
    OPEN = "open"
    COMPLETED = "completed"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class RefusalGround(StrEnum):
    MANIFESTLY_UNFOUNDED = "manifestly_unfounded"  # Art. 12(5)
    EXCESSIVE = "excessive"  # Art. 12(5)
    IDENTITY_NOT_ESTABLISHED = "identity_not_established"  # Art. 11(2), 12(2), 12(6)
    EXEMPTION = "exemption"  # e.g. Art. 17(3)(b): data the law requires to be kept


class IdentityMethod(StrEnum):
    """How the requester's identity was checked. Copies of ID documents are never stored."""

    EMAIL_CONFIRMED = "email_confirmed"
    STRONG_AUTHENTICATION = "strong_authentication"  # bank ID, mobile ID, Suomi.fi
    ID_DOCUMENT_SHOWN = "id_document_shown"  # seen, not copied
    KNOWN_DETAILS = "known_details"  # details only the customer knows matched the records
    OTHER = "other"


class TaskKind(StrEnum):
    SEARCH_REGISTER = "search_register"
    SEARCH_SYSTEM = "search_system"
    CONTACT_PARTY = "contact_party"  # a processor or recipient (Art. 19, 28(3)(e))
    OTHER = "other"


class IdentityCheck(Model):
    method: IdentityMethod
    checked_by: Annotated[str, MaxLength(254)] = Field(min_length=1)
    checked_at: Moment
    notes: Text


class RequestTask(Model):
    """One place to search or one party to contact, ticked with who and when."""

    kind: TaskKind = TaskKind.OTHER
    register_name: Name = Field("", description="The register concerned (by name, kept as text).")
    system_name: Name = ""
    party_name: Name = ""
    title: Text
    done_by: Annotated[str, MaxLength(254)] = ""
    done_at: Moment | None = None
    notes: Text


Language = Annotated[str, Field(pattern="^(fi|sv|en)$")]


class SubjectRequest(Model):
    """A data-subject request: who asked what and when, the identity check, the deadline's extension,
    what was searched, and how it ended. Itself personal data: deleted a while after closing."""

    reference: str = Field(min_length=1, max_length=40, description="Unique in the organisation.")
    kinds: Annotated[list[RequestKind], MaxLength(20)] = Field(min_length=1)
    channel: RequestChannel = RequestChannel.EMAIL
    received_on: dt.date = Field(le=LAST_DAY)
    language: Language = "fi"
    requester_name: Name = ""
    requester_email: Annotated[str, MaxLength(254)] = ""
    requester_phone: Annotated[str, MaxLength(50)] = ""
    requester_address: Text
    subject_categories: _short_list(NAME_MAX) = Field(
        default_factory=list, description="The person's relationship: customer, employee, applicant …"
    )
    details: Text
    email_confirmed_at: Moment | None = None
    identity: IdentityCheck | None = None
    extension_reason: Text
    extension_notified_on: dt.date | None = Field(
        None, description="When the person was told of the extension; before the first deadline."
    )
    tasks: Annotated[list[RequestTask], MaxLength(500)] = Field(default_factory=list)
    answer_text: Text
    status: RequestStatus = RequestStatus.OPEN
    answered_on: dt.date | None = None
    refusal_ground: RefusalGround | None = None
    refusal_text: Text
    closed_at: Moment | None = None
    revision: int | None = Field(None, ge=1)

    @property
    def due_on(self) -> dt.date:
        return deadlines.dsr_deadline(self.received_on, extended=self.extension_notified_on is not None)

    @property
    def first_due_on(self) -> dt.date:
        return deadlines.dsr_deadline(self.received_on)


class BreachRisk(StrEnum):
    """Art. 33(1) and 34(1): the risk to people's rights and freedoms."""

    UNASSESSED = "unassessed"
    NONE = "none"  # unlikely to result in a risk: logged, not notified
    RISK = "risk"  # notify the tietosuojavaltuutettu within 72 hours
    HIGH = "high"  # also tell the data subjects without undue delay


class ActionKind(StrEnum):
    CONTAINMENT = "containment"
    CORRECTIVE = "corrective"


class BreachAction(Model):
    kind: ActionKind = ActionKind.CONTAINMENT
    description: Annotated[str, MaxLength(2000)] = Field(min_length=1)
    planned_on: dt.date | None = None
    done_on: dt.date | None = None


class Breach(Model):
    """A personal data breach in the Art. 33(5) log: every breach, notified or not."""

    reference: str = Field(min_length=1, max_length=40, description="Unique in the organisation.")
    title: Name = Field(min_length=1)
    happened_at: Moment | None = Field(None, description="When it happened, if known.")
    aware_at: Moment = Field(description="When the organisation became aware: the 72 hours start.")
    description: Text
    registers: References = Field(default_factory=list, description="Names of the registers affected.")
    systems: References = Field(default_factory=list, description="Names of the systems affected.")
    data_categories: _short_list(NAME_MAX) = Field(default_factory=list)
    data_subject_categories: _short_list(NAME_MAX) = Field(default_factory=list)
    people_count: int | None = Field(None, ge=0, description="Approximate number of people affected.")
    records_count: int | None = Field(None, ge=0, description="Approximate number of records affected.")
    consequences_text: Text
    risk: BreachRisk = BreachRisk.UNASSESSED
    risk_reasons: Text
    actions: Annotated[list[BreachAction], MaxLength(LIST_MAX)] = Field(default_factory=list)
    authority_notified_at: Moment | None = None
    authority_reference: Annotated[str, MaxLength(100)] = ""
    delay_reasons: Text
    subjects_notified_on: dt.date | None = None
    subjects_notification_text: Text
    closed_on: dt.date | None = None
    revision: int | None = Field(None, ge=1)

    @property
    def notify_by(self) -> dt.datetime:
        return deadlines.breach_deadline(self.aware_at)


class OrganizationDocument(Model):
    """One organisation with its system catalogue, parties and registers."""

    schema_version: str = SCHEMA_VERSION
    organization: Organization
    systems: list[System] = Field(default_factory=list)
    parties: list[Party] = Field(default_factory=list)
    registers: list[Register] = Field(default_factory=list)
    requests: list[SubjectRequest] = Field(default_factory=list)
    breaches: list[Breach] = Field(default_factory=list)

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
    """A document that cannot be used, with every problem and the path of the bad value.

    `problems` are (path, message) pairs in English, as the API and the command line give them;
    `kinds` holds, for each, the error type and its values (e.g. ("string_too_long", {"max_length":
    200, "length": 201})), from which a form says the same in the user's language.
    """

    def __init__(self, problems: list[tuple[str, str]] | list[tuple[str, str, str, dict]]):
        self.problems = [(p[0], p[1]) for p in problems]
        self.kinds = [(p[2], p[3]) if len(p) == 4 else ("value_error", {}) for p in problems]
        super().__init__("; ".join(f"{path or '(document)'}: {msg}" for path, msg in self.problems))

    def entries(self) -> list[tuple[str, str, str, dict]]:
        """(path, message, type, values) of each problem."""
        return [(path, message, kind, values) for (path, message), (kind, values) in zip(
            self.problems, self.kinds, strict=True
        )]

    def relative_to(self, prefix: str) -> DocumentError:
        """The same problems with paths relative to the item at `prefix` (as the item was sent);
        a problem elsewhere in the document keeps its full path."""

        def relative(path: str) -> str:
            if path == prefix:
                return ""
            if path.startswith(prefix + "."):
                return path[len(prefix) + 1 :]
            return path[len(prefix) :] if path.startswith(prefix + "[") else path

        return DocumentError([(relative(p), m, k, v) for p, m, k, v in self.entries()])

    def under(self, prefix: str) -> DocumentError:
        """The same problems with paths inside the item at `prefix`."""
        return DocumentError([
            (prefix + (path if not path or path.startswith("[") else "." + path), message, kind, values)
            for path, message, kind, values in self.entries()
        ])


def json_path(loc: tuple[Any, ...]) -> str:
    """A pydantic error location as the path users read: `registers[0].legal_bases[1]`."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _dangling_references(doc: OrganizationDocument) -> list[tuple[str, str, str, dict]]:
    problems: list[tuple[str, str, str, dict]] = []
    for kind, items in (("systems", doc.systems), ("parties", doc.parties)):
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item.name in seen:
                duplicate = f"duplicate name '{item.name}'"
                problems.append((f"{kind}[{i}].name", duplicate, "duplicate_name", {"name": item.name}))
            seen.add(item.name)
    system_names = {s.name for s in doc.systems}
    party_names = {p.name for p in doc.parties}

    def refer(path: str, names: list[str], known: set[str], what: str) -> None:
        for j, name in enumerate(names):
            if name not in known:
                missing = f"no {what} named '{name}'"
                problems.append((f"{path}[{j}]", missing, f"unknown_{what}", {"name": name}))

    for i, party in enumerate(doc.parties):
        refer(f"parties[{i}].systems", party.systems, system_names, "system")
    for i, register in enumerate(doc.registers):
        refer(f"registers[{i}].systems", register.systems, system_names, "system")
        refer(f"registers[{i}].parties", register.parties, party_names, "party")
    return problems


def request_problems(item: SubjectRequest) -> list[tuple[str, str]]:
    """The rules a stored request obeys, with the path of each bad value (relative to the request).

    The services, the API and `load` all check a request here, so no path can store one that breaks them.
    """
    problems: list[tuple[str, str]] = []
    if item.extension_notified_on is not None:
        if not item.extension_reason.strip():
            problems.append(("extension_reason", "an extension needs its reasons (Art. 12(3))"))
        if item.extension_notified_on > item.first_due_on:
            problems.append((
                "extension_notified_on",
                f"the person must be told of the extension by the first deadline {item.first_due_on}",
            ))
        if item.extension_notified_on < item.received_on:
            problems.append(("extension_notified_on", "before the request was received"))
    elif item.extension_reason.strip():
        problems.append(("extension_notified_on", "say when the person was told of the extension"))
    if item.status == RequestStatus.REFUSED:
        if item.refusal_ground is None:
            problems.append(("refusal_ground", "a refusal names its ground (Art. 12(5))"))
        if not item.refusal_text.strip():
            problems.append(("refusal_text", "a refusal gives its reasons (Art. 12(4))"))
    if item.status == RequestStatus.COMPLETED and item.answered_on is None:
        problems.append(("answered_on", "a completed request says when it was answered"))
    if (item.status == RequestStatus.OPEN) != (item.closed_at is None):
        problems.append(("closed_at", "set exactly when the request is no longer open"))
    for i, task in enumerate(item.tasks):
        if (task.done_at is None) != (not task.done_by.strip()):
            problems.append((f"tasks[{i}].done_by", "a ticked task says who ticked it and when"))
        if not (task.title.strip() or task.register_name or task.system_name or task.party_name):
            problems.append((f"tasks[{i}].title", "a task names what to do"))
    return problems


def breach_problems(item: Breach) -> list[tuple[str, str]]:
    """The rules a stored breach obeys (relative paths, as `request_problems`)."""
    problems: list[tuple[str, str]] = []
    if item.happened_at is not None and item.happened_at > item.aware_at:
        problems.append(("happened_at", "after the organisation became aware of it"))
    notified = item.authority_notified_at
    if notified is not None and notified > item.notify_by and not item.delay_reasons.strip():
        problems.append((
            "delay_reasons",
            "notified later than 72 hours after becoming aware: give the reasons for the delay (Art. 33(1))",
        ))
    if notified is not None and notified < item.aware_at:
        problems.append(("authority_notified_at", "before the organisation became aware of the breach"))
    return problems


def _request_and_breach_problems(doc: OrganizationDocument) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    for kind, items, rules in (
        ("requests", doc.requests, request_problems),
        ("breaches", doc.breaches, breach_problems),
    ):
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item.reference in seen:
                problems.append((f"{kind}[{i}].reference", f"duplicate reference '{item.reference}'"))
            seen.add(item.reference)
            problems += [(f"{kind}[{i}].{path}", message) for path, message in rules(item)]
    register_names = {r.name for r in doc.registers}
    system_names = {s.name for s in doc.systems}
    for i, breach in enumerate(doc.breaches):
        for field_name, names in (("registers", register_names), ("systems", system_names)):
            for j, name in enumerate(getattr(breach, field_name)):
                if name not in names:
                    path = f"breaches[{i}].{field_name}[{j}]"
                    problems.append((path, f"no {field_name[:-1]} named '{name}'"))
    return problems


def storable(value: Any) -> Any:
    """The value with NUL and lone surrogates removed from every string in it (see UNSTORABLE)."""
    if isinstance(value, str):
        return UNSTORABLE.sub("", value) if UNSTORABLE.search(value) else value
    if isinstance(value, list | tuple):
        return [storable(v) for v in value]
    if isinstance(value, dict):
        return {storable(k): storable(v) for k, v in value.items()}
    return value


M = TypeVar("M", bound=BaseModel)


def validate(model: type[M], data: Any, *, strict: bool = True) -> M:
    """`data` (a dict, or a canonical item) as `model`; DocumentError names the path of each bad value.

    With `strict` (before storing), text is first cleaned of what no database can store — the one
    cleaning step, so that a name and the same name with a NUL are the same name to every rule that
    follows — and then the limits and rules of storage apply (see the module's docstring).
    """
    if isinstance(data, BaseModel):
        data = data.model_dump()
    if strict:
        data = storable(data)
    try:
        return model.model_validate(data, context={"strict": strict})
    except ValidationError as exc:
        raise DocumentError([
            (json_path(e["loc"]), e["msg"].removeprefix("Value error, "), e["type"], e.get("ctx") or {})
            for e in exc.errors()
        ]) from None


def parse_document(
    data: str | bytes | dict[str, Any] | OrganizationDocument, *, strict: bool = True
) -> OrganizationDocument:
    """Read a canonical document from JSON text, a parsed dict or a document to check again.

    Raises DocumentError naming the path of every bad value. With `strict` (the default, used
    before storing) the rules of storage apply (see `validate`), names are unique and every
    reference resolves.
    """
    if isinstance(data, str | bytes):
        try:
            data = json.loads(data)
        except (ValueError, UnicodeDecodeError) as exc:
            raise DocumentError([("", f"not valid JSON: {exc}")]) from None
    if isinstance(data, BaseModel):
        data = data.model_dump()
    if not isinstance(data, dict):
        raise DocumentError([("", "expected a JSON object with 'schema_version' and 'organization'")])
    if "schema_version" not in data:
        raise DocumentError([("schema_version", "missing; a Tietovirta document names its schema version")])
    doc = validate(OrganizationDocument, data, strict=strict)
    if strict and (problems := _dangling_references(doc) + _request_and_breach_problems(doc)):
        raise DocumentError(problems)
    from tietovirta.canonical.upgrade import upgrade

    return upgrade(doc)


def json_schema() -> dict[str, Any]:
    schema = OrganizationDocument.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://tietovirta.fi/schema/organization-{SCHEMA_VERSION}.json"
    return schema
