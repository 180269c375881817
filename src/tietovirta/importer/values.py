"""Structured values read out of the free text under a heading.

Each function takes the text of one section and returns what it could recognise; the text
itself is always kept by the caller. Patterns cover Finnish, Swedish and English phrasing.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from contextvars import ContextVar
from dataclasses import dataclass

from stdnum.fi import ytunnus

from tietovirta.analysis import entities, prose
from tietovirta.analysis import text as analysis_text
from tietovirta.analysis.bases import bases_in
from tietovirta.analysis.screen import Screened
from tietovirta.analysis.titles import DOCUMENT_TITLE_LEAD
from tietovirta.canonical.schema import (
    Contact,
    DataCategory,
    LegalBasis,
    RetentionUnit,
    SpecialCategory,
)

# --- text clean-up ---------------------------------------------------------------------------

_HTML_FRAGMENT = re.compile(r"</?(p|br|div|span|strong|em|b|i|u|ul|ol|li|a|h[1-6])\b[^>]*>", re.IGNORECASE)
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.IGNORECASE)


# In a plain-text or Markdown file, tags and entities are literally part of what the company
# published (markup leaked from an editor): keep them, so nothing is lost and the checks report
# them. In HTML, DOCX and PDF they are structure and become paragraphs and characters.
LITERAL_MARKUP: ContextVar[bool] = ContextVar("literal_markup", default=False)


def clean_text(text: str) -> str:
    """Plain text from a value: HTML fragments become paragraphs, entities characters."""
    if LITERAL_MARKUP.get():
        return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()
    if _HTML_FRAGMENT.search(text):
        text = re.sub(r"(?i)<br\s*/?>", "\n", text)
        text = re.sub(r"(?i)</(p|div|li|h[1-6])>\s*", "\n\n", text)
        text = re.sub(r"(?i)<li\b[^>]*>", "- ", text)
        text = re.sub(r"<[^>]+>", "", text)
    if _ENTITY.search(text):
        text = html.unescape(text)
    text = text.replace("\u00a0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# --- legal basis -----------------------------------------------------------------------------


def legal_bases(text: str) -> list[LegalBasis]:
    """Art. 6(1) points named in a legal-basis section, in a–f order (analysis.bases reads them)."""
    return bases_in(text, basis_section=True)


# --- Y-tunnus --------------------------------------------------------------------------------

_BUSINESS_ID = re.compile(r"(?<![\d-])(\d{7})\s?[-‐–]\s?(\d)(?![\d-])")
_BUSINESS_ID_LABELLED = re.compile(
    r"(?:y-?tunnus|y\.?\s?tunnus|fo-?nummer|business id|org\.?\s?nr|företags- och organisationsnummer)"
    r"\s*[:.]?\s*"
    r"(\d{6,7})\s?[-‐–]?\s?(\d)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class BusinessId:
    value: str
    valid: bool
    span: tuple[int, int]


def find_business_id(text: str) -> BusinessId | None:
    """The first Y-tunnus in the text, formatted 1234567-8; kept even when its check digit fails."""
    match = _BUSINESS_ID_LABELLED.search(text) or _BUSINESS_ID.search(text)
    if match is None:
        return None
    value = f"{match.group(1).zfill(7)}-{match.group(2)}"
    return BusinessId(value, ytunnus.is_valid(value), match.span())


# --- contacts --------------------------------------------------------------------------------

# An address starts where its run of address characters starts: tried from inside a long word too, the
# pattern scanned the rest of it from every position (a 20 000-character word took seconds).
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# "etunimi.sukunimi(at)yritys.fi", "info [at] firma.fi", "info(ät)firma.fi", "info@firma(dot)fi".
_AT = re.compile(
    # A bare "at" before a web address is a place, not an address: "located at www.firma.fi",
    # "available at firma.fi/privacy" (possessive: giving back a space would let the test pass).
    r"\s*(?:\((?:at|ät|a)\)|\[(?:at|ät|a)\]|\{(?:at|ät)\}|\s(?:at|ät)\s++(?!www\.|https?:|[\w.-]+/))\s*"
    # "by email at anna@firma.fi": what follows a bare "at" is already an address.
    r"(?=[\w-]+(?:\.|\(dot\)|\[dot\]))(?![\w.+-]+@)",
    re.IGNORECASE,
)
_DOT = re.compile(r"\s*(?:\(dot\)|\[dot\]|\(piste\)|\(punkt\))\s*", re.IGNORECASE)


def deobfuscate_emails(text: str) -> str:
    """E-mail addresses written to fool harvesters, written normally: "info(at)firma.fi" → "info@firma.fi"."""
    if "@" not in text and not _AT.search(text):
        return text
    return _DOT.sub(".", _AT.sub("@", text))


# "etunimi.sukunimi@firma.fi" tells how the staff's addresses are formed: it is nobody's address.
_PATTERN_ADDRESS = re.compile(
    r"^(?:etunimi\.sukunimi|förnamn\.efternamn|firstname\.lastname|first\.last|forename\.surname)@",
    re.IGNORECASE,
)


# An address whose own name is the DPO's office ("tietosuojavastaava@kunta.fi", "dpo@firma.fi",
# "dataskyddsombud@stad.fi") reaches the DPO, whatever block of contact details it stands in.
_DPO_ADDRESS = re.compile(
    r"(?:tietosuojavastaava|dataskyddsombud(?:et)?|dpo|data[._-]?protection[._-]?officer)@", re.IGNORECASE
)


def dpo_address(text: str) -> str:
    """The first address in the text that is the DPO's by its name ("" if none)."""
    return next((m.group(0) for m in EMAIL.finditer(text) if _DPO_ADDRESS.match(m.group(0))), "")


def without_dpo_addresses(text: str) -> str:
    """The text with the DPO's own addresses taken out: they are no one else's contact."""
    return EMAIL.sub(lambda m: "" if _DPO_ADDRESS.match(m.group(0)) else m.group(0), text)


_DPO_WORD = re.compile(
    r"tietosuojavastaa\w*|dataskyddsombud\w*|data protection officer|(?-i:DPO)\b", re.IGNORECASE
)


def dpo_in_sentence(sentence: str) -> Contact | None:
    """The DPO's name, address and phone in a sentence about the DPO: the person it names as the DPO
    (`dpo_named`), an address named for the office, else the first address after the words naming the
    DPO ("… tietosuojavastaavalle, sähköposti: …")."""
    role = _DPO_WORD.search(sentence)
    if role is None:
        return None
    after = sentence[role.end() :]
    email = dpo_address(sentence) or find_email(after)
    name = dpo_named(sentence)
    if not (email or name):
        return None
    phone = PHONE.search(after)
    return Contact(name=name, email=email, phone=" ".join(phone.group(0).split()) if phone else "")


def names_an_organisation(name: str) -> bool:
    """ "Finnish Environment Institute", "Firma Oy": an organisation, not a person."""
    return bool(COMPANY.search(name) or _ORG_WORDS.search(name))


def find_email(text: str) -> str:
    """The first real e-mail address in the text ("" if none)."""
    return next((m.group(0) for m in EMAIL.finditer(text) if not _PATTERN_ADDRESS.match(m.group(0))), "")


