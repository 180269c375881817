"""A register complete against GDPR Art. 13/14, with every text in Finnish, Swedish and English.

Lumo Kiinteistöpalvelut Oy's customer register: four purposes on four different bases (contract, legal
obligation, consent for the newsletter, legitimate interests for business contacts), processors from
the catalogue (one US vendor on the Data Privacy Framework), a recipient of disclosures, and its
texts translated. The notice tests render it in every language.
"""

from __future__ import annotations

from copy import deepcopy

from tietovirta import canonical as c
from tietovirta.canonical import parse_document
from tietovirta.canonical.schema import OrganizationDocument
from tietovirta.documents.model import BulletList, Fields, Paragraph, Table

# path -> (fi, sv, en): the register's texts and their translations.
TEXTS: dict[str, tuple[str, str, str]] = {
    "name": ("Asiakasrekisteri", "Kundregister", "Customer register"),
    "purposes[0].purpose": (
        "Asiakassopimusten tekeminen ja hoitaminen sekä palvelujen toimittaminen ja laskutus",
        "Att ingå och sköta kundavtal samt leverera och fakturera tjänsterna",
        "Making and managing customer contracts, and delivering and invoicing our services",
    ),
    "purposes[1].purpose": (
        "Kirjanpitoa ja verotusta koskevien lakisääteisten velvoitteiden täyttäminen",
        "Att fullgöra de lagstadgade skyldigheterna i fråga om bokföring och beskattning",
        "Meeting our statutory obligations on bookkeeping and taxation",
    ),
    "purposes[2].purpose": (
        "Uutiskirjeen lähettäminen sen tilanneille",
        "Att skicka nyhetsbrevet till dem som har beställt det",
        "Sending our newsletter to those who have subscribed to it",
    ),
    "purposes[3].purpose": (
        "Yhteydenpito yritysasiakkaiden yhteyshenkilöihin",
        "Kontakten med företagskundernas kontaktpersoner",
        "Keeping in touch with the contact persons of our business customers",
    ),
    "purposes[3].interest": (
        "Meidän on voitava hoitaa asiakassuhdetta yritysasiakkaan kanssa, mikä edellyttää yhteydenpitoa sen "
        "nimeämiin yhteyshenkilöihin. Käsittelemme vain heidän työtehtäviinsä liittyviä tietoja.",
        "Vi måste kunna sköta kundförhållandet med företagskunden, vilket förutsätter kontakt med de "
        "kontaktpersoner som kunden har utsett. Vi behandlar bara uppgifter som hör till deras "
        "arbetsuppgifter.",
        "We need to manage the customer relationship with the business customer, which requires contact with "
        "the persons it has named. We process only data related to their work duties.",
    ),
    "data_subject_categories[0]": ("Kuluttaja-asiakkaat", "Konsumentkunder", "Consumer customers"),
    "data_subject_categories[1]": (
        "Yritysasiakkaiden yhteyshenkilöt",
        "Företagskundernas kontaktpersoner",
        "Contact persons of business customers",
    ),
    "data_subject_categories[2]": (
        "Uutiskirjeen tilaajat", "Nyhetsbrevets prenumeranter", "Newsletter subscribers",
    ),
    "data_categories[0].name": (
        "Nimi ja yhteystiedot", "Namn och kontaktuppgifter", "Name and contact details",
    ),
    "data_categories[1].name": ("Laskutus- ja kohdeosoite", "Fakturerings- och objektadress",
                                "Billing and property address"),
    "data_categories[2].name": ("Tilaus- ja laskutushistoria", "Beställnings- och faktureringshistorik",
                                "Order and invoicing history"),
    "sources[0]": ("Asiakas itse", "Kunden själv", "The customer"),
    "sources[1]": ("Verkkosivujen yhteydenottolomake", "Kontaktformuläret på webbplatsen",
                   "The contact form on our website"),
    "sources_text": (
        "Saamme tiedot asiakkaalta itseltään tarjouspyynnön, sopimuksen ja asiakaspalvelun yhteydessä.",
        "Vi får uppgifterna av kunden själv i samband med offertförfrågan, avtal och kundtjänst.",
        "We receive the data from the customers themselves when they ask for a quote, make a contract or "
        "contact our customer service.",
    ),
    "disclosures_text": (
        "Erääntyneet saatavat siirrämme perintätoimistolle. Viranomaisille annamme tietoja vain lain niin "
        "vaatiessa.",
        "Förfallna fordringar överlåter vi till en inkassobyrå. Till myndigheter lämnar vi uppgifter endast "
        "när lagen kräver det.",
        "Overdue debts are passed to a debt collection agency. We give data to the authorities only when the "
        "law requires it.",
    ),
    "retention_trigger": (
        "asiakkuuden päättymisestä",
        "från att kundförhållandet upphörde",
        "from the end of the customer relationship",
    ),
    "retention_text": (
        "Tositteet säilytämme kirjanpitolain mukaisesti kuusi vuotta sen vuoden lopusta, jona tilikausi "
        "päättyi. Uutiskirjeen tilaajan tiedot poistamme, kun tilaus perutaan.",
        "Verifikat bevarar vi enligt bokföringslagen i sex år från utgången av det år då räkenskapsperioden "
        "avslutades. En prenumerants uppgifter raderar vi när prenumerationen sägs upp.",
        "We keep accounting vouchers for six years from the end of the year in which the financial year "
        "ended, as the Accounting Act requires. A subscriber's data is erased when the subscription is "
        "cancelled.",
    ),
    "consent_withdrawal_text": (
        "Voit perua uutiskirjeen tilauksen milloin tahansa jokaisen uutiskirjeen lopussa olevasta linkistä.",
        "Du kan säga upp nyhetsbrevet när som helst via länken i slutet av varje nyhetsbrev.",
        "You can cancel the newsletter at any time through the link at the end of every issue.",
    ),
    "statutory_requirement_text": (
        "Sopimuksen tekeminen edellyttää nimeä, yhteystietoja ja laskutustietoja; ilman niitä emme voi "
        "toimittaa palvelua. Uutiskirjeen tilaaminen on vapaaehtoista.",
        "För att ingå avtal behöver vi namn, kontaktuppgifter och faktureringsuppgifter; utan dem kan vi "
        "inte leverera tjänsten. Det är frivilligt att prenumerera på nyhetsbrevet.",
        "To make a contract we need your name, contact details and billing details; without them we cannot "
        "deliver the service. Subscribing to the newsletter is voluntary.",
    ),
    "automated_decisions_text": (
        "Emme tee automaattisia päätöksiä emmekä profiloi asiakkaitamme.",
        "Vi fattar inga automatiserade beslut och profilerar inte våra kunder.",
        "We make no automated decisions and do not profile our customers.",
    ),
    "security_text": (
        "Järjestelmiin kirjaudutaan henkilökohtaisilla tunnuksilla ja kaksivaiheisella tunnistautumisella. "
        "Käyttöoikeudet annetaan tehtävän mukaan, ja tietoliikenne on salattu.",
        "Man loggar in i systemen med personliga användarnamn och tvåstegsverifiering. Behörigheter ges "
        "enligt arbetsuppgift, och datatrafiken är krypterad.",
        "Our systems are used with personal credentials and two-step verification. Access is granted by "
        "role, and the connections are encrypted.",
    ),
}

