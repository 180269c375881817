"""Which GDPR Art. 6(1) bases a text names — the one reader the importer and the checks share: the bases
named or stated, the sentence that states the basis, consent relied on or not needed, the legitimate
interest described.

Both the letters ("Art. 6(1)(f)", "6.1 a", "6 artiklan 1 kohdan b alakohta") and the words
("Sopimuksellinen peruste" → b, "oikeutettu etu" → f, "berättigat intresse", "legal obligation") count.
A mention negated in its own clause ("ei perustu suostumukseen, vaan sopimukseen") is no basis. In a
text that is the legal-basis section itself, the old henkilötietolaki wording counts as well: an
"asiakassuhde" is a contract (b), an "asiallinen yhteys" a legitimate interest (f).

How notices state a basis, and what is no statement of one:
- a statute named as the ground ("yhdistyslain mukainen velvoite", "annetun lain (50/2013) nojalla",
  "lagen om medborgarinitiativ (12/2012)", "Peruste: Laki") is a legal obligation (c) — but not the data
  protection laws themselves (tietosuojalaki, henkilötietolaki, dataskyddslagen), which every notice cites;
- a template's box left empty ("☐ Suostumus") offers an option, it states nothing;
- a basis made a condition ("jos käsittely perustuu suostumukseen, voit peruuttaa sen", "where processing
  is based on consent", "i den mån behandlingen grundar sig på") says what follows if it were, not that it is;
- outside the basis section only a sentence that says what the processing rests on counts
  (`stated_bases`): "Tietojen käsittely perustuu sopimukseen", "tallennetaan suostumuksellasi",
  "(6 art. 1 b)" — not a purpose that mentions contracts or a disclosure "lain nojalla".
"""

from __future__ import annotations

import re
from functools import lru_cache

from tietovirta.analysis.screen import Screened
from tietovirta.analysis.text import GENERAL_OBJECTION, OBJECTION, Matcher, is_negated, sentences, word_count
from tietovirta.canonical.schema import LegalBasis

_FLAGS = re.IGNORECASE | re.UNICODE

_ARTICLE = Screened(
    r"(?<!\d)6\s*(?:art\w*\.?\s*)?(?:\(\s*1\s*\)|\.\s*1|\s*mom\w*\.?\s*1|\s+art\w*\s+1\s+koh\w*|\s+(?:punkt|st\.?)\s*1"
    r"|\s*[:,]?\s*1\s+koh\w*)\s*(?:koh\w*\s*)?\(?\s*([a-f])\s*\)?(?:\s*(?:ala)?koh\w*|\s*alakohta\w*|\s*punkt\w*)?"
    r"(?!\w)",
    _FLAGS,
)
# "Art. 6 (1) a ja f", "6.1 a-, b- ja c-kohdat": further letters after the first.
_MORE_LETTERS = re.compile(
    r"^\s*(?:[-–,]\s*|\s+(?:ja|tai|och|eller|and|or)\s+|\s*\)\s*)\(?([a-f])(?=[)\-\s,.;:]|$)\)?", _FLAGS
)

