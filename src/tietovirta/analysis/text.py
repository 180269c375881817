"""Prose matchers in Finnish, Swedish and English.

Most real documentation is prose, so the rules read it as well as the structured values. Every
phrase the checks look for is defined here, once, as a `Matcher` (the legal bases' in analysis.bases);
the rules never hold a regular expression of their own. Finnish words are matched by stem (`sopimu`
finds sopimus, sopimuksen, sopimuksellinen …), so a pattern names the stem and lets `\\w*` take the ending.

A match in a negated sentence ("Henkilötunnusta ei kerätä", "We do not use profiling") does not
count as a statement that something is done: `Matcher.find` skips it unless asked not to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from tietovirta.analysis.screen import Screened
from tietovirta.canonical.schema import SpecialCategory

_FLAGS = re.IGNORECASE | re.UNICODE

# Sentence ends: . ! ? ; or a line break, followed by what starts a sentence or a list item; a blank
# line; a bullet. A full stop or a line break followed by a lower-case word ("esim. postitustarrat",
# a line wrapped in a PDF) does not end the sentence.
# A full stop after an abbreviation ("Art. 6(1)(b)", "puh. 040 …", "esim. Mailchimp") ends no sentence.
_ABBREVIATIONS = (
    "art", "arts", "esim", "mm", "ns", "ks", "vrt", "yms", "nro", "nr", "no", "puh", "tel", "ph", "p",
    "kpl", "mom", "kap", "e.g", "i.e", "t.ex", "bl.a", "dvs", "ca",
)
NOT_AFTER_ABBREVIATION = "".join(rf"(?<!(?i:\b{re.escape(a)})\.)" for a in _ABBREVIATIONS)
_SENTENCE_END = re.compile(
    rf"(?:(?<=[.!?;]){NOT_AFTER_ABBREVIATION}\s+|\s*\n\s*)(?=[\"”“'(\[\dA-ZÅÄÖ•–-])|\n\s*\n\s*|\s*[•▪●]\s*"
)

# Words that negate a sentence. Finnish inflects the negation verb (ei, emme, eivät, eikä …).
_NEGATION = re.compile(
    r"(?<!\w)(?:e(?:i|mme|ivät|tte)(?:kä)?"  # fi
    r"|inte|ej|ingen|inget|inga|aldrig"  # sv
    r"|not|no|never|none|nor|neither)(?!\w)|n't(?!\w)",  # en
    _FLAGS,
)

# "Not …, unless" ("ei siirretä EU:n ulkopuolelle, ellei …"): the negation has an exception.
_EXCEPTION = re.compile(
    r"(?<!\w)(?:ellei|elleivät|paitsi|lukuun ottamatta|om inte|utom|såvida inte|unless|except)(?!\w)", _FLAGS
)


# What every sentence end above needs: a mark followed by whitespace, a line break or a bullet. Most texts
# asked about are one sentence already, and this finds that out faster than _SENTENCE_END's lookbehinds.
_MAY_END_A_SENTENCE = re.compile(r"[.!?;]\s|\n|[•▪●]")


@lru_cache(maxsize=8192)  # every rule reads the same fields: split each text once
def sentences(text: str) -> tuple[str, ...]:
    """The sentences (and list items) of a text, whitespace collapsed."""
    if _MAY_END_A_SENTENCE.search(text or "") is None:
        flat = " ".join((text or "").split())
        return (flat,) if flat else ()
    parts = _SENTENCE_END.split(text or "")
    return tuple(s for s in (" ".join(p.split()) for p in parts) if s)


@lru_cache(maxsize=8192)
def _flat(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=16384)  # registers repeat the same stock paragraphs, and rules share matchers
def _mentions(pattern: Screened, text: str) -> bool:
    return pattern.search(_flat(text)) is not None


@lru_cache(maxsize=8192)
def is_negated(sentence: str) -> bool:
    return bool(_NEGATION.search(sentence))


def has_exception(sentence: str) -> bool:
    return bool(_EXCEPTION.search(sentence))


_NOTHING_SAID = re.compile(r"[\s\-–—.…_]*")


def is_blank(text: str | None) -> bool:
    """Nothing said: empty, or only whitespace, dashes and dots (a form left as it was)."""
    return not text or _NOTHING_SAID.fullmatch(text) is not None


def excerpt(text: str, limit: int = 80) -> str:
    """A short, one-line quotation of user text for a message."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text or ""))


def _normalise(sentence: str) -> str:
    """Lower case, punctuation to spaces, whitespace collapsed: for comparing whole texts."""
    return " ".join(re.sub(r"[^\w\s]", " ", sentence.lower()).split())


@dataclass(frozen=True)
class Hit:
    """A matched phrase and the sentence it stands in."""

    phrase: str
    sentence: str


class Matcher:
    """Alternative phrasings of one idea. Each alternative is a regular expression matched
    case-insensitively, starting on a word boundary."""

    def __init__(self, *alternatives: str):
        # Most texts hold none of the words the alternatives need: screened, they are not scanned.
        either = "|".join(f"(?:{a})" for a in alternatives)
        self.pattern = Screened(f"(?<!\\w)(?:{either})", _FLAGS)

    def mentioned_in(self, text: str) -> bool:
        """One scan of the whole text, which settles the usual case: no match at all."""
        return bool(text) and _mentions(self.pattern, text)

    def hits(self, text: str, *, affirmed: bool = True) -> Iterator[Hit]:
        if self.mentioned_in(text):
            yield from self._sentence_hits(text, affirmed)

    def find(self, text: str, *, affirmed: bool = True) -> Hit | None:
        """The first match, skipping negated sentences unless `affirmed` is False."""
        return next(self._sentence_hits(text, affirmed), None) if self.mentioned_in(text) else None

    def _sentence_hits(self, text: str, affirmed: bool) -> Iterator[Hit]:
        for sentence in sentences(text):
            if affirmed and is_negated(sentence):
                continue
            for match in self.pattern.finditer(sentence):
                yield Hit(match.group(0), sentence)

    def phrase(self, text: str, *, affirmed: bool = True) -> str | None:
        hit = self.find(text, affirmed=affirmed)
        return hit.phrase if hit else None

    def __contains__(self, text: str) -> bool:
        return self.find(text) is not None


# --- Identity: henkilötunnus and its § 29 ground -----------------------------------------------

HETU = Matcher(
    r"henkilötunnu\w*", r"hetu(?:n|a|t|ja|lla|sta|ihin|jen)?(?!\w)", r"sosiaaliturvatunnu\w*",
    r"sotu(?:n|a)?(?!\w)",
    r"personbeteckning\w*", r"personnummer\w*",
    r"social security numbers?", r"personal identity codes?", r"personal identification (?:number|code)s?",
    r"national identi(?:ty|fication) (?:number|code)s?",
)
HETU_GROUND = Matcher(
    r"(?:tietosuojalai?n|TSL:n|TSL)\s+29\s*§", r"29\s*§", r"§\s*29(?!\d)", r"dataskyddslagen\s+29",
    r"(?:section|s\.)\s*29(?!\d)(?:\s*\(\d\))?(?:,? subsection \d)?"
    r"\s+of the (?:finnish )?data protection act",
    r"yksiselitteise\w* tunnista\w*", r"yksiselitteise\w* yksilöi\w*", r"entydig\w* identifiera\w*",
    r"unambiguous\w* identif\w*",
)
# The henkilötunnus used as a log-in or printed where it is not needed (TSL 29 § 3 mom.).
HETU_MISUSE = Matcher(
    r"kirjautu\w*", r"sisäänkirjautu\w*", r"käyttäjätunnu\w*", r"salasan\w*", r"tunnistautu\w*",
    r"tulost\w*", r"lasku(?:ssa|issa|ihin|lle|ille|un|lla|illa)(?!\w)", r"osoitetar\w*", r"kirjekuor\w*",
    r"nimilap\w*", r"nimikyl\w*",
    r"inlogg\w*", r"logga in", r"användarnamn\w*", r"lösenord\w*", r"utskrift\w*", r"skrivs ut",
    r"på faktur\w*", r"adressetikett\w*",
    r"log(?:s|ged)? ?in\w*", r"sign(?:s|ed)? in", r"user ?names?", r"passwords?", r"print\w*",
    r"on (?:the )?invoices?", r"address labels?", r"envelopes?",
)

# A recipient that decides on its own use of the data ("Posti toimii itsenäisenä rekisterinpitäjänä"):
# a recipient, not a processor.
INDEPENDENT_CONTROLLER = Matcher(
    r"itsenäi\w* rekisterinpitäj\w*", r"erillis\w* rekisterinpitäj\w*", r"omana rekisterinpitäjänä",
    r"självständig\w* personuppgiftsansvarig\w*", r"egen personuppgiftsansvarig",
    r"independent (?:data )?controllers?", r"separate (?:data )?controllers?",
    r"controllers? in (?:its|their) own right",
)

# --- Legal bases: read by analysis.bases --------------------------------------------------------

# The repealed Personal Data Act (henkilötietolaki 523/1999), replaced by the GDPR and tietosuojalaki.
REPEALED_LAW = Matcher(
    r"henkilötietolai?\w*", r"523/1999", r"personuppgiftslag\w*", r"personal data act",
)

# --- Consent ----------------------------------------------------------------------------------

WITHDRAWAL = Matcher(
    r"peru(?:u|a|tt|ttu|mi)\w*", r"återkall\w*", r"withdraw\w*", r"revok\w*", r"unsubscri\w*", r"opt[- ]out",
)
# Guardian's consent for a child (GDPR 8(1), TSL 5 §).
GUARDIAN = Matcher(
    r"huoltaj\w*", r"vanhem\w*", r"vårdnadshavar\w*", r"föräld\w*", r"parent\w*", r"guardian\w*",
)

# --- Who the data is about ----------------------------------------------------------------------

_DATA_SUBJECT_WORDS = (
    # "asiak…" but not "asiakirja", a document
    r"asiak(?!irj)\w*", r"asiakk\w*", r"prospekt\w*", r"yhteyshenkilö\w*", r"työntekijä\w*", r"henkilöstö\w*",
    r"henkilökun\w*", r"hakij\w*", r"jäse\w*", r"oppila\w*", r"potila\w*", r"vierai\w*", r"vieras",
    r"kävijä\w*",
    r"omai\w*", r"toimittaj\w*", r"sidosryhm\w*", r"vuokralai\w*", r"osakka\w*", r"asukka\w*", r"asukas",
    r"käyttäj\w*", r"tilaaj\w*", r"osallistuj\w*", r"lahjoittaj\w*", r"opiskelij\w*", r"kuluttaj\w*",
    r"kund\w*", r"medlem\w*", r"anställd\w*", r"personalen", r"sökand\w*", r"patient\w*", r"elev\w*",
    r"besökar\w*", r"leverantör\w*", r"kontaktperson\w*", r"hyresgäst\w*", r"användar\w*", r"prenumerant\w*",
    r"deltagar\w*", r"studerand\w*", r"konsument\w*", r"anhörig\w*",
    r"customers?", r"clients?", r"prospects?", r"contact persons?", r"employees?", r"staff", r"applicants?",
    r"members?", r"pupils?", r"students?", r"visitors?", r"suppliers?", r"tenants?", r"users?",
    r"subscribers?", r"residents?", r"guests?", r"candidates?", r"participants?", r"donors?", r"consumers?",
    r"next of kin", r"relatives",
)
DATA_SUBJECTS = Matcher(*_DATA_SUBJECT_WORDS)
# A sentence that says whose data is processed ("Käsittelemme lomakkeen täyttävien henkilöiden tietoja",
# "Personuppgifter samlas in om dem som registrerar sig", "… processes the personal data of its customers"):
# a verb of processing or keeping, then the data of a group of people.
_WHOSE_DATA = Matcher(
    r"(?:käsittel\w*|käsitellään|tallenn\w*|säilytetään|säilytämme|kerätään|keräämme|sisältää|sisällään)"
    r"(?:\s+(?![\w:.,-]*tie[dt]o)[\w:.,-]+){0,20}?\s+[\w:-]+(?:iden|ien|jen|tten|nten)(?:s[aä])?"
    r"\s+(?:henkilö)?tie(?:toja|dot)(?!\w)",
    # with a possessive suffix: "asiakkaidemme", "jäsentemme"
    r"(?:käsittel\w*|käsitellään|tallenn\w*|säilytetään|säilytämme|kerätään|keräämme|sisältää|sisällään)"
    r"(?:\s+(?![\w:.,-]*tie[dt]o)[\w:.,-]+){0,20}?\s+[\w:-]+(?:idem|iem|jem|ttem|ntem)(?:me|ne)"
    r"\s+(?:henkilö)?tie(?:toja|dot)(?!\w)",
    r"(?:sisällään|sisältää)\s+tietoja\s+\w+(?:ista|istä|sta|stä)(?!\w)",
    # "Rekisterissä on tietoja asiakkaista", "Rekisterin tiedot koskevat jäseniä": the group follows.
    r"(?:on|käsitellään|kerätään|tallennetaan|säilytetään)\s+(?:henkilö)?tietoja\s+(?=\w+(?:ista|istä)(?!\w))",
    # "Keräämme tiettyjä henkilötietoja asiakkaistamme", "henkilötietoja, joita kerätään palvelun
    # käyttäjistä": the group follows, out of which ("-sta") the data is gathered.
    r"(?:keräämme|käsittelemme|tallennamme)\s+(?:\w+\s+)?(?:henkilö)?tietoja"
    r"\s+(?=\w+(?:ista|istä)(?:mme|nne)?(?!\w))",
    r"(?:henkilö)?tie(?:toja|dot),?\s+joita\s+(?:kerätään|käsitellään|tallennetaan)\s+",
    r"(?:tiedot|rekisteri)\s+(?:\w+\s+){0,2}koske(?:e|vat)\s+",
    r"rekisteröityjä\s+ovat", r"rekisteröityinä\s+ovat",
    r"(?:behandlar|samlar(?:\s+in)?|samlas\s+in|sparas|lagras|innehåller)(?:\s+\w+){0,4}?\s+(?:person|logg)?uppgift\w*\s+(?:om|för(?!\s+att))\s+",
    r"(?:person)?uppgift\w*\s+(?:samlas\s+in|behandlas|sparas|lagras)\s+(?:om|för(?!\s+att))\s+",
    # "collected from the member" is where the data comes from (sources); "about" says whose it is
    r"(?:personal\s+)?(?:data|information)\s+(?:is|are)\s+(?:\w+\s+)?(?:collected|processed|stored)\s+about\s+",
    r"(?:personal\s+)?(?:data|information)\s+(?:is|are)\s+(?:\w+\s+)?(?:processed|stored)\s+from\s+",
    r"(?:process\w*|collect\w*|stor\w*|contains?|hold\w*)(?:\s+\w+){0,3}?\s+(?:personal\s+|log\s+)?(?:data|information)"
    r"\s+(?:of|about|on)\s+",
    # The notice says whom it concerns: "This Privacy Policy applies to the users of …", "Tämä seloste koskee
    # asiakkaitamme", "Denna beskrivning gäller kunder …".
    r"(?:this|the|our)\s+(?:\w+\s+)?(?:privacy\s+)?(?:policy|notice|statement)\s+(?:\w+\s+)?applies\s+to\s+",
    r"(?:tämä\s+)?(?:\w+\s+)?(?:tietosuoja|rekisteri)?(?:seloste|ilmoitus|käytäntö|lauseke)\s+koskee\s+",
    r"(?:denna|den här)\s+(?:\w+\s+)?(?:dataskydds|integritets)?(?:beskrivning|meddelande|policy)\w*"
    r"\s+gäller\s+",
)


