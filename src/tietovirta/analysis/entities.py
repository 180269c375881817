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
from tietovirta.analysis.screen import Screened
from tietovirta.canonical.schema import SystemKind
from tietovirta.knowledge.countries import country_code
from tietovirta.knowledge.vendors import Vendor, find_vendor, mentions, resolve

# A written name: a capitalised word (or a web name such as "counter.dev") and up to two more words
# that are capitalised or carry a digit ("MongoDB Atlas", "OP Kevytyrittäjä", "Step2Fit").
# A domain-like name's words are bounded so that a long hyphenated run is read in linear time.
_WORD = r"(?:[A-ZÅÄÖ][\w.+&'’]*[\w+]|[a-z][\w-]{0,60}\.(?:app|dev|io|com|fi|net|org|co|se|eu|cloud|ai))"
_NAME_BODY = rf"{_WORD}(?:\s(?:[A-ZÅÄÖ][\w.+&]*[\w+]|\d[\w.]*)){{0,2}}"
_NAME = rf"(?P<name>{_NAME_BODY})"
_NAME_CASED = rf"(?P<name>(?-i:{_NAME_BODY}))"  # inside a pattern that ignores case elsewhere
# Words that make a compound a service: "X-palvelu", "X-järjestelmä", "X-tjänsten"; software the
# organisation may run itself ("MariaDB-tietokanta", "jsPDF-kirjasto") is a system, not a processor.
_SERVICE_HEAD = (
    r"(?P<service>(?:pilvi|verkko|lomake|analytiikka|sähköposti|maksu)?(?:palvelu(?!ntarjo)|palveli|alusta)"
    r"|analytiik"
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
# The Finnish verbs of using a service ("Käytämme PostHogia", "Tällä sivustolla käytetään …").
_FINNISH_USING = r"käytämme|hyödynnämme|käytetään|käyttää"
# A verb of using that starts a sentence with a capital, as a name would. Not the pronoun of "We use"
# or "Vi använder": the verb after it is lower-case, so it never joins a name, and "We Are Social",
# "Vi Play Studio" are names.
_A_VERB = re.compile(rf"(?i:{_FINNISH_USING}|käytän|använder)")
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


def named_services(
    text: str,
    own: str = "",
    *,
    listed: bool = False,
    compounds: bool = False,
    terms: frozenset[str] = frozenset(),
) -> list[tuple[str, bool]]:
    """(name, run by a service provider) for each service a systems or processors text names the ways
    documents name them (list items, "X-palvelu", "palvelulla X"), each once, in order; not the
    controller's or the register's own name (`own`), nor a term the document defines for itself
    (`terms`, from `defined_terms`), nor a name a sentence gives as a controller.
    `listed`: the text presents processors, so names given as examples ("kuten X ja Y") are theirs.
    `compounds`: a text about something else (purposes, data, disclosures), where only a name that says
    it is a service counts ("Smoobu-palvelu", "järjestelmä Norppa", "via OpenRouter"), not a list item."""
    found: dict[str, tuple[str, bool]] = {}
    for sentence in _pieces(text):
        if _CONTROLLER_WORD.search(sentence) and not analysis_text.names_a_processor(sentence):
            continue
        patterns = (_COMPOUND, _AFTER_WORD) if compounds else (_ITEM, _BULLET, _COMPOUND, _AFTER_WORD)
        matches = [(match, pattern) for pattern in patterns for match in pattern.finditer(sentence)]
        if not compounds and (listed or analysis_text.names_a_processor(sentence)):
            for examples in _EXAMPLES.finditer(sentence):
                for item in _ITEMS_SPLIT.split(examples.group("items").strip()):
                    if match := _EXAMPLE_ITEM.match(item.strip()):
                        matches.append((match, _EXAMPLES))
        for match, pattern in matches:
            name = match.group("name").strip(" .,:;")
            first, _, rest = name.partition(" ")
            if rest and _A_VERB.fullmatch(first):
                name = rest  # "Käytämme Umami-analytiikkaa": the verb starts the sentence, not the name
            groups = match.groupdict()
            if groups.get("line") is not None and not _NAME_SHAPE.search(name):
                continue
            if pattern is _COMPOUND and _OURS.search(match.group(0)):
                continue  # "Chat-palvelumme": our own chat service, named by what it is
            # Outside the systems' lists a word that starts the sentence is capitalised anyway
            # ("Ajanvaraus-palvelussa …"): it must look like a name ("MySQL", "OP Kevytyrittäjä").
            verb = name != match["name"].strip(" .,:;")
            at_start = not verb and not sentence[: match.start("name")].strip(" -•*–")
            if compounds and at_start and " " not in name and not _NAME_SHAPE.search(name):
                continue
            if (
                name.casefold() in terms
                or analysis_text.COMPANY_FORM.find(name, affirmed=False)
                or not is_service_name(name)
                or (own and is_own_name(name, own))
                or name.casefold() in found
            ):
                continue
            hosted = pattern is not _COMPOUND or bool(groups.get("service"))
            found[name.casefold()] = (name, hosted)
    return list(found.values())


# A compound with a possessive ending is the writer's own ("Chat-palvelumme", "tilausjärjestelmässämme").
_OURS = re.compile(r"(?:mme|nne)$", re.IGNORECASE)
# A term a document defines for itself: "(“Site”)", '("SN Service")', "(hereafter referred to as
# “application”)", "(jäljempänä ”Palvelu”)".
_DEFINED = re.compile(r"\((?:[^()\"“”]{0,40}\s)?[\"“”]([^\"“”()\n]{2,40})[\"“”]\s*\)")


def defined_terms(text: str) -> frozenset[str]:
    """The terms `text` defines for itself, case-folded ("site", "sn service"): the document's shorthand
    for itself, its service or a group of services, never a vendor's name — but for a vendor the
    knowledge base knows ('Google Inc. ("Google")'), which stays one."""
    return frozenset(
        term.strip().casefold() for term in _DEFINED.findall(text) if not is_a_vendor(term.strip())
    )


def is_a_vendor(name: str) -> bool:
    """The vendor base knows the name as it is written or names a vendor in it ("Google Ireland Ltd"):
    an organisation so named is a service provider, not the controller the document is about."""
    return resolve(name) is not None or find_vendor(name) is not None


def _pieces(text: str) -> list[str]:
    """Sentences, with the lines of a list kept one to a piece."""
    return [s for line in text.split("\n") for s in analysis_text.sentences(line) if s.strip()]


# A bulleted item that starts with a name and says what it is used for ("- MobilePay maksutapahtumissa",
# "- OP Kevytyrittäjä laskutuksessa", "- Maxmind, geolocation"): in a list of processors the name is the
# provider.
_LEADING_NAME = re.compile(rf"^[ \t]*[-•*–][ \t]*{_NAME}(?=,?[ \t]+[a-zåäö]|[ \t]*$)")


# Whose servers, cloud or data centre the data is in: "Cloudcity’s server environment", "Cloudcitys
# servermiljö", "Hetznerin konesalissa".
_OWNER = re.compile(
    rf"(?<![\w.@/-]){_NAME_CASED}(?P<ending>['’]s|s|:n|n)\s+(?:\w+\s)?"
    r"(?:server|palvelim|konesali|laitesali|datakeskus|pilvi|servr|servermiljö|cloud|data ?cent|molntjänst)",
    re.IGNORECASE,
)


def _first_cell(line: str) -> str | None:
    """The first cell of a row of a table, as the readers give it ("Stripe | EU | Maksut", "| Stripe | EU |"
    → "Stripe"; "" for an indented bar opening the row), None for a line that is no row: the first bar of
    the first line, after a leading one, stands between blanks. Read by hand, not by a pattern: the
    pattern's three runs of blanks took seconds on a line of a few hundred blanks."""
    first = line.split("\n", 1)[0]
    rest = first.lstrip(" \t")
    after = rest.removeprefix("|")
    bar = after.find("|")
    if bar > 0 and after[bar - 1] in " \t" and after[bar + 1 : bar + 2] in (" ", "\t"):
        return after[:bar].strip(" \t")
    if rest[:1] == "|" and len(rest) < len(first) and rest[1:2] in (" ", "\t"):
        return ""
    return None


def _owners(sentence: str) -> list[str]:
    """Whose servers or cloud the sentence names, as names ("Cloudcity"), not "Palveluntarjoajan"."""
    names = [_without_genitive(m["name"] + m["ending"]) for m in _OWNER.finditer(sentence)]
    return [name for name in names if is_service_name(name)]


def _without_genitive(name: str) -> str:
    """ "Cloudcity’s", "Cloudcitys", "Hetznerin" → the name as written without the ending."""
    return re.sub(r"(?:['’]s|:n|in|n|s)$", "", name) if not mentions(name, True) else name


def _without_partitive(name: str) -> str:
    """ "PostHogia", "Trelloa", "Asanaa" → the name as written without the partitive ending."""
    return re.sub(r"(?<=[^aeiouyäö\W])i[aä]$|(?<=[aeiouyäö])[aä]$", "", name)


_CONNECTS = Screened(
    r"\b(?:yhteydessä|yhteyde[nt]\s|connect(?:s|ed|ion)?\s+(?:to|with)|anslut\w*|kontakt med)", re.IGNORECASE
)


# A task done for the controller and who does it: "Kirjanpidon hoitaa Tilitoimisto Laskuri Oy", "Maksut
# käsitellään Paytrailin toimesta", "Bokföringen sköts av Siffra Ab".
_TASK = (
    r"(?:kirjanpi|palkanlask|palkkahallin|laskutu|tilintarkast|maksuliikente|ylläpi|bokföring|löne|fakturering"
    r"|underhåll|accounting|bookkeeping|payroll|invoicing)"
)
_DOES_A_TASK = Screened(
    rf"\b{_TASK}\w*\s+(?:\w+\s+){{0,3}}?"
    r"(?:hoita(?:a|vat)|vastaa(?:vat)?|sköt(?:s|er)(?: av)?|(?:is )?handled by|is done by)\s+(?-i:[A-ZÅÄÖ])"
    r"|\bkäsitel\w*\s+(?:\w+\s+){0,4}?(?-i:[A-ZÅÄÖ])\w*(?::n|n)\s+toimesta\b",
    re.IGNORECASE,
)
# Kept in a named service: "Membership information is stored in Google Docs", "Rekistereitä pidetään
# Google Suite -palvelussa", "Uppgifterna lagras i Microsoft 365".
_KEPT_IN = Screened(
    r"\b(?:stored|kept|saved|held) (?:in|on|with|within)\b|\b(?:lagras|sparas|förvaras) (?:i|hos)\b"
    r"|\b(?:tallennetaan|säilytetään|pidetään|tallentuvat|säilytämme|tallennamme)\b",
    re.IGNORECASE,
)


def _kept_in_a_service(sentence: str) -> bool:
    """A hosted service is named right after the verb of keeping, not in an aside ("tallennetaan EU-alueella
    (Irlanti, AWS eu-west-1)" says where, not whose)."""
    kept = _KEPT_IN.search(sentence)
    if not kept:
        return False
    after = sentence[kept.end() :]
    return any(
        m.vendor.hosted and m.vendor.kind is not SystemKind.OTHER
        for m in mentions(after, True)
        if m.start <= 40 and not re.search(r"[(),;]", after[: m.start])
    )


# The controller uses a named service for its own ends, or has a task done by one: "We use PostHog to
# measure …", "Käytämme Google Analyticsia …", "Tällä sivustolla käytetään Google Analytics -palvelua",
# "Vi använder AI-modeller via OpenRouter-tjänsten", "hanteras av betalningstjänstleverantören Stripe".
_USES = Screened(
    rf"\b(?:{_FINNISH_USING}|we (?:use|utili[sz]e)|(?:site|website|service|app) uses"
    r"|vi använder|använder vi|anlitar|hanteras av|sköts av|(?:handled|stored|provided|processed|hosted) by"
    r"|tillhandahålls av)\b",
    re.IGNORECASE,
)
# Using is not having one process: a service the organisation hosts itself ("Plausiblea, jota hostaamme
# itse"), or a tracker that sets its own cookies (analysis.text.COOKIES: the cookies text's matter).
_HOSTED_BY_US = re.compile(
    r"(?i:hostaamme itse|ylläpidämme itse|self-hosted|hosted by us|we host|egen server|vi själva)"
)
# A name right after the verb: "We use PostHog to …", "Käytämme PostHogia …".
_USED_NAME = re.compile(rf"^\s+(?:the\s+)?{_NAME_CASED}(?=[\s.,;:]|$)")


def _uses_a_service(sentence: str) -> bool:
    """The sentence says the controller uses a service it names, or has a task done by one: a hosted
    vendor the knowledge base knows, a service named the way documents do, or a name that looks like one
    right after the verb — close to the verb and not in an aside."""
    uses = _USES.search(sentence)
    if not uses or analysis_text.is_negated(sentence) or _HOSTED_BY_US.search(sentence):
        return False
    if analysis_text.COOKIES.mentioned_in(sentence):
        return False
    after = sentence[uses.end() :]
    near = [m for m in mentions(after, True) if m.start <= 60 and not re.search(r"[(),;]", after[: m.start])]
    if near:  # a service the knowledge base knows is one only if it processes for its customers
        return any(
            m.vendor.hosted and m.vendor.processor and m.vendor.kind is not SystemKind.OTHER for m in near
        )
    if any(hosted for _, hosted in named_services(after)):
        return True
    name = _USED_NAME.match(after)
    return bool(name and _NAME_SHAPE.search(name["name"]) and is_service_name(name["name"]))


@lru_cache(maxsize=8192)
def presents_a_processor(sentence: str) -> bool:
    """The sentence presents someone as processing the data for the controller: it says so
    (analysis.text.names_a_processor), or it names whose servers, cloud or service the data is kept in
    or passes through ("Tietoja säilytetään Googlen pilvipalveluissa", "… located in Cloudcity’s server
    environment", "välitetään FormSubmit-palvelun kautta")."""
    if analysis_text.names_a_processor(sentence) or _DOES_A_TASK.search(sentence):
        return True
    if _uses_a_service(sentence):
        return True
    if _kept_in_a_service(sentence) and not analysis_text.is_negated(sentence):
        return True
    if not analysis_text.PROCESSING_PLACE.find(sentence, affirmed=False) or _CONNECTS.search(sentence):
        return False  # "selaimesi voi olla yhteydessä Googlen palvelimiin": a browser's, not the data's
    return (
        any(m.vendor.hosted for m in mentions(sentence, True))
        or bool(_owners(sentence))
        or any(hosted for _, hosted in named_services(sentence))
    )


# A party that uses the data on its own terms decides on it itself ("Google Play handles payment … under
# its own terms"); a service that is the data subject's own account is theirs ("sinun oma Google-tilisi").
_ON_ITS_OWN = Screened(
    r"\b(?:under (?:its|their) own (?:terms|privacy)|(?:its|their) own (?:terms|privacy polic\w*)"
    r"|omien (?:käyttö)?ehtojensa|omalla vastuullaan|enligt (?:sina|dess|deras) (?:egna )?villkor"
    r"|your own|sinun oma\w*|din egen|ditt eget|dina egna)\b",
    re.IGNORECASE,
)
# Services said to use the data for their own purposes decide on it themselves, whichever sentence of the
# paragraph names them ("We use third-party services, such as Google AdSense, to display ads. These
# services may collect data about users and use it for their own purposes."): a vendor the base knows as
# no processor is not made one there by being named.
_OWN_PURPOSES = Screened(
    r"\b(?:for (?:its|their) own purposes|omiin (?:käyttö)?tarkoituksiinsa|omia tarkoituksiaan varten"
    r"|för (?:sina|deras|egna) (?:egna )?(?:ändamål|syften))\b",
    re.IGNORECASE,
)


def _for_own_purposes(sentence: str) -> bool:
    """The sentence says someone uses the data for their own purposes — not that processors may not."""
    return bool(
        _OWN_PURPOSES.search(sentence)
        and not analysis_text.is_negated(sentence)
        and not analysis_text.names_a_processor(sentence)
    )


# A pointer to a provider's own documents names the provider, but presents nothing ("Lisätietoa:
# Googlen tietosuojakäytäntö", "Provider details: Supabase Data Processing Addendum").
_POINTER = re.compile(
    r"^\W*(?:lisätietoa|lisätietoja|lue lisää|tutustu|mer information|läs mer|more information|read more"
    r"|provider details|see)\b[^.]{0,120}(?:tietosuoj\w*|käytän\w*|ehdo\w*|policy|statement|addendum|terms"
    r"|villkor|integritet\w*|dataskydd\w*)"
    # A line that is only the title of a provider's policy, as a link reads: "Google Privacy Policy",
    # "Googlen tietosuojakäytäntö".
    r"|^\W*(?-i:[A-ZÅÄÖ])[\w.&'’:-]*(?:\s(?-i:[A-ZÅÄÖ])[\w.&'’:-]*){0,2}\s+"
    r"(?:privacy (?:policy|statement|notice)|cookie policy|terms of (?:service|use)"
    r"|tietosuoja(?:käytäntö|seloste|ehdot)|integritetspolicy)\W*$",
    re.IGNORECASE,
)


_TRACKERS = frozenset({SystemKind.ANALYTICS, SystemKind.ADVERTISING})
# The name an item of a list starts with, up to what it says of it: "- Intercom, customer data analysis",
# "- Mailgun: transactional email", "- Kuvio (lomakkeet)".
_ITEM_LEAD = re.compile(r"^[ \t]*[-•*–][ \t]*(?P<lead>[^,:;()–—\n]{2,60}?)[ \t]*(?:[,:;(–—]|$)")


def _lists_of_providers(lines: list[str]) -> set[int]:
    """The indices of the items of each list that is a list of service providers whatever its
    introduction says ("we may transfer the data to the following third parties:"): at least three
    items, most of which start with a service the knowledge base knows, one of them at least as its
    customers' processor other than a tracker — a list of analytics tools or social networks alone is
    the cookies' matter."""
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, ""]):
        if _ITEM_LEAD.match(line):
            run.append(index)
            continue
        known = [
            [m.vendor for m in mentions(lead["lead"], True) if m.vendor.hosted]
            for i in run
            if (lead := _ITEM_LEAD.match(lines[i]))
        ]
        known = [vendors for vendors in known if vendors]
        processing = any(v.processor and v.kind not in _TRACKERS for vendors in known for v in vendors)
        if len(run) >= 3 and 2 * len(known) > len(run) and processing:
            found.update(run)
        run = []
    return found