# Accepting the processing itself: the notice asks for consent by the act of using or filling in.
_ACCEPTS_PROCESSING = (
    r"hyväks\w* (?:\w+ ){0,4}(?:tallentami|käsittel|keräämi|keruu|luovutu|luovuttami)\w*"
    r"|godkän\w* (?:\w+ ){0,4}(?:behandling|insamling|lagring)\w*"
    r"|(?:accept|agree)\w* (?:\w+ ){0,6}(?:processing|collection|use) of (?:your|the) (?:personal )?"
    r"(?:data|information)"
    r"|agreement to (?:\w+ ){0,4}(?:processing|collection)"
)
# Consent asked as the price of using the site or sending the form, said as the sentence's own point ("By
# using the Service, you agree to …", "Any use of this website signifies that you accept …", "Käyttämällä
# palvelua hyväksyt …", "Genom att använda webbplatsen godkänner du …"); not the cookies' own consent, not
# accepting later changes of the notice (checked after the words that open the form: a text without them
# costs one failed try per word).
_NOT_COOKIES = r"(?![^.]*(?:cookie|eväste|kakor|kakan|changes? (?:to|in|of) th))"
_CONSENTS_BY_USING = (
    r"(?:"
    r"(?:\w+, )?by (?:using|accessing|visiting|browsing|submitting|filling in|registering|signing up"
    rf"|continuing to use)\b{_NOT_COOKIES}[^.]{{0,160}}?\byou(?: are)? (?:\w+ )?(?:consent|agree|accept"
    r"|express\w* your (?:consent|agreement))\b"
    r"|(?:any |your )?(?:use of|access\w* (?:of|to)) (?:this|the|our) [\w-]+ (?:signifies|means|constitutes"
    r"|indicates)(?: that)? you(?: \w+)? (?:consent|agree|accept)\b"
    rf"|(?:käyttämällä|täyttämällä|lähettämällä|rekisteröitymällä|liittymällä)\b{_NOT_COOKIES}[^.]{{0,120}}?"
    r"\b(?:hyväksyt|hyväksyy|annat suostumuksesi|antaa suostumuksensa|suostut)\b"
    rf"|genom att (?:använda|besöka|fylla i|skicka|registrera)\b{_NOT_COOKIES}[^.]{{0,120}}?\b(?:godkänner"
    r"|samtycker|accepterar) (?:du|ni)\b"
    r")"
)
_PHRASES: dict[LegalBasis, tuple[str, ...]] = {
    LegalBasis.CONSENT: (
        r"suostumu\w*",
        r"samtyck\w*",
        r"consent\w*",
        # "Täyttämällä lomakkeen hyväksyt tietojesi tallentamisen", "you agree to … the processing of …"
        _ACCEPTS_PROCESSING,
        _CONSENTS_BY_USING,
        # A permission asked or given to process: "voimme kysyä lupaa tietojesi käsittelyyn".
        r"(?:lupa|luva)\w* (?:\w+ ){0,3}(?:käsittel|tallent|kerä|lähettä)\w*",
    ),
    LegalBasis.CONTRACT: (
        # Not inside a statute's name ("työsopimuslaki", "arbetsavtalslagen", "Employment Contracts Act"):
        # that is a legal obligation.
        r"\w*sopimu(?!\w*la(?:ki|ke|in|is))\w*",
        r"toimeksiann\w*",
        r"tilaussuhte\w*",
        r"\w*avtal(?!\w*lag)\w*",
        r"contract\w*(?!\w)(?!\s+act\b)",
        r"agreements?(?! to)",  # "the agreement between you and us", not "your agreement to this policy"
        r"(?:steps|measures) (?:taken )?(?:at the request of|prior to)",
        # The service the data subject asked for: "perustuu pyytämäsi palvelun toteuttamiseen".
        r"(?:pyytämä|tilaama)\w* palvelu\w*",
        r"tjänst\w* (?:som )?(?:du|ni) (?:har )?(?:beställt|begärt)",
        r"services? (?:that )?(?:you|the user) (?:have |has )?(?:requested|ordered)",
    ),
    LegalBasis.LEGAL_OBLIGATION: (
        r"lakisäätei\w*",
        r"lain(?:säädännön)? (?:vaatim|edellyttäm|velvoittam|mukai\w* velvo)\w*",
        r"lakiin perustuv\w*",
        r"perustuu lakiin",
        r"perustu\w* (?:\w+ ){0,2}lainsäädäntöön",
        r"lain nojalla",
        r"oikeudellis\w* velvoit\w*",
        r"kirjanpitolai?\w*",
        r"lainsäädännö\w* velvoit\w*",
        r"\w*lain mukaise\w* velvollisuu\w*",
        r"rättslig\w* förpliktelse\w*",
        r"lagstadga\w*",
        r"lagkrav\w*",
        r"enligt lag\w*",
        r"bokföringslag\w*",
        r"legal obligations?",
        r"statutory (?:obligation|duty|requirement)\w*",
        r"required by law",
        r"required (?:by|under) (?:the |applicable |relevant )?(?:laws?|legislation)",
        r"compliance with (?:a |the |our |any )?(?:legal|statutory)\w*",
        r"rättslig\w* skyldighet\w*",
        r"lagenlig\w* skyldighet\w*",
        r"obligations? under (?:the )?law",
        r"comply with (?:the |a )?(?:law|legal)\w*",
        r"accounting act",
        r"bookkeeping act",
    ),
    LegalBasis.VITAL_INTERESTS: (
        r"elintärke\w* (?:etu|edu)\w*",
        r"grundläggande intressen?",
        r"vitala intressen",
        r"vital interests?",
    ),
    LegalBasis.PUBLIC_TASK: (
        r"yleisen edun",
        r"yleistä etua",
        r"yleiseen etuun",
        r"julkisen vallan",
        r"allmänt intresse",
        r"myndighetsutövning",
        r"public interest",
        r"public task",
        r"official authority",
    ),
    LegalBasis.LEGITIMATE_INTERESTS: (
        r"oikeute\w* (?:etu|edu|intressi)\w*",
        r"berättiga\w* intress\w*",
        r"legitimate interests?",
    ),
}
# A statute named as the ground: a legal obligation (c). Checked against _DATA_PROTECTION_LAW.
_STATUTE = Screened(
    r"(?<!\w)(?:"
    # "yhdistyslain mukainen", "ampumaratalain 12 §:n nojalla", "perustuu työsopimuslakiin"
    r"\w{3,}lai?n (?:\d+\s*§\S*\s+)?(?:mukai|nojalla|perusteella|edellyttä|vaatim|velvoitt)\w*"
    r"|\w{3,}la(?:kiin|keihin)(?!\w)"
    r"|\w*lai?n?\s*\(\d+/\d{4}\)"  # "lain (50/2013)", "laki (1050/2018)"
    r"|(?:annetu|annettu)\w* lai\w*|lakiperustei\w*|lakiin pohjautu\w*"
    r"|\w*(?:peruste|grund|basis)\w*\s*:\s*(?:laki|lag|law)(?!\w)"  # "(Peruste: Laki)", "Oikeusperuste: laki"
    r"|lagen om \w+|\w{3,}lag(?:en|ens)?\s*\(\d+/\d{4}\)|\w{4,}lagen(?:s)?(?!\w)"
    r"|act on (?:the )?\w+|\w+ act\s*\(\d+/\d{4}\)"
    r")",
    _FLAGS,
)
_DATA_PROTECTION_LAW = re.compile(
    r"tietosuoj|henkilötie|personuppgift|dataskydd|data protection|personal data|523/1999|1050/2018", _FLAGS
)

