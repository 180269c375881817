"""The DPIA screening: each criterion is suggested by what a register says, and evaluate() applies
Art. 35(3), the Finnish list and the WP248 two-criteria rule."""

import pytest

from tietovirta import canonical as c
from tietovirta import risk
from tietovirta.risk import Outcome


def doc(**register) -> c.OrganizationDocument:
    systems = register.pop("catalogue", [])
    return c.OrganizationDocument(
        organization=c.Organization(name="Testi Oy"),
        systems=systems,
        registers=[c.Register(**{"name": "Asiakasrekisteri", **register})],
    )


def suggested(**register) -> set[str]:
    document = doc(**register)
    return {k for k, met in risk.prefill(document.registers[0], document).items() if met}


CASES = [
    ("evaluation_scoring", {"purpose_text": "Asiakkaiden profilointi kohdennettua markkinointia varten."}),
    ("automated_decision", {"purpose_text": "Automated decisions on loan applications."}),
    ("systematic_monitoring", {"purpose_text": "Kameravalvonta myymälässä."}),
    (
        "systematic_monitoring",
        {"catalogue": [c.System(name="Kamerat", kind="camera")], "systems": ["Kamerat"]},
    ),
    ("sensitive_data", {"data_categories": [c.DataCategory(name="Hetu", is_hetu=True)]}),
    ("sensitive_data", {"data_collected_text": "Nimi ja terveydentilaa koskevat tiedot."}),
    ("large_scale", {"description": "Valtakunnallinen asiakasrekisteri."}),
    ("matching_datasets", {"processing_method_text": "Tietoja rikastetaan ostetuilla aineistoilla."}),
    ("vulnerable_subjects", {"data_subject_categories": ["työntekijät"]}),
    ("vulnerable_subjects", {"data_subject_categories": ["lapset"]}),
    ("innovative_technology", {"processing_method_text": "Hakemukset luokitellaan tekoälyllä."}),
    ("prevents_rights", {"purpose_text": "Luottopäätöksen tekeminen."}),
    ("fi_biometric", {"data_collected_text": "Työntekijöiden sormenjäljet kulunvalvontaa varten."}),
    ("fi_genetic", {"data_collected_text": "DNA-näyte."}),
    ("fi_location", {"data_collected_text": "Ajoneuvojen GPS-sijaintitiedot."}),
    (
        "fi_not_informed",
        {"sources_text": "Rekisteröityjä ei informoida, koska se vaatisi kohtuuttomasti vaivaa."},
    ),
    ("fi_whistleblowing", {"name": "Väärinkäytösten ilmoituskanava"}),
    ("art35_profiling", {"purpose_text": "Profiling of customers and automated decisions on credit limits."}),
    (
        "art35_special_large_scale",
        {
            "description": "Laajamittainen potilasrekisteri.",
            "data_collected_text": "Potilastiedot ja diagnoosit.",
        },
    ),
    (
        "art35_public_monitoring",
        {
            "purpose_text": "Kameravalvonta kauppakeskuksen yleisölle avoimissa tiloissa; "
            "laajamittainen valvonta."
        },
    ),
]


@pytest.mark.parametrize(("criterion", "register"), CASES, ids=[f"{c}-{i}" for i, (c, _) in enumerate(CASES)])
def test_each_criterion_is_suggested_by_what_the_register_says(criterion, register):
    assert criterion in suggested(**register)


def test_a_plain_register_suggests_nothing_and_negations_do_not_count():
    assert suggested(purpose_text="Asiakassuhteen hoitaminen ja laskutus.") == set()
    assert suggested(purpose_text="Profilointia ei käytetä. Kameravalvontaa ei ole.") == set()


def test_location_words_are_not_counted_twice_as_monitoring():
    assert suggested(data_collected_text="Toimitusosoitteen sijaintitiedot.") == {"fi_location"}


