"""Register templates: Finnish registers a small company can adopt and then complete with its own systems.

Each template is a `Register` of the canonical format with the standard text the seed documents share,
corrected where the law asks more of them: the legal basis per GDPR Art. 6(1) with its reasoning, a
retention period with what starts it, security measures for paper and electronic material and the data
subject's rights as they follow from the legal basis (see LEGAL.md §3). Systems, parties, contact and
responsible persons are left empty: they belong to the company that adopts the template.

Texts that read the same in every template are written once below and composed per template.
"""

from __future__ import annotations

from tietovirta.canonical.schema import (
    DataCategory,
    HetuGround,
    LegalBasis,
    Register,
    RetentionUnit,
    SpecialCategory,
)

LANGUAGES = ("fi", "sv", "en")

# Slug -> title per language; the order is the order a user sees them in.
_TITLES: dict[str, dict[str, str]] = {
    "asiakasrekisteri": {"fi": "Asiakasrekisteri", "sv": "Kundregister", "en": "Customer register"},
    "prospektit": {
        "fi": "Prospektit / markkinointirekisteri",
        "sv": "Prospekt / marknadsföringsregister",
        "en": "Prospects / marketing register",
    },
    "henkilostorekisteri": {
        "fi": "Henkilöstörekisteri",
        "sv": "Personalregister",
        "en": "Personnel register",
    },
    "tyonhakijarekisteri": {
        "fi": "Työnhakijarekisteri",
        "sv": "Register över arbetssökande",
        "en": "Job applicant register",
    },
    "uutiskirje": {
        "fi": "Uutiskirjeen tilaajat",
        "sv": "Nyhetsbrevets prenumeranter",
        "en": "Newsletter subscribers",
    },
    "kameravalvonta": {"fi": "Kameravalvonta", "sv": "Kameraövervakning", "en": "Camera surveillance"},
}


def template_titles(lang: str) -> list[tuple[str, str]]:
    """(slug, title) of every template in `lang` (fi, sv or en; anything else falls back to Finnish)."""
    lang = lang if lang in LANGUAGES else "fi"
    return [(slug, titles[lang]) for slug, titles in _TITLES.items()]


def _paragraphs(*parts: str) -> str:
    return "\n\n".join(parts)


# --- Text shared by several templates ---------------------------------------------------------------

NOT_BASED_ON_CONSENT = "Käsittely ei perustu suostumukseen."
NO_AUTOMATED_DECISIONS = "Tietoja ei käytetä automaattiseen päätöksentekoon eikä profilointiin."
DATA_NOT_DISCLOSED = "Tietoja ei luovuteta rekisterinpitäjän ulkopuolelle."
PROCESSING_LOCATION = (
    "Yrityksen toimitiloissa sekä etätyössä yrityksen hallinnoimilla ja suojatuilla laitteilla."
)
PROCESSOR_AGREEMENT = (
    "Jokaisen henkilötietojen käsittelijän kanssa tehdään tietosuoja-asetuksen 28 artiklan mukainen sopimus."
)

TRANSFERS = (
    "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle. Tietojärjestelmien toimittajilta edellytetään, että "
    "tiedot säilytetään EU:n tai ETA:n alueella."
)

SECURITY_MANUAL = (
    "Paperiset asiakirjat säilytetään lukituissa tiloissa tai kaapeissa, joihin on pääsy vain niillä, jotka "
    "tarvitsevat tietoja työtehtävissään. Tarpeettomat paperiasiakirjat hävitetään tietoturvallisesti "
    "silppuamalla tai tietoturvajätteenä."
)
SECURITY_ELECTRONIC = (
    "Tietojärjestelmiin kirjaudutaan henkilökohtaisilla käyttäjätunnuksilla ja salasanoilla, ja "
    "monivaiheista tunnistautumista käytetään aina, kun järjestelmä sen mahdollistaa. Käyttöoikeudet "
    "myönnetään työtehtävien perusteella vain niille, jotka tarvitsevat tietoja työssään, ja ne poistetaan "
    "viipymättä, kun tehtävä tai työsuhde päättyy. Laitteet ja tietoliikenne on suojattu palomuurilla, "
    "haittaohjelmien torjunnalla, salauksella ja ajantasaisilla tietoturvapäivityksillä. Tiedot "
    "varmuuskopioidaan säännöllisesti. Henkilötietoja käsittelevät työntekijät ovat vaitiolovelvollisia, ja "
    "heitä ohjeistetaan tietosuojasta ja tietoturvasta."
)

ACCESS_RIGHT = _paragraphs(
    "Rekisteröidyllä on oikeus saada vahvistus siitä, käsitelläänkö häntä koskevia henkilötietoja, sekä "
    "oikeus tarkastaa tietonsa ja saada niistä jäljennös (tietosuoja-asetuksen 15 artikla).",
    "Pyyntö esitetään rekisterin yhteyshenkilölle sähköpostitse tai kirjeitse. Pyytäjän henkilöllisyys "
    "varmistetaan ennen tietojen antamista. Pyyntöön vastataan viimeistään kuukauden kuluessa sen "
    "vastaanottamisesta. Jos pyyntö on monimutkainen tai pyyntöjä on paljon, määräaikaa voidaan jatkaa "
    "enintään kahdella kuukaudella; jatkamisesta ja sen syistä ilmoitetaan kuukauden kuluessa. Tiedot "
    "annetaan maksutta.",
)
RECTIFICATION_RIGHT = (
    "Rekisteröidyllä on oikeus vaatia, että häntä koskevat virheelliset tai epätarkat henkilötiedot "
    "oikaistaan ja puutteelliset tiedot täydennetään ilman aiheetonta viivytystä (tietosuoja-asetuksen 16 "
    "artikla). Oikaisupyyntö esitetään rekisterin yhteyshenkilölle, ja siinä yksilöidään korjattava tieto ja "
    "sen oikea sisältö."
)

