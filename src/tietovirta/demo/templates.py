"""Register templates: Finnish registers a small company can adopt and then complete with its own systems.

Each template is a `Register` of the canonical format with the standard text the seed documents share,
corrected where the law asks more of them: each purpose with the GDPR Art. 6(1) basis it rests on, a
retention period with what starts it, security measures for paper and electronic material and the data
subject's rights as they follow from the legal bases (see LEGAL.md §3). Systems, parties, contact and
responsible persons are left empty: they belong to the company that adopts the template.

Every text is written in Finnish, Swedish and English (a `Msg`); `template(slug, lang)` gives the
register with its texts in `lang` and the other two as translations, so its privacy notice can be
published in all three languages. Texts that read the same in every template are written once below
and composed per template.
"""

from __future__ import annotations

from typing import Any

from tietovirta.canonical.schema import HetuGround, LegalBasis, Register, RetentionUnit, SpecialCategory
from tietovirta.canonical.translations import combine
from tietovirta.language import LANGUAGES, Msg, language_or_default

# Slug -> title; the order is the order a user sees them in.
_TITLES: dict[str, Msg] = {
    "asiakasrekisteri": Msg("Asiakasrekisteri", "Kundregister", "Customer register"),
    "prospektit": Msg(
        "Prospektit / markkinointirekisteri",
        "Prospekt / marknadsföringsregister",
        "Prospects / marketing register",
    ),
    "henkilostorekisteri": Msg("Henkilöstörekisteri", "Personalregister", "Personnel register"),
    "tyonhakijarekisteri": Msg(
        "Työnhakijarekisteri", "Register över arbetssökande", "Job applicant register"
    ),
    "uutiskirje": Msg("Uutiskirjeen tilaajat", "Nyhetsbrevets prenumeranter", "Newsletter subscribers"),
    "kameravalvonta": Msg("Kameravalvonta", "Kameraövervakning", "Camera surveillance"),
}


def template_titles(lang: str) -> list[tuple[str, str]]:
    """(slug, title) of every template in `lang` (anything else falls back to Finnish)."""
    return [(slug, title.text(lang)) for slug, title in _TITLES.items()]


def _paragraphs(*parts: Msg) -> Msg:
    return Msg.build(lambda lang: "\n\n".join(part.text(lang) for part in parts))


def _join(*parts: Msg) -> Msg:
    return Msg.build(lambda lang: " ".join(part.text(lang) for part in parts))


# --- Text shared by several templates ---------------------------------------------------------------

NOT_BASED_ON_CONSENT = Msg(
    "Käsittely ei perustu suostumukseen.",
    "Behandlingen grundar sig inte på samtycke.",
    "The processing is not based on consent.",
)
NO_AUTOMATED_DECISIONS = Msg(
    "Tietoja ei käytetä automaattiseen päätöksentekoon eikä profilointiin.",
    "Uppgifterna används inte för automatiserat beslutsfattande eller profilering.",
    "The data is not used for automated decision-making or profiling.",
)
DATA_NOT_DISCLOSED = Msg(
    "Tietoja ei luovuteta rekisterinpitäjän ulkopuolelle.",
    "Uppgifterna lämnas inte ut utanför den personuppgiftsansvarige.",
    "The data is not disclosed outside the controller.",
)
PROCESSING_LOCATION = Msg(
    "Yrityksen toimitiloissa sekä etätyössä yrityksen hallinnoimilla ja suojatuilla laitteilla.",
    "I företagets lokaler och vid distansarbete på skyddade enheter som företaget förvaltar.",
    "On the company's premises, and in remote work on protected devices the company manages.",
)
PROCESSOR_AGREEMENT = Msg(
    "Jokaisen henkilötietojen käsittelijän kanssa tehdään tietosuoja-asetuksen 28 artiklan mukainen sopimus.",
    "Med varje personuppgiftsbiträde ingås ett avtal enligt artikel 28 i dataskyddsförordningen.",
    "An agreement under Article 28 of the GDPR is made with every processor.",
)

TRANSFERS = Msg(
    "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle. Tietojärjestelmien toimittajilta edellytetään, että "
    "tiedot säilytetään EU:n tai ETA:n alueella.",
    "Uppgifterna överförs inte utanför EU eller EES. Leverantörerna av informationssystemen ska förvara "
    "uppgifterna inom EU eller EES.",
    "The data is not transferred outside the EU or the EEA. The vendors of the information systems are "
    "required to keep the data within the EU or the EEA.",
)

SECURITY_MANUAL = Msg(
    "Paperiset asiakirjat säilytetään lukituissa tiloissa tai kaapeissa, joihin on pääsy vain niillä, jotka "
    "tarvitsevat tietoja työtehtävissään. Tarpeettomat paperiasiakirjat hävitetään tietoturvallisesti "
    "silppuamalla tai tietoturvajätteenä.",
    "Pappershandlingar förvaras i låsta utrymmen eller skåp som endast de som behöver uppgifterna i sitt "
    "arbete har tillgång till. Pappershandlingar som inte längre behövs förstörs på ett datasäkert sätt "
    "genom strimling eller som datasekretessavfall.",
    "Paper documents are kept in locked rooms or cabinets that only those who need the data in their work "
    "can open. Paper documents no longer needed are destroyed securely by shredding or as confidential "
    "waste.",
)
SECURITY_ELECTRONIC = Msg(
    "Tietojärjestelmiin kirjaudutaan henkilökohtaisilla käyttäjätunnuksilla ja salasanoilla, ja "
    "monivaiheista tunnistautumista käytetään aina, kun järjestelmä sen mahdollistaa. Käyttöoikeudet "
    "myönnetään työtehtävien perusteella vain niille, jotka tarvitsevat tietoja työssään, ja ne poistetaan "
    "viipymättä, kun tehtävä tai työsuhde päättyy. Laitteet ja tietoliikenne on suojattu palomuurilla, "
    "haittaohjelmien torjunnalla, salauksella ja ajantasaisilla tietoturvapäivityksillä. Tiedot "
    "varmuuskopioidaan säännöllisesti. Henkilötietoja käsittelevät työntekijät ovat vaitiolovelvollisia, ja "
    "heitä ohjeistetaan tietosuojasta ja tietoturvasta.",
    "Man loggar in i informationssystemen med personliga användarnamn och lösenord, och "
    "flerstegsautentisering används alltid när systemet tillåter det. Behörigheter beviljas utifrån "
    "arbetsuppgifterna endast dem som behöver uppgifterna i sitt arbete, och de tas bort utan dröjsmål när "
    "uppgiften eller anställningen upphör. Enheterna och datatrafiken skyddas med brandvägg, skydd mot "
    "skadlig kod, kryptering och aktuella säkerhetsuppdateringar. Uppgifterna säkerhetskopieras regelbundet. "
    "Anställda som behandlar personuppgifter har tystnadsplikt och får anvisningar om dataskydd och "
    "informationssäkerhet.",
    "The information systems are used with personal user names and passwords, and multi-factor "
    "authentication is used wherever a system allows it. Access rights are granted by role, only to those "
    "who need the data in their work, and are removed without delay when the task or employment ends. "
    "Devices and connections are protected by a firewall, malware protection, encryption and up-to-date "
    "security updates. The data is backed up regularly. Employees who process personal data are bound by "
    "confidentiality and are instructed in data protection and information security.",
)

ACCESS_RIGHT = _paragraphs(
    Msg(
        "Rekisteröidyllä on oikeus saada vahvistus siitä, käsitelläänkö häntä koskevia henkilötietoja, sekä "
        "oikeus tarkastaa tietonsa ja saada niistä jäljennös (tietosuoja-asetuksen 15 artikla).",
        "Den registrerade har rätt att få bekräftelse på om personuppgifter som gäller honom eller henne "
        "behandlas, och rätt att granska sina uppgifter och få en kopia av dem (artikel 15 i "
        "dataskyddsförordningen).",
        "Data subjects have the right to confirmation of whether personal data about them is processed, and "
        "the right to see their data and receive a copy of it (Article 15 of the GDPR).",
    ),
    Msg(
        "Pyyntö esitetään rekisterin yhteyshenkilölle sähköpostitse tai kirjeitse. Pyytäjän henkilöllisyys "
        "varmistetaan ennen tietojen antamista. Pyyntöön vastataan viimeistään kuukauden kuluessa sen "
        "vastaanottamisesta. Jos pyyntö on monimutkainen tai pyyntöjä on paljon, määräaikaa voidaan jatkaa "
        "enintään kahdella kuukaudella; jatkamisesta ja sen syistä ilmoitetaan kuukauden kuluessa. Tiedot "
        "annetaan maksutta.",
        "Begäran lämnas till registrets kontaktperson per e-post eller brev. Identiteten hos den som begär "
        "uppgifterna kontrolleras innan uppgifterna lämnas ut. Begäran besvaras senast inom en månad från "
        "det att den togs emot. Om begäran är komplicerad eller om det finns många begäranden kan tiden "
        "förlängas med högst två månader; förlängningen och skälen till den meddelas inom en månad. "
        "Uppgifterna lämnas avgiftsfritt.",
        "Requests are made to the register's contact person by e-mail or letter. The requester's identity is "
        "checked before any data is given. A request is answered within one month of receipt at the latest. "
        "Where a request is complex or there are many, the period may be extended by at most two further "
        "months; the extension and its reasons are told within one month. The data is given free of charge.",
    ),
)
RECTIFICATION_RIGHT = Msg(
    "Rekisteröidyllä on oikeus vaatia, että häntä koskevat virheelliset tai epätarkat henkilötiedot "
    "oikaistaan ja puutteelliset tiedot täydennetään ilman aiheetonta viivytystä (tietosuoja-asetuksen 16 "
    "artikla). Oikaisupyyntö esitetään rekisterin yhteyshenkilölle, ja siinä yksilöidään korjattava tieto ja "
    "sen oikea sisältö.",
    "Den registrerade har rätt att utan onödigt dröjsmål få felaktiga eller inexakta personuppgifter om sig "
    "själv rättade och ofullständiga uppgifter kompletterade (artikel 16 i dataskyddsförordningen). Begäran "
    "om rättelse lämnas till registrets kontaktperson och ska ange vilken uppgift som ska rättas och vad den "
    "rätta uppgiften är.",
    "Data subjects have the right to have inaccurate personal data about them corrected and incomplete data "
    "completed without undue delay (Article 16 of the GDPR). A request for rectification is made to the "
    "register's contact person and names the data to be corrected and its correct content.",
)

# The other rights, one paragraph each; a template takes those its legal bases give (LEGAL.md §3).
RIGHTS_REQUESTS = Msg(
    "Oikeuksien käyttämistä koskevat pyynnöt esitetään rekisterin yhteyshenkilölle.",
    "Begäranden om att utöva rättigheterna lämnas till registrets kontaktperson.",
    "Requests to exercise these rights are made to the register's contact person.",
)
RIGHT_ERASURE = Msg(
    "Oikeus tietojen poistamiseen (17 artikla): rekisteröity voi pyytää tietojensa poistamista esimerkiksi "
    "silloin, kun tietoja ei enää tarvita siihen tarkoitukseen, jota varten ne kerättiin.",
    "Rätt till radering (artikel 17): den registrerade kan begära att hans eller hennes uppgifter raderas, "
    "till exempel när de inte längre behövs för det ändamål för vilket de samlades in.",
    "Right to erasure (Article 17): data subjects can ask for their data to be erased, for example when it "
    "is no longer needed for the purpose for which it was collected.",
)
RIGHT_ERASURE_EXCEPT_STATUTORY = _join(
    RIGHT_ERASURE,
    Msg(
        "Tietoja, joiden säilyttämistä laki edellyttää, kuten kirjanpitoaineistoa, ei kuitenkaan voida "
        "poistaa ennen lakisääteisen säilytysajan päättymistä.",
        "Uppgifter som enligt lag ska bevaras, till exempel bokföringsmaterial, kan dock inte raderas förrän "
        "den lagstadgade lagringstiden har löpt ut.",
        "Data the law requires to be kept, such as accounting records, cannot however be erased before the "
        "statutory retention period ends.",
    ),
)
RIGHT_RESTRICTION = Msg(
    "Oikeus käsittelyn rajoittamiseen (18 artikla): rekisteröity voi pyytää, että hänen tietojensa "
    "käsittelyä rajoitetaan esimerkiksi siksi aikaa, kun tietojen paikkansapitävyyttä selvitetään.",
    "Rätt till begränsning av behandling (artikel 18): den registrerade kan begära att behandlingen av hans "
    "eller hennes uppgifter begränsas, till exempel medan uppgifternas riktighet utreds.",
    "Right to restriction of processing (Article 18): data subjects can ask for the processing of their "
    "data to be restricted, for example while its accuracy is being checked.",
)
RIGHT_PORTABILITY = Msg(
    "Oikeus siirtää tiedot järjestelmästä toiseen (20 artikla): kun käsittely perustuu suostumukseen tai "
    "sopimukseen ja se tehdään automaattisesti, rekisteröity voi saada itse toimittamansa tiedot "
    "jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa ja siirtää ne toiselle "
    "rekisterinpitäjälle.",
    "Rätt till dataportabilitet (artikel 20): när behandlingen grundar sig på samtycke eller avtal och sker "
    "automatiserat kan den registrerade få de uppgifter han eller hon själv har lämnat i ett strukturerat, "
    "allmänt använt och maskinläsbart format och överföra dem till en annan personuppgiftsansvarig.",
    "Right to data portability (Article 20): where processing is based on consent or a contract and is "
    "carried out by automated means, data subjects can receive the data they have provided in a "
    "structured, commonly used and machine-readable format and transfer it to another controller.",
)
RIGHT_OBJECTION = Msg(
    "Oikeus vastustaa käsittelyä (21 artikla): rekisteröity voi erityiseen henkilökohtaiseen tilanteeseensa "
    "liittyvällä perusteella vastustaa käsittelyä, joka perustuu rekisterinpitäjän oikeutettuun etuun. "
    "Käsittelyä voidaan tällöin jatkaa vain, jos rekisterinpitäjä osoittaa, että käsittelyyn on huomattavan "
    "tärkeä ja perusteltu syy, joka syrjäyttää rekisteröidyn edut, oikeudet ja vapaudet, tai että käsittely "
    "on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi.",
    "Rätt att invända (artikel 21): den registrerade kan av skäl som hänför sig till hans eller hennes "
    "specifika situation invända mot behandling som grundar sig på den personuppgiftsansvariges "
    "berättigade intresse. Behandlingen får då fortsätta endast om den personuppgiftsansvarige visar "
    "tvingande berättigade skäl som väger tyngre än den registrerades intressen, rättigheter och friheter, "
    "eller att behandlingen behövs för att fastställa, göra gällande eller försvara rättsliga anspråk.",
    "Right to object (Article 21): data subjects can object, on grounds relating to their particular "
    "situation, to processing based on the controller's legitimate interests. The processing may then go "
    "on only if the controller shows compelling legitimate grounds that override the data subject's "
    "interests, rights and freedoms, or that it is needed to establish, exercise or defend legal claims.",
)
RIGHT_OBJECTION_DIRECT_MARKETING = Msg(
    "Rekisteröity voi milloin tahansa kieltää tietojensa käytön suoramarkkinointiin, jolloin tietoja ei enää "
    "käytetä tähän tarkoitukseen.",
    "Den registrerade kan när som helst förbjuda att hans eller hennes uppgifter används för "
    "direktmarknadsföring, och då används uppgifterna inte längre för det ändamålet.",
    "Data subjects can at any time forbid the use of their data for direct marketing, after which it is no "
    "longer used for that purpose.",
)
RIGHT_WITHDRAW_CONSENT = Msg(
    "Oikeus peruuttaa suostumus (7 artiklan 3 kohta): rekisteröity voi peruuttaa suostumuksensa milloin "
    "tahansa. Peruuttaminen ei vaikuta ennen sitä tapahtuneen käsittelyn lainmukaisuuteen.",
    "Rätt att återkalla samtycke (artikel 7.3): den registrerade kan när som helst återkalla sitt samtycke. "
    "Återkallandet påverkar inte lagligheten av behandlingen innan samtycket återkallades.",
    "Right to withdraw consent (Article 7(3)): data subjects can withdraw their consent at any time. "
    "Withdrawal does not affect the lawfulness of processing before it.",
)
RIGHT_COMPLAINT = Msg(
    "Oikeus tehdä valitus valvontaviranomaiselle (77 artikla): jos rekisteröity katsoo, että hänen "
    "henkilötietojensa käsittelyssä rikotaan tietosuojalainsäädäntöä, hän voi tehdä valituksen "
    "tietosuojavaltuutetun toimistolle (tietosuoja.fi).",
    "Rätt att lämna in klagomål till tillsynsmyndigheten (artikel 77): om den registrerade anser att "
    "behandlingen av hans eller hennes personuppgifter strider mot dataskyddslagstiftningen kan han eller "
    "hon lämna in ett klagomål till dataombudsmannens byrå (tietosuoja.fi).",
    "Right to lodge a complaint with the supervisory authority (Article 77): data subjects who consider "
    "that the processing of their personal data infringes data protection law can lodge a complaint with "
    "the Office of the Data Protection Ombudsman (tietosuoja.fi).",
)

