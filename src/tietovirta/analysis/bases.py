"""Which GDPR Art. 6(1) bases a text names — the one reader the importer and the checks share.

Both the letters ("Art. 6(1)(f)", "6.1 a", "6 artiklan 1 kohdan b alakohta") and the words
("Sopimuksellinen peruste" → b, "oikeutettu etu" → f, "berättigat intresse", "legal obligation") count.
A mention negated in its own clause ("ei perustu suostumukseen, vaan sopimukseen") is no basis. In a
text that is the legal-basis section itself, the old henkilötietolaki wording counts as well: an
"asiakassuhde" is a contract (b), an "asiallinen yhteys" a legitimate interest (f).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tietovirta.analysis.text import sentences
from tietovirta.canonical.schema import LegalBasis

_FLAGS = re.IGNORECASE | re.UNICODE

_ARTICLE = re.compile(
    r"(?<!\d)6\s*(?:art\w*\.?\s*)?(?:\(\s*1\s*\)|\.\s*1|\s*mom\w*\.?\s*1|\s+art\w*\s+1\s+koh\w*|\s+(?:punkt|st\.?)\s*1"
    r"|\s*[:,]?\s*1\s+koh\w*)\s*(?:koh\w*\s*)?\(?\s*([a-f])\s*\)?(?:\s*(?:ala)?koh\w*|\s*alakohta\w*|\s*punkt\w*)?"
    r"(?!\w)",
    _FLAGS,
)
# "Art. 6 (1) a ja f", "6.1 a-, b- ja c-kohdat": further letters after the first.
_MORE_LETTERS = re.compile(
    r"^\s*(?:[-–,]\s*|\s+(?:ja|tai|och|eller|and|or)\s+|\s*\)\s*)\(?([a-f])(?=[)\-\s,.;:]|$)\)?", _FLAGS
)

_PHRASES: dict[LegalBasis, tuple[str, ...]] = {
    LegalBasis.CONSENT: (r"suostumu\w*", r"samtyck\w*", r"consent\w*"),
    LegalBasis.CONTRACT: (
        r"\w*sopimu\w*",
        r"toimeksiann\w*",
        r"tilaussuhte\w*",
        r"\w*avtal\w*",
        r"contract\w*",
        r"(?:steps|measures) (?:taken )?(?:at the request of|prior to)",
    ),
    LegalBasis.LEGAL_OBLIGATION: (
        r"lakisäätei\w*",
        r"lain(?:säädännön)? (?:vaatim|edellyttäm|velvoittam|mukai\w* velvo)\w*",
        r"lakiin perustuv\w*",
        r"perustuu lakiin",
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
# Wording of the repealed henkilötietolaki (523/1999 8 §) that named a basis: read in a basis section.
_OLD_LAW: dict[LegalBasis, tuple[str, ...]] = {
    LegalBasis.CONTRACT: (
        r"asiakassuhte\w*",
        r"asiakkuu\w*",
        r"kundförhållande\w*",
        r"customer relationship",
    ),
    LegalBasis.LEGITIMATE_INTERESTS: (
        r"asiallinen yhteys",
        r"asiallise\w* yhteyde\w*",
        r"jäsenyyteen perustuv\w*",
        r"jäsensuhte\w*",
        r"medlemskap\w*",
        r"sakligt samband",
    ),
}


def _compile(table: dict[LegalBasis, tuple[str, ...]]) -> dict[LegalBasis, re.Pattern[str]]:
    return {b: re.compile(r"(?<!\w)(?:" + "|".join(p) + ")", _FLAGS) for b, p in table.items()}


_WORDS = _compile(_PHRASES)
_OLD = _compile(_OLD_LAW)
# A negation that governs a mention: in the same clause, shortly before it.
_NEGATED = re.compile(
    r"(?<!\w)(?:ei|eikä|emme|eivät|ilman|not|no|never|without|inte|icke|ej|utan)(?!\w)[^,;:()]{0,40}$", _FLAGS
)
_CLAUSE_BREAK = re.compile(r"(?<!\w)(?:vaan|mutta|but|utan att|men)(?!\w)", _FLAGS)


def _negated(sentence: str, start: int) -> bool:
    before = sentence[max(0, start - 60) : start]
    before = _CLAUSE_BREAK.split(before)[-1]
    return bool(_NEGATED.search(before))


@lru_cache(maxsize=8192)
def bases_with_evidence(text: str, *, basis_section: bool = False) -> dict[LegalBasis, str]:
    """Each Art. 6(1) basis the text names, with the sentence that names it (first mention).
    `basis_section`: the text is the legal-basis section, so the old law's wording counts too."""
    found: dict[LegalBasis, str] = {}
    tables = (_WORDS, _OLD) if basis_section else (_WORDS,)
    for sentence in sentences(text or ""):
        for match in _ARTICLE.finditer(sentence):
            letters = [match.group(1)]
            rest = sentence[match.end() :]
            while more := _MORE_LETTERS.match(rest):
                letters.append(more.group(1))
                rest = rest[more.end() :]
            for letter in letters:
                found.setdefault(LegalBasis(letter.lower()), sentence)
        for table in tables:
            for basis, pattern in table.items():
                if basis in found:
                    continue
                for match in pattern.finditer(sentence):
                    if not _negated(sentence, match.start()):
                        found[basis] = sentence
                        break
    return found


def bases_in(text: str, *, basis_section: bool = False) -> list[LegalBasis]:
    """The Art. 6(1) bases the text names, in a–f order."""
    return sorted(bases_with_evidence(text, basis_section=basis_section))
