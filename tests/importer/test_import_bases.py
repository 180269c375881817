"""How notices state their Art. 6(1) bases (analysis.bases), and where the importer reads them: a statute
named as the ground, a template's boxes, a basis made a condition, a statement outside the basis section,
a purpose-by-purpose table, the repealed law's wording, in Finnish, Swedish and English."""

import pytest

from tietovirta.analysis.bases import bases_in, heading_names_the_basis, stated_bases
from tietovirta.importer import import_bytes
from tietovirta.importer.assign import _joined_topics


def _letters(found) -> str:
    return "".join(sorted(b.value for b in found))


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # A statute named as the ground is a legal obligation, however it is cited.
        ("Oikeusperusteet: yhdistyslain mukainen velvoite (jäsenrekisteri), rekisteröidyn suostumus.", "ac"),
        ("Tietoja käsitellään rakennuksen energiatodistuksesta annetun lain (50/2013) 18 §:n nojalla.", "c"),
        ("Käsittely perustuu lakiperusteiseen velvollisuuteen käsitellä potilastietoja.", "c"),
        ("Valmennuksen toteuttaminen (Peruste: Sopimus). Kirjanpito (Peruste: Laki).", "bc"),
        ("Grunden för insamling av personuppgifter är lagen om medborgarinitiativ (12/2012).", "c"),
        ("Behandlingen grundar sig på avtal samt på arbetsavtalslagen.", "bc"),
        ("Behandlingen grundar sig på arbetsavtalslagen.", "c"),
        ("We process payroll data under the Act on Occupational Health Care (1383/2001).", "c"),
        ("Grunden är fullgörande av avtal och en rättslig skyldighet att spara fakturor.", "bc"),
        ("Käsittely perustuu työsopimuslakiin ja työturvallisuuslakiin.", "c"),
        ("Tietoja käsitellään ampumaratalain 12 §:n nojalla.", "c"),
        ("Oikeusperuste: laki sähköisen viestinnän palveluista", "c"),
        ("Rekisterin pito perustuu Suomen lainsäädäntöön.", "c"),
        # A contract word in a statute's name is the statute's, not a contract.
        ("Käsittely perustuu työsopimuslain mukaisiin velvoitteisiin.", "c"),
        ("Processing is based on the Employment Contracts Act (55/2001).", "c"),
        ("We process it under the agreement between you and us, and as required by applicable law.", "bc"),
        # … but not the data protection laws every notice cites.
        ("Käsittely perustuu tietosuojalain (1050/2018) 4 §:ään ja rekisteröidyn suostumukseen.", "a"),
        ("Personuppgifterna behandlas enligt dataskyddslagen och med den registrerades samtycke.", "a"),
        # A template's box left empty, and its questions, state nothing; a ticked box does.
        ("☐ Rekisteröidyn suostumus\n☒ Yleistä etua koskeva tehtävä\n☐ Lakisääteinen velvoite", "e"),
        ("- Mikä oikeutettu etu on kyseessä:\n- Miten suostumuksen voi peruuttaa:", ""),
        # A basis made a condition is what follows if it were, not that it is.
        ("Jos käsittely perustuu suostumukseen, voit peruuttaa suostumuksesi milloin tahansa.", ""),
        ("Voit vastustaa käsittelyä siltä osin kuin käsittely perustuu oikeutettuun etuun.", ""),
        ("Where processing is based on consent, you may withdraw it at any time.", ""),
        ("I den mån behandlingen grundar sig på samtycke kan du återkalla det.", ""),
        ("Jos tieto on tarpeen sopimuksen toteuttamiseksi, oikeusperuste on sopimus.", "b"),
        # A negation in Swedish.
        ("Statistiken kräver därför inget samtycke.", ""),
        # The repealed law's "asiakassuhde" is a contract, but not where the sentence tells the purpose.
        ("Käsittelyn perusteena on asiakassuhde.", "b"),
        # The service the data subject asked for is a contract; a permission to process is consent.
        ("Kulutustiedoston analyysi perustuu pyytämäsi palvelun toteuttamiseen.", "b"),
        ("Joissain tapauksissa voimme kysyä lupaa tietojesi käsittelyyn.", "a"),
        ("The purpose of processing personal data is to maintain customer relationships.", ""),
    ],
)
def test_the_bases_a_basis_section_states(text, letters):
    assert _letters(bases_in(text, basis_section=True)) == letters


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # A sentence that says what processing rests on counts wherever it stands …
        ("Tietojen käsittely perustuu tällöin ilmoittautumisen yhteydessä tehtyyn sopimukseen.", "b"),
        ("Uppgifterna kommer att behandlas baserat på det samtycke som användaren har gett.", "a"),
        ("Uutiskirje | Markkinointiviestintä | Suostumus (GDPR 6 art. 1 a-kohta) | Sähköpostiosoite", "a"),
        ("Seuraavat tiedot tallennetaan suostumuksellasi, kun kirjaudut palveluun: nimi.", "a"),
        ("- Markkinointiviestintä, mikäli olet antanut siihen suostumuksesi", "a"),
        ("Täyttämällä lomakkeen hyväksyt tietojesi tallentamisen ja käsittelyn.", "a"),
        ("Halutessaan oppilas voi antaa palvelulle luvan tallentaa määrittämiään tietoja.", "a"),
        ("By using the Service, you express your agreement to the processing of your data.", "a"),
        # … a mention that states no basis does not.
        ("Tarvittaessa voimme varmistaa sovittuja asioita, kuten palvelusopimuksia ja hinnoittelua.", ""),
        ("Tietoja käytetään lakiin perustuvien viranomaisten informointivelvollisuuksien hoitamiseen.", ""),
        ("Materialet på webbplatsen kan omfattas av rättigheter som regleras i lag eller avtal.", ""),
        ("Uppgifter kan överlåtas enligt lag eller med den registrerades samtycke.", ""),
        ("Tietoja luovutetaan viranomaisille lain nojalla.", ""),
        ("If you do not wish to receive our newsletter, you may withdraw your consent.", ""),
    ],
)
def test_the_bases_a_text_states_outside_the_basis_section(text, letters):
    assert _letters(stated_bases(text)) == letters


