"""Facts stated in prose, each with the sentence that says so.

Most documentation is prose: "Mailchimpin kanssa on tehty käsittelysopimus 4.3.2025", "HubSpot on
sertifioitu EU–US Data Privacy Framework -järjestelyyn (tarkistettu 1.9.2026)", "Tietoja ei siirretä
EU:n tai ETA:n ulkopuolelle", "Emme ole nimittäneet tietosuojavastaavaa". `statements(text)` reads
such sentences once; the importer turns them into structured values, the checks accept them as what
the documentation says (a fact stated only in prose is at most a note asking to record it).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from tietovirta.analysis import text
from tietovirta.analysis.text import Matcher, sentences
from tietovirta.canonical.schema import HetuGround, TransferMechanism
from tietovirta.knowledge.vendors import Vendor, mentions


class Kind(StrEnum):
    PROCESSOR_AGREEMENT = "processor_agreement"  # an Art. 28 agreement is in place (value: None)
    MECHANISM = "mechanism"  # a transfer safeguard is named (value: TransferMechanism)
    TRANSFERS = "transfers"  # data goes (or may go) outside the EU/EEA (value: True, or "possible")
    NO_TRANSFERS = "no_transfers"  # data is not transferred outside the EU/EEA
    DPO = "dpo"  # a DPO is appointed (value: True) or stated not to be (False)
    AUTOMATED_DECISIONS = "automated_decisions"  # value: True (made) / False (stated none)
    HETU_GROUND = "hetu_ground"  # a TSL 29 § ground is named (value: HetuGround or None)
    DPIA = "dpia"  # a DPIA was done (True) or a screening found it not needed (False)
    NO_DISCLOSURES = "no_disclosures"  # data is not disclosed to third parties


@dataclass(frozen=True)
class Statement:
    kind: Kind
    value: object
    sentence: str
    date: dt.date | None = None
    vendors: tuple[Vendor, ...] = ()  # the services the sentence is about; () when it speaks of all


# --- dates -----------------------------------------------------------------------------------------

_MONTHS = {
    # Finnish genitive/partitive month names ("1. syyskuuta 2026"), Swedish and English names.
    **{
        m: i
        for i, m in enumerate(
            (
                "tammi",
                "helmi",
                "maalis",
                "huhti",
                "touko",
                "kesä",
                "heinä",
                "elo",
                "syys",
                "loka",
                "marras",
                "joulu",
            ),
            1,
        )
    },
    **{
        m: i
        for i, m in enumerate(
            (
                "januari",
                "februari",
                "mars",
                "april",
                "maj",
                "juni",
                "juli",
                "augusti",
                "september",
                "oktober",
                "november",
                "december",
            ),
            1,
        )
    },
    **{
        m: i
        for i, m in enumerate(
            (
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december",
            ),
            1,
        )
    },
}
_NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NAMED_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\.?\s+(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\w*\s+(\d{4})(?!\d)"
    r"|(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\w*\s+(\d{1,2}),?\s+(\d{4})(?!\d)",
    re.IGNORECASE,
)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_date(sentence: str) -> dt.date | None:
    """The first calendar date written in the sentence (4.3.2025, 2025-03-04, 4 March 2025)."""
    found: list[tuple[int, dt.date]] = []
    for match in _NUMERIC_DATE.finditer(sentence):
        if day := _valid(int(match[3]), int(match[2]), int(match[1])):
            found.append((match.start(), day))
    for match in _ISO_DATE.finditer(sentence):
        if day := _valid(int(match[1]), int(match[2]), int(match[3])):
            found.append((match.start(), day))
    for match in _NAMED_DATE.finditer(sentence):
        if match[1]:
            month, day_number, year = _MONTHS[match[2].lower()], int(match[1]), int(match[3])
        else:
            month, day_number, year = _MONTHS[match[4].lower()], int(match[5]), int(match[6])
        if day := _valid(year, month, day_number):
            found.append((match.start(), day))
    return min(found)[1] if found else None


# "December 2013", "toukokuussa 2020": a month and year with no day.
_MONTH_YEAR = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\w*\s+\d{4}(?!\d)", re.IGNORECASE
)


def mentions_date(text: str) -> bool:
    """Whether the text gives a date, or a month and year: a version line, not a name."""
    return find_date(text) is not None or bool(_MONTH_YEAR.search(text))


_SENTENCE_ENDS = re.compile(r"\w[.!?](?:\s+[A-ZÅÄÖ]|$)")


def reads_as_prose(line: str) -> bool:
    """A line of running text — eight words or more with a sentence's end in it — rather than a line of
    contact details ("Firma Oy, Katu 1, 00100 Helsinki")."""
    words = line.split()
    running = sum(w[0].islower() for w in words)
    ends = bool(_SENTENCE_ENDS.search(line))
    return len(words) >= 8 and 2 * running >= len(words) and (ends or len(words) >= 12)


# --- phrases ---------------------------------------------------------------------------------------

AGREEMENT = Matcher(
    r"\w*käsittelysopimu\w*",
    r"tietojenkäsittelysopimu\w*",
    r"sopimu\w* henkilötietojen käsittelystä",
    r"henkilötietojen käsittely\w* koskev\w* sopimu\w*",
    r"(?:gdpr|tietosuoja-asetuksen) 28\s*art\w* mukai\w*",
    r"28\s*artiklan mukai\w* sopimu\w*",
    r"\w*biträdesavtal\w*",
    r"avtal om (?:personuppgifts)?behandling\w*",
    r"(?:data )?processing agreements?",
    r"data processing addend\w*",
    r"(?-i:DPA)s?(?!\w)",
    r"art(?:icle|\.)?\s*28 (?:agreement|contract)s?",
    r"processor agreements?",
    r"sopimu\w* (?:\w+ ){0,4}(?:tietosuoja-asetuksen|gdpr:n|tietosuojalainsäädännön) (?:\w+ )?vaatimu\w*",
    r"avtal (?:\w+ ){0,4}(?:dataskyddsförordningen|gdpr)",
    r"(?:agreements?|contracts?) (?:\w+ ){0,4}(?:gdpr|data protection (?:law|legislation|regulation))",
)
_ALL_PROCESSORS = Matcher(
    r"kaik\w* (?:\w+ ){0,2}(?:käsittelij|palveluntarjoaj|alihankkij|kumppane)\w*",
    r"käsittelijöiden kanssa",
    r"palveluntarjoajien kanssa",
    r"alla (?:\w+ )?(?:biträden|leverantörer|underleverantörer)",
    r"biträdena",
    r"(?:all|each|every) (?:of (?:our|the) )?(?:processors?|service providers?|subcontractors?|vendors?)",
    r"(?:our|the|these) (?:processors|service providers|subcontractors)",
)

SCC = Matcher(
    r"vakiosopimuslauseke\w*",
    r"mallisopimuslauseke\w*",
    r"vakiolauseke\w*",
    r"\w*standardilausek\w*",
    r"komission (?:hyväksym|vahvistam)\w* (?:\w+ )?(?:sopimuslauseke|lauseke|ehto|ehdo)\w*",
    r"standard contractual clauses?",
    r"(?-i:SCC)s?(?!\w)",
    r"model clauses",
    r"standardavtalsklausul\w*",
    r"standardklausul\w*",
    r"modellklausul\w*",
    r"2021/914",
    r"2010/87",
)
DPF = Matcher(
    r"data privacy framework",
    r"(?-i:DPF)(?!\w)",
    r"tietosuojakehy\w*",
    r"dataskyddsram\w*",
    r"(?:eu|eu:n)[- –]+(?:us|usa|yhdysvaltojen)[- –]+(?:tietosuoja)?kehy\w*",
    r"2023/1795",
)
ADEQUACY = Matcher(
    r"riittävyyspäätö\w*",
    r"riittäv\w* tietosuoja\w*",
    r"tietosuojan (?:tason )?riittävyy\w*",
    r"adekvat\w* skyddsnivå\w*",
    r"beslut om adekvat\w*",
    r"adekvansbeslut\w*",
    r"adequacy decisions?",
    r"adequate level of (?:data )?protection",
)
BCR = Matcher(
    r"sitov\w* yrityssääntö\w*",
    r"bindande företagsbestämmelser",
    r"binding corporate rules",
    r"(?-i:BCR)s?(?!\w)",
)
DEROGATION = Matcher(r"49\s*art\w*", r"art\w*\.?\s*49(?!\d)")
PRIVACY_SHIELD = Matcher(r"privacy[- ]shield\w*")
_MECHANISMS = (
    (TransferMechanism.SCC, SCC),
    (TransferMechanism.DPF, DPF),
    (TransferMechanism.ADEQUACY, ADEQUACY),
    (TransferMechanism.BCR, BCR),
    (TransferMechanism.DEROGATION, DEROGATION),
    (TransferMechanism.PRIVACY_SHIELD, PRIVACY_SHIELD),
)

OUTSIDE_EEA = Matcher(
    r"(?:eu|eta|ets|euroopan unionin|euroopan talousalueen)(?::n|-alueen)?\s+(?:ja eta:n\s+|tai eta:n\s+)?"
    r"ulkopuol\w*",
    r"euroopan (?:unionin|talousalueen) (?:tai \w+ \w+ )?ulkopuol\w*",
    r"eu-?/eta-?alueen ulkopuol\w*",
    r"utanför (?:eu|ees|europeiska|eu/ees|eu- och ees)\w*",
    r"outside (?:of )?(?:the )?(?:eu|eea|european)\w*",
    r"kolma\w* mai\w*",
    r"kolmante\w* maa\w*",
    r"kolmanne\w* maa\w*",
    r"tredje\s*land\w*",
    r"tredjeländer\w*",
    r"third countr\w*",
    r"yhdysval\w*",
    r"(?-i:USA)(?!\w)",
    r"united states",
    r"förenta staterna",
)
DPO = Matcher(
    r"tietosuojavastaa\w*",
    r"dataskyddsombud\w*",
    r"data protection officer\w*",
    r"(?-i:DPO)(?!\w)",
)
_APPOINT = Matcher(
    r"nimit\w*",
    r"nime\w*",
    r"velvolli\w*",
    r"tarpee\w*",
    r"vaadi\w*",
    r"toimi\w*",
    r"utse\w*",
    r"utnämn\w*",
    r"skyldig\w*",
    r"krav\w*",
    r"behöv\w*",
    r"fungerar",
    r"appoint\w*",
    r"designat\w*",
    r"obliged",
    r"required",
    r"requirement",
    r"necessary",
    r"acts? as",
)
# Someone reachable: an e-mail address (also obfuscated) or a person's name.
_REACHABLE = re.compile(r"@|\((?:at|ät)\)|\[(?:at|ät)\]|\b[A-ZÅÄÖ][a-zåäö]+ [A-ZÅÄÖ][a-zåäö]+")
AUTOMATED = Matcher(
    r"automaatti\w* päätöks\w*",
    r"automatisoi\w* päätö\w*",
    r"automaattis\w* (?:\w+ )?päätöksente\w*",
    r"profiloi\w*",
    r"profilointi\w*",
    r"automatiser\w* beslut\w*",
    r"automatiska beslut",
    r"automatiserat beslutsfattande",
    r"profiler\w*",
    r"automated (?:individual )?decision\w*",
    r"automatic decision\w*",
    r"profiling",
)
# Profiling of no one: "anonymous demographic profiling", "aggregated profiling" (Art. 4(4) profiles a
# natural person; anonymous data is not personal data, recital 26). Not "statistical profiling" (statistics
# of a person's behaviour profile them), nor a word joined by "and" ("anonymous analytics and profiling of
# your purchases": the profiling is not said to be anonymous).
_ANONYMOUS_BEFORE = re.compile(
    r"(?:anonyym\w*|anonym\w*|aggregat\w*|aggregoi\w*)"
    r"(?:\s+(?!(?:and|or|ja|tai|sekä|och|eller|samt)(?![\w-]))[\w-]+){0,2}\s+$",
    re.IGNORECASE,
)


# How far before a mention its "anonymous" words are looked for: searching the whole text before each of
# many mentions took time in the square of the text's length (20 000 characters: 2 s).
_ANONYMOUS_REACH = 200


def _only_anonymous_profiling(sentence: str) -> bool:
    """Every mention of profiling or automated decisions in the sentence is of anonymous data."""
    hits = list(AUTOMATED.pattern.finditer(sentence))
    return bool(hits) and all(
        _ANONYMOUS_BEFORE.search(sentence[max(0, hit.start() - _ANONYMOUS_REACH) : hit.start()])
        for hit in hits
    )


HETU_SECTION = Matcher(
    r"(?:tietosuojalai?n|TSL:n|TSL|tietosuojalaki)\s*\(?(?:1050/2018)?\)?\s*29\s*§",
    r"29\s*§",
    r"§\s*29(?!\d)",
    r"dataskyddslagen\s+29",
    r"(?:section|s\.)\s*29\s+of the (?:finnish )?data protection act",
)
_MOMENTTI = re.compile(
    r"29\s*§(?::n)?\s*(\d)\s*(?:mom|moment)\w*\.?(?:\s*(\d)\s*(?:koh|k\.|punkt|point))?", re.IGNORECASE
)
_SECTOR = Matcher(
    r"terveydenhuol\w*",
    r"sosiaalihuol\w*",
    r"työsuhte\w*",
    r"virkasuhte\w*",
    r"palvelussuhte\w*",
    r"luotonanno\w*",
    r"perinnä\w*",
    r"vakuutus\w*",
    r"vuokra\w*",
    r"maksupalvelu\w*",
    r"hälso- och sjukvård\w*",
    r"anställning\w*",
    r"kreditgivning\w*",
    r"indrivning\w*",
    r"försäkring\w*",
    r"health care",
    r"social welfare",
    r"employment",
    r"credit",
    r"debt collection",
    r"insurance",
    r"rental",
)
DPIA_WORDS = Matcher(
    r"vaikutustenarvio\w*",
    r"konsekvensbedömning\w*",
    r"(?-i:DPIA)\w*",
    r"(?:data protection )?impact assessments?",
)
_NOT_NEEDED = Matcher(
    r"ei (?:ole )?(?:tarpee\w*|tarvita|vaadita|edellytetä)",
    r"ei (?:ole )?vaadittu",
    r"tarpeeton",
    r"inte (?:nödvändig|behövs|krävs)",
    r"behövs inte",
    r"krävs inte",
    r"not (?:required|needed|necessary)",
    r"unnecessary",
)
DISCLOSURE = Matcher(
    r"luovut\w*",
    r"utlämn\w*",
    r"lämnas (?:inte )?ut",
    r"disclos\w*",
    r"share[sd]?",
    r"sell",
)


def _mentioned(sentence: str) -> tuple[Vendor, ...]:
    found: dict[str, Vendor] = {}
    for mention in mentions(sentence, True):
        found.setdefault(mention.vendor.root.id, mention.vendor)
    return tuple(found.values())


def _hetu_ground(sentence: str) -> HetuGround | None:
    if match := _MOMENTTI.search(sentence):
        momentti, kohta = match[1], match[2]
        if momentti == "2":
            return HetuGround.SECTOR
        if momentti == "3":
            return HetuGround.ADDRESS_UPDATE
        if momentti == "1" and kohta in ("1", "2", "3"):
            return HetuGround.UNAMBIGUOUS_IDENTIFICATION
    if _SECTOR.mentioned_in(sentence):
        return HetuGround.SECTOR
    if text.HETU_GROUND.mentioned_in(sentence) and not HETU_SECTION.mentioned_in(sentence):
        return HetuGround.UNAMBIGUOUS_IDENTIFICATION
    return None


# "Siirrot kolmansiin maihin: …": a label naming the topic, whose words state nothing themselves.
_LABEL = re.compile(r"^(?P<label>[^.:!?]{1,60}):\s+(?P<body>.+)$", re.DOTALL)
# What remains of a bare heading ("Tietojen siirto EU:n ulkopuolelle") once the topic words are gone.
_TOPIC_WORDS = Matcher(
    r"(?:tietojen|henkilötietojen|uppgifter\w*|personuppgifter\w*|personal data|data)",
    r"siir\w*",
    r"överför\w*",
    r"transfer\w*",
    r"luovut\w*",
    r"ja",
    r"och",
    r"and",
    r"to",
    r"till",
    r"of",
    r"\d+\.?",
)
WITHIN_EEA = Matcher(
    r"(?:eu|eta|ets)(?::n|-alueen)? (?:alueella|sisällä)",
    r"euroopan (?:unionin|talousalueen) (?:alueella|sisällä)",
    r"suomessa",
    r"inom (?:eu|ees|europeiska)\w*",
    r"i finland",
    r"within the (?:eu|eea|european)\w*",
    r"in finland",
    r"(?:in|inside) the (?:eu|eea)(?!\w)",
)
_YES = re.compile(r"^\s*(?:kyllä|ja|yes)\b", re.IGNORECASE)


def _transfers(sentence: str) -> Statement | None:
    """Whether a sentence says data leaves the EU/EEA. A label only names the topic: "Överföring till
    tredjeländer: Brevo lagrar uppgifterna inom EU" says the data stays, and a bare heading says nothing."""
    if not OUTSIDE_EEA.mentioned_in(sentence):
        return None
    claim = sentence
    if (labelled := _LABEL.match(sentence)) and OUTSIDE_EEA.mentioned_in(labelled["label"]):
        claim = labelled["body"]
        if not OUTSIDE_EEA.mentioned_in(claim):
            if text.is_negated(claim) or WITHIN_EEA.mentioned_in(claim):
                return Statement(Kind.NO_TRANSFERS, None, sentence)
            if _YES.match(claim):
                return Statement(Kind.TRANSFERS, True, sentence, None, _mentioned(sentence))
            return None
    elif not _TOPIC_WORDS.pattern.sub("", OUTSIDE_EEA.pattern.sub("", sentence)).strip(" .,:;-–()/"):
        return None  # a heading
    if not text.is_negated(claim):
        return Statement(Kind.TRANSFERS, True, sentence, None, _mentioned(sentence))
    if text.has_exception(claim):
        return Statement(Kind.TRANSFERS, "possible", sentence, None, _mentioned(sentence))
    return Statement(Kind.NO_TRANSFERS, None, sentence)


