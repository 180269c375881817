# ruff: noqa: E501  (this file is mostly corpus prose and labels; wrapping them would hide the text)
"""Write the importer's labelled corpus: tests/importer/corpus/ and its labels.json.

Run:  .venv/bin/python tests/importer/make_corpus.py

The five seed documents are copied in with labels written by hand (SEED_LABELS). Every other
document is invented here (fictional companies; no real company's text): a register's content
(`Content`: heading key → value text, plus the values a reader should find in it) is printed in
one of many layouts (`LAYOUTS`) with the headings a given style of document uses. The labels
come from the content as written here, never from the importer.
"""

from __future__ import annotations

import html
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
SEEDS = Path("/work/shared/seeds")

# --- headings by document style ----------------------------------------------------------------

FI_TOOL = {
    "controller": "Rekisterinpitäjä", "contact_person": "Yhteyshenkilö rekisteriä koskevissa asioissa",
    "modified": "Muokattu", "sources_text": "Tietolähteet", "legal_basis_text": "Käsittelyperuste",
    "consent_text": "Suostumus", "consent_withdrawal_text": "Oikeus suostumuksen peruuttamiseen",
    "systems_text": "Tietojärjestelmät", "data_collected_text": "Saatava tieto", "location_text": "Sijainti",
    "processing_location_text": "Missä tietoja käsitellään", "purpose_text": "Miksi tietoja käsitellään",
    "processing_method_text": "Miten tietoja käsitellään",
    "resulting_registers_text": "Mitä rekistereitä tiedoista syntyy",
    "processors_text": "Henkilötietojen käsittelijät", "disclosures_text": "Tietojen säännönmukaiset luovutukset",
    "transfers_text": "Tietojen siirto EU:n tai ETA:n ulkopuolelle",
    "retention_text": "Miten ja milloin tietoja poistetaan", "security_text": "Miten tiedot on suojattu",
    "cookies_text": "Evästeet", "other_rights_text": "Rekisteröidyn oikeudet", "privacy_notice_text": "Tietosuojaseloste",
    "responsible_person": "Vastuuhenkilö", "register_name": "Rekisterin nimi",
}
FI_NOTICE = {
    **FI_TOOL, "controller": "Rekisterinpitäjän yhteystiedot", "contact_person": "Yhteyshenkilö",
    "purpose_text": "Henkilötietojen käsittelyn tarkoitus", "legal_basis_text": "Käsittelyn oikeusperuste",
    "data_collected_text": "Mitä tietoja keräämme", "sources_text": "Mistä tiedot saadaan",
    "disclosures_text": "Tietojen vastaanottajat", "transfers_text": "Tietojen siirto kolmansiin maihin",
    "retention_text": "Henkilötietojen säilytysaika", "security_text": "Tietojen suojaaminen",
    "cookies_text": "Evästeiden käyttö", "systems_text": "Käytetyt järjestelmät",
    "responsible_person": "Rekisteristä vastaava henkilö",
}
FI_OLD = {
    **FI_TOOL, "purpose_text": "Henkilötietojen käsittelyn tarkoitus", "data_collected_text": "Rekisterin tietosisältö",
    "sources_text": "Säännönmukaiset tietolähteet", "security_text": "Rekisterin suojauksen periaatteet",
    "security_manual_text": "Rekisterin suojauksen periaatteet A: Manuaalinen aineisto",
    "security_electronic_text": "Rekisterin suojauksen periaatteet B: ATK:lla käsiteltävät tiedot",
}
SV = {
    "controller": "Personuppgiftsansvarig", "contact_person": "Kontaktperson", "register_name": "Registrets namn",
    "purpose_text": "Ändamålet med behandlingen av personuppgifter", "legal_basis_text": "Rättslig grund för behandlingen",
    "data_collected_text": "Registrets datainnehåll", "sources_text": "Regelbundna uppgiftskällor",
    "disclosures_text": "Regelbundna utlämnanden av uppgifter",
    "transfers_text": "Överföring av uppgifter utanför EU eller EES", "retention_text": "Lagringstid",
    "security_text": "Principerna för skyddet av registret", "responsible_person": "Ansvarsperson",
    "systems_text": "Informationssystem", "other_rights_text": "Den registrerades rättigheter",
}
EN = {
    "controller": "Data controller", "contact_person": "Contact person", "register_name": "Name of the register",
    "purpose_text": "Purpose of processing", "legal_basis_text": "Legal basis for processing",
    "data_collected_text": "Personal data we collect", "sources_text": "Sources of personal data",
    "processors_text": "Processors", "disclosures_text": "Recipients", "transfers_text": "Transfers outside the EEA",
    "retention_text": "How long we keep your data", "security_text": "Security", "cookies_text": "Cookies",
    "other_rights_text": "Your rights", "responsible_person": "Person responsible",
    "consent_withdrawal_text": "Withdrawing consent",
}


# --- the registers' content --------------------------------------------------------------------


@dataclass
class Content:
    title: str  # the document title line
    name: str  # the register name a reader finds
    sections: list[tuple[str, str]]  # (heading key, value as written)
    organization: dict[str, str]
    expect: dict[str, Any]  # structured values a reader finds (legal bases, retention, persons …)
    systems: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)


CAFE = Content(
    "Kanta-asiakasrekisteri - tietovirtakuvaus", "Kanta-asiakasrekisteri",
    [
        ("modified", "3.2.2025"),
        ("controller", "Kahvila Pouta Oy (y-tunnus 2765543-7)\nRantakatu 4 B\n90100 Oulu"),
        ("sources_text", "Asiakkaalta itseltään kassalla, verkkosivujen liittymislomake, kanta-asiakassovellus"),
        ("legal_basis_text", "Sopimus: kanta-asiakasohjelman jäsenyys. Markkinointiviestien lähettäminen perustuu "
                             "suostumukseen."),
        ("consent_text", "Uutiskirjeen tilaaja antaa suostumuksen liittymislomakkeella."),
        ("consent_withdrawal_text", "Suostumuksen voi peruuttaa jokaisen uutiskirjeen lopussa olevasta linkistä "
                                    "tai ilmoittamalla asiasta kassalla."),
        ("systems_text", "Kassajärjestelmä, Mailchimp-uutiskirjepalvelu, Google Workspace -sähköposti ja "
                         "Procountor-laskutus."),
        ("data_collected_text", "Nimi, sähköpostiosoite, puhelinnumero, syntymäpäivä, ostohistoria ja "
                                "ruoka-aineallergiat."),
        ("location_text", "Kassajärjestelmän palvelin Suomessa, uutiskirjepalvelun palvelimet Yhdysvalloissa."),
        ("processing_location_text", "Kahvilan toimistossa ja kassoilla."),
        ("purpose_text", "Kanta-asiakasetujen hallinta, ostohistorian kirjaaminen ja markkinointiviestien "
                         "lähettäminen."),
        ("processing_method_text", "Tiedot tallennetaan kassalla tai lomakkeella suoraan kassajärjestelmään, josta "
                                   "sähköpostiosoitteet siirtyvät uutiskirjepalveluun."),
        ("resulting_registers_text", "Kanta-asiakasrekisteri, uutiskirjeen tilaajalista"),
        ("processors_text", "Kassajärjestelmän toimittaja Kassamestari Oy ja tilitoimisto Tilipalvelu Lehto Oy."),
        ("retention_text", "Tiedot poistetaan kahden vuoden kuluttua viimeisestä ostotapahtumasta. Kirjanpitoon "
                           "liittyvät tositteet säilytetään kuusi vuotta."),
        ("security_text", "Kassajärjestelmään kirjaudutaan henkilökohtaisilla tunnuksilla. Paperilomakkeet "
                          "säilytetään lukitussa kaapissa ja hävitetään silppurilla."),
        ("privacy_notice_text", "Tietosuojaseloste on luettavissa osoitteessa https://www.kahvilapouta.fi/tietosuoja"),
        ("responsible_person", "Liisa Pouta, toimitusjohtaja, liisa.pouta@kahvilapouta.fi, 040 123 4567"),
    ],
    {"name": "Kahvila Pouta Oy", "business_id": "2765543-7", "street_address": "Rantakatu 4 B",
     "postal_code": "90100", "city": "Oulu"},
    {"legal_bases": ["a", "b"], "retention_period": 2, "retention_unit": "years", "special_categories": ["health"],
     "sources": ["Asiakkaalta itseltään kassalla", "Verkkosivujen liittymislomake", "Kanta-asiakassovellus"],
     "responsible_person": {"name": "Liisa Pouta", "email": "liisa.pouta@kahvilapouta.fi", "phone": "040 123 4567"},
     "modified_at": "2025-02-03", "privacy_notice_url": "https://www.kahvilapouta.fi/tietosuoja"},
    ["Mailchimp", "Google Workspace", "Procountor"],
    ["Kassamestari Oy", "Tilipalvelu Lehto Oy"],
)

