"""What a title or a heading names: a kind of privacy document ("Tietosuojaseloste", "Privacy notice"),
a register ("Asiakasrekisteri", "Kundregistret"), what a register is kept for ("Newsletter", "Jäsenet"),
or something else (an app, a company, a date).

The one answer for the importer's three questions about titles: where a document holds a second
register (a heading that is a register's title), what a register is called (the name a title gives),
and where the controller's name stands after the document's title ("Privacy notice – Ubigu Oy").
"""

from __future__ import annotations

import re

# The kinds of document a register is described in, as their titles call them.
DOCUMENT_WORDS = (
    r"tietovirtakuvaus|rekisteri- ja tietosuojaseloste|tietosuojaseloste|rekisteriseloste"
    r"|tietosuojailmoitus|tietosuojakäytäntö|tietosuojaselvitys|seloste käsittelytoimista"
    r"|registerbeskrivning|dataskyddsbeskrivning|dataskyddsmeddelande|integritetspolicy|dataskyddspolicy"
    r"|privacy (?:notice|policy|statement)|data protection (?:notice|statement|policy)"
    r"|record of processing(?: activities)?"
)
_DOCUMENT_WORD = re.compile(rf"\b(?:{DOCUMENT_WORDS})\b", re.IGNORECASE)
# "Privacy notice – Ubigu Oy", "Tietosuojaseloste: Firma Oy": the document word that leads a title.
DOCUMENT_TITLE_LEAD = re.compile(rf"^(?:{DOCUMENT_WORDS})\s*[-–—:|]\s*", re.IGNORECASE)
# A register's name: "Asiakasrekisteri", "Jäsenrekisteri", "Kundregister", "Energicertifikatregistret",
# "Membership Registry" — not "Rekisterinpitäjä" nor "Register holder" (the controller). Searched for
# yes or no: no leading \w*, which made a long line quadratic.
_REGISTER_WORD = re.compile(
    r"rekisteri(?:t)?\b|regist(?:er|ret|ren|ry)\b(?!\s+(?:holder|keeper|owner|controller)\b)",
    re.IGNORECASE,
)
# What registers are kept for, named alone in a title: "Privacy notice – Newsletter", "– Jäsenet"; whole
# words, not a company's name that begins alike ("Kundo AB", "Asiakaspalvelu Oy", "Memberful").
_ACTIVITY = re.compile(
    r"\b(?:uutiskirjeet|uutiskirje|nyhetsbrevet|nyhetsbrev|newsletters?|jäsenet|jäsen|jäsenistö"
    r"|medlemmarna|medlemmar|medlem|members?|membership|asiakkaat|asiakas|asiakkuudet|kunderna|kunder|kund"
    r"|customers?|clients?|rekrytointi|rekrytoinnit|rekry|rekrytering|recruitment|recruiting"
    r"|kameravalvonta|kamerabevakning|cctv|video surveillance)\b",
    re.IGNORECASE,
)
# "Asiakasrekisteri - tietovirtakuvaus", "Tietosuojaseloste – Jäsenrekisteri": a title that joins a name
# and a document word with a dash or a colon.
_NAME_THEN_DOCUMENT = re.compile(rf"^(?P<name>.+?)\s*[-–—:|]\s*(?:{DOCUMENT_WORDS})\.?$", re.IGNORECASE)
_DOCUMENT_THEN_NAME = re.compile(rf"^(?:{DOCUMENT_WORDS})\s*[-–—:|]\s*(?P<name>.+)$", re.IGNORECASE)
_TITLE_NAME = (
    _NAME_THEN_DOCUMENT,
    _DOCUMENT_THEN_NAME,
    re.compile(rf"^(?P<name>.+?(?:rekisterin|registrets))\s+(?:{DOCUMENT_WORDS})$", re.IGNORECASE),
    re.compile(rf"^(?:{DOCUMENT_WORDS})\s+(?:för|for|of)\s+(?:the\s+)?(?P<name>.+)$", re.IGNORECASE),
    # "Tietosuojaseloste Energiatodistusten valvontatietorekisteri", "Dataskyddsbeskrivning X-registret"
    re.compile(rf"^(?:{DOCUMENT_WORDS})\s+(?P<name>.+)$", re.IGNORECASE),
)
# The day a document was written or last changed, leading a line.
DATED = re.compile(
    r"^(?:päivitetty|muokattu|viimeksi päivitetty|päivitetty viimeksi|laadittu|laatimispäivä|versio|päiväys"
    r"|uppdaterad|senast uppdaterad|updated|last updated|last modified|date)\b",
    re.IGNORECASE,
)
# What follows a document word and is no name: a second document joined on ("Tietosuojaseloste ja
# evästekäytäntö", "Privacy Policy and Cookie Policy").
_JOINED = re.compile(r"(?:ja|sekä|och|samt|and)\b|[&/]", re.IGNORECASE)
# A title that cites the law it follows ("EU:n tietosuoja-asetuksen mukainen tietosuojaseloste").
_LAW_WORDS = re.compile(r"asetu|gdpr|artikl|mukainen|enligt|according|henkilötietolain|förordning", re.I)
# Names are short: a longer line is a sentence, not a title.
_LONGEST_TITLE = 120


