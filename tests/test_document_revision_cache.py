"""A register's documents are served by the organisation's revision: a second download at the same
revision reads none of the data, and every kind of change to what a document is read from gives the
new document at once (publishing/responses.cached_render with `revision`); from the register page's
links and from the API alike."""

import io

import docx
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tietovirta import canonical as c
from tietovirta.assessments.models import RiskAssessment
from tietovirta.interchange import edit_register, save_catalogue_entry, system_to_canonical
from tietovirta.organizations.models import System
from tietovirta.registers.models import Register

pytestmark = pytest.mark.django_db


@pytest.fixture
def register(org):
    system = System.objects.create(organization=org, name="Kassajärjestelmä")
    register = Register.objects.create(
        organization=org, name="Asiakasrekisteri", legal_bases=["b"],
        purpose_text="Asiakassuhteen hoitaminen", use_system_references=True,
    )
    register.systems.add(system)
    return register


def _url(via: str, register, doc: str, fmt: str) -> str:
    org_id, register_id = register.organization_id, register.pk
    if via == "api":
        return f"/api/v1/organizations/{org_id}/registers/{register_id}/documents/{doc}.{fmt}"
    return reverse("register_download", kwargs={"org_id": org_id, "register_id": register_id, "doc": doc,
                                                 "fmt": fmt})


@pytest.fixture(params=["page", "api"])
def download(request, owner_client):
    """A register's document as text, downloaded from its page's link or from the API (the same cache)."""

    def get(register, doc="tietovirtakuvaus", fmt="md") -> str:
        response = owner_client.get(_url(request.param, register, doc, fmt), {"lang": "fi"})
        assert response.status_code == 200, response.content[:300]
        if fmt == "docx":
            return "\n".join(p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs)
        return response.content.decode()

    get.via = request.param
    return get


def test_a_second_download_at_the_same_revision_reads_no_data(download, register):
    first = download(register)
    with CaptureQueriesContext(connection) as queries:
        assert download(register) == first
    read = " ".join(q["sql"] for q in queries.captured_queries)
    assert "organizations_system" not in read and "assessments_riskassessment" not in read
    assert "INSERT INTO \"audit_auditevent\"" in read  # every download is still recorded


def test_an_edit_gives_the_new_document(download, register):
    assert "Asiakassuhteen hoitaminen" in download(register, fmt="docx")
    edit_register(register, {"purpose_text": "Laskutus ja perintä"}, editor=None)
    text = download(register, fmt="docx")
    assert "Laskutus ja perintä" in text and "Asiakassuhteen hoitaminen" not in text


def test_a_renamed_system_shows_at_once(download, register):
    assert "Kassajärjestelmä" in download(register)
    system = register.systems.get()
    save_catalogue_entry(system, system_to_canonical(system).model_copy(update={"name": "Myyntijärjestelmä"}))
    text = download(register)
    assert "Myyntijärjestelmä" in text and "Kassajärjestelmä" not in text


def test_a_system_linked_shows_at_once(download, register, org):
    assert "Varastojärjestelmä" not in download(register)
    register.systems.add(System.objects.create(organization=org, name="Varastojärjestelmä"))
    assert "Varastojärjestelmä" in download(register)


def test_the_organisation_renamed_shows_at_once(download, register, org):
    assert "Testi Oy" in download(register, doc="tietosuojaseloste")
    org.name = "Uusi Nimi Oy"
    org.save()
    text = download(register, doc="tietosuojaseloste")
    assert "Uusi Nimi Oy" in text and "Testi Oy" not in text


def test_an_assessment_added_shows_at_once(download, register):
    before = download(register)
    RiskAssessment.objects.create(register=register, title="Kassan kameravalvonta", position=0)
    after = download(register)
    assert after != before and "Kassan kameravalvonta" in after


def test_each_language_and_format_is_its_own_document(owner_client, download, register):
    url = _url(download.via, register, "tietosuojaseloste", "md")
    finnish = owner_client.get(url, {"lang": "fi"}).content
    swedish = owner_client.get(url, {"lang": "sv"}).content
    assert finnish != swedish and b"Dataskyddsbeskrivning" in swedish
    assert owner_client.get(url, {"lang": "fi"}).content == finnish
    assert download(register, doc="tietosuojaseloste", fmt="docx") != finnish.decode()


def test_another_organisations_register_is_not_served(owner_client, download, register, make_org, make_user):
    other = make_org(make_user("toinen@example.fi"), name="Toinen Oy")
    theirs = Register.objects.create(organization=other, name="Heidän rekisterinsä")
    download(register)
    assert owner_client.get(_url(download.via, theirs, "tietovirtakuvaus", "md")).status_code == 404


def test_the_canonical_register_validates_the_edit(register):
    with pytest.raises(c.DocumentError):
        edit_register(register, {"systems": ["Ei ole olemassa"]}, editor=None)