# One of the groups above as a whole word: "asiakkaat", "members" (not "membership").
_GROUP_WORD = re.compile("|".join(f"(?:{w})" for w in _DATA_SUBJECT_WORDS), _FLAGS)
# A word shaped as a plural noun for people, whatever the group: Finnish agent nouns ("työnhakijat",
# "tilaajat", "käyttäjät"; not times, "käyntiajat"), nationals and adjectives made nouns ("kuntalaiset",
# "vapaaehtoiset"), "asiakkaat", "potilaat", "henkilöt"; Swedish agent and participle nouns ("sökande",
# "användare", "leverantörer", "anställda"); English "-ees", "-ants", "-ists" and the plain words for people.
_PEOPLE_SHAPE = re.compile(
    r"\w*(?:(?:[^\Wiaeoyuåäö]a|aa|[iuyöäo])j[aä]t|l[aä]iset|iset|kk[aä][aä]t|l[aä][aä]t|henkilöt|jäsenet"
    r"|vieraat|lapset|kumppanit|edustajat)"
    r"|\w*(?:are|ande|ende|ärer|örer|anter|enter|ställda|frivilliga|anhöriga|gäster|medlemmar|barn)"
    r"|\w*(?:ees|ants|ists|ians)|volunteers|people|persons|individuals|children|minors|parents|guardians"
    r"|partners|representatives|(?:job ?)?seekers|citizens|patients",
    _FLAGS,
)
# Things whose names have the shape of a plural for people ("software", "playlists", "data center",
# "restaurants", "degrees", "varianter").
# Whole words only where a person's word ends the same ("journalists", "immigrants").
_NOT_PEOPLE = re.compile(
    r"\w*ware|\w*(?:wish|play|check|price)lists?|lists?|\w*cent(?:er|re)|restaurants|grants|degrees|varianter",
    _FLAGS,
)
# The data kept on someone, which a group may name as a compound's first part ("asiakasnumero",
# "kundnummer", "customer ID", "jäsenmaksut"): the phrase is about the data.
_DATA_HEAD = re.compile(
    r"\w*(?:tie(?:to|dot|toja)|tunnus|tunnukset|numero|numerot|osoite|osoitteet|nimi|nimet|maksu|maksut"
    r"|uppgift|uppgifter|nummer|namn|adress|adresser|meddelande)|ids?|numbers?|names?|address(?:es)?"
    r"|details|data|information|records?|accounts?|fees?",
    _FLAGS,
)
# Where a noun phrase's head has been said: a parenthesis, a colon, a dash, a relative clause or a
# preposition follows it ("members of the association", "asiakkaat, jotka …", "kunder som …").
_AFTER_HEAD = re.compile(
    r"\s*[(:;,–—]|\s-\s|\s(?:jotka|joiden|joita|joilla|jonka|joka|som|vars|who|whose|that|which|of|for|from"
    r"|in|at|on|with|to|by|till|för|av|på|i|med|hos)(?!\w)",
    _FLAGS,
)
_CONJUNCTION = re.compile(r"\s(?:ja|sekä|tai|och|samt|eller|and|or|&)\s|/", _FLAGS)


def names_people(item: str) -> bool:
    """A list item that is a noun phrase naming a group of people ("- työnhakijat", "- volunteers",
    "- yrityksen asiakkaat", "- members of the association"), read by the phrase's head word: not the
    data kept on them ("- asiakasnumero", "- customer ID") nor a sentence."""
    phrase = re.sub(r"^\s*(?:[-*•–]|\d+[.)])\s*", "", item)
    phrase = _AFTER_HEAD.split(phrase, maxsplit=1)[0]
    for part in _CONJUNCTION.split(phrase):
        words = re.findall(r"[\w-]+", part)
        if not words or len(words) > 4:
            continue  # a sentence, not a name for a group
        head = words[-1]
        # "asiakkaamme", "jäsenemme": a plural with a possessive suffix is read without it
        plural = re.sub(r"(?:mme|nne)$", "t", head) if len(head) > 5 else head
        if _DATA_HEAD.fullmatch(head) or _NOT_PEOPLE.fullmatch(head):
            continue
        if _PEOPLE_SHAPE.fullmatch(plural) or _GROUP_WORD.fullmatch(head):
            return True
    return False


def lists_people(items: list[str]) -> bool:
    """A list names groups of people ("- asiakkaamme", "- volunteers"), not the data kept on them ("- nimi",
    "- asiakasnumero", "- customer ID") nor anything else: at least one of its items is a phrase naming a
    group (names_people)."""
    return any(names_people(item) for item in items)


_DISCLOSED = Matcher(r"luovut\w*", r"utlämna\w*", r"lämnas\s+ut", r"disclos\w*", r"shared\s+with")


@lru_cache(maxsize=8192)
def says_whose_data(sentence: str) -> bool:
    """The sentence names the people whose data the register holds (Art. 14(1)(d)'s categories of data
    subjects), not only the data: Finnish by the group's plural genitive, Swedish and English by the
    group named after "om / för / of / about" ("om dem som …" counts)."""
    found = _WHOSE_DATA.pattern.search(sentence)
    if not found or is_negated(sentence[: found.end()]):
        return False  # "does not collect personal data about users" keeps no one's data
    if _DISCLOSED.mentioned_in(sentence):
        return False  # "työntekijöiden henkilötietoja luovutetaan …" says who receives them
    after = sentence[found.end() : found.end() + 40]
    named = found.group(0)[-1:].isalpha()  # the Finnish form ends at the data; the others name the group next
    return named or bool(re.match(r"\s*dem\s+som", after)) or DATA_SUBJECTS.mentioned_in(after)


# --- Who receives the data ----------------------------------------------------------------------

# A verb that hands data to someone else: disclosing, selling, sharing, renting, passing on.
_HANDED_ON = Matcher(
    r"luovut\w*", r"myy(?:dä|dään|mme|nyt)?(?!\w)", r"myyty\w*", r"vuokra(?:a|mme|ta|taan)(?!\w)",
    r"ja(?:a|eta|etaan|amme|ettu)(?!\w)", r"jaka(?:a|minen)(?!\w)", r"lähet(?:ä|etä|etään)(?!\w)",
    r"utlämna\w*", r"utelämna\w*", r"lämna(?:s|r|t)? (?:inte |aldrig |ej )?ut(?!\w)", r"överlåt\w*",
    r"sälj(?:s|er|a)(?!\w)", r"såld\w*", r"del(?:as|ar|a)(?!\w)",
    r"disclos\w*", r"(?:sold|sell(?:s|ing)?|shar(?:e|es|ed|ing)|rent(?:s|ed)?|leas(?:e|es|ed))(?!\w)",
    r"pass(?:ed|es)? on", r"(?:passed|sent|given|handed) (?:\w+ ){0,2}to",
    # "Uppgifterna ges inte ut", "ges ej vidare till tredje part"; "No data is transferred to third parties"
    r"ge(?:s|r)? (?:inte |ej |aldrig )?(?:ut|vidare)(?!\w)", r"(?:transferred|forwarded|transmitted) to",
)
# The data subject handing over their own data ("tilanteet, joissa asiakas luovuttaa tietojaan", "oppilaan
# luovuttamat tiedot"): the controller discloses with the passive or an auxiliary ("luovutetaan",
# "voidaan luovuttaa", "emme luovuta").
_OWN_GIVING = Screened(
    r"(?<!voidaan )(?<!voi )(?<!voimme )(?<!saatetaan )(?<!saa )(?<!ei )(?<!emme )(?<!tulee )"
    r"(?<!\w)luovutta(?:a|vat|m(?!i[ns])\w*)(?!\w)",
    _FLAGS,
)
# Someone outside the controller: third parties, outsiders, authorities, partners.
_ANOTHER_PARTY = Matcher(
    r"kolma\w+ (?:osapuol|taho)\w*", r"ulkopuoli\w*", r"ulkopuole\w*", r"muille", r"kenellekään",
    r"kellekään", r"kenenkään", r"viranomai\w*", r"yhteistyökumppan\w*", r"järjestäj\w*",
    r"tredje\s?(?:part|man)\w*", r"utomstående", r"(?:andra|några) (?:\w+ )?aktör\w*", r"myndighet\w*",
    r"samarbetspartner\w*", r"partner\w*",
    r"third[- ]part\w*", r"outside (?:parties|party|organi[sz]ations?)",
    r"other (?:parties|companies|organi[sz]ations?)", r"others", r"anyone", r"authorit\w*", r"organi[sz]ers?",
)
# Verbs that say as much alone ("Tietoja ei luovuteta", "Uppgifterna säljs inte").
_DISCLOSES_ALONE = Matcher(
    r"luovut\w*", r"myy(?:dä|dään|nyt)?(?!\w)", r"utlämna\w*", r"utelämna\w*",
    r"lämna(?:s|r|t)? (?:inte |aldrig |ej )?ut(?!\w)", r"sälj(?:s|er)(?!\w)", r"disclos\w*",
    r"(?:sold|sells?)(?!\w)",
)
# The data subject handing over their data: "Tietojen luovuttaminen on vapaaehtoista".
_GIVING_UP = Matcher(r"(?:henkilö)?tietojen luovuttami\w*", r"luovuttama(?:an|tta)(?!\w)")
# A transfer abroad (transfers_text) uses the same verbs.
_ABROAD = Matcher(
    r"EU:n", r"ETA:n", r"EU\b", r"ETA\b", r"EES\b", r"EEA\b", r"kolmansiin maihin", r"tredje land\w*",
    r"third countr\w*",
)


@lru_cache(maxsize=8192)
def says_whether_data_is_disclosed(sentence: str) -> bool:
    """The sentence says whether the data is handed to anyone outside the controller, or to whom (Art.
    13(1)(e) recipients): "Tietoja ei luovuteta kolmansille osapuolille", "Uppgifterna säljs inte",
    "Registry information can be given to the organizers of the convention". Not a transfer abroad
    ("… EU:n ulkopuolelle"), nor the data subject's own giving of the data."""
    sentence = _OWN_GIVING.sub(" ", sentence)
    if says_whether_data_must_be_given(sentence):
        return False
    if names_a_processor(sentence):
        return False  # "luovutetaan palveluntarjoajille, jotka käsittelevät niitä lukuumme": a processor
    if states_its_topic(sentence) == "disclosures":
        return True  # "Your data is never sold to third parties": English says it with the data as subject
    if not _HANDED_ON.mentioned_in(sentence):
        return False
    if _GIVING_UP.mentioned_in(sentence) and REQUIREMENT_OR_CONSEQUENCE.mentioned_in(sentence):
        return False  # "Tietojen luovuttaminen on vapaaehtoista": the data subject gives the data
    if _ABROAD.mentioned_in(sentence):
        # "EU:n ulkopuolelle" is the transfer; a party besides it is a recipient too.
        sentence = re.sub(r"\S+\s+ulkopuol\w*", " ", _ABROAD.pattern.sub(" ", sentence))
        return _ANOTHER_PARTY.mentioned_in(sentence)
    # "avainten luovutus" hands over keys: alone, the verb needs the data as its object
    return _ANOTHER_PARTY.mentioned_in(sentence) or (
        _DISCLOSES_ALONE.mentioned_in(sentence) and _GENERIC_DATA.mentioned_in(sentence)
    )


EMPLOYEES = Matcher(
    r"työntekijä\w*", r"henkilöstö\w*", r"henkilökun\w*", r"työnhaki\w*", r"työpaikan hakij\w*", r"hakij\w*",
    r"rekrytoi\w*", r"palkansaaj\w*", r"työsuhte\w*", r"työsuhde",
    r"anställ\w*", r"personalen", r"personalregist\w*", r"arbetssökand\w*", r"sökand\w*", r"rekryter\w*",
    r"medarbetar\w*", r"arbetstagar\w*",
    r"employees?", r"staff", r"personnel", r"applicants?", r"job candidates?", r"recruit\w*", r"workforce",
)
CHILDREN = Matcher(
    r"lap(?:si|set|sen|sia|sille|siin|sista)(?!\w)", r"lasten", r"alaikäi\w*", r"alle\s*1[0-8][- ]?vuot\w*",
    r"koululai\w*", r"oppila\w*", r"juniori\w*",
    r"barn\w*", r"minderåri\w*", r"under\s*1[0-8]\s*år", r"elev(?:er|erna|en)?(?!\w)",
    r"child\w*", r"minors(?!\w)", r"under (?:the age of )?1[0-8](?!\d)", r"pupils?", r"kids?",
)
VULNERABLE = Matcher(
    r"potila\w*", r"vanhu\w*", r"ikäänty\w*", r"turvapaik\w*", r"kehitysvamm\w*", r"muistisairau\w*",
    r"patient\w*", r"äldre", r"asylsök\w*", r"elderly", r"asylum", r"disabled",
)
CUSTOMERS = Matcher(r"asiak\w*", r"asiakk\w*", r"kund\w*", r"customers?", r"clients?")
PROSPECTS = Matcher(
    r"prospekt\w*", r"potentiaali\w* asiak\w*", r"potentiell\w* kund\w*", r"prospect\w*",
    r"potential (?:customers?|clients?)", r"leads?",
)
CONSUMERS = Matcher(
    r"kuluttaj\w*", r"yksityisasiak\w*", r"henkilöasi\w*k\w*", r"yksityishenkil\w*",
    r"konsument\w*", r"privatkund\w*", r"privatperson\w*",
    r"consumers?", r"private (?:customers?|individuals?|persons?)", r"individual customers?",
)
BUSINESS_CONTACTS = Matcher(
    r"asiakasyrity\w*", r"yritysasiak\w*", r"yhteyshenkilö\w*", r"edustama\w* (?:yhtei|organisaat|yrity)\w*",
    r"B2B", r"företagskund\w*", r"kontaktperson\w*", r"business (?:customers?|contacts?)",
    r"corporate clients?",
    r"contact persons?",
)
# Public authorities cannot rely on legitimate interest for their tasks (GDPR 6(1) second subparagraph).
PUBLIC_AUTHORITY_NAME = Matcher(
    r"\w*kunta(?!\w)", r"\w*kaupunki(?!\w)", r"kuntayhtymä\w*", r"hyvinvointialue\w*", r"\w*virasto(?!\w)",
    r"\w*ministeriö(?!\w)", r"valtion", r"\w*kommun(?!\w)", r"\w*stad(?!\w)", r"myndighet\w*",
    r"\w*verket(?!\w)",
    r"välfärdsområde\w*", r"municipality", r"city of", r"ministry", r"agency", r"wellbeing services county",
)
COMPANY_FORM = Matcher(
    r"oyj?", r"abp?", r"ky", r"tmi", r"ry", r"rf", r"osk", r"ltd", r"inc", r"gmbh", r"as", r"plc", r"llc",
    r"säätiö", r"stiftelse", r"foundation",
)