SHOP = Content(
    "Verkkokaupan asiakasrekisteri – tietosuojaseloste", "Verkkokaupan asiakasrekisteri",
    [
        ("controller", "Lankakauppa Villasukka Oy\nY-tunnus: 3012345-8\nKauppakatu 21\n40100 Jyväskylä\n"
                       "asiakaspalvelu@villasukka.fi"),
        ("contact_person", "Sanna Virtanen, sanna.virtanen@villasukka.fi, puh. 050 765 4321"),
        ("purpose_text", "Tilausten käsittely ja toimittaminen, asiakassuhteen hoitaminen, reklamaatioiden "
                         "käsittely sekä verkkokaupan kehittäminen."),
        ("legal_basis_text", "Asiakassuhteeseen perustuva sopimus, kirjanpitolain mukaiset lakisääteiset "
                             "velvoitteet ja oikeutettu etu verkkokaupan kehittämisessä."),
        ("data_collected_text", "- Nimi ja toimitusosoite\n- Sähköpostiosoite ja puhelinnumero\n"
                                "- Tilaushistoria ja maksutapa\n- Verkkokaupan käyttäjätunnus"),
        ("sources_text", "Asiakas itse tilauksen yhteydessä, maksunvälittäjä, Postin osoitepäivityspalvelu"),
        ("processors_text", "Verkkokauppa-alusta Shopify ja kirjanpito Netvisor."),
        ("disclosures_text", "Tietoja luovutetaan kuljetusyhtiölle toimitusta varten ja Verohallinnolle lain "
                             "edellyttämissä tapauksissa."),
        ("transfers_text", "Verkkokauppa-alustan toimittaja käsittelee tietoja myös Kanadassa. Siirto perustuu "
                           "Euroopan komission tietosuojan riittävyyttä koskevaan päätökseen."),
        ("retention_text", "Asiakastiedot säilytetään 3 vuotta viimeisen tilauksen jälkeen. Kirjanpitoaineisto "
                           "säilytetään kirjanpitolain mukaisesti."),
        ("security_text", "Verkkokaupan hallintaan kirjaudutaan kaksivaiheisella tunnistautumisella. Yhteydet on "
                          "salattu, ja tietoihin pääsee vain asiakaspalvelun henkilöstö."),
        ("cookies_text", "Verkkokauppa käyttää välttämättömiä evästeitä ostoskorin toimintaan sekä "
                         "analytiikkaevästeitä, joihin pyydetään suostumus."),
        ("other_rights_text", "Sinulla on oikeus tarkastaa tietosi, vaatia virheellisten tietojen korjaamista ja "
                              "tietojen poistamista sekä tehdä valitus tietosuojavaltuutetulle."),
    ],
    {"name": "Lankakauppa Villasukka Oy", "business_id": "3012345-8", "street_address": "Kauppakatu 21",
     "postal_code": "40100", "city": "Jyväskylä", "email": "asiakaspalvelu@villasukka.fi"},
    {"legal_bases": ["b", "c", "f"], "retention_period": 3, "retention_unit": "years",
     "sources": ["Asiakas itse tilauksen yhteydessä", "Maksunvälittäjä", "Postin osoitepäivityspalvelu"],
     "contact_person": {"name": "Sanna Virtanen", "email": "sanna.virtanen@villasukka.fi", "phone": "050 765 4321"}},
    ["Shopify", "Netvisor"],
    ["Shopify", "Netvisor", "Verohallinto"],
)

PHYSIO = Content(
    "Asiakas- ja potilasrekisteri - tietovirtakuvaus", "Asiakas- ja potilasrekisteri",
    [
        ("controller", "Fysioterapia Liike Oy, Y-tunnus 2845671-2, Hämeenkatu 10 A 5, 33100 Tampere"),
        ("sources_text", "- Asiakas itse\n- Lähettävä lääkäri\n- Kelan ja vakuutusyhtiöiden maksusitoumukset"),
        ("legal_basis_text", "Lakisääteinen velvoite: laki potilaan asemasta ja oikeuksista sekä laki "
                             "terveydenhuollon ammattihenkilöistä. Terveystietojen käsittely perustuu "
                             "tietosuoja-asetuksen 9 artiklan 2 kohdan h alakohtaan."),
        ("systems_text", "Potilastietojärjestelmä Diarium, ajanvarausjärjestelmä ja sähköposti Microsoft 365."),
        ("data_collected_text", "Nimi, henkilötunnus, yhteystiedot, hoitokäyntien merkinnät, diagnoosit ja "
                                "lääkärin lähetteet."),
        ("location_text", "Potilastietojärjestelmän palvelimet sijaitsevat Suomessa."),
        ("processing_location_text", "Vastaanoton hoitohuoneissa ja toimistossa."),
        ("purpose_text", "Potilaan tutkimus, hoito ja kuntoutus, hoidon suunnittelu ja seuranta sekä laskutus."),
        ("disclosures_text", "Tietoja luovutetaan potilaan suostumuksella hoitoon osallistuville tahoille sekä "
                             "Kelalle korvausten hakemista varten."),
        ("retention_text", "Potilasasiakirjat säilytetään 12 vuotta potilaan kuolemasta tai, jos kuolinpäivä ei "
                           "ole tiedossa, 120 vuotta syntymästä."),
        ("security_text", "Potilastietojärjestelmän käyttö edellyttää henkilökohtaista käyttäjätunnusta, ja "
                          "kirjautumiset tallentuvat lokiin. Paperiset lähetteet skannataan ja hävitetään "
                          "tietoturvallisesti."),
        ("responsible_person", "Vastaava fysioterapeutti Mikko Salo, mikko.salo@fysioliike.fi"),
    ],
    {"name": "Fysioterapia Liike Oy", "business_id": "2845671-2", "street_address": "Hämeenkatu 10 A 5",
     "postal_code": "33100", "city": "Tampere"},
    {"legal_bases": ["c"], "retention_period": 12, "retention_unit": "years", "hetu": True,
     "special_categories": ["health"],
     "sources": ["Asiakas itse", "Lähettävä lääkäri", "Kelan ja vakuutusyhtiöiden maksusitoumukset"],
     "responsible_person": {"name": "Mikko Salo", "email": "mikko.salo@fysioliike.fi"}},
    ["Microsoft 365"],
    ["Kela"],
)

ASSOC = Content(
    "Jäsenrekisteri - tietovirtakuvaus", "Jäsenrekisteri",
    [
        ("controller", "Pohjois-Savon Sähköalan Ammattiosasto ry\nY-tunnus: 1234567-1\nSatamakatu 3\n70100 Kuopio"),
        ("contact_person", "Jäsenkirjuri Päivi Lahtinen, jasenasiat@sahkoosasto.fi"),
        ("purpose_text", "Jäsenyyden hoitaminen, jäsenmaksujen perintä, tiedottaminen ja jäsentapahtumien "
                         "järjestäminen."),
        ("legal_basis_text", "Jäsenyyteen perustuva sopimus ja yhdistyslain mukainen velvollisuus pitää "
                             "jäsenluetteloa."),
        ("data_collected_text", "Nimi, henkilötunnus, osoite, sähköposti, puhelinnumero, työnantaja, "
                                "ammattiliiton jäsenyys ja jäsenmaksutiedot."),
        ("sources_text", "Jäsenhakemus, työnantajan perimät jäsenmaksut, liiton jäsenrekisteri"),
        ("systems_text", "Yhdistyksen jäsenrekisteriohjelma ja Google Drive -kansiot."),
        ("disclosures_text", "Jäsenyystiedot luovutetaan liitolle ja työttömyyskassalle. Tietoja ei luovuteta "
                             "markkinointiin."),
        ("retention_text", "Jäsenen tiedot poistetaan yhden vuoden kuluessa jäsenyyden päättymisestä lukuun "
                           "ottamatta kirjanpitoon liittyviä tietoja."),
        ("security_text", "Jäsenrekisteriä käyttää vain hallituksen nimeämä jäsenkirjuri omilla tunnuksillaan."),
    ],
    {"name": "Pohjois-Savon Sähköalan Ammattiosasto ry", "business_id": "1234567-1", "street_address": "Satamakatu 3",
     "postal_code": "70100", "city": "Kuopio"},
    {"legal_bases": ["b", "c"], "retention_period": 1, "retention_unit": "years", "hetu": True,
     "special_categories": ["trade_union_membership"],
     "sources": ["Jäsenhakemus", "Työnantajan perimät jäsenmaksut", "Liiton jäsenrekisteri"],
     "contact_person": {"name": "Päivi Lahtinen", "email": "jasenasiat@sahkoosasto.fi"}},
    ["Google Workspace"],
)

