"""The assessment pages: a new assessment is pre-filled from the register, drafts are edited, a
signed-off one is frozen, a changed register marks its assessment out of date, documents download,
and the canonical export carries it all."""

import pytest
from django.urls import reverse

from tietovirta import canonical as c
from tietovirta.assessments.models import RiskAssessment
from tietovirta.interchange import export_document, load_document
from tietovirta.registers.models import Register

SECURITY = "Kaksivaiheinen tunnistautuminen Procountoriin; varmuuskopiot päivittäin."


@pytest.fixture
def register(org):
    return Register.objects.create(
        organization=org,
        name="Henkilöstörekisteri",
        data_subject_categories=["työntekijät"],
        data_collected_text="Nimi, yhteystiedot, palkkatiedot.",
        security_text=SECURITY,
    )


def _url(name, register, assessment=None, **extra):
    kwargs = {"org_id": register.organization_id, "register_id": register.pk, **extra}
    if assessment is not None:
        kwargs["assessment_id"] = assessment.pk
    return reverse(name, kwargs=kwargs)


def _risk_post(prefix, i, **values):
    fields = {
        "title": "",
        "description": "",
        "severity": "",
        "likelihood": "",
        "existing_measures": "",
        "planned_measures": "",
        "owner": "",
        "due_date": "",
        "residual_severity": "",
        "residual_likelihood": "",
    }
    return {f"{prefix}-{i}-{k}": v for k, v in {**fields, **values}.items()}


def _edit_post(answers, risks, **fields):
    data = {"title": "Arvio 2026", "assessed_on": "2026-04-01", "conclusion": "", "notes": "", **fields}
    data.update({f"q_{k}": "yes" if v else "no" for k, v in answers.items()})
    data.update(
        {
            "risk-TOTAL_FORMS": str(len(risks)),
            "risk-INITIAL_FORMS": "0",
            "risk-MIN_NUM_FORMS": "0",
            "risk-MAX_NUM_FORMS": "1000",
        }
    )
    for i, values in enumerate(risks):
        data.update(_risk_post("risk", i, **values))
    return data


ALL_NO = {
    cr: False
    for cr in (
        "evaluation_scoring",
        "automated_decision",
        "systematic_monitoring",
        "sensitive_data",
        "large_scale",
        "matching_datasets",
        "vulnerable_subjects",
        "innovative_technology",
        "prevents_rights",
        "art35_profiling",
        "art35_special_large_scale",
        "art35_public_monitoring",
        "fi_biometric",
        "fi_genetic",
        "fi_location",
        "fi_not_informed",
        "fi_whistleblowing",
    )
}
RATED = {
    "title": "Asiaton pääsy",
    "severity": "3",
    "likelihood": "2",
    "existing_measures": SECURITY,
    "planned_measures": "Lokien seuranta",
    "owner": "Laura Niemi",
    "due_date": "2026-06-30",
    "residual_likelihood": "1",
}


def test_a_new_assessment_is_prefilled_from_the_register(owner_client, register):
    response = owner_client.post(_url("assessment_new", register))
    row = RiskAssessment.objects.get(register=register)
    assert response.status_code == 302 and response["Location"] == _url("assessment_edit", register, row)
    answers = row.screening["answers"]
    assert answers["vulnerable_subjects"] is True  # "työntekijät"
    assert answers["sensitive_data"] is False and answers["large_scale"] is False
    assert row.screening["fingerprint"] == "vulnerable_subjects"
    assert [r["title"] for r in row.risks] == [
        "Asiaton pääsy tietoihin",
        "Tietojen ei-toivottu muuttuminen",
        "Tietojen katoaminen",
    ]
    assert all(r["existing_measures"] == SECURITY for r in row.risks)  # the register's measures offered
    page = owner_client.get(_url("assessment_edit", register, row)).content.decode()
    assert 'value="yes" class="form-check-input" id="id_q_vulnerable_subjects_0" checked' in page
    assert "“Henkilöstörekisteri”" in page  # why it was suggested: the register's name


