"""The register list and a single register answer byte for byte as the serialiser before issue 17 did.

The reference below is that serialiser: each register validated into the canonical model, validated
again as RegisterOut, the page validated as Page[RegisterOut] by django-ninja, dumped and rendered by the
API's renderer. The API's answers must be the same bytes, over every seed document (translations, risk
assessments, signed and not, accepted findings, archived and published registers), generated
organisations, and the filters and pages of the list.
"""

import datetime as dt
import json
from pathlib import Path

import pytest

from tietovirta import canonical as c
from tietovirta.api.main import api
from tietovirta.api.models import ApiToken
from tietovirta.api.schemas import Page, RegisterOut
from tietovirta.assessments.models import RiskAssessment
from tietovirta.commands.generate import generate
from tietovirta.interchange import load_document, register_to_canonical, save_register
from tietovirta.organizations.models import Membership, Organization
from tietovirta.registers.models import Register

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parents[2] / "src" / "tietovirta" / "demo" / "fixtures"


def _reference_item(register: Register) -> RegisterOut:
    return RegisterOut.model_validate({**dict(register_to_canonical(register)), "id": register.pk})


def _render(model_type, value) -> bytes:
    """What django-ninja made of a view's result: validated as the response type, dumped, rendered."""
    dumped = model_type.model_validate(value).model_dump()
    return api.renderer.render(None, dumped, response_status=200).encode("utf-8")


def _reference_page(rows, limit: int, offset: int) -> bytes:
    rows = rows.prefetch_related("systems", "parties", "risk_assessments")
    items = [_reference_item(r) for r in rows[offset : offset + limit]]
    page = {"count": rows.count(), "limit": limit, "offset": offset, "items": items}
    return _render(Page[RegisterOut], page)


def _client(api_with, organization: Organization):
    membership = Membership.objects.filter(organization=organization).first()
    return api_with(ApiToken.issue(name="t", membership=membership, scope="read")[1])


def _seed(name: str, owner) -> Organization:
    document = c.parse_document((FIXTURES / name).read_bytes(), strict=True)
    organization = load_document(document).organization
    Membership.objects.create(user=owner, organization=organization, role="owner")
    return organization


def _generated(seed: int) -> Organization:
    before = set(Organization.objects.values_list("pk", flat=True))
    generate(organizations=1, registers=12, seed=seed)
    return Organization.objects.exclude(pk__in=before).get()


SEEDS = sorted(p.name for p in FIXTURES.glob("*.json"))


def _assess(register: Register, owner) -> None:
    """Risk assessments (one signed) and an accepted finding, which the seeds do not carry."""
    assessments = [
        {"title": "Arvio 2025", "assessed_on": "2025-03-01", "conclusion": "Riskit ovat hallinnassa.",
         "risks": [{"title": "Tietovuoto", "severity": 3, "likelihood": 2}]},
        {"title": "Arvio 2026 – ”luonnos”"},
    ]
    item = register_to_canonical(register).model_copy(
        update={
            "risk_assessments": [c.RiskAssessment.model_validate(a) for a in assessments],
            "accepted_findings": [c.AcceptedFinding(rule="retention-vague", reason="Laki määrää ajan.")],
        }
    )
    save_register(register, item, editor=owner)
    RiskAssessment.objects.filter(register=register, title="Arvio 2025").update(
        signed_by="Laura Niemi", signed_on=dt.date(2025, 5, 1)
    )


def _organizations(owner) -> list[Organization]:
    organizations = [_seed(name, owner) for name in SEEDS] + [_generated(seed) for seed in (3, 11)]
    for organization in organizations[:2]:
        _assess(organization.registers.order_by("position").first(), owner)
    # An archived register whatever the generator's draw gives (its statuses shift with the vendor base).
    archived = organizations[-1].registers.order_by("position").last()
    update = {"status": c.RegisterStatus.ARCHIVED}
    save_register(archived, register_to_canonical(archived).model_copy(update=update), editor=owner)
    return organizations


def test_the_seeds_and_generated_data_are_varied(owner):
    """The comparison below is only worth what the data shows: make sure it shows the hard parts."""
    organizations = _organizations(owner)
    rows = Register.objects.filter(organization__in=organizations)
    assert rows.count() >= 25
    assert rows.filter(risk_assessments__isnull=False).exists()
    assert rows.exclude(translations={}).exists()
    assert rows.exclude(accepted_findings=[]).exists()
    assert rows.filter(status=c.RegisterStatus.ARCHIVED).exists()
    assert rows.filter(status=c.RegisterStatus.PUBLISHED).exists()
    assert rows.filter(systems__isnull=True).exists() and rows.filter(systems__isnull=False).exists()


def test_register_list_is_byte_for_byte_the_reference(api_with, owner):
    for organization in _organizations(owner):
        api_client = _client(api_with, organization)
        rows = Register.objects.filter(organization=organization)
        path = f"/organizations/{organization.pk}/registers"
        cases = [
            ("", rows, 50, 0),
            ("?limit=500", rows, 500, 0),
            ("?limit=2&offset=1", rows, 2, 1),
            ("?offset=400", rows, 50, 400),
            ("?status=published", rows.filter(status="published"), 50, 0),
            ("?q=rekisteri", rows.filter(name__icontains="rekisteri"), 50, 0),
        ]
        for query, expected_rows, limit, offset in cases:
            response = api_client.get(path + query)
            assert response.status_code == 200, (organization.name, query, response.content[:300])
            assert response["Content-Type"] == "application/json; charset=utf-8"
            expected = _reference_page(expected_rows, limit, offset)
            assert response.content == expected, (organization.name, query)
        assert json.loads(response.content)["count"] == rows.filter(name__icontains="rekisteri").count()


def test_one_register_is_byte_for_byte_the_reference(api_with, owner):
    for organization in _organizations(owner):
        api_client = _client(api_with, organization)
        for register in Register.objects.filter(organization=organization).prefetch_related(
            "systems", "parties", "risk_assessments"
        ):
            response = api_client.get(f"/organizations/{organization.pk}/registers/{register.pk}")
            assert response.status_code == 200
            assert response.content == _render(RegisterOut, _reference_item(register)), register.name
            assert response["ETag"] == f'"{register.revision}"'
