"""Which names in a register's text stand for information systems and processors.

The one place that answers "is this a system or processor name?" for the importer. The vendor knowledge
base knows the services Finnish registers name most often; documents also name services it has never
seen, and they name them in a few recognisable ways:
- as an item of a list under the systems or processors heading, the name first and what it does after
  ("- Vercel: hosting", "Step2Fit: valmennusalusta …", "Supabase (tiedot), Stripe (maksut)");
- in a compound with a word that says it is a service ("FormSubmit-palvelua", "ManageWP-pilvipalvelussa",
  "Kuluma-sovellus", "Supabase-regionen");
- after a word that says so ("palvelulla Counter.dev", "tjänsten X", "via FormSubmit.co", "hosted by X").
A generic word or a role ("Pilvipalvelut", "Sähköpostijärjestelmät", "IT-palveluntarjoaja"), an
authority, a place, the controller itself or a party the sentence names as a controller is never one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tietovirta.analysis import text as analysis_text
from tietovirta.canonical.schema import SystemKind
from tietovirta.knowledge.countries import country_code
from tietovirta.knowledge.vendors import Vendor, mentions

# A written name: a capitalised word (or a web name such as "counter.dev") and up to two more words
# that are capitalised or carry a digit ("MongoDB Atlas", "OP Kevytyrittäjä", "Step2Fit").
_WORD = r"(?:[A-ZÅÄÖ][\w.+&'’]*[\w+]|[a-z][\w-]*\.(?:app|dev|io|com|fi|net|org|co|se|eu|cloud|ai))"
_NAME_BODY = rf"{_WORD}(?:\s(?:[A-ZÅÄÖ][\w.+&]*[\w+]|\d[\w.]*)){{0,2}}"
_NAME = rf"(?P<name>{_NAME_BODY})"
_NAME_CASED = rf"(?P<name>(?-i:{_NAME_BODY}))"  # inside a pattern that ignores case elsewhere
# Words that make a compound a service: "X-palvelu", "X-järjestelmä", "X-tjänsten"; software the
# organisation may run itself ("MariaDB-tietokanta", "jsPDF-kirjasto") is a system, not a processor.
_SERVICE_HEAD = (
    r"(?P<service>(?:pilvi|verkko|lomake|analytiikka|sähköposti|maksu)?(?:palvelu(?!ntarjo)|palveli|alusta)"
    r"|(?:moln|e-post)?(?:tjänst|plattform|region))"
    r"|järjestelmä|ohjelmisto|ohjelma|sovellu|mobiilisovellu|työkalu|tietokan|kirjasto"
    r"|system|databas|app|bibliotek"
)
# A name and what it does after it, as an item of a list: bulleted, or after a list's colon or comma
# ("- Vercel: hosting", "palveluntarjoajat: Supabase (tiedot), Stripe (maksut)"). At the start of an
# unbulleted line a capitalised word may be any word ("Lisätietoa: …"): there the name must look like
# one (a capital or a digit inside, a web name: "Step2Fit", "MongoDB").
_ITEM = re.compile(
    rf"(?:(?P<bullet>^[ \t]*[-•*–][ \t]*)|(?P<line>^[ \t]*)|(?<=[:;,])[ \t]*|(?<=\sja )|(?<=\soch )"
    rf"|(?<=\sand )|(?<=\ssekä )|(?<=\ssamt ))"
    rf"{_NAME}[ \t]*(?=\((?!\s*(?:oy|ab|inc|ltd|llc)\b)|:\s|[ \t][–—-][ \t])",
    re.MULTILINE,
)
_NAME_SHAPE = re.compile(r"\w[A-Z0-9.]")
# A bulleted line that is only a name ("- MongoDB Atlas").
_BULLET = re.compile(rf"^[ \t]*[-•*–][ \t]*{_NAME}[ \t]*[.;,]?[ \t]*$", re.MULTILINE)
_COMPOUND = re.compile(rf"(?<![\w.@/-]){_NAME_CASED}[ \t]?-(?:{_SERVICE_HEAD})\w*", re.IGNORECASE)
_AFTER_WORD = re.compile(
    r"(?:\b(?:palvelu(?:lla|a|n|un|ssa|sta)|sovellukse(?:lla|n|en|ssa)|järjestelmä(?:llä|ä|än|n|ssä)"
    r"|ohjelmisto(?:lla|a|n)|tjänsten|systemet|plattformen|via|using|through|provided by|powered by"
    r"|hosted (?:by|on|at))\s+(?:the\s+)?)" + _NAME_CASED,
    re.IGNORECASE,
)
# Names given as examples of the providers ("service providers, examples of which include Google
# Analytics, Flurry and HasOffers", "palveluntarjoajia, kuten Lomakix ja Kuvio").
_EXAMPLES = re.compile(
    r"\b(?:such as|including|include|e\.g\.|kuten|esimerkiksi|esim\.|t\.ex\.|såsom|bland annat)\s+"
    r"(?P<items>[^.;()]+)",
    re.IGNORECASE,
)
_EXAMPLE_ITEM = re.compile(rf"^(?:or |and |tai |ja |och |eller )?{_NAME}$")
_ITEMS_SPLIT = re.compile(r",\s*|\s+(?=(?:and|or|ja|tai|och|eller)\s)")
# A service or role word rather than a name: "Pilvipalvelut", "Sähköpostijärjestelmät", "Maksunvälittäjät".
_GENERIC = re.compile(
    r"palvelu|järjestelm|tarjoaj|välittäj|toimittaj|ohjelm|sovellu|kumppan|käsittelij|alihankki|tjänst|system"
    r"|leverantör|biträd|provider|service|platform|partner|vendor|processor|hosting|server"
    r"|clause|klausul|lauseke|agreement|sopimu|avtal",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(
    r"(?i:fax|tel|puh|phone|email|e-mail|www|http|https|eu|eta|ees|eea|usa|gdpr|it|api|php|sql|cdn|url|ip"
    r"|internet\w*|intranet\w*|web|imei|gps|sms|vpn|ssl|tls)$"
)
_ABBREVIATION = re.compile(r"[A-Z]{1,3}")  # "ICT", "HR": a known one ("CSC") is in the vendor base
# A sentence naming someone as a controller: its names are not processors (the controller's own
# details, an independent controller).
_CONTROLLER_WORD = re.compile(
    r"\b(?:rekisterinpitäjä(?:nä)?|personuppgiftsansvarig(?:t|a)?|(?:data )?controllers?)\b", re.IGNORECASE
)


_FORMS = frozenset({"oy", "oyj", "ab", "abp", "ltd", "inc", "llc", "ry", "rf", "gmbh", "plc"})


def _stems(name: str) -> set[str]:
    """The words of a name cut to five letters, so that "Haaga-Helian" is "Haaga-Helia"."""
    return {w[:5] for w in re.findall(r"\w+", name.casefold()) if len(w) > 2 and w not in _FORMS}


def is_own_name(name: str, own: str) -> bool:
    """The name is the controller's or the register's own ("Nords Oy", "HHO ry" for "Haaga-Helian
    opettajat HHO ry", "Planeetta" for "Planeetta Internet Oy"): every word of it is one of theirs,
    but for a word that may only start the sentence ("Ainoastaan Ruslania Books Oy")."""
    first, _, rest = name.partition(" ")
    if rest and not _NAME_SHAPE.search(first) and rest[:1].isupper() and is_own_name(rest, own):
        return True
    words, theirs = _stems(name), _stems(own)
    # What is left may be an abbreviation of a unit ("Metropolia Ammattikorkeakoulun ICT").
    return bool(words & theirs) and all(len(w) <= 3 for w in words - theirs)


@lru_cache(maxsize=4096)
def is_service_name(name: str) -> bool:
    """The written words can be the name of a service or an organisation: not a generic word, a role,
    an authority, a country or an abbreviation of the trade."""
    name = name.strip(" .,:;–-")
    first = name.split()[0] if name.split() else ""
    if len(name) < 3 or not re.search(r"[A-Za-zÅÄÖåäö]", name):
        return False
    if _NOT_A_NAME.match(first) or _ABBREVIATION.fullmatch(name):
        return False
    # "Pilvipalvelut" is a kind of service; "ServiceNow", with a capital inside, is a name.
    if not _NAME_SHAPE.search(name) and (
        _GENERIC.search(name) or analysis_text.EXTERNAL_PROCESSOR.find(name, affirmed=False)
    ):
        return False
    return not (analysis_text.PUBLIC_AUTHORITY_NAME.find(name, affirmed=False) or country_code(name))


def named_services(text: str, own: str = "", *, listed: bool = False) -> list[tuple[str, bool]]:
    """(name, run by a service provider) for each service a systems or processors text names the ways
    documents name them (list items, "X-palvelu", "palvelulla X"), each once, in order; not the
    controller's or the register's own name (`own`), nor a name a sentence gives as a controller.
    `listed`: the text presents processors, so names given as examples ("kuten X ja Y") are theirs."""
    found: dict[str, tuple[str, bool]] = {}
    for sentence in _pieces(text):
        if _CONTROLLER_WORD.search(sentence) and not analysis_text.names_a_processor(sentence):
            continue
        matches = [
            (match, pattern)
            for pattern in (_ITEM, _BULLET, _COMPOUND, _AFTER_WORD)
            for match in pattern.finditer(sentence)
        ]
        if listed or analysis_text.names_a_processor(sentence):
            for examples in _EXAMPLES.finditer(sentence):
                for item in _ITEMS_SPLIT.split(examples.group("items").strip()):
                    if match := _EXAMPLE_ITEM.match(item.strip()):
                        matches.append((match, _EXAMPLES))
        for match, pattern in matches:
            name = match.group("name").strip(" .,:;")
            groups = match.groupdict()
            if groups.get("line") is not None and not _NAME_SHAPE.search(name):
                continue
            if (
                analysis_text.COMPANY_FORM.find(name, affirmed=False)
                or not is_service_name(name)
                or (own and is_own_name(name, own))
                or name.casefold() in found
            ):
                continue
            hosted = pattern is not _COMPOUND or bool(groups.get("service"))
            found[name.casefold()] = (name, hosted)
    return list(found.values())


def _pieces(text: str) -> list[str]:
    """Sentences, with the lines of a list kept one to a piece."""
    return [s for line in text.split("\n") for s in analysis_text.sentences(line) if s.strip()]



# A bulleted item that starts with a name and says what it is used for ("- MobilePay maksutapahtumissa",
# "- OP Kevytyrittäjä laskutuksessa"): in a list of processors the name is the provider.
_LEADING_NAME = re.compile(rf"^[ \t]*[-•*–][ \t]*{_NAME}(?=[ \t]+[a-zåäö]|[ \t]*$)")


# Whose servers, cloud or data centre the data is in: "Cloudcity’s server environment", "Cloudcitys
# servermiljö", "Hetznerin konesalissa".
_OWNER = re.compile(
    rf"(?<![\w.@/-]){_NAME_CASED}(?P<ending>['’]s|s|:n|n)\s+(?:\w+\s)?"
    r"(?:server|palvelim|konesali|laitesali|datakeskus|pilvi|servr|servermiljö|cloud|data ?cent|molntjänst)",
    re.IGNORECASE,
)


# A row of a table, as the readers give it: "Stripe | EU | Maksut", "| Stripe | EU |".
_ROW = re.compile(r"^[ \t]*\|?[ \t]*(?P<cell>[^|\n]*?)[ \t]+\|[ \t]")


def _owners(sentence: str) -> list[str]:
    """Whose servers or cloud the sentence names, as names ("Cloudcity"), not "Palveluntarjoajan"."""
    names = [_without_genitive(m["name"] + m["ending"]) for m in _OWNER.finditer(sentence)]
    return [name for name in names if is_service_name(name)]


def _without_genitive(name: str) -> str:
    """ "Cloudcity’s", "Cloudcitys", "Hetznerin" → the name as written without the ending."""
    return re.sub(r"(?:['’]s|:n|in|n|s)$", "", name) if not mentions(name, True) else name


_CONNECTS = re.compile(
    r"\b(?:yhteydessä|yhteyde[nt]\s|connect(?:s|ed|ion)?\s+(?:to|with)|anslut\w*|kontakt med)", re.IGNORECASE
)


@lru_cache(maxsize=8192)
def presents_a_processor(sentence: str) -> bool:
    """The sentence presents someone as processing the data for the controller: it says so
    (analysis.text.names_a_processor), or it names whose servers, cloud or service the data is kept in
    or passes through ("Tietoja säilytetään Googlen pilvipalveluissa", "… located in Cloudcity’s server
    environment", "välitetään FormSubmit-palvelun kautta")."""
    if analysis_text.names_a_processor(sentence):
        return True
    if not analysis_text.PROCESSING_PLACE.find(sentence, affirmed=False) or _CONNECTS.search(sentence):
        return False  # "selaimesi voi olla yhteydessä Googlen palvelimiin": a browser's, not the data's
    return (
        any(m.vendor.hosted for m in mentions(sentence, True))
        or bool(_owners(sentence))
        or any(hosted for _, hosted in named_services(sentence))
    )


def processor_sentences(text: str, *, section: bool) -> list[str]:
    """The sentences and list items of `text` that present someone as processing the data on the
    controller's behalf. In a processors section (`section`) every sentence and item does — the
    heading says so — unless it is negated or names a controller of its own; elsewhere a sentence
    that says so ("Google käyttää näitä tietoja puolestamme", "The website is hosted by GitHub Pages"),
    and the items of a list such a sentence introduces ("palveluntarjoajat:")."""
    found: list[str] = []
    introduced = False
    for line in text.split("\n"):
        item = bool(re.match(r"\s*[-•*–|]", line) or _ROW.match(line))
        introduced = introduced and (item or not line.strip())
        for sentence in analysis_text.sentences(line):
            if analysis_text.INDEPENDENT_CONTROLLER.find(sentence, affirmed=False):
                continue
            says = presents_a_processor(sentence)
            if _CONNECTS.search(sentence) and not analysis_text.names_a_processor(sentence):
                continue
            if analysis_text.is_negated(sentence) and not analysis_text.names_a_processor(sentence):
                continue  # "Tietoja ei luovuteta Googlelle" (but "… endast med underleverantörer")
            # In the processors' section a sentence or item naming someone is about a processor: "Trello,
            # joka on New Yorkissa sijaitseva pilvipalvelu", "- MobilePay maksutapahtumissa".
            if section or says or (introduced and item):
                found.append(sentence)
            # "palveluntarjoajat:", a table whose header names them: the items or rows that follow.
            if says and (sentence.rstrip().endswith(":") or line.lstrip().startswith("|")):
                introduced = True
    return found


_ACCESS_TO = re.compile(r"\b(?:pääsy\w*|åtkomst\w*|access to)\b", re.IGNORECASE)


def named_processors(text: str, own: str = "", *, section: bool) -> list[tuple[str, Vendor | None]]:
    """(name as written, its knowledge-base vendor or None) for each service or organisation that `text`
    presents as a processor (`processor_sentences`), each once, in order. Not the controller's own
    name, nor software the organisation runs itself ("MariaDB-tietokanta"), nor an authority or a bank
    the knowledge base knows as no processor."""
    found: dict[str, tuple[str, Vendor | None]] = {}
    for sentence in processor_sentences(text, section=section):
        # A vendor that is no processor by default (Google Fonts, a payment service) is one where it is
        # listed or the sentence says so, not where a processors' section merely mentions it.
        row = _ROW.match(sentence)
        listed = presents_a_processor(sentence) or bool(row or re.match(r"\s*[-•*–]", sentence))
        # The system someone is given access to is not presented as processing ("ulkoistuskumppani X,
        # jolla on pääsy Procountorin henkilörekisteriin": X is the processor, Procountor the system).
        access = _ACCESS_TO.search(sentence)
        named: list[tuple[str, Vendor | None]] = [
            (m.text, m.vendor)
            for m in mentions(sentence, True)
            if m.vendor.hosted
            and (m.vendor.processor or (listed and m.vendor.kind is not SystemKind.OTHER))
            and not (access and m.start > access.start())
        ]
        named += [(name, None) for name, hosted in named_services(sentence, own, listed=True) if hosted]
        named += [(owner, None) for owner in _owners(sentence)]
        if row and re.fullmatch(_NAME_BODY, row["cell"]) and is_service_name(row["cell"]):
            named.append((row["cell"], None))  # the first cell of a row of a table of providers
        # A leading name must look like one: "OP Kevytyrittäjä", "Step2Fit" — not "Lomakkeelle".
        lead = _LEADING_NAME.match(sentence)
        if lead and is_service_name(lead["name"]) and re.search(r"\w[A-Z0-9.]|\s", lead["name"]):
            named.append((lead["name"], None))
        for name, vendor in named:
            name = name.strip(" .,:;()")
            if vendor is None and mentions(name, True):
                continue  # a longer spelling of a vendor the base knows, read above
            key = vendor.root.id if vendor else name.casefold()
            if name and not (own and is_own_name(name, own)) and key not in found:
                found[key] = (name, vendor)
    return list(found.values())