def test_editing_saves_answers_and_risks_and_signing_freezes(owner_client, register):
    owner_client.post(_url("assessment_new", register))
    row = RiskAssessment.objects.get(register=register)
    response = owner_client.post(
        _url("assessment_edit", register, row),
        _edit_post(
            {**ALL_NO, "sensitive_data": True, "vulnerable_subjects": True},
            [RATED, {"title": "Oma riski: väärä vastaanottaja"}],
        ),
    )
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.screening["answers"]["sensitive_data"] is True
    assert [r["title"] for r in row.risks] == ["Asiaton pääsy", "Oma riski: väärä vastaanottaja"]
    assert row.risks[0]["severity"] == 3 and row.risks[0]["residual_likelihood"] == 1

    # Not ready: the user's own risk is unrated and there is no conclusion.
    owner_client.post(
        _url("assessment_sign", register, row), {"signed_by": "Laura Niemi", "signed_on": "2026-04-02"}
    )
    row.refresh_from_db()
    assert row.signed_by == ""
    detail = owner_client.get(_url("assessment", register, row)).content.decode()
    assert "Oma riski: väärä vastaanottaja" in detail and 'data-outcome="likely"' in detail

    owner_client.post(
        _url("assessment_edit", register, row),
        _edit_post(
            {**ALL_NO, "sensitive_data": True, "vulnerable_subjects": True},
            [RATED],
            conclusion="Riskit hallinnassa; vaikutustenarviointi tehdään syksyllä.",
        ),
    )
    owner_client.post(
        _url("assessment_sign", register, row), {"signed_by": "Laura Niemi", "signed_on": "2026-04-02"}
    )
    row.refresh_from_db()
    assert (row.signed_by, str(row.signed_on)) == ("Laura Niemi", "2026-04-02")

    # Signed off: no more changes; a new assessment starts from this one.
    response = owner_client.post(
        _url("assessment_edit", register, row), _edit_post(ALL_NO, [], title="Muutettu")
    )
    row.refresh_from_db()
    assert response.status_code == 302 and row.title == "Arvio 2026"
    owner_client.post(_url("assessment_new", register))
    newer = RiskAssessment.objects.filter(register=register).exclude(pk=row.pk).get()
    assert newer.position == row.position + 1 and newer.signed_by == ""
    assert [r["title"] for r in newer.risks] == ["Asiaton pääsy"]
    assert newer.screening["answers"]["sensitive_data"] is True  # what the user knew is kept
    assert row.history.count() == 4  # created, edited twice, signed


def test_a_changed_register_makes_the_assessment_out_of_date(owner_client, register):
    owner_client.post(_url("assessment_new", register))
    page = owner_client.get(_url("register", register)).content.decode()
    assert 'data-testid="assessment-row"' in page and "assessment-out-of-date" not in page

    register.data_collected_text = "Nimi, henkilötunnus, palkkatiedot."  # a change that alters the screening
    register.save()
    page = owner_client.get(_url("register", register)).content.decode()
    assert 'data-testid="assessment-out-of-date"' in page and "arkaluonteiset tiedot" in page

    register.description = "Palkanlaskennan rekisteri."  # a change that does not
    register.save()
    owner_client.post(_url("assessment_new", register))
    page = owner_client.get(_url("register", register)).content.decode()
    assert "assessment-out-of-date" not in page  # the new assessment counts


def test_documents_of_one_assessment(owner_client, register):
    owner_client.post(_url("assessment_new", register))
    row = RiskAssessment.objects.get(register=register)
    md = owner_client.get(_url("assessment_document", register, row, fmt="md") + "?lang=fi")
    text = md.content.decode()
    assert md.status_code == 200 and "# Henkilöstörekisteri" in text and "Asiaton pääsy tietoihin" in text
    assert "haavoittuvassa asemassa olevat rekisteröidyt" in text
    pdf = owner_client.get(_url("assessment_document", register, row, fmt="pdf"))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    docx = owner_client.get(_url("assessment_document", register, row, fmt="docx"))
    assert docx.status_code == 200 and docx.content.startswith(b"PK")
    assert owner_client.get(_url("assessment_document", register, row, fmt="xlsx")).status_code == 404
    page = owner_client.get(_url("assessment", register, row)).content.decode()
    assert 'data-testid="risk-matrix"><svg' in page


def test_export_and_load_keep_screenings_and_assessments(owner_client, register, make_org):
    owner_client.post(_url("assessment_new", register))
    row = RiskAssessment.objects.get(register=register)
    row.signed_by, row.conclusion = "Laura Niemi", "Hyväksytty."
    row.save()
    exported = export_document(register.organization)
    loaded = c.parse_document(exported.to_json())
    assert loaded.registers[0].risk_assessments[0].screening.fingerprint == "vulnerable_subjects"
    target = make_org(name="Kopio Oy", business_id="0166094-0")
    load_document(
        loaded.model_copy(
            update={
                "organization": loaded.organization.model_copy(
                    update={"name": "Kopio Oy", "business_id": "0166094-0"}
                )
            }
        ),
        organization=target,
    )
    again = export_document(target)
    assert again.registers[0].risk_assessments == exported.registers[0].risk_assessments