# Wording of the repealed henkilötietolaki (523/1999 8 §) that named a basis: read in a basis section.
_OLD_LAW: dict[LegalBasis, tuple[str, ...]] = {
    LegalBasis.CONTRACT: (
        r"asiakassuh(?:de|te)\w*",
        r"asiakkuu\w*",
        r"kundförhållande\w*",
        r"customer relationship",
    ),
    LegalBasis.LEGITIMATE_INTERESTS: (
        r"asiallinen yhteys",
        r"asiallise\w* yhteyde\w*",
        r"jäsenyyteen perustuv\w*",
        r"jäsensuh(?:de|te)\w*",
        r"medlemskap\w*",
        r"sakligt samband",
    ),
}


def _compile(table: dict[LegalBasis, tuple[str, ...]]) -> dict[LegalBasis, Screened]:
    return {b: Screened(r"(?<!\w)(?:" + "|".join(p) + ")", _FLAGS) for b, p in table.items()}


_WORDS = _compile(_PHRASES)
# Every basis's own words, less the acceptance forms (a statement in themselves): what the checks look
# for when they ask whether a text speaks of a basis ("suostumus" in the consent field).
NAMES: dict[LegalBasis, Matcher] = {
    basis: Matcher(*(words[:3] if basis is LegalBasis.CONSENT else words))
    for basis, words in _PHRASES.items()
}
CONSENT = NAMES[LegalBasis.CONSENT]
_BASIS_NAMES = Screened("|".join(m.pattern.pattern for m in NAMES.values()), _FLAGS)
_OLD = _compile(_OLD_LAW)
# A negation that governs a mention: in the same clause, shortly before it.
_NEGATED = re.compile(
    r"(?<!\w)(?:ei|eikä|emme|eivät|ilman|not|no|never|without|inte|icke|ej|utan|inget|ingen|inga)(?!\w)"
    r"[^,;:()]{0,40}$",
    _FLAGS,
)
# A template's box left empty: "☐ Suostumus", "[ ] Consent".
_UNCHECKED = re.compile(r"^\W{0,3}(?:☐|□|❏|\[\s\])")
# Words that say what processing rests on.
_RESTS_ON = (
    r"perustu\w*|perustei\w*|perusteella|nojalla|pohjautu\w*|oikeusperust\w*|käsittelyperust\w*"
    r"|grundar sig|baserar sig|baserat? på|bygger på|med stöd av|rättslig\w* grund\w*"
    r"|based on|on the basis of|(?:legal|lawful) (?:basis|bases|grounds?)|rel(?:y|ies|ying) on|rests? on"
)
# A basis made a condition: "jos käsittely perustuu suostumukseen", "siltä osin kuin … perustuu",
# "where processing is based on consent", "i den mån behandlingen grundar sig på samtycke".
_HYPOTHETICAL = Screened(
    r"(?<!\w)(?:jos|mikäli|siltä osin kuin|sikäli kuin|silloin kun|niiltä osin kuin|if|where|whenever"
    r"|insofar as|to the extent(?: that)?|om|ifall|i den mån|i de fall|när)(?!\w)[^,;:()]{0,80}?"
    rf"(?<!\w)(?:{_RESTS_ON})(?!\w)",
    _FLAGS,
)
# A sentence that says what processing rests on ("perustuu", "grundar sig på", "based on") …
_STATES_RESTING = Screened(rf"(?<!\w)(?:{_RESTS_ON})(?!\w)", _FLAGS)
# … or that consent is given or the processing accepted ("tallennetaan suostumuksellasi", "olet antanut
# suostumuksesi", "with your consent", "med ditt samtycke").
_STATES_CONSENT = re.compile(
    r"(?<!\w)(?:suostumuksella\w*|luvalla\w*|with (?:your|their|the user's) consent"
    r"|med (?:ditt|ert|deras|den registrerades) samtycke"
    r"|anta\w* (?:\w+ ){0,2}suostumu\w*|suostumu\w* (?:\w+ ){0,3}anta\w*"
    r"|(?:given|give|gave) (?:\w+ ){0,2}consent|consented"
    r"|anta\w* (?:\w+ ){0,2}luva\w*|(?:kysy|pyy)\w* lupa\w*"
    r"|samtycke\w* (?:\w+ ){0,3}(?:gett|givit|gav|lämna\w*)|(?:gett|givit|lämnat) (?:\w+ ){0,2}samtycke"
    rf"|{_ACCEPTS_PROCESSING})(?!\w)",
    _FLAGS,
)
# What is disclosed or transferred with consent or by law is no basis of the processing itself.
_DISCLOSES = re.compile(
    r"(?<!\w)(?:luovut\w*|överl[åä]t\w*|utlämn\w*|lämnas ut|disclos\w*|shar(?:e|es|ed|ing)|transferr?\w*)"
    r"(?!\w)",
    _FLAGS,
)
# A template's question ("Mikä oikeutettu etu on kyseessä:", "Miten suostumuksen voi peruuttaa:").
_QUESTION = re.compile(
    r"^\W*(?:mi(?:kä|tkä|ten|llä|hin|ssä|stä)|kuka|vad|hur|vilk\w+|what|how|which)(?!\w).*[:?]$", _FLAGS
)
# A sentence about a purpose: the old law's "asiakassuhde" there is what is done, not the basis.
_PURPOSE_WORDS = re.compile(r"(?<!\w)(?:\w*tarkoitu\w*|ändamål\w*|syfte\w*|purposes?)(?!\w)", _FLAGS)
_CLAUSE_BREAK = re.compile(r"(?<!\w)(?:vaan|mutta|but|utan att|men)(?!\w)", _FLAGS)
# A sentence whose subject is the basis ("Käsittelyn oikeusperusteena on …", "The legal basis for
# processing is …", "Den rättsliga grunden för behandlingen är …"): matched at its start.
_ANNOUNCES_THE_BASIS = Screened(
    r"[\W\d]*(?:"
    r"(?:the |our )?(?:legal|lawful|handling) (?:basis|bases|grounds?) (?:(?:for|of) (?:\w+ ){0,6})?"
    r"(?:is|are)\b"
    r"|(?:legal|lawful) (?:basis|bases|grounds?)(?: for (?:\w+ ){0,4})?\s*:\s*\w"  # "Legal basis: consent"
    r"|(?:the |this |our |such |all )?processing (?:of (?:\w+ ){0,4})?(?:is|are) based on\b"
    r"|we process (?:\w+ ){0,4}(?:based on|on the basis of)\b"
    r"|(?:henkilötietojen )?käsittelyn (?:oikeus)?perustee?\w* on\b"
    r"|(?:henkilötietojen )?käsittely perustuu\b"
    # "Käsittelyperusteena on sopimus", "Oikeusperusteena ovat …", "Rättslig grund: avtal"
    r"|(?:henkilötietojen )?(?:käsittely|oikeus)perustee?(?:na|t|ina)? (?:on|ovat)\b"
    r"|(?:oikeusperuste|käsittelyperuste|rättslig grund)\s*:\s*\w"
    r"|(?:den )?rättsliga grunden? (?:för (?:\w+ ){0,5})?är\b"
    r"|(?:behandlingen|behandling) (?:\w+ ){0,4}(?:grundar|baserar) sig på\b"
    rf"|{_CONSENTS_BY_USING}"
    r")",
    _FLAGS,
)