_OBFUSCATED_EMAIL = re.compile(r"\[\s*email[\s\u00a0]*protected\s*\]", re.IGNORECASE)
PHONE = re.compile(r"(?<![\w-])(?:\+\d{3}|\(0\)|0)[\d ()-]{6,16}\d(?![\w-])")
URL = re.compile(r"\bhttps?://[^\s<>\"')]+|\bwww\.[\w-]+(?:\.[\w-]+)+[^\s<>\"')]*", re.IGNORECASE)
_COMPANY_SUFFIX = (
    r"(?:Oyj|Oy|Ab|Abp|AB|Ky|Ry|ry|Tmi|Ltd|Limited|Inc|LLC|Corporation|Corp|GmbH|AS|ASA|ApS|SA|BV|plc|Kb|Osk)"
)
COMPANY = re.compile(
    # "Asunto Oy Tammelan Helmi" puts the form first; other names end with it ("Ord & Bild Ab").
    # Words are bounded (no name's word is longer) so that a long run of "Ab-Ab-…" is read in linear time.
    r"\b((?:Asunto|Kiinteistö|Bostads|Fastighets)\s+(?:Oy|Ab)\s+[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){0,2}"
    rf"|(?:(?:[A-ZÅÄÖ0-9][\w&.'-]{{0,60}}|&)\s+){{0,4}}[A-ZÅÄÖ0-9][\w&.'-]{{0,60}}\s+{_COMPANY_SUFFIX})\b(?!:)"
)
# Job titles, also as the last part of a compound ("hallintolakimies", "projektipäällikkö",
# "utvecklingschef"); whole words only, so that no name's letters ("Christer") read as a title ("hr").
_TITLE_WORDS = re.compile(
    r"(?<!\w)(?:\w*(?:johtaja|päällikkö|lakimies|asiantuntija|koordinaattori|sihteeri|suunnittelija|neuvoja"
    r"|tuottaja|kehittäjä|vastaava|yrittäjä|omistaja|isännöitsijä|rehtori|opettaja|tiedottaja|esihenkilö"
    r"|esimies|assistentti|terapeutti|lääkäri|kirjuri|juristi|direktör|chef|ansvarig|sakkunnig|expert"
    r"|sekreterare|ordförande|jurist|assistent|handläggare|disponent|koordinator|specialist|manager|director"
    r"|officer|owner|assistant|counsel|coordinator|founder|secretary|president|lawyer)"
    r"|head of [\w ]+|(?:senior|junior|chief|legal|lead)\s+\w+|vd|ceo|cfo|cto|coo|hr)(?!\w)",
    re.IGNORECASE,
)
# Two or three capitalised words; a nobiliary particle may stand between them ("Martin von Willebrand").
_NAME_PART = (
    r"[A-ZÅÄÖ][a-zåäöéü'-]+(?:(?:[ -]|\s(?:von|van|der|den|de|af|di|da|du|le)\s)[A-ZÅÄÖ][a-zåäöéü'-]+){1,2}"
)
_NAME = re.compile(rf"^{_NAME_PART}$")
_NAME_IN = re.compile(rf"(?<![\w-]){_NAME_PART}(?![\w-])")
_LABEL_PREFIX = re.compile(
    r"^(?:[-–•*]\s*)?(?:(?:yhteyshenkilö|yhteyshenkilön nimi|vastuuhenkilö|kontaktperson|contact person"
    r"|contact)\s*:\s*)?(nimi|name|namn|sähköposti|s-posti|e-mail|email|e-post|puhelin|puh|tel|phone|telefon|gsm"
    r"|matkapuhelin|titteli|tehtävä|title|befattning|osoite|address|adress|y-tunnus|business\s+id|fo-nummer)?"
    r"\.?\s*:?\s*",
    re.IGNORECASE,
)
# A role standing where a person's name would ("Tietosuojatiimi", "Yhteyshenkilö tietosuoja-asioissa").
_ROLE = re.compile(
    r"tiimi|vastaava|yhteyshenkilö|asiat\b|ylläpito|toimisto|palvelu|team|officer|desk|kontakt|ansvarig"
    r"|puheenjohtaja|sihteeri|hallitus|ordförande|styrelse|chair|secretary|board|service|support|kundtjänst",
    re.IGNORECASE,
)


# A label that gives one detail of a person or an organisation ("Sähköposti", "Puh.", "E-post", "Title").
_DETAIL_LABEL = re.compile(
    r"\W*(?:nimi|name|namn|sähköposti(?:osoite)?|s-posti|e-?mail|e-post|puhelin(?:numero)?|puh|tel|tfn|phone"
    r"|telefon(?:nummer)?|gsm|matkapuhelin|mobile|mobil|titteli|tehtävä|tehtävänimike|title|befattning"
    r"|osoite|postiosoite|käyntiosoite|address|adress|postadress|besöksadress)\W*",
    re.IGNORECASE,
)


def names_a_detail(label: str) -> bool:
    """The label names one detail of a party ("Sähköposti:", "Phone"), nothing whose it is."""
    return bool(_DETAIL_LABEL.fullmatch(label.strip()))


# Capitalised words of an office or a subject, never of a person's name: "Data Protection (Officer)",
# "Customer Service", "Privacy Team", "Tietosuoja Asiat".
_NOT_A_PERSON = re.compile(
    r"(?<!\w)(?:data|protection|privacy|personal|customer|service|services|support|team|office|contact"
    r"|information|group|company|legal|affairs|tietosuoja\w*|asiakaspalvelu|dataskydd\w*|kundtjänst)(?!\w)",
    re.IGNORECASE,
)


def looks_like_name(text: str) -> bool:
    text = text.strip()
    return (
        bool(_NAME.match(text))
        and not re.search(_COMPANY_SUFFIX + r"$", text)
        and not _NOT_A_PERSON.search(text)
    )


# A sentence that names the person who is the DPO, the role first ("Tietosuojavastaavana toimii Anna
# Virta", "Our Data Protection Officer is Jane Smith", "Vårt dataskyddsombud är Erik Holm") or the
# person first ("Anna Virta toimii yhtiön tietosuojavastaavana", "Jane Smith is our DPO"), or the
# person with the role as a title after the name, as a signature gives it ("Anna Virta, tietosuojavastaava").
_DPO_ROLE = r"(?:tietosuojavastaa\w*|dataskyddsombud\w*|data protection officer|(?-i:DPO))"
# Words saying how the DPO is reached: what follows them is a channel ("… saa yhteyden Microsoft Teamsin
# kautta"), not the DPO's name.
_HOW_REACHED = (
    r"(?:voi|saa|tavoit\w*|yhtey\w*|osoit\w*|kautta|can|may|be|reached|contacted|via|through|at|by|nås|kan"
    r"|genom|per|på)(?!\w)"
)
_DPO_NAMED = re.compile(
    # The verb may be left out ("yhtiön tietosuojavastaava Anna Virta, puh. …"), and a title may stand
    # before the name in lower case ("Tietosuojavastaavana toimii hallintolakimies Anna Virta").
    rf"{_DPO_ROLE}(?:\s*\([^)]{{1,20}}\))?"
    r"(?:\s*(?:(?:on|toimii|is|är|fungerar som|acts as)\s+|[:–,-]\s*)|\s+)"
    rf"(?:(?!{_HOW_REACHED})(?-i:[a-zåäö][\w-]*)\s+){{0,3}}(?P<after>(?-i:{_NAME_PART}))(?![\w-])"
    rf"|(?<![\w-])(?P<before>(?-i:{_NAME_PART}))(?:,[^,.]{{1,40}},)?"
    rf"\s+(?:toimii|on|is|är|fungerar som|acts as|serves as)\s+(?:\w+\s+){{0,3}}{_DPO_ROLE}"
    rf"|(?<![\w-])(?P<titled>(?-i:{_NAME_PART}))(?:\s*[,(]\s*|\s+){_DPO_ROLE}(?!\w)",
    re.IGNORECASE,
)


# Words that open a phrase naming whose DPO it is, not a person: "The Group's Data Protection Officer".
_NOT_A_NAME = re.compile(r"^(?:the|our|your|its|this|their|vår|vårt|meidän)\b|['’]s$|:n$", re.IGNORECASE)


def dpo_named(text: str) -> str:
    """The person the text names as the DPO ("" if it names none, or an organisation)."""
    for match in _DPO_NAMED.finditer(text):
        name = match.group("after") or match.group("before") or match.group("titled")
        # Case-blind matching finds the role's words; the name itself must be written as a name.
        if looks_like_name(name) and not names_an_organisation(name) and not _NOT_A_NAME.search(name):
            return name
    return ""


# Where one detail of a person ends and the next begins: a separator, or a detail's own label run into
# the line ("Maija Virta Y-tunnus 1142048-1 maija@…", as Markdown joins a label's lines into one).
_DETAIL_BREAK = re.compile(
    r"[,;\n/|·•]|\s[–-]\s|\s{2,}|(?<=[a-zåäö])\.\s+(?=[A-ZÅÄÖ])"
    r"|\s(?=(?:y-tunnus|puh|puhelin|tel|tfn|gsm|sähköposti|s-posti|e-?mail|e-post|osoite|phone|address|adress)"
    r"[.:]?\s)",
    re.IGNORECASE,
)


# A name with the street address run on after it, as Markdown joins a block's lines into one.
_NAME_BEFORE_ADDRESS = re.compile(rf"({_NAME_PART})\s+(?=[A-ZÅÄÖ][\w.-]*\s+\d)")