def _register(notice: str, name: str = "seloste.md"):
    return import_bytes(notice.encode(), name).document.registers[0]


def test_bases_are_read_from_a_table_of_purposes():
    notice = (
        "# Tietosuojaseloste\n\n"
        "## Rekisterinpitäjä\n\nEsimerkkipalvelu Oy, Kauppakatu 1, 00100 Helsinki\n\n"
        "## Mihin käytämme tietojasi\n\n"
        "| Tarkoitus | Oikeusperuste | Tiedot |\n|---|---|---|\n"
        "| Asiakassuhteen hoitaminen | Sopimus (GDPR 6 art. 1 b-kohta) | Nimi, yhteystiedot |\n"
        "| Uutiskirje | Suostumus (GDPR 6 art. 1 a-kohta) | Sähköpostiosoite |\n"
        "| Yhteydenottolomake | Oikeutettu etu (GDPR 6 art. 1 f-kohta) | Nimi, viesti |\n"
    )
    assert [b.value for b in _register(notice).legal_bases] == ["a", "b", "f"]


def test_the_rights_section_states_no_basis():
    notice = (
        "# Tietosuojaseloste\n\n"
        "## Rekisterinpitäjä\n\nEsimerkkikauppa Oy, Kauppakatu 1, 00100 Helsinki\n\n"
        "## Käsittelyn oikeusperuste\n\nHenkilötietojen käsittely perustuu asiakkaan kanssa tehtyyn "
        "sopimukseen.\n\n"
        "## Rekisteröidyn oikeudet\n\n"
        "Jos käsittely perustuu suostumukseen, voit peruuttaa suostumuksesi. Sinulla on oikeus vastustaa "
        "käsittelyä, joka perustuu oikeutettuun etuun.\n"
    )
    assert [b.value for b in _register(notice).legal_bases] == ["b"]