def _negated(sentence: str, start: int) -> bool:
    before = sentence[max(0, start - 60) : start]
    before = _CLAUSE_BREAK.split(before)[-1]
    return bool(_NEGATED.search(before))


def _sentences(text: str) -> list[str]:
    """The sentences line by line: a template's box or question is a line of its own."""
    return [s for line in (text or "").split("\n") for s in sentences(line)]


def _statute(sentence: str) -> bool:
    return any(not _DATA_PROTECTION_LAW.search(m.group(0)) for m in _STATUTE.finditer(sentence))


def _names_no_basis(sentence: str) -> bool:
    """An empty template box, or a basis made a condition: the sentence states no basis."""
    return bool(_UNCHECKED.match(sentence) or _QUESTION.match(sentence) or _HYPOTHETICAL.search(sentence))


def _read(
    sentence: str, tables: tuple[dict[LegalBasis, Screened], ...], found: dict[LegalBasis, str]
) -> None:
    """The bases `sentence` names, added to `found` with the sentence as their evidence."""
    for match in _ARTICLE.finditer(sentence):
        letters = [match.group(1)]
        rest = sentence[match.end() :]
        while more := _MORE_LETTERS.match(rest):
            letters.append(more.group(1))
            rest = rest[more.end() :]
        for letter in letters:
            found.setdefault(LegalBasis(letter.lower()), sentence)
    for table in tables:
        if table is _OLD and _PURPOSE_WORDS.search(sentence):
            continue
        for basis, pattern in table.items():
            if basis in found:
                continue
            for match in pattern.finditer(sentence):
                if not _negated(sentence, match.start()):
                    found[basis] = sentence
                    break
    if LegalBasis.LEGAL_OBLIGATION not in found and _statute(sentence):
        found[LegalBasis.LEGAL_OBLIGATION] = sentence