def parse_contact(text: str) -> Contact | None:
    """A person with e-mail and phone from text such as 'Walttia Oy, Piia Vuorio, piia@… , 040 123 4567'."""
    email = find_email(text)
    phone = PHONE.search(text)
    name = title = ""
    for piece in _DETAIL_BREAK.split(text):
        # "Gurmann Saini gurmann.saini17@gmail.com": what is left beside the address may be the name.
        for pattern in (EMAIL, PHONE, URL, _OBFUSCATED_EMAIL):
            piece = pattern.sub(" ", piece)
        piece = _LABEL_PREFIX.sub("", " ".join(piece.split())).strip(" .()<>[]")
        if not piece:
            continue
        if COMPANY.search(piece):
            continue
        title_word = _TITLE_WORDS.search(piece)
        rest = (
            (piece[: title_word.start()] + " " + piece[title_word.end() :]).strip() if title_word else piece
        )
        if not name and (found := _NAME_BEFORE_ADDRESS.match(piece)):
            # "Antti Virolainen Bulevardi 14": the name and the street run into one line.
            name = found.group(1)
        elif not name and title_word and (found := _NAME_IN.search(rest)) and looks_like_name(found[0]):
            # "Toimitusjohtaja Jari Kivinen": a title and a name in one piece.
            name = found.group(0)
            around = piece.replace(name, "").strip(" ,")
            # Only the title, not the sentence it stands in ("… voit olla yhteydessä markkinointipäällikkö").
            title = title or (around if len(around.split()) <= 3 else title_word.group(0))
        elif not name and looks_like_name(piece):
            name = piece
        elif not title and title_word and len(piece) < 60:
            title = piece if len(piece.split()) <= 4 else title_word.group(0)
    if not name:
        # "Matti Meikäläinen (toimitusjohtaja)", a name with an odd character, or a role in its place.
        first = _LABEL_PREFIX.sub("", text.strip().split("\n")[0]).strip()
        candidate = re.split(r"[,(;:]", first)[0].strip(" .")
        words = candidate.split()
        capitalised = bool(words) and all(w[:1].isupper() for w in words)
        if (
            candidate
            and len(words) <= 5
            and not COMPANY.search(candidate)
            and not _FIELD_LINE.match(candidate)  # "Company ID: 2552282-5" names no one
            and not re.search(r"\d|@", candidate)
            and ((capitalised and len(words) >= 2) or (_ROLE.search(candidate) and (email or phone)))
        ):
            # "Heidi Tuimala Perhetalo Heideken": four capitalised words are a name run on into a place.
            leading = " ".join(words[:2])
            name = leading if capitalised and len(words) >= 4 and looks_like_name(leading) else candidate
    if not (name or email or phone):
        return None
    return Contact(
        name=name,
        title=title,
        email=email,
        phone=" ".join(phone.group(0).split()) if phone else "",
    )


# Labels that say whose details follow in a block of contact details. The register's contact person
# is whoever answers for register matters ("rekisteriasioista vastaava", "ansvarsperson för
# registerärenden"); a bare "vastuuhenkilö" is the person responsible, not necessarily the one to ask.
_ROLE_LABELS = {
    "dpo": r"tietosuojavastaava(?:n\s+yhteystiedot)?|dataskyddsombud(?:et|ets\s+kontaktuppgifter)?"
    r"|data\s+protection\s+officer|DPO",
    "contact_person": r"(?:rekisterin\s+)?yhteyshenkilö(?:t|n\s+yhteystiedot)?"
    r"(?:\s+(?:rekisteriä\s+koskevissa\s+asioissa|rekisteriasioissa|tietosuoja-asioissa))?"
    r"|yhteysosoite\s+rekisteriä\s+koskevissa\s+asioissa|rekisteriasioista\s+vastaava(?:\s+henkilö)?"
    r"|(?:rekisteriasioita\s+hoitava|(?:rekisteristä\s+)?vastaava)\s+henkilö"
    r"|(?:personuppgiftsansvariges\s+)?kontaktperson(?:er|erna|en)?(?:\s+(?:för\s+registret|i\s+registerärenden"
    r"|för\s+registerfrågor|i\s+ärenden\s+som\s+gäller\s+registret))?"
    r"|kontakt\s+i\s+(?:integritets|dataskydds)frågor|ansvarsperson\s+för\s+registerärenden"
    # Whose matters the contact answers for, in any words: "Kontaktperson för dataskydd är …", "Contact
    # person in case of matters relating to the processing of personal data: …".
    r"|kontaktperson(?:en)?\s+(?:för|i)\s+(?:dataskydd|integritet|personuppgift)\w*"
    r"|contact\s+person\s+(?:for|in|on|regarding|concerning|in\s+case\s+of)\s+[^:\n]{3,80}?(?=\s*:)"
    r"|(?:yhteydenotto\s+)?tietosuoja-asi(?:at|oissa)|contact\s+(?:for|in)\s+(?:privacy|data\s+protection)\s+matters"
    r"|(?:the\s+)?(?:data\s+protection\s+)?contact\s+person(?:\s+for\s+(?:the\s+)?register(?:\s+matters)?)?"
    r"|contact\s+(?:person|address)\s+for\s+matters\s+concerning\s+the\s+register"
    # The person who represents a Finnish controller; an EU representative (Art. 27) is another thing.
    r"|(?:rekisterinpitäjän\s+edustaja|företrädare\s+för\s+den\s+personuppgiftsansvarige"
    r"|controller's\s+representative)(?!\s+(?:in|i)\s+(?:the\s+)?(?:EU|Europe))",
    "responsible_person": r"(?:rekisterinpitäjän\s+)?vastuu?henkilö|ansvarsperson|responsible\s+person",
    "controller": r"rekisterin\s?(?:ylläpitäjä|pitäjä)(?:nä)?|personuppgiftsansvarig"
    r"|(?:the\s+)?(?:data\s+)?controller",
}
_ROLE_WORDS = "|".join(f"(?P<{role}>{words})" for role, words in _ROLE_LABELS.items())
# A label opens a line or a sentence and is followed by a colon, "on/är/is" or the end of its line;
# with a colon it may also stand inside a line ("… Tfn 0295 251 000 Kontaktpersoner: …"). A numbered
# heading may run into its value, as in text out of a PDF ("3. Vastaava henkilö Anna Virta puh. …").
# Whose person the label names, said before it: "Rekisterinpitäjän yhteyshenkilö:", "Yhtiön
# tietosuojavastaava:", "Kuppi Oy:n tietosuojavastaava:", "Företagets dataskyddsombud:", "Our DPO:" — the
# organisation's own, not a customer's ("Asiakkaan yhteyshenkilö: nimi, puhelin" lists data collected).
_OWNER = (
    r"(?:(?:rekisterinpitäjän|yhtiön|yrityksen|kaupungin|kunnan|yhdistyksen|seuran|organisaation|konsernin"
    r"|koulun|palvelun|företagets|bolagets|stadens|kommunens|föreningens|organisationens|koncernens|our"
    r"|the\s+(?:company|controller|group|organisation|organization)['’]s"
    r"|(?-i:[A-ZÅÄÖ])[\w&.-]*(?:\s+(?-i:[A-ZÅÄÖ])[\w&.-]*){0,3}(?::n|['’]s))\s+)?"
)
_ROLE_LABEL = Screened(
    r"(?:^[ \t]*(?P<numbered>\d{1,2}[.)])[ \t]*"
    rf"|(?P<opens>(?:^|(?<=[.;·•|])|(?<=\s[–-]\s))[ \t]*(?:[-–•*][ \t]*)?{_OWNER})"
    r"|(?<=\s)(?=(?-i:[A-ZÅÄÖ])))"
    rf"(?:{_ROLE_WORDS})"
    r"(?:[ \t]*:"
    r"|(?(opens)(?:[ \t]+(?:on|är|is)\b|[ \t]*$)"
    r"|(?(numbered)(?:[ \t]+(?!(?:ja|och|and|sekä|samt)\b)|[ \t]*$)|(?!))))[ \t]*",
    re.IGNORECASE | re.MULTILINE,
)
_ROLE_IN_HEADING = re.compile(rf"(?<!\w)(?:{_ROLE_WORDS})(?!\w)", re.IGNORECASE)
PEOPLE = ("contact_person", "responsible_person", "dpo")


# Where the detail lines under a label end: a sentence of prose or the next numbered heading.
_END_OF_DETAILS = re.compile(r"^(?:(?:\S+\s+){7,}\S*[.!?]|\d{1,2}[.)]\s+[A-ZÅÄÖ].*)$")


_ROLE_LINE = re.compile(rf"[ \t]*(?:{_ROLE_WORDS})[ \t]*:?[ \t]*", re.IGNORECASE)