def test_a_basis_stated_outside_the_basis_section_is_read():
    notice = (
        "# Tietosuojaseloste\n\n"
        "## Rekisterinpitäjä\n\nYhdistys ry, Seurakatu 2, 33100 Tampere\n\n"
        "## Käsittelyn oikeusperuste\n\nJäsenrekisterin ylläpito perustuu yhdistyslain mukaiseen "
        "velvoitteeseen.\n\n"
        "## Tapahtumat\n\n"
        "Keräämme tapahtumiin ilmoittautuneiden nimet ja ruokavaliot. Tietojen käsittely perustuu tällöin "
        "ilmoittautumisen yhteydessä tehtyyn sopimukseen tapahtumaan osallistumisesta.\n"
    )
    assert [b.value for b in _register(notice).legal_bases] == ["b", "c"]


def test_a_basis_named_as_a_label_keeps_its_name_in_the_interest():
    notice = (
        "# Tietosuojaseloste\n\n"
        "## Rekisterinpitäjä\n\nBetoni Oy, Tehtaankatu 3, 33900 Tampere\n\n"
        "## Käsittelyn oikeusperuste\n\n"
        "Käsittelemme henkilötietojasi seuraavilla perusteilla:\n\n"
        "Sopimus: Tietojen käsittely on tarpeen sopimuksen täytäntöön panemiseksi\n\n"
        "Oikeutettu etu: Asiakaspalvelu ja liiketoiminnan kehittäminen\n\n"
        "Lakisääteinen velvoite: Kirjanpito ja verotus\n"
    )
    register = _register(notice)
    assert [b.value for b in register.legal_bases] == ["b", "c", "f"]
    assert register.legitimate_interest_text.startswith("Oikeutettu etu: Asiakaspalvelu")


def test_swedish_and_english_bases_without_letters():
    sv = (
        "# Dataskyddsbeskrivning\n\n"
        "## Personuppgiftsansvarig\n\nVeterinär Ab, Storgatan 1, 65100 Vasa\n\n"
        "## Rättslig grund för behandlingen\n\n"
        "Behandlingen grundar sig på avtalsförhållande samt lagstadgade skyldigheter (bokföringslagen). "
        "Vid delbetalning grundar sig behandlingen på berättigat intresse.\n"
    )
    en = (
        "# Privacy notice\n\n"
        "## Controller\n\nExample Ltd, Main Street 1, 00100 Helsinki\n\n"
        "## Legal basis for processing\n\n"
        "We process customer data for the performance of a contract and to comply with a legal obligation "
        "under the Accounting Act.\n"
    )
    assert [b.value for b in _register(sv).legal_bases] == ["b", "c", "f"]
    assert [b.value for b in _register(en, "notice.md").legal_bases] == ["b", "c"]


def test_without_a_basis_section_the_sentences_that_state_the_basis_are_its_text():
    notice = (
        "# Tietosuojaseloste\n\n"
        "## Rekisterinpitäjä\n\nKurssipalvelu Oy, Opintie 5, 00500 Helsinki\n\n"
        "## Kerättävät tiedot\n\n"
        "Seuraavat tiedot tallennetaan suostumuksellasi, kun kirjaudut palveluun: nimi ja sähköpostiosoite. "
        "Tiedot säilytetään palvelimella Suomessa.\n\n"
        "## Tietojen luovutus\n\nTietoja luovutetaan viranomaisille lain nojalla.\n"
    )
    register = _register(notice)
    assert register.legal_basis_text == (
        "Seuraavat tiedot tallennetaan suostumuksellasi, kun kirjaudut palveluun: nimi ja sähköpostiosoite."
    )
    assert [b.value for b in register.legal_bases] == ["a"]


@pytest.mark.parametrize(
    "heading, purposes, basis",
    [
        (
            "Syfte och rättslig grund",
            "- Att besvara kontakt- och offertförfrågningar.\n- Att sköta kundrelationen och faktureringen.",
            "Rättslig grund: berättigat intresse samt ditt samtycke.",
        ),
    ],
)
def test_a_heading_joining_the_purpose_and_a_basis_word_it_does_not_know_by_name_is_split(
    heading, purposes, basis
):
    # The heading is no label the product knows; its parts name the purpose and the basis
    # ("rättslig grund", "käsittelyperuste"), so its lines are shared between the two fields.
    notice = (
        "# Tietosuojaseloste\n\n"
        "## Rekisterinpitäjä\n\nEsimerkki Oy, Kauppakatu 1, 00100 Helsinki\n\n"
        f"## {heading}\n\n{purposes}\n\n{basis}\n\n"
        "## Säilytysaika\n\nTietoja säilytetään kaksi vuotta.\n"
    )
    register = _register(notice)
    for line in purposes.splitlines():
        assert line.removeprefix("- ") in register.purpose_text
    assert basis in register.legal_basis_text
    assert basis not in register.purpose_text