# The other rights, one paragraph each; a template takes those its legal bases give (LEGAL.md §3).
RIGHTS_REQUESTS = "Oikeuksien käyttämistä koskevat pyynnöt esitetään rekisterin yhteyshenkilölle."
RIGHT_ERASURE = (
    "Oikeus tietojen poistamiseen (17 artikla): rekisteröity voi pyytää tietojensa poistamista esimerkiksi "
    "silloin, kun tietoja ei enää tarvita siihen tarkoitukseen, jota varten ne kerättiin."
)
RIGHT_ERASURE_EXCEPT_STATUTORY = (
    RIGHT_ERASURE
    + " Tietoja, joiden säilyttämistä laki edellyttää, kuten kirjanpitoaineistoa, ei kuitenkaan "
    "voida poistaa ennen lakisääteisen säilytysajan päättymistä."
)
RIGHT_RESTRICTION = (
    "Oikeus käsittelyn rajoittamiseen (18 artikla): rekisteröity voi pyytää, että hänen tietojensa "
    "käsittelyä rajoitetaan esimerkiksi siksi aikaa, kun tietojen paikkansapitävyyttä selvitetään."
)
RIGHT_PORTABILITY = (
    "Oikeus siirtää tiedot järjestelmästä toiseen (20 artikla): kun käsittely perustuu suostumukseen tai "
    "sopimukseen ja se tehdään automaattisesti, rekisteröity voi saada itse toimittamansa tiedot "
    "jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa ja siirtää ne toiselle "
    "rekisterinpitäjälle."
)
RIGHT_OBJECTION = (
    "Oikeus vastustaa käsittelyä (21 artikla): rekisteröity voi erityiseen henkilökohtaiseen tilanteeseensa "
    "liittyvällä perusteella vastustaa käsittelyä, joka perustuu rekisterinpitäjän oikeutettuun etuun. "
    "Käsittelyä voidaan tällöin jatkaa vain, jos rekisterinpitäjä osoittaa, että käsittelyyn on huomattavan "
    "tärkeä ja perusteltu syy, joka syrjäyttää rekisteröidyn edut, oikeudet ja vapaudet, tai että käsittely "
    "on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi."
)
RIGHT_OBJECTION_DIRECT_MARKETING = (
    "Rekisteröity voi milloin tahansa kieltää tietojensa käytön suoramarkkinointiin, jolloin tietoja ei enää "
    "käytetä tähän tarkoitukseen."
)
RIGHT_WITHDRAW_CONSENT = (
    "Oikeus peruuttaa suostumus (7 artiklan 3 kohta): rekisteröity voi peruuttaa suostumuksensa milloin "
    "tahansa. Peruuttaminen ei vaikuta ennen sitä tapahtuneen käsittelyn lainmukaisuuteen."
)
RIGHT_COMPLAINT = (
    "Oikeus tehdä valitus valvontaviranomaiselle (77 artikla): jos rekisteröity katsoo, että hänen "
    "henkilötietojensa käsittelyssä rikotaan tietosuojalainsäädäntöä, hän voi tehdä valituksen "
    "tietosuojavaltuutetun toimistolle (tietosuoja.fi)."
)

KPL_VOUCHERS = (
    "kirjanpitolain (1336/1997) 2 luvun 10 §:n mukaisesti kuusi vuotta sen vuoden lopusta, jonka aikana "
    "tilikausi päättyi"
)


def _cats(*names: str) -> list[DataCategory]:
    return [DataCategory(name=name) for name in names]


def _register(slug: str, **fields: object) -> Register:
    # Texts that every template shares unless it passes its own; the Finnish title is the name.
    return Register.model_validate(
        {
            "name": _TITLES[slug]["fi"],
            "access_right_text": ACCESS_RIGHT,
            "rectification_text": RECTIFICATION_RIGHT,
            "processing_location_text": PROCESSING_LOCATION,
            "transfers_text": TRANSFERS,
            "automated_decisions_text": NO_AUTOMATED_DECISIONS,
            **fields,
        }
    )