def _titles_before_names(text: str) -> str:
    """A signature's lines, name first and then the role ("Anna Virta\nTietosuojavastaava\nanna@…"),
    turned into a label's order (the role, then her name and details)."""
    lines = text.split("\n")
    for i in range(1, len(lines)):
        name, role = lines[i - 1].strip(), lines[i]
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if (
            _ROLE_LINE.fullmatch(role)
            and looks_like_name(name)
            and not names_an_organisation(name)
            and not looks_like_name(following)
        ):
            lines[i - 1], lines[i] = role, lines[i - 1]
    return "\n".join(lines)


def contact_roles(text: str) -> dict[str, str]:
    """A block of contact details cut by its labels: role → the text under that role's labels ("" →
    the text before the first label). "Yritys Oy, 1234567-8\nYhteyshenkilö: Anna Virta, anna@yritys.fi"
    → {"": "Yritys Oy, 1234567-8", "contact_person": "Anna Virta, anna@yritys.fi"}. A role written
    under a name, as in a signature, is that person's label."""
    text = _titles_before_names(text)
    parts: dict[str, list[str]] = {}
    role, start = "", 0
    for match in [*_ROLE_LABEL.finditer(text), None]:
        chunk = text[start : match.start() if match else len(text)]
        if not role:
            parts.setdefault("", []).append(chunk)
        else:
            own, _, after = chunk.partition("\n")
            lines = after.split("\n")
            # The detail lines under a label: "Sähköposti: …", "Osoite: …".
            ends = [n for n, line in enumerate(lines) if _END_OF_DETAILS.match(line.strip())]
            last = ends[0] if ends else len(lines)
            details, rest = "\n".join(lines[:last]), "\n".join(lines[last:])
            if own.strip() and (find_email(own) or PHONE.search(own)):
                # "Yhteyshenkilö: Anna Virta, anna@…": her line is hers, the lines after are the block's.
                parts.setdefault(role, []).append(own)
                parts.setdefault("", []).append(after)
            elif own.strip():
                # "Yhteyshenkilö: Anna Virta", then "Sähköposti: …": she shares the block's details.
                parts.setdefault(role, []).append(f"{own}\n{details}")
                parts.setdefault("", []).append(after)
            else:
                # A label alone on its line heads the detail lines below it.
                parts.setdefault(role, []).append(details)
                parts.setdefault("", []).append(rest)
        if match:
            role, start = match.lastgroup or "", match.end()
    joined = {r: "\n".join(p.strip() for p in texts if p.strip()) for r, texts in parts.items()}
    return {r: t for r, t in joined.items() if t or r}


def roles_named(heading: str) -> set[str]:
    """The roles a heading names: "Rekisterinpitäjä ja tietosuojavastaava" → {"controller", "dpo"}."""
    return {m.lastgroup or "" for m in _ROLE_IN_HEADING.finditer(heading)}


_CONTROLLER_ALONE = re.compile(
    rf"\W*(?:\d{{1,2}}[.)]?\s*)?(?:{_ROLE_LABELS['controller']})\W*", re.IGNORECASE
)


def names_only_the_controller(heading: str) -> bool:
    """The heading is the controller's name for itself alone ("3. Rekisterinpitäjä", "Data Controller"),
    not "Rekisterinpitäjä ja yhteyshenkilö" nor "Rekisterinpitäjä ja yhteystiedot"."""
    return bool(_CONTROLLER_ALONE.fullmatch(heading.strip()))


def person_role(heading: str) -> str:
    """The person a heading is about when it names exactly one ("Yhteyshenkilö rekisteriä koskevissa
    asioissa" → "contact_person", "Rekisterinpitäjä ja tietosuojavastaava" → "dpo"), else ""."""
    found = roles_named(heading) & set(PEOPLE)
    return found.pop() if len(found) == 1 else ""


def controller_details(text: str) -> bool:
    """The text gives an organisation's details: its Y-tunnus, postal address or name with its form."""
    info = parse_organization(text)
    named = COMPANY.search(info.name) or _ORG_WORDS.search(info.name)
    return bool(info.business_id or info.postal_code or named)


def after_controller_name(text: str) -> str:
    """A controller's block without its first line when that line names the controller, a company or
    a private person ("Anna Virta"): what is left may name someone else."""
    lines = [line for line in text.split("\n") if line.strip()]
    if lines and _name_candidate(" ".join(lines[0].split())):
        lines = lines[1:]
    return "\n".join(lines)


def names_a_person(text: str) -> bool:
    """A person is named in the text ("Yhteystiedot: Anna Virta, anna@…"), not only a company."""
    return _a_person(parse_contact(text))


def _a_person(contact: Contact | None) -> bool:
    return bool(contact and contact.name and not COMPANY.search(contact.name))


# "(yhteystiedot kohdassa 1)", "(kontaktuppgifter ovan)": the details are those given above.
_DETAILS_ABOVE = re.compile(
    r"(?:yhteystiedot|kontaktuppgifter|contact\s+details)[^.\n]{0,30}(?:kohda|punkt|ovan|yllä|edellä|above|section)",
    re.IGNORECASE,
)


def refers_to_details_above(text: str) -> bool:
    return bool(_DETAILS_ABOVE.search(text))


# "Rekisteristä vastaa yhtiön toimitusjohtaja Anna Virta.", "För registret ansvarar Erik Holm.": a
# sentence naming who answers for the register, wherever it stands.
_ANSWERS_FOR_REGISTER = Screened(
    r"(?:(?:rekisteristä|rekisteriasioista|rekisteriä\s+koskeviin\s+kysymyksiin"
    r"|tietosuoja-asioihin(?:\s+liittyviin\s+kysymyksiin)?|tietosuojakysymyksiin)\s+vastaa"
    r"|för\s+registret\s+ansvarar|(?:questions|enquiries)\s+(?:about|concerning|regarding)\s+"
    r"(?:the\s+register|data\s+protection|privacy)\s+are\s+(?:answered|handled)\s+by)"
    r"\s+(?P<who>[^.!?\n]{3,80})[.!?]?(?P<after>[^\n]*)",
    re.IGNORECASE,
)


# A general contact label ("Contact:", "Kontakt:", "Yhteystiedot:") is the organisation's own contact,
# unless what follows it is a person ("Contact: Jane Doe, CEO, jane@…"): then she is the one to ask.
_CONTACT_LABEL = Screened(
    r"(?:^|(?<=[.;\n])|(?<=\s)(?=(?-i:[A-ZÅÄÖ])))[ \t]*(?:contact|kontakt|yhteystiedot|yhteydenotot)[ \t]*:"
    # The person on the label's line or the next, and the detail lines after it.
    r"[ \t]*\n?[ \t]*(?P<rest>[^\n]{3,160}(?:\n[^\n]{3,80}){0,2})",
    re.IGNORECASE | re.MULTILINE,
)


def person_under_contact_label(text: str) -> tuple[Contact, str] | None:
    """The person a general contact label gives, with that line, or None when it gives none."""
    for match in _CONTACT_LABEL.finditer(text):
        contact = parse_contact(match.group("rest"))
        if (
            contact is not None
            and _a_person(contact)
            and looks_like_name(contact.name)
            and not _ROLE.search(contact.name)  # "Contact: Customer Service, …" is the organisation's
        ):
            return contact, match.group(0).strip()
    return None


def register_contact_in_prose(text: str) -> tuple[Contact, str] | None:
    """The person a sentence says answers for the register, with the address the next sentence may
    give ("… vastaa Anna Virta. Sähköpostia voi lähettää osoitteeseen anna@…"), and that sentence."""
    for match in _ANSWERS_FOR_REGISTER.finditer(text):
        contact = parse_contact(f"{match.group('who')}\n{find_email(match.group('after'))}")
        if contact is not None and _a_person(contact):
            return contact, match.group(0)
    return None


# --- organisation block ----------------------------------------------------------------------

_FINLAND = r"(?:Finland|Suomi|Finnland)"  # the country a Finnish address ends with

