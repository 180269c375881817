"""Every rule fires on a correct register broken in one place, and stays quiet on correct ones."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from checks_support import LANGS, complete, fired

from tietovirta.checks import all_rules

Doc = dict[str, Any]
SEED_RETENTION = (
    "Henkilötiedot säilytetään niin kauan kuin on tarpeen sen tarkoituksen täyttämiseksi, jota varten ne on "
    "kerätty, tai sen ajan kuin säilyttäminen on tarpeen lakisääteisten velvoitteiden täyttämiseksi. "
    "Kirjanpidosta säädetyt lait myös velvoittavat säilyttämään kirjanpitomateriaalia laissa määritellyn "
    "ajan."
)
SEED_SECURITY = (
    "Rekisteriä ylläpidetään salatulla, palomuurin suojaamalla alueella salasanan ja käyttäjätunnusten "
    "takana. Kulkua serveritilaan valvotaan ja henkilöstöllä on vaihtolovelvollisuus. Kirjalliset dokumentit "
    "säilytetään lukituissa tiloissa."
)


def reg(doc: Doc) -> dict[str, Any]:
    return doc["registers"][0]


def edit(lang: str, change: Callable[[Doc], None]) -> Doc:
    doc = complete(lang)
    change(doc)
    return doc


def no_retention_fields(doc: Doc) -> None:
    reg(doc).update(retention_period=None, retention_unit=None, retention_trigger="")


def newsletter_without_consent(doc: Doc) -> None:
    reg(doc).update(
        legal_bases=["b", "c"],
        consent_text="",
        consent_withdrawal_text="",
        legal_basis_text="Asiakassopimusten hoitaminen: sopimus.\nKirjanpito: lakisääteinen velvoite.",
        purpose_text="Asiakassopimusten hoitaminen ja laskutus sekä sähköpostimarkkinointi "
        "kuluttaja-asiakkaille.",
        resulting_registers_text="Laskutusrekisteri Netvisorissa.",
    )


# (rule, language of the base register, change that breaks it, field the finding points at)
FIRING: list[tuple[str, str, Callable[[Doc], None], str]] = [
    ("controller-missing", "fi", lambda d: d["organization"].update(name=""), "organization.name"),
    (
        "controller-missing",
        "fi",
        lambda d: d["organization"].update(name="Rekisterinpitäjän tiedot"),
        "organization.name",
    ),
    (
        "business-id-invalid",
        "fi",
        lambda d: d["organization"].update(business_id="2819434-6"),
        "organization.business_id",
    ),
    (
        "business-id-invalid",
        "en",
        lambda d: d["organization"].update(business_id="2819434-55"),
        "organization.business_id",
    ),
    (
        "placeholder-text",
        "fi",
        lambda d: reg(d).update(purpose_text="Asiakkuuden hoitaminen. Lisätietoja: [nimi]"),
        "purpose_text",
    ),
    (
        "placeholder-text",
        "fi",
        lambda d: reg(d)["responsible_person"].update(email="etunimi.sukunimi@yritys.fi"),
        "responsible_person.email",
    ),
    (
        "placeholder-text",
        "sv",
        lambda d: reg(d)["responsible_person"].update(name="Namn"),
        "responsible_person.name",
    ),
    (
        "placeholder-text",
        "en",
        lambda d: d["organization"].update(phone="XXX XXX XXXX"),
        "organization.phone",
    ),
    (
        "html-markup",
        "fi",
        lambda d: reg(d).update(description="<p>Kiinteistöhuollon asiakkaat.</p>"),
        "description",
    ),
    ("html-markup", "en", lambda d: reg(d).update(purpose_text="Assessing&nbsp;applicants."), "purpose_text"),
    ("purpose-missing", "fi", lambda d: reg(d).update(purpose_text=""), "purpose_text"),
    (
        "purpose-missing",
        "fi",
        lambda d: reg(d).update(purpose_text="Sopimuksellinen peruste."),
        "purpose_text",
    ),
    ("purpose-missing", "sv", lambda d: reg(d).update(purpose_text="Affärsändamål."), "purpose_text"),
    ("purpose-missing", "en", lambda d: reg(d).update(purpose_text="Business purposes"), "purpose_text"),
    (
        "legal-basis-missing",
        "fi",
        lambda d: reg(d).update(legal_bases=[], legal_basis_text=""),
        "legal_bases",
    ),
    (
        "legal-basis-missing",
        "fi",
        lambda d: reg(d).update(legal_bases=[], legal_basis_text="Henkilötietolain 8 §:n mukaisesti."),
        "legal_bases",
    ),
    (
        "legal-basis-missing",
        "en",
        lambda d: reg(d).update(legal_bases=[], legal_basis_text="Customer relationship."),
        "legal_bases",
    ),
    (
        "legal-basis-multiple",
        "fi",
        lambda d: reg(d).update(legal_bases=[], legal_basis_text="Suostumus tai oikeutettu etu."),
        "legal_basis_text",
    ),
    (
        "legal-basis-multiple",
        "en",
        lambda d: reg(d).update(legal_bases=["a", "f"], legal_basis_text=""),
        "legal_bases",
    ),
    (
        "consent-withdrawal-missing",
        "fi",
        lambda d: reg(d).update(consent_withdrawal_text=""),
        "consent_withdrawal_text",
    ),
    (
        "consent-basis-contradiction",
        "fi",
        lambda d: reg(d).update(
            legal_bases=["a"],
            legal_basis_text="Suostumus",
            consent_text="Koska käsittelyperuste on sopimuksellinen, ei suostumusta tarvita.",
        ),
        "legal_bases",
    ),
    (
        "consent-basis-contradiction",
        "sv",
        lambda d: reg(d).update(
            legal_bases=["a"],
            legal_basis_text="Samtycke.",
            consent_text="Samtycke behövs inte eftersom medlemskapet är ett avtal.",
        ),
        "legal_bases",
    ),
    (
        "consent-basis-contradiction",
        "en",
        lambda d: reg(d).update(
            legal_bases=["b"],
            legal_basis_text="Contract.",
            legitimate_interest_text="",
            consent_text="Processing is based on the applicant's consent.",
        ),
        "legal_bases",
    ),
    (
        "consent-employees",
        "en",
        lambda d: reg(d).update(legal_bases=["a"], legal_basis_text="Consent."),
        "legal_bases",
    ),
    (
        "consent-employees",
        "fi",
        lambda d: reg(d).update(name="Henkilöstörekisteri", data_subject_categories=["työntekijät"]),
        "legal_bases",
    ),
    (
        "legitimate-interest-undescribed",
        "en",
        lambda d: reg(d).update(
            legal_bases=["f"], legal_basis_text="Legitimate interests.", legitimate_interest_text=""
        ),
        "legitimate_interest_text",
    ),
    (
        "public-authority-legitimate-interest",
        "en",
        lambda d: d["organization"].update(is_public_authority=True),
        "legal_bases",
    ),
    (
        "public-authority-legitimate-interest",
        "fi",
        lambda d: (d["organization"].update(name="Pirkkalan kunta"), reg(d).update(legal_bases=["f"])),
        "legal_bases",
    ),
    (
        "subjects-missing",
        "fi",
        lambda d: reg(d).update(
            name="Rekisteri",
            description="",
            data_subject_categories=[],
            data_collected_text="Nimi ja puhelinnumero.",
            purpose_text="Palvelujen toimittaminen ja laskutus.",
        ),
        "data_subject_categories",
    ),
    (
        "data-categories-missing",
        "sv",
        lambda d: reg(d).update(data_categories=[], data_collected_text=""),
        "data_categories",
    ),
    (
        "special-category-condition-missing",
        "fi",
        lambda d: reg(d).update(data_collected_text="Nimi, yhteystiedot ja asukkaiden allergiat."),
        "special_category_conditions",
    ),
    (
        "special-category-condition-missing",
        "sv",
        lambda d: reg(d)["data_categories"].append({"name": "Hälsouppgifter", "special_category": "health"}),
        "special_category_conditions",
    ),
    (
        "special-category-condition-missing",
        "en",
        lambda d: reg(d).update(data_collected_text="Name, CV and trade union membership."),
        "special_category_conditions",
    ),
    (
        "criminal-data-basis-missing",
        "en",
        lambda d: reg(d)["data_categories"].append(
            {"name": "Criminal record extract", "special_category": "criminal_offences"}
        ),
        "criminal_data_basis_text",
    ),
    (
        "criminal-data-basis-missing",
        "fi",
        lambda d: reg(d).update(data_collected_text="Nimi ja rikostaustaote."),
        "criminal_data_basis_text",
    ),
    (
        "hetu-ground-missing",
        "fi",
        lambda d: reg(d).update(data_collected_text="Nimi, yhteystiedot ja henkilötunnus."),
        "hetu_ground",
    ),
    (
        "hetu-ground-missing",
        "sv",
        lambda d: reg(d).update(data_collected_text="Namn, hemort och personbeteckning."),
        "hetu_ground",
    ),
    (
        "hetu-ground-missing",
        "en",
        lambda d: reg(d)["data_categories"].append({"name": "Tax number", "is_hetu": True}),
        "hetu_ground",
    ),
    (
        "hetu-misuse",
        "fi",
        lambda d: reg(d).update(
            security_text="Asiakas kirjautuu palveluun henkilötunnuksella ja salasanalla."
        ),
        "security_text",
    ),
    (
        "hetu-misuse",
        "en",
        lambda d: reg(d).update(processing_method_text="The personal identity code is printed on invoices."),
        "processing_method_text",
    ),
    (
        "child-consent",
        "fi",
        lambda d: reg(d).update(
            data_subject_categories=["alle 13-vuotiaat lapset"],
            legal_bases=["a"],
            consent_text="Lapsi antaa suostumuksen rekisteröityessään verkkopalveluun.",
        ),
        "consent_text",
    ),
    (
        "retention-missing",
        "fi",
        lambda d: (no_retention_fields(d), reg(d).update(retention_text="")),
        "retention_text",
    ),
    (
        "retention-vague",
        "fi",
        lambda d: (no_retention_fields(d), reg(d).update(retention_text=SEED_RETENTION)),
        "retention_text",
    ),
    (
        "retention-vague",
        "sv",
        lambda d: (
            no_retention_fields(d),
            reg(d).update(retention_text="Uppgifterna sparas så länge det är nödvändigt."),
        ),
        "retention_text",
    ),
    (
        "retention-vague",
        "en",
        lambda d: (
            no_retention_fields(d),
            reg(d).update(retention_text="Applications are erased regularly."),
        ),
        "retention_text",
    ),
    (
        "accounting-retention-hint",
        "fi",
        lambda d: reg(d).update(
            retention_text="Asiakastiedot poistetaan 3 vuoden kuluttua asiakkuuden päättymisestä."
        ),
        "retention_text",
    ),
    (
        "processor-agreement-missing",
        "fi",
        lambda d: d["parties"][0].update(processor_agreement="unknown"),
        "parties[0].processor_agreement",
    ),
    (
        "processor-agreement-missing",
        "fi",
        lambda d: d["systems"][0].update(processor_agreement="missing"),
        "systems[0].processor_agreement",
    ),
    (
        "processor-agreement-missing",
        "en",
        lambda d: reg(d).update(processors_text="An outside accounting firm keeps the books."),
        "processors_text",
    ),
    (
        "recipients-missing",
        "fi",
        # Nothing at all: no parties, no processor or disclosure text, no vendor-run system.
        lambda d: reg(d).update(
            parties=[], processors_text="", disclosures_text="", systems=[], use_system_references=True,
            systems_text="", location_text="", processing_location_text="", transfers_text="",
            resulting_registers_text="", processing_method_text="",
        ),
        "parties",
    ),
    (
        "transfer-mechanism-missing",
        "fi",
        lambda d: d["systems"][1].update(transfer_mechanism=None, transfer_text=""),
        "systems[1].transfer_mechanism",
    ),
    (
        "transfer-mechanism-missing",
        "fi",
        lambda d: reg(d).update(systems_text="CRM Hubspot, uutiskirje Mailchimp", transfers_text=""),
        "transfers_text",
    ),
    (
        "transfer-mechanism-missing",
        "en",
        lambda d: reg(d).update(location_text="Backups are stored in the United States.", transfers_text=""),
        "transfers_text",
    ),
    (
        "transfer-mechanism-missing",
        "fi",
        lambda d: reg(d).update(
            transfers_text="Tietoja ei siirretä EU:n ulkopuolelle, ellei se ole teknisesti tarpeellista."
        ),
        "transfers_text",
    ),
    (
        "transfer-mechanism-missing",
        "sv",
        lambda d: d["systems"].append({"name": "Zoom", "kind": "communication"}),
        "systems[2].transfer_mechanism",
    ),
    (
        "dpf-unverified",
        "fi",
        lambda d: d["systems"][1].update(dpf_verified_on=None),
        "systems[1].dpf_verified_on",
    ),
    (
        "dpf-unverified",
        "en",
        lambda d: reg(d).update(
            transfers_text="Microsoft Corporation is certified under the EU-US Data Privacy Framework."
        ),
        "transfers_text",
    ),
    (
        "privacy-shield",
        "fi",
        lambda d: d["systems"][1].update(transfer_mechanism="privacy_shield"),
        "systems[1].transfer_mechanism",
    ),
    (
        "privacy-shield",
        "sv",
        lambda d: reg(d).update(transfers_text="Överföringen grundar sig på Privacy Shield."),
        "transfers_text",
    ),
    (
        "security-missing",
        "fi",
        lambda d: reg(d).update(security_text="", security_manual_text=""),
        "security_text",
    ),
    (
        "security-missing",
        "fi",
        lambda d: reg(d).update(security_text=SEED_SECURITY, security_manual_text=""),
        "security_text",
    ),
    (
        "security-missing",
        "en",
        lambda d: reg(d).update(security_text="Data is protected appropriately."),
        "security_text",
    ),
    (
        "responsible-person-missing",
        "sv",
        lambda d: reg(d).update(responsible_person=None),
        "responsible_person",
    ),
    ("dpo-missing", "fi", lambda d: d["organization"].update(is_public_authority=True), "organization.dpo"),
    (
        "dpo-missing",
        "fi",
        lambda d: reg(d).update(data_collected_text="Nimi ja terveydentilaa koskevat tiedot."),
        "organization.dpo",
    ),
    (
        "dpia-missing",
        "en",
        lambda d: reg(d).update(purpose_text="Assessing applicants, with a credit scoring of each finalist."),
        "risk_assessments",
    ),
    (
        "dpia-missing",
        "fi",
        lambda d: reg(d).update(name="Väärinkäytösten ilmoituskanava", risk_assessments=[], risk_text=""),
        "risk_assessments",
    ),
    (
        "indirect-collection-notice",
        "fi",
        lambda d: reg(d).update(
            sources_text="Yritysasiakkaiden yhteyshenkilöiden tietoja saadaan myös julkisista lähteistä."
        ),
        "sources_text",
    ),
    (
        "indirect-collection-notice",
        "en",
        lambda d: reg(d)["sources"].append("referees named by the applicant"),
        "sources_text",
    ),
    (
        "profiling-undisclosed",
        "fi",
        lambda d: reg(d).update(
            automated_decisions_text="",
            purpose_text="Asiakassopimusten hoitaminen; asiakkaat profiloidaan ostohistorian perusteella.",
        ),
        "automated_decisions_text",
    ),
    ("email-marketing-consent", "fi", newsletter_without_consent, "consent_text"),
    # A register whose text tells people their rights is itself a notice (an imported
    # tietosuojaseloste): the rule is for records that are not.
    (
        "privacy-notice-missing",
        "en",
        lambda d: reg(d).update(
            status="draft", privacy_notice_url="", other_rights_text="", access_right_text=""
        ),
        "privacy_notice_url",
    ),
    ("review-overdue", "sv", lambda d: reg(d).update(modified_at="2024-12-01T08:00:00"), "modified_at"),
]


@pytest.mark.parametrize(
    ("rule", "lang", "change", "field"),
    FIRING,
    ids=[f"{r}-{lang}-{i}" for i, (r, lang, _, _) in enumerate(FIRING)],
)
def test_rule_fires_on_a_register_broken_in_one_place(
    rule: str, lang: str, change: Callable[[Doc], None], field: str
) -> None:
    doc = edit(lang, change)
    found = fired(doc, lang)
    assert rule in found, f"{rule} did not fire; got {sorted(found)}"
    assert field in [f.field for f in found[rule]]


def test_every_rule_has_a_firing_test() -> None:
    from test_checks_rules_law import FIRING as LAW_FIRING  # the rules of issue 19 are tested there

    assert {rule for rule, *_ in FIRING + LAW_FIRING} == set(all_rules())


@pytest.mark.parametrize("lang", LANGS)
def test_a_complete_correct_register_gives_no_finding_at_all(lang: str) -> None:
    assert fired(complete(lang), lang) == {}


# Near misses: what looks like a problem but is not (negations, list items, exceptions in the law).
NOT_FIRING: list[tuple[str, str, Callable[[Doc], None]]] = [
    ("placeholder-text", "fi", lambda d: reg(d)["data_categories"].append({"name": "Puhelinnumero"})),
    (
        "placeholder-text",
        "en",
        lambda d: reg(d).update(purpose_text="Assessing applicants [1] for open positions."),
    ),
    ("business-id-invalid", "fi", lambda d: d["parties"][0].update(business_id="IE6388047V")),
    ("purpose-missing", "fi", lambda d: reg(d).update(purpose_text="Asiakassopimusten hoitaminen.")),
    (
        "legal-basis-multiple",
        "fi",
        lambda d: reg(d).update(
            legal_bases=[],
            legal_basis_text="Asiakkuuden ylläpito, sopimusten mukaisten ja lakisääteisten "
            "velvollisuuksien hoitaminen.",
        ),
    ),
    (
        "consent-basis-contradiction",
        "fi",
        lambda d: reg(d).update(
            consent_text="Uutiskirjeeseen pyydetään suostumus. Laskutus ei perustu suostumukseen."
        ),
    ),
    (
        "hetu-ground-missing",
        "fi",
        lambda d: reg(d).update(data_collected_text="Nimi ja yhteystiedot. Henkilötunnusta ei kerätä."),
    ),
    (
        "hetu-ground-missing",
        "fi",
        lambda d: reg(d).update(
            data_collected_text="Nimi ja henkilötunnus.",
            hetu_ground="sector",
            hetu_ground_text="Vuokrasopimukset ja luotonanto (TSL 29 § 1 mom. 3 k.).",
        ),
    ),
    (
        "hetu-ground-missing",
        "en",
        lambda d: reg(d).update(
            data_collected_text="Name and personal identity code, needed for unambiguous identification in "
            "payroll."
        ),
    ),
    (
        "hetu-misuse",
        "fi",
        lambda d: reg(d).update(
            data_collected_text="Nimi ja henkilötunnus.",
            security_text="Henkilötunnusta ei käytetä kirjautumiseen eikä sitä tulosteta laskuille.",
        ),
    ),
    (
        "special-category-condition-missing",
        "en",
        lambda d: reg(d).update(
            data_collected_text="Name and allergies (explicit consent, GDPR Art. 9(2)(a))."
        ),
    ),
    (
        "retention-vague",
        "fi",
        lambda d: (
            no_retention_fields(d),
            reg(d).update(
                retention_text="Tiedot säilytetään niin kauan kuin on tarpeen, kuitenkin enintään 5 vuotta."
            ),
        ),
    ),
    (
        "retention-vague",
        "en",
        lambda d: (
            no_retention_fields(d),
            reg(d).update(retention_text="Applications are kept until the applicant withdraws them."),
        ),
    ),
    (
        "transfer-mechanism-missing",
        "fi",
        lambda d: reg(d).update(
            systems_text="Netvisor ja Excel-taulukko työasemalla.",
            transfers_text="Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
        ),
    ),
    (
        "transfer-mechanism-missing",
        "fi",
        lambda d: d["systems"].append(
            {
                "name": "Excel",
                "kind": "spreadsheet",
                "vendor_country": "US",
                "processor_agreement": "not_needed",
            }
        ),
    ),
    (
        "transfer-mechanism-missing",
        "en",
        lambda d: d["systems"].append(
            {"name": "Shopify", "kind": "website", "processor_agreement": "signed"}
        ),
    ),
    (
        "privacy-shield",
        "fi",
        lambda d: reg(d).update(
            transfers_text="Privacy Shield ei ole enää voimassa, joten siirrot perustuvat "
            "vakiosopimuslausekkeisiin."
        ),
    ),
    (
        "email-marketing-consent",
        "fi",
        lambda d: (
            newsletter_without_consent(d),
            reg(d).update(
                data_subject_categories=["yritysasiakkaiden yhteyshenkilöt"],
                purpose_text="Asiakassopimusten hoitaminen ja sähköpostimarkkinointi yritysasiakkaiden "
                "yhteyshenkilöille.",
            ),
        ),
    ),
    (
        "dpo-missing",
        "en",
        lambda d: reg(d).update(
            name="Personnel register",
            data_subject_categories=["employees"],
            data_collected_text="Name, contact details and sick leave.",
            special_category_text="Employment-law obligations, GDPR Art. 9(2)(b).",
        ),
    ),
    ("dpia-missing", "en", lambda d: reg(d).update(purpose_text="Assessing applicants for open positions.")),
    (
        "profiling-undisclosed",
        "sv",
        lambda d: reg(d).update(
            automated_decisions_text="",
            purpose_text="Att föra medlemsförteckningen. Ingen profilering förekommer.",
        ),
    ),
    (
        "indirect-collection-notice",
        "fi",
        lambda d: reg(d).update(
            sources_text="Tietoja saadaan julkisista lähteistä; rekisteröidylle ilmoitetaan tästä "
            "ensimmäisen yhteydenoton yhteydessä."
        ),
    ),
    ("review-overdue", "fi", lambda d: reg(d).update(modified_at="2025-04-02T00:00:00")),
]


@pytest.mark.parametrize(
    ("rule", "lang", "change"),
    NOT_FIRING,
    ids=[f"{r}-{lang}-{i}" for i, (r, lang, _) in enumerate(NOT_FIRING)],
)
def test_rule_stays_quiet_on_a_near_miss(rule: str, lang: str, change: Callable[[Doc], None]) -> None:
    assert rule not in fired(edit(lang, change), lang)