@lru_cache(maxsize=8192)
def bases_with_evidence(text: str, *, basis_section: bool = False) -> dict[LegalBasis, str]:
    """Each Art. 6(1) basis the text names, with the sentence that names it (first mention).
    `basis_section`: the text is the legal-basis section, so the old law's wording counts too."""
    found: dict[LegalBasis, str] = {}
    tables = (_WORDS, _OLD) if basis_section else (_WORDS,)
    for sentence in _sentences(text):
        if not _names_no_basis(sentence):
            _read(sentence, tables, found)
    # "Employee data is not processed on the basis of consent": where the text says so and states consent as
    # a basis nowhere, a consent named in passing (a source's, a health-data condition's) is no basis.
    if (
        LegalBasis.CONSENT in found
        and consent_not_needed(text)
        and LegalBasis.CONSENT not in stated_bases(text)
    ):
        del found[LegalBasis.CONSENT]
    return found


def basis_statements(text: str) -> list[str]:
    """The sentences of a text outside the basis section that state a basis: they say what processing
    rests on or cite the article ("Tietojen käsittely perustuu sopimukseen", "Uutiskirje | Suostumus
    (6 art. 1 a)"), or that consent is given — not every mention of a contract or the law."""
    found: list[str] = []
    for sentence in _sentences(text):
        if _names_no_basis(sentence) or _DISCLOSES.search(sentence):
            continue
        # The statement is said of the basis, not inside its name ("lakiin perustuvat velvoitteet").
        said = _BASIS_NAMES.sub(" ", sentence)
        if _ARTICLE.search(sentence) or _STATES_RESTING.search(said) or _STATES_CONSENT.search(sentence):
            probe: dict[LegalBasis, str] = {}
            _read(sentence, (_WORDS,), probe)
            if probe:
                found.append(sentence)
    return found