def test_every_question_gets_an_answer_and_ids_are_the_catalogue():
    document = doc()
    assert set(risk.prefill(document.registers[0], document)) == set(risk.CRITERIA_BY_ID)
    assert len(risk.WP248_IDS) == 9
    assert {cr.source for cr in risk.CRITERIA} == set(risk.Source)
    for cr in risk.CRITERIA:
        assert all(cr.question.render(lang).endswith("?") for lang in ("fi", "sv", "en"))


def evaluate(*met: str, **other: bool) -> risk.Screening:
    return risk.evaluate({**{k: True for k in met}, **other})


@pytest.mark.parametrize(
    "criterion", ["art35_profiling", "art35_special_large_scale", "art35_public_monitoring"]
)
def test_article_35_3_cases_always_require_a_dpia(criterion):
    result = evaluate(criterion)
    assert result.outcome is Outcome.REQUIRED
    assert "35" in result.explain("fi")[0]


@pytest.mark.parametrize("wp248", risk.WP248_IDS)
def test_one_wp248_criterion_is_not_enough_two_make_it_likely(wp248):
    assert evaluate(wp248).outcome is Outcome.NOT_REQUIRED
    other = next(w for w in risk.WP248_IDS if w != wp248)
    two = evaluate(wp248, other)
    assert two.outcome is Outcome.LIKELY and two.needs_assessment
    assert "WP248" in two.explain("en")[0] and "Two or more" in two.explain("en")[0]


@pytest.mark.parametrize("item", ["fi_biometric", "fi_genetic", "fi_location", "fi_not_informed"])
def test_finnish_list_items_need_one_wp248_criterion_besides(item):
    alone = evaluate(item)
    assert alone.outcome is Outcome.NOT_REQUIRED and "vasta" in alone.explain("fi")[0]
    with_one = evaluate(item, "large_scale")
    assert with_one.outcome is Outcome.REQUIRED
    assert "laajamittainen käsittely" in with_one.explain("fi")[0]


@pytest.mark.parametrize("item", ["fi_biometric", "fi_genetic"])
def test_biometric_and_genetic_data_are_not_their_own_second_criterion(item):
    # Such data is sensitive data by definition (WP248 criterion 4): that does not count as "another".
    assert evaluate(item, "sensitive_data").outcome is Outcome.NOT_REQUIRED
    assert evaluate("fi_location", "sensitive_data").outcome is Outcome.REQUIRED


def test_whistleblowing_always_requires_a_dpia_and_no_answer_counts_as_no():
    assert evaluate("fi_whistleblowing").outcome is Outcome.REQUIRED
    result = risk.evaluate({"sensitive_data": True, "large_scale": False, "unknown_id": True})
    assert result.outcome is Outcome.NOT_REQUIRED and result.met == ("sensitive_data",)
    assert len(result.unanswered) == len(risk.CRITERIA) - 2
    assert risk.evaluate({}).explain("sv")[0] == "Inget kriterium uppfylls."


def test_the_fingerprint_tells_when_the_register_changed_the_screening():
    document = doc(data_subject_categories=["työntekijät"])
    item = document.registers[0]
    fingerprint = risk.screening_fingerprint(item, document)
    assert fingerprint == "vulnerable_subjects"
    screening = c.DpiaScreening(answers=risk.prefill(item, document), fingerprint=fingerprint)
    assert not risk.screening_change(screening, fingerprint)
    changed = doc(data_subject_categories=["työntekijät"], data_collected_text="Nimi ja henkilötunnus.")
    now = risk.screening_fingerprint(changed.registers[0], changed)
    assert risk.screening_change(screening, now) == risk.Change(("sensitive_data",), ())
    assert risk.screening_change(screening, "") == risk.Change((), ("vulnerable_subjects",))


def test_a_screening_without_fingerprint_is_compared_with_its_answers():
    legacy = c.DpiaScreening(answers={"sensitive_data": True, "large_scale": False})
    assert not risk.screening_change(legacy, "sensitive_data")
    assert risk.screening_change(legacy, "sensitive_data,vulnerable_subjects").added == (
        "vulnerable_subjects",
    )
    assert not risk.screening_change(
        c.DpiaScreening(), "sensitive_data"
    )  # nothing answered: nothing to compare