OLD = Content(
    "EU:n yleisen tietosuoja-asetuksen mukainen rekisteri- ja tietosuojaseloste", "Asiakas- ja urakoitsijarekisteri",
    [
        ("controller", "Rakennusliike Kivijalka Oy\nY-tunnus 2651234-5\nTeollisuustie 8\n15100 Lahti\n"
                       "Puh. 03 876 5432"),
        ("contact_person", "Toimistopäällikkö Hanna Mäki, hanna.maki@kivijalka.fi"),
        ("register_name", "Asiakas- ja urakoitsijarekisteri"),
        ("purpose_text", "Henkilötietoja käsitellään asiakassuhteen hoitamiseen, urakoiden hallintaan ja "
                         "laskutukseen henkilötietolain 8 §:n mukaisesti."),
        ("data_collected_text", "Asiakkaan nimi, yhteystiedot, rakennuskohteen osoite, kiinteistötunnus sekä "
                                "laskutustiedot."),
        ("sources_text", "Tiedot saadaan asiakkaalta itseltään tarjousta ja urakkaa sovittaessa sekä julkisista "
                         "kiinteistörekistereistä."),
        ("disclosures_text", "Tietoja ei luovuteta säännönmukaisesti ulkopuolisille. Tietoja voidaan luovuttaa "
                             "viranomaisille lain sallimissa rajoissa."),
        ("transfers_text", "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle."),
        ("security_manual_text", "Manuaalinen aineisto säilytetään lukitussa arkistokaapissa."),
        ("security_electronic_text", "Sähköisiin järjestelmiin pääsee vain nimetyillä työntekijöillä "
                                     "henkilökohtaisin käyttäjätunnuksin ja salasanoin."),
        ("responsible_person", "Toimitusjohtaja Jari Kivinen"),
    ],
    {"name": "Rakennusliike Kivijalka Oy", "business_id": "2651234-5", "street_address": "Teollisuustie 8",
     "postal_code": "15100", "city": "Lahti", "phone": "03 876 5432"},
    {"contact_person": {"name": "Hanna Mäki", "email": "hanna.maki@kivijalka.fi"},
     "responsible_person": {"name": "Jari Kivinen"}},
)

CAMERA = Content(
    "Kameravalvontarekisteri - tietosuojaseloste", "Kameravalvontarekisteri",
    [
        ("controller", "Kiinteistö Oy Tammelan Helmi, Y-tunnus : 0166094-0, Tammelan puistokatu 30, 33100 Tampere"),
        ("purpose_text", "Kiinteistön ja asukkaiden omaisuuden suojaaminen sekä ilkivallan ennaltaehkäisy ja "
                         "selvittäminen."),
        ("legal_basis_text", "Rekisterinpitäjän oikeutettu etu (omaisuuden ja henkilöiden turvallisuus)."),
        ("data_collected_text", "Tallentavan kameravalvonnan kuvatallenteet porraskäytävistä, kellarista ja pihalta."),
        ("sources_text", "Kameravalvontajärjestelmän tallenteet"),
        ("disclosures_text", "Tallenteita voidaan luovuttaa poliisille rikoksen selvittämistä varten."),
        ("retention_text", "Tallenteet tallentuvat automaattisesti vanhojen päälle 30 vrk:n kuluttua."),
        ("security_text", "Tallennin on lukitussa teknisessä tilassa, ja tallenteita voi katsoa vain isännöitsijä "
                          "salasanalla."),
        ("responsible_person", "Isännöitsijä Kari Nieminen, Isännöinti Nieminen Oy, "
                               "kari.nieminen@isannointinieminen.fi, 044 555 0101"),
    ],
    {"name": "Kiinteistö Oy Tammelan Helmi", "business_id": "0166094-0", "street_address": "Tammelan puistokatu 30",
     "postal_code": "33100", "city": "Tampere"},
    {"legal_bases": ["f"], "retention_period": 30, "retention_unit": "days",
     "sources": ["Kameravalvontajärjestelmän tallenteet"],
     "responsible_person": {"name": "Kari Nieminen", "email": "kari.nieminen@isannointinieminen.fi",
                            "phone": "044 555 0101"}},
    [],
    ["Poliisi"],
)

RECRUIT = Content(
    "Työnhakijarekisteri", "Työnhakijarekisteri",
    [
        ("controller", "Päiväkoti Satakieli Oy (y-tunnus 2456789-6)\nKoivukuja 2\n01300 Vantaa"),
        ("purpose_text", "Rekrytointi: hakemusten käsittely, haastattelut ja valintapäätökset."),
        ("legal_basis_text", "Hakijan pyynnöstä tehtävät toimenpiteet ennen työsopimuksen tekemistä. "
                             "Rikostaustaotteen tarkastaminen perustuu lakiin lasten kanssa työskentelevien "
                             "rikostaustan selvittämisestä."),
        ("data_collected_text", "- Nimi ja yhteystiedot\n- Koulutus ja työkokemus\n- Hakemus ja ansioluettelo\n"
                                "- Haastattelumuistiinpanot\n- Rikostaustaotteen tarkastamisen päivämäärä"),
        ("sources_text", "Hakija itse, suosittelijat hakijan luvalla, rekrytointipalvelun hakulomake"),
        ("disclosures_text", "Tietoja ei luovuteta ulkopuolisille."),
        ("retention_text", "Hakemukset poistetaan kuuden kuukauden kuluttua rekrytoinnin päättymisestä."),
        ("security_text", "Hakemuksia käsittelevät vain rekrytointiin osallistuvat esihenkilöt. "
                          "Rekrytointipalveluun kirjaudutaan vahvalla tunnistautumisella."),
        ("responsible_person", "Henkilöstöpäällikkö Eeva Koski, rekry@satakieli.fi"),
    ],
    {"name": "Päiväkoti Satakieli Oy", "business_id": "2456789-6", "street_address": "Koivukuja 2",
     "postal_code": "01300", "city": "Vantaa"},
    {"legal_bases": ["b", "c"], "retention_period": 6, "retention_unit": "months",
     "special_categories": ["criminal_offences"],
     "sources": ["Hakija itse", "Suosittelijat hakijan luvalla", "Rekrytointipalvelun hakulomake"],
     "responsible_person": {"name": "Eeva Koski", "email": "rekry@satakieli.fi"}},
)

SV_CUSTOMER = Content(
    "Registerbeskrivning – Kundregister", "Kundregister",
    [
        ("controller", "Bokhandel Ord & Bild Ab (FO-nummer 2875432-2)\nHandelsesplanaden 12\n65100 Vasa"),
        ("contact_person", "Johanna Lindqvist, johanna.lindqvist@ordochbild.fi, 06 321 4567"),
        ("purpose_text", "Hantering av kundrelationer, beställningar och fakturering samt marknadsföring till "
                         "stamkunder."),
        ("legal_basis_text", "Avtal med kunden samt bokföringslagens rättsliga förpliktelse. Marknadsföring per "
                             "e-post grundar sig på samtycke."),
        ("data_collected_text", "Namn, adress, e-postadress, telefonnummer, köphistorik och kundnummer."),
        ("sources_text", "Kunden själv, webbutikens beställningsformulär, kundevenemang"),
        ("disclosures_text", "Uppgifter lämnas inte ut till utomstående, utom till Skatteförvaltningen när lagen "
                             "kräver det."),
        ("transfers_text", "Nyhetsbrevet skickas med Mailchimp, vars servrar finns i USA. Överföringen grundar sig på "
                           "dataskyddsramverket mellan EU och USA."),
        ("retention_text", "Kunduppgifterna raderas två år efter det senaste köpet. Bokföringsmaterial sparas i tio år."),
        ("security_text", "Kundregistret finns i ett lösenordsskyddat kassasystem. Pappersdokument förvaras i ett "
                          "låst skåp."),
        ("responsible_person", "Peter Holm"),
    ],
    {"name": "Bokhandel Ord & Bild Ab", "business_id": "2875432-2", "street_address": "Handelsesplanaden 12",
     "postal_code": "65100", "city": "Vasa"},
    {"legal_bases": ["a", "b", "c"], "retention_period": 2, "retention_unit": "years",
     "sources": ["Kunden själv", "Webbutikens beställningsformulär", "Kundevenemang"],
     "contact_person": {"name": "Johanna Lindqvist", "email": "johanna.lindqvist@ordochbild.fi",
                        "phone": "06 321 4567"},
     "responsible_person": {"name": "Peter Holm"}},
    ["Mailchimp"],
    ["Skatteförvaltningen"],
)