# A large organisation's own postal code has its name as the locality ("00014 Helsingin yliopisto",
# "FI-00014 University of Helsinki", "00014 Helsingfors universitet").
_POSTAL = re.compile(
    r"\b(?:FI-|SF-|FIN-)?(\d{5})[ \t]+([A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+| (?:yliopisto|universitet|högskola"
    r"|korkeakoulu)\b| of [A-ZÅÄÖ][\w-]+)?)"
)
# A city named with its country and no postal code: "Helsinki, Finland", "Osoite: Helsinki, Suomi", "…,
# Posio, Finland" — one word that is a place's, at the start of a line, after a label or after a comma.
# The blanks after the country can be split only one way, so a long run of them is read in linear time.
_CITY_COUNTRY = re.compile(
    r"(?m)(?:^[ \t]*|,[ \t]*|(?i:osoite|address|adress|kotipaikka|hemort|domicile)[ \t]*:[ \t]*)"
    rf"([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ]?[a-zåäö]+)?),[ \t]*{_FINLAND}[ \t]*(?:\.[ \t]*)?$"
)
_STREET_WORDS = (
    r"katu|tie|kuja|polku|väylä|kaari|rinne|ranta|raitti|aukio|tori|puistikko|mäki|piha|linja|kulma|"
    r"gatan|gata|vägen|väg|gränd|esplanaden|esplanadi|torget|allén|stigen|backen|kajen|road|street|avenue"
)
# The words before the street word and the house number's tail ("28 A 13") are bounded: unbounded, each
# street word on a long line scanned to the line's end, and a 20 000-character line took seconds. The
# longest on the corpus are 12 and 9 characters. "\d" and a tail of word characters match what "\d+" and
# the same tail did: the digits of a house number end no match by themselves. The street's word starts
# where a word does (no letter before it): bounded, a longer word would be cut to its last letters.
_STREET = Screened(
    rf"((?:[A-ZÅÄÖ][\w-]{{0,40}} )?(?<![^\W\d_])[A-ZÅÄÖa-zåäö][\w.-]{{0,40}}(?:{_STREET_WORDS})"
    r"\s+\d[\w ,-]{0,40}?(?:,\s*PL\s*\d+)?)"
    r"(?=,\s*(?:FI-)?\d{5}|\s+(?:FI-)?\d{5}\s|\s*\n|$|,\s*FI)"
    # "PL 123 (Kauppakatu 1)": the brackets hold a street, not the postal code ("PL 123 (00101 Helsinki)").
    r"|\b((?:PL|PB|PO Box|P\.O\. Box)\s*\d+(?:\s*\((?!\d)[^()\n]{3,60}\))?)",
    re.MULTILINE,
)
# Any "Name 12 B" line right above the postal code line is the street address.
_STREET_BEFORE_POSTAL = re.compile(
    r"(?m)^([A-ZÅÄÖ][\w .-]+\s\d+(?:\s?[A-Za-z])?(?:\s\d+)?)\s*,?\s*\n\s*\d{5}\s"
)
# "Holmankorpi 3F, 02210 Espoo", "Wilhelm Schildtin katu 28 A 13, 40740 Jyväskylä": a name and a number
# before a comma and the postal code is the street, whatever word the street's name ends in.
# A house number has at most three digits, and a label or a month is no street's first word
# ("Y-tunnus 1234567, 00100 Helsinki", "Lokakuu 2024, …").
_NO_STREET_WORD = (
    r"(?i:y-tunnus|business|org|vat|puh|puhelin|tel|tfn|telefon|phone|gsm|mobile|fax|faksi|email|e-post"
    r"|sähköposti|tammikuu|helmikuu|maaliskuu|huhtikuu|toukokuu|kesäkuu|heinäkuu|elokuu|syyskuu|lokakuu"
    r"|marraskuu|joulukuu|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november"
    r"|december|january|february|march|may|june|july|august|october)"
)
_STREET_BEFORE_POSTAL_CODE = re.compile(
    rf"(?m)(?:^|,[ \t]*)(?!{_NO_STREET_WORD}\b)((?:[A-ZÅÄÖ][\w.-]*[ \t]){{0,3}}[A-ZÅÄÖa-zåäö][\w.-]+[ \t]"
    r"\d{1,3}(?!\d)(?:[ \t]?[A-Za-z](?:[ \t]?\d+)?)?)[ \t]*,[ \t]*(?:FI-)?\d{5}[ \t]+[A-ZÅÄÖ]"
)
# "Address: Bulevardi 14, 00120 Helsinki": what an address label gives before the postal code.
_LABELLED_STREET = re.compile(
    r"(?:^|\s)(?:address|osoite|käyntiosoite|postiosoite|adress|besöksadress)\s*:\s*([^,:\n]{3,60}?\d[^,:\n]{0,10}?)"
    r"()\s*,?\s*(?:FI-)?\d{5}\b",
    re.IGNORECASE,
)
# "20200 TURKU Finland", "01300 Vantaa Business ID: …": a country or a label after the city is not its name.
_CITY_TAIL = re.compile(
    r"\s+(?:Finland|Suomi|Sverige|Sweden|Finnland|Business|Puh|Puhelin|Tel|Tfn|Phone|Email|E-post|Sähköposti"
    r"|Y-tunnus)$",
    re.IGNORECASE,
)
_COUNTRIES = {"suomi": "FI", "finland": "FI", "ruotsi": "SE", "sverige": "SE", "sweden": "SE"}


@dataclass
class OrganizationInfo:
    name: str = ""
    business_id: BusinessId | None = None
    street_address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    leftover: str = ""  # text that fitted none of the above


# "We at X", "Vi på X", "our company called X": the words before a name that present it as the writer.
_WRITER_LEAD = re.compile(r"(?i:we at|vi på|our company(?: called| named|,)?|yrityksemme|vårt företag)\s+$")


# "a service maintained by the city of Turku", "tjänsten upprätthålls av Helsingfors stad", "rekisteriä
# ylläpitää X": the one running the service; the name runs to the end of its clause.
_RUN_BY = re.compile(
    r"(?i:(?:maintained|operated|run|provided|produced|administered)\s+by|upprätthålls\s+av|drivs\s+av"
    r"|tillhandahålls\s+av|producerad\s+av|administreras\s+av|ylläpitää|ylläpitämä)\s+(?:the\s+)?"
    r"(?P<name>(?:[^.,;:()\n]|\.(?=\w)){2,80}?)\s*"
    r"(?=\.(?!\w)|[,;:(\n]|$|\s(?:ja|and|och|for|för|to|som|who|which|jotta)\s)"
)


# A website is often run by its agency, a processor ("Sivustoa ylläpitää Mainostoimisto Kuutio Oy").
_A_WEBSITE = re.compile(r"(?i:sivusto|verkkosivu|kotisivu|website|web site|webbplats|webbsida|hemsida)")


def _runs_the_service(sentence: str) -> str:
    """The organisation the sentence says runs the service ("maintained by the city of Turku"): it must
    name an organisation ("Helsingfors stad", "True Solutions Oy"), not be a vendor the base knows, and
    what it runs must not be a website."""
    match = _RUN_BY.search(sentence)
    name = match.group("name").strip() if match else ""
    if not name or len(name.split()) > 6 or _A_WEBSITE.search(sentence[: match.start()]):
        return ""
    return name if names_an_organisation(name) and not entities.is_a_vendor(name) else ""


def controller_in_prose(text: str) -> str:
    """The controller a sentence names: the organisation it says runs the service (_runs_the_service), or a
    company-form name it presents as the one acting — its subject ("LUKA ry kerää henkilötietoja …",
    "HelSec ry will keep …", a name followed by its abbreviation, then a verb) or the writer ("We at Iron
    Sky Universe Oy …"). "" where no sentence does. Otherwise a company-form name in another case ("Pioco
    ry:n"), after other words ("palvelun tarjoaa Yritys Oy") or known to the vendor base is not taken: it
    may be a processor."""
    for sentence in analysis_text.sentences(text):
        if name := _runs_the_service(sentence):
            return name
        match = COMPANY.search(sentence)  # only the sentence's first company-form name can be its subject
        if not match:
            continue
        before, after = sentence[: match.start()], sentence[match.end() :]
        acting = not before.strip() or _WRITER_LEAD.search(before)
        then_a_verb = re.match(r"\s*(?:\([^)]{1,20}\)\s*)?[a-zåäö]", after)
        # "Google Ireland Ltd processes …" is a processor's sentence.
        if acting and then_a_verb and not entities.is_a_vendor(match.group(1)):
            return match.group(1)
    return ""


