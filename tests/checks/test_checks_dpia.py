"""dpia-missing decides through tietovirta.risk: the register's own suggestions until the user has
answered a screening, then the latest assessment's answers."""

from checks_support import fired, minimal

STAFF = {"name": "Henkilöstörekisteri", "data_subject_categories": ["työntekijät"]}


def test_henkilotunnus_of_employees_calls_for_an_assessment():
    found = fired(minimal(**STAFF, data_collected_text="Nimi, henkilötunnus ja palkkatiedot."))
    [finding] = found["dpia-missing"]
    assert "arkaluonteiset tiedot (”henkilötunnus”)" in finding.message
    assert finding.field == "risk_assessments"
    assert "dpia-missing" not in fired(minimal(**STAFF, data_collected_text="Nimi ja palkkatiedot."))


def test_location_data_with_one_more_criterion_is_on_the_finnish_list():
    found = fired(minimal(**STAFF, data_collected_text="Työajoneuvojen GPS-sijaintitiedot."), "en")
    assert "location data" in found["dpia-missing"][0].message


def test_the_latest_screening_decides_once_answered():
    register = {**STAFF, "data_collected_text": "Nimi, henkilötunnus ja palkkatiedot."}
    said_no = {
        "title": "2026",
        "assessed_on": "2026-02-01",
        "screening": {"answers": {"sensitive_data": False, "vulnerable_subjects": True}},
    }
    said_yes = {
        "title": "2025",
        "assessed_on": "2025-02-01",
        "screening": {"answers": {"sensitive_data": True, "vulnerable_subjects": True}},
    }
    assert "dpia-missing" not in fired(minimal(**register, risk_assessments=[said_yes, said_no]))
    [finding] = fired(
        minimal(**register, risk_assessments=[said_no, {**said_yes, "assessed_on": "2026-03-01"}]), "en"
    )["dpia-missing"]
    assert "“2025” concludes “A DPIA is likely required”" in finding.message
    assert "no risks have been assessed" in finding.message
    rated = {**said_yes, "assessed_on": "2026-03-01", "risks": [{"title": "Tietomurto", "severity": 2}]}
    assert "dpia-missing" not in fired(minimal(**register, risk_assessments=[said_no, rated]))