SV_APPLICANTS = Content(
    "Dataskyddsbeskrivning för rekryteringsregistret", "Rekryteringsregistret",
    [
        ("controller", "Städfirman Glans Ab, Storgatan 5, 68600 Jakobstad"),
        ("contact_person", "Maria Björk, rekrytering@glans.fi"),
        ("purpose_text", "Rekrytering av nya medarbetare och bedömning av ansökningar."),
        ("legal_basis_text", "Åtgärder som vidtas på begäran av den sökande innan ett anställningsavtal ingås."),
        ("data_collected_text", "Namn, kontaktuppgifter, utbildning, arbetserfarenhet och uppgifter om hälsa som "
                                "den sökande själv uppger."),
        ("sources_text", "Den sökande själv"),
        ("disclosures_text", "Uppgifterna lämnas inte ut."),
        ("retention_text", "Ansökningarna raderas sex månader efter att rekryteringen avslutats."),
        ("security_text", "Ansökningarna behandlas i ett rekryteringssystem med personliga användarkonton."),
    ],
    {"name": "Städfirman Glans Ab", "street_address": "Storgatan 5", "postal_code": "68600", "city": "Jakobstad"},
    {"legal_bases": ["b"], "retention_period": 6, "retention_unit": "months", "special_categories": ["health"],
     "sources": ["Den sökande själv"],
     "contact_person": {"name": "Maria Björk", "email": "rekrytering@glans.fi"}},
)

EN_CUSTOMER = Content(
    "Privacy notice – Customer register", "Customer register",
    [
        ("controller", "Nordic Trail Gear Oy (business ID 2987654-0)\nTehtaankatu 7\n00140 Helsinki"),
        ("contact_person", "Emma Laine, privacy@nordictrail.fi, +358 40 111 2222"),
        ("purpose_text", "We process personal data to deliver orders, provide customer service, handle returns and "
                         "send newsletters to subscribers."),
        ("legal_basis_text", "Performance of a contract with the customer; our legitimate interest in developing "
                             "our services; consent for newsletters."),
        ("data_collected_text", "Name, postal address, email address, phone number, order history and payment "
                                "status."),
        ("sources_text", "The customer, our online store, the payment provider"),
        ("processors_text", "Klarna Bank AB handles payments, and HubSpot is used for customer service."),
        ("disclosures_text", "We disclose data to the Finnish Tax Administration where the law requires it."),
        ("transfers_text", "HubSpot may process data in the United States under the EU-US Data Privacy Framework."),
        ("retention_text", "Customer data is deleted 24 months after the last order."),
        ("security_text", "Access to customer data requires two-factor authentication and is limited to customer "
                          "service staff."),
        ("cookies_text", "Our website uses necessary cookies and, with your consent, analytics cookies."),
        ("other_rights_text", "You have the right to access, rectify and erase your data, to object to processing "
                              "and to lodge a complaint with the Data Protection Ombudsman."),
    ],
    {"name": "Nordic Trail Gear Oy", "business_id": "2987654-0", "street_address": "Tehtaankatu 7",
     "postal_code": "00140", "city": "Helsinki"},
    {"legal_bases": ["a", "b", "f"], "retention_period": 24, "retention_unit": "months",
     "sources": ["The customer", "Our online store", "The payment provider"],
     "contact_person": {"name": "Emma Laine", "email": "privacy@nordictrail.fi", "phone": "+358 40 111 2222"}},
    ["HubSpot"],
    ["Klarna Bank AB", "HubSpot", "Tax Administration"],
)

EN_NEWSLETTER = Content(
    "Newsletter subscribers – privacy notice", "Newsletter subscribers",
    [
        ("controller", "Arctic Apps Oy, Y-tunnus 3123456-3, Kauppurienkatu 9, 90100 Oulu"),
        ("contact_person", "Ville Heikkinen, ville@arcticapps.fi"),
        ("purpose_text", "Sending our monthly newsletter about product updates and events."),
        ("legal_basis_text", "Consent given by the subscriber on the sign-up form."),
        ("data_collected_text", "Email address, first name and preferred language."),
        ("sources_text", "The subscribers themselves"),
        ("processors_text", "Brevo sends the newsletter on our behalf."),
        ("retention_text", "The data is deleted within 30 days of unsubscribing."),
        ("consent_withdrawal_text", "You can unsubscribe at any time with the link at the end of every newsletter."),
    ],
    {"name": "Arctic Apps Oy", "business_id": "3123456-3", "street_address": "Kauppurienkatu 9",
     "postal_code": "90100", "city": "Oulu"},
    {"legal_bases": ["a"], "retention_period": 30, "retention_unit": "days",
     "sources": ["The subscribers themselves"],
     "contact_person": {"name": "Ville Heikkinen", "email": "ville@arcticapps.fi"}},
    ["Brevo (Sendinblue)"],
    ["Brevo (Sendinblue)"],
)

MARKETING = Content(
    "Markkinointirekisteri - tietovirtakuvaus", "Markkinointirekisteri",
    [
        ("sources_text", "Messut, verkkosivujen tilauslomake, asiakastapaamiset"),
        ("legal_basis_text", "Oikeutettu etu yritysasiakkaiden yhteyshenkilöiden osalta."),
        ("data_collected_text", "Yhteyshenkilön nimi, yritys, titteli, sähköpostiosoite ja puhelinnumero."),
        ("purpose_text", "Suoramarkkinointi yritysasiakkaille ja tapahtumakutsujen lähettäminen."),
        ("systems_text", "CRM HubSpot"),
        ("retention_text", "Tiedot poistetaan kolmen vuoden kuluttua viimeisestä yhteydenotosta."),
        ("security_text", "CRM-järjestelmään kirjaudutaan kaksivaiheisella tunnistautumisella."),
        ("responsible_person", "Liisa Pouta"),
    ],
    {}, {"legal_bases": ["f"], "retention_period": 3, "retention_unit": "years",
         "sources": ["Messut", "Verkkosivujen tilauslomake", "Asiakastapaamiset"],
         "responsible_person": {"name": "Liisa Pouta"}},
    ["HubSpot"],
)

# --- layouts -------------------------------------------------------------------------------------


def _pairs(content: Content, headings: dict[str, str], overrides: dict[str, str]) -> list[tuple[str, str]]:
    names = {**headings, **overrides}
    return [(names[key], value) for key, value in content.sections]


def heading_lines(title: str, pairs: list[tuple[str, str]]) -> str:
    return "\n\n".join([title, *(f"{h}\n\n{v}" for h, v in pairs)]) + "\n"


def tab_rows(title: str, pairs: list[tuple[str, str]]) -> str:
    rows = [f"{h}\t" + v.replace("\n", "\n\t") for h, v in pairs]
    return f"\n{title}\n\n" + "\n".join(rows) + "\n"


def bullets(title: str, pairs: list[tuple[str, str]]) -> str:
    body = "\n".join(f" • {h}\n" + "\n".join(f"  {line}" for line in v.split("\n")) for h, v in pairs)
    return f"{title}\n\n{body}\nValikko\n"


def markdown(title: str, pairs: list[tuple[str, str]], numbered: bool = False) -> str:
    parts = [f"# {title}"]
    for n, (h, v) in enumerate(pairs, 1):
        parts.append(f"## {n}.{h}" if numbered else f"## {h}")
        parts.append(v)
    return "\n\n".join(parts) + "\n"


def numbered(title: str, pairs: list[tuple[str, str]], space: bool = True) -> str:
    sep = " " if space else ""
    return title + "\n\n" + "\n\n".join(f"{n}.{sep}{h}\n{v}" for n, (h, v) in enumerate(pairs, 1)) + "\n"


def inline(title: str, pairs: list[tuple[str, str]]) -> str:
    return title + "\n\n" + "\n".join(f"{h}: {v}" for h, v in pairs) + "\n"


def _html_value(value: str) -> str:
    lines = value.split("\n")
    if all(line.startswith("- ") for line in lines):
        return "<ul>" + "".join(f"<li>{html.escape(line[2:])}</li>" for line in lines) + "</ul>"
    return "<br>".join(html.escape(line) for line in lines)


def _ascii_entities(text: str) -> str:
    """Write ä, ö, å … as named entities, the way old CMS exports do."""
    return "".join(f"&{html.entities.codepoint2name[ord(c)]};" if ord(c) > 127 and ord(c) in
                   html.entities.codepoint2name else c for c in text)