_asiakasrekisteri = _register(
    "asiakasrekisteri",
    sources=["Asiakas itse", "Asiakasyritys", "Yritys- ja yhteisötietojärjestelmä (YTJ)"],
    sources_text=(
        "Tiedot saadaan asiakkaalta itseltään tilausten, sopimusten ja muun asioinnin yhteydessä, "
        "esimerkiksi sähköpostitse, puhelimitse, verkkosivujen lomakkeella ja tapaamisissa. Yritysasiakkaan "
        "yhteyshenkilön tiedot voidaan saada myös asiakasyritykseltä. Yritysasiakkaiden perustiedot "
        "tarkistetaan tarvittaessa Yritys- ja yhteisötietojärjestelmästä (YTJ). Jos tiedot saadaan muualta "
        "kuin rekisteröidyltä itseltään, hänelle kerrotaan käsittelystä ja tietolähteestä viimeistään "
        "ensimmäisen yhteydenoton yhteydessä."
    ),
    legal_bases=[LegalBasis.CONTRACT, LegalBasis.LEGAL_OBLIGATION, LegalBasis.LEGITIMATE_INTERESTS],
    legal_basis_text=_paragraphs(
        "Henkilöasiakkaiden tietojen käsittely perustuu asiakkaan kanssa tehtyyn sopimukseen tai sopimusta "
        "edeltäviin toimenpiteisiin, joihin ryhdytään asiakkaan pyynnöstä (tietosuoja-asetuksen 6 artiklan 1 "
        "kohdan b alakohta).",
        "Yritysasiakkaiden yhteyshenkilöiden tietojen käsittely perustuu rekisterinpitäjän oikeutettuun "
        "etuun (f alakohta).",
        "Laskutus- ja kirjanpitoaineiston käsittely ja säilyttäminen perustuvat rekisterinpitäjän "
        "lakisääteisiin velvoitteisiin (c alakohta), erityisesti kirjanpitolakiin (1336/1997).",
    ),
    legitimate_interest_text=(
        "Rekisterinpitäjän oikeutettu etu on hoitaa asiakassuhdetta ja täyttää sopimus asiakasyrityksen "
        "kanssa, mikä edellyttää yhteydenpitoa asiakasyrityksen nimeämiin yhteyshenkilöihin. Käsittely "
        "rajoittuu yhteyshenkilön työtehtäviin liittyviin tietoihin, ja yhteyshenkilö voi kohtuudella "
        "odottaa, että hänen tietojaan käytetään tähän tarkoitukseen."
    ),
    consent_text=NOT_BASED_ON_CONSENT,
    data_subject_categories=["Henkilöasiakkaat", "Yritysasiakkaiden yhteyshenkilöt"],
    data_categories=_cats(
        "Nimi",
        "Yhteystiedot (sähköpostiosoite, puhelinnumero, postiosoite)",
        "Laskutus- ja toimitusosoite",
        "Yhteyshenkilön edustama yritys ja tehtävänimike",
        "Tilaus-, sopimus- ja laskutustiedot",
        "Asiakaspalvelu- ja yhteydenottohistoria",
    ),
    data_collected_text=(
        "Rekisteriin tallennetaan henkilöasiakkaiden ja yritysasiakkaiden yhteyshenkilöiden nimi ja "
        "yhteystiedot, laskutus- ja toimitusosoite, yhteyshenkilön edustama yritys ja tehtävänimike, "
        "tilaus-, sopimus- ja laskutustiedot sekä asiakassuhteeseen liittyvä viestintä. Henkilötunnusta ei "
        "kerätä."
    ),
    location_text=(
        "Tiedot tallennetaan asiakkuudenhallinta-, laskutus- ja kirjanpitojärjestelmiin sekä sähköpostiin. "
        "Paperiset sopimukset säilytetään yrityksen lukituissa toimitiloissa."
    ),
    purpose_text=(
        "Henkilötietoja käsitellään asiakassuhteen hoitamiseen ja ylläpitoon, tilausten ja sopimusten "
        "toteuttamiseen, laskutukseen ja saatavien perintään, asiakaspalveluun ja asiakasviestintään sekä "
        "kirjanpitovelvoitteiden ja muiden lakisääteisten velvoitteiden täyttämiseen."
    ),
    processing_method_text=(
        "Asiakkaan tiedot kirjataan asiakkuudenhallintajärjestelmään asiakassuhteen alkaessa, ja niitä "
        "päivitetään asiakassuhteen aikana. Laskutukseen tarvittavat tiedot siirretään laskutus- ja "
        "kirjanpitojärjestelmään. Tietoja käsittelevät vain ne työntekijät ja henkilötietojen käsittelijät, "
        "jotka tarvitsevat niitä tehtävissään."
    ),
    resulting_registers_text="Asiakasrekisteri, laskutusrekisteri ja sopimusrekisteri.",
    processors_text=(
        "Tietoja käsittelee rekisterinpitäjän oma henkilöstö. Rekisterinpitäjän lukuun tietoja käsittelevät "
        "lisäksi kirjanpitotoimisto ja käytettyjen tietojärjestelmien toimittajat. " + PROCESSOR_AGREEMENT
    ),
    disclosures_text=(
        "Tietoja ei luovuteta säännönmukaisesti. Tietoja voidaan luovuttaa perintätoimistolle erääntyneiden "
        "saatavien perimiseksi sekä viranomaisille, joilla on lakiin perustuva oikeus saada tietoja."
    ),
    retention_period=6,
    retention_unit=RetentionUnit.YEARS,
    retention_trigger="sen vuoden lopusta, jonka aikana asiakassuhteen viimeinen tilikausi päättyi",
    retention_text=_paragraphs(
        "Asiakkaan tietoja säilytetään asiakassuhteen ajan. Laskut, tositteet ja liiketapahtumia koskeva "
        "kirjeenvaihto säilytetään " + KPL_VOUCHERS + ", ja tilinpäätökset ja pääkirjat kymmenen vuotta "
        "tilikauden päättymisestä. Asiakassuhteen päätyttyä asiakkaan tiedot poistetaan kuuden vuoden "
        "kuluttua sen vuoden lopusta, jonka aikana asiakassuhteen viimeinen tilikausi päättyi.",
        "Tietoja, joita kirjanpito ei edellytä, kuten päättyneen asiakkuuden yhteyshenkilöiden "
        "yhteystietoja, ei säilytetä pidempään kuin mahdollisten reklamaatioiden ja vaatimusten käsittely "
        "edellyttää. Säilytysaikojen täyttyminen tarkistetaan vähintään kerran vuodessa; vanhentuneet tiedot "
        "poistetaan järjestelmistä ja paperiaineisto hävitetään tietoturvallisesti.",
    ),
    security_manual_text=SECURITY_MANUAL,
    security_electronic_text=SECURITY_ELECTRONIC,
    other_rights_text=_paragraphs(
        RIGHTS_REQUESTS,
        RIGHT_ERASURE_EXCEPT_STATUTORY,
        RIGHT_RESTRICTION,
        RIGHT_PORTABILITY,
        RIGHT_OBJECTION,
        RIGHT_COMPLAINT,
    ),
    statutory_requirement_text=(
        "Sopimuksen tekemiseksi ja toteuttamiseksi tarvittavien tietojen antaminen on sopimuksen edellytys. "
        "Jos tietoja ei anneta, sopimusta ei voida tehdä eikä tilausta toimittaa ja laskuttaa."
    ),
)

