"""An editor starts a risk assessment from the register page, confirms the suggested screening, rates
the three default risks and one of their own, writes the conclusion and signs it off."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_fill_in_and_sign_an_assessment(page, login, make_user, make_org):
    from tietovirta.assessments.models import RiskAssessment
    from tietovirta.registers.models import Register

    user = make_user("laura@example.fi", "salasana-joka-kelpaa")
    organization = make_org(user, name="Kuusisto Oy", business_id="2623348-6")
    register = Register.objects.create(
        organization=organization,
        name="Henkilöstörekisteri",
        data_subject_categories=["työntekijät"],
        data_collected_text="Nimi, henkilötunnus, palkkatiedot.",
        security_text="Kaksivaiheinen tunnistautuminen; varmuuskopiot päivittäin.",
    )

    login("laura@example.fi", "salasana-joka-kelpaa")
    page.goto(f"/organizations/{organization.pk}/registers/{register.pk}/#risk")
    page.get_by_test_id("assessment-new").click()

    # The screening is pre-answered from the register: henkilötunnus and employees.
    expect(page).to_have_url(re.compile(r"/assessments/\d+/edit/$"))
    expect(page.locator("#id_q_sensitive_data_0")).to_be_checked()
    expect(page.locator("#id_q_vulnerable_subjects_0")).to_be_checked()
    expect(page.locator("#id_q_large_scale_1")).to_be_checked()
    page.locator("#id_q_matching_datasets_0").check()  # the user knows more than the text says

    for i, (severity, likelihood) in enumerate([("3", "2"), ("2", "1"), ("3", "1")]):
        page.locator(f"[name=risk-{i}-severity]").select_option(severity)
        page.locator(f"[name=risk-{i}-likelihood]").select_option(likelihood)
    expect(page.locator("[name=risk-0-existing_measures]")).to_have_value(re.compile("Kaksivaiheinen"))
    page.locator("[name=risk-0-planned_measures]").fill("Pääsyoikeuksien katselmointi neljännesvuosittain.")
    page.locator("[name=risk-0-owner]").fill("Laura Niemi")
    page.locator("[name=risk-0-due_date]").fill("2026-09-30")
    page.locator("[name=risk-0-residual_likelihood]").select_option("1")
    page.locator("[name=risk-3-title]").fill("Palkkatiedot väärälle vastaanottajalle")
    page.locator("[name=risk-3-severity]").select_option("2")
    page.locator("[name=risk-3-likelihood]").select_option("3")
    page.locator("#id_conclusion").fill(
        "Vaikutustenarviointi tehdään; riskit ovat toimenpiteiden jälkeen hyväksyttäviä."
    )
    page.locator("#assessment-save").click()

    expect(page.get_by_test_id("screening-outcome")).to_have_attribute("data-outcome", "likely")
    expect(page.get_by_test_id("risk-table")).to_contain_text("Palkkatiedot väärälle vastaanottajalle")
    expect(page.get_by_test_id("risk-matrix").locator("svg circle")).to_have_count(4 + 1 + 2)
    page.locator("#id_signed_by").fill("Laura Niemi")
    page.locator("#id_signed_on").fill("2026-04-02")
    page.locator("#assessment-sign").click()

    expect(page.get_by_test_id("assessment-signed")).to_be_visible()
    expect(page.locator("#assessment-edit")).to_have_count(0)
    row = RiskAssessment.objects.get(register=register)
    assert (row.signed_by, row.signed_on.isoformat()) == ("Laura Niemi", "2026-04-02")
    assert len(row.risks) == 4 and row.screening["answers"]["matching_datasets"] is True

    page.goto(f"/organizations/{organization.pk}/registers/{register.pk}/#risk")
    expect(page.get_by_test_id("assessment-row")).to_contain_text("Laura Niemi")
    expect(page.get_by_test_id("assessment-out-of-date")).to_have_count(0)