_NAV = """<header class="site-header"><a href="/">Etusivu</a> <nav class="main-menu"><ul><li><a href="/palvelut">
Palvelut</a></li><li><a href="/yhteystiedot">Yhteystiedot</a></li><li><a href="/tietosuoja">Tietosuoja</a></li></ul>
</nav><button>Valikko</button></header>"""
_FOOTER = """<footer><p>&copy; 2025 · <a href="/evasteet">Evästeasetukset</a> · <a href="/sv">På svenska</a></p>
</footer><script>window.dataLayer = [];</script>"""


def html_h2(title: str, pairs: list[tuple[str, str]], noise: bool = True, entities: bool = False) -> str:
    body = "".join(f"<h2>{html.escape(h)}</h2>\n<p>{_html_value(v)}</p>\n" for h, v in pairs)
    page = (f"<!DOCTYPE html><html lang=\"fi\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
            f"</head><body>{_NAV if noise else ''}<main><h1>{html.escape(title)}</h1>\n{body}</main>"
            f"{_FOOTER if noise else ''}</body></html>\n")
    return _ascii_entities(page) if entities else page


def html_dl(title: str, pairs: list[tuple[str, str]]) -> str:
    items = "".join(f"<dt>{html.escape(h)}</dt><dd>{_html_value(v)}</dd>\n" for h, v in pairs)
    return f"<html><body><div class=\"content\"><h1>{html.escape(title)}</h1><dl>\n{items}</dl></div></body></html>\n"


def html_pstrong(title: str, pairs: list[tuple[str, str]]) -> str:
    body = "".join(f"<p><strong>{html.escape(h)}</strong><br>{_html_value(v)}</p>\n" for h, v in pairs)
    return (f"<div class=\"entry-content\"><p><strong>{html.escape(title)}</strong></p>\n{body}</div>\n"
            f"<div class=\"sidebar\"><h3>Uusimmat artikkelit</h3><ul><li>Kevään tapahtumat</li></ul></div>\n")


def _docx(title: str, pairs: list[tuple[str, str]], table: bool) -> bytes:
    import io

    import docx

    document = docx.Document()
    document.add_heading(title, level=0)
    if table:
        grid = document.add_table(rows=0, cols=2)
        grid.style = "Table Grid"
        for h, v in pairs:
            row = grid.add_row().cells
            row[0].text = h
            row[1].text = v
    else:
        for h, v in pairs:
            document.add_heading(h, level=2)
            for line in v.split("\n"):
                if line.startswith("- "):
                    document.add_paragraph(line[2:], style="List Bullet")
                else:
                    document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def docx_styles(title: str, pairs: list[tuple[str, str]]) -> bytes:
    return _docx(title, pairs, table=False)


def docx_table(title: str, pairs: list[tuple[str, str]]) -> bytes:
    return _docx(title, pairs, table=True)


_PDF_CSS = """@page { size: A4; margin: 2cm } body { font-family: 'DejaVu Sans'; font-size: 10pt }
table { border-collapse: collapse; width: 100% } td { border: 0.5pt solid #888; padding: 4pt; vertical-align: top }
td.h { width: 3.6cm; font-weight: bold } h2 { font-size: 12pt; margin: 10pt 0 2pt }"""


def pdf_table(title: str, pairs: list[tuple[str, str]]) -> bytes:
    """Two columns, narrow heading column: long headings wrap over two lines as in seed 000's source."""
    import weasyprint

    rows = "".join(f"<tr><td class=\"h\">{html.escape(h)}</td><td>{_html_value(v)}</td></tr>" for h, v in pairs)
    page = f"<html><head><style>{_PDF_CSS}</style></head><body><h1>{html.escape(title)}</h1><table>{rows}</table>"
    return weasyprint.HTML(string=page + "</body></html>").write_pdf()


def pdf_flow(title: str, pairs: list[tuple[str, str]]) -> bytes:
    import weasyprint

    page = html_h2(title, pairs, noise=False).replace("<head>", f"<head><style>{_PDF_CSS}</style>")
    return weasyprint.HTML(string=page).write_pdf()


@dataclass
class Doc:
    file: str
    layout: str
    language: str
    render: Callable[..., str | bytes]
    contents: list[Content]
    headings: dict[str, str]
    overrides: dict[str, str] = field(default_factory=dict)
    encoding: str = "utf-8"
    title: str | None = None


def _render(doc: Doc) -> bytes:
    parts = []
    for content in doc.contents:
        pairs = _pairs(content, doc.headings, doc.overrides)
        parts.append(doc.render(doc.title or content.title, pairs))
    if isinstance(parts[0], bytes):
        return parts[0]
    return "\n".join(parts).encode(doc.encoding)


DOCS = [
    Doc("fi_cafe_headings.txt", "heading-line", "fi", heading_lines, [CAFE], FI_TOOL),
    Doc("fi_cafe_table.pdf", "pdf-two-column", "fi", pdf_table, [CAFE], FI_TOOL),
    Doc("fi_cafe_table.docx", "docx-table", "fi", docx_table, [CAFE], FI_TOOL),
    Doc("fi_shop_tabs.txt", "tab-rows", "fi", tab_rows, [SHOP], FI_NOTICE),
    Doc("fi_shop_web.html", "html-h2-nav", "fi", lambda t, p: html_h2(t, p, entities=True), [SHOP], FI_NOTICE,
        {"retention_text": "Henkilötietojen säilytysaika ja poistaminen",
         "cookies_text": "Evästeet ja vastaavat tekniikat"}),
    Doc("fi_shop_flow.pdf", "pdf-flow", "fi", pdf_flow, [SHOP], FI_NOTICE),
    Doc("fi_physio_bullets.txt", "bullets", "fi", bullets, [PHYSIO], FI_TOOL),
    Doc("fi_physio_styles.docx", "docx-headings", "fi", docx_styles, [PHYSIO], FI_TOOL),
    Doc("fi_assoc.md", "markdown", "fi", markdown, [ASSOC], FI_NOTICE),
    Doc("fi_assoc_dl.html", "html-dl", "fi", html_dl, [ASSOC], FI_TOOL),
    Doc("fi_old_numbered_cp1252.txt", "numbered-old-style", "fi", numbered, [OLD], FI_OLD,
        {"controller": "Rekisterin pitäjä", "data_collected_text": "Rekisterin tietosisälto",
         "responsible_person": "Vastuhenkilö"}, encoding="cp1252"),
    Doc("fi_old_pstrong.html", "html-p-strong", "fi", html_pstrong, [OLD], FI_OLD),
    Doc("fi_camera_inline.txt", "inline", "fi", inline, [CAMERA], FI_NOTICE),
    Doc("fi_recruit_numbered.md", "markdown-numbered", "fi", lambda t, p: markdown(t, p, numbered=True), [RECRUIT],
        FI_NOTICE),
    Doc("sv_customer_headings.txt", "heading-line", "sv", heading_lines, [SV_CUSTOMER], SV),
    Doc("sv_customer_web.html", "html-h2-nav", "sv", html_h2, [SV_CUSTOMER], SV),
    Doc("sv_applicants.docx", "docx-headings", "sv", docx_styles, [SV_APPLICANTS], SV),
    Doc("en_customer.md", "markdown", "en", markdown, [EN_CUSTOMER], EN),
    Doc("en_customer_pstrong.html", "html-p-strong", "en", html_pstrong, [EN_CUSTOMER], EN,
        {"data_collected_text": "What personal data do we collect?", "retention_text": "How long do we keep your data?",
         "disclosures_text": "Who do we share your data with?"}),
    Doc("en_customer_table.pdf", "pdf-two-column", "en", pdf_table, [EN_CUSTOMER], EN),
    Doc("en_newsletter_numbered.txt", "numbered-nospace", "en", lambda t, p: numbered(t, p, space=False),
        [EN_NEWSLETTER], EN),
    Doc("fi_two_registers.txt", "heading-line-multi", "fi", heading_lines, [CAFE, MARKETING], FI_TOOL),
]

NO_HEADINGS = """Yrityksemme käsittelee asiakkaidensa henkilötietoja vain siinä laajuudessa kuin palvelujen
tuottaminen edellyttää. Tietoja kerätään asiakkailta itseltään tilausten yhteydessä.

Tiedot säilytetään niin kauan kuin asiakassuhde on voimassa, ja niitä käsittelee vain yrityksen oma henkilökunta.
Kysymyksiin vastaamme mielellämme sähköpostitse.
"""