@lru_cache(maxsize=8192)
def stated_bases(text: str) -> dict[LegalBasis, str]:
    """The bases `basis_statements` state, each with the first sentence that states it."""
    found: dict[LegalBasis, str] = {}
    for sentence in basis_statements(text):
        _read(sentence, (_WORDS,), found)
    return found


def bases_in(text: str, *, basis_section: bool = False) -> list[LegalBasis]:
    """The Art. 6(1) bases the text names, in a–f order."""
    return sorted(bases_with_evidence(text, basis_section=basis_section))


@lru_cache(maxsize=8192)  # the sentence model's features and assign ask about the same sentence
def states_the_basis(sentence: str) -> bool:
    """The sentence answers the legal basis wherever it stands: its subject is the basis ("Käsittelyn
    oikeusperusteena on …") — documents put the purpose and the basis under one heading, or state the
    basis in a sentence of the purpose section."""
    return bool(_ANNOUNCES_THE_BASIS.match(sentence))


# The basis as a heading names it, alone or in the compounds that mean the legal basis ("käsittelyperuste",
# "oikeusperusteet", "millä perusteella"); not the grounds of something else ("valintaperusteet",
# "poistoperusteet"), "perustelut", "perustettu", "perustiedot" (basic data) nor "grundläggande".
_NAMES_THE_BASIS = re.compile(
    r"(?<!\w)(?:käsittely|oikeus|laillisuus|lainmukaisuus)?peruste(?:e?t|en|ella|ena|ina|illa|ista|esta|i?ta|tta)?"
    r"(?!\w)|perustuu|(?<!\w)(?:grund(?:en|er|erna|s)?|bas[ie]s|lawful\w*)(?!\w)",
    _FLAGS,
)


def heading_names_the_basis(heading: str) -> bool:
    """A heading, or one part of a joined one, asks for the legal basis: "käsittelyperuste", "millä
    perusteella", "rättsliga grunder", "on what basis"."""
    return bool(_NAMES_THE_BASIS.search(heading))


def only_a_basis(text: str) -> bool:
    """A short text that names a legal basis and nothing else ("Sopimuksellinen peruste.")."""
    return word_count(text) <= 5 and bool(bases_in(text)) and _BASIS_WORD.find(text) is not None


_BASIS_WORD = Matcher(r"peruste\w*", r"perusteella", r"grund\w*", r"bas[ie]s", r"art\w*\.?\s*6")

# Bases offered as alternatives: "suostumus tai oikeutettu etu", "contract or legitimate interests".
ALTERNATIVE = Matcher(
    r"tai(?!\w)",
    r"taikka",
    r"vaihtoehtoisesti",
    r"eller",
    r"alternativt",
    r"or",
    r"and/or",
)


# --- Consent ----------------------------------------------------------------------------------------

_NEED = re.compile(
    r"(?<!\w)(?:tarvi\w*|tarvit\w*|tarpee\w*|vaadi\w*|vaadit\w*|edellyt\w*|pyyd\w*|pyydet\w*|kerät\w*|perustu\w*"
    r"|behöv\w*|krävs|kräv\w*|inhämta\w*|begär\w*|grunda\w*|baser\w*|nödvändig\w*"
    r"|required|requires?|needed|needs?|necessary|requested|collected|asked|based|basis|rel(?:y|ies|ied))(?!\w)",
    _FLAGS,
)


def consent_not_needed(text: str) -> str | None:
    """A sentence saying consent is not needed or not the basis ("ei suostumusta tarvita")."""
    for sentence in sentences(text):
        if CONSENT.pattern.search(sentence) and is_negated(sentence) and _NEED.search(sentence):
            return sentence
    return None


