"""Word's document properties hold at most 255 characters (issue 13 item 7): a long title is cut in the
properties, never a failed download, and stays whole in the document itself."""

from doc_helpers import docx_document, docx_text, one_register

from tietovirta.documents import render

# Each within what a register name and an assessment title may be; together over 255 characters.
REGISTER_NAME = "Asiakas- ja markkinointirekisteri " + "sekä sidosryhmät " * 9  # 187 characters
ASSESSMENT_TITLE = "Vaikutustenarviointi " + "ja riskien arviointi " * 8  # 189 characters


def test_a_long_register_name_and_assessment_title_still_give_a_word_file():
    assessment = {"title": ASSESSMENT_TITLE, "assessed_on": "2026-02-01", "risks": []}
    doc = one_register(
        {
            "name": REGISTER_NAME,
            "purpose_text": "Asiakassuhteen hoitaminen.",
            "risk_assessments": [assessment],
        }
    )
    data = render(doc, kind="riskiarvio", fmt="docx", lang="fi", register=0, assessment=0)
    title = docx_document(data).core_properties.title
    assert len(title) <= 255 and title.endswith("…") and title.startswith("Riskiarvio – Asiakas")
    text = " ".join(docx_text(data).split())
    assert REGISTER_NAME.strip() in text and ASSESSMENT_TITLE.strip() in text


def test_the_web_download_of_that_assessment_is_a_word_file(owner_client, org):
    from django.urls import reverse

    from tietovirta.assessments.models import RiskAssessment
    from tietovirta.registers.models import Register

    register = Register.objects.create(organization=org, name=REGISTER_NAME.strip())
    assessment = RiskAssessment.objects.create(register=register, title=ASSESSMENT_TITLE.strip())
    url = reverse(
        "assessment_document",
        kwargs={"org_id": org.pk, "register_id": register.pk, "assessment_id": assessment.pk, "fmt": "docx"},
    )
    response = owner_client.get(url)
    assert response.status_code == 200 and response.content.startswith(b"PK")
