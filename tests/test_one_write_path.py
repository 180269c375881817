"""Every form writes through the canonical model, like the API, an import and `load`.

Found by reading the code: the section forms were ModelForms writing rows directly, so a review
interval of 0 or 500 was accepted and then every page that reads the register raised a 500.
"""

import pytest
from django.urls import reverse

from tietovirta.assessments.models import RiskAssessment
from tietovirta.organizations.models import Party, System
from tietovirta.registers.models import Register

pytestmark = pytest.mark.django_db

TOO_LONG = "x" * 20_001


@pytest.fixture
def register(org):
    return Register.objects.create(organization=org, name="Asiakasrekisteri")


def _edit(client, register, section, data):
    url = reverse(
        "register_edit",
        kwargs={"org_id": register.organization_id, "register_id": register.pk, "section_key": section},
    )
    return client.post(url, {**data, "based_on_revision": register.revision})


@pytest.mark.parametrize(("months", "message"), [
    ("0", "Arvon on oltava vähintään 1."),
    ("500", "Arvo saa olla enintään 120."),
])
def test_a_review_interval_out_of_range_is_a_form_error(owner_client, org, register, months, message):
    basics = {"name": "Asiakasrekisteri", "review_interval_months": months}
    response = _edit(owner_client, register, "basics", basics)
    assert response.status_code == 200
    assert response.context["form"].errors["review_interval_months"] == [message]
    register.refresh_from_db()
    assert register.review_interval_months == 12 and register.revision == 1
    # and the pages that read the register still work
    page = reverse("register", kwargs={"org_id": org.pk, "register_id": register.pk})
    assert owner_client.get(page).status_code == 200
    assert owner_client.get(reverse("organization", kwargs={"org_id": org.pk})).status_code == 200


def test_the_form_error_is_in_the_interface_language(owner_client, org, register):
    owner_client.post(reverse("set_language"), {"language": "sv", "next": "/"})
    basics = {"name": "Asiakasrekisteri", "review_interval_months": "0"}
    response = _edit(owner_client, register, "basics", basics)
    assert response.context["form"].errors["review_interval_months"] == ["Värdet måste vara minst 1."]
    owner_client.post(reverse("set_language"), {"language": "en", "next": "/"})
    response = _edit(owner_client, register, "purpose", {"purpose_text": TOO_LONG})
    # The column's length (the canonical limit) already limits the form field, with Django's words.
    assert "at most 20000 characters" in response.context["form"].errors["purpose_text"][0]


def test_a_section_form_stores_what_the_canonical_model_stores(owner_client, org, register):
    crm = System.objects.create(organization=org, name="CRM")
    response = _edit(owner_client, register, "systems",
                     {"use_system_references": "on", "systems": [crm.pk], "systems_text": "CRM ja Excel"})
    assert response.status_code == 302
    register.refresh_from_db()
    assert register.systems_text == "CRM ja Excel"
    assert list(register.systems.all()) == [crm] and register.revision == 2
    # A browser cannot send a NUL, but a crafted form can: refused on the field, never a 500.
    response = _edit(owner_client, register, "purpose", {"purpose_text": "Laskutus\u0000"})
    assert response.status_code == 200 and "purpose_text" in response.context["form"].errors


def test_system_and_party_forms_refuse_what_the_api_refuses(owner_client, org):
    systems = reverse("catalogue_new", kwargs={"org_id": org.pk, "kind": "systems"})
    response = owner_client.post(systems, {"name": "CRM", "kind": "crm", "hosting": "fi",
                                           "processor_agreement": "signed", "description": TOO_LONG})
    assert response.status_code == 200 and "description" in response.context["form"].errors
    assert not System.objects.exists()
    parties = reverse("catalogue_new", kwargs={"org_id": org.pk, "kind": "parties"})
    response = owner_client.post(parties, {"name": "Tilitoimisto", "role": "processor", "hosting": "fi",
                                           "processor_agreement": "signed", "transfer_text": TOO_LONG})
    assert response.status_code == 200 and "transfer_text" in response.context["form"].errors
    assert not Party.objects.exists()