CONSENT_RELIED_ON = Matcher(
    r"perustu\w* (?:\S+ ){0,3}suostumu\w*",
    r"suostumu\w* (?:on|toimii) (?:\S+ ){0,2}(?:käsittely)?peruste\w*",
    r"suostumu\w* perusteella",
    r"(?:grundar|grundas|baseras|bygger) (?:sig )?på (?:\S+ ){0,3}samtyck\w*",
    r"med stöd av (?:\S+ ){0,2}samtyck\w*",
    r"(?:based|relies|rely) on (?:\S+ ){0,3}consent",
    r"with (?:\S+ ){0,2}consent as (?:the|its) (?:legal |lawful )?basis",
)


# --- The legitimate interest ----------------------------------------------------------------------

# What follows "oikeutettu etu" when the interest is named: "(asiakaspalvelu)", ": asiakasviestintä",
# "… kehittämiseksi", "berättigat intresse av …", "legitimate interest in / to / for …".
# A parenthesis that cites the article ("(GDPR 6 art. 1 f)") names no interest.
_INTEREST_NAMED = re.compile(
    r"\((?!\s*(?:gdpr|eu|art|tietosuoja|dataskydds|tsl|6\b|6\.))|:\s*\w|\s[—–-]\s*\w"
    r"|(?<!\w)(?:kuten|esim|mm|eli|ts|jotta|av|för|såsom|t\.ex|in|to|for|such as|e\.g|namely)(?![\w-])"
    r"|(?<!\w)\w+(?:miseksi|miseen|mista)(?!\w)"
    r"|(?<!\w)(?:etu|etumme|etuumme|etuun|etunsa)\s+[^\W\d_]+[aä](?!\w)",  # "etu kertoa …"
    _FLAGS,
)
# The interest as the subject of its description: "Rekisterinpitäjän oikeutettu etu on tarjota …", "Vårt
# berättigade intresse är att …", "The legitimate interests pursued by us are …" — not "… on käsittelyn
# peruste", which says only that it is a basis.
_INTEREST_IS = re.compile(
    r"^(?:\s+(?:pursued|sought)(?:\s+by\s+\w+)?)?\s+(?:on|ovat|är|is|are)\s+"
    r"(?!(?:(?:käsittelyn|the|a|an|one|our|den|en|ett|myös|also|vår|vårt)\s+)*"
    r"(?:\w*peruste\w*|\w*grund\w*|bases|basis|grounds?|legal|lawful|not|ei|inte)(?!\w))\w",
    _FLAGS,
)
# The balancing test (Art. 6(1)(f)): the interest weighed against the data subject's rights.
_BALANCING = re.compile(
    r"(?<!\w)(?:syrjäyt\w*|punni\w*|tasapainotest\w*|intressipunninn\w*|oikeasuhtai\w*"
    r"|avväg\w*|väger (?:\w+ )?tyngre|överväg\w*|proportionerlig\w*"
    r"|overrid\w*|outweigh\w*|balanc\w*|proportionate)(?!\w)",
    _FLAGS,
)
# The interest grounded in a relationship with the data subject ("perustuu … asiakassuhteeseen",
# "a relevant and appropriate relationship", the repealed law's "asiallinen yhteys").
_RELATIONSHIP = re.compile(
    r"(?<!\w)(?:asiakassuh\w*|asiakkuu\w*|jäsensuh\w*|(?:asiallise?|asianmukai)\w* (?:yhtey|suh)\w*"
    r"|kundrelation\w*|kundförhållande\w*|sakligt samband"
    r"|(?:customer|client) relationships?|(?:relevant|appropriate) relationships?)(?!\w)",
    _FLAGS,
)
# What a sentence stating the basis says besides the purpose it stands for: these words name none
# ("This processing of personal data is based on the legitimate interest of the controller").
_NO_PURPOSE = re.compile(
    r"(?<!\w)(?:"
    r"henkilö\w*|tie(?:to|do)\w*|käsittel\w*|perust\w*|oikeusperust\w*|rekisterinpitäjä\w*|kolmanne\w*"
    r"|osapuol\w*|yhtiö\w*|yrity\w*|yhdistyk\w*|meidän|myös|lisäksi|tällöin|sekä|ja|tai|on|ovat|ollaan|olla"
    r"|näistä|näiden|tämän|tästä|tähän|niistä|niiden|sen|siitä"
    # The regulation the basis comes from ("EU:n yleisen tietosuoja-asetuksen mukainen", "under the GDPR").
    r"|eu|gdpr|yleise\w*|tietosuoja\w*|asetu\w*|mukai\w*|artikla\w*|kohd\w*|dataskydd\w*|förordning\w*"
    r"|enligt|artikel\w*|general|regulation|protection|under|according|pursuant|article\w*"
    r"|personuppgift\w*|uppgift\w*|behandl\w*|grund\w*|baser\w*|bygger|rättslig\w*|personuppgiftsansvarig\w*"
    r"|tredje|part\w*|vår|våra|vi|också|även|den|det|de|är|och|eller|sig|på|av|för|med|stöd"
    r"|personal|data|information|processing|processed|process|based|basis|bases|legal|lawful|grounds?"
    r"|controller\w*|third|part(?:y|ies)|company|our|we|us|its|the|this|that|such|these|is|are|of|on|and"
    r"|or|also|rel(?:y|ies)|a|an|to|by|in|[a-zåäö]{1,2}"
    # Whose data and who may process it: "We may process your data based on …".
    r"|your|you|their|may|can|will|be|sinun|teidän|heidän|voi\w*|din|dina|ditt|er|era|deras|kan|kommer|att"
    r")(?!\w)",
    _FLAGS,
)


