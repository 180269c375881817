"""Export → load into an empty database → export gives the same document."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tietovirta import canonical as c
from tietovirta.demo import demo_documents
from tietovirta.interchange import export_document, load_document
from tietovirta.organizations.models import Organization, Party, System
from tietovirta.registers.models import Register

DEMO = demo_documents()


def _reset_database():
    Organization.objects.all().delete()


def _round_trip(document: c.OrganizationDocument) -> tuple[str, str]:
    first = export_document(load_document(document, organization=Organization()).organization).to_json()
    _reset_database()
    second_doc = c.parse_document(first, strict=True)
    second = export_document(load_document(second_doc, organization=Organization()).organization).to_json()
    return first, second


@pytest.mark.django_db
@pytest.mark.parametrize("document", DEMO, ids=lambda d: d.organization.name or "(no controller)")
def test_demo_organisation_round_trips(document):
    first, second = _round_trip(document)
    assert first == second
    # and nothing the fixture says is lost on the way in
    derived = {"modified_at", "systems", "parties", "revision"}  # set by the database or reordered
    stored = c.parse_document(first).registers[0].model_dump(exclude=derived)
    assert stored == document.registers[0].model_dump(exclude=derived)


@pytest.mark.django_db
def test_load_updates_in_place_and_removes_what_the_document_no_longer_has():
    document = c.parse_document(
        {
            "schema_version": "1.0",
            "organization": {"name": "Walttia Oy", "business_id": "2643821-1"},
            "systems": [{"name": "CRM"}, {"name": "Excel"}],
            "registers": [{"name": "Asiakasrekisteri", "systems": ["CRM"]}, {"name": "Prospektit"}],
        }
    )
    organization = load_document(document).organization
    register_id = Register.objects.get(name="Asiakasrekisteri").pk
    smaller = document.model_copy(
        update={
            "organization": document.organization.model_copy(update={"uuid": organization.uuid}),
            "systems": document.systems[:1],
            "registers": document.registers[:1],
        }
    )
    summary = load_document(smaller)
    assert summary.organization.pk == organization.pk and not summary.created
    assert Register.objects.get(name="Asiakasrekisteri").pk == register_id  # same row, same URL
    assert list(Register.objects.values_list("name", flat=True)) == ["Asiakasrekisteri"]
    assert list(System.objects.values_list("name", flat=True)) == ["CRM"]


@pytest.mark.django_db
def test_load_is_one_transaction(monkeypatch):
    document = c.parse_document(
        {
            "schema_version": "1.0",
            "organization": {"name": "Puolikas Oy"},
            "parties": [{"name": "Tilitoimisto"}],
            "registers": [{"name": "A"}],
        }
    )

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Register, "save", explode)
    with pytest.raises(RuntimeError):
        load_document(document)
    assert not Organization.objects.exists() and not Party.objects.exists()


names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30
)
prose = st.text(max_size=200).filter(lambda s: "\x00" not in s)
contacts = st.none() | st.builds(
    c.Contact, name=names, email=st.emails(), phone=st.from_regex(r"\+358 ?[0-9]{6,9}", fullmatch=True)
)
dates = st.none() | st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31))


@st.composite
def documents(draw):
    system_names = draw(st.lists(names, max_size=4, unique=True))
    party_names = draw(st.lists(names, max_size=3, unique=True))
    systems = [
        draw(
            st.builds(
                c.System,
                name=st.just(n),
                vendor=names | st.just(""),
                kind=st.sampled_from(c.SystemKind),
                hosting=st.sampled_from(c.HostingRegion),
                dpf_verified_on=dates,
                transfer_mechanism=st.none() | st.sampled_from(c.TransferMechanism),
                processor_agreement=st.sampled_from(c.AgreementStatus),
                transfer_text=prose,
            )
        )
        for n in system_names
    ]
    parties = [
        draw(
            st.builds(
                c.Party,
                name=st.just(n),
                role=st.sampled_from(c.PartyRole),
                contact=contacts,
                systems=st.lists(st.sampled_from(system_names), unique=True) if system_names else st.just([]),
            )
        )
        for n in party_names
    ]
    risks = st.builds(
        c.Risk,
        title=names,
        severity=st.none() | st.integers(1, 4),
        likelihood=st.none() | st.integers(1, 4),
        due_date=dates,
    )
    assessments = st.builds(
        c.RiskAssessment,
        title=names,
        assessed_on=dates,
        risks=st.lists(risks, max_size=2),
        screening=st.builds(
            c.DpiaScreening,
            answers=st.dictionaries(
                st.sampled_from(["evaluation", "monitoring", "sensitive"]), st.booleans()
            ),
        ),
    )
    registers = draw(
        st.lists(
            st.builds(
                c.Register,
                name=names,
                status=st.sampled_from(c.RegisterStatus),
                modified_at=st.datetimes(
                    min_value=dt.datetime(2010, 1, 1),
                    max_value=dt.datetime(2035, 1, 1),
                    timezones=st.just(dt.UTC),
                ).map(lambda d: d.replace(microsecond=0)),
                legal_bases=st.lists(st.sampled_from(c.LegalBasis), unique=True),
                legal_basis_text=prose,
                purpose_text=prose,
                retention_text=prose,
                retention_period=st.none() | st.integers(0, 100),
                retention_unit=st.none() | st.sampled_from(c.RetentionUnit),
                data_categories=st.lists(
                    st.builds(
                        c.DataCategory,
                        name=names,
                        is_hetu=st.booleans(),
                        special_category=st.none() | st.sampled_from(c.SpecialCategory),
                    ),
                    max_size=3,
                ),
                sources=st.lists(names, max_size=3),
                responsible_person=contacts,
                use_system_references=st.booleans(),
                systems=st.lists(st.sampled_from(system_names), unique=True) if system_names else st.just([]),
                parties=st.lists(st.sampled_from(party_names), unique=True) if party_names else st.just([]),
                risk_assessments=st.lists(assessments, max_size=2),
            ),
            max_size=3,
        )
    )
    organization = draw(
        st.builds(
            c.Organization,
            name=names,
            business_id=st.sampled_from(["", "2643821-1"]),
            dpo=contacts,
            is_public_authority=st.booleans(),
        )
    )
    return c.OrganizationDocument(
        organization=organization, systems=systems, parties=parties, registers=registers
    )


@pytest.mark.django_db
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(document=documents())
def test_generated_documents_round_trip(document):
    _reset_database()
    first, second = _round_trip(document)
    assert first == second
    _reset_database()


@pytest.mark.django_db
def test_text_no_database_can_store_is_dropped_on_the_way_in():
    # NUL is refused by PostgreSQL and lone surrogates are not UTF-8; neither is text anyone typed.
    document = c.parse_document({
        "schema_version": "1.0", "organization": {"name": "Nul\x00 Oy"},
        "systems": [{"name": "CRM", "vendor": "Vendor \ud800"}],
        "registers": [{"name": "A", "purpose_text": "Laskutus\x00", "sources": ["Puhelin\x00"],
                       "data_categories": [{"name": "Nimi\x00"}]}],
    })
    organization = load_document(document, organization=Organization()).organization
    stored = export_document(organization)
    assert stored.organization.name == "Nul Oy" and stored.systems[0].vendor == "Vendor "
    register = stored.registers[0]
    assert (register.purpose_text, register.sources, register.data_categories[0].name) == (
        "Laskutus", ["Puhelin"], "Nimi")


@pytest.mark.django_db
def test_an_export_reads_of_the_registers_systems_and_parties_only_their_names():
    """A register's canonical form names its systems and parties: the export reads those names, not the
    entries' descriptions and hosting (which the catalogue's own part of the document reads once)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    organization = load_document(DEMO[0], organization=Organization()).organization
    assert Register.objects.filter(organization=organization, systems__isnull=False).exists()
    with CaptureQueriesContext(connection) as queries:
        document = export_document(organization)
    linked = [q["sql"] for q in queries.captured_queries if "_prefetch_related_val_register_id" in q["sql"]]
    assert len(linked) == 2, linked  # the registers' systems, the registers' parties
    for sql in linked:
        assert '"description"' not in sql and '"hosting"' not in sql, sql
    assert any(r.systems for r in document.registers)