@lru_cache(maxsize=1024)
def _provider_items(text: str) -> frozenset[int]:
    """The line indices of `text` that are items of a list of service providers: asked of the same text by
    `processor_sentences` and `listed_providers` (a vendor look-up per item), so read once."""
    return frozenset(_lists_of_providers(text.split("\n")))


def listed_providers(text: str) -> list[str]:
    """The names the items of a list of service providers (`_lists_of_providers`) start with, as written
    ("Maxmind", "iDevAffiliate", "Breezy HR"): in such a list a name need not look like one."""
    lines = text.split("\n")
    names = []
    for index in sorted(_provider_items(text)):
        lead = _ITEM_LEAD.match(lines[index])
        name = lead["lead"].strip(" .*") if lead else ""
        if name and (name[0].isupper() or _NAME_SHAPE.search(name)) and is_service_name(name):
            names.append(name)
    return names


def processor_sentences(text: str, *, section: bool) -> list[str]:
    """The sentences and list items of `text` that present someone as processing the data on the
    controller's behalf. In a processors section (`section`) every sentence and item does — the
    heading says so — unless it is negated or names a controller of its own; elsewhere a sentence
    that says so ("Google käyttää näitä tietoja puolestamme", "The website is hosted by GitHub Pages"),
    and the items of a list such a sentence introduces ("palveluntarjoajat:")."""
    found: list[str] = []
    introduced = False
    lines = text.split("\n")
    providers = _provider_items(text)
    for index, line in enumerate(lines):
        item = bool(re.match(r"\s*[-•*–|]", line)) or _first_cell(line) is not None
        introduced = (introduced and (item or not line.strip())) or index in providers
        own_purposes = any(_for_own_purposes(sentence) for sentence in analysis_text.sentences(line))
        for sentence in analysis_text.sentences(line):
            if analysis_text.INDEPENDENT_CONTROLLER.find(sentence, affirmed=False):
                continue
            if _ON_ITS_OWN.search(sentence) or _for_own_purposes(sentence) or _POINTER.search(sentence):
                continue
            known = [m.vendor for m in mentions(sentence, True)]
            if own_purposes and known and not any(v.processor for v in known):
                continue  # the paragraph says they use the data for their own purposes, as the base knows
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