def parse_organization(text: str) -> OrganizationInfo:
    info = OrganizationInfo()
    info.business_id = find_business_id(text)
    used: list[str] = []
    info.email = find_email(text)
    # The Y-tunnus "0166094-0" looks like a phone number to the pattern.
    without_id = (
        text[: info.business_id.span[0]] + text[info.business_id.span[1] :] if info.business_id else text
    )
    if match := PHONE.search(without_id):
        info.phone = " ".join(match.group(0).split())
    if match := URL.search(text):
        info.website = match.group(0).rstrip(".,")
    if match := _POSTAL.search(text):
        info.postal_code, info.city = match.group(1), _CITY_TAIL.sub("", match.group(2))
        used.append(match.group(0))
    elif match := _CITY_COUNTRY.search(text):
        info.city = match.group(1)  # "Address: Helsinki, Finland": a city without a postal code
    if match := (
        _STREET.search(text)
        or _STREET_BEFORE_POSTAL.search(text)
        or _LABELLED_STREET.search(text)
        or _STREET_BEFORE_POSTAL_CODE.search(text)
    ):
        info.street_address = (match.group(1) or match.group(2) or "").strip(" ,")
        used.append(info.street_address)
    for word, code in _COUNTRIES.items():
        # Blanks but no line break around the word: "^\s*" would rescan a run of empty lines from each line.
        if re.search(rf"(?im)^[^\S\n]*{word}[^\S\n]*$|,\s*{word}\s*$", text):
            info.country = code
            used.append(word)
            break
    info.name = _organization_name(text)
    leftover = []
    for line in text.split("\n"):
        rest = line
        for part in (info.name, *used, info.email, info.phone, info.website):
            if part:
                rest = re.sub(re.escape(part), "", rest, flags=re.IGNORECASE)
        rest = re.sub(
            r"(?i)\bp\b|y-?tunnus|business id|fo-?nummer|puh(elin)?|tel(efon)?|phone|e-?mail|sähköposti|"
            r"s-posti|e-post|www|osoite|adress|address|\d{7}-\d|[():,.;]",
            " ",
            rest,
        )
        if rest.split():
            leftover.append(line.strip())
    info.leftover = "\n".join(leftover)
    return info


# Words that make a line the name of an organisation rather than of a person or a place.
_ORG_WORDS = re.compile(
    r"\b(?:oyj?|ab|ky|tmi|ry|r\.y\.|rf|r\.f\.|sr|säätiö|stiftelse|foundation|kaupunki|kunta|kuntayhtymä|stad|kommun"
    r"|yliopisto|universitet|university|akatemia|akademi|academy|ammattikorkeakoulu|yrkeshögskola|opisto|lukio|koulu|skola|school|college"
    r"|keskus|centralen|centre|center|laitos|institutet|institute|instituutti|virasto|verket|ministeriö|ministry"
    r"|kirjasto|bibliotek|library|yhdistys|förening|association|seura|liitto|förbund|union|kilta|guild"
    r"|hyvinvointialue|välfärdsområde|seurakunta|församling|osuuskunta|andelslag|ltd|limited|inc|llc|gmbh"
    r"|city of|town of|municipality of)\b",
    re.IGNORECASE,
)
# The words of a label that gives the controller's name ("Yhdistyksen nimi", "Omistaja"), shared by the
# name's lead and a label standing alone (_LABEL_ALONE).
_WHOSE = (
    r"(?:(?:yrityksen|yhdistyksen|organisaation|rekisterinpitäjän|företagets|föreningens|company|organisation"
    r"|organization)\s+)?"
)
_NAME_WORDS = r"nimi|namn|name|toiminimi|firma|omistaja|ägare|owner|yritys|företag|company"
# "Rekisterinpitäjä on", "Controller is": the start of a sentence that names the controller.
_CONTROLLER_IS = r"(?:rekisterinpitäjä(?:nä)?|personuppgiftsansvarig|controller)"
_IS = r"\s+(?:on|toimii|är|is)"
# What stands in front of the name: "Nimi:", "Yhdistyksen nimi:", "Rekisterinpitäjä on", "Controller:".
_NAME_LEAD = re.compile(
    rf"^(?:[-–•*]\s*)?(?:\d{{1,2}}[.)]\s*)?{_WHOSE}(?:{_NAME_WORDS})\s*:\s*"
    r"|^(?:[-–•*]\s*)?(?:rekisterinpitäjä(?:nä)?|rekisterin\s*pitäjä|rekisterinylläpitäjä"
    r"|personuppgiftsansvarig|(?:the\s+)?(?:data\s+)?controller)(?!\w)"
    # "Controller of the register is", "Controller of the data file:", "Personuppgiftsansvarig för X:"
    r"(?:\s+(?:on|toimii|är|is|fungerar som))?"
    r"(?:\s+(?:for|of|för)\s+[^:]{1,60}?(?:\s+(?:is|är)|(?=\s*:)))?\s*:?\s*",
    re.IGNORECASE,
)
_FIELD_LINE = re.compile(
    r"^(?:y-?tunnus|y\.?\s?tunnus|fo-?nummer|(?:business|company)\s*id|org\.?\s*nr|osoite|postiosoite|käyntiosoite|adress"
    r"|address|puh|puhelin|tel|telefon|phone|gsm|sähköposti|s-posti|e-?mail|e-post|www|verkkosivu(?:sto|t)?"
    r"|kotisivu(?:t)?|nettisivu(?:t)?|webbplats|webbsida|hemsida"
    r"|website|kotipaikka|päivitetty|updated|uppdaterad|laatimispäivä|yhteyshenkilö|kontaktperson|contact)\b",
    re.IGNORECASE,
)


# "Lapin Hunajamarja, Mourunniemen tila, Posio, Finland": the place after the name, up to its country.
_PLACE_TAIL = re.compile(rf",\s*(?:[^,\n]{{1,40}},\s*)?[A-ZÅÄÖ][a-zåäö-]+,\s*{_FINLAND}\.?\s*$")
# The tails below start where a run of blanks starts (_RUN_START), never inside one: the leftmost match
# is the same, found in linear time on a long run of spaces.
_RUN_START = r"(?!(?<=\s)\s)"
_ID_TAIL = re.compile(
    rf"{_RUN_START}(?:\s*[,;·•|]\s*|\s+[–-]\s+|\s*\(\s*)"
    r"(?:(?:y-?tunnus|fo(?:-?nummer)?|business id|org\.?\s*nr)\s*:?\s*)?"
    r"\d{7}\s?-\s?\d\s*\)?.*$"
    rf"|{_RUN_START}\s*[,;(·•|]\s*(?:finnish\s+)?(?:y-?tunnus|fo-?nummer|business id).*$",
    re.IGNORECASE,
)
# "Frosmo Ltd. (“Frosmo”, “we”, “us”)": the short name a document defines for itself; "(aputoiminimi
# Studio Fika)": a second trade name. Neither is part of the controller's name.
_ALIAS_TAIL = re.compile(
    rf"{_RUN_START}\s*\(\s*(?:[“”\"'‘’«»]|(?:aputoiminimi|bifirma|trading as|d/b/a)\b)[^)]*\)"
    # "Ben Eriksson, Esbo (privatperson)": what kind of controller, not part of the name
    rf"|{_RUN_START}\s*\((?:yksityishenkilö|privatperson|private (?:person|individual))\)",
    re.IGNORECASE,
)
# What a heading's lead leaves when it names the controller and something else ("Data controller and
# legislative framework", "Rekisterinpitäjä ja yhteyshenkilö"): the other topic, not a name.
_OTHER_TOPIC = re.compile(r"^(?:and|ja|sekä|och|samt|&)\s", re.IGNORECASE)


_NAMED_AS_CONTROLLER = re.compile(
    rf"{_CONTROLLER_IS}(?:\s+(?:för|for|of)\s+[^.;:]{{1,80}}?)?{_IS}\s+"
    r"(?!responsible|obliged|required|committed|entitled|not\b|also\b)([^.;]{3,80})",
    re.IGNORECASE,
)
# English puts the controller first: "X Oy (business ID 1234567-8), Street 1, Helsinki, is the controller",
# "… applies to X, which acts as the data controller", "The website is operated by X, who …". The blanks
# before "(" and the verb are never given back (a word or "(" follows them): a name that may end in a run
# of blanks is not tried against each shorter part of the run.
_NAME_CHARS = r"[A-ZÅÄÖ0-9](?:[^,.;()]|\.(?=\w)){1,80}?"
_CONTROLLER_AFTER = (
    re.compile(
        rf"\b(?:applies to|by)\s+(?:the\s+)?(?P<name>{_NAME_CHARS})(?:\s*+\([^)]*\))?(?:,[^.;]{{0,80}}?)?,?"
        r"\s++(?:which\s+|who\s+)?(?:is|acts as|act as|serves as)\s+(?:the\s+)?(?:data\s+)?controller\b"
    ),
    re.compile(
        rf"^(?:the\s+)?(?P<name>{_NAME_CHARS})(?:\s*+\([^)]*\))?(?:,[^.;]{{0,80}}?)?,?"
        r"\s++(?:which\s+|who\s+)?(?:is|acts as|act as|serves as)\s+(?:the\s+)?(?:data\s+)?controller\b"
    ),
    re.compile(
        rf"\b(?:is|are)\s+(?:owned and\s+)?operated\s+by\s+(?:the\s+)?(?P<name>{_NAME_CHARS})"
        r"(?=\s*(?:[,;(]|\.(?!\w)|\s+(?:who|which|that)\b|$))"
    ),
)