# Internal texts: in the record and the data-flow description, never in the notice.
INTERNAL = {
    "risk_text": "SISÄINEN-RISKI Käsittelytoimiin liittyvä riski on arvioitu vähäiseksi.",
    "processing_method_text": "SISÄINEN-MENETELMÄ Tiedot tallennetaan järjestelmiin.",
    "processing_location_text": "SISÄINEN-PAIKKA Toimitiloissa Tampereella.",
    "location_text": "SISÄINEN-SIJAINTI Palvelimet Suomessa.",
    "resulting_registers_text": "SISÄINEN-REKISTERIT Laskutusrekisteri.",
    "privacy_notice_text": "SISÄINEN-SELOSTE Tämä seloste.",
    "unmapped_text": "SISÄINEN-MUU Tuonnissa jäänyt teksti.",
    "description": "SISÄINEN-KUVAUS Kiinteistöhuollon asiakkaat.",
    "consent_text": "SISÄINEN-SUOSTUMUS Tilaaja antaa suostumuksen lomakkeella.",
    "legal_basis_text": "SISÄINEN-PERUSTE Sopimus, kirjanpitolaki ja suostumus.",
    "processors_text": "SISÄINEN-HENKILÖSTÖ Rekisterinpitäjän oma henkilöstö ja tilitoimisto.",
    "access_right_text": "SISÄINEN-TARKASTUS Pyynnöt sähköpostitse.",
    "other_rights_text": "SISÄINEN-OIKEUDET Muut oikeudet.",
}