# The party a sentence says processes the data, by the sentence's form: the subject of a verb of doing it
# for the controller ("Timma toimii henkilötietojen käsittelijänä", "Stripe provides payment processing
# for us", "Kirjanpidon hoitaa Tilitoimisto Laskuri Oy"), the one the controller engages or uses ("vi
# anlitar Visma som personuppgiftsbiträde", "käytämme Mailchimpiä"), the one by whom or with which it is
# done ("implemented with Counter.dev", "maksupalveluntarjoajan Paytrailin toimesta") or in which it is
# stored ("Membership information is stored in Google Docs", "Rekistereitä pidetään … -palvelussa").
_DOES = (
    r"(?:käsittele(?:e|vät)|toimi(?:i|vat)|tarjoaa|tarjoavat|hoita(?:a|vat)|ylläpitää|ylläpitävät"
    r"|säilyttää|tallentaa|tuottaa|vastaa(?:vat)?"
    r"|behandlar|fungerar|agerar|är|tillhandahåller|sköter|lagrar|levererar|driver"
    r"|process(?:es)?|acts?|provides?|handles?|hosts?|stores?|operates?|maintains?|manages?|delivers?"
    r"|serves?)"
)
_SUBJECT = re.compile(
    rf"(?:^|(?<=[,;:]\s)|(?<=\sja\s)|(?<=\soch\s)|(?<=\sand\s)){_NAME_CASED}(?:\s(?:Oyj?|Ab|Abp|Inc\.?|Ltd\.?|LLC|GmbH|AB))?"
    rf"(?:\s\([^)]{{1,60}}\))?(?:,[^,]{{1,80}},)?\s+(?:(?:myös|också|also|tällöin|då|then)\s+)?{_DOES}\b",
    re.IGNORECASE,
)
_OBJECT = re.compile(
    r"\b(?:käytämme|hyödynnämme|käyttää|käyttävät|vi (?:anlitar|använder)|anlitar|använder|we (?:use|engage)"
    r"|uses|engages?|on käytössä|palveluntarjoaja(?:mme|na|namme)?|kumppani(?:mme|na)"
    r"|implemented (?:with|using)|(?:stored|kept|saved|held|maintained|hosted) (?:in|on|with|within|at)"
    r"|(?:lagras|sparas|förvaras) (?:i|hos)|behandlas (?:i|av)|tallennetaan|säilytetään|pidetään)\s+"
    r"(?:(?:the|a|kolmannen osapuolen|ulkopuolisen)\s+)?"
    r"(?:(?:palvelu[an]?|tjänsten|service|platform)\s+)?" + _NAME_CASED,
    re.IGNORECASE,
)
# A capitalised name's first word runs to a blank or ":": one bounded scan says so before the name is
# read, so that a long run of capitals is not read again from each capital in it.
_AGENT = re.compile(
    rf"(?=(?-i:[a-z])|(?-i:[A-ZÅÄÖ])(?>[\w.+&'’]{{0,99}})(?<=[\w+])[\s:])"
    rf"{_NAME_CASED}(?::\w{{1,3}})?\s+(?:toimesta|avulla|kautta)\b",
    re.IGNORECASE,
)
# A name in the elative or ablative is where the data comes from ("Finna-palvelusta", "palvelimelta").
_FROM_CASE = re.compile(r"(?:-\w+)?(?:sta|stä|lta|ltä)$", re.IGNORECASE)
# Words that start a sentence the way a name would and are not one: the controller, a kind of party.
_NOT_A_PARTY = re.compile(
    r"(?i:me|we|vi|he|they|de|ne|se|it|this|tämä|yhdistys|yritys|yhtiö|seura|förening(?:en)?|företag(?:et)?"
    r"|bolag(?:et)?|company|association|organisation|organization|(?:henkilö)?tie(?:dot|to\w*)"
    r"|(?:person)?uppgift\w*|data|information|sovellus|appen|the|our|vår|meidän)$"
)