def _controller_in_sentence(line: str) -> str:
    return next((m.group("name") for p in _CONTROLLER_AFTER if (m := p.search(line))), "")


_CONTROLLER_LABEL = re.compile(
    r"^(?:[-–•*]\s*)?(?:the\s+)?(?:data\s+)?(?:controller|rekisterinpitäjä|personuppgiftsansvarig)\s*:\s*\S",
    re.IGNORECASE,
)


def names_the_controller(sentence: str) -> bool:
    """ "Data controller is Arttu Hanska (email: …).", "X Oy (business ID …) is the controller": a sentence
    whose business is to say who the controller is."""
    return bool(
        len(sentence) <= 300
        and (
            _controller_in_sentence(sentence)
            or _NAMED_AS_CONTROLLER.search(sentence)
            or _CONTROLLER_LABEL.match(sentence)
        )
        and _name_candidate(sentence)
    )


# A field label run into the name's line: "Sharetribe Ltd Business ID (Finland): …", "Nimi Oy. Contact: …",
# "Arttu Hanska (email: …)".
_FIELD_TAIL = re.compile(
    rf"{_RUN_START}(?:[.,;]?\s+|\s*\(\s*)"
    r"(?:y-?tunnus|fo-?nummer|business\s+id|org\.?\s*nr|osoite|address|adress"
    r"|e-?mail|sähköposti|e-post|puh(?:elin)?|tel|phone|telefon|contact|yhteystiedot|kontakt)\b[^:]{0,15}:.*$",
    re.IGNORECASE,
)


# What follows "the controller is" when the sentence says what the controller does, not who it is.
_SAYS_WHAT_IT_DOES = re.compile(r"(?:responsible|obliged|required|committed|entitled|not|also)\b")
_NAME_BEFORE_EMAIL = re.compile(
    r"^((?:[A-ZÅÄÖ][\w'-]+\s+){1,3}[A-ZÅÄÖ][\w'-]+)[\s,]+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$"
)
_MONTH_YEAR_TAIL = re.compile(rf"{_RUN_START}\s*[,–-]\s*\w+\s+\d{{4}}\s*$")


# A label standing alone where a label–value pair or a table gives the controller ("Nimi", "Yritys",
# "Omistaja" above or beside the name), or a line that leads to the name below it ("DigiOpo.fi-palvelun
# rekisterinpitäjä on:"): neither is the name.
_LABEL_ALONE = re.compile(
    rf"{_WHOSE}(?:{_NAME_WORDS}|yhdistys|förening|rekisterinpitäjä|personuppgiftsansvarig|(?:data\s+)?controller)",
    re.IGNORECASE,
)
_LEADS_TO_NAME = re.compile(rf"{_CONTROLLER_IS}{_IS}\s*:?\s*$", re.IGNORECASE)


def _name_candidate(line: str) -> str:
    """A line as an organisation's name, or "" when it is a field, an address, a number or a sentence."""
    if _LABEL_ALONE.fullmatch(line.strip(" .:–-*•")) or _LEADS_TO_NAME.search(line):
        return ""
    if named := _controller_in_sentence(line):
        line = named
    elif match := _NAMED_AS_CONTROLLER.search(line):
        line = match.group(1)
    line = DOCUMENT_TITLE_LEAD.sub("", line)
    line = _FIELD_TAIL.sub("", _ID_TAIL.sub("", _NAME_LEAD.sub("", line))).strip()
    line = _ALIAS_TAIL.sub("", line)
    line = _PLACE_TAIL.sub("", line)
    sentence = line.endswith(".") and len(line.split()) > 6
    line = line.strip(" .:–-,")
    if _SAYS_WHAT_IT_DOES.match(line) or _OTHER_TOPIC.match(line):
        return ""  # "The data controller is responsible for …" says what the controller does
    if (company := COMPANY.search(line)) and re.match(r",|\s+[a-zåäö]", line[company.end() :]):
        # "Lämpönix Oy tarjoaa asiakkailleen …", "Verkkolynx Ratkaisut Oy, Takamaanrinne, Tampere": the
        # name ends with its company form; a clause or an address follows it.
        line = line[: company.end()]
    if (tail := _MONTH_YEAR_TAIL.search(line)) and prose.mentions_date(tail.group(0)):
        line = line[: tail.start()]  # "Tekla Corporation, December 2013": the document's date
    if prose.mentions_date(line):
        return ""  # "Last update: October 1, 2015" dates the document
    if (
        not line
        or _FIELD_LINE.match(line)
        or EMAIL.search(line)
        or _POSTAL.search(line)
        or _STREET.search(line)
        or PHONE.fullmatch(line)
        or len(line) > 90
        or sentence
        or not re.search(r"[A-Za-zÅÄÖåäö]", line)
    ):
        return ""
    return line


def _organization_name(text: str) -> str:
    """The controller's name in a block of contact details: the line (or the part of a line before
    its address) that names an organisation — its company form or a word like "kaupunki", "yliopisto",
    "ry" — else the first line that is neither a field ("Y-tunnus: …"), an address, a number nor a
    sentence."""
    best, best_score = "", 0
    for position, raw in enumerate(text.split("\n")):
        line = " ".join(raw.split())
        if not line:
            continue  # a blank line names no one (and a run of them is read in no time)
        named = bool(
            find_business_id(line) or _controller_in_sentence(line) or _NAMED_AS_CONTROLLER.search(line)
        )
        # "Yhdistyksen nimi: …", "The controller for the data you share with us is …": led to the name.
        prose_line = prose.reads_as_prose(line) and not _NAME_LEAD.match(line)
        if prose_line and not named:
            # "From time to time, F-Secure will extend promotions …": a sentence that does not say who the
            # controller is has no name in it, least of all its first clause.
            continue
        candidate = _name_candidate(line)
        if not candidate and not prose_line and not prose.mentions_date(line):
            # "Firma Oy, Katu 1, 00100 Helsinki": the name before its address; "Last update: October 1,
            # 2015" has none.
            candidate = _name_candidate(re.split(r"\s*[,;]\s*", line)[0])
        if not candidate and (match := _NAME_BEFORE_EMAIL.match(line)):
            candidate = _name_candidate(match.group(1))  # "Aapo Attila aapo.attila@example.com"
        if not candidate:
            continue
        score = (3 if _ORG_WORDS.search(candidate) else 0) + (1 if position == 0 else 0)
        score += 1 if COMPANY.search(candidate) else 0
        # The name the Y-tunnus stands beside ("Leville.net (Business ID: 2965553-7)"), or the one a
        # sentence says is the controller, is the organisation's whatever words its address has.
        if named:
            score += 4
        if len(candidate.split()) > 8:
            score -= 2
        if score > best_score or not best:
            best, best_score = candidate, score
    return best


# --- retention -------------------------------------------------------------------------------

