"""Is this line a heading, and of which section?

Heading names come from `tietovirta.canonical.sections` (labels in fi/sv/en and their aliases);
this module only adds the few headings that are not a register section (the register's name,
the "Muokattu" date, the DPO …) and the sub-headings of the old security section. Typos
("Vastuhenkilö", "tietosisälto") are caught by fuzzy matching with rapidfuzz.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from tietovirta.canonical.sections import (
    CONTACT_PERSON_LABEL,
    MODIFIED_LABEL,
    SECTIONS,
    SECURITY_ELECTRONIC_LABEL,
    SECURITY_MANUAL_LABEL,
    USE_REFERENCES_LABEL,
)

# Targets that are not a section key: each is filled by extract.py.
REGISTER_NAME = "register_name"
CONTACT_PERSON = "contact_person"
MODIFIED = "modified"
USE_REFERENCES = "use_system_references"
SECURITY_MANUAL = "security_manual"
SECURITY_ELECTRONIC = "security_electronic"
DPO = "dpo"
DATA_SUBJECTS = "data_subjects"
LEGITIMATE_INTEREST = "legitimate_interest"

_EXTRA_LABELS: dict[str, tuple[str, ...]] = {
    REGISTER_NAME: (
        "Rekisterin nimi",
        "Registrets namn",
        "Register name",
        "Name of the register",
        "Käsittelytoimen nimi",
        "Name of the processing activity",
    ),
    CONTACT_PERSON: (
        *CONTACT_PERSON_LABEL.values(),
        "Yhteyshenkilö",
        "Rekisterin yhteyshenkilö",
        "Yhteyshenkilö rekisteriä koskevissa asioissa",
        "Yhteysosoite rekisteriä koskevissa asioissa",
        "Rekisteriasioita hoitava henkilö",
        # Whoever answers for register matters is the one to ask (LABELLING.md); a bare "Vastuuhenkilö"
        # is the person responsible (canonical.sections).
        "Rekisteriasioista vastaava henkilö",
        "Rekisteristä vastaava henkilö",
        "Kontaktperson",
        "Kontaktperson för registret",
        "Kontaktperson för registerfrågor",
        "Contact person",
        "Contact person for the register",
        "Contact address for matters concerning the register",
        "Yhteydenotto tietosuoja-asioissa",
        "Kontakt i integritetsfrågor",
        "Contact for privacy matters",
    ),
    MODIFIED: (
        *MODIFIED_LABEL.values(),
        "Päivitetty",
        "Päiväys",
        "Laatimispäivä",
        "Uppdaterad",
        "Senast uppdaterad",
        "Datum",
        "Last updated",
        "Updated",
        "Date",
    ),
    USE_REFERENCES: tuple(USE_REFERENCES_LABEL.values()),
    SECURITY_MANUAL: (
        *SECURITY_MANUAL_LABEL.values(),
        "Manuaalinen aineisto",
        "Manuellt material",
        "Manual material",
        "Manual data",
    ),
    SECURITY_ELECTRONIC: (
        *SECURITY_ELECTRONIC_LABEL.values(),
        "ATK:lla käsiteltävät tiedot",
        "ATK:lla käsiteltävät toiminnot",
        "Sähköisesti käsiteltävät tiedot",
        "Sähköisesti tallennetut tiedot",
        "Uppgifter som behandlas med ADB",
        "Elektroniskt lagrade uppgifter",
        "Electronically processed data",
        "Electronic data",
    ),
    DPO: (
        "Tietosuojavastaava",
        "Tietosuojavastaavan yhteystiedot",
        "Dataskyddsombud",
        "Dataskyddsombudets kontaktuppgifter",
        "Data protection officer",
        "DPO",
        "Tietosuojavastaava ja yhteystiedot",
        "Data protection officer's contact details",
        "Contact details of the data protection officer",
        "Name and contact details of the data protection officer",
    ),
    DATA_SUBJECTS: (
        "Rekisteröityjen ryhmät",
        "Rekisteröidyt",
        "Rekisteröityjen ryhmä",
        "Keitä rekisteri koskee",
        "Kategorier av registrerade",
        "De registrerade",
        "Categories of data subjects",
        "Data subjects",
        "Rekisteröityjen kategoriat",
        "Kenen tietoja käsittelemme",
        "Grupper av registrerade",
        "Vems uppgifter behandlar vi",
        "Groups of data subjects",
        "Whose data we process",
    ),
    LEGITIMATE_INTEREST: (
        "Oikeutettu etu",
        "Oikeutetut edut",
        "Rekisterinpitäjän oikeutettu etu",
        "Rekisterinpitäjän oikeutetut edut",
        "Berättigat intresse",
        "Berättigade intressen",
        "Den personuppgiftsansvariges berättigade intressen",
        "Legitimate interest",
        "Legitimate interests",
        "Legitimate interests of the controller",
        "Legitimate interests of the data controller",
    ),
}

# Security sub-headings also appear as "<security heading> A: …" in one line.
_SECURITY_PREFIXES = (
    "Rekisterin suojauksen periaatteet",
    "Principer för skydd av registret",
    "Principles of protecting the register",
)

_NUMBERING = re.compile(
    r"^\s*(?:(?:\d{1,2}(?:\.\d{1,2})*\.?|[ivx]{1,4}[.)]|[a-h]\))\s*)+(?=\S)", re.IGNORECASE
)
_BULLET = re.compile(r"^\s*[•·▪►\-–*+o]\s+")


def strip_marks(text: str) -> str:
    """A heading line without list bullet, numbering and trailing colon."""
    text = _BULLET.sub("", text)
    text = _NUMBERING.sub("", text)
    return text.strip().rstrip(":").strip()


def normalize(text: str) -> str:
    text = strip_marks(text).casefold()
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


# Headings that ask no question of their own ("Muut tiedot", "Övrigt", "Other information"): what stands
# under them answers whatever each of its sentences says, as text under no heading does.
_CATCH_ALL = re.compile(
    r"muut (?:tiedot|asiat)|muuta|övrigt|övriga (?:uppgifter|frågor)|other (?:information|matters)|"
    r"miscellaneous"
)


def asks_nothing(heading: str) -> bool:
    return bool(_CATCH_ALL.fullmatch(normalize(heading)))


@dataclass(frozen=True)
class HeadingMatch:
    target: str  # a Section.key or one of the constants above
    label: str  # the label it matched, as written in the table
    score: float  # 0..1


@cache
def _labels() -> dict[str, tuple[str, str]]:
    """normalised label → (target, label). Later tables win, so the specific extra labels override."""
    table: dict[str, tuple[str, str]] = {}
    for section in SECTIONS:
        for label in (section.fi, section.sv, section.en, *section.aliases):
            table[normalize(label)] = (section.key, label)
    for target, labels in _EXTRA_LABELS.items():
        for label in labels:
            table[normalize(label)] = (target, label)
    for prefix in _SECURITY_PREFIXES:
        for target in (SECURITY_MANUAL, SECURITY_ELECTRONIC):
            for sub in _EXTRA_LABELS[target]:
                table[normalize(f"{prefix} {sub}")] = (target, sub)
    return table


@cache
def _multiword_labels() -> tuple[str, ...]:
    return tuple(label for label in _labels() if len(label.split()) >= 3)


_WORDS_CUTOFF = 96  # how closely a heading must hold every word of a multiword label


@dataclass(frozen=True)
class _WordTable:
    """The multiword labels by their words and by the length of their sorted words joined."""

    by_word: dict[str, tuple[int, ...]]
    lengths: tuple[int, ...]  # ascending
    by_length: tuple[int, ...]  # the labels' positions in that order


def _joined_length(words: set[str]) -> int:
    return len(" ".join(words)) if words else 0


@cache
def _word_table() -> _WordTable:
    by_word: dict[str, list[int]] = {}
    lengths: list[tuple[int, int]] = []
    for i, label in enumerate(_multiword_labels()):
        words = set(label.split())
        for word in words:
            by_word.setdefault(word, []).append(i)
        lengths.append((_joined_length(words), i))
    lengths.sort()
    return _WordTable(
        {w: tuple(p) for w, p in by_word.items()}, tuple(n for n, _ in lengths), tuple(i for _, i in lengths)
    )


def _word_candidates(norm: str) -> list[str]:
    """The multiword labels that can score _WORDS_CUTOFF by token_set_ratio against `norm`, in the table's
    order (so the best is the one a scan of them all gives). A label sharing no word with the heading
    scores the ratio of the two sets of words joined, at most 1 - |n - m| / (n + m) for their lengths n
    and m: lengths further apart than 4 % (5 % here, for rounding) cannot reach the cutoff. About 50 of
    the 340 labels are left to compare: 60 µs a heading instead of 250-400."""
    table = _word_table()
    words = set(norm.split())
    found: set[int] = set()
    for word in words:
        found.update(table.by_word.get(word, ()))
    n = _joined_length(words)
    low, high = bisect_left(table.lengths, n * 0.95 / 1.05), bisect_right(table.lengths, n * 1.05 / 0.95)
    found.update(table.by_length[low:high])
    labels = _multiword_labels()
    return [labels[i] for i in sorted(found)]


@cache
def _labels_by_length() -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    """The labels of _labels(); their lengths, ascending; their positions in that order."""
    labels = tuple(_labels())
    order = sorted(range(len(labels)), key=lambda i: len(labels[i]))
    return labels, tuple(len(labels[i]) for i in order), tuple(order)


def _ratio_candidates(norm: str, cutoff: float) -> list[str]:
    """The labels that can score `cutoff` by fuzz.ratio against `norm`, in the table's order (so the best
    is the one a scan of them all gives). The ratio is 1 - d / (n + m) for the characters inserted and
    deleted, d ≥ |n - m|: a label of length m reaches c only if n·c / (2 - c) ≤ m ≤ n·(2 - c) / c (c taken
    1 point lower here, for rounding). Half the labels or fewer are left: half the time of a heading."""
    labels, lengths, order = _labels_by_length()
    n, c = len(norm), (cutoff - 1) / 100
    low, high = bisect_left(lengths, n * c / (2 - c)), bisect_right(lengths, n * (2 - c) / c)
    return [labels[i] for i in sorted(order[low:high])]


@lru_cache(maxsize=8192)  # the same line is asked about by the splitter, the classifier and the assigner
def match_heading(text: str, hinted: bool = False) -> HeadingMatch | None:
    """The section a heading line names, or None.

    `hinted` lines are already headings by the document's structure (<h2>, a Word heading, a
    table's left cell): they may be looser matches and may add words after the label
    ("Rekisterinpitäjä ja yhteyshenkilö").
    """
    norm = normalize(text)
    if not norm or len(norm) > 100 or not re.search(r"[^\W\d_]", norm):
        return None
    labels = _labels()
    if norm in labels:
        target, label = labels[norm]
        return HeadingMatch(target, label, 1.0)
    cutoff = (85 if hinted else 92) if len(norm) < 10 else (80 if hinted else 87)
    best = process.extractOne(norm, _ratio_candidates(norm, cutoff), scorer=fuzz.ratio, score_cutoff=cutoff)
    if best is not None:
        target, label = labels[best[0]]
        return HeadingMatch(target, label, round(best[1] / 100 * 0.95, 3))
    if hinted:
        # Every word of a label inside a longer question: "How long do we keep your data?".
        best = process.extractOne(
            norm, _word_candidates(norm), scorer=fuzz.token_set_ratio, score_cutoff=_WORDS_CUTOFF
        )
        if best is not None:
            target, label = labels[best[0]]
            return HeadingMatch(target, label, 0.7)
        # The longest label the heading starts with ("Rekisterinpitäjä ja yhteyshenkilö").
        words = norm.split()
        for n in range(len(words) - 1, 0, -1):
            prefix = " ".join(words[:n])
            if prefix in labels and len(prefix) >= 5:
                target, label = labels[prefix]
                return HeadingMatch(target, label, 0.75)
    return None


_JOINER = re.compile(r"\s+(?:ja|sekä|och|samt|and|&)\s+|\s*[,/]\s*", re.IGNORECASE)


def match_compound(text: str) -> list[HeadingMatch]:
    """The sections a combined heading names: "Tarkastusoikeus ja oikeus vaatia tiedon korjaamista".

    Returns two or more matches (first named first), or [] when the heading is not a combination.
    """
    parts = [p for p in _JOINER.split(strip_marks(text)) if p.strip()]
    if len(parts) < 2:
        return []
    found: list[HeadingMatch] = []
    for part in parts:
        match = match_heading(part, hinted=True)
        if match is None or match.score < 0.85:
            return []
        if all(m.target != match.target for m in found):
            found.append(match)
    return found if len(found) >= 2 else []


# What a heading matched here means to the field classifier (classify.FIELDS).
_CLASS_OF_TARGET = {
    "consent_withdrawal": "consent", "processing_location": "location", SECURITY_MANUAL: "security",
    SECURITY_ELECTRONIC: "security", "access_right": "rights", "rectification": "rights",
    "other_rights": "rights", "responsible_person": CONTACT_PERSON,
}


def known_heading(text: str) -> dict[str, float]:
    """Evidence from the headings the product already knows (the sections' labels in fi/sv/en and the
    variants real documents use): the field a heading names, or each field of a combined heading,
    with how closely it matched. The learned classifier weighs everything else."""
    return dict(_known_heading(text))


@lru_cache(maxsize=8192)
def _known_heading(text: str) -> tuple[tuple[str, float], ...]:
    if compound := match_compound(text):
        found: dict[str, float] = {}
        for m in compound:
            found.setdefault(_CLASS_OF_TARGET.get(m.target, m.target), min(m.score, 0.9))
        return tuple(found.items())
    match = match_heading(text, hinted=True)
    if match is None or match.score < 0.9:
        return ()
    return ((_CLASS_OF_TARGET.get(match.target, match.target), match.score),)