def _written_names(sentence: str) -> list[tuple[str, Vendor | None]]:
    """The names the sentence's form presents as the party processing the data (_SUBJECT, _OBJECT,
    _AGENT), with the case ending of a name the knowledge base does not know left as written. A word
    starting the sentence counts only if it looks like a name ("Step2Fit", "Counter.dev", "OP
    Kevytyrittäjä", "Timma Oy"), or the knowledge base knows it, or it is not a word for a kind of party."""
    found = []
    for pattern in (_SUBJECT, _OBJECT, _AGENT):
        for match in pattern.finditer(sentence):
            name = match["name"].strip(" .,:;")
            if pattern is not _AGENT and _FROM_CASE.search(name) and not mentions(name, True):
                continue
            # "Paytrailin toimesta", "finns i Cloudcitys servermiljö": a genitive before what is theirs.
            after = sentence[match.end("name") :]
            if pattern is _AGENT or (pattern is _OBJECT and re.match(r"\s+[a-zåäö]", after)):
                name = _without_genitive(name)
            finnish_verb = re.match(r"(?i:käyt|hyödyn)", match.group(0))
            if pattern is _OBJECT and finnish_verb and not mentions(name, True):
                name = _without_partitive(name)  # "Käytämme PostHogia": the object is in the partitive
            first = name.split()[0]
            if re.match(_TASK, first, re.IGNORECASE):
                continue  # "Kirjanpidon hoitaa X": the task, not who does it
            at_start = not sentence[: match.start("name")].strip(" -•*–")
            looks_like_one = " " in name or _NAME_SHAPE.search(name) or mentions(name, True)
            # Only the subject right before its verb may be an ordinary-looking word ("Timma toimii …").
            if at_start and not looks_like_one and (pattern is not _SUBJECT or "," in match.group(0)):
                continue
            if _NOT_A_PARTY.match(first) or not is_service_name(name):
                continue
            known = mentions(name, True)
            found.append((known[0].text, known[0].vendor) if known else (name, None))
    return found