@pytest.mark.parametrize(
    "heading",
    [
        "Henkilötietojen käyttötarkoitus ja käsittelyperuste",
        "Henkilötietojen käsittelyn oikeusperuste ja tarkoitus",
        "Tietojen käsittelyn tarkoitukset ja oikeusperusteet",
        "Miksi ja millä perusteella tietoja käsitellään?",
        "Syftet med och grunden för behandlingen av personuppgifter",
        "Why, and on what basis",
    ],
)
def test_the_parts_of_a_joined_heading_name_the_purpose_and_the_basis(heading):
    assert sorted(_joined_topics(heading)) == ["legal_basis", "purpose"]


@pytest.mark.parametrize("part", ["Perustiedot", "Grundläggande uppgifter", "Basic information"])
def test_basic_data_names_no_basis(part):
    assert not heading_names_the_basis(part)
    assert heading_names_the_basis(f"{part} ja käsittelyperuste")


@pytest.mark.parametrize(
    "heading",
    [
        # A "peruste" of something else, or a basis joined to no purpose, is no heading of the basis.
        "Säilytysaika ja poistamisen perusteet",
        "Luovutukset ja niiden perusteet",
        "Rekisteröidyt ja valintaperusteet",
        "Tietolähteet ja perusteet",
        "Retention and justification",
        "Käyttötarkoitus ja valintaperusteet",
        "Käyttötarkoitus ja hinnoitteluperusteet",
        "Käyttötarkoitus ja poistoperusteet",
        "Käyttötarkoitus ja perustelut",
        "Käyttötarkoitus ja perustehtävä",
        "Yhdistys perustettu 1990 ja tarkoitus",
    ],
)
def test_a_joined_heading_names_the_basis_only_beside_the_purpose(heading):
    assert _joined_topics(heading) == []


@pytest.mark.parametrize(
    "part",
    [
        "valintaperusteet",
        "hinnoitteluperusteet",
        "poistoperusteet",
        "perustettu",
        "perustehtävä",
        "perustelut",
    ],
)
def test_other_grounds_name_no_basis(part):
    assert not heading_names_the_basis(part)


@pytest.mark.parametrize(
    "heading",
    [
        "Käyttötarkoitus ja Käsittelyn peruste",
        "Tarkoitus ja oikeusperusteet",
        "Tarkoitus ja lainmukaisuusperuste",
    ],
)
def test_the_basis_named_in_its_own_words_beside_the_purpose(heading):
    assert sorted(_joined_topics(heading)) == ["legal_basis", "purpose"]


def test_a_third_topic_of_a_joined_heading_keeps_its_sentence():
    notice = (
        "# Kundregister\n\n## Personuppgiftsansvarig\n\nKuppi Ab\n\n"
        "## Syfte, rättslig grund och lagringstid\n\n"
        "Uppgifterna används för att sköta kundrelationen. Behandlingen grundar sig på avtal. "
        "Uppgifterna sparas i två år.\n"
    )
    register = _register(notice)
    assert "sparas" not in register.purpose_text
    assert "sparas i två år" in register.retention_text


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # Said not to be the basis: consent named in passing (a source's, a health-data condition's) is none.
        (
            "(b) contract\n\nEmployee data is not processed on the basis of consent.\n\nThe data comes from "
            "occupational health care with the employee's written consent under that Act.",
            "b",
        ),
        # Stated as the basis of a part, consent stays.
        (
            "(b) contract\n\nEmployee data is not processed on the basis of consent. The newsletter is based "
            "on your consent.",
            "ab",
        ),
    ],
)
def test_a_text_saying_consent_is_not_the_basis_names_consent_only_where_it_states_it(text, letters):
    assert "".join(sorted(b.value for b in bases_in(text, basis_section=True))) == letters