def names_a_document(text: str) -> bool:
    """ "Tietosuojaseloste", "Kameravalvonnan rekisteriseloste", "Privacy Policy | Supermetrics"."""
    return bool(_DOCUMENT_WORD.search(text))


# "Tämä tietosuojaseloste kuvaa …", "In this Privacy Policy, you'll find …", "Syftet med denna
# dataskyddsbeskrivning är …": the sentence opens with the document as its subject ("Yhteyshenkilölle
# tämä seloste annetaan pyynnöstä" says what is done with it).
_THIS_DOCUMENT = re.compile(
    r"[\W\d]*(?:in |i |syftet med |the purpose of |the aim of )?"
    r"(?:tämä|tämän|tässä|this|denna|detta)\s+(?:\w+\s+)?"
    rf"(?:(?:{DOCUMENT_WORDS})\w*|selostee?\w*|policy|notice|statement|\w*beskrivning\w*|\w*meddelande\w*)\b",
    re.IGNORECASE,
)


def speaks_of_the_document(sentence: str) -> bool:
    """The sentence is about the document itself ("Tämä tietosuojaseloste kuvaa, miten …", "This Privacy
    Policy describes …"): it introduces what the notice tells, it is no answer to one of its questions.
    "… the changes to this Privacy Policy" names the document only in passing."""
    return bool(_THIS_DOCUMENT.match(sentence))


def names_a_register(name: str) -> bool:
    """ "Asiakasrekisteri", "Kundregistret", "Tapaaminen.net käyttäjärekisteri", "Newsletter" (a short
    name of what a register is kept for) — not "Wattitutka", "Supermetrics" (an app, a company)."""
    return bool(_REGISTER_WORD.search(name) or (len(name.split()) <= 4 and _ACTIVITY.search(name)))


def is_register_title(heading: str) -> bool:
    """A heading that is the title of a register or of its document ("Jäsenrekisteri", "Kameravalvonnan
    tietosuojaseloste") — where a document describing several registers starts the next one."""
    return names_a_document(heading) or bool(_REGISTER_WORD.search(heading))


def joins_a_name_and_a_document_word(heading: str) -> bool:
    """ "Asiakasrekisteri – tietovirtakuvaus", "Tietosuojaseloste: Jäsenet": a title naming one register
    (or one service) of a document that may describe several, one title each. "Privacy policy – last
    updated 1 May 2024", "Tietosuojaseloste – 2024": a date is no register's name."""
    heading = _one_line(heading)
    match = heading and (_NAME_THEN_DOCUMENT.match(heading) or _DOCUMENT_THEN_NAME.match(heading))
    return bool(match) and len(_name_of(match)) >= 3


def register_name_from_title(text: str) -> str:
    """ "Asiakasrekisteri - tietovirtakuvaus" → "Asiakasrekisteri"; "" for a bare document title."""
    text = _one_line(text)
    if not text:
        return ""
    for pattern in _TITLE_NAME:
        if (match := pattern.match(text)) and (name := _name_of(match)) and not _LAW_WORDS.search(name):
            return name[:1].upper() + name[1:]
    if re.fullmatch(rf"(?:.*\s)?(?:{DOCUMENT_WORDS})", text, re.IGNORECASE):
        return ""
    return text if names_a_register(text) and len(text.split()) <= 8 else ""


def _one_line(text: str) -> str:
    """The title with its whitespace made single spaces; "" for a line too long to be a title."""
    text = " ".join(text.split())
    return text if len(text) <= _LONGEST_TITLE else ""


def _name_of(match: re.Match[str]) -> str:
    """The name a title's pattern found, without the marks around it and a genitive's "n"
    ("Asiakasrekisterin tietosuojaseloste"); "" where it names nothing."""
    name = match.group("name").strip(" .,:-–—|")
    if name.lower().endswith("rekisterin"):
        name = name[:-1]
    return "" if _names_nothing(name) else name


def _names_nothing(name: str) -> bool:
    """What a title gives after its document word is no name: a joined second document, a date or the
    day it was updated, a year, or another document word."""
    return bool(
        _JOINED.match(name) or DATED.match(name) or not re.search(r"[^\W\d_]", name) or names_a_document(name)
    )