# A web page written by hand: <h3> numbered headings, combined headings, a date line, a menu.
GARDEN_HTML = """<!doctype html><html><body><div id="menu"><ul><li>Etusivu</li><li>Tuotteet</li></ul></div>
<article><h1>Tietosuojaseloste</h1><p>Päivitetty 14.5.2024</p>
<h3>1. Rekisterinpitäjä</h3><p>Puutarhamyymälä Vihreä Peukalo Oy<br>Y-tunnus: 2765123-3<br>Myllytie 4, 20100 Turku<br>p. 02 123 4567, info@vihreapeukalo.fi</p>
<h3>2. Rekisteriasioista vastaava henkilö</h3><p>Tuula Vihervaara, tuula@vihreapeukalo.fi</p>
<h3>3. Rekisterin nimi</h3><p>Asiakas- ja kanta-asiakasrekisteri</p>
<h3>4. Oikeusperuste ja henkilötietojen käsittelyn tarkoitus</h3><p>EU:n yleisen tietosuoja-asetuksen mukainen oikeusperuste on asiakkaan suostumus ja sopimus. Tietoja käytetään tilausten toimittamiseen.</p>
<h3>5. Rekisterin tietosisältö</h3><p>Nimi, osoite, puhelinnumero, sähköposti, tilaushistoria.</p>
<h3>6. Säännönmukaiset tietolähteet</h3><p>Tiedot saadaan asiakkaalta verkkolomakkeilla.</p>
<h3>7. Tietojen säännönmukaiset luovutukset ja tietojen siirto EU:n tai ETA:n ulkopuolelle</h3><p>Tietoja ei luovuteta eikä siirretä EU:n ulkopuolelle.</p>
<h3>8. Rekisterin suojauksen periaatteet</h3><p>Tiedot ovat palvelimella, joka on suojattu palomuurilla.</p>
<h3>9. Tarkastusoikeus ja oikeus vaatia tiedon korjaamista</h3><p>Pyyntö lähetetään kirjallisesti rekisterinpitäjälle.</p>
<h3>10. Muut henkilötietojen käsittelyyn liittyvät oikeudet</h3><p>Oikeus pyytää tietojen poistamista.</p>
<h3>11. Tietojen säilytysaika</h3><p>Tietoja säilytetään kuusi (6) vuotta.</p>
</article><footer>© Vihreä Peukalo</footer></body></html>
"""
GARDEN_LABELS = {
    "layout": "html-h3-combined-headings", "language": "fi",
    "organization": {"name": "Puutarhamyymälä Vihreä Peukalo Oy", "business_id": "2765123-3",
                     "street_address": "Myllytie 4", "postal_code": "20100", "city": "Turku",
                     "email": "info@vihreapeukalo.fi", "phone": "02 123 4567"},
    "systems": [], "parties": [],
    "registers": [{
        "name": "Asiakas- ja kanta-asiakasrekisteri", "modified_at": "2024-05-14",
        "responsible_person": {"name": "Tuula Vihervaara", "email": "tuula@vihreapeukalo.fi"},
        # "Oikeusperuste ja henkilötietojen käsittelyn tarkoitus": the text answers both headings.
        "legal_basis_text": "EU:n yleisen tietosuoja-asetuksen mukainen oikeusperuste on asiakkaan suostumus ja "
                            "sopimus. Tietoja käytetään tilausten toimittamiseen.",
        "purpose_text": "EU:n yleisen tietosuoja-asetuksen mukainen oikeusperuste on asiakkaan suostumus ja "
                        "sopimus. Tietoja käytetään tilausten toimittamiseen.",
        "legal_bases": ["a", "b"],
        "data_collected_text": "Nimi, osoite, puhelinnumero, sähköposti, tilaushistoria.",
        "sources_text": "Tiedot saadaan asiakkaalta verkkolomakkeilla.",
        "disclosures_text": "Tietoja ei luovuteta eikä siirretä EU:n ulkopuolelle.",
        "transfers_text": "Tietoja ei luovuteta eikä siirretä EU:n ulkopuolelle.",
        "security_text": "Tiedot ovat palvelimella, joka on suojattu palomuurilla.",
        "access_right_text": "Pyyntö lähetetään kirjallisesti rekisterinpitäjälle.",
        "rectification_text": "Pyyntö lähetetään kirjallisesti rekisterinpitäjälle.",
        "other_rights_text": "Oikeus pyytää tietojen poistamista.",
        "retention_text": "Tietoja säilytetään kuusi (6) vuotta.",
        "retention_period": 6, "retention_unit": "years",
        "systems": [], "parties": [],
    }],
}

# --- labels ----------------------------------------------------------------------------------------

TEXT_KEYS = ("sources_text", "legal_basis_text", "consent_text", "consent_withdrawal_text", "systems_text",
             "data_collected_text", "location_text", "processing_location_text", "purpose_text",
             "processing_method_text", "resulting_registers_text", "processors_text", "disclosures_text",
             "transfers_text", "retention_text", "security_text", "security_manual_text", "security_electronic_text",
             "cookies_text", "other_rights_text", "privacy_notice_text", "access_right_text", "rectification_text",
             "risk_text", "unmapped_text")


def _register_labels(content: Content) -> dict[str, Any]:
    labels: dict[str, Any] = {"name": content.name}
    for key, value in content.sections:
        if key in TEXT_KEYS:
            labels[key] = " ".join(value.split())
    labels.update(content.expect)
    labels["systems"] = sorted(content.systems)
    labels["parties"] = sorted(content.parties)
    return labels


def _labels(doc: Doc) -> dict[str, Any]:
    organization = next((c.organization for c in doc.contents if c.organization), {})
    systems = sorted({s for c in doc.contents for s in c.systems})
    parties = sorted({p for c in doc.contents for p in c.parties})
    return {"layout": doc.layout, "language": doc.language, "organization": organization,
            "systems": systems, "parties": parties, "registers": [_register_labels(c) for c in doc.contents]}