_UNITS: tuple[tuple[RetentionUnit, str], ...] = (
    (RetentionUnit.YEARS, r"vuo(?:si|tta|den|deksi|nna|tena)|v\.|år(?:et)?|years?|yrs?"),
    (RetentionUnit.MONTHS, r"kuukau(?:si|tta|den|deksi)|kk|månad(?:er)?|months?"),
    (RetentionUnit.DAYS, r"päivä(?:ä|n|ksi)?|vrk|vuorokau(?:si|tta|den)|dagar|dygn|dag|days?"),
)
_RETENTION = re.compile(
    r"(?<![\w.])(?:(?P<word>" + analysis_text.NUMBER_WORD + r")\s*(?:\((?P<paren>\d+)\))?"
    r"|(?P<num>\d{1,3}))\s*(?P<unit>" + "|".join(u for _, u in _UNITS) + r")(?!\w)",
    re.IGNORECASE,
)
_TRIGGER = re.compile(
    r"^\s*(?:kuluttua|jälkeen|efter|after|from|från|räknat från|alkaen)?\s*(?P<t>[^.;\n]{3,80}?"
    r"(?:sta|stä|lta|ltä|n jälkeen|päättymisestä|ending|end of [\w ]+|upphör|slut)\b[^.;\n]{0,30}?)"
    r"(?=[.;,\n]|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Retention:
    period: int
    unit: RetentionUnit
    trigger: str
    snippet: str


def find_retention(text: str) -> Retention | None:
    """The first period in the text: '5 vuotta', 'kuusi (6) vuotta', '10 years', '30 vrk', 'två år'."""
    for match in _RETENTION.finditer(text):
        if match.group("num"):
            period = int(match.group("num"))
        elif match.group("paren"):
            period = int(match.group("paren"))
        else:
            period = analysis_text.NUMBER_WORDS[match.group("word").lower()]
        unit_text = match.group("unit").lower()
        unit = next(u for u, pattern in _UNITS if re.fullmatch(pattern, unit_text, re.IGNORECASE))
        if unit_text == "v." and not match.group("num"):
            continue
        trigger = ""
        if t := _TRIGGER.match(text[match.end() :]):
            trigger = t.group("t").strip(" ,")
        return Retention(period, unit, trigger, match.group(0))
    return None


# --- data categories -------------------------------------------------------------------------

_SENTENCE_VERB = re.compile(
    r"\b(ei|on|ovat|liity|liittyy|käsitellään|kerätään|tallennetaan|sisältää|edellytetään|voidaan|är|finns|"
    r"behandlas|samlas|is|are|we|may|will)\b",
    re.IGNORECASE,
)
_INTRO = re.compile(
    r"^.*?(seuraavia tietoja|följande uppgifter|the following( data| information)?|"
    r"tietoja|uppgifter)\s*:\s*",
    re.IGNORECASE,
)


def _split_items(text: str) -> list[str]:
    """'nimi, sähköposti ja etu- ja sukunimi' → items; 'etu- ja sukunimi' stays one item."""
    pieces = re.split(r"(,|;|\s+(?:sekä|ja|och|and|samt|tai|eller|or)\s+)", text)
    items: list[str] = [pieces[0]]
    for separator, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        if items[-1].rstrip().endswith("-"):
            items[-1] += separator + piece
        else:
            items.append(piece)
    return items


def special_category(phrase: str) -> SpecialCategory | None:
    """The Art. 9 category (or Art. 10 criminal data) a listed item names, by the analysis layer's words."""
    for category, matcher in _SPECIAL_MATCHERS:
        if matcher.find(phrase, affirmed=False):
            return category
    return None


_SPECIAL_MATCHERS = (
    *analysis_text.SPECIAL_CATEGORIES.items(),
    (SpecialCategory.CRIMINAL, analysis_text.CRIMINAL),
)


def _denies(sentence: str) -> bool:
    """'Henkilötunnuksia ei käsitellä', 'We do not collect …': the items of a negated sentence are not
    collected. A 'phone no.' abbreviation is not a negation."""
    return analysis_text.is_negated(re.sub(r"(?i)\bno\.", "", sentence))


def data_categories(value: str) -> list[DataCategory]:
    """The items listed ('nimi, sähköposti, henkilötunnus …'), each flagged for Art. 9/10 and hetu; the
    items of a sentence that denies collecting them are left out."""
    items: list[DataCategory] = []
    seen: set[str] = set()
    affirmed: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n", value):
        if _denies(sentence):
            continue
        affirmed.append(sentence)
        sentence = _INTRO.sub("", sentence.strip())
        for piece in _split_items(sentence):
            piece = re.sub(r"^[-•*·]\s*", "", piece).strip(" .:")
            if not piece or len(piece.split()) > 7 or _SENTENCE_VERB.search(piece):
                continue
            key = piece.casefold()
            if key in seen:
                continue
            seen.add(key)
            items.append(
                DataCategory(
                    name=piece,
                    special_category=special_category(piece),
                    is_hetu=analysis_text.HETU.find(piece, affirmed=False) is not None,
                )
            )
    # A hetu or special-category mention inside prose still has to be flagged.
    prose = "\n".join(affirmed)
    if not any(i.is_hetu for i in items) and (hit := analysis_text.HETU.find(prose)):
        items.append(DataCategory(name=hit.phrase, is_hetu=True))
    listed = {i.special_category for i in items}
    for category, matcher in _SPECIAL_MATCHERS:
        if category not in listed and (hit := matcher.find(prose)):
            items.append(DataCategory(name=hit.phrase, special_category=category))
    return items


_SUBJECTS: tuple[tuple[str, str, str, str], ...] = (
    # (pattern, fi, sv, en)
    (r"yhteyshenkil|kontaktperson|contact person", "yhteyshenkilöt", "kontaktpersoner", "contact persons"),
    (r"asiakk|asiakas|\bkund|customer|client", "asiakkaat", "kunder", "customers"),
    (
        r"prospekt|potentiaalis|potentiella kunder|prospect",
        "potentiaaliset asiakkaat",
        "potentiella kunder",
        "prospective customers",
    ),
    (r"omais|anhörig|next of kin|relatives", "omaiset", "anhöriga", "next of kin"),
    (r"työnhakij|hakija|arbetssökande|sökande|applicant", "työnhakijat", "arbetssökande", "job applicants"),
    (
        r"työntekij|henkilöstö|arbetstagare|anställd|personal\b|employee",
        "työntekijät",
        "anställda",
        "employees",
    ),
    (r"jäsen|medlem|member", "jäsenet", "medlemmar", "members"),
    (r"potila|patient", "potilaat", "patienter", "patients"),
    (r"oppila|opiskelij|elev|studerande|student|pupil", "opiskelijat", "studerande", "students"),
    (r"vuokralai|asukka|hyresgäst|boende|tenant|resident", "asukkaat", "boende", "residents"),
    (r"toimittaj|leverantör|supplier|vendor", "toimittajat", "leverantörer", "suppliers"),
    (r"kävijä|vierail|besökare|visitor", "kävijät", "besökare", "visitors"),
)


def data_subject_categories(text: str, lang: str) -> list[str]:
    """Groups of data subjects mentioned, as plain-language names in the document's language."""
    column = {"fi": 1, "sv": 2, "en": 3}.get(lang, 1)
    found: list[str] = []
    for row in _SUBJECTS:
        if re.search(row[0], text, re.IGNORECASE) and row[column] not in found:
            found.append(row[column])
    return found


# --- sources, lists, dates, yes/no ----------------------------------------------------------


def split_list(text: str) -> list[str]:
    """Items of a list written as lines, bullets or a comma-separated sentence."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    bulleted = [ln for ln in lines if re.match(r"^[-•*·–]\s+", ln)]
    if len(bulleted) >= 2:
        return [re.sub(r"^[-•*·–]\s+", "", ln).strip(" .;,") for ln in bulleted]
    items: list[str] = []
    for line in lines:
        # Prose ("Tietoja saadaan asiakkaan tekemistä …") is not a list.
        words, commas = len(line.split()), line.count(",") + line.count(";")
        sentence = line.endswith(".") and words >= 4
        if (words > 12 and commas < 2) or (commas == 0 and (words > 6 or sentence)):
            return []
        for piece in re.split(r",|;|\s+(?:sekä|ja|och|and|samt)\s+", line):
            piece = piece.strip(" .:")
            if piece and len(piece.split()) <= 6:
                items.append(piece[0].upper() + piece[1:])
    return items


_DATE_DMY = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def parse_date(text: str) -> dt.datetime | None:
    try:
        if match := _DATE_ISO.search(text):
            y, m, d = (int(g) for g in match.groups())
            return dt.datetime(y, m, d)
        if match := _DATE_DMY.search(text):
            d, m, y = (int(g) for g in match.groups())
            return dt.datetime(y, m, d)
    except ValueError:
        return None
    return None


def parse_yes_no(text: str) -> bool | None:
    word = text.strip().strip(".").casefold()
    if word in ("kyllä", "on", "ja", "yes", "true", "x"):
        return True
    if word in ("ei", "nej", "no", "false"):
        return False
    return None


# --- language --------------------------------------------------------------------------------

_LANGUAGE_WORDS = {
    "fi": r"\b(ja|tai|tiedot|tietoja|henkilötiedot|henkilötietoja|rekisteri|käsitellään|sekä|ei|on|joka|"
    r"tietojen)\b",
    "sv": r"\b(och|att|uppgifter|personuppgifter|för|behandling|registret|är|som|av|med|inte)\b",
    "en": r"\b(the|and|data|personal|of|we|to|is|for|your|with|are)\b",
}


def detect_language(text: str) -> str:
    sample = text[:20000]
    scores = {
        lang: len(re.findall(pattern, sample, re.IGNORECASE)) for lang, pattern in _LANGUAGE_WORDS.items()
    }
    return max(scores, key=lambda lang: scores[lang]) if any(scores.values()) else "fi"
