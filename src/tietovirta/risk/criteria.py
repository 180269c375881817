"""The DPIA screening questions: WP248 rev.01 criteria 1–9, GDPR Art. 35(3) a–c and the Finnish
Data Protection Ombudsman's list (LEGAL.md §5).

Criterion ids are stable: they are the keys of `DpiaScreening.answers` in the canonical format.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tietovirta.checks.messages import Msg


class Source(StrEnum):
    WP248 = "wp248"  # two or more met: a DPIA is likely required
    ART35 = "art35_3"  # always required
    FI_LIST = "fi_dpo_list"  # required, for most items together with one WP248 criterion


SOURCE_LABEL: dict[Source, Msg] = {
    Source.WP248: Msg("WP248-kriteerit", "Kriterierna i WP248", "WP248 criteria"),
    Source.ART35: Msg("Tietosuoja-asetuksen 35 artiklan 3 kohta", "Artikel 35.3 i dataskyddsförordningen",
                      "GDPR Article 35(3)"),
    Source.FI_LIST: Msg("Tietosuojavaltuutetun luettelo", "Dataombudsmannens förteckning",
                        "The Data Protection Ombudsman's list"),
}


@dataclass(frozen=True)
class Criterion:
    id: str
    source: Source
    ref: Msg  # where the criterion comes from, e.g. "WP248, kriteeri 4"
    label: Msg  # a short name for lists and messages, lower case
    question: Msg
    # Finnish list items: they call for a DPIA only together with one WP248 criterion, other than
    # those listed in `not_another` (which the item itself already implies).
    needs_another: bool = False
    not_another: frozenset[str] = frozenset()


def _wp248(number: int) -> Msg:
    return Msg(f"WP248, kriteeri {number}", f"WP248, kriterium {number}", f"WP248, criterion {number}")


def _art35(point: str) -> Msg:
    return Msg(f"Tietosuoja-asetuksen 35 artiklan 3 kohdan {point} alakohta",
               f"Artikel 35.3 {point} i dataskyddsförordningen", f"GDPR Art. 35(3)({point})")


_FI_LIST = Msg("Tietosuojavaltuutetun luettelo", "Dataombudsmannens förteckning",
               "The Data Protection Ombudsman's list")

CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        "evaluation_scoring", Source.WP248, _wp248(1),
        Msg("arviointi tai pisteytys", "utvärdering eller poängsättning", "evaluation or scoring"),
        Msg(
            fi="Arvioidaanko tai pisteytetäänkö rekisteröityjä, esimerkiksi profiloimalla tai ennustamalla "
               "heidän työsuoritustaan, taloudellista tilannettaan, terveyttään, kiinnostuksen kohteitaan "
               "tai käyttäytymistään?",
            sv="Utvärderas eller poängsätts de registrerade, till exempel genom profilering eller "
               "prognoser om deras arbetsprestation, ekonomiska situation, hälsa, intressen eller "
               "beteende?",
            en="Are data subjects evaluated or scored, for example by profiling or by predicting their "
               "work performance, economic situation, health, interests or behaviour?",
        ),
    ),
    Criterion(
        "automated_decision", Source.WP248, _wp248(2),
        Msg("automaattinen päätöksenteko", "automatiserat beslutsfattande", "automated decision-making"),
        Msg(
            fi="Tehdäänkö rekisteröidyistä automaattisia päätöksiä, joilla on heihin oikeusvaikutuksia tai "
               "muita yhtä merkittäviä vaikutuksia?",
            sv="Fattas automatiserade beslut om de registrerade som har rättsliga följder för dem eller på "
               "liknande sätt påverkar dem i betydande grad?",
            en="Are automated decisions made about data subjects that have legal or similarly significant "
               "effects on them?",
        ),
    ),
    Criterion(
        "systematic_monitoring", Source.WP248, _wp248(3),
        Msg("järjestelmällinen valvonta", "systematisk övervakning", "systematic monitoring"),
        Msg(
            fi="Valvotaanko tai seurataanko rekisteröityjä järjestelmällisesti, esimerkiksi "
               "kameravalvonnalla, paikantamalla tai seuraamalla verkon tai laitteiden käyttöä?",
            sv="Övervakas eller följs de registrerade systematiskt, till exempel med kameraövervakning, "
               "positionering eller uppföljning av hur de använder nät eller enheter?",
            en="Are data subjects systematically monitored, for example by camera surveillance, location "
               "tracking or monitoring of their network or device use?",
        ),
    ),
    Criterion(
        "sensitive_data", Source.WP248, _wp248(4),
        Msg("arkaluonteiset tiedot", "känsliga uppgifter", "sensitive data"),
        Msg(
            fi="Käsitelläänkö arkaluonteisia tai erittäin henkilökohtaisia tietoja, kuten erityisiin "
               "henkilötietoryhmiin kuuluvia tietoja (esimerkiksi terveystietoja), rikostietoja, "
               "henkilötunnusta tai taloudellista tilannetta koskevia tietoja?",
            sv="Behandlas känsliga eller mycket personliga uppgifter, såsom särskilda kategorier av "
               "personuppgifter (till exempel hälsouppgifter), uppgifter om brott, personbeteckning eller "
               "uppgifter om den ekonomiska situationen?",
            en="Is sensitive or highly personal data processed, such as special categories of data (health "
               "data, for example), criminal-offence data, the personal identity code or financial data?",
        ),
    ),
    Criterion(
        "large_scale", Source.WP248, _wp248(5),
        Msg("laajamittainen käsittely", "storskalig behandling", "large-scale processing"),
        Msg(
            fi="Onko käsittely laajamittaista, kun otetaan huomioon rekisteröityjen ja tietojen määrä, "
               "käsittelyn kesto ja maantieteellinen laajuus?",
            sv="Är behandlingen storskalig med hänsyn till antalet registrerade och mängden uppgifter, "
               "behandlingens varaktighet och geografiska omfattning?",
            en="Is the processing large-scale, considering the number of data subjects, the amount of "
               "data, its duration and its geographical extent?",
        ),
    ),
    Criterion(
        "matching_datasets", Source.WP248, _wp248(6),
        Msg("aineistojen yhdistäminen", "samkörning av datamängder", "matching or combining datasets"),
        Msg(
            fi="Yhdistetäänkö tai verrataanko eri tarkoituksiin tai eri rekisterinpitäjien keräämiä "
               "aineistoja tavalla, jota rekisteröity ei voi odottaa?",
            sv="Samkörs eller kombineras datamängder som samlats in för olika ändamål eller av olika "
               "personuppgiftsansvariga på ett sätt som den registrerade inte kan förvänta sig?",
            en="Are datasets collected for different purposes or by different controllers matched or "
               "combined in a way the data subjects would not expect?",
        ),
    ),
    Criterion(
        "vulnerable_subjects", Source.WP248, _wp248(7),
        Msg("haavoittuvassa asemassa olevat rekisteröidyt", "sårbara registrerade",
            "vulnerable data subjects"),
        Msg(
            fi="Ovatko rekisteröidyt haavoittuvassa asemassa, esimerkiksi lapsia, työntekijöitä, potilaita "
               "tai ikääntyneitä?",
            sv="Är de registrerade i en sårbar ställning, till exempel barn, anställda, patienter eller "
               "äldre?",
            en="Are the data subjects vulnerable, for example children, employees, patients or elderly "
               "people?",
        ),
    ),
    Criterion(
        "innovative_technology", Source.WP248, _wp248(8),
        Msg("uusi teknologia", "ny teknik", "innovative technology"),
        Msg(
            fi="Käytetäänkö uutta teknologiaa tai uudenlaisia organisatorisia ratkaisuja, esimerkiksi "
               "tekoälyä, kasvojentunnistusta tai esineiden internetiä?",
            sv="Används ny teknik eller nya organisatoriska lösningar, till exempel artificiell "
               "intelligens, ansiktsigenkänning eller sakernas internet?",
            en="Is new technology or a new organisational solution used, for example artificial "
               "intelligence, facial recognition or the Internet of Things?",
        ),
    ),
    Criterion(
        "prevents_rights", Source.WP248, _wp248(9),
        Msg("oikeuden tai palvelun epääminen", "hinder för en rättighet eller en tjänst",
            "blocking a right or a service"),
        Msg(
            fi="Voiko käsittely estää rekisteröityä käyttämästä oikeuttaan, saamasta palvelua tai "
               "tekemästä sopimusta, esimerkiksi luottopäätöksen perusteella?",
            sv="Kan behandlingen hindra de registrerade från att utöva en rättighet, få en tjänst eller "
               "ingå ett avtal, till exempel på grund av ett kreditbeslut?",
            en="Can the processing prevent data subjects from exercising a right, using a service or "
               "entering a contract, for example through a credit decision?",
        ),
    ),
    Criterion(
        "art35_profiling", Source.ART35, _art35("a"),
        Msg("järjestelmällinen ja laaja profilointi, jonka perusteella tehdään päätöksiä",
            "systematisk och omfattande profilering som ligger till grund för beslut",
            "systematic and extensive profiling with decisions based on it"),
        Msg(
            fi="Arvioidaanko henkilöiden henkilökohtaisia ominaisuuksia järjestelmällisesti ja laajasti "
               "automaattisen käsittelyn, kuten profiloinnin, avulla niin, että arvioinnin perusteella "
               "tehdään päätöksiä, joilla on heihin oikeusvaikutuksia tai vastaavia merkittäviä "
               "vaikutuksia?",
            sv="Görs en systematisk och omfattande bedömning av personliga aspekter med hjälp av "
               "automatiserad behandling, såsom profilering, som ligger till grund för beslut som har "
               "rättsliga följder för personerna eller på liknande sätt påverkar dem i betydande grad?",
            en="Are personal aspects evaluated systematically and extensively by automated processing, "
               "including profiling, as the basis for decisions with legal or similarly significant "
               "effects on the people concerned?",
        ),
    ),
    Criterion(
        "art35_special_large_scale", Source.ART35, _art35("b"),
        Msg("erityisten henkilötietoryhmien tai rikostietojen laajamittainen käsittely",
            "behandling av känsliga uppgifter eller uppgifter om brott i stor omfattning",
            "large-scale processing of special-category or criminal-offence data"),
        Msg(
            fi="Käsitelläänkö laajamittaisesti erityisiin henkilötietoryhmiin kuuluvia tietoja (9 artikla) "
               "tai rikostuomioita ja rikkomuksia koskevia tietoja (10 artikla)?",
            sv="Behandlas särskilda kategorier av personuppgifter (artikel 9) eller uppgifter om fällande "
               "domar i brottmål och överträdelser (artikel 10) i stor omfattning?",
            en="Are special categories of data (Art. 9) or data on criminal convictions and offences (Art. "
               "10) processed on a large scale?",
        ),
    ),
    Criterion(
        "art35_public_monitoring", Source.ART35, _art35("c"),
        Msg("yleisölle avoimen alueen laajamittainen valvonta", "storskalig övervakning av allmän plats",
            "large-scale monitoring of a publicly accessible area"),
        Msg(
            fi="Valvotaanko yleisölle avointa aluetta järjestelmällisesti ja laajamittaisesti?",
            sv="Övervakas en allmän plats systematiskt och i stor omfattning?",
            en="Is a publicly accessible area monitored systematically and on a large scale?",
        ),
    ),
    Criterion(
        "fi_biometric", Source.FI_LIST, _FI_LIST,
        Msg("biometriset tunnistetiedot", "biometriska uppgifter för identifiering",
            "biometric data for identification"),
        Msg(
            fi="Käsitelläänkö biometrisiä tietoja henkilön yksiselitteistä tunnistamista varten, "
               "esimerkiksi sormenjälkiä tai kasvojentunnistusta?",
            sv="Behandlas biometriska uppgifter för att entydigt identifiera personer, till exempel "
               "fingeravtryck eller ansiktsigenkänning?",
            en="Is biometric data processed to uniquely identify people, for example fingerprints or "
               "facial recognition?",
        ),
        needs_another=True, not_another=frozenset({"sensitive_data"}),
    ),
    Criterion(
        "fi_genetic", Source.FI_LIST, _FI_LIST,
        Msg("geneettiset tiedot", "genetiska uppgifter", "genetic data"),
        Msg(fi="Käsitelläänkö geneettisiä tietoja?", sv="Behandlas genetiska uppgifter?",
            en="Is genetic data processed?"),
        needs_another=True, not_another=frozenset({"sensitive_data"}),
    ),
    Criterion(
        "fi_location", Source.FI_LIST, _FI_LIST,
        Msg("sijaintitiedot", "platsuppgifter", "location data"),
        Msg(
            fi="Käsitelläänkö henkilöiden sijaintitietoja, esimerkiksi GPS-paikannusta?",
            sv="Behandlas uppgifter om var personer befinner sig, till exempel GPS-positionering?",
            en="Is location data about people processed, for example GPS tracking?",
        ),
        needs_another=True,
    ),
    Criterion(
        "fi_not_informed", Source.FI_LIST, _FI_LIST,
        Msg("rekisteröityjä ei informoida (14 artiklan 5 kohdan b alakohta)",
            "de registrerade informeras inte (artikel 14.5 b)",
            "data subjects not informed (Art. 14(5)(b))"),
        Msg(
            fi="Jätetäänkö rekisteröidyt informoimatta 14 artiklan 5 kohdan b alakohdan perusteella, koska "
               "tietojen antaminen olisi mahdotonta tai vaatisi kohtuuttomasti vaivaa?",
            sv="Lämnas de registrerade utan information med stöd av artikel 14.5 b, eftersom det skulle "
               "vara omöjligt eller kräva en oproportionerligt stor ansträngning att informera dem?",
            en="Are data subjects left uninformed under Art. 14(5)(b), because informing them would be "
               "impossible or involve a disproportionate effort?",
        ),
        needs_another=True,
    ),
    Criterion(
        "fi_whistleblowing", Source.FI_LIST, _FI_LIST,
        Msg("väärinkäytösten ilmoituskanava", "visselblåsarkanal", "whistleblowing channel"),
        Msg(
            fi="Onko kyse väärinkäytösten ilmoituskanavasta (whistleblowing)?",
            sv="Gäller det en visselblåsarkanal?",
            en="Is this a whistleblowing channel?",
        ),
    ),
)

CRITERIA_BY_ID: dict[str, Criterion] = {c.id: c for c in CRITERIA}
WP248_IDS: tuple[str, ...] = tuple(c.id for c in CRITERIA if c.source is Source.WP248)


def criterion(criterion_id: str) -> Criterion:
    return CRITERIA_BY_ID[criterion_id]