_prospektit = _register(
    "prospektit",
    sources=["Rekisteröity itse", "Messut ja tapahtumat", "Julkiset lähteet"],
    sources_text=(
        "Tiedot saadaan rekisteröidyltä itseltään esimerkiksi tapaamisissa, messuilla ja tapahtumissa, "
        "puhelimitse, sähköpostitse tai verkkosivujen yhteydenottolomakkeella. Lisäksi tietoja kerätään "
        "julkisista lähteistä, kuten yritysten verkkosivuilta ja Yritys- ja yhteisötietojärjestelmästä "
        "(YTJ). Jos tiedot on saatu muualta kuin rekisteröidyltä itseltään, hänelle kerrotaan tietojen "
        "käsittelystä ja tietolähteestä viimeistään ensimmäisen yhteydenoton yhteydessä."
    ),
    legal_bases=[LegalBasis.LEGITIMATE_INTERESTS],
    legal_basis_text=(
        "Käsittely perustuu rekisterinpitäjän oikeutettuun etuun (tietosuoja-asetuksen 6 artiklan 1 kohdan f "
        "alakohta)."
    ),
    legitimate_interest_text=_paragraphs(
        "Rekisterinpitäjän oikeutettu etu on uusien asiakkuuksien hankkiminen: yhteydenpito mahdollisten "
        "asiakasyritysten ja -yhteisöjen edustajiin sekä rekisterinpitäjän tuotteiden ja palveluiden "
        "esittely ja markkinointi heille heidän työtehtäviinsä liittyen.",
        "Rekisterinpitäjä on arvioinut, etteivät rekisteröityjen edut ja oikeudet syrjäytä tätä etua: tiedot "
        "rajataan työtehtäviin liittyviin yhteystietoihin, yritysten edustajat voivat kohtuudella odottaa "
        "tällaista yhteydenottoa, ja jokainen voi milloin tahansa kieltää tietojensa käytön "
        "suoramarkkinointiin.",
        "Rekisteriin ei tallenneta kuluttajia, koska kuluttajille lähetettävä sähköinen suoramarkkinointi "
        "edellyttää ennakkosuostumusta (laki sähköisen viestinnän palveluista 917/2014, 200 §).",
    ),
    consent_text=NOT_BASED_ON_CONSENT,
    data_subject_categories=["Mahdollisten asiakasyritysten ja -yhteisöjen yhteyshenkilöt"],
    data_categories=_cats(
        "Nimi",
        "Edustettu organisaatio ja tehtävänimike",
        "Työsähköpostiosoite ja työpuhelinnumero",
        "Ilmaistut kiinnostuksen kohteet",
        "Yhteydenotto- ja tarjoushistoria",
        "Suoramarkkinointikielto",
    ),
    data_collected_text=(
        "Rekisteriin tallennetaan yhteyshenkilön nimi, edustettu organisaatio ja tehtävänimike, "
        "työsähköpostiosoite ja työpuhelinnumero, ilmaistut kiinnostuksen kohteet, tiedot yhteydenotoista ja "
        "tarjouksista sekä mahdollinen suoramarkkinointikielto."
    ),
    location_text="Tiedot tallennetaan asiakkuudenhallintajärjestelmään ja sähköpostiin.",
    purpose_text=(
        "Uusien asiakkuuksien hankkiminen: yhteydenpito mahdollisiin asiakkaisiin, tarjousten laatiminen "
        "sekä rekisterinpitäjän tuotteiden ja palveluiden esittely ja markkinointi."
    ),
    processing_method_text=(
        "Tiedot kirjataan asiakkuudenhallintajärjestelmään yhteydenoton yhteydessä. Jos prospektista tulee "
        "asiakas, tarpeelliset tiedot siirretään asiakasrekisteriin. Suoramarkkinointikiellot kirjataan "
        "viipymättä, ja niitä noudatetaan kaikessa markkinoinnissa."
    ),
    resulting_registers_text="Markkinointi- ja prospektirekisteri.",
    processors_text=(
        "Tietoja käsittelee rekisterinpitäjän myynti- ja markkinointihenkilöstö. Rekisterinpitäjän lukuun "
        "tietoja käsittelevät lisäksi käytettyjen tietojärjestelmien toimittajat. " + PROCESSOR_AGREEMENT
    ),
    disclosures_text=DATA_NOT_DISCLOSED,
    retention_period=2,
    retention_unit=RetentionUnit.YEARS,
    retention_trigger="viimeisestä yhteydenotosta",
    retention_text=(
        "Tiedot säilytetään kaksi vuotta viimeisestä yhteydenotosta, minkä jälkeen ne poistetaan. "
        "Asiakkaaksi tulleen henkilön tiedot siirretään asiakasrekisteriin. Jos rekisteröity kieltää "
        "suoramarkkinoinnin, hänen tietonsa poistetaan; kieltoa koskeva merkintä ja sen noudattamiseksi "
        "tarvittava yhteystieto säilytetään, jotta kieltoa voidaan noudattaa."
    ),
    security_manual_text=SECURITY_MANUAL,
    security_electronic_text=SECURITY_ELECTRONIC,
    other_rights_text=_paragraphs(
        RIGHTS_REQUESTS,
        RIGHT_ERASURE,
        RIGHT_RESTRICTION,
        RIGHT_OBJECTION,
        RIGHT_OBJECTION_DIRECT_MARKETING,
        RIGHT_COMPLAINT,
    ),
    statutory_requirement_text="Tietojen antaminen on vapaaehtoista.",
)