# Every statement needs one of these in its sentence: one scan of them all rules out the sentences that
# state nothing (most), instead of one scan per matcher.
_STATES_ANYTHING = Matcher(
    *(
        matcher.pattern.pattern
        for matcher in (
            AGREEMENT,
            *(matcher for _, matcher in _MECHANISMS),
            OUTSIDE_EEA,
            DPO,
            AUTOMATED,
            HETU_SECTION,
            text.HETU,
            DPIA_WORDS,
            DISCLOSURE,
        )
    )
)


def _of_sentence(sentence: str) -> list[Statement]:
    # The services and the date a sentence names are read only for what it states: most state nothing.
    found: list[Statement] = []
    if not _STATES_ANYTHING.mentioned_in(sentence):
        return found
    negated = text.is_negated(sentence)

    if AGREEMENT.mentioned_in(sentence) and not negated:
        found.append(
            Statement(
                Kind.PROCESSOR_AGREEMENT,
                None,
                sentence,
                find_date(sentence),
                () if _ALL_PROCESSORS.mentioned_in(sentence) else _mentioned(sentence),
            )
        )
    for mechanism, matcher in _MECHANISMS:
        if matcher.mentioned_in(sentence) and not negated:
            found.append(
                Statement(Kind.MECHANISM, mechanism, sentence, find_date(sentence), _mentioned(sentence))
            )
    if transfers := _transfers(sentence):
        found.append(transfers)
    if DPO.mentioned_in(sentence):
        if negated and _APPOINT.mentioned_in(sentence):
            found.append(Statement(Kind.DPO, False, sentence))
        elif not negated and (_APPOINT.mentioned_in(sentence) or _REACHABLE.search(sentence)):
            found.append(Statement(Kind.DPO, True, sentence))
    if AUTOMATED.mentioned_in(sentence) and not _only_anonymous_profiling(sentence):
        found.append(Statement(Kind.AUTOMATED_DECISIONS, not negated, sentence))
    if HETU_SECTION.mentioned_in(sentence) or (
        text.HETU.mentioned_in(sentence) and text.HETU_GROUND.mentioned_in(sentence)
    ):
        found.append(Statement(Kind.HETU_GROUND, _hetu_ground(sentence), sentence))
    if DPIA_WORDS.mentioned_in(sentence):
        done = not negated and not _NOT_NEEDED.mentioned_in(sentence)
        found.append(Statement(Kind.DPIA, done, sentence, find_date(sentence)))
    if DISCLOSURE.mentioned_in(sentence) and negated and not text.has_exception(sentence):
        found.append(Statement(Kind.NO_DISCLOSURES, None, sentence))
    return found