KPL_VOUCHERS = Msg(
    "kirjanpitolain (1336/1997) 2 luvun 10 §:n mukaisesti kuusi vuotta sen vuoden lopusta, jonka aikana "
    "tilikausi päättyi",
    "enligt 2 kap. 10 § i bokföringslagen (1336/1997) i sex år från utgången av det år då "
    "räkenskapsperioden avslutades",
    "for six years from the end of the year in which the financial year ended, as chapter 2, section 10 of "
    "the Accounting Act (1336/1997) requires",
)


def _purpose(
    text: Msg,
    basis: LegalBasis,
    *,
    interest: Msg | None = None,
    special_condition: str | None = None,
    direct_marketing: bool = False,
) -> dict[str, Any]:
    return {
        "purpose": text,
        "legal_basis": basis,
        "interest": interest,
        "special_condition": special_condition,
        "direct_marketing": direct_marketing,
    }


def _category(name: Msg, special_category: SpecialCategory | None = None, is_hetu: bool = False) -> dict:
    return {"name": name, "special_category": special_category, "is_hetu": is_hetu}


def _cats(*names: Msg) -> list[dict]:
    return [_category(name) for name in names]


def _in(value: Any, lang: str) -> Any:
    """A template value with every Msg in it written out in `lang`."""
    if isinstance(value, Msg):
        return value.text(lang)
    if isinstance(value, list):
        return [_in(item, lang) for item in value]
    if isinstance(value, dict):
        return {key: _in(item, lang) for key, item in value.items() if item is not None}
    return value


# Texts that every template shares unless it passes its own.
_SHARED = {
    "access_right_text": ACCESS_RIGHT,
    "rectification_text": RECTIFICATION_RIGHT,
    "processing_location_text": PROCESSING_LOCATION,
    "transfers_text": TRANSFERS,
    "automated_decisions_text": NO_AUTOMATED_DECISIONS,
}
_FIELDS: dict[str, dict[str, Any]] = {}


def _template(slug: str, **fields: Any) -> None:
    _FIELDS[slug] = {"name": _TITLES[slug], **_SHARED, **fields}


def template(slug: str, lang: str = "fi") -> Register | None:
    """The template `slug` with its texts in `lang` and in the other languages as their translations."""
    fields = _FIELDS.get(slug)
    if fields is None:
        return None
    versions = {code: Register.model_validate(_in(fields, code)) for code in LANGUAGES}
    return combine(versions, language_or_default(lang))