_henkilostorekisteri = _register(
    "henkilostorekisteri",
    sources=["Työntekijä itse", "Verohallinto", "Työterveyshuolto"],
    sources_text=(
        "Tiedot saadaan ensisijaisesti työntekijältä itseltään. Muualta tietoja hankitaan vain työntekijän "
        "suostumuksella tai lain nojalla (laki yksityisyyden suojasta työelämässä 759/2004, 4 §). "
        "Verohallinnolta saadaan ennakonpidätyksessä tarvittavat verotustiedot ja työterveyshuollolta "
        "työkykyä koskevat lausunnot."
    ),
    # Not consent: in employment it is rarely freely given (GDPR recital 43, EDPB guidelines 05/2020).
    legal_bases=[LegalBasis.CONTRACT, LegalBasis.LEGAL_OBLIGATION],
    legal_basis_text=_paragraphs(
        "Käsittely perustuu työsopimukseen (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta) ja "
        "työnantajan lakisääteisiin velvoitteisiin (c alakohta). Velvoitteista säädetään muun muassa "
        "työsopimuslaissa (55/2001), laissa yksityisyyden suojasta työelämässä (759/2004), työaikalaissa "
        "(872/2019), vuosilomalaissa (162/2005), työturvallisuuslaissa (738/2002), työterveyshuoltolaissa "
        "(1383/2001), laissa kansallisesta tulorekisteristä (53/2018), kirjanpitolaissa (1336/1997) sekä "
        "vero- ja eläkelainsäädännössä.",
        "Työnantaja käsittelee vain työntekijän työsuhteen kannalta välittömästi tarpeellisia henkilötietoja "
        "(laki yksityisyyden suojasta työelämässä, 3 §).",
    ),
    special_category_conditions=["b"],
    special_category_text=(
        "Työntekijän terveydentilaa koskevia tietoja, kuten lääkärintodistuksia ja työkykyä koskevia "
        "lausuntoja, käsitellään tietosuoja-asetuksen 9 artiklan 2 kohdan b alakohdan ja lain yksityisyyden "
        "suojasta työelämässä 5 §:n nojalla. Tiedot saadaan työntekijältä itseltään tai hänen kirjallisella "
        "suostumuksellaan muualta, ja niitä käsitellään vain sairausajan palkan tai muiden terveydentilaan "
        "liittyvien etuuksien maksamiseksi, poissaolon perusteen selvittämiseksi tai työkyvyn "
        "selvittämiseksi työntekijän sitä nimenomaisesti halutessa. Terveystietoja käsittelevät vain siihen "
        "nimetyt henkilöt, ja terveystiedot säilytetään erillään muista henkilötiedoista."
    ),
    hetu_ground=HetuGround.SECTOR,
    hetu_ground_text=(
        "Henkilötunnusta käsitellään tietosuojalain (1050/2018) 29 §:n 1 momentin 3 kohdan nojalla "
        "työsuhdetta ja siihen liittyviä etuuksia koskevissa asioissa, kuten palkanmaksussa sekä vero-, "
        "tulorekisteri-, eläke- ja vakuutusilmoituksissa. Henkilötunnusta ei merkitä tulosteisiin eikä "
        "asiakirjoihin tarpeettomasti."
    ),
    consent_text=(
        "Henkilöstötietojen käsittely ei perustu suostumukseen, koska työnantajan ja työntekijän välisen "
        "riippuvuussuhteen vuoksi suostumusta ei työsuhteessa yleensä voida pitää vapaaehtoisena."
    ),
    data_subject_categories=[
        "Työntekijät",
        "Entiset työntekijät",
        "Työntekijöiden lähiomaiset (hätätilanteiden yhteyshenkilöt)",
    ],
    data_categories=[
        DataCategory(name="Nimi ja yhteystiedot"),
        DataCategory(name="Henkilötunnus", is_hetu=True),
        DataCategory(name="Työsopimus- ja palvelussuhdetiedot"),
        DataCategory(name="Palkka-, vero- ja pankkitilitiedot"),
        DataCategory(name="Työaika-, vuosiloma- ja poissaolotiedot"),
        DataCategory(
            name="Lääkärintodistukset ja työkykyä koskevat lausunnot", special_category=SpecialCategory.HEALTH
        ),
        DataCategory(name="Koulutus, osaaminen ja kehityskeskustelut"),
        DataCategory(name="Lähiomaisen yhteystiedot hätätilanteita varten"),
        DataCategory(name="Käyttäjätunnukset, työvälineet ja kulkuoikeudet"),
    ],
    data_collected_text=(
        "Rekisteriin tallennetaan työntekijän nimi, henkilötunnus ja yhteystiedot, työsopimusta ja "
        "palvelussuhdetta koskevat tiedot, palkka-, vero- ja pankkitilitiedot, työaika-, vuosiloma- ja "
        "poissaolotiedot, lääkärintodistukset ja työkykyä koskevat lausunnot, koulutusta, osaamista ja "
        "kehityskeskusteluja koskevat tiedot sekä lähiomaisen yhteystiedot hätätilanteita varten. Lisäksi "
        "tallennetaan työvälineitä, käyttäjätunnuksia ja kulkuoikeuksia koskevat tiedot."
    ),
    location_text=(
        "Tiedot tallennetaan palkanlaskennan ja henkilöstöhallinnon järjestelmiin. Paperiset "
        "henkilöstöasiakirjat säilytetään lukituissa kaapeissa."
    ),
    purpose_text=(
        "Henkilötietoja käsitellään työsuhteen hoitamiseen: työsopimusten tekemiseen ja ylläpitoon, "
        "palkanmaksuun sekä matka- ja kululaskujen käsittelyyn, työaika- ja vuosilomakirjanpitoon, "
        "poissaolojen kirjaamiseen, lakisääteisiin ilmoituksiin tulorekisteriin, Verohallinnolle sekä eläke- "
        "ja tapaturmavakuuttajalle, työturvallisuudesta ja työterveyshuollosta huolehtimiseen, osaamisen "
        "kehittämiseen sekä työvälineiden ja käyttöoikeuksien hallintaan."
    ),
    processing_method_text=(
        "Tiedot kirjataan henkilöstöhallinnon ja palkanlaskennan järjestelmiin työsuhteen alkaessa, ja niitä "
        "päivitetään työsuhteen aikana. Tietoja käsittelevät vain henkilöstöhallinnon ja palkanlaskennan "
        "tehtäviä hoitavat henkilöt sekä esihenkilöt omien alaistensa osalta siinä laajuudessa kuin heidän "
        "tehtävänsä edellyttävät."
    ),
    resulting_registers_text=(
        "Henkilöstörekisteri, palkkakirjanpito, työaikakirjanpito ja vuosilomakirjanpito."
    ),
    processors_text=(
        "Tietoja käsittelevät rekisterinpitäjän henkilöstöhallinnosta ja palkanlaskennasta vastaavat "
        "henkilöt. Rekisterinpitäjän lukuun tietoja käsittelevät lisäksi tilitoimisto tai muu "
        "palkanlaskennan palveluntarjoaja sekä käytettyjen tietojärjestelmien toimittajat. "
        + PROCESSOR_AGREEMENT
    ),
    disclosures_text=(
        "Tietoja luovutetaan lain perusteella kansalliseen tulorekisteriin, Verohallinnolle, "
        "työeläkevakuuttajalle, tapaturmavakuuttajalle ja työterveyshuollolle sekä muille viranomaisille, "
        "joilla on lakiin perustuva oikeus saada tietoja. Palkanmaksua varten maksutiedot välitetään "
        "rekisterinpitäjän pankille."
    ),
    retention_period=10,
    retention_unit=RetentionUnit.YEARS,
    retention_trigger="työsuhteen päättymisestä",
    retention_text=_paragraphs(
        "Työsuhteen alkamis- ja päättymisaikaa sekä työtehtäviä koskevat tiedot säilytetään kymmenen vuotta "
        "työsuhteen päättymisestä, koska työntekijä voi pyytää työtodistusta tämän ajan kuluessa "
        "(työsopimuslaki 6 luku 7 §).",
        "Palkanmaksun tositteet säilytetään "
        + KPL_VOUCHERS
        + ". Työaika- ja vuosilomakirjanpito säilytetään työaikalain ja vuosilomalain edellyttämän ajan.",
        "Lääkärintodistukset ja muut terveydentilaa koskevat tiedot säilytetään vain niin kauan kuin niitä "
        "tarvitaan sairausajan palkan ja siihen liittyvien korvausten käsittelyyn. Lähiomaisten yhteystiedot "
        "sekä käyttäjätunnuksia ja kulkuoikeuksia koskevat tiedot poistetaan työsuhteen päättyessä.",
    ),
    security_manual_text=(
        SECURITY_MANUAL
        + " Terveydentilaa koskevat asiakirjat säilytetään erillään muista henkilöstöasiakirjoista."
    ),
    security_electronic_text=(
        SECURITY_ELECTRONIC
        + " Terveystietoihin ja henkilötunnuksiin on pääsy vain niitä tehtävissään tarvitsevilla."
    ),
    other_rights_text=_paragraphs(
        RIGHTS_REQUESTS,
        RIGHT_ERASURE_EXCEPT_STATUTORY,
        RIGHT_RESTRICTION,
        RIGHT_PORTABILITY,
        RIGHT_COMPLAINT,
    ),
    statutory_requirement_text=(
        "Työsuhteen hoitamiseksi tarvittavien tietojen antaminen on työsopimuksen täyttämisen ja työnantajan "
        "lakisääteisten velvoitteiden edellytys. Jos tietoja ei anneta, palkanmaksua ja lakisääteisiä "
        "ilmoituksia ei voida hoitaa asianmukaisesti."
    ),
)