@lru_cache(maxsize=8192)  # the checks, the importer and the documents read the same fields
def statements(value: str) -> tuple[Statement, ...]:
    """Every statement in a text, in order."""
    if not value:
        return ()
    found: list[Statement] = []
    for sentence in sentences(value):
        found += _of_sentence(sentence)
    return tuple(found)


# --- accounting material and how long it is kept (kirjanpitolaki 1336/1997 2:10) ----------------------


class AccountingMaterial(StrEnum):
    VOUCHERS = "vouchers"  # tositteet, liiketapahtumia koskeva kirjeenvaihto, muu kirjanpitoaineisto: 6 years
    BOOKS = "books"  # kirjanpidot, tilinpäätös, tililuettelo: 10 years


MINIMUM_YEARS = {AccountingMaterial.VOUCHERS: 6, AccountingMaterial.BOOKS: 10}

_MATERIAL = {
    # Vouchers, and accounting material named in general ("kirjanpito", "bokföring"): 6 years.
    AccountingMaterial.VOUCHERS: Matcher(
        r"\w*tosit\w*",
        r"\w*kirjanpitoaineisto\w*",
        r"lasku(?:t|ja|jen|ista)(?!\w)",
        r"kuit(?:it|teja|tien)",
        r"\w*kirjanpi(?!tolai|tolak|totoimist|täj|tovelvolli|dot|tokirj)\w*",
        r"\w*verifikat\w*",
        r"räkenskapsmaterial\w*",
        r"fakturor\w*",
        r"kvitt(?:on|ona)(?!\w)",
        r"\w*bokföring(?!slag|sbyrå|sskyldig|ar)\w*",
        r"vouchers?",
        r"invoices?",
        r"receipts?",
        r"accounting (?:records|material|documents)",
        r"bookkeeping(?: records)?",
    ),
    # The books themselves, the financial statements and the chart of accounts: 10 years.
    AccountingMaterial.BOOKS: Matcher(
        r"\w*kirjanpidot",
        r"\w*kirjanpitokirj\w*",
        r"tilinpäätö\w*",
        r"tililuettelo\w*",
        r"pääkirja\w*",
        r"päiväkirja\w*",
        r"\w*bokföringar\w*",
        r"bokslut\w*",
        r"kontoplan\w*",
        r"huvudbok\w*",
        r"books of account",
        r"accounting books",
        r"ledgers?",
        r"financial statements?",
    ),
}
# Accounting material is kept for years or months; "poistetaan 2 viikon kuluessa laskujen maksamisesta"
# is about other data.
_MONTHS_PER_UNIT = ((12, r"vuo\w*|v\.|år\w*|years?|yrs?"), (1, r"kuuka\w*|kk|månad\w*|months?"))
_MAX_GAP_WORDS = 8  # between the material and its period: "tositteet säilytetään kirjanpitolain mukaan 6 v."
_PERIOD = re.compile(
    r"(?<![\w./])(?:(?P<word>" + text.NUMBER_WORD + r")"
    r"(?:\s*\((?P<paren>\d{1,3})\))?|(?P<num>\d{1,3}))(?:\s*[-–]\s*\d{1,3})?\s*"
    r"(?P<unit>" + "|".join(unit for _, unit in _MONTHS_PER_UNIT) + r")(?!\w)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class AccountingPeriod:
    """A period stated for accounting material: "Laskut ja tositteet: 3 vuotta"."""

    material: AccountingMaterial
    months: float
    phrase: str  # the material and the period as written
    sentence: str

    @property
    def too_short(self) -> bool:
        return self.months < MINIMUM_YEARS[self.material] * 12


def _months(match: re.Match[str]) -> float:
    if match["num"]:
        count = int(match["num"])
    elif match["paren"]:
        count = int(match["paren"])
    else:
        count = text.NUMBER_WORDS[match["word"].lower()]
    unit = match["unit"]
    per_unit = next(per for per, pattern in _MONTHS_PER_UNIT if re.fullmatch(pattern, unit, re.IGNORECASE))
    return count * per_unit


@lru_cache(maxsize=4096)
def accounting_periods(value: str) -> tuple[AccountingPeriod, ...]:
    """Each period the text gives for accounting material, sentence by sentence. Material named before a
    period is kept for it; several kinds named together ("kirjanpitoon kuuluvat tositteet 6 vuotta") are
    held to the shortest requirement among them, so that only a period too short for all of them counts."""
    found: list[AccountingPeriod] = []
    for sentence in sentences(value or ""):
        marks = [
            (m.start(), m.end(), kind)
            for kind, matcher in _MATERIAL.items()
            for m in matcher.pattern.finditer(sentence)
        ]
        marks += [(m.start(), m.end(), m) for m in _PERIOD.finditer(sentence)]
        group: list[tuple[int, AccountingMaterial]] = []
        last_end = 0
        for start, end, mark in sorted(marks, key=lambda item: item[0]):
            if isinstance(mark, AccountingMaterial):
                group.append((start, mark))
                last_end = end
            elif group and len(sentence[last_end:start].split()) > _MAX_GAP_WORDS:
                group = []
            elif group:
                material = min((kind for _, kind in group), key=MINIMUM_YEARS.__getitem__)
                phrase = " ".join(sentence[group[0][0] : end].split())
                # "tilaustiedot kirjanpidon ulkopuolella: 3 vuotta" is about other data
                if not text.EXCLUDED.pattern.search(sentence[max(0, group[0][0] - 25) : end]):
                    phrase = text.excerpt(phrase, 100)
                    found.append(AccountingPeriod(material, _months(mark), phrase, sentence))
                group = []
    return tuple(found)