# The header of a table column that names the processors: "Käsittelijä", "Palveluntarjoaja", "Processor".
_PROCESSOR_COLUMN = re.compile(
    r"(?i:(?:henkilötietojen |tietojen )?(?:käsittelijä|palveluntarjoaja|alihankkija|toimittaja|kumppani)t?"
    r"|(?:personuppgifts)?biträde|leverantör|underleverantör|tjänsteleverantör"
    r"|(?:sub-?)?processors?|(?:service )?providers?|vendors?|suppliers?|sub-?contractors?)"
)


_CELL_NAME = rf"{_NAME_BODY}(?:,?\s(?:Oyj?|Ab|Inc\.?|Ltd\.?|LLC|GmbH))?"


def named_processors(text: str, own: str = "", *, section: bool) -> list[tuple[str, Vendor | None]]:
    """(name as written, its knowledge-base vendor or None) for each service or organisation that `text`
    presents as a processor (`processor_sentences`), each once, in order. Not the controller's own
    name, nor software the organisation runs itself ("MariaDB-tietokanta"), nor an authority or a bank
    the knowledge base knows as no processor."""
    found: dict[str, tuple[str, Vendor | None]] = {}
    column: int | None = None  # the column of a table whose header names the processors
    providers = {name.casefold() for name in listed_providers(text)}
    for sentence in processor_sentences(text, section=section):
        cells = [c.strip() for c in sentence.strip().strip("|").split("|")] if "|" in sentence else []
        if not cells:
            column = None
        elif header := [i for i, cell in enumerate(cells) if _PROCESSOR_COLUMN.fullmatch(cell)]:
            column = header[0]
            continue
        elif column is not None and column < len(cells):
            cell = cells[column].strip(" *")
            if re.fullmatch(_CELL_NAME, cell) and is_service_name(cell):
                known = mentions(cell, True)
                key = known[0].vendor.root.id if known else cell.casefold()
                if not (own and is_own_name(cell, own)) and key not in found:
                    found[key] = (known[0].text, known[0].vendor) if known else (cell, None)
            continue  # the other cells say what it does and where
        # A vendor that is no processor by default (Google Fonts, a payment service) is one where it is
        # listed or the sentence says so, not where a processors' section merely mentions it.
        first_cell = _first_cell(sentence)
        row = first_cell is not None
        listed = presents_a_processor(sentence) or row or bool(re.match(r"\s*[-•*–]", sentence))
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
        if listed:
            named += _written_names(sentence)
        if row and re.fullmatch(_NAME_BODY, first_cell) and is_service_name(first_cell):
            named.append((first_cell, None))  # the first cell of a row of a table of providers
        # A leading name must look like one: "OP Kevytyrittäjä", "Step2Fit" — not "Lomakkeelle".
        lead = _LEADING_NAME.match(sentence)
        if lead and is_service_name(lead["name"]) and re.search(r"\w[A-Z0-9.]|\s", lead["name"]):
            named.append((lead["name"], None))
        elif (item := _ITEM_LEAD.match(sentence)) and item["lead"].strip(" .*").casefold() in providers:
            named.append((item["lead"].strip(" .*"), None))
        for name, vendor in named:
            name = name.strip(" .,:;()")
            if vendor is None and mentions(name, True):
                continue  # a longer spelling of a vendor the base knows, read above
            key = vendor.root.id if vendor else name.casefold()
            if name and not (own and is_own_name(name, own)) and key not in found:
                found[key] = (name, vendor)
    return list(found.values())