_tyonhakijarekisteri = _register(
    "tyonhakijarekisteri",
    sources=["Hakija itse", "Hakijan nimeämät suosittelijat"],
    sources_text=(
        "Tiedot saadaan ensisijaisesti hakijalta itseltään hakemuksesta, ansioluettelosta ja "
        "haastatteluista. Suosittelijoilta ja muista lähteistä tietoja hankitaan vain hakijan suostumuksella "
        "(laki yksityisyyden suojasta työelämässä 759/2004, 4 §). Henkilö- ja soveltuvuusarviointeja tehdään "
        "vain hakijan suostumuksella (saman lain 13 §). Hakijaa informoidaan muualta saaduista tiedoista "
        "ennen kuin niitä käytetään häntä koskevassa päätöksenteossa (saman lain 4 §)."
    ),
    legal_bases=[LegalBasis.CONTRACT, LegalBasis.LEGITIMATE_INTERESTS],
    legal_basis_text=_paragraphs(
        "Hakemusten käsittely rekrytoinnin aikana perustuu toimenpiteisiin, joihin ryhdytään hakijan "
        "pyynnöstä ennen työsopimuksen tekemistä (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta).",
        "Tietojen säilyttäminen rekrytoinnin päätyttyä perustuu rekisterinpitäjän oikeutettuun etuun (f "
        "alakohta).",
    ),
    legitimate_interest_text=(
        "Rekisterinpitäjän oikeutettu etu on pystyä osoittamaan, että rekrytointi on tehty syrjimättömästi, "
        "ja vastaamaan yhdenvertaisuuslain (1325/2014) ja naisten ja miesten välisestä tasa-arvosta annetun "
        "lain (609/1986) mukaisiin selvityspyyntöihin ja vaatimuksiin. Tätä varten säilytetään vain valinnan "
        "arvioinnin kannalta tarpeelliset tiedot."
    ),
    consent_text=NOT_BASED_ON_CONSENT,
    data_subject_categories=["Työnhakijat"],
    data_categories=_cats(
        "Nimi ja yhteystiedot",
        "Hakemus ja ansioluettelo",
        "Koulutus, työkokemus ja osaaminen",
        "Haastattelumuistiinpanot ja arviot",
        "Suosittelijoiden lausunnot",
        "Soveltuvuusarviointien tulokset",
        "Tieto valintapäätöksestä",
    ),
    data_collected_text=(
        "Rekisteriin tallennetaan hakijan nimi ja yhteystiedot, hakemus ja ansioluettelo, koulutusta, "
        "työkokemusta ja osaamista koskevat tiedot, haastattelumuistiinpanot ja arviot, suosittelijoiden "
        "lausunnot ja soveltuvuusarviointien tulokset, jos niitä on hankittu hakijan suostumuksella, sekä "
        "tieto valintapäätöksestä. Henkilötunnusta tai terveydentilaa koskevia tietoja ei kerätä "
        "rekrytoinnin aikana."
    ),
    location_text=(
        "Hakemukset vastaanotetaan ja tallennetaan rekrytointijärjestelmään tai sähköpostiin. Paperiset "
        "hakemukset säilytetään lukituissa tiloissa."
    ),
    purpose_text=(
        "Henkilötietoja käsitellään avoinna olevien tehtävien rekrytointiin: hakemusten vastaanottamiseen ja "
        "arviointiin, haastattelujen järjestämiseen, hakijoiden soveltuvuuden arviointiin, valintapäätöksen "
        "tekemiseen ja siitä tiedottamiseen sekä rekrytoinnin syrjimättömyyden osoittamiseen."
    ),
    processing_method_text=(
        "Hakemuksia käsittelevät vain rekrytointiin osallistuvat henkilöt. Valitun hakijan tarpeelliset "
        "tiedot siirretään henkilöstörekisteriin työsuhteen alkaessa."
    ),
    resulting_registers_text="Työnhakijarekisteri.",
    processors_text=(
        "Tietoja käsittelevät rekrytointiin osallistuvat rekisterinpitäjän työntekijät. Rekisterinpitäjän "
        "lukuun tietoja käsittelevät lisäksi rekrytointijärjestelmän toimittaja sekä mahdollinen "
        "rekrytointi- tai henkilöarviointipalvelu. " + PROCESSOR_AGREEMENT
    ),
    disclosures_text=DATA_NOT_DISCLOSED,
    retention_period=2,
    retention_unit=RetentionUnit.YEARS,
    retention_trigger="rekrytointiprosessin päättymisestä",
    retention_text=(
        "Hakemukset ja muut rekrytoinnin tiedot säilytetään kaksi vuotta rekrytointiprosessin päättymisestä, "
        "jotta rekisterinpitäjä voi osoittaa rekrytoinnin olleen syrjimätön. Tämän jälkeen tiedot poistetaan "
        "järjestelmistä ja paperiaineisto hävitetään tietoturvallisesti. Valitun hakijan tarpeelliset tiedot "
        "siirretään henkilöstörekisteriin."
    ),
    security_manual_text=SECURITY_MANUAL,
    security_electronic_text=SECURITY_ELECTRONIC,
    other_rights_text=_paragraphs(
        RIGHTS_REQUESTS,
        RIGHT_ERASURE,
        RIGHT_RESTRICTION,
        RIGHT_PORTABILITY,
        RIGHT_OBJECTION,
        RIGHT_COMPLAINT,
    ),
    statutory_requirement_text=(
        "Tietojen antaminen on vapaaehtoista, mutta hakemusta ei voida käsitellä ilman hakijan yhteystietoja "
        "ja tehtävän kannalta tarpeellisia tietoja."
    ),
)