_POSSESSOR = re.compile(r"(?:\s*(?-i:[A-ZÅÄÖ])[\w&.:'’-]*)+\s*$")


@lru_cache(maxsize=8192)
def describes_legitimate_interest(sentence: str) -> bool:
    """The sentence relies on the legitimate interest and says which it is ("Tietoja käsitellään oikeutetun
    edun perusteella palvelun kehittämiseksi", "Vid delbetalning grundar sig behandlingen på berättigat
    intresse"), or grounds it in the relationship with the data subject — not only that it is a basis.
    That the interest was weighed against the data subject's rights says not what it is (LABELLING.md).
    A template's empty box, and the right to object to such processing, speak of it too, but describe no
    interest."""
    found = _WORDS[LegalBasis.LEGITIMATE_INTERESTS].search(sentence)
    if not found or _UNCHECKED.match(sentence) or _QUESTION.match(sentence):
        return False
    if GENERAL_OBJECTION.mentioned_in(sentence) or OBJECTION.mentioned_in(sentence):
        return False
    if _BALANCING.search(sentence):
        return False
    if _INTEREST_NAMED.search(sentence[found.start() :]) or _INTEREST_IS.match(sentence[found.end() :]):
        return True
    if _RELATIONSHIP.search(sentence):
        return True
    # The purpose it stands for, said before it: "As regards marketing, the legal basis … is …" — not
    # another basis listed before it ("consent (6(1)(a)), contract … or legitimate interests").
    before = sentence[: found.start()]
    if bases_with_evidence(before):
        return False
    # Whose interest it is names no purpose either: "… perustuu Kuppi Oy:n", "… on Kuppi Ltd's".
    before = _POSSESSOR.sub("", before)
    return bool(_NO_PURPOSE.sub(" ", re.sub(r"[^\w\s]", " ", before)).split())


# "Rättslig grund: berättigat intresse.", "Legal basis: legitimate interest and your consent.": a label
# giving the basis of what the block said before it.
_BASIS_LABEL = re.compile(
    r"^\W*(?:(?:käsittelyn\s+)?(?:oikeus|käsittely)?perustee?\w*|rättslig\w* grund\w*"
    r"|(?:legal|lawful) (?:basis|bases|grounds?))\s*:",
    _FLAGS,
)


def interest_sentences(block: list[str]) -> list[str]:
    """The sentences of one block (a list item, a paragraph, a table row) that describe the legitimate
    interest: those that do by themselves, and what the block says before a label giving the legitimate
    interest as its basis, with the label ("- Responding to contact requests. Legal basis: legitimate
    interest.")."""
    found: list[str] = []
    start = 0
    for n, sentence in enumerate(block):
        if _BASIS_LABEL.match(sentence):
            if LegalBasis.LEGITIMATE_INTERESTS in bases_with_evidence(sentence):
                found += [s for s in block[start:n] if s not in found] + [sentence]
            start = n + 1
        elif describes_legitimate_interest(sentence):
            found.append(sentence)
    return found