# --- Special categories (Art. 9) and criminal data (Art. 10) -----------------------------------

SPECIAL_CATEGORIES: dict[SpecialCategory, Matcher] = {
    SpecialCategory.HEALTH: Matcher(
        r"terveydenti\w*", r"terveystie\w*", r"terveyt\w*", r"sairau\w*", r"sairaslom\w*", r"diagnoo\w*",
        r"allergi\w*", r"lääkity\w*", r"potilastie\w*", r"hoitotie\w*", r"raskau\w*", r"vamma\w*",
        r"hälsotillstånd\w*", r"hälsouppgift\w*", r"hälsodata", r"sjukdom\w*", r"sjukfrånvar\w*",
        r"sjukledig\w*",
        r"diagnos\w*", r"medicinering\w*", r"patientuppgift\w*", r"funktionsnedsättning\w*", r"graviditet\w*",
        r"health (?:data|information|conditions?|status|records?)", r"medical\w*", r"illness\w*",
        r"sick leave",
        r"allerg\w*", r"disabilit\w*", r"patient records?", r"pregnan\w*",
    ),
    SpecialCategory.RACIAL_ETHNIC: Matcher(
        r"etni\w*", r"rotu\w*", r"etnisk\w*", r"ras(?:tillhörighet)?(?!\w)", r"ethnic\w*", r"racial\w*",
    ),
    SpecialCategory.POLITICAL: Matcher(
        r"poliitti\w* (?:mielipi|kanna|vakaumu)\w*", r"puoluekan\w*", r"puoluejäsen\w*",
        r"politisk\w* åsikt\w*", r"partitillhörighet", r"political (?:opinions?|views|affiliation)",
        r"party membership",
    ),
    SpecialCategory.RELIGIOUS: Matcher(
        r"uskon\w*", r"uskonnolli\w*", r"vakaumu\w*", r"kirkkoon kuulu\w*", r"religi\w*",
        r"trosuppfattning\w*",
        r"filosofisk\w* övertygelse", r"philosophical beliefs?",
    ),
    SpecialCategory.TRADE_UNION: Matcher(
        r"ammattiliit\w*", r"ammattiyhdisty\w*", r"liiton jäsen\w*", r"fackförening\w*", r"fackmedlemskap",
        r"trade union\w*", r"union membership",
    ),
    SpecialCategory.GENETIC: Matcher(r"geneetti\w*", r"perimä\w*", r"dna", r"genetisk\w*", r"genetic\w*"),
    SpecialCategory.BIOMETRIC: Matcher(
        r"biometri\w*", r"sormenjälj\w*", r"kasvojentunnistu\w*", r"kasvokuv\w*", r"fingeravtryck\w*",
        r"ansiktsigenkänning\w*", r"fingerprints?", r"facial recognition", r"face recognition",
    ),
    SpecialCategory.SEX_LIFE: Matcher(
        r"seksuaali\w*", r"sukupuoli\w* suuntautu\w*", r"sexuell\w*", r"sexual\w*", r"sex life",
    ),
}
CRIMINAL = Matcher(
    r"rikostaust\w*", r"rikosrekister\w*", r"rikostuomi\w*", r"rikosepäil\w*", r"rikoksi\w*", r"rikoks\w*",
    r"brottsregist\w*", r"belastningsregist\w*", r"brottmål\w*", r"brottslig\w*", r"lagöverträdelse\w*",
    r"criminal (?:records?|convictions?|offen[cs]es?|background\w*)", r"convictions?", r"offen[cs]es",
)
# Art. 9(2) conditions and the Finnish exceptions (tietosuojalaki 6 §).
SPECIAL_CONDITION = Matcher(
    r"9\s*(?:art\w*\s*)?\(?\s*2\s*\)?\s*(?:koh\w*\s*)?\(?[a-j](?!\w)", r"9\s+art\w*\s+2\s+koh\w*",
    r"art\w*\.?\s*9\s*\(\s*2\s*\)", r"artikel\s+9\.2", r"(?:tietosuojalai?n|TSL:n|TSL)\s+6\s*§",
    r"dataskyddslagen\s+6\s*§", r"section 6 of the (?:finnish )?data protection act",
    r"nimenomai\w* suostumu\w*", r"uttryckligt samtycke", r"explicit consent",
    r"työterveyshuoltolai?\w*", r"työelämän tietosuojalai?\w*", r"laki yksityisyyden suojasta työelämässä",
    r"lagen om integritetsskydd i arbetslivet", r"act on the protection of privacy in working life",
    # Health care under its own acts is Art. 9(2)(h) with national law: potilaslaki, asiakastietolaki.
    r"laki\w* potilaan asemasta", r"potilaslai?\w*", r"asiakastietolai?\w*", r"terveydenhuoltolai?\w*",
    r"lagen om patientens ställning", r"patientlag\w*", r"klientdatalag\w*", r"hälso- och sjukvårdslag\w*",
    r"act on the status and rights of patients", r"health care act",
)
CRIMINAL_BASIS = Matcher(
    r"(?:tietosuojalai?n|TSL:n|TSL)\s+7\s*§", r"dataskyddslagen\s+7\s*§",
    r"section 7 of the (?:finnish )?data protection act",
    r"10\s+art\w*", r"art\w*\.?\s*10(?!\d)", r"artikel\s+10(?!\d)", r"rikosrekisterilai?\w*",
    r"rikostaustan selvittämise\w*", r"straffregisterlag\w*", r"criminal records act",
)

# --- Retention --------------------------------------------------------------------------------

VAGUE_RETENTION = Matcher(
    r"niin kauan kuin (?:\w+ ){0,3}?(?:tarpe\w*|tarvi\w*|välttämät\w*|tarkoituksenmukai\w*)",
    r"tarpeen mukaan", r"tarpeellisen ajan", r"tarvittavan ajan", r"toistaiseksi",
    r"kunnes (?:niitä |sitä )?ei enää tarvita",
    r"så länge (?:som )?(?:\w+ ){0,3}?(?:nödvändigt|behövs|erforderligt|krävs)", r"tills vidare",
    r"den tid som behövs",
    r"(?:for )?as long as (?:\w+ ){0,3}?(?:necessary|needed|required)",
    r"until (?:it is |they are )?no longer needed",
    r"for the time necessary", r"indefinitely",
)
# Numbers written as words, in the forms periods take ("kuusi vuotta", "kuuden vuoden", "tio år"): the one
# table the importer's retention reader and the accounting-period reader share.
NUMBER_WORDS: dict[str, int] = {
    "yksi": 1, "yhden": 1, "kaksi": 2, "kahden": 2, "kolme": 3, "kolmen": 3, "neljä": 4, "neljän": 4,
    "viisi": 5, "viiden": 5, "kuusi": 6, "kuuden": 6, "seitsemän": 7, "kahdeksan": 8, "yhdeksän": 9,
    "kymmenen": 10, "kaksitoista": 12, "kahdentoista": 12,
    "ett": 1, "en": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
    "tio": 10, "tolv": 12,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "twelve": 12,
}
NUMBER_WORD = "(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_NUMBER_WORDS = rf"(?:{NUMBER_WORD}|puoli|a)"
RETENTION_PERIOD = Matcher(
    r"\d+(?:[,.]\d+)?\s*(?:[-–]\s*\d+\s*)?(?:v(?!\w)|vuo\w*|kk(?!\w)|kuuka\w*|päiv\w*|vrk|viik\w*"
    r"|år\w*|mån\w*|dag\w*|veck\w*|years?|months?|days?|weeks?|yrs?)",
    _NUMBER_WORDS
    + r" (?:vuo\w*|kuuka\w*|päiv\w*|viik\w*|år\w*|månad\w*|dag\w*|veck\w*|years?|months?|days?|weeks?)",
    r"vuoden (?:ajan|kuluttua|kuluessa|jälkeen)", r"ett år", r"a year",
)
# A criterion for the period: the event that starts it or ends the storage.
RETENTION_CRITERION = Matcher(
    r"(?:asiakkuu|asiakassuhte|sopimukse|sopimussuhte|työsuhte|jäsenyy|jäsenyyde|palvelusuhte|toimeksianno|hakuprosessi"
    r"|rekrytoin|tilaukse|vuokrasuhte|asiakas|sopimus|työsuhde)\w*\s+(?:\w+\s+){0,2}(?:päätt|päätyt|loppu|jälkeen)\w*",
    r"kunnes (?:\w+ ){0,3}(?:peru|pyyt|vastust)\w*",
    r"(?:peruu|peruttu|perumise)\w* (?:\w+ ){0,2}(?:asti|saakka)",
    r"(?:efter|när) (?:\w+ ){0,3}(?:upphör|avslut|slut)\w*",
    r"tills (?:\w+ ){0,3}(?:återkall|begär|invänd)\w*",
    r"(?:after|following|from) (?:the )?(?:end|termination|expiry|close|closing|completion) of",
    r"until (?:\w+ ){0,3}(?:withdraw|request|object|unsubscri)\w*",
)
ACCOUNTING_DATA = Matcher(
    r"lasku\w*", r"kirjanpi\w*", r"tilinpäätö\w*", r"reskontr\w*", r"maksutie\w*", r"maksuhistori\w*",
    r"palkanlask\w*", r"palkkatie\w*", r"palkanmaks\w*",
    r"faktur\w*", r"bokför\w*", r"betalning\w*", r"löneuppgift\w*", r"lönehanter\w*", r"löneutbetal\w*",
    r"invoic\w*", r"billing", r"accounting", r"bookkeeping", r"payments?", r"payroll",
)
ACCOUNTING_LAW = Matcher(
    r"kirjanpitolai?\w*", r"KPL(?!\w)", r"1336/1997", r"bokföringslag\w*", r"accounting act",
    r"bookkeeping act",
)

# --- Purpose --------------------------------------------------------------------------------

# Purposes that say nothing about what the data is used for, as the whole content of the field.
_VAGUE_PURPOSES = frozenset(
    {
        "liiketoiminta", "liiketoiminnan harjoittaminen", "liiketoiminnan tarpeet",
        "liiketoiminnan tarpeisiin",
        "yrityksen toiminta", "yrityksen tarpeet", "yrityksen tarpeisiin", "eri tarkoituksiin",
        "muut tarkoitukset",
        "muihin tarkoituksiin", "tarpeen mukaan", "yleiset tarkoitukset", "sisäiset tarkoitukset",
        "verksamheten", "affärsverksamhet", "affärsändamål", "olika ändamål", "andra ändamål",
        "interna ändamål",
        "business", "business purposes", "various purposes", "other purposes", "general purposes",
        "internal purposes", "business needs",
    }
)
# Words that say what data is used for, wherever they stand.
PURPOSE_WORDS = Matcher(
    r"tarkoitu\w*", r"käyt(?:ä|e)t(?:ään|äänkin)\s+(?:\w+\s+){0,4}(?:\w+(?:miseen|miseksi|misessa|varten))",
    r"käytämme\s+(?:\w+\s+){0,4}\w+(?:miseen|miseksi|varten)", r"\w+miseksi\b",
    r"ändamål\w*", r"används\s+(?:\w+\s+){0,3}(?:för|till)\b", r"för att\b",
    r"purposes?\b", r"(?:is|are)\s+used\s+(?:\w+\s+){0,3}(?:to|for)\b", r"in order to\b", r"we use\b",
)
# Kinds of personal data named in a list or a sentence.
DATA_WORDS = Matcher(
    r"nimi\w*", r"nime(?:ä|t)\b", r"sähköposti\w*", r"puhelin\w*", r"osoite\w*", r"osoitteet\w*",
    r"syntymäai\w*", r"henkilötie\w+", r"yhteystie\w+",
    r"namn\w*", r"e-post\w*", r"telefon\w*", r"adress\w*", r"personuppgift\w*", r"kontaktuppgift\w*",
    r"names?\b", r"e-?mail\w*", r"phone\w*", r"address\w*", r"personal data", r"contact details",
)
RETENTION_WORDS = Matcher(
    r"säily\w*", r"poist\w*", r"hävit\w*", r"anonymisoi\w*", r"lagr\w*", r"spara\w*", r"raderas\b",
    r"gallr\w*", r"retain\w*", r"retention", r"kept\b", r"delet\w*", r"eras\w*", r"stored? for",
)


# "Nimi, sähköposti ja puhelinnumero" lists items; "Uppgifter som behövs för verksamheten" lists none.
_LIST_SEPARATOR = re.compile(r"[,;\n•]|\s(?:ja|sekä|tai|och|samt|eller|and|or)\s|^\s*[-–*]\s", re.IGNORECASE)
_GENERIC_DATA = Matcher(r"henkilötie\w+", r"tie(?:to|do)\w*", r"personuppgift\w*", r"uppgift\w*",
                        r"personal data", r"data", r"information")


@lru_cache(maxsize=8192)
def says_no_data_items(value: str) -> bool:
    """A data description that names no item: one short sentence, no list in it, speaking only of
    "tiedot", "uppgifter", "data" ("Uppgifter som behövs för föreningens verksamhet")."""
    flat = " ".join(value.split())
    if word_count(flat) > 12 or _LIST_SEPARATOR.search(value.strip()) or not _GENERIC_DATA.mentioned_in(flat):
        return False
    return DATA_WORDS.find(_GENERIC_DATA.pattern.sub(" ", flat), affirmed=False) is None


def vague_purpose(text: str) -> bool:
    return _normalise(text) in _VAGUE_PURPOSES


# --- Recipients and transfers -------------------------------------------------------------------

