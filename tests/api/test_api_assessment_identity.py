"""Risk assessments are updated in place, matched by their own uuid; a signed one never changes.

Found by reading the code: every register write deleted and recreated its assessments, so an API
PUT that changed only `purpose_text` gave the assessment a new id (its page's URL 404ed), and a PUT
of `/risk-assessments` rewrote a signed assessment with 200.
"""

import datetime as dt

import pytest

from tietovirta import canonical as c
from tietovirta.assessments.models import RiskAssessment
from tietovirta.interchange import export_document, load_document


def _url(org, register, tail=""):
    return f"/organizations/{org.pk}/registers/{register.pk}{tail}"


@pytest.fixture
def assessed(owner_api, walttia):
    """A register with one signed and one draft assessment, written through the API."""
    register = walttia.registers.first()
    body = {
        "revision": register.revision,
        "risk_assessments": [
            {"title": "Arvio 2025", "risks": [{"title": "Tietovuoto", "severity": 3, "likelihood": 2}]},
            {"title": "Arvio 2026"},
        ],
    }
    assert owner_api.put(_url(walttia, register, "/risk-assessments"), body).status_code == 200
    signed = RiskAssessment.objects.get(register=register, title="Arvio 2025")
    # Signing happens on the assessment page (the service); the API cannot sign.
    RiskAssessment.objects.filter(pk=signed.pk).update(signed_by="Laura Niemi", signed_on=dt.date(2025, 5, 1))
    register.refresh_from_db()
    return register


def test_every_assessment_has_a_stable_uuid(owner_api, walttia, assessed):
    listed = owner_api.get(_url(walttia, assessed, "/risk-assessments")).json()
    rows = {str(r.uuid): r for r in RiskAssessment.objects.filter(register=assessed)}
    assert [a["uuid"] for a in listed] == [str(r.uuid) for r in rows.values()]
    assert len(rows) == 2


def test_a_register_put_keeps_its_assessments_rows(owner_api, walttia, assessed):
    before = dict(RiskAssessment.objects.filter(register=assessed).values_list("uuid", "pk"))
    body = owner_api.get(_url(walttia, assessed)).json()
    body["purpose_text"] = "Vain tarkoitus muuttui"
    response = owner_api.put(_url(walttia, assessed), body)
    assert response.status_code == 200, response.content
    assert dict(RiskAssessment.objects.filter(register=assessed).values_list("uuid", "pk")) == before


def test_a_draft_assessment_is_updated_in_place(owner_api, walttia, assessed):
    url = _url(walttia, assessed, "/risk-assessments")
    listed = owner_api.get(url).json()
    draft = RiskAssessment.objects.get(register=assessed, title="Arvio 2026")
    history_before = draft.history.count()
    listed[1]["conclusion"] = "Ei korkeaa riskiä."
    response = owner_api.put(url, {"revision": assessed.revision, "risk_assessments": listed})
    assert response.status_code == 200, response.content
    same = RiskAssessment.objects.get(pk=draft.pk)
    assert same.conclusion == "Ei korkeaa riskiä." and same.history.count() == history_before + 1


def test_a_signed_assessment_cannot_be_changed_through_the_api(owner_api, walttia, assessed):
    url = _url(walttia, assessed, "/risk-assessments")
    listed = owner_api.get(url).json()
    listed[0]["risks"][0]["severity"] = 1
    response = owner_api.put(url, {"revision": assessed.revision, "risk_assessments": listed})
    assert response.status_code == 422
    assert response.json()["detail"][0]["path"] == "risk_assessments[0]"
    assert "signed" in response.json()["detail"][0]["message"]
    signed = RiskAssessment.objects.get(register=assessed, title="Arvio 2025")
    assert signed.risks[0]["severity"] == 3


def test_a_signed_assessment_cannot_be_removed_through_the_api(owner_api, walttia, assessed):
    url = _url(walttia, assessed, "/risk-assessments")
    listed = owner_api.get(url).json()
    response = owner_api.put(url, {"revision": assessed.revision, "risk_assessments": listed[1:]})
    assert response.status_code == 422 and response.json()["detail"][0]["path"] == "risk_assessments"
    assert RiskAssessment.objects.filter(register=assessed).count() == 2
    # The register PUT carries the assessments too: leaving them out is no way around it.
    body = owner_api.get(_url(walttia, assessed)).json()
    body["risk_assessments"] = []
    assert owner_api.put(_url(walttia, assessed), body).status_code == 422
    assert RiskAssessment.objects.filter(register=assessed).count() == 2


def test_a_signed_assessment_cannot_be_changed_by_load(walttia, assessed):
    document = export_document(walttia).model_dump(mode="json")
    index = [r["name"] for r in document["registers"]].index(assessed.name)
    document["registers"][index]["risk_assessments"][0]["conclusion"] = "Jälkikäteen lisätty"
    with pytest.raises(c.DocumentError) as caught:
        load_document(c.parse_document(document))
    assert f"registers[{index}].risk_assessments[0]" in dict(caught.value.problems)
    assert RiskAssessment.objects.get(register=assessed, title="Arvio 2025").conclusion == ""


def test_an_unchanged_signed_assessment_loads_and_keeps_its_row(walttia, assessed):
    rows = dict(RiskAssessment.objects.filter(register=assessed).values_list("uuid", "pk"))
    load_document(c.parse_document(export_document(walttia).model_dump(mode="json")))
    assert dict(RiskAssessment.objects.filter(register=assessed).values_list("uuid", "pk")) == rows
