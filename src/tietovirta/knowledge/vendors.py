"""The vendor knowledge base: services seen in Finnish registers, kept in `vendors.toml`.

Each entry is one vendor or product with the spellings documents use (`aliases`), the legal entities
that appear in processor lists (`entities`), its home country (or its ultimate parent's), where it
stores customer data by default, whether it acts as a processor, and its EU-US Data Privacy Framework
status with the date that status was checked. A product of a larger vendor names it as `parent`, so
"Google Analytics" and "Google Ireland Limited" are two products of one vendor, Google.

`find_vendors(text)` finds every vendor named in a text in one scan; `resolve(name)` says which
vendor a catalogue name ("HubSpot Ireland Ltd") stands for. Both tolerate Finnish case endings and
compounds ("Mailchimpiin", "Netvisor-kirjanpito"). Aliases that are also ordinary words ("zoom",
"teams", "louhi") are listed as `ambiguous` and count only when written with a capital letter
inside a sentence, or anywhere when the caller says the text is about systems.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from tietovirta.canonical.schema import HostingRegion, SystemKind
from tietovirta.knowledge.countries import UNNAMED, has_adequacy, is_eea

KB_PATH = Path(__file__).with_name("vendors.toml")

DPF_STATUSES = ("certified", "not_certified", "unknown", "not_applicable")


@dataclass(frozen=True)
class Vendor:
    id: str
    name: str
    kind: SystemKind
    country: str  # ISO alpha-2 home country of the vendor or its ultimate parent
    hosting: HostingRegion  # where customer data is stored by default (the user confirms it)
    hosting_country: str = ""
    hosted: bool = True  # False: software the organisation runs itself; the vendor never gets the data
    processor: bool = True  # processes its customers' personal data on their behalf
    dpf: str = "unknown"  # see DPF_STATUSES
    dpf_checked_on: dt.date | None = None
    dpf_source: str = ""
    aliases: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    parent: str = ""

    @property
    def root(self) -> Vendor:
        """The vendor itself, or the vendor whose product this is: what "one vendor" means."""
        seen = {self.id}
        vendor = self
        while vendor.parent and vendor.parent not in seen and (parent := by_id().get(vendor.parent)):
            seen.add(parent.id)
            vendor = parent
        return vendor

    @property
    def outside_eea(self) -> bool:
        return is_eea(self.country) is False

    @property
    def dpf_certified(self) -> bool:
        return self.dpf == "certified"

    @property
    def third_countries(self) -> tuple[str, ...]:
        """Countries outside the EEA that have the data within reach: the home country (a parent
        company's and its sub-processors' access, LEGAL.md §6) and the hosting country."""
        found = []
        for country in (self.country, self.hosting_country):
            if country and is_eea(country) is False and country not in found:
                found.append(country)
        if self.hosting is HostingRegion.THIRD_COUNTRY and not self.hosting_country and not found:
            found.append(UNNAMED)
        return tuple(found)

    @property
    def needs_mechanism(self) -> bool:
        """Using this vendor puts data within reach of a country without an adequacy decision."""
        if not self.hosted or self.kind in IN_HOUSE_KINDS:
            return False
        return any(c == UNNAMED or not has_adequacy(c) for c in self.third_countries)


# Software kept on the organisation's own devices or paper: the vendor never receives the contents,
# so it is no transfer and needs no processor agreement.
IN_HOUSE_KINDS = frozenset({SystemKind.SPREADSHEET, SystemKind.PAPER_ARCHIVE})


_KINDS = {kind.value: kind for kind in SystemKind}


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value) if value else None


def _vendor(entry: dict) -> Vendor:
    return Vendor(
        id=entry["id"],
        name=entry["name"],
        kind=_KINDS.get(entry.get("kind", ""), SystemKind.OTHER),
        country=entry.get("country", ""),
        hosting=HostingRegion(entry.get("hosting", "unknown")),
        hosting_country=entry.get("hosting_country", ""),
        hosted=entry.get("hosted", True),
        processor=entry.get("processor", True),
        dpf=entry.get("dpf", "unknown"),
        dpf_checked_on=_date(entry.get("dpf_checked_on")),
        dpf_source=entry.get("dpf_source", ""),
        aliases=tuple(a.lower() for a in entry.get("aliases", ())),
        ambiguous=tuple(a.lower() for a in entry.get("ambiguous", ())),
        entities=tuple(entry.get("entities", ())),
        parent=entry.get("parent", ""),
    )


@cache
def vendors() -> tuple[Vendor, ...]:
    with KB_PATH.open("rb") as handle:
        return tuple(_vendor(entry) for entry in tomllib.load(handle)["vendor"])


@cache
def by_id() -> dict[str, Vendor]:
    return {v.id: v for v in vendors()}


# --- finding names in text -------------------------------------------------------------------------

_COMPANY_FORMS = re.compile(
    r"[,.]?\s+(?:oyj?|ab|abp|ltd|limited|inc|llc|gmbh|ag|as|asa|a/s|bv|b\.v|sa|s\.a|sarl|srl|plc|corp"
    r"|corporation|company|co|ky|tmi|aps|sas|spa|s\.p\.a|ehf|unlimited|\(publ\))\.?$",
    re.IGNORECASE,
)


def _key(text: str) -> str:
    """A spelling as the index keeps it: lower case, one space, no trailing company form."""
    key = " ".join(text.casefold().replace("–", " ").replace("-", " ").split()).strip(" .,;:")
    while (stripped := _COMPANY_FORMS.sub("", key)) != key:
        key = stripped.strip(" .,;:")
    return key


@cache
def _spellings() -> dict[str, tuple[Vendor, bool]]:
    """Every spelling (name, alias, legal entity) → (vendor, ambiguous)."""
    found: dict[str, tuple[Vendor, bool]] = {}
    for vendor in vendors():
        own = {_key(spelling) for spelling in (vendor.name, *vendor.aliases)}
        for spelling in (vendor.name, *vendor.aliases, *vendor.entities):
            key = _key(spelling)
            if key and key not in found:
                found[key] = (vendor, spelling.lower() in vendor.ambiguous or _bare_entity(key, own))
    return found


def _bare_entity(key: str, own: set[str]) -> bool:
    """A legal entity whose name, once its company form is dropped, is one short word the vendor is not
    otherwise called ("Text S.A." → "text", "X Corp." → "x"): an ordinary word as often as a name."""
    return key not in own and " " not in key and len(key) <= 5


def _trie_pattern(words: list[str]) -> str:
    """One regular expression matching any of the words, built as a trie so that a scan tries a
    character once instead of every word (the knowledge base has well over a thousand spellings)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        ends = "" in node
        branches = [_char(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return pattern(trie)


def _char(char: str) -> str:
    return r"[\s-]+" if char == " " else re.escape(char)


# Finnish case endings (also after a colon: "AWS:n"), Swedish and English genitives, and compounds
# joined with a hyphen ("Netvisor-kirjanpito", "Mailchimp-palvelu").
_ENDING = (
    r"(?P<ending>:?(?:n|in|iin|ssa|ssä|sta|stä|lla|llä|lle|lta|ltä|ksi|a|ä|ia|iä|ja|jä|ta|tä|na|nä|hin|ihin"
    r"|ille|illa|illä|ista|istä|issa|issä|iksi|ineen|t|s|’s|'s)|-\w+)?"
)
# The endings an ambiguous name may take: long enough that they cannot make an ordinary word out of
# it ("Zoomissa" is the service, "Tietoja" and "Kanta-asiakas" are not).
_UNAMBIGUOUS_ENDING = re.compile(
    r":?(?:iin|ihin|ssa|ssä|issa|issä|sta|stä|ista|istä|lla|llä|illa|illä|lle|ille|lta|ltä|ksi|iksi)"
)


@cache
def _scanner() -> re.Pattern[str]:
    # Longest spellings must win ("google analytics" before "google"): the trie tries longer branches
    # first because a shorter word's end is made optional at the node where the longer one continues.
    return re.compile(
        r"(?<![\w@./])(?P<name>" + _trie_pattern(list(_spellings())) + r")" + _ENDING + r"(?![\w@])",
        re.IGNORECASE,
    )


@dataclass(frozen=True)
class Mention:
    vendor: Vendor
    text: str  # as written
    start: int
    end: int


_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*(?:[-•*–]\s*)?|\t)$")


def _counts(match: re.Match[str], text: str, ambiguous: bool, about_systems: bool) -> bool:
    if not ambiguous:
        return True
    written, ending = match.group("name"), match.group("ending") or ""
    if not written[:1].isupper() or (ending and not _UNAMBIGUOUS_ENDING.fullmatch(ending)):
        return False
    before = text[max(0, match.start() - 4) : match.start()]
    if re.search(r":\s*$", before):
        return False  # "Laskutusohjelma: Tieto palveluntarjoajan palvelimella": a word after a label
    # What follows on the line, read only from its start: splitting all the rest of the text for every
    # mention made a long text of ambiguous names ("X X X …") quadratic.
    rest = text[match.end() : match.end() + 200].split("\n", 1)[0]
    if _ANOTHER_NAME.match(rest):
        return False  # "Laura Ahva", "Domus Arctica -säätiö": the first word of another name
    if not _SENTENCE_START.search(before):
        return True
    # At the start of a sentence a capital says nothing: in a text about systems an item of a list
    # ("- Teams", "Teams: kokoukset") is the name; a sentence running on ("Tieto käyttäjän
    # hyväksynnästä tallennetaan …", "Tietoihin on pääsy …") starts with the word.
    # "|": a table cell; "Resend / SendGrid:": two services named together.
    return about_systems and bool(re.match(rf"\s*(?:[:(,;–—|-]|$|{_FORM}\b|/\s*[A-ZÅÄÖ])", rest))


_FORM = r"(?:Oyj?|Ab|Abp|AB|Inc|Ltd|LLC|Corp|GmbH|AS|ASA|SA|plc)"
# A capitalised word right after a name continues it, unless it is a company form ("Tieto Oyj").
_ANOTHER_NAME = re.compile(rf"[ \t]+(?!{_FORM}\b)[A-ZÅÄÖ][a-zåäö]")


@lru_cache(maxsize=8192)  # the checks ask about the same catalogue names and fields again and again
def mentions(text: str, about_systems: bool = False) -> tuple[Mention, ...]:
    """Every vendor spelling in `text`, in order. `about_systems`: the text lists systems or
    processors, so an ambiguous name counts even at the start of a line."""
    found: list[Mention] = []
    spellings = _spellings()
    for match in _scanner().finditer(text or ""):
        entry = spellings.get(_key(match.group("name")))
        if entry and _counts(match, text, entry[1], about_systems):
            found.append(Mention(entry[0], match.group(0), match.start(), match.end()))
    for match in _WEB_ADDRESS.finditer(text or ""):
        # "https://www.hotjar.com/cookies": a link to a service's own pages names the service.
        host = match.group("host").lower().removeprefix("www.")
        labels = host.split(".")
        entry = spellings.get(_key(host))
        if entry is None and len(labels) >= 2 and (by_label := spellings.get(_key(labels[-2]))):
            entry = None if by_label[1] else by_label  # an ordinary word as a domain proves nothing
        if entry:
            found.append(Mention(entry[0], match.group(0), match.start(), match.end()))
    found.sort(key=lambda m: m.start)
    return tuple(found)


_WEB_ADDRESS = re.compile(
    r"(?:https?://|(?<![\w@.])www\.)(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.IGNORECASE
)


def find_vendors(text: str, *, about_systems: bool = False) -> list[Vendor]:
    """Every knowledge-base vendor named in `text`, in order of first mention, each once."""
    seen: dict[str, Vendor] = {}
    for mention in mentions(text, about_systems):
        seen.setdefault(mention.vendor.id, mention.vendor)
    return list(seen.values())


def find_vendor(text: str) -> Vendor | None:
    """The first vendor named in `text`, if any."""
    found = find_vendors(text)
    return found[0] if found else None


@lru_cache(maxsize=4096)
def resolve(name: str) -> Vendor | None:
    """The vendor a catalogue name stands for: an exact spelling ("HubSpot Ireland Ltd" once its
    company form is dropped), else the first vendor the name mentions."""
    entry = _spellings().get(_key(name))
    if entry:
        return entry[0]
    return find_vendor(name) if name else None


def same_vendor(a: str, b: str) -> bool:
    """Two catalogue names stand for the same vendor (products of one vendor count as one)."""
    va, vb = resolve(a), resolve(b)
    return va is not None and vb is not None and va.root.id == vb.root.id