EXTERNAL_PROCESSOR = Matcher(
    r"ulkoistu\w*", r"tilitoimisto\w*", r"kirjanpitotoimisto\w*", r"palveluntarjoaj\w*", r"alihankki\w*",
    r"\w*kumppan\w*", r"it-tu\w*", r"toimittaj\w*", r"pilvipalvelu\w*",
    r"redovisningsbyrå\w*", r"bokföringsbyrå\w*", r"tjänsteleverantör\w*", r"leverantör\w*",
    r"underleverantör\w*",
    r"\w*partner\w*", r"biträde\w*", r"outsourc\w*",
    r"accounting firms?", r"accountants?", r"service providers?", r"subcontractors?", r"vendors?",
    r"suppliers?",
    r"processors?", r"cloud services?", r"hosting providers?",
)
# A party that processes the data for the controller, named as such in a sentence (the processors' text):
# narrower than EXTERNAL_PROCESSOR, whose "kumppani" and "supplier" also name recipients and vendors.
ACTS_FOR_CONTROLLER = Matcher(
    r"\w*käsittelij(?:ä|än|älle|änä|öi|öiden|öille|öitä|öinä)(?!\w)",
    r"lukuu(?:n|mme|nsa)(?!\w)(?!\s+ottamatta)",
    r"palveluntarjoaj\w*", r"alihankki\w*", r"ulkoist\w*", r"palvelukumppan\w*",
    r"personuppgiftsbiträd\w*", r"biträde\w*", r"underleverantör\w*", r"tjänsteleverantör\w*",
    r"tjänsteproducent\w*",
    r"på uppdrag av",
    r"on (?:our |its |their )?behalf", r"service providers?", r"sub-?processors?", r"processors?(?!\w)",
    r"hosted (?:by|on|at)", r"hosting", r"third[- ]party services?",
    # "Google käyttää näitä tietoja puolestamme", "for us", "för vår räkning"
    r"puolestamme(?!\w)", r"(?:rekisterinpitäjän|meidän|yhdistyksen|yrityksen) puolesta(?!\w)",
    r"(?:för|on) (?:vår|vårt|our) (?:räkning|uppdrag)", r"for us(?!\w)",
    # "Palvelun tarjoaja on Google": the provider of the service the register uses.
    r"palvelun (?:tarjoaja|toimittaja)\w*", r"(?:service|platform) (?:is )?provided by",
    # "Asiakastietoja voivat käsitellä Onnimaxin asiamiehet", "tietoja käsittelevät lisäksi …"
    r"\w*(?:tiedot|tietoja|tietojasi|uppgifter(?:na)?|data) (?:(?!mitä|vilka|what)\w+ ){0,2}"
    r"(?:voi(?:vat)? käsitellä|käsittelevät|behandlas av|(?:are|is) processed by)",
    # "Palvelun teknisestä ylläpidosta vastaa X Oy", "managed and developed by Solita Oy"
    r"tekni\w* ylläpi\w*", r"(?:managed|maintained|operated|hosted|developed)(?: and \w+)? by",
    r"(?:driftas|underhålls|administreras) av",
)
# Where the data is kept or what it passes through: someone's servers, cloud or data centre ("Tietoja
# säilytetään Googlen pilvipalveluissa", "Palvelin sijaitsee Hetzner Online GmbH:n konesalissa",
# "välitetään FormSubmit-palvelun kautta"). A sentence that names whose they are presents that party
# as processing the data for the controller (analysis.entities); alone it names no one.
PROCESSING_PLACE = Matcher(
    r"palvelim\w*", r"konesali\w*", r"laitesali\w*", r"datakeskuk\w*", r"pilvipalvelu\w*",
    r"servr\w*", r"molntjänst(?:en|er)", r"datacenter\w*", r"server\w*", r"data cent(?:er|re)s?",
    r"cloud (?:service|platform|environment)s?",
    r"\w*palvelu(?:n|iden|jen) kautta", r"via (?:the )?\S+ (?:service|platform)",
)