_uutiskirje = _register(
    "uutiskirje",
    sources=["Tilaaja itse"],
    sources_text=(
        "Tiedot saadaan tilaajalta itseltään, kun hän tilaa uutiskirjeen verkkosivujen tilauslomakkeella tai "
        "muulla tavalla."
    ),
    legal_bases=[LegalBasis.CONSENT],
    legal_basis_text=(
        "Käsittely perustuu tilaajan suostumukseen (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta). "
        "Sähköinen suoramarkkinointi kuluttajille edellyttää lisäksi ennakkosuostumusta (laki sähköisen "
        "viestinnän palveluista 917/2014, 200 §)."
    ),
    consent_text=(
        "Suostumus pyydetään uutiskirjeen tilauksen yhteydessä erillisellä valinnalla, jota ei ole valittu "
        "valmiiksi. Tilaus vahvistetaan tilaajan sähköpostiosoitteeseen lähetettävällä vahvistusviestillä. "
        "Suostumuksen antamisen ajankohta ja tapa tallennetaan, jotta suostumus voidaan tarvittaessa "
        "osoittaa."
    ),
    consent_withdrawal_text=(
        "Tilaaja voi peruuttaa suostumuksensa ja lopettaa tilauksen milloin tahansa jokaisen uutiskirjeen "
        "lopussa olevalla peruutuslinkillä tai ilmoittamalla siitä rekisterin yhteyshenkilölle. "
        "Peruuttaminen on yhtä helppoa kuin suostumuksen antaminen, eikä se vaikuta ennen peruuttamista "
        "tapahtuneen käsittelyn lainmukaisuuteen. Uutiskirjeiden lähettäminen lopetetaan viipymättä "
        "peruuttamisen jälkeen."
    ),
    data_subject_categories=["Uutiskirjeen tilaajat"],
    data_categories=_cats(
        "Sähköpostiosoite",
        "Nimi, jos tilaaja antaa sen",
        "Tilauksen ja suostumuksen ajankohta ja tapa",
        "Tieto tilauksen peruuttamisesta",
    ),
    data_collected_text=(
        "Rekisteriin tallennetaan tilaajan sähköpostiosoite, nimi, jos tilaaja antaa sen, tilauksen ja "
        "suostumuksen ajankohta ja tapa sekä tieto tilauksen peruuttamisesta."
    ),
    location_text="Tiedot tallennetaan uutiskirjepalveluun.",
    purpose_text="Uutiskirjeen lähettäminen sen tilanneille sekä tilausten ja suostumusten hallinta.",
    processing_method_text=(
        "Tilaus tallentuu uutiskirjepalveluun tilaajan itse antamilla tiedoilla. Tietoja ei yhdistetä muihin "
        "rekistereihin eikä käytetä muuhun kuin uutiskirjeen lähettämiseen."
    ),
    resulting_registers_text="Uutiskirjeen postituslista.",
    processors_text=(
        "Tietoja käsittelee rekisterinpitäjän markkinoinnista vastaava henkilöstö. Rekisterinpitäjän lukuun "
        "tietoja käsittelee uutiskirjepalvelun toimittaja. " + PROCESSOR_AGREEMENT
    ),
    disclosures_text=DATA_NOT_DISCLOSED,
    retention_period=1,
    retention_unit=RetentionUnit.MONTHS,
    retention_trigger="tilauksen peruuttamisesta",
    retention_text=(
        "Tilaajan tiedot säilytetään niin kauan kuin tilaus on voimassa. Kun tilaaja peruuttaa tilauksen tai "
        "suostumuksensa, hänen tietonsa poistetaan uutiskirjepalvelusta kuukauden kuluessa peruuttamisesta."
    ),
    security_manual_text=(
        "Uutiskirjeen tilaajatietoja ei tulosteta eikä säilytetä paperilla. " + SECURITY_MANUAL
    ),
    security_electronic_text=SECURITY_ELECTRONIC,
    other_rights_text=_paragraphs(
        RIGHTS_REQUESTS,
        RIGHT_WITHDRAW_CONSENT,
        RIGHT_ERASURE,
        RIGHT_RESTRICTION,
        RIGHT_PORTABILITY,
        RIGHT_COMPLAINT,
    ),
    statutory_requirement_text=(
        "Uutiskirjeen tilaaminen on vapaaehtoista. Uutiskirjettä ei voida lähettää ilman sähköpostiosoitetta."
    ),
)

