"""Which registers may hold a person's data, from their relationship to the organisation. No database.

Registers name their data subjects in free words ("Asiakkaat", "Entiset työntekijät", "Kunder",
"Newsletter subscribers"); the person says what they are (a customer, an applicant …). Both are read
with one small vocabulary of relationships, each with the stems of its words in Finnish, Swedish and
English. A stem matches at the start of a word, so inflected forms are found ("asiakkaiden" has
"*asiakk", "kunder" has "kund" but "sekunder" does not); a stem marked with * also inside a word, so
compounds are found ("työnhakijoiden" has "*hakij", "uutiskirjeentilaajat" has "*tilaaj").

A register that lists no data-subject categories is read from its name, description and the prose about
its data subjects and data instead.
The result is a suggestion to search: over-inclusive on purpose, since missing a register is the worse error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tietovirta.canonical import Register
from tietovirta.language import Msg


@dataclass(frozen=True)
class Relationship:
    key: str
    labels: tuple[str, str, str]  # fi, sv, en
    stems: tuple[str, ...]

    def label(self, lang: str) -> str:
        return Msg(*self.labels).text(lang)


RELATIONSHIPS: tuple[Relationship, ...] = (
    Relationship(
        "customer",
        ("asiakas", "kund", "customer"),
        ("*asiakas", "*asiakk", "*kuluttaj", "kund", "konsument", "customer", "client", "consumer"),
    ),
    Relationship(
        "prospect",
        ("mahdollinen asiakas", "potentiell kund", "prospective customer"),
        ("prospekt", "potentiaal", "liidi", "potentiell", "prospect", "potential", "lead"),
    ),
    Relationship(
        "contact_person",
        ("yhteyshenkilö", "kontaktperson", "contact person"),
        ("*yhteyshenkil", "*kontaktperson", "contact"),
    ),
    Relationship(
        "employee",
        ("työntekijä", "anställd", "employee"),
        ("*työntekij", "*henkilöst", "*henkilökun", "palkansaaj", "*anställd", "personal", "arbetstagar",
         "employee", "staff", "personnel", "worker"),
    ),
    Relationship(
        "applicant",
        ("työnhakija", "arbetssökande", "job applicant"),
        ("*hakij", "hakem", "*sökande", "kandidat", "applicant", "candidate"),
    ),
    Relationship(
        "subscriber",
        ("uutiskirjeen tilaaja", "prenumerant på nyhetsbrev", "newsletter subscriber"),
        ("*tilaaj", "uutiskirj", "*prenumer", "*nyhetsbrev", "subscriber", "newsletter"),
    ),
    Relationship("member", ("jäsen", "medlem", "member"), ("*jäsen", "*medlem", "member")),
    Relationship(
        "supplier",
        ("toimittaja tai yhteistyökumppani", "leverantör eller samarbetspartner", "supplier or partner"),
        ("*toimittaj", "*kumppan", "*alihankkij", "*leverantör", "partner", "supplier", "vendor"),
    ),
    Relationship(
        "visitor",
        ("vierailija", "besökare", "visitor"),
        ("*vierailij", "*kävijä", "*kävijö", "besökar", "visitor", "guest"),
    ),
    Relationship(
        "resident",
        ("asukas tai vuokralainen", "boende eller hyresgäst", "resident or tenant"),
        ("*asukas", "*asukk", "*vuokralai", "*hyresgäst", "boende", "tenant", "resident"),
    ),
    Relationship(
        "relative",
        ("omainen", "anhörig", "relative"),
        ("*omainen", "*omaiset", "*omaisen", "*omaisten", "*lähiomai", "*anhörig", "relative", "next of kin"),
    ),
)
BY_KEY = {r.key: r for r in RELATIONSHIPS}

_WORD = re.compile(r"[\w-]+")


def _words(text: str) -> list[str]:
    return [w.strip("-") for w in _WORD.findall(text.casefold())]


def _has_stem(text: str, stem: str) -> bool:
    if " " in stem:  # a phrase: as it stands
        return stem in text.casefold()
    words = _words(text)
    if stem.startswith("*"):
        return any(stem[1:] in word for word in words)
    return any(word.startswith(stem) for word in words)


def relationships_in(text: str) -> set[str]:
    """The keys of the relationships a text speaks of: a key itself, or words of the vocabulary."""
    if text in BY_KEY:
        return {text}
    return {r.key for r in RELATIONSHIPS if any(_has_stem(text, stem) for stem in r.stems)}


# Finnish case and plural endings, longest first: enough to meet a word in another form ("jäsenet" →
# "*jäsen", "opiskelijoiden" → "opiskelij"). Used only for words outside the vocabulary.
_ENDINGS = tuple(sorted(
    ("iden", "itten", "jen", "ien", "ten", "den", "lle", "lta", "ltä", "lla", "llä", "ssa", "ssä", "sta",
     "stä", "na", "nä", "ksi", "ine", "et", "at", "ät", "it", "jä", "ja", "ia", "iä", "en", "an", "än",
     "on", "in", "a", "ä", "t", "n", "s", "e", "i", "o"),
    key=len, reverse=True,
))
MIN_STEM = 4


def stem(word: str) -> str:
    """A word without its Finnish ending (at most two endings, never shorter than MIN_STEM letters)."""
    for _ in range(2):
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
                word = word[: -len(ending)]
                break
        else:
            break
    return word


# Words that say nothing about the relationship ("olen entinen opiskelija", "I am a former student").
_STOP_WORDS_TEXT = (
    "olen olin oli olet ollut entinen nykyinen aiempi sekä myös kanssa teidän teillä yrityksen "
    "jag är var före detta tidigare nuvarande eller också hos er ert era företagets "
    "i am was a an the former current previous your with also and or of at"
)
_STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())


def _free_words_match(asked: str, text: str) -> bool:
    """A word of the person's own description (not in the vocabulary) found in the register's text."""
    stems = [stem(w) for w in _words(asked) if len(w) >= MIN_STEM and w not in _STOP_WORDS]
    return any(_has_stem(text, "*" + s) for s in stems if len(s) >= MIN_STEM)


@dataclass(frozen=True)
class Match:
    register: Register
    because: str  # the register's words that matched: a data-subject category, or its name


def register_subjects_text(register: Register) -> tuple[list[str], bool]:
    """What a register says about its data subjects, and whether that is its categories (True) or,
    lacking them, its name and prose (False)."""
    categories = [c for c in register.data_subject_categories if c.strip()]
    if categories:
        return categories, True
    prose = [register.name, register.description, register.data_subjects_text, register.data_collected_text]
    return [text for text in prose if text.strip()], False


def matching_registers(asked: list[str], registers: list[Register]) -> list[Match]:
    """The registers whose data subjects match any of the person's relationships (keys or own words)."""
    wanted = set().union(*(relationships_in(text) for text in asked)) if asked else set()
    free = [text for text in asked if text not in BY_KEY and not relationships_in(text)]
    found = []
    for register in registers:
        texts, are_categories = register_subjects_text(register)
        for text in texts:
            if (relationships_in(text) & wanted) or any(_free_words_match(words, text) for words in free):
                found.append(Match(register, text if are_categories else register.name))
                break
    return found