def test_organisation_form_writes_through_the_canonical_model(owner_client, org):
    url = reverse("organization_edit", kwargs={"org_id": org.pk})
    uuid_before = org.uuid
    refused = owner_client.post(url, {"name": "Testi Oy", "business_id": "2643821-2"})
    assert refused.status_code == 200
    assert refused.context["form"].errors["business_id"] == [
        "Tarkista Y-tunnus: muoto on 1234567-8, ja tarkistusnumeron on täsmättävä."
    ]
    # The canonical validation formats the Y-tunnus; the organisation keeps its own uuid.
    response = owner_client.post(url, {"name": "Testi Oy", "business_id": "26438211", "city": "Rauma"})
    assert response.status_code == 302
    org.refresh_from_db()
    assert (org.name, org.business_id, org.city, org.uuid) == ("Testi Oy", "2643821-1", "Rauma", uuid_before)


def test_assessment_form_refuses_what_the_canonical_model_refuses(owner_client, org, register):
    owner_client.post(reverse("assessment_new", kwargs={"org_id": org.pk, "register_id": register.pk}))
    row = RiskAssessment.objects.get(register=register)
    ids = {"org_id": org.pk, "register_id": register.pk, "assessment_id": row.pk}
    url = reverse("assessment_edit", kwargs=ids)
    data = {"title": "Arvio", "assessed_on": "2026-04-01", "conclusion": TOO_LONG, "notes": "",
            "risk-TOTAL_FORMS": "0", "risk-INITIAL_FORMS": "0", "risk-MIN_NUM_FORMS": "0",
            "risk-MAX_NUM_FORMS": "1000"}
    response = owner_client.post(url, data)
    assert response.status_code == 200 and "conclusion" in response.context["form"].errors
    row.refresh_from_db()
    assert row.conclusion == ""


def test_restoring_an_old_version_goes_through_the_canonical_model(owner_client, org, register):
    # A version saved before this rule existed (by the old form) cannot come back as it was.
    record = register.history.get()
    register.history.filter(pk=record.pk).update(review_interval_months=0, purpose_text="Vanha")
    url = reverse("register_restore", kwargs={"org_id": org.pk, "register_id": register.pk})
    response = owner_client.post(url, {"version": record.history_id}, follow=True)
    assert response.status_code == 200
    assert "Arvon on oltava vähintään 1." in response.content.decode()
    register.refresh_from_db()
    assert (register.review_interval_months, register.purpose_text, register.revision) == (12, "", 1)


def test_an_edit_writes_the_columns_it_changes_and_the_history_the_whole_row(owner_client, org, register):
    """The edit's UPDATE names only the changed columns (with revision and "Muokattu"); what is stored, and
    the version the history records, are the whole register all the same."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tietovirta import canonical as c
    from tietovirta.interchange import register_to_canonical, save_register

    translations = {"en": {"name": {"text": "Customers", "source": "Asiakasrekisteri"}}}
    values = {**register_to_canonical(register).model_dump(), "purpose_text": "Asiakassuhteen hoito",
              "translations": translations}
    save_register(register, c.validate(c.Register, values))
    register.refresh_from_db()
    before = register_to_canonical(register)
    with CaptureQueriesContext(connection) as queries:
        response = _edit(owner_client, register, "consent", {"consent_text": "Ei suostumusta."})
    assert response.status_code == 302
    sql = [q["sql"] for q in queries.captured_queries]
    updates = [q for q in sql if q.startswith('UPDATE "registers_register"')]
    assert len(updates) == 1
    assert '"consent_text"' in updates[0] and '"revision"' in updates[0]
    assert '"purpose_text"' not in updates[0] and '"translations"' not in updates[0]
    register = Register.objects.get(pk=register.pk)
    after = register_to_canonical(register)
    assert after.consent_text == "Ei suostumusta." and after.revision == before.revision + 1
    assert after.model_dump(exclude={"consent_text", "revision", "modified_at"}) == before.model_dump(
        exclude={"consent_text", "revision", "modified_at"}
    )
    latest = register.history.order_by("-history_id").first()
    assert latest.consent_text == "Ei suostumusta." and latest.purpose_text == "Asiakassuhteen hoito"
    assert latest.translations == register.translations and latest.revision == register.revision


def test_an_edit_of_a_register_deleted_meanwhile_is_not_found_and_brings_nothing_back(org, register):
    """Someone deletes the register between this edit's read and its write: the edit is refused as not found
    (a 404 in the interface and the API), and the register is not written back."""
    from django.http import Http404

    from tietovirta.interchange import edit_register

    read = Register.objects.prefetch_related("systems", "parties", "risk_assessments").get(pk=register.pk)
    Register.objects.filter(pk=register.pk).delete()
    with pytest.raises(Http404):
        edit_register(read, {"consent_text": "Ei suostumusta."})
    assert not Register.objects.filter(pk=register.pk).exists()