# Seeds: what a careful reader finds in each. Text values are as printed, whitespace collapsed.
_RETENTION_BOILERPLATE = (
    "Henkilötiedot säilytetään niin kauan kuin on tarpeen sen tarkoituksen täyttämiseksi, jota varten ne on "
    "kerätty, tai sen ajan kuin säilyttäminen on tarpeen lakisääteisten velvoitteiden täyttämiseksi tai "
    "mahdollisten korvausvaatimusten tai riitaisuuksien ratkaisemiseksi. Kirjanpidosta säädetyt lait myös "
    "velvoittavat pitämään kirjaa liiketoiminnasta sekä säilyttämään kirjanpitomateriaalia laissa määritellyn ajan."
)
SEED_LABELS: dict[str, dict[str, Any]] = {
    "000_79fc802e250edb0d.txt": {
        "layout": "pdf-text-headings-first", "language": "fi",
        "organization": {"name": "Tulos Helsinki Oy", "street_address": "Salomonkatu 17 B", "postal_code": "00100",
                         "city": "Helsinki"},
        "systems": ["Dropbox", "Google Workspace", "Heeros", "HubSpot", "Mailchimp", "Netvisor", "Taimer"],
        "parties": [],
        "registers": [{
            "name": "Asiakasrekisteri",
            "systems_text": "Verkkosivut, Sähköpostijärjestelmä, Palveluhallinta-admin, CRM, laskutusohjelma, "
                            "soveltuvin osin sopimuskansiot ja muut manuaaliset keinot.",
            "data_collected_text": "Asiakasyrityksen yhteyshenkilön nimi, sähköposti, puhelinnumero sekä "
                                   "organisaation laskutusosoite. Käsittelytoimiin ei liity mainittavaa riskiä.",
            "location_text": "CRM Hubspot Heeros Tilitoimisto Netvisor, Taimer – laskutus ja kirjanpito G-suite "
                             "sähköposti – Mcarepro Uutiskirje Mailchimp Dropbox – sopimukset Yrityksen "
                             "toimitiloissa, palveluntarjoajien konesaleissa",
            "sources_text": "Sähköposti, Verkkosivujen lomake, CRM, Tapaamiset, Puhelin, Koulutukset, Messut",
            "sources": ["Sähköposti", "Verkkosivujen lomake", "CRM", "Tapaamiset", "Puhelin", "Koulutukset",
                        "Messut"],
            "legal_basis_text": "Sopimuksellinen peruste.", "legal_bases": ["b"],
            "processing_method_text": "Sähköisesti siirtämällä verkkosivuilta ja/tai sähköpostista asiakkuuden "
                                      "hallintajärjestelmään (CRM), manuaalisesti hlö-tietojen käsittelijän "
                                      "toimesta. Tietoja käsittelee rekisterinpitäjän tai henkilötietojen "
                                      "käsittelijän alaisuudessa toimiva luonnollinen henkilö ainoastaan "
                                      "rekisterinpitäjän ohjeiden mukaisesti.",
            "purpose_text": "Palveluiden tuottamisen mahdollistamiseksi ja asiakassuhteiden ylläpitämiseksi",
            "resulting_registers_text": "Asiakasrekisteri, laskutusrekisteri sopimusrekisteri",
            "processors_text": "Rekisterinpitäjän oma henkilöstö sekä ulkoistuskumppanit (kts. sijainti), joilla "
                               "on pääsy henkilörekisteriin",
            "retention_text": _RETENTION_BOILERPLATE,
            "security_text": "Rekisteriä ylläpidetään salatulla, palomuurin suojaamalla alueella salasanan ja "
                             "käyttäjätunnusten takana. Kulkua serveritilaan valvotaan ja henkilöstöllä on "
                             "vaitiolovelvollisuus. Kirjalliset dokumentit säilytetään lukituissa tiloissa. "
                             "Henkilötietoja sisältävien aineistojen hävitys tehdään tietoturvallisesti.",
            "responsible_person": {"name": "Anna Masalin"},
            "privacy_notice_text": "Erillinen seloste \"tietosuojaselosteet\" osiossa",
            "systems": ["Dropbox", "Google Workspace", "Heeros", "HubSpot", "Mailchimp", "Netvisor", "Taimer"],
            "parties": [],
        }],
    },
    "001_6f22939ae761adf2.txt": {
        "layout": "bullets", "language": "fi",
        "organization": {"name": "Walttia Oy", "business_id": "2643821-1"},
        "systems": ["Posti Turvaposti"], "parties": [],
        "registers": [{
            "name": "Asiakasrekisteri",
            "sources_text": "Sähköposti, henkilökohtainen tapaaminen, verkkolomakkeet, arvonnat ja kilpailut, "
                            "puhelin, suositukset",
            "sources": ["Sähköposti", "Henkilökohtainen tapaaminen", "Verkkolomakkeet", "Arvonnat", "Kilpailut",
                        "Puhelin", "Suositukset"],
            "legal_basis_text": "Asiakkuuden mahdollistaminen ja ylläpito, sopimusten mukaisten ja lakisääteisten "
                                "velvollisuuksien hoitaminen.",
            "legal_bases": ["b", "c"],
            "consent_text": "Käytämme henkilötietojasi, jotta voimme täyttää lakisääteiset ja sopimusten mukaiset "
                            "velvollisuutemme ja jotta voimme tehdä sinulle tarjouksia sekä antaa neuvontaa ja "
                            "palveluita.",
            "systems_text": "Toiminnanohjausjärjestelmä, laskutusohjelma, sähköposti, manuaalinen ja sähköinen "
                            "henkilökohtainen kalenteri, sopimuskansiot.",
            "data_collected_text": "Asiakkaiden nimi, s-posti, puhelinnumero, laskutusosoite, toimitusosoite, "
                                   "henkilötunnus.",
            "hetu": True,
            "location_text": "Toiminnanohjausjärjestelmä: tieto palveluntarjoajan palvelimella Suomessa. "
                             "Laskutusohjelma: Tieto palveluntarjoajan palvelimella ETA:alueella. Sähköposti: Tieto "
                             "palveluntarjoajan palvelimella ETA:alueella. Manuaalinen kalenteri: henkilöllä "
                             "hallussaan, sisältää vain matalan riskin tietoja. Sähköinen kalenteri: tiedot "
                             "palveluntarjoajan palvelimella ETA:alueella. Muut manuaaliset aineistot, sopimukset "
                             "yms: Rekisterinpitäjän lukituissa toimitiloissa.",
            "processing_location_text": "Tietoja käsitellään yrityksen toimitiloissa markkinointi-, myynti ja "
                                        "laskutusosastolla. Matalan riskin tietoja voidaan käsitellä sähköpostin "
                                        "välityksellä. Arkaluontoiset tiedot kirjanpitäjälle lähetetään salatun "
                                        "Turvapostin välityksellä.",
            "purpose_text": "Asiakassuhteiden ylläpitämiseksi, sopimusten ja lakisääteisten velvoitteiden "
                            "noudattamiseksi. Palveluiden tuottamisen mahdollistamiseksi.",
            "processing_method_text": "Sähköisesti siirtämällä toiminnanohjausjärjestelmästä laskutusohjelmaan, "
                                      "voidaan käsitellä sähköpostilla, manuaalisesti hlö-tietojen käsittelijän "
                                      "toimesta toimitiloissa.",
            "resulting_registers_text": "Asiakasrekisteri, laskutusrekisteri, sopimusrekisteri, "
                                        "sähköpostirekisteri",
            "processors_text": "Walttia Oy:n hallinnon ja myynnin työntekijät. Kirjanpitotoimiston Walttia Oy:n "
                               "kirjanpitoa hoitavat henkilöt.",
            "retention_text": "Asiakkaiden tiedot säilytetään tietojärjestelmissä tuotteen ja palvelun takuuajan "
                              "keston ajan, joka on yleensä 5 vuotta tuotteen ja palvelun toimituksesta. Henkilöllä "
                              "on oikeus tutustua hallussamme oleviin henkilötietoihisi, oikeus pyytää korjausta "
                              "virheellisiin tai puutteellisiin tietoihin, oikeis pyytää tietojen poistamista "
                              "seuraavissa tapauksissa: peruutat suostumuksesi tietojen käsittelyyn eikä käsittelyn "
                              "jatkamiselle ole mitään muuta perusteltua syytä, vastustat tietojen käsittelyä eikä "
                              "käsittelyn jatkamiselle ole hyväksyttävää syytä, vastustat tietojen käsittelyä "
                              "suoramarkkinointitarkoituksissa.",
            "retention_period": 5, "retention_unit": "years",
            "security_text": "Tietoja käsitellään laitteilla, joissa on palomuuri, virus- ja tunkeutumistorjunta, "
                             "käyttöoikeus-perusteisesti ohjelmistoihin kirjautumalla. Laitteet on suojattu myös "
                             "henkilökohtaisilla salasanoilla. Manuaalisia tietoja säilytetään lukituissa "
                             "toimitiloissa, joihin on pääsy vain rajatulla määrällä henkilöitä.",
            "privacy_notice_text": "Tietosuojaseloste liitteenä.",
            "responsible_person": {"name": "Piia Vuorio"},
            "systems": ["Posti Turvaposti"], "parties": [],
        }],
    },
    "002_1c09471893cd990d.txt": {
        "layout": "tab-rows-html-fragments", "language": "fi",
        "organization": {"name": "Rekisterinpitäjän tiedot"},
        "systems": ["Microsoft Excel"], "parties": [],
        "registers": [{
            "name": "Prospektit, potentiaaliset asiakkaat",
            "sources_text": "Sähköposti, Verkkolomake, Puhelin, Tapaamiset, Julkiset lähteet",
            "sources": ["Sähköposti", "Verkkolomake", "Puhelin", "Tapaamiset", "Julkiset lähteet"],
            "legal_basis_text": (  # markup in a plain-text source is kept as it is: html-markup reports it
                "<p>Oikeutettu etu.</p> <p>Henkilötietoja käsitellään myös markkinointi-, myynti-, tuote- ja "
                "asiakasanalyysien yhteydessä. Markkinointitoimet, prosessien, liiketoiminnan ja järjestelmien "
                "kehittäminen, mukaan lukien testaus, perustuvat henkilötietojen käsittelyyn. Näin voimme "
                "parantaa palveluvalikoimaamme ja optimoida asiakkaille tarjottavia palveluita.</p> "
                "<p>Tulkitsemme tässä dokumentissa määriteltyjen tarkoitusten olevan liiketoiminnan kannalta "
                "välttämättömiä ja siten oikeutetun edun mukaisia. Yrityksemme huolehtii siitä, että "
                "henkilötietojen käsittely on oikeasuhtaista rekisteröidyn etuihin nähden ja vastaa hänen "
                "kohtuullisia odotuksiaan.</p>"
            ),
            "legal_bases": ["f"],
            "systems_text": "sähköpostipalvelin, työaseman windows / muu käyttöjärjestelmä, ohjelmistot, "
                            "käyntikorttirekisteri, kalenterit ja muut asiakashallintajärjestelmät.",
            "data_collected_text": "Organisaatio jota rekisteröity edustaa, nimi, puhelin, sähköpostiosoite, "
                                   "yhteystiedot, ilmaistut kiinnostuksen kohteet. Käsittelyyn ei liity olennaista "
                                   "riskiä.",
            "location_text": "omissa tiloissa.",
            "processing_location_text": "Yrityksen toimitiloissa, tarvittaessa matkapuhelimella kulloisessakin "
                                        "lokaatiossa.",
            "processing_method_text": "Sähköisesti ja soveltuvin osin manuaalisesti.",
            "purpose_text": "Uusien asiakkuuksien saamiseksi",
            "resulting_registers_text": "Sähköpostilista palvelimelle Käyntikorttirekisteri Excel lista työasemalle",
            "processors_text": "Rekisterinpitäjän oma henkilöstö soveltuvin",
            "retention_text": _RETENTION_BOILERPLATE + " Tietoja poistetaan manuaalisesti 5 vuoden kuluttua "
                                                       "tietojen vastaanottamisesta.",
            "retention_period": 5, "retention_unit": "years",
            "security_text": "Rekisteriä ylläpidetään salatulla, palomuurin suojaamalla alueella salasanan ja "
                             "käyttäjätunnusten takana. Kulkua serveritilaan valvotaan ja henkilöstöllä on "
                             "vaihtolovelvollisuus. Kirjalliset dokumentit säilytetään lukituissa tiloissa. "
                             "Henkilötietoja sisältävien aineistojen hävitys tehdään tietoturvallisesti.",
            "privacy_notice_text": "Erillinen seloste \"tietosuojaselosteet\" osiossa",
            "responsible_person": {"name": "Matti Kaarre"},
            "systems": ["Microsoft Excel"], "parties": [],
        }],
    },
}