# "alihankkijoilta", "från underleverantörer", "from service providers": where the data comes from.
_FROM_THEM = re.compile(r"\w(?:lta|ltä)$", re.IGNORECASE)  # one letter before: "\w+" was quadratic
_FROM_BEFORE = re.compile(r"\b(?:från|from)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


@lru_cache(maxsize=8192)
def names_a_processor(sentence: str) -> bool:
    """The sentence is about someone who processes the data for the controller: "Analytiikkapalvelu toimii
    henkilötietojen käsittelijänä rekisterinpitäjän lukuun", "The website is hosted by GitHub Pages" — not
    a source the data is received from ("Tietoja saadaan myös alihankkijoilta")."""
    if has_exception(sentence):
        return False  # "… only the company's own, except when it uses a service provider": who may see it
    return any(
        not _FROM_THEM.search(hit.phrase) and not _FROM_BEFORE.search(sentence[: sentence.find(hit.phrase)])
        for hit in ACTS_FOR_CONTROLLER.hits(sentence, affirmed=False)
    )


# Someone's role stated as processing for the controller: "toimii henkilötietojen käsittelijänä", "fungerar
# som personuppgiftsbiträde", "acts as a data processor".
_AS_A_PROCESSOR = Matcher(
    r"\w*käsittelij(?:änä|öinä)(?!\w)",
    r"(?:fungerar|agerar|verkar|är) som (?:\w+ ){0,2}\w*biträd\w*",
    r"(?:acts?|acting|serves?|operates?) as (?:\w+ ){0,3}(?:sub-?)?processors?(?!\w)",
)


def states_a_processor_role(sentence: str) -> bool:
    """The sentence says someone acts as a processor and hands nothing on: "Step2Fit toimii
    henkilötietojen käsittelijänä", "The analytics service acts as a personal data processor" — the
    processors' answer, though it stands among the disclosures. Not "We share information only with
    trusted processors:", which says to whom the data goes."""
    return _AS_A_PROCESSOR.mentioned_in(sentence) and not _HANDED_ON.mentioned_in(sentence)


PROCESSOR_AGREEMENT = Matcher(
    r"\w*sopimu\w*", r"\w*avtal\w*", r"agreements?", r"contracts?", r"addendum", r"DPA", r"28\s*art\w*",
    r"art\w*\.?\s*28(?!\d)",
)
THIRD_COUNTRY = Matcher(
    r"yhdysval\w*", r"usa(?::\w+)?(?!\w)", r"(?-i:US)(?!\w)", r"u\.s\.(?:a\.)?", r"amerika\w*", r"kiina\w*",
    r"intia\w*", r"venäjä\w*", r"förenta staterna", r"kina(?!\w)", r"indien", r"ryssland", r"united states",
    r"china", r"india", r"russia",
    r"(?:eu|eta|ets|euroopan unionin|euroopan talousalueen)(?::n|-alueen)?\s+(?:ja eta:n\s+|tai "
    r"eta:n\s+)?ulkopuol\w*",
    r"euroopan (?:unionin|talousalueen) (?:tai \w+ \w+ )?ulkopuol\w*",
    r"utanför (?:eu|ees|europeiska|eu/ees|eu- och ees)\w*",
    r"outside (?:of )?(?:the )?(?:eu|eea|european)\w*", r"kolma\w* mai\w*", r"kolmante\w* maa\w*",
    r"kolmanne\w* maa\w*", r"tredje\s*land\w*", r"tredjeländer\w*", r"third countr\w*",
)
TRANSFER_MECHANISM = Matcher(
    r"vakiosopimuslauseke\w*", r"mallisopimuslauseke\w*", r"vakiolauseke\w*",
    r"standard contractual clauses?",
    r"SCCs?(?!\w)", r"standardavtalsklausul\w*", r"data privacy framework", r"DPF(?!\w)",
    r"tietosuojakehy\w*",
    r"dataskyddsram\w*", r"riittävyyspäätö\w*", r"riittävä\w* tietosuoja\w* ta\w*",
    r"adekvat\w* skyddsnivå\w*",
    r"beslut om adekvat\w*", r"adequacy decisions?", r"adequate level of (?:data )?protection",
    r"sitov\w* yrityssääntö\w*", r"bindande företagsbestämmelser", r"binding corporate rules", r"BCR",
    r"49\s*art\w*", r"art\w*\.?\s*49(?!\d)", r"2021/914", r"2023/1795", r"privacy[- ]shield",
)
DPF = Matcher(r"data privacy framework", r"DPF(?!\w)", r"tietosuojakehy\w*", r"dataskyddsram\w*")
PRIVACY_SHIELD = Matcher(r"privacy[- ]shield\w*")
# A sentence saying Privacy Shield is no longer valid is not a claim to rely on it.
INVALID = Matcher(
    r"ei (?:ole )?(?:enää )?(?:ole )?(?:voimassa|pätevä)\w*", r"mitätö\w*", r"kumot\w*", r"invalid\w*",
    r"no longer",
    r"ogiltig\w*", r"inte längre", r"c-311/18", r"schrems\w*",
)
DATE = Matcher(r"\d{1,2}\.\d{1,2}\.\d{2,4}", r"\d{4}-\d{2}-\d{2}", r"\d{1,2}/\d{1,2}/\d{2,4}")

# --- Security ---------------------------------------------------------------------------------

# The standard security paragraph of the tool the seed documents were made with: identical in many
# companies' documents, so it says nothing about this register. Matched sentence by sentence,
# tolerant of typos ("vaihtolovelvollisuus").
SECURITY_TEMPLATE_SENTENCES = (
    "Rekisteriä ylläpidetään salatulla, palomuurin suojaamalla alueella salasanan ja käyttäjätunnusten "
    "takana.",
    "Kulkua serveritilaan valvotaan ja henkilöstöllä on vaitiolovelvollisuus.",
    "Kirjalliset dokumentit säilytetään lukituissa tiloissa.",
    "Henkilötietoja sisältävien aineistojen hävitys tehdään tietoturvallisesti.",
)
# Sentences that only promise security without saying how.
GENERIC_SECURITY = Matcher(
    r"asianmukai\w*", r"riittäv\w*", r"tarpeelli\w*", r"huolellise\w*", r"tietoturvallise\w*",
    r"lämplig\w*", r"tillräcklig\w*", r"ändamålsenlig\w*", r"appropriate", r"adequate", r"suitable",
    r"industry[- ]standard",
)


def security_boilerplate(text: str) -> bool:
    """True when every sentence is the seed tool's template or a bare promise of "appropriate" security."""
    found = sentences(text)
    templates = [_normalise(t) for t in SECURITY_TEMPLATE_SENTENCES]

    def boilerplate(sentence: str) -> bool:
        norm = _normalise(sentence)
        if any(fuzz.ratio(norm, t) >= 85 for t in templates):
            return True
        return word_count(sentence) <= 12 and sentence in GENERIC_SECURITY

    return bool(found) and all(boilerplate(s) for s in found)


# --- Notice, profiling, marketing, sources ---------------------------------------------------------

_EVALUATION = (
    r"profiloi\w*", r"profilointi\w*", r"pisteyt\w*", r"luottoluokit\w*",
    r"kohdenne\w* (?:mainon|markkinoin|sisäl)\w*",
    r"kohdist\w* (?:mainon|markkinoin)\w*", r"(?:mainonnan|markkinoinnin) kohdist\w*",
    r"käyttäytymis\w* analy\w*",
    r"profiler\w*", r"riktad\w* (?:reklam|marknadsföring)", r"poängsätt\w*", r"kreditbetyg\w*",
    r"profiling", r"credit scor\w*", r"scoring", r"targeted (?:advert|marketing|content)\w*",
    r"behaviou?ral advert\w*", r"personali[sz]ed advert\w*",
)
_AUTOMATED_DECISION = (
    r"automaatti\w* päätöks\w*", r"automatisoi\w* päätö\w*", r"automatiser\w* beslut\w*",
    r"automatiska beslut",
    r"automated (?:individual )?decision\w*",
)
EVALUATION = Matcher(*_EVALUATION)
AUTOMATED_DECISION = Matcher(*_AUTOMATED_DECISION)
PROFILING = Matcher(*_EVALUATION, *_AUTOMATED_DECISION)
EMAIL_MARKETING = Matcher(
    r"sähköpostimarkkinoin\w*", r"uutiskirj\w*", r"markkinointiviest\w*", r"markkinointisähköpost\w*",
    r"sähköpostitse (?:\w+ ){0,2}markkinoi\w*", r"sähköi\w* suoramarkkinoin\w*",
    r"e-postmarknadsför\w*", r"nyhetsbrev\w*", r"marknadsföring (?:via|per) e-post",
    r"direktreklam via e-post",
    r"e-?mail marketing", r"newsletters?", r"marketing e-?mails?", r"promotional e-?mails?",
    r"electronic direct marketing",
)
# Subscribing, opting in: the data subject asked for the messages.
SUBSCRIPTION = Matcher(
    r"tilaa\w*", r"tilann\w*", r"tilaaj\w*", r"prenumer\w*", r"opt[- ]?in", r"subscrib\w*",
    r"sign(?:s|ed)? up",
)
OPT_OUT = Matcher(
    r"kieltä\w*", r"kiello\w*", r"peru\w* (?:\w+ )?tilau\w*", r"tilauksen peru\w*", r"unsubscri\w*",
    r"opt[- ]?out",
    r"avregistr\w*", r"avsluta (?:\w+ )?prenumeration\w*", r"frabe\w*", r"refuse\w*",
)
INDIRECT_SOURCES = Matcher(
    r"julkis\w* lähte\w*", r"viranomai\w*", r"väestötietojärjestelm\w*", r"väestörekister\w*", r"DVV",
    r"päivityspalvelu\w*", r"osoitepalvelu\w*", r"osoitelähte\w*", r"kaupparekister\w*", r"YTJ",
    r"luottotie\w*", r"asiakastieto\w*", r"\w*kumppan\w*", r"alihankki\w*",
    r"ostet\w* (?:rekister|tiedo|listo)\w*",
    r"markkinointirekister\w*", r"suosittelij\w*", r"suositu\w*", r"linkedin\w*", r"sosiaali\w* media\w*",
    r"offentliga källor", r"myndighet\w*", r"befolkningsdatasystem\w*", r"adressuppdatering\w*",
    r"handelsregist\w*", r"kreditupplysning\w*", r"samarbetspartner\w*", r"underleverantör\w*",
    r"köpt\w* register",
    r"rekommendation\w*", r"referens\w*",
    r"public(?:ly available)? sources", r"authorities", r"population information system",
    r"credit reference\w*",
    r"third part(?:y|ies)", r"partners?", r"subcontractors?", r"purchased (?:lists?|data)", r"referrals?",
    r"referees?",
    r"social media",
)
ART14_INFORMATION = Matcher(
    r"14\s*art\w*", r"art\w*\.?\s*14(?!\d)", r"informoi\w*", r"ilmoitetaan rekisteröidylle",
    r"kerrotaan rekisteröidylle", r"kuukauden kuluessa", r"ensimmäise\w* yhteydeno\w*",
    r"yhteydenoton yhteydessä",
    r"informera\w*", r"underrätta\w*", r"inom en månad", r"vid (?:den )?första kontakt\w*",
    r"(?:are|is|will be) informed", r"notif\w* (?:the )?data subjects?", r"within (?:one|a) month",
    r"at (?:the )?first (?:contact|communication)",
)

# --- DPIA (WP248 rev.01) and DPO ------------------------------------------------------------------

MONITORING = Matcher(
    r"kameravalvon\w*", r"tallentav\w* kamer\w*", r"videovalvon\w*", r"valvontakamer\w*", r"paikanni\w*",
    r"paikannu\w*", r"gps\w*", r"sijaintitie\w*", r"sijaintitiedo\w*", r"seurant\w*", r"työajanseurant\w*",
    r"kulunvalvon\w*", r"sähköpostin valvon\w*",
    r"kameraövervak\w*", r"videoövervak\w*", r"positioner\w*", r"platsdata", r"platsuppgift\w*",
    r"spårning\w*",
    r"övervakning\w*",
    r"cctv", r"camera surveillance", r"video surveillance", r"location (?:data|tracking)", r"tracking",
    r"monitoring",
)
LOCATION_DATA = Matcher(
    r"paikanni\w*", r"paikannu\w*", r"gps\w*", r"sijaintitie\w*", r"sijaintitiedo\w*", r"positioner\w*",
    r"platsdata", r"platsuppgift\w*", r"location (?:data|tracking)", r"geolocation",
)
LARGE_SCALE = Matcher(
    r"laajamittai\w*", r"laaja\w* (?:joukko|määrä)\w*", r"suur\w* määrä\w*", r"valtakunnalli\w*",
    r"miljoon\w*",
    r"storskalig\w*", r"omfattande", r"stort antal", r"miljon\w*",
    r"large[- ]scale", r"large numbers? of", r"millions?", r"nationwide",
)
MATCHING = Matcher(
    r"yhdist\w* (?:\w+ )?(?:tieto|rekister|aineisto)\w*", r"(?:tieto|rekister|aineisto)\w* yhdist\w*",
    r"rikastami\w*", r"rikastet\w*",
    r"samkör\w*", r"kombiner\w* (?:\w+ )?(?:uppgifter|register|data)\w*", r"berika\w*",
    r"combin\w* (?:\w+ )?(?:data|datasets|records|sources)", r"matching (?:data|records|datasets)",
    r"enrich\w*",
)
INNOVATIVE = Matcher(
    r"tekoäl\w*", r"koneoppi\w*", r"kasvojentunnistu\w*", r"puettav\w*", r"esineiden interne\w*",
    r"artificiell intelligens", r"maskininlärning\w*", r"ansiktsigenkänning\w*", r"bärbar\w* teknik",
    r"artificial intelligence", r"machine learning", r"(?-i:AI)(?!\w)", r"facial recognition", r"wearables?",
    r"(?-i:IoT)",
)
SERVICE_DENIAL = Matcher(
    r"luottopäätö\w*", r"luottokelpoisuu\w*", r"luottotiedo\w*", r"luottotietojen tarkist\w*",
    r"kreditprövning\w*", r"kreditupplysning\w*", r"kreditbeslut\w*",
    r"credit (?:decision|check|worthiness|reference)\w*", r"creditworthiness",
)
DPIA_DONE = Matcher(
    r"vaikutustenarvio\w*", r"konsekvensbedömning\w*", r"DPIA\w*", r"impact assessments?",
)
WHISTLEBLOWING = Matcher(
    r"ilmoituskanav\w*", r"väärinkäytösilmoitu\w*", r"whistleblow\w*", r"visselblås\w*",
    r"rapporteringskanal\w*", r"reporting channel\w*",
)

# --- Form: template text and markup --------------------------------------------------------------

_HTML_TAG_NAMES = (
    r"(?:p|br|div|span|b|i|u|em|strong|ul|ol|li|a|h[1-6]|table|thead|tbody|tr|td|th|font|img|sup|sub"
    r"|blockquote|pre|code|hr|section|article|header|footer|nav|label|input|form|iframe|script|style|small"
    r"|big|center|dl|dt|dd|o:p)(?![\w:-])"
)
# Template text found anywhere in a field.
PLACEHOLDER = Matcher(
    r"\[(?!\d+\])[^\[\]\n]{1,60}\](?!\()",  # [nimi], [Company name]; not a footnote [1] or a [link](url)
    r"\{\{?\s*\w[\w .-]{0,40}\}\}?",  # {name}, {{nimi}}
    rf"<(?!/?{_HTML_TAG_NAMES})(?![^<>\n]*(?:@|://))[^<>\n]{{1,40}}>",
    # <Yrityksen nimi>; not a tag, <address>
    r"[x]{3,}(?![a-zåäö])", r"[x]{1,2}[./-][x]{1,2}[./-][x]{2,4}(?!\w)",  # XXX, xx.xx.xxxx
    r"lorem ipsum", r"(?-i:TODO|TBD|TBA|FIXME)(?!\w)",
    r"täydennä tähän", r"lisää tähän", r"kirjoita tähän", r"täytä tähän", r"täydennetään myöhemmin",
    r"fyll i här", r"ange här", r"skriv här", r"insert here", r"enter here", r"fill in here",
    r"to be completed",
    r"to be added",
    r"\((?:s-postiosoite|sähköpostiosoite|sähköposti|puhelinnumero|puh\.?\s*nro|osoite|nimi|e-postadress|e-post"
    r"|telefonnummer|adress|namn|e-?mail(?: address)?|phone(?: number)?|address|name)\)",
    r"[\w.-]*@(?:example|esimerkki|exempel|domain|yritys|firma|company)\.(?:com|fi|se|org|net)(?!\w)",
    r"etunimi\.sukunimi@\S*", r"förnamn\.efternamn@\S*", r"firstname\.lastname@\S*",
    r"\[email(?:&#160;|\s)protected\]",
    r"matti meikäläi\w*", r"maija meikäläi\w*", r"john doe", r"jane doe", r"1234567-8", r"0000000-0",
)
# Template labels: a placeholder when they are the whole content of a field.
_TEMPLATE_LABELS = frozenset(
    {
        "rekisterinpitäjän tiedot", "rekisterinpitäjän nimi", "rekisterinpitäjän yhteystiedot",
        "rekisterinpitäjä", "yrityksen nimi", "yrityksen tiedot", "yhteyshenkilön nimi",
        "yhteyshenkilön tiedot",
        "yhteyshenkilön yhteystiedot", "vastuuhenkilön nimi", "vastuuhenkilön tiedot", "etunimi sukunimi",
        "personuppgiftsansvarigs uppgifter", "personuppgiftsansvarigs namn", "företagets namn",
        "företagets uppgifter", "kontaktpersonens namn", "förnamn efternamn",
        "controller details", "controller's details", "company name", "company details",
        "contact person's name",
        "first name last name",
    }
)
# Names of fields ("nimi", "puhelinnumero"): a real data category in a list of data collected, but a
# placeholder where a contact's or the organisation's actual name or number belongs.
_FIELD_NAMES = frozenset(
    {
        "nimi", "osoite", "y-tunnus", "sähköposti", "sähköpostiosoite", "puhelin", "puhelinnumero",
        "yhteystiedot",
        "namn", "adress", "fo-nummer", "e-post", "e-postadress", "telefon", "telefonnummer",
        "kontaktuppgifter",
        "name", "address", "business id", "e-mail", "e-mail address", "email", "phone", "phone number",
        "contact details",
    }
)


_VALUE_PLACEHOLDERS = _TEMPLATE_LABELS | _FIELD_NAMES


@lru_cache(maxsize=16384)  # asked of every text field of every register on each check run
def placeholder(text: str, *, value_field: bool = False) -> str | None:
    """The template text left in a field, if any. A `value_field` holds one value (a contact's name,
    the organisation's e-mail), so a bare field name there is a placeholder too."""
    if is_blank(text):
        return None
    whole = " ".join(text.split())
    if whole.strip(" .:;").lower() in (_VALUE_PLACEHOLDERS if value_field else _TEMPLATE_LABELS):
        return whole
    return PLACEHOLDER.phrase(text, affirmed=False)


def only_placeholder(text: str) -> bool:
    """Nothing but template text: the field says nothing real."""
    found = placeholder(text)
    return found is not None and word_count(text) - word_count(found) <= 1


_HTML_TAG = re.compile(rf"</?{_HTML_TAG_NAMES}(?:\s[^<>]*)?/?>|<!--.*?-->", _FLAGS | re.DOTALL)
_HTML_ENTITY = re.compile(r"&(?:[a-z]{2,8}[0-9]?|#\d{1,6}|#x[0-9a-f]{1,6});", _FLAGS)


def html_markup(text: str) -> str | None:
    """The first HTML tag or character entity left in a text."""
    match = _HTML_TAG.search(text or "") or _HTML_ENTITY.search(text or "")
    return match.group(0) if match else None


# --- Contact, notice items, requests, marketing, cookies, third persons, working life ---------------
# (LEGAL.md §7: controller-contact-missing … personality-test-consent)

# A way to reach the controller in writing: an e-mail address (also written with "(at)") or a postal
# address (a Finnish postal code and a place name, or a post-office box).
EMAIL_ADDRESS = Matcher(r"[\w.+-]+(?:@|\s?[(\[](?:at|ät)[)\]]\s?)[\w-]+(?:\.[\w-]+)+")
POSTAL_ADDRESS = Matcher(
    r"\d{5}\s+(?-i:[A-ZÅÄÖ])\w+", r"(?:PL|PB|Postilokero|Postbox|P\.?\s?O\.?\s?Box)\s*\d+",
)
# A contact form on the controller's website: a way to reach it, though not an address.
CONTACT_FORM = Matcher(
    r"\w*yhteydenottolomak\w*", r"\w*palautelomak\w*", r"verkkolomak\w*", r"kontaktformulär\w*",
    r"webbformulär\w*", r"contact forms?", r"web forms?", r"online forms?", r"feedback forms?",
)
# The Data Protection Ombudsman: its address in a notice is where to complain, not the controller's.
SUPERVISORY_AUTHORITY = Matcher(
    r"tietosuojavaltuutet\w*", r"dataombudsman\w*", r"data protection ombudsman", r"tietosuoja@om\.fi",
    r"(?:www\.)?tietosuoja\.fi\S*", r"valvontaviranomai\w*", r"tillsynsmyndighet\w*",
    r"supervisory authority",
    r"(?:PL|PB) 800(?!\d)", r"00531",
)

# Art. 13(2)(e): whether providing the data is a statutory or contractual requirement or voluntary, and
# what follows from not providing it. Read with `affirmed=False`: "ei ole lakisääteistä" is an answer.
PROVISION_REQUIREMENT = Matcher(
    r"tietojen (?:antaminen|ilmoittaminen)", r"(?:on|ovat) (?:\w+ ){0,2}(?:vapaaehtoi|pakollis)\w*",
    r"pakollis\w*", r"lakisäätei\w* (?:tai|eikä|ja) sopimu\w*", r"edellytys\w*", r"edellytyk\w*",
    r"ilman (?:\w+ ){0,4}(?:emme voi|ei voida|ei voi|ei ole mahdollista)",
    r"(?:emme voi|ei voida|ei voi) (?:\w+ ){0,5}ilman", r"jos (?:\w+ ){0,3}ei (?:anneta|ilmoiteta|anna)",
    r"tarvitaan,? (?:jotta|(?:\w+ ){0,3}\w+(?:miseen|miseksi|mista)(?!\w))",
    r"\w+(?:miseen|miseksi) tarvitaan",
    r"skyldighet att lämna", r"(?:är|blir) (?:\w+ ){0,2}(?:frivillig|obligatorisk)\w*", r"obligatorisk\w*",
    r"utan (?:\w+ ){0,4}kan (?:\w+ ){0,2}inte", r"kan (?:\w+ ){0,2}inte (?:\w+ ){0,5}utan",
    r"om (?:\w+ ){0,3}inte lämnas", r"förutsättning\w*", r"krävs (?:för|enligt)",
    r"(?:is|are) (?:\w+ ){0,2}(?:voluntary|optional|mandatory|compulsory)",
    r"statutory (?:or|and|nor) contractual requirement", r"(?:statutory|contractual) requirement",
    r"without (?:\w+ ){0,4}(?:we cannot|we can't|cannot|can't|we are unable)",
    r"cannot (?:\w+ ){0,5}without", r"(?:is|are) (?:needed|required|necessary) (?:to|for|by)",
    r"prerequisite", r"if you do not (?:give|provide)",
)

# The same question asked of one sentence of an imported document, where it may stand in any section: the
# sentence speaks of the data subject giving the data (or of its fields) and says it is voluntary,
# required, or what follows if it is not given. Both halves are needed: "tarvitaan palvelun tarjoamiseksi"
# alone is a purpose, "voit antaa palautetta" alone is no requirement.
GIVING_DATA = Matcher(
    r"\w+(?:n|si|nne) (?:antami\w*|ilmoittami\w*|toimittami\w*)",
    # "henkilötietojesi luovuttaminen" (yours given), not "tietojen luovuttaminen" (a disclosure)
    r"\w+(?:si|nne) luovuttami\w*",
    r"anta(?:a|maan|matta|mista|masta|essasi)\w* (?:\w+ ){0,2}(?:henkilö)?tie\w*",
    # The data said to be required or optional: "Övriga uppgifter (…) är frivilliga", "Följande är
    # obligatoriskt för att kunna skapa ett konto: …" (not a list's "pakolliset tiedot:", which says what
    # data is collected).
    r"\w*(?:tie(?:to|do)\w*|uppgift\w*|data|information|fields?|details)(?!\w)[^.;:]{0,200}?"
    r"(?<!\w)(?:on|ovat|är|is|are) (?:\w+ )?(?:(?:pakolli|vapaaehto|obligatorisk|frivillig)\w*|mandatory"
    r"|optional|voluntary)(?!\w)",
    r"(?:seuraava\w*|följande|the following)(?!\w)[^.;]{0,40}?(?<!\w)(?:on|ovat|är|is|are) "
    r"(?:pakolli|obligatorisk|mandatory|required)\w*",
    r"(?:antamaan|luovuttamaan|antamatta|luovuttamatta|antamasta|antamista)(?!\w)",
    r"(?:et|ei) (?:anna|ilmoita|luovuta)\w*", r"kentät", r"kenttä\w*",
    r"lämna(?:r|t)?(?!\w) (?:\w+ ){0,3}(?:person)?uppgift\w*",
    r"(?:inte|ej) lämna(?:r|s|t)?(?!\w)(?!\s+ut\b)",
    r"tillhandahållande\w*",
    r"uppgifterna (?:\w+ ){0,2}lämnas(?!\w)(?!\s+ut\b)", r"fälten",
    r"utan (?:\w+ ){0,2}(?:person)?uppgift\w*",
    # The data subject providing data — not "provide you information", which the controller gives.
    r"provid(?:e|es|ed|ing) (?!you\b)(?:\w+ ){0,3}(?:personal )?(?:data|information|details)",
    r"provision of (?:\w+ ){0,2}(?:data|information)",
    r"(?:not|never) (?:\w+ ){0,2}provid(?:e|es|ed|ing)(?!\w)",
    r"giv(?:e|en|ing) (?:\w+ ){0,2}(?:personal )?(?:data|information|details)",
    r"(?:these|this|information|data|fields) must be given",
    r"without (?:this|these|that|such|your|the)(?: required| necessary)? (?:personal )?(?:data|"
    r"information|details|(?:e-?mail )?address\w*)",
    r"fields?", r"enter into (?:a|an|the) \w*\s?agreement",
)
REQUIREMENT_OR_CONSEQUENCE = Matcher(
    r"vapaaehto\w*", r"pakollis\w*", r"velvolli\w*", r"edellyt\w*", r"välttämät\w*", r"pakko",
    r"vaati\w*", r"vaadi\w*",
    r"ei (?:\w+ ){0,3}voi\w*", r"(?:emme|en|et) (?:\w+ ){0,2}voi", r"kykenemät\w*", r"ei ole mahdollista",
    # What follows: the service stopped or refused ("voi keskeyttää palvelun", "terminate provision").
    r"keskeyt\w*", r"estä\w*", r"evä\w*", r"terminat\w*", r"suspend\w*", r"prohibit\w*", r"den(?:y|ied)",
    r"frivillig\w*", r"obligatorisk\w*", r"skyldig\w*", r"nödvändig\w*", r"krävs", r"kan (?:\w+ ){0,3}inte",
    r"förutsättning\w*", r"voluntar\w*", r"optional", r"mandatory", r"compulsory", r"obligat\w*", r"required",
    r"necessary", r"unable", r"cannot", r"can ?not", r"not be able", r"will not (?:become|be)", r"must",
    r"requirement",
    # Left to the data subject: "Providing personal information is up to you", "on harkintasi mukaan".
    r"up to you", r"your (?:own )?choice", r"at your discretion", r"harkin\w* mukaan", r"päätettävissä\w*",
    r"valfri\w*",
)
# Data passed on to third parties is the disclosures' question (Art. 13(1)(e)), not whether it must be given.
_ONWARD = Matcher(r"third part(?:y|ies)", r"kolmansille", r"kolmannelle", r"tredje part\w*")


@lru_cache(maxsize=8192)
def says_whether_data_must_be_given(sentence: str) -> bool:
    """The sentence says whether the data subject must give the data, or what follows if they do not
    (Art. 13(2)(e)): "Tietojen antaminen on vapaaehtoista", "Utan dessa uppgifter kan kontot inte skapas"."""
    # The requirement first: GIVING_DATA's patterns cost several times as much to try on every sentence.
    return (
        REQUIREMENT_OR_CONSEQUENCE.mentioned_in(sentence)
        and GIVING_DATA.mentioned_in(sentence)
        and not _ONWARD.mentioned_in(sentence)
    )


# Registering for a service or identifying oneself to use it.
_REGISTERING = Matcher(
    r"rekisteröity(?:minen|mään|äkseen|äksesi)", r"rekisteröidy\w*", r"tunnistautu\w*",
    r"registrera (?:dig|sig)", r"registrering\w*", r"registrerad användare", r"identifiering\w*",
    r"registration", r"register(?:ing)? (?:in|for|to|with)", r"sign(?:ing)?[- ]?(?:up|in)", r"identification",
)


def only_a_requirement_to_register(text: str) -> bool:
    """The text requires registering for a service or identifying oneself ("Registration in the service is
    required if you want to support …", "Du ska registrera dig i tjänsten om du … vill understöda") and
    says nothing of giving data or its fields ("Tietojen antaminen …", "these must be given"): not
    whether giving the data is a statutory or contractual requirement (Art. 13(2)(e))."""
    return _REGISTERING.mentioned_in(text) and not GIVING_DATA.mentioned_in(text)


# Access requests made harder than the law allows (Art. 12(2), 12(5)): a signature, a visit in person,
# a fee, or a required written form ("Tarkastuspyyntö tulee tehdä kirjallisesti ja allekirjoitettuna").
REQUEST_SIGNATURE = Matcher(
    r"allekirjoit\w*", r"omakätise\w*", r"undertecknad\w*", r"underteckna\w*", r"egenhändig\w*",
    r"signed", r"signature\w*", r"sign(?:ed)? by hand",
)
REQUEST_IN_PERSON = Matcher(
    r"henkilökohtaisesti (?:\w+ ){0,3}(?:paikan päällä|toimipisteessä|toimistolla|käymällä|tunnistautu\w*)",
    r"käymällä (?:\w+ ){0,2}(?:toimipisteessä|toimistolla|paikan päällä)", r"paikan päällä",
    r"personligen", r"på plats", r"besök\w* (?:\w+ ){0,2}kontor\w*",
    r"in person", r"visiting (?:our|the) office",
)
REQUEST_FEE = Matcher(
    r"(?:peri\w*|veloit\w*) (?:\w+ ){0,3}maksu\w*", r"maksullinen", r"käsittelymaksu\w*", r"toimistomaksu\w*",
    r"\d+(?:[,.]\d+)?\s?(?:€|euro\w*|eur(?!\w))",
    r"avgift(?!s?fri)\w*", r"fees?(?!\w)", r"(?:we )?charge (?:a|an)",
)
# A fee the law allows: for further copies (15(3)) or a manifestly unfounded or excessive request (12(5)).
FURTHER_COPIES = Matcher(
    r"lisäkopio\w*", r"uusi\w* kopio\w*", r"ilmeisen perusteeto\w*", r"kohtuuto\w*",
    r"ytterligare kopi\w*", r"uppenbart ogrundad\w*", r"orimlig\w*",
    r"(?:further|additional) cop(?:y|ies)", r"manifestly unfounded", r"excessive",
)
# The repealed Personal Data Act's "free once a year": a limit GDPR 12(5) does not allow.
ONCE_A_YEAR = Matcher(
    r"kerran (?:vuodessa|vuoden aikana|kalenterivuodessa)", r"en gång (?:per|om|i) år(?:et)?",
    r"once (?:a|per|every) (?:calendar )?year",
)
# A sentence about a data subject's request.
REQUEST_CONTEXT = Matcher(
    r"\w*pyyn\w*", r"pyyd\w*", r"pyytä\w*", r"tarkastu\w*", r"\w*tarkastaa", r"oikeu\w*",
    r"\w*begär\w*", r"förfrågan", r"rätt\w*", r"requests?", r"rights?", r"inspection",
)
REQUEST_WRITTEN = Matcher(r"kirjallise\w*", r"skriftlig\w*", r"in writing", r"written")
# Words that make a form a requirement: "tulee tehdä", "on allekirjoitettava", "ska", "must".
REQUIRED = Matcher(
    r"tulee", r"täytyy", r"pitää", r"on (?:\w+ )?tehtävä", r"\w+ttava(?:ksi)?", r"vaaditaan", r"vain",
    r"ainoastaan", r"edellyt\w*",
    r"ska", r"måste", r"endast", r"bara", r"krävs",
    r"must", r"shall", r"(?:is|are) required", r"only",
)
FREE_OF_CHARGE = Matcher(
    r"maksutta", r"maksuto\w*", r"maksuttom\w*", r"ilman maksua", r"kostnadsfri\w*", r"avgiftsfri\w*",
    r"utan (?:kostnad|avgift)", r"free of charge", r"no (?:fee|charge)", r"without (?:a )?(?:fee|charge)",
)

# Direct marketing, and the right to object to it (Art. 21(2)–(4)).
# Marketing addressed to the person, not "markkinointibudjetti" or "marketing cookies".
DIRECT_MARKETING = Matcher(
    r"suoramainon\w*", r"\w*markkinoin(?:ti|tia|tiin|nin|nissa|nista|nille|nilla)(?!\w)",
    r"markkinointi(?:viest|kirje|post|sähköpost|kampanj|tarkoitu|lupa|luv)\w*",
    r"markkinoi(?:da|mme|daan)(?!\w)", r"uutiskirj\w*", r"mainospost\w*",
    r"\w*tarjouks\w* (?:\w+ ){0,2}(?:sähköpostitse|postitse|tekstiviestillä)",
    r"\w*marknadsför(?:ing|ingen|a|s)?(?!\w)", r"direktreklam\w*", r"nyhetsbrev\w*", r"reklamutskick\w*",
    r"direct marketing", r"(?:e-?mail|postal|electronic|telephone) marketing",
    r"marketing (?:e-?mails?|messages?|communications?|letters?|material|mail|purposes?)",
    r"for marketing(?! cookies)", r"newsletters?", r"promotional (?:e-?mails?|messages?|offers?|mail\w*)",
)
OBJECTION = Matcher(
    r"vastust\w*", r"kieltä\w*", r"invänd\w*", r"invändning\w*", r"motsätt\w*", r"object\w*",
    r"opt(?:s|ing)?[- ]?out",
)
NEWSLETTER = Matcher(r"uutiskirj\w*", r"nyhetsbrev\w*", r"newsletters?")


# A sentence whose subject is its own topic ("The purpose of processing personal data is to …",
# "Henkilötietojen käsittelyn tarkoitus on …", "Your information is stored for …") answers that topic
# wherever it stands: documents put the purpose and the basis under one heading. Matched at the start of
# the sentence only. (The sentence that states the basis is read by analysis.bases.)
# "for six years", "until …", "within 30 days" — not "for the following purposes", "within the EU".
_HOW_LONG = (
    r"(?:for(?! (?:the )?(?:following )?purposes?\b| \w+ purposes?\b)|until|as long|after|when|no longer"
    r"|at most|once|within (?:\d|a |an |one |two |three |six |twelve ))"
)
_EN_DATA = r"(?:[\w.-]+ ){0,4}(?:data|information|details)(?: \w+){0,4}"  # "Your registration data"
# "henkilötietoja", "tietojasi", "asiakkaiden tietoja": the data as an object in Finnish.
_FI_DATA = r"(?:henkilö|yhteys|asiakas|jäsen)?tieto(?:ja|jasi|janne|jamme|ja)|keräämiämme \w+|näitä tietoja"
# What for: "… vastaamiseksi", "… laskutukseen", "… varten", "… hallinnoidaksemme", "… tarkoituksiin".
_FI_WHAT_FOR = (
    r"(?:\w+(?:miseksi|miseen|misessä|missa|mista|mistä)|\w*varten|\w+(?:aksemme|äksemme|aksesi|äksesi)"
    r"|\w*tarkoitu(?:ksiin|kseen|ksessa)|\w+(?:ukseen|ykseen|ointiin|öintiin|untaan|yntään))\b"
)
# Someone the data comes from, in the ablative ("asiakkaalta", "rekisteröidyiltä itseltään", "sinulta"), not
# a postposition or pronoun in that case ("asiakkaiden osalta", "siltä osin", "vuoden ajalta").
_FI_FROM_SOMEONE = (
    r"(?!(?:osalta|kannalta|ajalta|puolelta|siltä|tältä|niiltä|näiltä)\b)\w+l(?:ta|tä)(?:an|än|si)?\b"
)
# What the data given is then used for: "… jotka annat meille vastataksemme", "… you provide to answer …".
_GIVEN_FOR = (
    r"jotta|vastataksemme|voidaksemme|för att|in order to|(?:provide|give|submit|enter)s? (?:\w+ )?(?:to|for)"
)
_STATED_TOPICS = {
    "purpose": (
        r"(?:the |our )?(?:main |primary )?purposes? (?:of|for) (?:the |our |this )?(?:processing|collecting|"
        r"collection|using|use)\b[^.:]{0,60}? (?:is|are|include)\b",
        r"(?:\w+ ){0,3}(?:data|information)(?: \w+){0,3} "
        r"(?:is|are|will be) (?:only |solely |primarily |mainly |also )?(?:used|processed) "
        r"(?:only |solely |primarily |mainly )?(?:for|to)\b",
        r"(?:henkilö)?tietojen (?:käsittelyn |keräämisen )?(?:käyttö)?tarkoitu\w* on\b",
        r"(?:rekisterin |käsittelyn |tietojen )?(?:käyttö)?tarkoitu\w* on\b",
        r"(?:[\w.-]+ ){0,3}(?:uses?|process(?:es)?|collects?) (?:\w+ ){0,3}(?:data|information) (?:\w+ ){0,2}"
        r"for the purposes? of\b",
        r"(?:ändamålet|syftet) med (?:\w+ ){0,4}är\b",
        # "The reason for handling this data is to …" (a bare "Orsaken är att …" gives the reason of the
        # sentence before it, whatever that answers)
        r"(?:the |our )?reasons? (?:for|why) (?:\w+ ){1,5}(?:is|are)\b",
    ),
    # English notices say most things in sentences whose subject is the data: "Your information is stored
    # for …", "Data is not disclosed to third parties", "The information processed is …".
    "transfers": (
        rf"{_EN_DATA} (?:is|are|will|may|can|shall)(?: not| never)?(?: be)?(?: \w+)? (?:transferred|stored"
        r"|processed|located|hosted|kept)\b[^.]{0,40}?\b(?:outside|within|inside|in) (?:the )?(?:eu\b|eea\b"
        r"|european)",
        r"(?:[\w.-]+ ){0,3}(?:do|does|will|shall)(?: not| never) transfer\b[^.]{0,60}?\boutside\b",
        # "The registry resides in the United States at Amazon's AWS": where the data is kept.
        r"(?:[\w.-]+ ){0,3}(?:register|registry|database|data|information|servers?)(?: \w+){0,2}"
        r" (?:resides?|is located|are located|is hosted|are hosted) in (?:the )?(?:unit\w* states|usa\b"
        r"|u\.s\.|eu\b|eea\b|european)",
    ),
    "retention": (
        rf"{_EN_DATA} (?:is|are|will be|shall be|may be)(?: only| securely| actively)? (?:stored|retained"
        rf"|kept|preserved|deleted|erased|removed|anonymi[sz]ed)\b(?: \w+){{0,4}} {_HOW_LONG}",
        r"we (?:will )?(?:only )?(?:store|retain|keep|delete|erase) (?:\w+ ){0,4}(?:data|information)\b"
        rf"(?: \w+){{0,4}} {_HOW_LONG}",
    ),
    "disclosures": (
        rf"{_EN_DATA} (?:is|are|will|may|can|shall)(?: not| never)?(?: be)?(?: regularly| only| also"
        r"| otherwise)? (?:disclosed|shared|sold|given|handed over|passed on|sent|made available|released)"
        r" (?:\w+ ){0,3}to\b",
        rf"{_EN_DATA} (?:is|are|will)(?: not| never)(?: be)? [^.]{{0,80}}\b(?:sold|shared|disclosed|given"
        r"|passed) (?:\w+ ){0,2}(?:to|with) (?:any )?(?:third[- ]part|other part|outside)",
        r"(?:[\w.-]+ ){0,3}(?:do|does|will|shall|may)(?: not| never)? (?:\w+ ){0,2}(?:disclose|share|sell"
        r"|rent|lease|hand over|pass on)\b[^.]{0,80}\b(?:third[- ]part|other parties|outside|authorit)",
    ),
    "data_collected": (
        r"the (?:following )?(?:personal )?(?:data|information)(?: \w+){0,2} (?:processed|collected|saved"
        r"|stored|recorded|gathered) (?:is|are|include|includes)\b"
        r"(?! (?:got|gotten|obtained|received|collected|acquired|from)\b)",
        r"the following (?:personal )?(?:data|information)(?: \w+){0,2} (?:is|are|will be|may be)"
        r" (?:processed|collected|saved|stored|recorded|gathered)\b",
        r"(?:(?:when|if|while|as) [^,]{0,100}, )?(?:[\w.-]+ ){0,4}(?:may |will |can )?(?:collect|process"
        r"|store|save|record)s? the following\b",
        # "Käsittelemme seuraavia henkilötietoja …:", "Vi behandlar följande personuppgifter": data follows.
        r"(?:[\w-]+ ){0,2}(?:käsittelemme|keräämme|tallennamme|käsitellään|kerätään|tallennetaan)"
        r"(?: \w+){0,2} seuraav\w+ (?:\w+ )?(?:henkilö)?tie(?:to|do)\w*",
        r"(?:[\w-]+ ){0,3}(?:behandlar|samlar in|sparar|lagrar) (?:vi )?(?:\w+ )?följande (?:\w+ )?"
        r"(?:person)?uppgift\w*",
    ),
    "sources": (
        r"(?:[\w.-]+ ){0,4}(?:data|information)(?: \w+){0,6} (?:is|are|will be) (?:\w+ )?(?:got|gotten"
        r"|obtained|received|collected|gathered|acquired) (?:\w+ )?from\b",
        r"(?:the )?(?:regular )?(?:\w+ )?(?:information|data) (?:origin|sources?) (?:is|are)\b",
        # "We collect your personal data typically when you …", "Membership data is collected upon joining".
        r"(?:[\w.,-]+ ){0,4}(?:collects?|receives?|acquires?|obtains?|gets?) (?:your |any |the |such )?"
        r"(?:personal(?:ly identifiable)? )?(?:data|information)(?: about you)?(?: \w+)? (?:when|from|through"
        r"|via|during|upon|unless|directly)\b",
        rf"{_EN_DATA} (?:is|are) (?:\w+ ){{0,2}}(?:collected|requested|received|obtained|acquired|gathered)"
        r"(?: and \w+)? (?:\w+ ){0,2}(?:when|upon|through|via|during|directly)\b",
        # Finnish names the source in the ablative: "Tiedot saadaan asiakkaalta itseltään", "Jäsentiedot
        # kerätään pääasiassa rekisteröidyiltä", "Keräämme henkilötietoja suoraan sinulta", "Saamme
        # kilpailutuloksia järjestäjiltä"; or says where the data is "peräisin".
        rf"(?:[\w.:-]+ ){{0,4}}\w*tie(?:dot|toja|toa|to)(?: [\w-]+){{0,3}}? (?:saadaan|voidaan saada|kerätään"
        rf"|hankitaan|tulevat)(?: [\w-]+){{0,4}}? {_FI_FROM_SOMEONE}",
        rf"(?:[\w-]+ ){{0,2}}(?:saamme|keräämme|hankimme)(?: [\w-]+){{0,5}}? {_FI_FROM_SOMEONE}",
        r"(?:[\w.:-]+ ){0,4}\w*tie(?:dot|toja|toa|to)(?:,? [\w-]+){0,4}? (?:on|ovat) (?:\w+ )?peräisin\b",
        # Swedish and English: the data "fås / erhålls / hämtas från …", "we receive / get … from".
        r"(?:[\w.:-]+ ){0,4}(?:\w*uppgift\w*|information\w*)(?: [\w-]+){0,3}? (?:fås|erhålls|hämtas"
        r"|inhämtas|samlas in|insamlas|kommer)(?: [\w-]+){0,4}? (?:från|direkt)\b",
        r"(?:[\w-]+ ){0,2}(?:vi )?(?:får|erhåller|inhämtar|samlar in)(?: vi)?(?: [\w-]+){0,3}?"
        r" (?:\w*uppgift\w*|information\w*)(?: [\w-]+){0,4}? (?:från|direkt)\b",
        r"(?:[\w.,-]+ ){0,4}(?:collects?|receives?|acquires?|obtains?|gets?) (?:[\w-]+ ){0,3}(?:personal )?"
        r"(?:data|information)(?: [\w-]+){0,3}? from\b",
        # The data is what the person gives: "Käsittelemme tietoja, jotka annat meille", "Rekisteriin
        # tallennetaan tiedot, jotka jäsen itse ilmoittaa", "Vi behandlar de uppgifter som du uppger när …",
        # "We keep the details that you submit …" — not what it is then used for ("… you provide to answer
        # your questions" is the purpose).
        rf"(?![^.]*\b(?:{_GIVEN_FOR})\b)(?:[\w.,-]+ ){{0,4}}(?:käsittel|kerä|tallen|rekisteröi|säilyt"
        r"|behandla|samla|spara|lagra|registrera|process|collect|stor|keep|record|hold)\w*(?: [\w-]+){0,4}?"
        r" (?:\w*tie(?:dot|toja|toa)|\w*uppgift\w*|(?:personal )?(?:data|information|details))"
        r"(?:,? (?:jotka|joita|som|that|which)(?: \w+)?| you| du)(?: itse| själv| yourself)? (?:annat|antaa"
        r"|ilmoitat|ilmoittaa|syötät|uppger|anger|lämnar|ger oss|provide|give|submit|enter)\b",
    ),
}
# The data as the object of using or processing, then what for ("Käsittelemme tietoja yhteydenottoihin
# vastaamiseksi", "Rekisterin tietoja käytetään laskutukseen", "Personuppgifter används för kundservice", "We
# use the details you provide to …"): the purpose in the words of an ordinary sentence. Read after every
# other topic, so that a sentence of what is kept, how long or from where stays that topic's.
_USED_FOR = Screened(
    r"[\W\d]*(?:" + "|".join((
        rf"(?:[\w-]+ ){{0,3}}(?:{_FI_DATA}) (?:käytetään|käsitellään|voidaan (?:käyttää|käsitellä))"
        rf"(?: \w+){{0,8}}? {_FI_WHAT_FOR}",
        rf"(?:käsittelemme|käytämme|keräämme ja käsittelemme|voimme käyttää|voimme käsitellä)(?: \w+){{0,2}}"
        rf" (?:{_FI_DATA})(?:(?: \w+){{0,8}}? {_FI_WHAT_FOR}|,? jotta\b)",
        r"(?:[\w-]+ ){0,3}(?:(?:person)?uppgift\w*|registret) (?:används|behandlas|hanteras|utnyttjas)"
        r"(?: \w+){0,3}? (?:för att|till att|i syfte|för (?:följande |dessa |de )?ändamål"
        r"|för (?!\w+ (?:år|månader|dagar|veckor)\b)\w+)",
        r"(?:[\w-]+ ){0,3}(?:person)?uppgift\w* (?:sparas|lagras|samlas in) för (?:följande |dessa )?ändamål",
        r"vi (?:behandlar|använder|hanterar)(?: \w+){0,2} (?:person)?uppgift\w*(?: \w+){0,6}?"
        r" (?:för att|i syfte|för (?:följande |dessa )?ändamål)",
        r"we (?:may |will |only |also )?(?:use|process) (?:\w+ ){0,3}(?:personal )?"
        r"(?:data|information|details)(?: \w+){0,4}? (?:in order to|to (?!(?:third|other|\w+ third)\b)|for "
        r"(?:the )?(?:following )?purposes?)\b",
    )) + ")",
    _FLAGS,
)
_STATES_TOPIC = {
    topic: Screened(r"[\W\d]*(?:" + "|".join(patterns) + ")", _FLAGS)
    for topic, patterns in _STATED_TOPICS.items()
}


@lru_cache(maxsize=8192)
def states_its_topic(sentence: str) -> str:
    """The topic ("purpose", "retention", "sources" …) a sentence names as its own subject, else "". The
    sentence that states the legal basis is read by analysis.bases (`states_the_basis`)."""
    topic = next((t for t, pattern in _STATES_TOPIC.items() if pattern.match(sentence)), "")
    return topic or ("purpose" if says_what_data_is_used_for(sentence) else "")


# The way data reaches the controller, as the line introducing a list of data names it: a channel
# ("Tilauslomakkeen kautta", "via kontaktformuläret", "through our website"), the person giving it ("jotka
# annat meille itse", "som du själv anger", "submitted by the customer") or the place it is fetched from
# ("noudetaan kotiorganisaatiostasi", "saamme suoraan sinulta").
# Any word for data, compounds included ("yhteystiedot", "kontaktuppgifter", "contact details"): unlike
# _GENERIC_DATA, which is the words that name no item of data.
_DATA_WORD = Matcher(r"\w*tie(?:to|do)\w*", r"\w*uppgift\w*", r"(?:personal )?(?:data|information|details)")
_CHANNEL = Matcher(
    r"\w+(?:n|en|jen|iden|tten|ien) (?:kautta|välityksellä|avulla)",
    r"(?:jotka|joita|minkä) (?:\w+ )?(?:annat|ilmoitat|syötät|toimitat|lähetät|saamme|antaa|ilmoittaa)",
    r"(?:antamasi|ilmoittamasi|syöttämäsi)", r"noude\w* (?:\w+ )?\w+(?:sta|stä|lta|ltä)",
    rf"saa(?:mme|daan) (?:\w+ ){{0,2}}{_FI_FROM_SOMEONE}",
    r"(?:via|genom) (?:\w+ )?\w+",
    r"som (?:du|ni|vi) (?:själv |själva )?(?:anger|lämnar|uppger|ger|skickar|får)",
    r"från (?:dig|er|\w+)",
    r"(?:through|via) (?:\w+ ){0,2}\w+", r"(?:submitted|provided|supplied|given|entered|sent) by",
    r"(?:that|which) you (?:\w+ )?(?:provide|submit|supply|enter|give|send)", r"(?:directly )?from you",
    r"from (?:the|your|our) \w+",
)

# The data taken in, not a party named ("Personuppgiftsansvarig för bokningar som görs via den är:").
_TAKES_DATA = Matcher(
    r"kerä\w*", r"käsittel\w*", r"käsitel\w*", r"tallenn\w*", r"saa(?:mme|daan)", r"noude\w*", r"siirty\w*",
    r"sisält\w*", r"behandla\w*", r"samla\w*", r"spara\w*", r"lagra\w*", r"får", r"erhåll\w*",
    r"collect\w*", r"process\w*", r"receiv\w*", r"stor(?:e|es|ed)", r"includ\w*", r"obtain\w*", r"submitted",
)


# Where the data is kept or who processes it, which a list of systems or processors follows ("seuraavien
# järjestelmien avulla:", "via the following processors:"): not where it comes from.
_KEPT_OR_PROCESSED_BY = Matcher(
    r"\w*järjestelm\w*", r"\w*käsittelij\w*", r"palveluntarjoaj\w*", r"työkalu\w*", r"ohjelmi\w*",
    r"\w*system\w*", r"\w*biträd\w*", r"verktyg\w*", r"tjänsteleverantör\w*",
    r"processors?", r"sub-?processors?", r"service providers?", r"tools?", r"software",
)


@lru_cache(maxsize=8192)
def introduces_data_by_its_source(sentence: str) -> bool:
    """A line introducing a list of data that says where the data comes from ("Tilauslomakkeen kautta
    keräämme seuraavat tiedot:", "Personal data submitted by the customer … may include the following:"):
    besides the data its list names, it answers the sources (Art. 14(2)(f))."""
    line = sentence.rstrip()
    return (
        line.endswith(":")
        and _DATA_WORD.mentioned_in(line)
        and _TAKES_DATA.mentioned_in(line)
        and _CHANNEL.mentioned_in(line)
        and not _KEPT_OR_PROCESSED_BY.mentioned_in(line)
    )


@lru_cache(maxsize=8192)  # the sentence model's features and assign's _stated_topic ask in turn
def names_the_purpose(sentence: str) -> bool:
    """The sentence names the purpose as its subject ("Rekisterin käyttötarkoitus on …", "The purpose of
    processing is …"), not only says what data is used for."""
    return bool(_STATES_TOPIC["purpose"].match(sentence))


def says_what_data_is_used_for(sentence: str) -> bool:
    """ "Tietoja käytetään laskutukseen", "Vi behandlar dina personuppgifter för att …": what the data is
    used for, affirmed ("Uppgifterna används inte för profilering" says what it is not used for)."""
    return bool(_USED_FOR.match(sentence)) and not is_negated(sentence)


def states_the_purpose(sentence: str) -> bool:
    return states_its_topic(sentence) == "purpose"


# The general right to object (Art. 21(1)), named without direct marketing.
GENERAL_OBJECTION = Matcher(
    r"vastust\w*", r"invänd\w*", r"motsätt\w*", r"right to object", r"objection\w*",
    r"object(?:s|ed|ing)? to",
)
# A way to stop marketing: refusing it, withdrawing a marketing permission, unsubscribing.
MARKETING_STOP = Matcher(
    r"kieltä\w*", r"kieltäyty\w*", r"peru(?:u|a|tt|ttu|mi)\w*", r"olla ottamatta vastaan",
    r"avbeställ\w*", r"tacka nej", r"återkall\w*", r"avregistr\w*", r"avsluta\w*",
    r"unsubscri\w*", r"opt(?:s|ing)?[- ]?out", r"withdraw\w*", r"refus\w*", r"stop receiving",
)
# The other rights a notice lists; a sentence naming several of them is a list, not a separate statement.
OTHER_RIGHTS = Matcher(
    r"pääsy\w*", r"tarkast\w*", r"oikai\w*", r"korjaa\w*", r"poistami\w*", r"poistaa", r"rajoit\w*",
    r"siirtä\w*", r"siirto\w*",
    r"tillgång\w*", r"rättels\w*", r"rätta\w*", r"radering\w*", r"begränsning\w*", r"dataportabilitet\w*",
    r"access", r"rectif\w*", r"erasure", r"eras\w*", r"restrict\w*", r"portability",
)

# A data subject's right stated in prose, where a notice has no section of rights ("Asiakkaalla on oikeus
# pyytää tietojensa poistamista", "Du kan när som helst radera dina uppgifter", "Upon request, we will remove
# any customer from our mailing list"): what the person may ask or do with their data. Not what the
# controller may do ("voimme poistaa", "vi kan radera", "we may delete"), nor what is done to the data
# ("kan raderas", "can be edited"); editing a field oneself ("användaren kan ändra uppgiften i Finna") is
# how the data is described.
_A_RIGHT = Matcher(
    r"oikeu(?:s|tta|den) (?:\w+ ){0,3}(?:tarkast|tarkist|pyytä|saada|saamaan|korja|oikais|poista|rajoit"
    r"|vastust|siirtä|tutustu|peru|kieltä)\w*",
    r"(?:voi|voit|voivat|voitte) (?:\w+ ){0,4}(?:tarkast|tarkist|pyytä|korja|poista|tutustu|peru)\w*",
    r"pyynnöstä (?:\w+ ){0,4}(?:poist|korja|oikais)\w*",
    r"rätt(?:ighet)?(?:en)? att (?:\w+ ){0,2}(?:få|begära|kontrollera|granska|rätta|radera|ta del|invända"
    r"|överföra|återkalla|begränsa)\w*",
    r"(?<!vi )(?:kan|får) (?:\w+ ){0,4}(?:radera|rätta|begära|kontrollera|granska|återkalla"
    r"|korrigera)(?!s)\w*",
    r"begäran (?:\w+ ){0,3}(?:avlägsnas|raderas|rättas)",
    r"right (?:to|of) (?:\w+ ){0,2}(?:access|request|obtain|rectif|eras|delet|restrict|object|portab|withdraw"
    r"|review|inspect|correct|know|be forgotten)\w*",
    r"(?<!we )(?:may|can) (?!(?:only )?be\b)(?:\w+ ){0,4}(?:delete|request|review|rectify|correct|remove"
    r"|erase|withdraw|object)\w*",
    r"upon (?:your )?request",
)


def states_a_right(sentence: str) -> bool:
    """The sentence says what the data subject may ask or do with their data (Art. 15–22); what they may do
    with cookies is the cookies' matter."""
    return _A_RIGHT.mentioned_in(sentence) and not COOKIES.mentioned_in(sentence)


# Cookies and similar tracking (917/2014 205 §).
COOKIES = Matcher(
    r"\w*eväste\w*", r"\w*evästei\w*", r"\w*kakor\w*", r"kak(?:a|an|banner\w*|beskrivning\w*|inställning\w*)",
    r"cookie\w*",
    r"(?:meta|facebook|tiktok|linkedin|tracking|conversion|seuranta|spårnings)[- ]?(?:pixel|pikseli|pixl)\w*",
    r"seurantapikseli\w*", r"web beacons?", r"local storage",
)
# What a cookie description says: kinds, purposes, durations, consent tools, a cookie policy.
COOKIE_DETAIL = Matcher(
    r"välttämät\w*", r"analyti\w*", r"markkinoin\w*", r"mainos\w*", r"istun\w*", r"tilasto\w*", r"kävijä\w*",
    r"evästeselost\w*", r"evästekäytän\w*", r"evästeasetu\w*", r"evästebanner\w*", r"evästeilmoitu\w*",
    r"evästeluettel\w*", r"suostumu\w*",
    r"nödvändig\w*", r"analys\w*", r"reklam\w*", r"session\w*", r"statisti\w*", r"kakbeskrivning\w*",
    r"kakpolicy\w*", r"kakinställning\w*", r"kakbanner\w*", r"samtyck\w*",
    r"necessary", r"essential", r"functional", r"analytics", r"marketing", r"advertis\w*",
    r"cookie (?:policy|notice|settings|banner|list|table|statement|declaration)", r"consent\w*",
    r"_ga\w*", r"_pk\w*", r"_fbp",
)
# "By continuing to browse you accept cookies": no valid consent (917/2014 205 §, GDPR 4(11)).
IMPLIED_COOKIE_CONSENT = Matcher(
    r"jatkamalla (?:\w+ ){0,3}(?:käyttöä|selaamista|selailua|käyttämistä|sivustolla)",
    r"käyttämällä (?:tätä |näitä )?(?:sivusto|verkkosivu|palvelu|verkkopalvelu)\w*",
    r"hyväksyt (?:\w+ ){0,2}evästei\w*",
    r"genom att fortsätta (?:\w+ ){0,3}(?:använda|surfa|besöka)\w*",
    r"genom att använda (?:\w+ ){0,2}(?:webbplats|tjänst|sajt)\w*",
    r"godkänner du (?:\w+ ){0,3}(?:kakor|cookies)\w*",
    r"by continuing to (?:use|browse|visit)", r"by using (?:this|our|the) (?:site|website|web site|service)",
    r"you (?:accept|agree to|consent to) (?:our |the )?use of cookies",
)
# Consent given by an act: a button, the cookie banner, the settings. "By clicking Accept you accept the
# use of cookies" is consent; "by using the site you accept them" is not.
ACTIVE_COOKIE_CONSENT = Matcher(
    r"klikkaa\w*", r"napsaut\w*", r"painik\w*", r"evästebanner\w*", r"evästeasetu\w*", r"evästeilmoitu\w*",
    r"klicka\w*", r"knapp\w*", r"kakbanner\w*", r"kakinställning\w*",
    r"click\w*", r"buttons?", r"banners?", r"pop-?ups?", r"settings",
)
WEB_SHOP = Matcher(
    r"verkkokaup\w*", r"verkkomyymälä\w*", r"webbutik\w*", r"nätbutik\w*", r"e-handel\w*",
    r"online (?:shop|store)s?", r"web ?shops?", r"e-?commerce", r"webshop\w*",
)

# People other than the data subject whose data the register holds (Art. 14): relatives, emergency
# contacts, referees, household members. Guardians acting for a child give the data themselves.
THIRD_PERSONS = Matcher(
    r"(?:lähi)?omai(?:nen|s(?!uu))\w*", r"perheenjäsen\w*", r"puoliso\w*", r"hätä\w* yhteyshenkilö\w*",
    r"hätäyhteyshenkilö\w*", r"suosittelij\w*", r"samassa (?:asunnossa|taloudessa) asu\w*",
    r"anhörig\w*", r"närstående\w*", r"familjemedlem\w*", r"kontaktperson\w* (?:\w+ )?i nödsituation\w*",
    r"nödkontakt\w*", r"referensperson\w*", r"referenser(?!na)",
    r"next of kin", r"relatives", r"a relative", r"family members?", r"emergency contacts?", r"referees?",
    r"household members?", r"spouses?",
)
# Telling such a person about the processing: "kerromme hänelle", "seloste annetaan myös heille".
INFORMING = Matcher(
    r"kerro\w*", r"kerrota\w*", r"kertomaan", r"kertoo", r"tiedote\w*", r"tiedotta\w*", r"informoi\w*",
    r"saa tiedon", r"seloste\w*", r"kuvau\w*",
    r"berätta\w*", r"informera\w*", r"underrätta\w*", r"beskrivning\w*",
    r"tell\w*", r"told", r"inform\w*", r"notif\w*", r"notice",
)

# Working life (laki yksityisyyden suojasta työelämässä 759/2004). An employee or job-applicant register:
# stricter than EMPLOYEES, whose bare "hakija"/"applicant" also names applicants for a flat or a school.
WORKFORCE = Matcher(
    r"työntekijä\w*", r"henkilöstö\w*", r"henkilökun\w*", r"työnhaki\w*", r"työpaikan hakij\w*",
    r"rekrytoi\w*", r"rekry(?!\w)", r"palkansaaj\w*", r"työsuhte\w*", r"työsuhde", r"harjoittelij\w*",
    r"(?:tehtäv|työpaik|virko|virka|toimee)\w* (?:\w+ ){0,3}hake\w*", r"avoimella hakemuksella",
    r"anställd\w*", r"personalen", r"personal(?:register|administration|ens)\w*", r"arbetssökand\w*",
    r"rekryter\w*", r"medarbetar\w*", r"arbetstagar\w*", r"söker (?:\w+ ){0,2}(?:tjänst|jobb|arbete)\w*",
    r"(?:sökande|ansökningar) till (?:\w+ ){0,2}tjänst\w*",
    r"palkanmaks\w*", r"palkanlask\w*", r"löneutbetal\w*", r"löneräkning\w*", r"anställning\w*",
    r"employees?", r"employment", r"payroll", r"staff", r"personnel",
    r"job (?:applicants?|candidates?|seekers?)", r"recruit\w*",
    r"workforce", r"trainees?", r"apply for (?:\w+ ){0,3}(?:positions?|jobs?|vacanc\w*|roles?)",
    r"applicants? for (?:\w+ ){0,3}(?:positions?|jobs?|vacanc\w*|roles?)",
)
# An employment relationship as the purpose: "palkanmaksu", "rekrytointi" (not "staff" who handle data).
EMPLOYMENT = Matcher(
    r"työsuhte\w*", r"työsuhde", r"työsopimu\w*", r"palkanmaks\w*", r"palkanlask\w*", r"rekrytoi\w*",
    r"työnhaki\w*", r"henkilöstöhallin\w*", r"henkilöstörekister\w*",
    r"anställning\w*", r"arbetsavtal\w*", r"löneutbetal\w*", r"löneräkning\w*", r"rekryter\w*",
    r"personaladministration\w*", r"personalregist\w*",
    r"employment", r"payroll", r"recruit\w*", r"hiring", r"human resources", r"personnel administration",
)
WORKING_LIFE_ACT = Matcher(
    r"759/2004", r"työelämän tietosuojalai?\w*", r"laki\w* yksityisyyden suojasta työelämässä",
    r"lagen om integritetsskydd i arbetslivet", r"integritetsskyddslagen",
    r"act on the protection of privacy in working life", r"privacy in working life act",
)
# Section numbers of that Act as documents cite them: "5 §", "5 §:n", "s. 5", "section 5".
WORKING_LIFE_SECTION = {
    number: Matcher(rf"{number}\s*§", rf"§\s*{number}(?!\d)", rf"(?:s\.|section)\s*{number}(?!\d)")
    for number in (4, 5, 13, 16, 17, 21)
}
# Sources about an employee or applicant other than the person (759/2004 4 §), by kind: each kind needs
# the person's consent or a law of its own.
EMPLOYEE_SOURCES = {
    "references": Matcher(
        r"suosittelij\w*", r"referenssi\w*", r"(?:aiemp|edellis|entis)\w* työnantaj\w*",
        r"referensperson\w*", r"referens\w*", r"tidigare arbetsgivar\w*",
        r"referees?", r"references?", r"(?:previous|former) employers?",
    ),
    "online": Matcher(
        r"sosiaali\w* media\w*", r"somesta", r"hakukonei\w*", r"hakukone\w*", r"internet\w*", r"linkedin\w*",
        r"facebook\w*", r"instagram\w*", r"sociala medier\w*", r"sökmotor\w*", r"social media",
        r"search engines?", r"online searches?", r"internet searches?",
    ),
    "background": Matcher(
        r"luottotie\w*", r"taustaselvity\w*", r"taustatarkist\w*", r"turvallisuusselvity\w*",
        r"kreditupplysning\w*", r"bakgrundskontroll\w*", r"säkerhetsutredning\w*",
        r"credit (?:checks?|information|reports?)", r"background checks?", r"security clearance\w*",
    ),
}
# "Tietoja ei kerätä muista lähteistä ilman suostumusta": one statement for every kind of source.
OTHER_SOURCES = Matcher(
    r"muista lähteistä", r"muualta", r"kolmansilta", r"muilta kuin", r"andra källor", r"från andra än",
    r"tredje part\w*", r"other sources", r"third parties", r"anyone else",
)
# Laws that allow such a source without consent, besides consent itself.
EMPLOYEE_SOURCE_LAW = Matcher(
    r"luottotietolai?\w*", r"527/2007", r"turvallisuusselvitys?lai?\w*", r"726/2014",
    r"rikosrekisterilai?\w*",
    r"504/2002", r"kreditupplysningslag\w*", r"säkerhetsutredningslag\w*", r"credit information act",
    r"security clearance act",
)
# Personality and aptitude tests (759/2004 13 §).
PERSONALITY_TEST = Matcher(
    r"persoonallisuustest\w*", r"persoonallisuusarvi\w*", r"soveltuvuustest\w*", r"soveltuvuusarvi\w*",
    r"psykologi\w* (?:testi|testa|arvi|soveltuvuus)\w*", r"henkilöarvi\w*", r"\w*psykometri\w*",
    r"personlighetstest\w*", r"lämplighetstest\w*", r"lämplighetsbedömning\w*", r"psykologisk\w* test\w*",
    r"(?:personality|aptitude|psychometric|psychological)(?: (?:and|or) (?:personality|aptitude))? "
    r"(?:tests?|testing|assessments?|profiling)",
)
# Health data of employees beyond what 759/2004 5 § allows an employer: diagnoses, health questions to
# applicants, medication, sickness history.
HEALTH_BEYOND_EMPLOYMENT = Matcher(
    r"diagnoo\w*", r"diagnos\w*", r"terveyskysym\w*", r"terveyskysely\w*", r"lääkity\w*",
    r"pitkäaikaissairau\w*", r"sairauspoissaolojen määr\w*",
    r"hälsofråg\w*", r"hälsoformulär\w*", r"medicinering\w*", r"kroniska sjukdom\w*",
    r"health (?:questions?|questionnaires?)", r"medication", r"chronic (?:illness|disease)\w*",
)

# Camera surveillance (759/2004 16–17 §) and the places it may never cover (16 § 2 mom.).
CAMERA_SURVEILLANCE = Matcher(
    r"kameravalvon\w*", r"tallentav\w* kamer\w*", r"videovalvon\w*", r"valvontakamer\w*",
    r"kamer(?:a|at|oiden|oita|oilla|alla)(?!\w)",
    r"kameraövervak\w*", r"videoövervak\w*", r"övervakningskamer\w*", r"kamer(?:or|orna|an)(?!\w)",
    r"cctv", r"camera surveillance", r"video surveillance", r"(?:surveillance|security|cctv) cameras?",
    r"cameras?",
)
# Words that say a place is filmed, besides naming the camera ("Kamerat kattavat …").
FILMED = Matcher(
    r"kuva\w*", r"valvo\w*", r"katta\w*", r"film\w*", r"övervak\w*", r"täck\w*", r"cover\w*", r"record\w*",
)
CAMERA_FORBIDDEN_PLACE = Matcher(
    r"\w*taukotil\w*", r"\w*taukohuon\w*", r"sosiaalitil\w*", r"pukuhuon\w*", r"pukeutumistil\w*",
    r"wc(?!\w)", r"wc-tilo\w*", r"käymälä\w*", r"vessa\w*", r"henkilökohtai\w* työhuon\w*",
    r"pausrum\w*", r"personalrum\w*", r"omklädningsrum\w*", r"toalett\w*", r"socialutrymm\w*",
    r"sociala utrymmen",
    r"break ?rooms?", r"staff rooms?", r"changing rooms?", r"locker rooms?", r"toilets?", r"restrooms?",
    r"washrooms?",
)
# "Taukotilat on rajattu valvonnan ulkopuolelle": a place named to say it is not filmed.
EXCLUDED = Matcher(
    r"ulkopuol\w*", r"rajat\w* pois", r"lukuun ottamatta", r"paitsi", r"utanför", r"undanta\w*", r"utom",
    r"except\w*", r"exclud\w*", r"outside",
)
CO_OPERATION = Matcher(
    r"yhteistoiminta\w*", r"yt-\w*", r"1333/2021", r"334/2007", r"samarbetsförfarande\w*",
    r"samarbetslag\w*", r"samarbetsförhandling\w*", r"co-?operation (?:procedure|act|negotiations?)",
    r"employee consultations?", r"consult\w* (?:with )?(?:the |our )?(?:staff|employees|personnel)",
)