_kameravalvonta = _register(
    "kameravalvonta",
    sources=["Tallentava kameravalvonta"],
    sources_text="Tiedot saadaan valvotuilla alueilla olevien tallentavien valvontakameroiden kuvasta.",
    legal_bases=[LegalBasis.LEGITIMATE_INTERESTS],
    legal_basis_text=(
        "Käsittely perustuu rekisterinpitäjän oikeutettuun etuun (tietosuoja-asetuksen 6 artiklan 1 kohdan f "
        "alakohta). Työpaikalla kameravalvonta toteutetaan lain yksityisyyden suojasta työelämässä "
        "(759/2004) kameravalvontaa koskevien säännösten mukaisesti."
    ),
    legitimate_interest_text=_paragraphs(
        "Rekisterinpitäjän oikeutettu etu on henkilöiden turvallisuuden ja omaisuuden suojaaminen sekä "
        "rikosten, kuten varkauksien ja ilkivallan, ennaltaehkäiseminen ja selvittäminen.",
        "Valvonta on rajattu siihen, mikä on näiden tarkoitusten kannalta tarpeen. Kamerat kuvaavat vain "
        "rekisterinpitäjän hallinnassa olevia tiloja ja alueita. Valvontaa ei kohdisteta käymälöihin, "
        "pukeutumistiloihin, henkilöstön taukotiloihin eikä työntekijöiden henkilökohtaiseen käyttöön "
        "osoitettuihin työhuoneisiin, eikä sitä käytetä yksittäisten työntekijöiden tarkkailuun.",
        "Kameravalvonnasta ilmoitetaan valvottujen alueiden sisäänkäynneillä selvästi näkyvillä kylteillä. "
        "Työntekijöille kerrotaan ennen valvonnan aloittamista sen tarkoituksesta, käyttöönotosta, "
        "käytettävistä menetelmistä ja kameroiden sijainnista.",
    ),
    consent_text=NOT_BASED_ON_CONSENT,
    data_subject_categories=[
        "Asiakkaat ja vierailijat",
        "Työntekijät",
        "Muut valvotuilla alueilla liikkuvat henkilöt",
    ],
    data_categories=_cats("Valvontakameran videotallenne", "Tallennuksen ajankohta ja kameran sijainti"),
    data_collected_text=(
        "Valvontakameroiden tallenteisiin tallentuu valvotuilla alueilla liikkuvien henkilöiden kuva sekä "
        "tallennuksen ajankohta ja kameran sijainti. Ääntä ei tallenneta. Tallenteita ei käytetä henkilöiden "
        "biometriseen tunnistamiseen."
    ),
    location_text="Tallenteet tallennetaan kameravalvontajärjestelmän tallentimelle.",
    processing_location_text=(
        "Tallenteita käsitellään vain niihin oikeutettujen henkilöiden laitteilla yrityksen toimitiloissa."
    ),
    purpose_text=(
        "Henkilöiden turvallisuuden ja omaisuuden suojaaminen, rikosten ja vahingontekojen "
        "ennaltaehkäiseminen sekä sattuneiden tapahtumien selvittäminen jälkikäteen."
    ),
    processing_method_text=(
        "Kamerat tallentavat kuvaa jatkuvasti tai liiketunnistimen käynnistäminä. Tallenteita katsotaan "
        "vain, kun on syytä epäillä rikosta, vahingontekoa tai turvallisuutta vaarantavaa tapahtumaa, ja "
        "katselusta pidetään kirjaa."
    ),
    resulting_registers_text="Kameravalvontarekisteri.",
    processors_text=(
        "Tallenteita käsittelevät vain erikseen nimetyt rekisterinpitäjän työntekijät. Jos "
        "kameravalvontajärjestelmän toimittajalla tai ylläpitäjällä on pääsy tallenteisiin, se toimii "
        "henkilötietojen käsittelijänä. " + PROCESSOR_AGREEMENT
    ),
    disclosures_text=(
        "Tallenteita luovutetaan vain poliisille tai muulle viranomaiselle, jolla on lakiin perustuva oikeus "
        "saada ne, rikoksen tai muun tapahtuman selvittämiseksi."
    ),
    retention_period=30,
    retention_unit=RetentionUnit.DAYS,
    retention_trigger="tallennushetkestä",
    retention_text=(
        "Tallenteet säilytetään 30 päivää, minkä jälkeen järjestelmä poistaa ne tai tallentaa niiden päälle "
        "automaattisesti. Jos tallennetta tarvitaan rikoksen, vahingon tai muun tapahtuman selvittämiseen, "
        "sitä säilytetään vain niin kauan kuin asian selvittäminen ja käsittely edellyttävät, ja tarve "
        "arvioidaan uudelleen vähintään kerran vuodessa."
    ),
    security_manual_text=(
        "Tallenteista ei tehdä paperitulosteita. Jos tallenteesta otetaan kopio tapahtuman selvittämiseksi, "
        "kopio säilytetään lukitussa tilassa ja hävitetään tietoturvallisesti, kun asia on selvitetty."
    ),
    security_electronic_text=(
        "Tallennin sijaitsee lukitussa tilassa, tai tallenteet säilytetään salattuina palvelussa, johon "
        "kirjaudutaan henkilökohtaisilla tunnuksilla. Tallenteita voivat katsoa vain erikseen nimetyt "
        "henkilöt, ja tallenteiden katselu ja kopiointi kirjataan lokiin. " + SECURITY_ELECTRONIC
    ),
    access_right_text=_paragraphs(
        ACCESS_RIGHT,
        "Jotta tallenne löytyy, pyynnössä yksilöidään tallennuksen ajankohta ja paikka mahdollisimman "
        "tarkasti. Jos tallenteessa näkyy muita henkilöitä, heidän kuvansa peitetään jäljennöksestä, tai "
        "rekisteröity voi katsoa tallenteen rekisterinpitäjän tiloissa.",
    ),
    other_rights_text=_paragraphs(
        RIGHTS_REQUESTS,
        RIGHT_ERASURE,
        RIGHT_RESTRICTION,
        RIGHT_OBJECTION,
        RIGHT_COMPLAINT,
    ),
    statutory_requirement_text=(
        "Rekisteröidyltä ei pyydetä tietoja; valvotulla alueella liikkuva henkilö tallentuu kameravalvontaan."
    ),
    automated_decisions_text=(
        "Tallenteita ei käytetä automaattiseen päätöksentekoon, profilointiin eikä kasvojentunnistukseen."
    ),
)

REGISTER_TEMPLATES: dict[str, Register] = {
    "asiakasrekisteri": _asiakasrekisteri,
    "prospektit": _prospektit,
    "henkilostorekisteri": _henkilostorekisteri,
    "tyonhakijarekisteri": _tyonhakijarekisteri,
    "uutiskirje": _uutiskirje,
    "kameravalvonta": _kameravalvonta,
}