def _seed_labels_003_004() -> None:
    SEED_LABELS["003_7a382d448c4a01eb.txt"] = {
        "layout": "pdf-text-old-style", "language": "fi", "organization": {}, "systems": [], "parties": [],
        "registers": [{"name": "Asiakasrekisteri", "hetu": False, "systems": [], "parties": [],
                       "purpose_text": "@seed", "data_collected_text": "@seed", "sources_text": "@seed",
                       "disclosures_text": "@seed", "transfers_text": "@seed", "security_manual_text": "@seed",
                       "security_electronic_text": "@seed", "access_right_text": "@seed",
                       "rectification_text": "@seed", "other_rights_text": "@seed"}],
    }
    SEED_LABELS["004_4a9b2b8ee103126d.txt"] = {
        "layout": "heading-line-tool-v2", "language": "fi",
        "organization": {"name": "Kiinteistökehitys Kuusisto Oy", "business_id": "2623348-6",
                         "street_address": "Satamakatu 12 LH 21, PL 66", "postal_code": "26101", "city": "Rauma",
                         "country": "FI"},
        "systems": ["Domus", "Google Workspace", "Microsoft Excel", "Procountor"],
        "parties": ["Rantalainen tilitoimisto"],
        "registers": [{
            "name": "Asiakasrekisteri", "modified_at": "2026-03-12",
            "contact_person": {"name": "Janne Kuusisto"}, "responsible_person": {"name": "Janne Kuusisto"},
            "sources_text": "- Sähköposti - Verkkosivujen lomake - Tapaamiset - Puhelin",
            "sources": ["Sähköposti", "Verkkosivujen lomake", "Tapaamiset", "Puhelin"],
            # As printed: the basis heading holds "Suostumus", the purpose heading "Sopimuksellinen peruste."
            "legal_basis_text": "Suostumus", "legal_bases": ["a"],
            "purpose_text": "Sopimuksellinen peruste. Palveluiden tuottamisen mahdollistamiseksi ja asiakassuhteen "
                            "ylläpito.",
            "consent_text": "Koska käsittelyperuste on sopimuksellinen, ei suostumusta tarvita.",
            "use_system_references": True,
            "systems_text": "Google sähköposti, Procountor ja Domus-isännöintijärjestelmä ja energiatodistusten "
                            "osalta Excel-taulukko ja Google-Drive verkkolevyllä taloyhtiökansiot. Manuaalinen "
                            "aineisto avainten luovutuksen osalta.",
            "data_collected_text": "Asiakasyrityksen yhteyshenkilön sekä henkilöasikkaiden nimi, sähköposti, "
                                   "puhelinnumero, hetu, koti- ja laskutusosoite. Lisäksi omaisten tietoja. "
                                   "Käsittelytoimiin liittyvä riski ja henkilökunnalta edellytetään "
                                   "vaitiolosopimusta.",
            "hetu": True,
            "location_text": "Palveluntarjoajan palvelimella ja manuaalisen aineiston ja Excel taulukon osalta "
                             "rekisterinpitäjän toimitiloissa.",
            "processing_location_text": "Yrityksen toimitiloissa ja mobiililaitteilla eri lokaatioissa "
                                        "kirjautumisperusteisesti.",
            "processing_method_text": "Asiakkuus luodaan henkilötietojen käsittelijän toimesta käytössä oleviin "
                                      "järjestelmiin.",
            "resulting_registers_text": "Asiakasrekisteri, laskutusrekisteri sopimusrekisteri",
            "processors_text": "Rekisterinpitäjän oma henkilöstö sekä ulkoistuskumppani Rantalainen tilitoimisto "
                               "sekä Maarit Osmonen, joilla on pääsy Procountorin henkilörekisteriin",
            "retention_text": _RETENTION_BOILERPLATE,
            "security_text": "Rekisteriä ylläpidetään salatulla, palomuurin suojaamalla alueella salasanan ja "
                             "käyttäjätunnusten takana. Henkilötietoja sisältävien aineistojen hävitys tehdään "
                             "tietoturvallisesti.",
            "systems": ["Domus", "Google Workspace", "Microsoft Excel", "Procountor"],
            "parties": ["Rantalainen tilitoimisto"],
        }],
    }


def _seed_003_texts(labels: dict[str, Any]) -> None:
    """Seed 003's long prose: each section's text is the seed's own lines between two headings."""
    text = (SEEDS / "003_7a382d448c4a01eb.txt").read_text(encoding="utf-8")
    cuts = [
        ("purpose_text", "Rekisterin käyttötarkoitus", "Rekisterin tietosisältö"),
        ("data_collected_text", "Henkilörekisteri sisältää", "Säännönmukaiset"),
        ("sources_text", "Tietoja saadaan asiakkaan", " Tietojen säännönmukaiset"),
        ("disclosures_text", "Asiakasrekisterin tiedot ovat ainoastaan yrityksen käytössä, paitsi\nkäyttäessä "
                             "ulkoista palveluntarjoajaa joko lisäarvopalvelun tuottamiseen tai\nluottopäätöksen "
                             "tueksi.\nTietoja ei luovuteta yrityksen ulkopuolelle tai sen yhteistyökumppaneiden\n"
                             "käyttöön, paitsi luottohakemukseen, perintään tai laskutukseen liittyvissä\nasioissa "
                             "sekä lainsäädännön velvoittaessa.\nRekisteröityneen", "Tietojen siirto EU:n tai"),
        ("transfers_text", "Henkilötietoja ei siirretä Euroopan Unionin ulkopuolelle, ellei se ole yrityksen",
         "Rekisterin suojauksen\nperiaatteet A"),
        ("security_manual_text", "Asiakastapahtumissa", "Rekisterin suojauksen\nperiaatteet B"),
        ("security_electronic_text", "Ainoastaan määrätyillä yrityksen", "Evästeet"),
        ("access_right_text", "Rekisteröidyllä on oikeus tarkistaa", "Oikeus vaatia tiedon"),
        ("rectification_text", "Rekisterissä oleva", "Muut henkilötietojen"),
        ("other_rights_text", "Rekisteröidyllä on oikeus kieltää tietojensa käyttäminen", None),
    ]
    register = labels["registers"][0]
    for key, start, end in cuts:
        begin = text.index(start)
        finish = text.index(end, begin) if end else len(text)
        register[key] = " ".join(text[begin:finish].split())


def main() -> None:
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    CORPUS.mkdir()
    _seed_labels_003_004()
    _seed_003_texts(SEED_LABELS["003_7a382d448c4a01eb.txt"])
    labels: dict[str, Any] = {}
    for path in sorted(SEEDS.iterdir()):
        shutil.copyfile(path, CORPUS / path.name)
        labels[path.name] = SEED_LABELS[path.name]
    for doc in DOCS:
        (CORPUS / doc.file).write_bytes(_render(doc))
        labels[doc.file] = _labels(doc)
    (CORPUS / "fi_no_headings.txt").write_text(NO_HEADINGS, encoding="utf-8")
    labels["fi_no_headings.txt"] = {
        "layout": "no-headings", "language": "fi", "organization": {}, "systems": [], "parties": [],
        "registers": [{"name": "Nimetön rekisteri", "unmapped_text": " ".join(NO_HEADINGS.split()),
                       "systems": [], "parties": []}],
    }
    (CORPUS / "fi_garden_h3.html").write_text(GARDEN_HTML, encoding="utf-8")
    labels["fi_garden_h3.html"] = GARDEN_LABELS
    (CORPUS / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(labels)} documents to {CORPUS}")


if __name__ == "__main__":
    main()