@pytest.mark.django_db
def test_registers_exported_without_the_catalogue_ask_for_nothing_else(monkeypatch):
    """The dashboard after an edit exports the edited register alone, the catalogue being kept: no query for
    the catalogue is even compiled (compiling costs as much as running), and none at all for no register."""
    from django.db.models.sql.compiler import SQLCompiler

    from tietovirta.assessments.models import RiskAssessment
    from tietovirta.interchange import export_registers

    organization = load_document(DEMO[0], organization=Organization()).organization
    register = Register.objects.filter(organization=organization).order_by("position").first()
    compiled = []
    as_sql = SQLCompiler.as_sql

    def counted(self, *args, **kwargs):
        compiled.append(self.query.model)
        return as_sql(self, *args, **kwargs)

    monkeypatch.setattr(SQLCompiler, "as_sql", counted)
    document, ids = export_registers([organization], [register.pk], catalogue=False)[organization.pk]
    assert ids == [register.pk] and [r.name for r in document.registers] == [register.name]
    # The registers, then their systems, parties and assessments: not the catalogue's systems and parties.
    assert compiled == [Register, System, Party, RiskAssessment], compiled
    compiled.clear()
    document, ids = export_registers([organization], [], catalogue=False)[organization.pk]
    assert (ids, document.registers, compiled) == ([], [], [])