def _set(register: dict, path: str, text: str) -> None:
    if "[" not in path:
        register[path] = text
        return
    name, rest = path.split("[", 1)
    index, _, sub = rest.partition("]")
    items = register[name]
    if sub:
        items[int(index)][sub.lstrip(".")] = text
    else:
        items[int(index)] = text


def complete_data(*, translated: bool = True) -> dict:
    register: dict = {
        "status": "published",
        "modified_at": "2026-12-02T10:00:00+02:00",
        "contact_person": {
            "name": "Laura Niemi", "title": "toimitusjohtaja", "email": "laura.niemi@lumo.example",
        },
        "purposes": [
            {"purpose": "", "legal_basis": "b"},
            {"purpose": "", "legal_basis": "c"},
            {"purpose": "", "legal_basis": "a", "direct_marketing": True},
            {"purpose": "", "legal_basis": "f", "interest": ""},
        ],
        "data_subject_categories": ["", "", ""],
        "data_categories": [{"name": ""}, {"name": ""}, {"name": ""}],
        "sources": ["", ""],
        "use_system_references": True,
        "systems": ["Netvisor", "Microsoft 365", "Excel"],
        "parties": ["Tilitoimisto Numerot Oy", "Perintätoimisto Saatava Oy"],
        "retention_period": 3,
        "retention_unit": "years",
        "risk_assessments": [{"title": "SISÄINEN-ARVIO", "conclusion": "SISÄINEN-JOHTOPÄÄTÖS"}],
        "accepted_findings": [{"rule": "retention-vague", "reason": "SISÄINEN-HYVÄKSYTTY riski"}],
        **INTERNAL,
    }
    for path, (fi, _, _) in TEXTS.items():
        _set(register, path, fi)
    if translated:
        register["translations"] = {
            lang: {path: texts[i] for path, texts in TEXTS.items()} for i, lang in ((1, "sv"), (2, "en"))
        }
    return {
        "schema_version": c.SCHEMA_VERSION,
        "organization": {
            "name": "Lumo Kiinteistöpalvelut Oy", "business_id": "2819434-5",
            "street_address": "Hämeenkatu 12 A", "postal_code": "33100", "city": "Tampere",
            "country": "Suomi",
            "email": "tietosuoja@lumo.example", "phone": "+358 40 123 4567",
        },
        "systems": [
            {"name": "Netvisor", "vendor": "Visma Solutions Oy", "kind": "accounting", "hosting": "fi",
             "hosting_country": "FI", "vendor_country": "FI", "processor_agreement": "signed"},
            {"name": "Microsoft 365", "vendor": "Microsoft Ireland Operations Ltd", "kind": "email",
             "hosting": "eea", "hosting_country": "IE", "vendor_country": "US", "transfer_mechanism": "dpf",
             "dpf_verified_on": "2026-11-03", "processor_agreement": "signed"},
            {"name": "Excel", "vendor": "Microsoft", "kind": "spreadsheet", "hosting": "fi"},
        ],
        "parties": [
            {"name": "Tilitoimisto Numerot Oy", "role": "processor", "hosting": "fi", "hosting_country": "FI",
             "processor_agreement": "signed", "systems": ["Netvisor"]},
            {"name": "Perintätoimisto Saatava Oy", "role": "recipient", "hosting": "fi"},
        ],
        "registers": [register],
    }


def texts(blocks) -> str:
    """The text of document blocks, a line per paragraph, item, field ("label: value") or table row."""
    out = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(block.text)
        elif isinstance(block, BulletList):
            out += block.items
        elif isinstance(block, Fields):
            out += [f"{row.label}: {row.value}" for row in block.rows]
        elif isinstance(block, Table):
            out += [" | ".join(row) for row in block.rows]
    return "\n".join(out)


def complete_document(**changes: object) -> OrganizationDocument:
    """The complete document, with register fields replaced by `changes`."""
    data = deepcopy(complete_data())
    data["registers"][0].update(changes)
    return parse_document(data)