_template(
    "asiakasrekisteri",
    sources=[
        Msg("Asiakas itse", "Kunden själv", "The customer"),
        Msg("Asiakasyritys", "Kundföretaget", "The customer company"),
        Msg(
            "Yritys- ja yhteisötietojärjestelmä (YTJ)",
            "Företags- och organisationsdatasystemet (FODS)",
            "The Finnish Business Information System (YTJ)",
        ),
    ],
    sources_text=Msg(
        "Tiedot saadaan asiakkaalta itseltään tilausten, sopimusten ja muun asioinnin yhteydessä, "
        "esimerkiksi sähköpostitse, puhelimitse, verkkosivujen lomakkeella ja tapaamisissa. Yritysasiakkaan "
        "yhteyshenkilön tiedot voidaan saada myös asiakasyritykseltä. Yritysasiakkaiden perustiedot "
        "tarkistetaan tarvittaessa Yritys- ja yhteisötietojärjestelmästä (YTJ). Jos tiedot saadaan muualta "
        "kuin rekisteröidyltä itseltään, hänelle kerrotaan käsittelystä ja tietolähteestä viimeistään "
        "ensimmäisen yhteydenoton yhteydessä.",
        "Uppgifterna fås av kunden själv i samband med beställningar, avtal och andra ärenden, till exempel "
        "per e-post, per telefon, via formuläret på webbplatsen och vid möten. En företagskunds "
        "kontaktpersons uppgifter kan också fås av kundföretaget. Företagskundernas grunduppgifter "
        "kontrolleras vid behov i företags- och organisationsdatasystemet (FODS). Om uppgifterna fås från "
        "någon annan än den registrerade själv, informeras han eller hon om behandlingen och källan senast "
        "vid den första kontakten.",
        "The data is received from customers themselves with orders, contracts and other dealings, for "
        "example by e-mail, by phone, through the form on our website and in meetings. A business customer's "
        "contact person's details may also come from the customer company. Business customers' basic details "
        "are checked in the Finnish Business Information System (YTJ) where needed. Where the data comes "
        "from someone other than the data subject, he or she is told of the processing and the source at the "
        "latest at the first contact.",
    ),
    purposes=[
        _purpose(
            Msg(
                "Asiakassuhteen hoitaminen: tilausten ja sopimusten toteuttaminen, asiakaspalvelu ja "
                "asiakasviestintä",
                "Att sköta kundförhållandet: att genomföra beställningar och avtal, kundtjänst och "
                "kundkommunikation",
                "Managing the customer relationship: carrying out orders and contracts, customer service and "
                "customer communication",
            ),
            LegalBasis.CONTRACT,
        ),
        _purpose(
            Msg(
                "Laskutus ja saatavien perintä",
                "Fakturering och indrivning av fordringar",
                "Invoicing and the collection of debts",
            ),
            LegalBasis.CONTRACT,
        ),
        _purpose(
            Msg(
                "Kirjanpitovelvoitteiden ja muiden lakisääteisten velvoitteiden täyttäminen",
                "Att fullgöra bokföringsskyldigheterna och andra lagstadgade skyldigheter",
                "Meeting our bookkeeping obligations and other statutory obligations",
            ),
            LegalBasis.LEGAL_OBLIGATION,
        ),
        _purpose(
            Msg(
                "Yhteydenpito yritysasiakkaiden yhteyshenkilöihin",
                "Kontakten med företagskundernas kontaktpersoner",
                "Keeping in touch with the contact persons of business customers",
            ),
            LegalBasis.LEGITIMATE_INTERESTS,
            interest=Msg(
                "Rekisterinpitäjän oikeutettu etu on hoitaa asiakassuhdetta ja täyttää sopimus "
                "asiakasyrityksen kanssa, mikä edellyttää yhteydenpitoa asiakasyrityksen nimeämiin "
                "yhteyshenkilöihin. Käsittely rajoittuu yhteyshenkilön työtehtäviin liittyviin tietoihin, ja "
                "yhteyshenkilö voi kohtuudella odottaa, että hänen tietojaan käytetään tähän tarkoitukseen.",
                "Den personuppgiftsansvariges berättigade intresse är att sköta kundförhållandet och "
                "fullgöra avtalet med kundföretaget, vilket förutsätter kontakt med de kontaktpersoner som "
                "kundföretaget har utsett. Behandlingen är begränsad till uppgifter som hör till "
                "kontaktpersonens arbetsuppgifter, och kontaktpersonen kan rimligen förvänta sig att "
                "uppgifterna används för detta ändamål.",
                "The controller's legitimate interest is to manage the customer relationship and perform the "
                "contract with the customer company, which requires contact with the persons the company has "
                "named. The processing is limited to data related to the contact person's work, and the "
                "contact person can reasonably expect the data to be used for this purpose.",
            ),
        ),
    ],
    legal_bases=[LegalBasis.CONTRACT, LegalBasis.LEGAL_OBLIGATION, LegalBasis.LEGITIMATE_INTERESTS],
    legal_basis_text=_paragraphs(
        Msg(
            "Henkilöasiakkaiden tietojen käsittely perustuu asiakkaan kanssa tehtyyn sopimukseen tai "
            "sopimusta edeltäviin toimenpiteisiin, joihin ryhdytään asiakkaan pyynnöstä "
            "(tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta).",
            "Behandlingen av privatkunders uppgifter grundar sig på avtalet med kunden eller på åtgärder som "
            "vidtas på kundens begäran innan avtalet ingås (artikel 6.1 b i dataskyddsförordningen).",
            "Personal customers' data is processed on the basis of the contract with the customer or of "
            "steps taken at the customer's request before the contract (Article 6(1)(b) of the GDPR).",
        ),
        Msg(
            "Yritysasiakkaiden yhteyshenkilöiden tietojen käsittely perustuu rekisterinpitäjän oikeutettuun "
            "etuun (f alakohta).",
            "Behandlingen av företagskundernas kontaktpersoners uppgifter grundar sig på den "
            "personuppgiftsansvariges berättigade intresse (led f).",
            "Business customers' contact persons' data is processed on the controller's legitimate interests "
            "(point (f)).",
        ),
        Msg(
            "Laskutus- ja kirjanpitoaineiston käsittely ja säilyttäminen perustuvat rekisterinpitäjän "
            "lakisääteisiin velvoitteisiin (c alakohta), erityisesti kirjanpitolakiin (1336/1997).",
            "Behandlingen och bevarandet av fakturerings- och bokföringsmaterial grundar sig på den "
            "personuppgiftsansvariges lagstadgade skyldigheter (led c), särskilt bokföringslagen "
            "(1336/1997).",
            "Processing and keeping invoicing and accounting records rests on the controller's legal "
            "obligations (point (c)), in particular the Accounting Act (1336/1997).",
        ),
    ),
    legitimate_interest_text=Msg(
        "Rekisterinpitäjän oikeutettu etu on hoitaa asiakassuhdetta ja täyttää sopimus asiakasyrityksen "
        "kanssa, mikä edellyttää yhteydenpitoa asiakasyrityksen nimeämiin yhteyshenkilöihin. Käsittely "
        "rajoittuu yhteyshenkilön työtehtäviin liittyviin tietoihin, ja yhteyshenkilö voi kohtuudella "
        "odottaa, että hänen tietojaan käytetään tähän tarkoitukseen.",
        "Den personuppgiftsansvariges berättigade intresse är att sköta kundförhållandet och fullgöra "
        "avtalet med kundföretaget, vilket förutsätter kontakt med de kontaktpersoner som kundföretaget har "
        "utsett. Behandlingen är begränsad till uppgifter som hör till kontaktpersonens arbetsuppgifter, och "
        "kontaktpersonen kan rimligen förvänta sig att uppgifterna används för detta ändamål.",
        "The controller's legitimate interest is to manage the customer relationship and perform the "
        "contract with the customer company, which requires contact with the persons the company has named. "
        "The processing is limited to data related to the contact person's work, and the contact person can "
        "reasonably expect the data to be used for this purpose.",
    ),
    consent_text=NOT_BASED_ON_CONSENT,
    data_subject_categories=[
        Msg("Henkilöasiakkaat", "Privatkunder", "Personal customers"),
        Msg(
            "Yritysasiakkaiden yhteyshenkilöt",
            "Företagskundernas kontaktpersoner",
            "Contact persons of business customers",
        ),
    ],
    data_categories=_cats(
        Msg("Nimi", "Namn", "Name"),
        Msg(
            "Yhteystiedot (sähköpostiosoite, puhelinnumero, postiosoite)",
            "Kontaktuppgifter (e-postadress, telefonnummer, postadress)",
            "Contact details (e-mail address, phone number, postal address)",
        ),
        Msg(
            "Laskutus- ja toimitusosoite", "Fakturerings- och leveransadress", "Billing and delivery address"
        ),
        Msg(
            "Yhteyshenkilön edustama yritys ja tehtävänimike",
            "Kontaktpersonens företag och befattning",
            "The contact person's company and job title",
        ),
        Msg(
            "Tilaus-, sopimus- ja laskutustiedot",
            "Beställnings-, avtals- och faktureringsuppgifter",
            "Order, contract and invoicing details",
        ),
        Msg(
            "Asiakaspalvelu- ja yhteydenottohistoria",
            "Kundtjänst- och kontakthistorik",
            "Customer service and contact history",
        ),
    ),
    data_collected_text=Msg(
        "Rekisteriin tallennetaan henkilöasiakkaiden ja yritysasiakkaiden yhteyshenkilöiden nimi ja "
        "yhteystiedot, laskutus- ja toimitusosoite, yhteyshenkilön edustama yritys ja tehtävänimike, "
        "tilaus-, sopimus- ja laskutustiedot sekä asiakassuhteeseen liittyvä viestintä. Henkilötunnusta ei "
        "kerätä.",
        "I registret sparas privatkundernas och företagskundernas kontaktpersoners namn och "
        "kontaktuppgifter, fakturerings- och leveransadress, kontaktpersonens företag och befattning, "
        "beställnings-, avtals- och faktureringsuppgifter samt kommunikation som gäller kundförhållandet. "
        "Personbeteckning samlas inte in.",
        "The register holds the names and contact details of personal customers and of business customers' "
        "contact persons, billing and delivery addresses, the contact person's company and job title, order, "
        "contract and invoicing details, and communication about the customer relationship. The personal "
        "identity code is not collected.",
    ),
    location_text=Msg(
        "Tiedot tallennetaan asiakkuudenhallinta-, laskutus- ja kirjanpitojärjestelmiin sekä sähköpostiin. "
        "Paperiset sopimukset säilytetään yrityksen lukituissa toimitiloissa.",
        "Uppgifterna sparas i systemen för kundhantering, fakturering och bokföring samt i e-posten. "
        "Pappersavtal förvaras i företagets låsta lokaler.",
        "The data is stored in the customer management, invoicing and accounting systems and in e-mail. "
        "Paper contracts are kept on the company's locked premises.",
    ),
    purpose_text=Msg(
        "Henkilötietoja käsitellään asiakassuhteen hoitamiseen ja ylläpitoon, tilausten ja sopimusten "
        "toteuttamiseen, laskutukseen ja saatavien perintään, asiakaspalveluun ja asiakasviestintään sekä "
        "kirjanpitovelvoitteiden ja muiden lakisääteisten velvoitteiden täyttämiseen.",
        "Personuppgifterna behandlas för att sköta och upprätthålla kundförhållandet, genomföra "
        "beställningar och avtal, fakturera och driva in fordringar, för kundtjänst och kundkommunikation "
        "samt för att fullgöra bokföringsskyldigheterna och andra lagstadgade skyldigheter.",
        "The personal data is processed to manage and maintain the customer relationship, carry out orders "
        "and contracts, invoice and collect debts, for customer service and communication, and to meet our "
        "bookkeeping and other statutory obligations.",
    ),
    processing_method_text=Msg(
        "Asiakkaan tiedot kirjataan asiakkuudenhallintajärjestelmään asiakassuhteen alkaessa, ja niitä "
        "päivitetään asiakassuhteen aikana. Laskutukseen tarvittavat tiedot siirretään laskutus- ja "
        "kirjanpitojärjestelmään. Tietoja käsittelevät vain ne työntekijät ja henkilötietojen käsittelijät, "
        "jotka tarvitsevat niitä tehtävissään.",
        "Kundens uppgifter förs in i kundhanteringssystemet när kundförhållandet börjar och uppdateras under "
        "kundförhållandet. De uppgifter som behövs för faktureringen överförs till fakturerings- och "
        "bokföringssystemet. Uppgifterna behandlas endast av de anställda och personuppgiftsbiträden som "
        "behöver dem i sina uppgifter.",
        "A customer's data is entered in the customer management system when the relationship begins and "
        "updated during it. The data needed for invoicing is passed to the invoicing and accounting system. "
        "Only the employees and processors who need the data in their tasks process it.",
    ),
    resulting_registers_text=Msg(
        "Asiakasrekisteri, laskutusrekisteri ja sopimusrekisteri.",
        "Kundregister, faktureringsregister och avtalsregister.",
        "Customer register, invoicing register and contract register.",
    ),
    processors_text=_join(
        Msg(
            "Tietoja käsittelee rekisterinpitäjän oma henkilöstö. Rekisterinpitäjän lukuun tietoja "
            "käsittelevät lisäksi kirjanpitotoimisto ja käytettyjen tietojärjestelmien toimittajat.",
            "Uppgifterna behandlas av den personuppgiftsansvariges egen personal. För den "
            "personuppgiftsansvariges räkning behandlas de dessutom av bokföringsbyrån och leverantörerna av "
            "de informationssystem som används.",
            "The data is processed by the controller's own staff. The accounting firm and the vendors of the "
            "information systems used also process it on the controller's behalf.",
        ),
        PROCESSOR_AGREEMENT,
    ),
    disclosures_text=Msg(
        "Tietoja ei luovuteta säännönmukaisesti. Tietoja voidaan luovuttaa perintätoimistolle erääntyneiden "
        "saatavien perimiseksi sekä viranomaisille, joilla on lakiin perustuva oikeus saada tietoja.",
        "Uppgifterna lämnas inte ut regelbundet. Uppgifter kan lämnas ut till en inkassobyrå för indrivning "
        "av förfallna fordringar och till myndigheter som har rätt till uppgifterna enligt lag.",
        "The data is not disclosed regularly. It may be disclosed to a debt collection agency to collect "
        "overdue debts, and to authorities entitled to it by law.",
    ),
    retention_period=6,
    retention_unit=RetentionUnit.YEARS,
    retention_trigger=Msg(
        "sen vuoden lopusta, jonka aikana asiakassuhteen viimeinen tilikausi päättyi",
        "från utgången av det år då kundförhållandets sista räkenskapsperiod avslutades",
        "from the end of the year in which the last financial year of the customer relationship ended",
    ),
    retention_text=_paragraphs(
        _join(
            Msg(
                "Asiakkaan tietoja säilytetään asiakassuhteen ajan. Laskut, tositteet ja liiketapahtumia "
                "koskeva kirjeenvaihto säilytetään",
                "Kundens uppgifter bevaras under kundförhållandet. Fakturor, verifikat och korrespondens om "
                "affärshändelser bevaras",
                "A customer's data is kept for the duration of the customer relationship. Invoices, vouchers "
                "and business correspondence are kept",
            ),
            KPL_VOUCHERS.map(lambda text: text + ","),
            Msg(
                "ja tilinpäätökset ja pääkirjat kymmenen vuotta tilikauden päättymisestä. Asiakassuhteen "
                "päätyttyä asiakkaan tiedot poistetaan kuuden vuoden kuluttua sen vuoden lopusta, jonka "
                "aikana asiakassuhteen viimeinen tilikausi päättyi.",
                "och bokslut och huvudböcker i tio år från räkenskapsperiodens utgång. När kundförhållandet "
                "har upphört raderas kundens uppgifter sex år efter utgången av det år då kundförhållandets "
                "sista räkenskapsperiod avslutades.",
                "and financial statements and general ledgers for ten years from the end of the financial "
                "year. After the customer relationship ends, the customer's data is erased six years after "
                "the end of the year in which its last financial year ended.",
            ),
        ),
        Msg(
            "Tietoja, joita kirjanpito ei edellytä, kuten päättyneen asiakkuuden yhteyshenkilöiden "
            "yhteystietoja, ei säilytetä pidempään kuin mahdollisten reklamaatioiden ja vaatimusten "
            "käsittely edellyttää. Säilytysaikojen täyttyminen tarkistetaan vähintään kerran vuodessa; "
            "vanhentuneet tiedot poistetaan järjestelmistä ja paperiaineisto hävitetään tietoturvallisesti.",
            "Uppgifter som bokföringen inte kräver, till exempel kontaktuppgifter till kontaktpersoner i ett "
            "avslutat kundförhållande, bevaras inte längre än vad behandlingen av eventuella reklamationer "
            "och krav förutsätter. Lagringstiderna gås igenom minst en gång om året; inaktuella uppgifter "
            "raderas ur systemen och pappersmaterial förstörs på ett datasäkert sätt.",
            "Data the accounts do not require, such as the contact details of contact persons of a former "
            "customer, is not kept longer than handling possible complaints and claims requires. Retention "
            "periods are checked at least once a year; outdated data is erased from the systems and paper "
            "records are destroyed securely.",
        ),
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
    statutory_requirement_text=Msg(
        "Sopimuksen tekemiseksi ja toteuttamiseksi tarvittavien tietojen antaminen on sopimuksen edellytys. "
        "Jos tietoja ei anneta, sopimusta ei voida tehdä eikä tilausta toimittaa ja laskuttaa.",
        "Att lämna de uppgifter som behövs för att ingå och fullgöra avtalet är en förutsättning för "
        "avtalet. Om uppgifterna inte lämnas kan avtalet inte ingås och beställningen inte levereras eller "
        "faktureras.",
        "Providing the data needed to make and perform the contract is a condition of the contract. Without "
        "it, the contract cannot be made and the order cannot be delivered or invoiced.",
    ),
)

_template(
    "prospektit",
    sources=[
        Msg("Rekisteröity itse", "Den registrerade själv", "The data subject"),
        Msg("Messut ja tapahtumat", "Mässor och evenemang", "Trade fairs and events"),
        Msg("Julkiset lähteet", "Offentliga källor", "Public sources"),
    ],
    sources_text=Msg(
        "Tiedot saadaan rekisteröidyltä itseltään esimerkiksi tapaamisissa, messuilla ja tapahtumissa, "
        "puhelimitse, sähköpostitse tai verkkosivujen yhteydenottolomakkeella. Lisäksi tietoja kerätään "
        "julkisista lähteistä, kuten yritysten verkkosivuilta ja Yritys- ja yhteisötietojärjestelmästä "
        "(YTJ). Jos tiedot on saatu muualta kuin rekisteröidyltä itseltään, hänelle kerrotaan tietojen "
        "käsittelystä ja tietolähteestä viimeistään ensimmäisen yhteydenoton yhteydessä.",
        "Uppgifterna fås av den registrerade själv, till exempel vid möten, mässor och evenemang, per "
        "telefon, per e-post eller via kontaktformuläret på webbplatsen. Dessutom samlas uppgifter in från "
        "offentliga källor, såsom företagens webbplatser och företags- och organisationsdatasystemet (FODS). "
        "Om uppgifterna har fåtts från någon annan än den registrerade själv, informeras han eller hon om "
        "behandlingen och källan senast vid den första kontakten.",
        "The data is received from data subjects themselves, for example at meetings, trade fairs and "
        "events, by phone, by e-mail or through the contact form on our website. Data is also collected from "
        "public sources, such as companies' websites and the Finnish Business Information System (YTJ). "
        "Where the data has come from someone other than the data subject, he or she is told of the "
        "processing and the source at the latest at the first contact.",
    ),
    purposes=[
        _purpose(
            Msg(
                "Uusien asiakkuuksien hankkiminen: yhteydenpito mahdollisiin asiakkaisiin ja tarjousten "
                "laatiminen",
                "Att skaffa nya kunder: kontakt med möjliga kunder och att utarbeta offerter",
                "Winning new customers: contacting prospective customers and preparing offers",
            ),
            LegalBasis.LEGITIMATE_INTERESTS,
            interest=Msg(
                "Rekisterinpitäjän oikeutettu etu on uusien asiakkuuksien hankkiminen: yhteydenpito "
                "mahdollisten asiakasyritysten ja -yhteisöjen edustajiin heidän työtehtäviinsä liittyen. "
                "Tiedot rajataan työtehtäviin liittyviin yhteystietoihin, ja yritysten edustajat voivat "
                "kohtuudella odottaa tällaista yhteydenottoa.",
                "Den personuppgiftsansvariges berättigade intresse är att skaffa nya kunder: kontakt med "
                "företrädare för möjliga kundföretag och kundorganisationer i anslutning till deras "
                "arbetsuppgifter. Uppgifterna begränsas till kontaktuppgifter som hör till "
                "arbetsuppgifterna, och företrädare för företag kan rimligen förvänta sig en sådan kontakt.",
                "The controller's legitimate interest is winning new customers: contacting representatives "
                "of prospective customer companies and organisations about their work. The data is limited "
                "to work-related contact details, and company representatives can reasonably expect such "
                "contact.",
            ),
        ),
        _purpose(
            Msg(
                "Rekisterinpitäjän tuotteiden ja palveluiden esittely ja markkinointi",
                "Att presentera och marknadsföra den personuppgiftsansvariges produkter och tjänster",
                "Presenting and marketing the controller's products and services",
            ),
            LegalBasis.LEGITIMATE_INTERESTS,
            direct_marketing=True,
            interest=Msg(
                "Rekisterinpitäjän oikeutettu etu on markkinoida tuotteitaan ja palveluitaan mahdollisten "
                "asiakasyritysten edustajille heidän työtehtäviinsä liittyen. Jokainen voi milloin tahansa "
                "kieltää tietojensa käytön suoramarkkinointiin. Kuluttajille ei markkinoida sähköisesti "
                "ilman ennakkosuostumusta.",
                "Den personuppgiftsansvariges berättigade intresse är att marknadsföra sina produkter och "
                "tjänster till företrädare för möjliga kundföretag i anslutning till deras arbetsuppgifter. "
                "Var och en kan när som helst förbjuda att hans eller hennes uppgifter används för "
                "direktmarknadsföring. Konsumenter får ingen elektronisk marknadsföring utan "
                "förhandssamtycke.",
                "The controller's legitimate interest is to market its products and services to "
                "representatives of prospective customer companies about their work. Anyone can at any time "
                "forbid the use of their data for direct marketing. Consumers receive no electronic "
                "marketing without prior consent.",
            ),
        ),
    ],
    legal_bases=[LegalBasis.LEGITIMATE_INTERESTS],
    legal_basis_text=Msg(
        "Käsittely perustuu rekisterinpitäjän oikeutettuun etuun (tietosuoja-asetuksen 6 artiklan 1 kohdan f "
        "alakohta).",
        "Behandlingen grundar sig på den personuppgiftsansvariges berättigade intresse (artikel 6.1 f i "
        "dataskyddsförordningen).",
        "The processing is based on the controller's legitimate interests (Article 6(1)(f) of the GDPR).",
    ),
    legitimate_interest_text=_paragraphs(
        Msg(
            "Rekisterinpitäjän oikeutettu etu on uusien asiakkuuksien hankkiminen: yhteydenpito mahdollisten "
            "asiakasyritysten ja -yhteisöjen edustajiin sekä rekisterinpitäjän tuotteiden ja palveluiden "
            "esittely ja markkinointi heille heidän työtehtäviinsä liittyen.",
            "Den personuppgiftsansvariges berättigade intresse är att skaffa nya kunder: kontakt med "
            "företrädare för möjliga kundföretag och kundorganisationer samt att presentera och marknadsföra "
            "den personuppgiftsansvariges produkter och tjänster för dem i anslutning till deras "
            "arbetsuppgifter.",
            "The controller's legitimate interest is winning new customers: contacting representatives of "
            "prospective customer companies and organisations, and presenting and marketing the controller's "
            "products and services to them about their work.",
        ),
        Msg(
            "Rekisterinpitäjä on arvioinut, etteivät rekisteröityjen edut ja oikeudet syrjäytä tätä etua: "
            "tiedot rajataan työtehtäviin liittyviin yhteystietoihin, yritysten edustajat voivat kohtuudella "
            "odottaa tällaista yhteydenottoa, ja jokainen voi milloin tahansa kieltää tietojensa käytön "
            "suoramarkkinointiin.",
            "Den personuppgiftsansvarige har bedömt att de registrerades intressen och rättigheter inte "
            "väger tyngre än detta intresse: uppgifterna begränsas till kontaktuppgifter som hör till "
            "arbetsuppgifterna, företrädare för företag kan rimligen förvänta sig en sådan kontakt och var "
            "och en kan när som helst förbjuda att hans eller hennes uppgifter används för "
            "direktmarknadsföring.",
            "The controller has assessed that the data subjects' interests and rights do not override this "
            "interest: the data is limited to work-related contact details, company representatives can "
            "reasonably expect such contact, and anyone can at any time forbid the use of their data for "
            "direct marketing.",
        ),
        Msg(
            "Rekisteriin ei tallenneta kuluttajia, koska kuluttajille lähetettävä sähköinen "
            "suoramarkkinointi edellyttää ennakkosuostumusta (laki sähköisen viestinnän palveluista "
            "917/2014, 200 §).",
            "Konsumenter registreras inte, eftersom elektronisk direktmarknadsföring till konsumenter kräver "
            "förhandssamtycke (lagen om tjänster inom elektronisk kommunikation 917/2014, 200 §).",
            "Consumers are not entered in the register, since electronic direct marketing to consumers needs "
            "their prior consent (Act on Electronic Communications Services 917/2014, section 200).",
        ),
    ),
    consent_text=NOT_BASED_ON_CONSENT,
    data_subject_categories=[
        Msg(
            "Mahdollisten asiakasyritysten ja -yhteisöjen yhteyshenkilöt",
            "Kontaktpersoner i möjliga kundföretag och kundorganisationer",
            "Contact persons of prospective customer companies and organisations",
        )
    ],
    data_categories=_cats(
        Msg("Nimi", "Namn", "Name"),
        Msg(
            "Edustettu organisaatio ja tehtävänimike",
            "Organisation och befattning",
            "Organisation represented and job title",
        ),
        Msg(
            "Työsähköpostiosoite ja työpuhelinnumero",
            "E-postadress och telefonnummer i arbetet",
            "Work e-mail address and work phone number",
        ),
        Msg("Ilmaistut kiinnostuksen kohteet", "Intressen som personen har uppgett", "Interests expressed"),
        Msg("Yhteydenotto- ja tarjoushistoria", "Kontakt- och offerthistorik", "Contact and offer history"),
        Msg("Suoramarkkinointikielto", "Förbud mot direktmarknadsföring", "Direct marketing objection"),
    ),
    data_collected_text=Msg(
        "Rekisteriin tallennetaan yhteyshenkilön nimi, edustettu organisaatio ja tehtävänimike, "
        "työsähköpostiosoite ja työpuhelinnumero, ilmaistut kiinnostuksen kohteet, tiedot yhteydenotoista ja "
        "tarjouksista sekä mahdollinen suoramarkkinointikielto.",
        "I registret sparas kontaktpersonens namn, organisation och befattning, e-postadress och "
        "telefonnummer i arbetet, uppgivna intressen, uppgifter om kontakter och offerter samt ett "
        "eventuellt förbud mot direktmarknadsföring.",
        "The register holds the contact person's name, organisation and job title, work e-mail address and "
        "work phone number, the interests expressed, details of contacts and offers, and any direct "
        "marketing objection.",
    ),
    location_text=Msg(
        "Tiedot tallennetaan asiakkuudenhallintajärjestelmään ja sähköpostiin.",
        "Uppgifterna sparas i kundhanteringssystemet och i e-posten.",
        "The data is stored in the customer management system and in e-mail.",
    ),
    purpose_text=Msg(
        "Uusien asiakkuuksien hankkiminen: yhteydenpito mahdollisiin asiakkaisiin, tarjousten laatiminen "
        "sekä rekisterinpitäjän tuotteiden ja palveluiden esittely ja markkinointi.",
        "Att skaffa nya kunder: kontakt med möjliga kunder, att utarbeta offerter samt att presentera och "
        "marknadsföra den personuppgiftsansvariges produkter och tjänster.",
        "Winning new customers: contacting prospective customers, preparing offers, and presenting and "
        "marketing the controller's products and services.",
    ),
    processing_method_text=Msg(
        "Tiedot kirjataan asiakkuudenhallintajärjestelmään yhteydenoton yhteydessä. Jos prospektista tulee "
        "asiakas, tarpeelliset tiedot siirretään asiakasrekisteriin. Suoramarkkinointikiellot kirjataan "
        "viipymättä, ja niitä noudatetaan kaikessa markkinoinnissa.",
        "Uppgifterna förs in i kundhanteringssystemet i samband med kontakten. Om ett prospekt blir kund "
        "överförs de uppgifter som behövs till kundregistret. Förbud mot direktmarknadsföring antecknas utan "
        "dröjsmål och iakttas i all marknadsföring.",
        "The data is entered in the customer management system at the time of contact. If a prospect becomes "
        "a customer, the data needed is moved to the customer register. Direct marketing objections are "
        "recorded without delay and respected in all marketing.",
    ),
    resulting_registers_text=Msg(
        "Markkinointi- ja prospektirekisteri.",
        "Marknadsförings- och prospektregister.",
        "Marketing and prospect register.",
    ),
    processors_text=_join(
        Msg(
            "Tietoja käsittelee rekisterinpitäjän myynti- ja markkinointihenkilöstö. Rekisterinpitäjän "
            "lukuun tietoja käsittelevät lisäksi käytettyjen tietojärjestelmien toimittajat.",
            "Uppgifterna behandlas av den personuppgiftsansvariges försäljnings- och "
            "marknadsföringspersonal. För den personuppgiftsansvariges räkning behandlas de dessutom av "
            "leverantörerna av de informationssystem som används.",
            "The data is processed by the controller's sales and marketing staff. The vendors of the "
            "information systems used also process it on the controller's behalf.",
        ),
        PROCESSOR_AGREEMENT,
    ),
    disclosures_text=DATA_NOT_DISCLOSED,
    retention_period=2,
    retention_unit=RetentionUnit.YEARS,
    retention_trigger=Msg(
        "viimeisestä yhteydenotosta", "från den senaste kontakten", "from the last contact"
    ),
    retention_text=Msg(
        "Tiedot säilytetään kaksi vuotta viimeisestä yhteydenotosta, minkä jälkeen ne poistetaan. "
        "Asiakkaaksi tulleen henkilön tiedot siirretään asiakasrekisteriin. Jos rekisteröity kieltää "
        "suoramarkkinoinnin, hänen tietonsa poistetaan; kieltoa koskeva merkintä ja sen noudattamiseksi "
        "tarvittava yhteystieto säilytetään, jotta kieltoa voidaan noudattaa.",
        "Uppgifterna bevaras i två år från den senaste kontakten och raderas därefter. Uppgifterna om en "
        "person som har blivit kund överförs till kundregistret. Om den registrerade förbjuder "
        "direktmarknadsföring raderas hans eller hennes uppgifter; anteckningen om förbudet och den "
        "kontaktuppgift som behövs för att iaktta det bevaras, så att förbudet kan iakttas.",
        "The data is kept for two years from the last contact and then erased. The data of a person who has "
        "become a customer is moved to the customer register. If a data subject forbids direct marketing, "
        "his or her data is erased; the record of the objection and the contact detail needed to respect it "
        "are kept so that the objection can be respected.",
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
    statutory_requirement_text=Msg(
        "Tietojen antaminen on vapaaehtoista.",
        "Det är frivilligt att lämna uppgifterna.",
        "Providing the data is voluntary.",
    ),
)

_template(
    "henkilostorekisteri",
    sources=[
        Msg("Työntekijä itse", "Arbetstagaren själv", "The employee"),
        Msg("Verohallinto", "Skatteförvaltningen", "The Finnish Tax Administration"),
        Msg("Työterveyshuolto", "Företagshälsovården", "Occupational health care"),
    ],
    sources_text=Msg(
        "Tiedot saadaan ensisijaisesti työntekijältä itseltään. Muualta tietoja hankitaan vain työntekijän "
        "suostumuksella tai lain nojalla (laki yksityisyyden suojasta työelämässä 759/2004, 4 §). "
        "Verohallinnolta saadaan ennakonpidätyksessä tarvittavat verotustiedot ja työterveyshuollolta "
        "työkykyä koskevat lausunnot.",
        "Uppgifterna fås i första hand av arbetstagaren själv. Från andra håll inhämtas uppgifter endast med "
        "arbetstagarens samtycke eller med stöd av lag (lagen om integritetsskydd i arbetslivet 759/2004, 4 "
        "§). Från Skatteförvaltningen fås de skatteuppgifter som behövs för förskottsinnehållningen och från "
        "företagshälsovården utlåtanden om arbetsförmågan.",
        "The data comes primarily from the employees themselves. Data is obtained elsewhere only with the "
        "employee's consent or under the law (Act on the Protection of Privacy in Working Life 759/2004, "
        "section 4). The Finnish Tax Administration provides the tax details needed for withholding, and "
        "occupational health care provides statements on fitness for work.",
    ),
    # Not consent: in employment it is rarely freely given (GDPR recital 43, EDPB guidelines 05/2020).
    purposes=[
        _purpose(
            Msg(
                "Työsuhteen hoitaminen: työsopimukset, palkanmaksu sekä matka- ja kululaskut",
                "Att sköta anställningen: arbetsavtal, löneutbetalning samt rese- och kostnadsräkningar",
                "Managing the employment: employment contracts, pay, and travel and expense claims",
            ),
            LegalBasis.CONTRACT,
        ),
        _purpose(
            Msg(
                "Lakisääteiset velvoitteet: työaika- ja vuosilomakirjanpito, ilmoitukset tulorekisteriin, "
                "Verohallinnolle sekä eläke- ja tapaturmavakuuttajalle, työturvallisuus ja työterveyshuolto",
                "Lagstadgade skyldigheter: arbetstids- och semesterbokföring, anmälningar till "
                "inkomstregistret, Skatteförvaltningen samt pensions- och olycksfallsförsäkraren, "
                "arbetarskydd och företagshälsovård",
                "Statutory obligations: working-time and annual-holiday records, reports to the Incomes "
                "Register, the Tax Administration and the pension and accident insurers, occupational safety "
                "and occupational health care",
            ),
            LegalBasis.LEGAL_OBLIGATION,
        ),
        _purpose(
            Msg(
                "Terveydentilaa koskevien tietojen käsittely sairausajan palkan maksamiseksi ja työkyvyn "
                "selvittämiseksi",
                "Behandling av uppgifter om hälsotillstånd för att betala sjuklön och utreda arbetsförmågan",
                "Processing health data to pay sick pay and to assess fitness for work",
            ),
            LegalBasis.LEGAL_OBLIGATION,
            special_condition="b",
        ),
        _purpose(
            Msg(
                "Osaamisen kehittäminen sekä työvälineiden ja käyttöoikeuksien hallinta",
                "Kompetensutveckling samt hantering av arbetsredskap och behörigheter",
                "Developing skills, and managing work equipment and access rights",
            ),
            LegalBasis.CONTRACT,
        ),
    ],
    legal_bases=[LegalBasis.CONTRACT, LegalBasis.LEGAL_OBLIGATION],
    legal_basis_text=_paragraphs(
        Msg(
            "Käsittely perustuu työsopimukseen (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta) ja "
            "työnantajan lakisääteisiin velvoitteisiin (c alakohta). Velvoitteista säädetään muun muassa "
            "työsopimuslaissa (55/2001), laissa yksityisyyden suojasta työelämässä (759/2004), työaikalaissa "
            "(872/2019), vuosilomalaissa (162/2005), työturvallisuuslaissa (738/2002), "
            "työterveyshuoltolaissa (1383/2001), laissa kansallisesta tulorekisteristä (53/2018), "
            "kirjanpitolaissa (1336/1997) sekä vero- ja eläkelainsäädännössä.",
            "Behandlingen grundar sig på arbetsavtalet (artikel 6.1 b i dataskyddsförordningen) och på "
            "arbetsgivarens lagstadgade skyldigheter (led c). Skyldigheterna föreskrivs bland annat i "
            "arbetsavtalslagen (55/2001), lagen om integritetsskydd i arbetslivet (759/2004), "
            "arbetstidslagen (872/2019), semesterlagen (162/2005), arbetarskyddslagen (738/2002), lagen om "
            "företagshälsovård (1383/2001), lagen om ett nationellt inkomstregister (53/2018), "
            "bokföringslagen (1336/1997) samt i skatte- och pensionslagstiftningen.",
            "The processing is based on the employment contract (Article 6(1)(b) of the GDPR) and on the "
            "employer's legal obligations (point (c)), laid down among others in the Employment Contracts "
            "Act (55/2001), the Act on the Protection of Privacy in Working Life (759/2004), the Working "
            "Hours Act (872/2019), the Annual Holidays Act (162/2005), the Occupational Safety and Health "
            "Act (738/2002), the Occupational Health Care Act (1383/2001), the Act on the Incomes "
            "Information System (53/2018), the Accounting Act (1336/1997) and tax and pension legislation.",
        ),
        Msg(
            "Työnantaja käsittelee vain työntekijän työsuhteen kannalta välittömästi tarpeellisia "
            "henkilötietoja (laki yksityisyyden suojasta työelämässä, 3 §).",
            "Arbetsgivaren behandlar endast personuppgifter som är direkt nödvändiga med tanke på "
            "arbetstagarens anställningsförhållande (lagen om integritetsskydd i arbetslivet, 3 §).",
            "The employer processes only personal data directly necessary for the employee's employment "
            "(Act on the Protection of Privacy in Working Life, section 3).",
        ),
    ),
    special_category_conditions=["b"],
    special_category_text=Msg(
        "Työntekijän terveydentilaa koskevia tietoja, kuten lääkärintodistuksia ja työkykyä koskevia "
        "lausuntoja, käsitellään tietosuoja-asetuksen 9 artiklan 2 kohdan b alakohdan ja lain yksityisyyden "
        "suojasta työelämässä 5 §:n nojalla. Tiedot saadaan työntekijältä itseltään tai hänen kirjallisella "
        "suostumuksellaan muualta, ja niitä käsitellään vain sairausajan palkan tai muiden terveydentilaan "
        "liittyvien etuuksien maksamiseksi, poissaolon perusteen selvittämiseksi tai työkyvyn "
        "selvittämiseksi työntekijän sitä nimenomaisesti halutessa. Terveystietoja käsittelevät vain siihen "
        "nimetyt henkilöt, ja terveystiedot säilytetään erillään muista henkilötiedoista.",
        "Uppgifter om arbetstagarens hälsotillstånd, såsom läkarintyg och utlåtanden om arbetsförmågan, "
        "behandlas med stöd av artikel 9.2 b i dataskyddsförordningen och 5 § i lagen om integritetsskydd i "
        "arbetslivet. Uppgifterna fås av arbetstagaren själv eller med hans eller hennes skriftliga samtycke "
        "från annat håll, och de behandlas endast för att betala sjuklön eller andra förmåner som hänför sig "
        "till hälsotillståndet, för att utreda skälet till frånvaro eller för att utreda arbetsförmågan när "
        "arbetstagaren uttryckligen vill det. Hälsouppgifterna behandlas endast av personer som utsetts för "
        "uppgiften, och de förvaras åtskilt från andra personuppgifter.",
        "Data on the employee's health, such as medical certificates and statements on fitness for work, is "
        "processed under Article 9(2)(b) of the GDPR and section 5 of the Act on the Protection of Privacy "
        "in Working Life. It is obtained from the employee or, with his or her written consent, elsewhere, "
        "and processed only to pay sick pay or other health-related benefits, to establish the reason for an "
        "absence, or to assess fitness for work where the employee expressly wishes it. Only persons named "
        "for the task process health data, and it is kept apart from other personal data.",
    ),
    hetu_ground=HetuGround.SECTOR,
    hetu_ground_text=Msg(
        "Henkilötunnusta käsitellään tietosuojalain (1050/2018) 29 §:n 2 momentin nojalla työsuhdetta ja "
        "siihen liittyviä etuuksia koskevissa asioissa, kuten palkanmaksussa sekä vero-, tulorekisteri-, "
        "eläke- ja vakuutusilmoituksissa. Henkilötunnusta ei merkitä tulosteisiin eikä asiakirjoihin "
        "tarpeettomasti.",
        "Personbeteckningen behandlas med stöd av 29 § 2 mom. i dataskyddslagen (1050/2018) i ärenden som "
        "gäller anställningsförhållandet och förmåner som hänför sig till det, såsom löneutbetalning samt "
        "skatte-, inkomstregister-, pensions- och försäkringsanmälningar. Personbeteckningen antecknas inte "
        "i onödan i utskrifter eller handlingar.",
        "The personal identity code is processed under section 29(2) of the Data Protection Act (1050/2018) "
        "in matters of the employment and its benefits, such as pay and tax, Incomes Register, pension and "
        "insurance reports. The code is not printed on documents where it is not needed.",
    ),
    consent_text=Msg(
        "Henkilöstötietojen käsittely ei perustu suostumukseen, koska työnantajan ja työntekijän välisen "
        "riippuvuussuhteen vuoksi suostumusta ei työsuhteessa yleensä voida pitää vapaaehtoisena.",
        "Behandlingen av personaluppgifter grundar sig inte på samtycke, eftersom samtycke i ett "
        "anställningsförhållande i regel inte kan anses frivilligt på grund av beroendeförhållandet mellan "
        "arbetsgivaren och arbetstagaren.",
        "The processing of staff data is not based on consent, since the dependence between employer and "
        "employee means that consent in employment can rarely be considered freely given.",
    ),
    data_subject_categories=[
        Msg("Työntekijät", "Arbetstagare", "Employees"),
        Msg("Entiset työntekijät", "Tidigare arbetstagare", "Former employees"),
        Msg(
            "Työntekijöiden lähiomaiset (hätätilanteiden yhteyshenkilöt)",
            "Arbetstagarnas anhöriga (kontaktpersoner i nödsituationer)",
            "Employees' next of kin (emergency contacts)",
        ),
    ],
    data_categories=[
        _category(Msg("Nimi ja yhteystiedot", "Namn och kontaktuppgifter", "Name and contact details")),
        _category(Msg("Henkilötunnus", "Personbeteckning", "Personal identity code"), is_hetu=True),
        _category(
            Msg(
                "Työsopimus- ja palvelussuhdetiedot",
                "Uppgifter om arbetsavtal och anställning",
                "Employment contract and service details",
            )
        ),
        _category(
            Msg(
                "Palkka-, vero- ja pankkitilitiedot",
                "Löne-, skatte- och bankkontouppgifter",
                "Pay, tax and bank account details",
            )
        ),
        _category(
            Msg(
                "Työaika-, vuosiloma- ja poissaolotiedot",
                "Uppgifter om arbetstid, semester och frånvaro",
                "Working time, annual holiday and absence details",
            )
        ),
        _category(
            Msg(
                "Lääkärintodistukset ja työkykyä koskevat lausunnot",
                "Läkarintyg och utlåtanden om arbetsförmågan",
                "Medical certificates and statements on fitness for work",
            ),
            special_category=SpecialCategory.HEALTH,
        ),
        _category(
            Msg(
                "Koulutus, osaaminen ja kehityskeskustelut",
                "Utbildning, kompetens och utvecklingssamtal",
                "Training, skills and development discussions",
            )
        ),
        _category(
            Msg(
                "Lähiomaisen yhteystiedot hätätilanteita varten",
                "Anhörigas kontaktuppgifter för nödsituationer",
                "Next of kin's contact details for emergencies",
            )
        ),
        _category(
            Msg(
                "Käyttäjätunnukset, työvälineet ja kulkuoikeudet",
                "Användarnamn, arbetsredskap och passerrätter",
                "User accounts, work equipment and access rights",
            )
        ),
    ],
    data_collected_text=Msg(
        "Rekisteriin tallennetaan työntekijän nimi, henkilötunnus ja yhteystiedot, työsopimusta ja "
        "palvelussuhdetta koskevat tiedot, palkka-, vero- ja pankkitilitiedot, työaika-, vuosiloma- ja "
        "poissaolotiedot, lääkärintodistukset ja työkykyä koskevat lausunnot, koulutusta, osaamista ja "
        "kehityskeskusteluja koskevat tiedot sekä lähiomaisen yhteystiedot hätätilanteita varten. Lisäksi "
        "tallennetaan työvälineitä, käyttäjätunnuksia ja kulkuoikeuksia koskevat tiedot.",
        "I registret sparas arbetstagarens namn, personbeteckning och kontaktuppgifter, uppgifter om "
        "arbetsavtalet och anställningen, löne-, skatte- och bankkontouppgifter, uppgifter om arbetstid, "
        "semester och frånvaro, läkarintyg och utlåtanden om arbetsförmågan, uppgifter om utbildning, "
        "kompetens och utvecklingssamtal samt anhörigas kontaktuppgifter för nödsituationer. Dessutom sparas "
        "uppgifter om arbetsredskap, användarnamn och passerrätter.",
        "The register holds the employee's name, personal identity code and contact details, employment "
        "contract and service details, pay, tax and bank account details, working time, holiday and absence "
        "details, medical certificates and statements on fitness for work, training, skills and development "
        "discussions, and next of kin's contact details for emergencies. Work equipment, user accounts and "
        "access rights are recorded too.",
    ),
    location_text=Msg(
        "Tiedot tallennetaan palkanlaskennan ja henkilöstöhallinnon järjestelmiin. Paperiset "
        "henkilöstöasiakirjat säilytetään lukituissa kaapeissa.",
        "Uppgifterna sparas i systemen för löneräkning och personaladministration. Personalhandlingar på "
        "papper förvaras i låsta skåp.",
        "The data is stored in the payroll and HR systems. Paper personnel files are kept in locked "
        "cabinets.",
    ),
    purpose_text=Msg(
        "Henkilötietoja käsitellään työsuhteen hoitamiseen: työsopimusten tekemiseen ja ylläpitoon, "
        "palkanmaksuun sekä matka- ja kululaskujen käsittelyyn, työaika- ja vuosilomakirjanpitoon, "
        "poissaolojen kirjaamiseen, lakisääteisiin ilmoituksiin tulorekisteriin, Verohallinnolle sekä eläke- "
        "ja tapaturmavakuuttajalle, työturvallisuudesta ja työterveyshuollosta huolehtimiseen, osaamisen "
        "kehittämiseen sekä työvälineiden ja käyttöoikeuksien hallintaan.",
        "Personuppgifterna behandlas för att sköta anställningen: för att ingå och upprätthålla arbetsavtal, "
        "för löneutbetalning och hantering av rese- och kostnadsräkningar, för arbetstids- och "
        "semesterbokföring, registrering av frånvaro, lagstadgade anmälningar till inkomstregistret, "
        "Skatteförvaltningen samt pensions- och olycksfallsförsäkraren, för att sörja för arbetarskyddet och "
        "företagshälsovården, för kompetensutveckling samt för hantering av arbetsredskap och behörigheter.",
        "The personal data is processed to manage employment: making and maintaining employment contracts, "
        "paying salaries and handling travel and expense claims, working-time and holiday records, recording "
        "absences, statutory reports to the Incomes Register, the Tax Administration and the pension and "
        "accident insurers, looking after occupational safety and health care, developing skills, and "
        "managing work equipment and access rights.",
    ),
    processing_method_text=Msg(
        "Tiedot kirjataan henkilöstöhallinnon ja palkanlaskennan järjestelmiin työsuhteen alkaessa, ja niitä "
        "päivitetään työsuhteen aikana. Tietoja käsittelevät vain henkilöstöhallinnon ja palkanlaskennan "
        "tehtäviä hoitavat henkilöt sekä esihenkilöt omien alaistensa osalta siinä laajuudessa kuin heidän "
        "tehtävänsä edellyttävät.",
        "Uppgifterna förs in i systemen för personaladministration och löneräkning när anställningen börjar "
        "och uppdateras under anställningen. Uppgifterna behandlas endast av dem som sköter "
        "personaladministration och löneräkning samt av chefer i fråga om sina underordnade, i den "
        "omfattning deras uppgifter kräver.",
        "The data is entered in the HR and payroll systems when employment begins and updated during it. "
        "Only those handling HR and payroll, and managers for their own staff as far as their duties "
        "require, process the data.",
    ),
    resulting_registers_text=Msg(
        "Henkilöstörekisteri, palkkakirjanpito, työaikakirjanpito ja vuosilomakirjanpito.",
        "Personalregister, lönebokföring, arbetstidsbokföring och semesterbokföring.",
        "Personnel register, payroll records, working-time records and annual-holiday records.",
    ),
    processors_text=_join(
        Msg(
            "Tietoja käsittelevät rekisterinpitäjän henkilöstöhallinnosta ja palkanlaskennasta vastaavat "
            "henkilöt. Rekisterinpitäjän lukuun tietoja käsittelevät lisäksi tilitoimisto tai muu "
            "palkanlaskennan palveluntarjoaja sekä käytettyjen tietojärjestelmien toimittajat.",
            "Uppgifterna behandlas av de personer som ansvarar för den personuppgiftsansvariges "
            "personaladministration och löneräkning. För den personuppgiftsansvariges räkning behandlas de "
            "dessutom av bokföringsbyrån eller en annan tjänsteleverantör inom löneräkning samt av "
            "leverantörerna av de informationssystem som används.",
            "The data is processed by the persons responsible for the controller's HR and payroll. An "
            "accounting firm or other payroll service provider and the vendors of the information systems "
            "used also process it on the controller's behalf.",
        ),
        PROCESSOR_AGREEMENT,
    ),
    disclosures_text=Msg(
        "Tietoja luovutetaan lain perusteella kansalliseen tulorekisteriin, Verohallinnolle, "
        "työeläkevakuuttajalle, tapaturmavakuuttajalle ja työterveyshuollolle sekä muille viranomaisille, "
        "joilla on lakiin perustuva oikeus saada tietoja. Palkanmaksua varten maksutiedot välitetään "
        "rekisterinpitäjän pankille.",
        "Uppgifter lämnas ut med stöd av lag till det nationella inkomstregistret, Skatteförvaltningen, "
        "arbetspensionsförsäkraren, olycksfallsförsäkraren och företagshälsovården samt till andra "
        "myndigheter som har rätt till uppgifterna enligt lag. För löneutbetalningen förmedlas "
        "betalningsuppgifterna till den personuppgiftsansvariges bank.",
        "Data is disclosed as the law requires to the national Incomes Register, the Tax Administration, the "
        "earnings-related pension insurer, the accident insurer and occupational health care, and to other "
        "authorities entitled to it by law. Payment details are passed to the controller's bank to pay "
        "salaries.",
    ),
    retention_period=10,
    retention_unit=RetentionUnit.YEARS,
    retention_trigger=Msg(
        "työsuhteen päättymisestä", "från att anställningen upphörde", "from the end of the employment"
    ),
    retention_text=_paragraphs(
        Msg(
            "Työsuhteen alkamis- ja päättymisaikaa sekä työtehtäviä koskevat tiedot säilytetään kymmenen "
            "vuotta työsuhteen päättymisestä, koska työntekijä voi pyytää työtodistusta tämän ajan kuluessa "
            "(työsopimuslaki 6 luku 7 §).",
            "Uppgifter om när anställningen började och upphörde och om arbetsuppgifterna bevaras i tio år "
            "från att anställningen upphörde, eftersom arbetstagaren kan begära arbetsintyg under den tiden "
            "(arbetsavtalslagen 6 kap. 7 §).",
            "The start and end of the employment and the duties are kept for ten years from the end of the "
            "employment, since the employee may ask for a reference within that time (Employment Contracts "
            "Act, chapter 6, section 7).",
        ),
        _join(
            Msg("Palkanmaksun tositteet säilytetään", "Verifikaten för löneutbetalningen bevaras",
                "Payroll vouchers are kept"),
            KPL_VOUCHERS.map(lambda text: text + "."),
            Msg(
                "Työaika- ja vuosilomakirjanpito säilytetään työaikalain ja vuosilomalain edellyttämän ajan.",
                "Arbetstids- och semesterbokföringen bevaras den tid som arbetstidslagen och semesterlagen "
                "kräver.",
                "Working-time and annual-holiday records are kept for the time the Working Hours Act and the "
                "Annual Holidays Act require.",
            ),
        ),
        Msg(
            "Lääkärintodistukset ja muut terveydentilaa koskevat tiedot säilytetään vain niin kauan kuin "
            "niitä tarvitaan sairausajan palkan ja siihen liittyvien korvausten käsittelyyn. Lähiomaisten "
            "yhteystiedot sekä käyttäjätunnuksia ja kulkuoikeuksia koskevat tiedot poistetaan työsuhteen "
            "päättyessä.",
            "Läkarintyg och andra uppgifter om hälsotillståndet bevaras endast så länge de behövs för "
            "hanteringen av sjuklön och ersättningar i anslutning till den. Anhörigas kontaktuppgifter samt "
            "uppgifter om användarnamn och passerrätter raderas när anställningen upphör.",
            "Medical certificates and other health data are kept only as long as they are needed to handle "
            "sick pay and related compensation. Next of kin's contact details and details of user accounts "
            "and access rights are erased when the employment ends.",
        ),
    ),
    security_manual_text=_join(
        SECURITY_MANUAL,
        Msg(
            "Terveydentilaa koskevat asiakirjat säilytetään erillään muista henkilöstöasiakirjoista.",
            "Handlingar som gäller hälsotillståndet förvaras åtskilt från andra personalhandlingar.",
            "Documents about health are kept apart from other personnel documents.",
        ),
    ),
    security_electronic_text=_join(
        SECURITY_ELECTRONIC,
        Msg(
            "Terveystietoihin ja henkilötunnuksiin on pääsy vain niitä tehtävissään tarvitsevilla.",
            "Endast de som behöver hälsouppgifter och personbeteckningar i sitt arbete har tillgång till "
            "dem.",
            "Only those who need them in their work can access health data and personal identity codes.",
        ),
    ),
    other_rights_text=_paragraphs(
        RIGHTS_REQUESTS,
        RIGHT_ERASURE_EXCEPT_STATUTORY,
        RIGHT_RESTRICTION,
        RIGHT_PORTABILITY,
        RIGHT_COMPLAINT,
    ),
    statutory_requirement_text=Msg(
        "Työsuhteen hoitamiseksi tarvittavien tietojen antaminen on työsopimuksen täyttämisen ja työnantajan "
        "lakisääteisten velvoitteiden edellytys. Jos tietoja ei anneta, palkanmaksua ja lakisääteisiä "
        "ilmoituksia ei voida hoitaa asianmukaisesti.",
        "Att lämna de uppgifter som behövs för att sköta anställningen är en förutsättning för att "
        "arbetsavtalet och arbetsgivarens lagstadgade skyldigheter ska kunna fullgöras. Om uppgifterna inte "
        "lämnas kan löneutbetalningen och de lagstadgade anmälningarna inte skötas på behörigt sätt.",
        "Providing the data needed for the employment is a condition of performing the employment contract "
        "and the employer's legal obligations. Without it, salaries cannot be paid and statutory reports "
        "cannot be made properly.",
    ),
)

_template(
    "tyonhakijarekisteri",
    sources=[
        Msg("Hakija itse", "Den sökande själv", "The applicant"),
        Msg(
            "Hakijan nimeämät suosittelijat",
            "Referenser som den sökande har uppgett",
            "Referees named by the applicant",
        ),
    ],
    sources_text=Msg(
        "Tiedot saadaan ensisijaisesti hakijalta itseltään hakemuksesta, ansioluettelosta ja "
        "haastatteluista. Suosittelijoilta ja muista lähteistä tietoja hankitaan vain hakijan suostumuksella "
        "(laki yksityisyyden suojasta työelämässä 759/2004, 4 §). Henkilö- ja soveltuvuusarviointeja tehdään "
        "vain hakijan suostumuksella (saman lain 13 §). Hakijaa informoidaan muualta saaduista tiedoista "
        "ennen kuin niitä käytetään häntä koskevassa päätöksenteossa (saman lain 4 §).",
        "Uppgifterna fås i första hand av den sökande själv ur ansökan, meritförteckningen och intervjuerna. "
        "Från referenser och andra källor inhämtas uppgifter endast med den sökandes samtycke (lagen om "
        "integritetsskydd i arbetslivet 759/2004, 4 §). Personbedömningar och lämplighetsbedömningar görs "
        "endast med den sökandes samtycke (13 § i samma lag). Den sökande informeras om uppgifter som har "
        "fåtts från annat håll innan de används vid beslut som gäller honom eller henne (4 § i samma lag).",
        "The data comes primarily from applicants themselves: the application, the CV and the interviews. "
        "Data is obtained from referees and other sources only with the applicant's consent (Act on the "
        "Protection of Privacy in Working Life 759/2004, section 4). Personality and aptitude assessments "
        "are made only with the applicant's consent (section 13 of the same Act). The applicant is told of "
        "data obtained elsewhere before it is used in decisions about him or her (section 4 of the same "
        "Act).",
    ),
    purposes=[
        _purpose(
            Msg(
                "Rekrytointi: hakemusten vastaanottaminen ja arviointi, haastattelut ja valintapäätös",
                "Rekrytering: att ta emot och bedöma ansökningar, intervjuer och valbeslut",
                "Recruitment: receiving and assessing applications, interviews and the selection decision",
            ),
            LegalBasis.CONTRACT,
        ),
        _purpose(
            Msg(
                "Rekrytoinnin syrjimättömyyden osoittaminen rekrytoinnin päätyttyä",
                "Att visa att rekryteringen var icke-diskriminerande efter att den avslutats",
                "Showing after the recruitment that it was non-discriminatory",
            ),
            LegalBasis.LEGITIMATE_INTERESTS,
            interest=Msg(
                "Rekisterinpitäjän oikeutettu etu on pystyä osoittamaan, että rekrytointi on tehty "
                "syrjimättömästi, ja vastaamaan yhdenvertaisuuslain (1325/2014) ja naisten ja miesten "
                "välisestä tasa-arvosta annetun lain (609/1986) mukaisiin selvityspyyntöihin ja "
                "vaatimuksiin. Tätä varten säilytetään vain valinnan arvioinnin kannalta tarpeelliset "
                "tiedot.",
                "Den personuppgiftsansvariges berättigade intresse är att kunna visa att rekryteringen har "
                "skett utan diskriminering och att kunna besvara utredningsbegäranden och krav enligt "
                "diskrimineringslagen (1325/2014) och jämställdhetslagen (609/1986). För detta bevaras "
                "endast de uppgifter som behövs för att bedöma valet.",
                "The controller's legitimate interest is to be able to show that the recruitment was "
                "non-discriminatory and to answer requests and claims under the Non-discrimination Act "
                "(1325/2014) and the Act on Equality between Women and Men (609/1986). Only the data needed "
                "to assess the selection is kept for this.",
            ),
        ),
    ],
    legal_bases=[LegalBasis.CONTRACT, LegalBasis.LEGITIMATE_INTERESTS],
    legal_basis_text=_paragraphs(
        Msg(
            "Hakemusten käsittely rekrytoinnin aikana perustuu toimenpiteisiin, joihin ryhdytään hakijan "
            "pyynnöstä ennen työsopimuksen tekemistä (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta).",
            "Behandlingen av ansökningar under rekryteringen grundar sig på åtgärder som vidtas på den "
            "sökandes begäran innan arbetsavtalet ingås (artikel 6.1 b i dataskyddsförordningen).",
            "Applications are processed during the recruitment on the basis of steps taken at the "
            "applicant's request before an employment contract is made (Article 6(1)(b) of the GDPR).",
        ),
        Msg(
            "Tietojen säilyttäminen rekrytoinnin päätyttyä perustuu rekisterinpitäjän oikeutettuun etuun (f "
            "alakohta).",
            "Bevarandet av uppgifterna efter att rekryteringen avslutats grundar sig på den "
            "personuppgiftsansvariges berättigade intresse (led f).",
            "Keeping the data after the recruitment has ended rests on the controller's legitimate interests "
            "(point (f)).",
        ),
    ),
    legitimate_interest_text=Msg(
        "Rekisterinpitäjän oikeutettu etu on pystyä osoittamaan, että rekrytointi on tehty syrjimättömästi, "
        "ja vastaamaan yhdenvertaisuuslain (1325/2014) ja naisten ja miesten välisestä tasa-arvosta annetun "
        "lain (609/1986) mukaisiin selvityspyyntöihin ja vaatimuksiin. Tätä varten säilytetään vain valinnan "
        "arvioinnin kannalta tarpeelliset tiedot.",
        "Den personuppgiftsansvariges berättigade intresse är att kunna visa att rekryteringen har skett "
        "utan diskriminering och att kunna besvara utredningsbegäranden och krav enligt diskrimineringslagen "
        "(1325/2014) och jämställdhetslagen (609/1986). För detta bevaras endast de uppgifter som behövs för "
        "att bedöma valet.",
        "The controller's legitimate interest is to be able to show that the recruitment was "
        "non-discriminatory and to answer requests and claims under the Non-discrimination Act (1325/2014) "
        "and the Act on Equality between Women and Men (609/1986). Only the data needed to assess the "
        "selection is kept for this.",
    ),
    consent_text=NOT_BASED_ON_CONSENT,
    data_subject_categories=[Msg("Työnhakijat", "Arbetssökande", "Job applicants")],
    data_categories=_cats(
        Msg("Nimi ja yhteystiedot", "Namn och kontaktuppgifter", "Name and contact details"),
        Msg("Hakemus ja ansioluettelo", "Ansökan och meritförteckning", "Application and CV"),
        Msg(
            "Koulutus, työkokemus ja osaaminen",
            "Utbildning, arbetserfarenhet och kompetens",
            "Education, work experience and skills",
        ),
        Msg(
            "Haastattelumuistiinpanot ja arviot",
            "Anteckningar och bedömningar från intervjuer",
            "Interview notes and assessments",
        ),
        Msg("Suosittelijoiden lausunnot", "Utlåtanden från referenser", "Referees' statements"),
        Msg(
            "Soveltuvuusarviointien tulokset",
            "Resultat av lämplighetsbedömningar",
            "Results of aptitude assessments",
        ),
        Msg("Tieto valintapäätöksestä", "Uppgift om valbeslutet", "The selection decision"),
    ),
    data_collected_text=Msg(
        "Rekisteriin tallennetaan hakijan nimi ja yhteystiedot, hakemus ja ansioluettelo, koulutusta, "
        "työkokemusta ja osaamista koskevat tiedot, haastattelumuistiinpanot ja arviot, suosittelijoiden "
        "lausunnot ja soveltuvuusarviointien tulokset, jos niitä on hankittu hakijan suostumuksella, sekä "
        "tieto valintapäätöksestä. Henkilötunnusta tai terveydentilaa koskevia tietoja ei kerätä "
        "rekrytoinnin aikana.",
        "I registret sparas den sökandes namn och kontaktuppgifter, ansökan och meritförteckningen, "
        "uppgifter om utbildning, arbetserfarenhet och kompetens, anteckningar och bedömningar från "
        "intervjuer, utlåtanden från referenser och resultat av lämplighetsbedömningar, om de har inhämtats "
        "med den sökandes samtycke, samt uppgift om valbeslutet. Personbeteckning eller uppgifter om "
        "hälsotillstånd samlas inte in under rekryteringen.",
        "The register holds the applicant's name and contact details, application and CV, education, work "
        "experience and skills, interview notes and assessments, referees' statements and aptitude "
        "assessment results where obtained with the applicant's consent, and the selection decision. No "
        "personal identity code or health data is collected during recruitment.",
    ),
    location_text=Msg(
        "Hakemukset vastaanotetaan ja tallennetaan rekrytointijärjestelmään tai sähköpostiin. Paperiset "
        "hakemukset säilytetään lukituissa tiloissa.",
        "Ansökningar tas emot och sparas i rekryteringssystemet eller i e-posten. Ansökningar på papper "
        "förvaras i låsta utrymmen.",
        "Applications are received and stored in the recruitment system or in e-mail. Paper applications are "
        "kept in locked rooms.",
    ),
    purpose_text=Msg(
        "Henkilötietoja käsitellään avoinna olevien tehtävien rekrytointiin: hakemusten vastaanottamiseen ja "
        "arviointiin, haastattelujen järjestämiseen, hakijoiden soveltuvuuden arviointiin, valintapäätöksen "
        "tekemiseen ja siitä tiedottamiseen sekä rekrytoinnin syrjimättömyyden osoittamiseen.",
        "Personuppgifterna behandlas för rekrytering till lediga uppgifter: för att ta emot och bedöma "
        "ansökningar, ordna intervjuer, bedöma de sökandes lämplighet, fatta valbeslut och informera om det "
        "samt för att visa att rekryteringen skett utan diskriminering.",
        "The personal data is processed to recruit for open positions: receiving and assessing applications, "
        "arranging interviews, assessing applicants' suitability, making and announcing the selection "
        "decision, and showing that the recruitment was non-discriminatory.",
    ),
    processing_method_text=Msg(
        "Hakemuksia käsittelevät vain rekrytointiin osallistuvat henkilöt. Valitun hakijan tarpeelliset "
        "tiedot siirretään henkilöstörekisteriin työsuhteen alkaessa.",
        "Ansökningarna behandlas endast av de personer som deltar i rekryteringen. Den valda sökandens "
        "nödvändiga uppgifter överförs till personalregistret när anställningen börjar.",
        "Only those taking part in the recruitment handle the applications. The selected applicant's "
        "necessary data is moved to the personnel register when employment begins.",
    ),
    resulting_registers_text=Msg(
        "Työnhakijarekisteri.", "Register över arbetssökande.", "Job applicant register."
    ),
    processors_text=_join(
        Msg(
            "Tietoja käsittelevät rekrytointiin osallistuvat rekisterinpitäjän työntekijät. "
            "Rekisterinpitäjän lukuun tietoja käsittelevät lisäksi rekrytointijärjestelmän toimittaja sekä "
            "mahdollinen rekrytointi- tai henkilöarviointipalvelu.",
            "Uppgifterna behandlas av de anställda hos den personuppgiftsansvarige som deltar i "
            "rekryteringen. För den personuppgiftsansvariges räkning behandlas de dessutom av leverantören "
            "av rekryteringssystemet och av en eventuell rekryterings- eller personbedömningstjänst.",
            "The controller's employees taking part in the recruitment process the data. The vendor of the "
            "recruitment system and any recruitment or assessment service also process it on the "
            "controller's behalf.",
        ),
        PROCESSOR_AGREEMENT,
    ),
    disclosures_text=DATA_NOT_DISCLOSED,
    retention_period=2,
    retention_unit=RetentionUnit.YEARS,
    retention_trigger=Msg(
        "rekrytointiprosessin päättymisestä",
        "från att rekryteringen avslutades",
        "from the end of the recruitment",
    ),
    retention_text=Msg(
        "Hakemukset ja muut rekrytoinnin tiedot säilytetään kaksi vuotta rekrytointiprosessin päättymisestä, "
        "jotta rekisterinpitäjä voi osoittaa rekrytoinnin olleen syrjimätön. Tämän jälkeen tiedot poistetaan "
        "järjestelmistä ja paperiaineisto hävitetään tietoturvallisesti. Valitun hakijan tarpeelliset tiedot "
        "siirretään henkilöstörekisteriin.",
        "Ansökningar och andra uppgifter från rekryteringen bevaras i två år från att rekryteringen "
        "avslutades, så att den personuppgiftsansvarige kan visa att rekryteringen skett utan "
        "diskriminering. Därefter raderas uppgifterna ur systemen och pappersmaterialet förstörs på ett "
        "datasäkert sätt. Den valda sökandens nödvändiga uppgifter överförs till personalregistret.",
        "Applications and other recruitment data are kept for two years from the end of the recruitment, so "
        "that the controller can show it was non-discriminatory. The data is then erased from the systems "
        "and paper records are destroyed securely. The selected applicant's necessary data is moved to the "
        "personnel register.",
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
    statutory_requirement_text=Msg(
        "Tietojen antaminen on vapaaehtoista, mutta hakemusta ei voida käsitellä ilman hakijan yhteystietoja "
        "ja tehtävän kannalta tarpeellisia tietoja.",
        "Det är frivilligt att lämna uppgifterna, men ansökan kan inte behandlas utan den sökandes "
        "kontaktuppgifter och de uppgifter som behövs med tanke på uppgiften.",
        "Providing the data is voluntary, but an application cannot be considered without the applicant's "
        "contact details and the data the position requires.",
    ),
)

_template(
    "uutiskirje",
    sources=[Msg("Tilaaja itse", "Prenumeranten själv", "The subscriber")],
    sources_text=Msg(
        "Tiedot saadaan tilaajalta itseltään, kun hän tilaa uutiskirjeen verkkosivujen tilauslomakkeella tai "
        "muulla tavalla.",
        "Uppgifterna fås av prenumeranten själv när han eller hon beställer nyhetsbrevet via "
        "beställningsformuläret på webbplatsen eller på annat sätt.",
        "The data comes from subscribers themselves when they subscribe to the newsletter through the form "
        "on our website or otherwise.",
    ),
    purposes=[
        _purpose(
            Msg(
                "Uutiskirjeen lähettäminen sen tilanneille sekä tilausten ja suostumusten hallinta",
                "Att skicka nyhetsbrevet till dem som har beställt det och att hantera prenumerationer och "
                "samtycken",
                "Sending the newsletter to those who have subscribed, and managing subscriptions and "
                "consents",
            ),
            LegalBasis.CONSENT,
            direct_marketing=True,
        ),
    ],
    legal_bases=[LegalBasis.CONSENT],
    legal_basis_text=Msg(
        "Käsittely perustuu tilaajan suostumukseen (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta). "
        "Sähköinen suoramarkkinointi kuluttajille edellyttää lisäksi ennakkosuostumusta (laki sähköisen "
        "viestinnän palveluista 917/2014, 200 §).",
        "Behandlingen grundar sig på prenumerantens samtycke (artikel 6.1 a i dataskyddsförordningen). "
        "Elektronisk direktmarknadsföring till konsumenter kräver dessutom förhandssamtycke (lagen om "
        "tjänster inom elektronisk kommunikation 917/2014, 200 §).",
        "The processing is based on the subscriber's consent (Article 6(1)(a) of the GDPR). Electronic "
        "direct marketing to consumers also requires prior consent (Act on Electronic Communications "
        "Services 917/2014, section 200).",
    ),
    consent_text=Msg(
        "Suostumus pyydetään uutiskirjeen tilauksen yhteydessä erillisellä valinnalla, jota ei ole valittu "
        "valmiiksi. Tilaus vahvistetaan tilaajan sähköpostiosoitteeseen lähetettävällä vahvistusviestillä. "
        "Suostumuksen antamisen ajankohta ja tapa tallennetaan, jotta suostumus voidaan tarvittaessa "
        "osoittaa.",
        "Samtycket begärs i samband med beställningen av nyhetsbrevet med ett separat val som inte är "
        "förvalt. Beställningen bekräftas med ett meddelande till prenumerantens e-postadress. Tidpunkten "
        "och sättet för samtycket sparas så att samtycket vid behov kan visas.",
        "Consent is asked for when subscribing, with a separate choice that is not pre-ticked. The "
        "subscription is confirmed by a message sent to the subscriber's e-mail address. When and how "
        "consent was given is recorded, so that it can be shown when needed.",
    ),
    consent_withdrawal_text=Msg(
        "Tilaaja voi peruuttaa suostumuksensa ja lopettaa tilauksen milloin tahansa jokaisen uutiskirjeen "
        "lopussa olevalla peruutuslinkillä tai ilmoittamalla siitä rekisterin yhteyshenkilölle. "
        "Peruuttaminen on yhtä helppoa kuin suostumuksen antaminen, eikä se vaikuta ennen peruuttamista "
        "tapahtuneen käsittelyn lainmukaisuuteen. Uutiskirjeiden lähettäminen lopetetaan viipymättä "
        "peruuttamisen jälkeen.",
        "Prenumeranten kan när som helst återkalla sitt samtycke och avsluta prenumerationen via länken i "
        "slutet av varje nyhetsbrev eller genom att meddela registrets kontaktperson. Det är lika lätt att "
        "återkalla samtycket som att ge det, och återkallandet påverkar inte lagligheten av behandlingen "
        "innan det gjordes. Nyhetsbreven upphör utan dröjsmål efter återkallandet.",
        "Subscribers can withdraw their consent and end the subscription at any time through the link at the "
        "end of every newsletter or by telling the register's contact person. Withdrawing is as easy as "
        "giving consent, and it does not affect the lawfulness of processing before it. Newsletters stop "
        "without delay after withdrawal.",
    ),
    data_subject_categories=[
        Msg("Uutiskirjeen tilaajat", "Nyhetsbrevets prenumeranter", "Newsletter subscribers")
    ],
    data_categories=_cats(
        Msg("Sähköpostiosoite", "E-postadress", "E-mail address"),
        Msg(
            "Nimi, jos tilaaja antaa sen",
            "Namn, om prenumeranten uppger det",
            "Name, if the subscriber gives it",
        ),
        Msg(
            "Tilauksen ja suostumuksen ajankohta ja tapa",
            "Tidpunkt och sätt för beställningen och samtycket",
            "When and how the subscription and consent were given",
        ),
        Msg(
            "Tieto tilauksen peruuttamisesta",
            "Uppgift om att prenumerationen har sagts upp",
            "Record of the subscription being cancelled",
        ),
    ),
    data_collected_text=Msg(
        "Rekisteriin tallennetaan tilaajan sähköpostiosoite, nimi, jos tilaaja antaa sen, tilauksen ja "
        "suostumuksen ajankohta ja tapa sekä tieto tilauksen peruuttamisesta.",
        "I registret sparas prenumerantens e-postadress, namn, om prenumeranten uppger det, tidpunkten och "
        "sättet för beställningen och samtycket samt uppgift om att prenumerationen har sagts upp.",
        "The register holds the subscriber's e-mail address, name if the subscriber gives it, when and how "
        "the subscription and consent were given, and any cancellation.",
    ),
    location_text=Msg(
        "Tiedot tallennetaan uutiskirjepalveluun.",
        "Uppgifterna sparas i nyhetsbrevstjänsten.",
        "The data is stored in the newsletter service.",
    ),
    purpose_text=Msg(
        "Uutiskirjeen lähettäminen sen tilanneille sekä tilausten ja suostumusten hallinta.",
        "Att skicka nyhetsbrevet till dem som har beställt det samt att hantera prenumerationer och "
        "samtycken.",
        "Sending the newsletter to those who have subscribed, and managing subscriptions and consents.",
    ),
    processing_method_text=Msg(
        "Tilaus tallentuu uutiskirjepalveluun tilaajan itse antamilla tiedoilla. Tietoja ei yhdistetä muihin "
        "rekistereihin eikä käytetä muuhun kuin uutiskirjeen lähettämiseen.",
        "Prenumerationen sparas i nyhetsbrevstjänsten med de uppgifter prenumeranten själv har lämnat. "
        "Uppgifterna samkörs inte med andra register och används inte till annat än att skicka nyhetsbrevet.",
        "The subscription is stored in the newsletter service with the details the subscriber has given. The "
        "data is not combined with other registers or used for anything but sending the newsletter.",
    ),
    resulting_registers_text=Msg(
        "Uutiskirjeen postituslista.", "Nyhetsbrevets sändlista.", "The newsletter mailing list."
    ),
    processors_text=_join(
        Msg(
            "Tietoja käsittelee rekisterinpitäjän markkinoinnista vastaava henkilöstö. Rekisterinpitäjän "
            "lukuun tietoja käsittelee uutiskirjepalvelun toimittaja.",
            "Uppgifterna behandlas av den personal som ansvarar för den personuppgiftsansvariges "
            "marknadsföring. För den personuppgiftsansvariges räkning behandlas de av leverantören av "
            "nyhetsbrevstjänsten.",
            "The data is processed by the controller's marketing staff. The vendor of the newsletter service "
            "processes it on the controller's behalf.",
        ),
        PROCESSOR_AGREEMENT,
    ),
    disclosures_text=DATA_NOT_DISCLOSED,
    retention_period=1,
    retention_unit=RetentionUnit.MONTHS,
    retention_trigger=Msg(
        "tilauksen peruuttamisesta",
        "från att prenumerationen sades upp",
        "from the cancellation of the subscription",
    ),
    retention_text=Msg(
        "Tilaajan tiedot säilytetään niin kauan kuin tilaus on voimassa. Kun tilaaja peruuttaa tilauksen tai "
        "suostumuksensa, hänen tietonsa poistetaan uutiskirjepalvelusta kuukauden kuluessa peruuttamisesta.",
        "Prenumerantens uppgifter bevaras så länge prenumerationen gäller. När prenumeranten säger upp "
        "prenumerationen eller återkallar sitt samtycke raderas uppgifterna ur nyhetsbrevstjänsten inom en "
        "månad.",
        "A subscriber's data is kept as long as the subscription is in force. When the subscriber cancels "
        "the subscription or withdraws consent, the data is erased from the newsletter service within one "
        "month.",
    ),
    security_manual_text=_join(
        Msg(
            "Uutiskirjeen tilaajatietoja ei tulosteta eikä säilytetä paperilla.",
            "Uppgifterna om nyhetsbrevets prenumeranter skrivs inte ut och förvaras inte på papper.",
            "Subscriber data is neither printed nor kept on paper.",
        ),
        SECURITY_MANUAL,
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
    statutory_requirement_text=Msg(
        "Uutiskirjeen tilaaminen on vapaaehtoista. Uutiskirjettä ei voida lähettää ilman "
        "sähköpostiosoitetta.",
        "Det är frivilligt att beställa nyhetsbrevet. Nyhetsbrevet kan inte skickas utan en e-postadress.",
        "Subscribing to the newsletter is voluntary. The newsletter cannot be sent without an e-mail "
        "address.",
    ),
)

_template(
    "kameravalvonta",
    sources=[
        Msg("Tallentava kameravalvonta", "Inspelande kameraövervakning", "Recording camera surveillance")
    ],
    sources_text=Msg(
        "Tiedot saadaan valvotuilla alueilla olevien tallentavien valvontakameroiden kuvasta.",
        "Uppgifterna fås ur bilden från de inspelande övervakningskamerorna på de övervakade områdena.",
        "The data comes from the picture of the recording surveillance cameras in the monitored areas.",
    ),
    purposes=[
        _purpose(
            Msg(
                "Henkilöiden turvallisuuden ja omaisuuden suojaaminen sekä rikosten ja vahingontekojen "
                "ennaltaehkäiseminen ja selvittäminen",
                "Att skydda personers säkerhet och egendom samt att förebygga och utreda brott och "
                "skadegörelse",
                "Protecting people's safety and property, and preventing and investigating crime and damage",
            ),
            LegalBasis.LEGITIMATE_INTERESTS,
            interest=Msg(
                "Rekisterinpitäjän oikeutettu etu on henkilöiden turvallisuuden ja omaisuuden suojaaminen "
                "sekä rikosten, kuten varkauksien ja ilkivallan, ennaltaehkäiseminen ja selvittäminen. "
                "Valvonta on rajattu siihen, mikä on näiden tarkoitusten kannalta tarpeen.",
                "Den personuppgiftsansvariges berättigade intresse är att skydda personers säkerhet och "
                "egendom samt att förebygga och utreda brott, såsom stölder och skadegörelse. Övervakningen "
                "är begränsad till det som behövs för dessa ändamål.",
                "The controller's legitimate interest is protecting people's safety and property, and "
                "preventing and investigating crime such as theft and vandalism. The surveillance is limited "
                "to what these purposes need.",
            ),
        ),
    ],
    legal_bases=[LegalBasis.LEGITIMATE_INTERESTS],
    legal_basis_text=Msg(
        "Käsittely perustuu rekisterinpitäjän oikeutettuun etuun (tietosuoja-asetuksen 6 artiklan 1 kohdan f "
        "alakohta). Työpaikalla kameravalvonta toteutetaan lain yksityisyyden suojasta työelämässä "
        "(759/2004) kameravalvontaa koskevien säännösten mukaisesti.",
        "Behandlingen grundar sig på den personuppgiftsansvariges berättigade intresse (artikel 6.1 f i "
        "dataskyddsförordningen). På arbetsplatsen sker kameraövervakningen enligt bestämmelserna om "
        "kameraövervakning i lagen om integritetsskydd i arbetslivet (759/2004).",
        "The processing is based on the controller's legitimate interests (Article 6(1)(f) of the GDPR). At "
        "the workplace, camera surveillance follows the provisions on it in the Act on the Protection of "
        "Privacy in Working Life (759/2004).",
    ),
    legitimate_interest_text=_paragraphs(
        Msg(
            "Rekisterinpitäjän oikeutettu etu on henkilöiden turvallisuuden ja omaisuuden suojaaminen sekä "
            "rikosten, kuten varkauksien ja ilkivallan, ennaltaehkäiseminen ja selvittäminen.",
            "Den personuppgiftsansvariges berättigade intresse är att skydda personers säkerhet och egendom "
            "samt att förebygga och utreda brott, såsom stölder och skadegörelse.",
            "The controller's legitimate interest is protecting people's safety and property, and preventing "
            "and investigating crime such as theft and vandalism.",
        ),
        Msg(
            "Valvonta on rajattu siihen, mikä on näiden tarkoitusten kannalta tarpeen. Kamerat kuvaavat vain "
            "rekisterinpitäjän hallinnassa olevia tiloja ja alueita. Valvontaa ei kohdisteta käymälöihin, "
            "pukeutumistiloihin, henkilöstön taukotiloihin eikä työntekijöiden henkilökohtaiseen käyttöön "
            "osoitettuihin työhuoneisiin, eikä sitä käytetä yksittäisten työntekijöiden tarkkailuun.",
            "Övervakningen är begränsad till det som behövs för dessa ändamål. Kamerorna filmar endast "
            "lokaler och områden som den personuppgiftsansvarige förfogar över. Övervakningen riktas inte "
            "mot toaletter, omklädningsrum, personalens pausrum eller arbetsrum som anvisats arbetstagare "
            "för personligt bruk, och den används inte för att övervaka enskilda arbetstagare.",
            "The surveillance is limited to what these purposes need. The cameras film only premises and "
            "areas the controller controls. They are not aimed at toilets, changing rooms, staff break rooms "
            "or offices assigned to an employee's personal use, and are not used to watch individual "
            "employees.",
        ),
        Msg(
            "Kameravalvonnasta ilmoitetaan valvottujen alueiden sisäänkäynneillä selvästi näkyvillä "
            "kylteillä. Työntekijöille kerrotaan ennen valvonnan aloittamista sen tarkoituksesta, "
            "käyttöönotosta, käytettävistä menetelmistä ja kameroiden sijainnista.",
            "Kameraövervakningen meddelas med klart synliga skyltar vid ingångarna till de övervakade "
            "områdena. Arbetstagarna informeras innan övervakningen börjar om dess syfte, införande, de "
            "metoder som används och kamerornas placering.",
            "Camera surveillance is announced by clearly visible signs at the entrances to the monitored "
            "areas. Before it begins, employees are told of its purpose, introduction, the methods used and "
            "where the cameras are.",
        ),
    ),
    consent_text=NOT_BASED_ON_CONSENT,
    data_subject_categories=[
        Msg("Asiakkaat ja vierailijat", "Kunder och besökare", "Customers and visitors"),
        Msg("Työntekijät", "Arbetstagare", "Employees"),
        Msg(
            "Muut valvotuilla alueilla liikkuvat henkilöt",
            "Andra personer som rör sig på de övervakade områdena",
            "Other people in the monitored areas",
        ),
    ],
    data_categories=_cats(
        Msg(
            "Valvontakameran videotallenne",
            "Videoinspelning från övervakningskameran",
            "Surveillance camera recording",
        ),
        Msg(
            "Tallennuksen ajankohta ja kameran sijainti",
            "Tidpunkt för inspelningen och kamerans placering",
            "Time of recording and camera location",
        ),
    ),
    data_collected_text=Msg(
        "Valvontakameroiden tallenteisiin tallentuu valvotuilla alueilla liikkuvien henkilöiden kuva sekä "
        "tallennuksen ajankohta ja kameran sijainti. Ääntä ei tallenneta. Tallenteita ei käytetä henkilöiden "
        "biometriseen tunnistamiseen.",
        "I övervakningskamerornas inspelningar sparas bilden av personer som rör sig på de övervakade "
        "områdena samt tidpunkten för inspelningen och kamerans placering. Ljud spelas inte in. "
        "Inspelningarna används inte för biometrisk identifiering av personer.",
        "The recordings hold the picture of people moving in the monitored areas, the time of recording and "
        "the camera's location. No sound is recorded. The recordings are not used to identify people "
        "biometrically.",
    ),
    location_text=Msg(
        "Tallenteet tallennetaan kameravalvontajärjestelmän tallentimelle.",
        "Inspelningarna sparas på kameraövervakningssystemets inspelningsenhet.",
        "The recordings are stored on the surveillance system's recorder.",
    ),
    processing_location_text=Msg(
        "Tallenteita käsitellään vain niihin oikeutettujen henkilöiden laitteilla yrityksen toimitiloissa.",
        "Inspelningarna behandlas endast på behöriga personers enheter i företagets lokaler.",
        "Recordings are handled only on authorised persons' devices on the company's premises.",
    ),
    purpose_text=Msg(
        "Henkilöiden turvallisuuden ja omaisuuden suojaaminen, rikosten ja vahingontekojen "
        "ennaltaehkäiseminen sekä sattuneiden tapahtumien selvittäminen jälkikäteen.",
        "Att skydda personers säkerhet och egendom, förebygga brott och skadegörelse samt utreda inträffade "
        "händelser i efterhand.",
        "Protecting people's safety and property, preventing crime and damage, and investigating incidents "
        "afterwards.",
    ),
    processing_method_text=Msg(
        "Kamerat tallentavat kuvaa jatkuvasti tai liiketunnistimen käynnistäminä. Tallenteita katsotaan "
        "vain, kun on syytä epäillä rikosta, vahingontekoa tai turvallisuutta vaarantavaa tapahtumaa, ja "
        "katselusta pidetään kirjaa.",
        "Kamerorna spelar in bild kontinuerligt eller när en rörelsedetektor startar dem. Inspelningarna "
        "granskas endast när det finns skäl att misstänka brott, skadegörelse eller en händelse som "
        "äventyrar säkerheten, och granskningen loggförs.",
        "The cameras record continuously or when started by a motion sensor. Recordings are viewed only when "
        "there is reason to suspect a crime, damage or an incident endangering safety, and viewing is "
        "logged.",
    ),
    resulting_registers_text=Msg(
        "Kameravalvontarekisteri.", "Kameraövervakningsregister.", "Camera surveillance register."
    ),
    processors_text=_join(
        Msg(
            "Tallenteita käsittelevät vain erikseen nimetyt rekisterinpitäjän työntekijät. Jos "
            "kameravalvontajärjestelmän toimittajalla tai ylläpitäjällä on pääsy tallenteisiin, se toimii "
            "henkilötietojen käsittelijänä.",
            "Inspelningarna behandlas endast av särskilt utsedda anställda hos den personuppgiftsansvarige. "
            "Om leverantören eller den som underhåller kameraövervakningssystemet har tillgång till "
            "inspelningarna är den personuppgiftsbiträde.",
            "Only specially named employees of the controller handle the recordings. If the vendor or "
            "maintainer of the surveillance system has access to them, it acts as a processor.",
        ),
        PROCESSOR_AGREEMENT,
    ),
    disclosures_text=Msg(
        "Tallenteita luovutetaan vain poliisille tai muulle viranomaiselle, jolla on lakiin perustuva oikeus "
        "saada ne, rikoksen tai muun tapahtuman selvittämiseksi.",
        "Inspelningar lämnas ut endast till polisen eller en annan myndighet som har rätt till dem enligt "
        "lag, för att utreda ett brott eller en annan händelse.",
        "Recordings are disclosed only to the police or another authority entitled to them by law, to "
        "investigate a crime or other incident.",
    ),
    retention_period=30,
    retention_unit=RetentionUnit.DAYS,
    retention_trigger=Msg("tallennushetkestä", "från inspelningen", "from the time of recording"),
    retention_text=Msg(
        "Tallenteet säilytetään 30 päivää, minkä jälkeen järjestelmä poistaa ne tai tallentaa niiden päälle "
        "automaattisesti. Jos tallennetta tarvitaan rikoksen, vahingon tai muun tapahtuman selvittämiseen, "
        "sitä säilytetään vain niin kauan kuin asian selvittäminen ja käsittely edellyttävät, ja tarve "
        "arvioidaan uudelleen vähintään kerran vuodessa.",
        "Inspelningarna bevaras i 30 dagar, varefter systemet raderar dem eller spelar över dem automatiskt. "
        "Om en inspelning behövs för att utreda ett brott, en skada eller en annan händelse bevaras den "
        "endast så länge utredningen och behandlingen av ärendet kräver, och behovet omprövas minst en gång "
        "om året.",
        "Recordings are kept for 30 days, after which the system erases or overwrites them automatically. "
        "Where a recording is needed to investigate a crime, damage or other incident, it is kept only as "
        "long as the investigation and handling require, and the need is reviewed at least once a year.",
    ),
    security_manual_text=Msg(
        "Tallenteista ei tehdä paperitulosteita. Jos tallenteesta otetaan kopio tapahtuman selvittämiseksi, "
        "kopio säilytetään lukitussa tilassa ja hävitetään tietoturvallisesti, kun asia on selvitetty.",
        "Inspelningar skrivs inte ut på papper. Om en kopia av en inspelning tas för att utreda en händelse "
        "förvaras kopian i ett låst utrymme och förstörs på ett datasäkert sätt när ärendet är utrett.",
        "Recordings are not printed. If a copy is made to investigate an incident, it is kept in a locked "
        "room and destroyed securely once the matter has been cleared up.",
    ),
    security_electronic_text=_join(
        Msg(
            "Tallennin sijaitsee lukitussa tilassa, tai tallenteet säilytetään salattuina palvelussa, johon "
            "kirjaudutaan henkilökohtaisilla tunnuksilla. Tallenteita voivat katsoa vain erikseen nimetyt "
            "henkilöt, ja tallenteiden katselu ja kopiointi kirjataan lokiin.",
            "Inspelningsenheten finns i ett låst utrymme, eller så förvaras inspelningarna krypterade i en "
            "tjänst som man loggar in i med personliga användaruppgifter. Inspelningarna kan granskas endast "
            "av särskilt utsedda personer, och granskning och kopiering av inspelningar loggförs.",
            "The recorder is in a locked room, or the recordings are kept encrypted in a service used with "
            "personal credentials. Only specially named persons can view recordings, and viewing and copying "
            "are logged.",
        ),
        SECURITY_ELECTRONIC,
    ),
    access_right_text=_paragraphs(
        ACCESS_RIGHT,
        Msg(
            "Jotta tallenne löytyy, pyynnössä yksilöidään tallennuksen ajankohta ja paikka mahdollisimman "
            "tarkasti. Jos tallenteessa näkyy muita henkilöitä, heidän kuvansa peitetään jäljennöksestä, tai "
            "rekisteröity voi katsoa tallenteen rekisterinpitäjän tiloissa.",
            "För att inspelningen ska hittas anges tidpunkten och platsen för inspelningen så exakt som "
            "möjligt i begäran. Om andra personer syns i inspelningen maskeras de i kopian, eller så kan den "
            "registrerade se inspelningen i den personuppgiftsansvariges lokaler.",
            "So that the recording can be found, the request gives the time and place of recording as "
            "precisely as possible. If other people appear in the recording, they are masked in the copy, or "
            "the data subject can view the recording on the controller's premises.",
        ),
    ),
    other_rights_text=_paragraphs(
        RIGHTS_REQUESTS, RIGHT_ERASURE, RIGHT_RESTRICTION, RIGHT_OBJECTION, RIGHT_COMPLAINT
    ),
    statutory_requirement_text=Msg(
        "Rekisteröidyltä ei pyydetä tietoja; valvotulla alueella liikkuva henkilö tallentuu "
        "kameravalvontaan.",
        "Den registrerade ombeds inte lämna uppgifter; den som rör sig på ett övervakat område spelas in av "
        "kameraövervakningen.",
        "Data subjects are not asked for data; anyone moving in a monitored area is recorded by the cameras.",
    ),
    automated_decisions_text=Msg(
        "Tallenteita ei käytetä automaattiseen päätöksentekoon, profilointiin eikä kasvojentunnistukseen.",
        "Inspelningarna används inte för automatiserat beslutsfattande, profilering eller "
        "ansiktsigenkänning.",
        "The recordings are not used for automated decision-making, profiling or facial recognition.",
    ),
)

# The templates in Finnish with their Swedish and English translations (the register page offers them in
# the user's language through `template`).
REGISTER_TEMPLATES: dict[str, Register] = {slug: template(slug) for slug in _TITLES}  # type: ignore[misc]
