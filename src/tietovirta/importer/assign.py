"""Sections → pieces of text assigned to fields, each with a confidence.

The classifier (classify.py) says how likely a section answers each field. This module decides:
- a section that clearly answers one field goes there whole;
- a section that answers several ("Ändamål och rättslig grund", "Tarkoitus ja oikeusperuste") is
  split sentence by sentence among those fields;
- text with no heading of its own (a preamble, a document without headings) is read sentence by
  sentence;
- a sub-heading whose own words say little ("Itse annetut tiedot") answers what its parent answers;
- a run of headings with no text of their own followed by one block of text (a PDF whose headings
  and values were separated) shares the text among those headings by content.
It also splits a document that describes several registers.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from tietovirta.analysis import entities
from tietovirta.analysis import text as analysis_text
from tietovirta.analysis.bases import (
    bases_in,
    describes_legitimate_interest,
    heading_names_the_basis,
    interest_sentences,
    states_the_basis,
)
from tietovirta.analysis.titles import (
    is_register_title,
    joins_a_name_and_a_document_word,
    speaks_of_the_document,
)
from tietovirta.importer import content, values
from tietovirta.importer.blocks import Block, merge_paragraphs
from tietovirta.importer.classify import Model, topics
from tietovirta.importer.headings import asks_nothing, known_heading
from tietovirta.importer.sections import Section

CLEAR = 0.5  # a section's top field at least this likely, and the runner-up far behind: it goes whole
SECOND = 0.35  # a runner-up this likely makes the section a candidate for splitting
WEAK = 0.3  # below this the section's own words say too little: it follows its parent
SENTENCE = 0.45  # a sentence read on its own is assigned when its field is at least this likely
SUGGEST = 0.35  # below this a value is a suggestion, not filled in (extract)
# Facts that are read out of any sentence, wherever it stands, because documents state them in passing.
_PARTIES = {"controller", "contact_person", "dpo"}
SENTENCE_FIELDS = (
    "legitimate_interest",
    "statutory_requirement",
    "automated_decisions",
    "data_subjects",
    "sources",
    "retention",
    "purpose",
    "legal_basis",
    "disclosures",
    "processors",
    "transfers",
    "cookies",
    "rights",
)
# A sentence this likely to answer another field than its section's moves there.
MOVE = 0.95
# Under a heading joining the purpose and the basis, a sentence read as the basis that the sentence model
# finds at least this likely a purpose names both (a basis alone stays far below: "Käsittelyn
# oikeusperuste on suostumus" ≈ 0.0–0.07).
ALSO_PURPOSE = 0.15
_SENTENCE_END = re.compile(rf"(?<=[.!?]){analysis_text.NOT_AFTER_ABBREVIATION}\s+(?=[A-ZÅÄÖ0-9\"”(])")


@dataclass
class Piece:
    field: str  # a classifier class (classify.FIELDS)
    text: str
    confidence: float  # calibrated: how often a piece given with this score was right
    heading: str  # the heading it stood under ("" for none)
    section: Section
    starts_block: bool = True  # the text begins a paragraph or list item (joined with a line break)
    by_content: bool = False  # placed by what it says, away from the heading it stood under
    # A sentence taken out of a section that answers another field ("Käsittely perustuu sopimukseen." in
    # the purpose section): it answers its field in passing, so the field's own sentences are still sought.
    moved: bool = False


def sentences_of(block: Block) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(block.full_text()) if s.strip()]


def _introduces_list(blocks: list[Block], i: int) -> bool:
    """Block i ends with a colon and list items follow it ("Käsittelemme tietoja seuraaviin
    tarkoituksiin:" / "- …"): the sentence and its list say one thing and are read as one."""
    return (
        blocks[i].kind != "item"
        and blocks[i].text.rstrip().endswith(":")
        and i + 1 < len(blocks)
        and blocks[i + 1].kind == "item"
    )


def _list_runs(blocks: list[Block]) -> dict[int, int]:
    """index of a list item → index of the sentence that introduces its list, for each introduced list."""
    owner: dict[int, int] = {}
    for i in range(len(blocks)):
        if _introduces_list(blocks, i):
            k = i + 1
            while k < len(blocks) and blocks[k].kind == "item":
                owner[k] = i
                k += 1
    return owner


def _top(probs: dict[str, float]) -> list[tuple[str, float]]:
    # Highest first; a stable sort keeps equal probabilities in the model's order, as sorting by -p did.
    return sorted(probs.items(), key=itemgetter(1), reverse=True)


def _continues(previous: str, current: str, sentence: str, model: Model) -> bool:
    """A sentence that goes on, in the same paragraph or list item, about what the sentence before it
    said ("… is performance of a contract. The contract is a membership agreement …") answers the same
    field, when the sentence model finds that field likely for it, and likelier than the one it would get
    alone, and the sentence names no topic of its own."""
    if previous in (current, "other", *_PARTIES) or _stated_topic(sentence):
        return False
    probs = model.sentence(sentence)
    return probs.get(previous, 0.0) >= max(SENTENCE, probs.get(current, 0.0))


def _by_sentence(
    section: Section, model: Model, allowed: set[str] | None, base: float, fallback: str = "other"
) -> list[Piece]:
    """Each block's sentences to the field the sentence model finds likeliest (among `allowed`; the
    sentence model knows only text fields, so a field it does not know takes what it cannot place)."""
    pieces: list[Piece] = []
    owner = _list_runs(section.blocks)
    decided: dict[int, tuple[str, float]] = {}  # an introducing sentence's field, which its list follows
    purposes: list[Piece] = []  # the data's sentences that say what it is for, in the purpose as well

    def choose(text: str) -> tuple[str, float]:
        if values.names_the_controller(text):
            return "controller", 1.0  # the sentence model knows only text fields
        if stated := _stated_topic(text):
            return stated, 0.9  # "The legal basis of processing this information is …" says what it answers
        probs = model.sentence(text)
        if allowed is not None:
            probs = {k: v for k, v in probs.items() if k in allowed}
            total = sum(probs.values())
            probs = {k: v / total for k, v in probs.items()} if total else {fallback: 1.0}
        best, p = _top(probs)[0]
        if allowed is not None and (elsewhere := _said_elsewhere(best, text)):
            return elsewhere, p  # the fields the section answers leave out what this sentence says
        return ("other" if allowed is None and p < SENTENCE else best), p

    for i, block in enumerate(section.blocks):
        if i in owner:
            best, p = decided[owner[i]]
            pieces.append(
                Piece(best, block.full_text(), model.calibrated(base * p), section.heading, section)
            )
            continue
        texts = sentences_of(block)
        for n, sentence in enumerate(texts):
            if n == len(texts) - 1 and _introduces_list(section.blocks, i):
                # The sentence says what its list is: read together, they say what the list answers.
                items = [b.text for k, b in enumerate(section.blocks) if owner.get(k) == i]
                best, p = decided[i] = choose(" ".join([sentence, *items]))
            else:
                best, p = choose(sentence)
                if n and _continues(pieces[-1].field, best, sentence, model):
                    best, p = pieces[-1].field, model.sentence(sentence)[pieces[-1].field]
            pieces.append(Piece(best, sentence, model.calibrated(base * p), section.heading, section, n == 0))
            if _also_the_purpose(best, sentence):
                # Kept apart: the sentences after it continue the data's field, not the purpose.
                purposes.append(dataclasses.replace(pieces[-1], field="purpose", moved=True))
    return _merge(pieces) + _merge(purposes)


_ADDRESS_LINE = re.compile(r"^(?:\d{5}\s+\w|[\w .-]+\s\d+\s?[A-Za-z]?(?:\s\d+)?$|PL\s*\d+)")


def _value_pieces(blocks: list[Block]) -> list[str]:
    """Lines that follow a run of empty headings, cut where one value may end and the next begin: at a
    blank line, after a sentence, or where a new capitalised line does not continue a list, an address
    or a broken line."""
    pieces: list[list[str]] = []
    previous = ""
    for block in blocks:
        line = block.full_text()
        short = len(line.split()) <= 7 and not line.endswith((".", ":"))
        continues = (
            previous.endswith((",", "-"))
            or line[:1].islower()
            or _ADDRESS_LINE.match(line)
            or (short and len(previous.split()) <= 7 and not previous.endswith((".", ":")))
        )
        if not pieces or block.gap_before or previous.endswith((".", "!", "?")) or not continues:
            pieces.append([])
        pieces[-1].append(line)
        previous = line
    return ["\n".join(p) for p in pieces]


# The value profiles of importer.content name some fields by their seed section.
_CONTENT_TARGET = {"rights": "other_rights", "contact_person": "responsible_person"}


def _lost_order(slots: list[tuple[str, str]], section: Section, model: Model) -> list[Piece]:
    """A run of headings whose values all follow the last one (a PDF's lost order, seed 000): the
    values are matched to the headings likeliest pair first, one value per heading; a value left over
    continues the one before it. `slots` are the run's (field, heading) pairs."""
    texts = _value_pieces(section.blocks)
    scores: dict[tuple[int, int], float] = {}
    for i, text in enumerate(texts):
        as_sentence = model.sentence(text)
        as_section = model.section(Section("", blocks=[Block("paragraph", text)]))
        # A short value naming an Art. 6(1) basis is the basis ("Sopimuksellinen peruste.").
        basis = 0.3 if len(text.split()) <= 12 and bases_in(text) else 0.0
        for k, (field, heading) in enumerate(slots):
            # The models read sentences and sections; a bare value ("Sähköposti, Lomake, Messut") is read
            # best with the words values of that heading typically hold as well.
            words = content.score(
                text,
                _CONTENT_TARGET.get(field, field)
                if field != "location"
                else ("processing_location" if "missä" in heading.casefold() else "location"),
            )
            scores[(i, k)] = (
                (as_sentence.get(field, 0.0) + as_section.get(field, 0.0)) / 2
                + (basis if field == "legal_basis" else 0.0)
                + 0.1 * min(words, 6.0)
            )
    chosen: dict[int, int] = {}
    for (i, k), score in sorted(scores.items(), key=lambda item: -item[1]):
        if score >= 0.2 and i not in chosen and k not in chosen.values():
            chosen[i] = k
    pieces: list[Piece] = []
    previous = 0
    for i, text in enumerate(texts):
        k = chosen.get(i, previous)
        previous = k
        field, heading = slots[k]
        pieces.append(
            Piece(field, text, max(0.5, model.calibrated(scores[(i, k)])), heading, section, by_content=True)
        )
    return _merge(pieces)


def _merge(pieces: list[Piece]) -> list[Piece]:
    """Consecutive sentences of one field and one section become one piece."""
    out: list[Piece] = []
    for piece in pieces:
        last = out[-1] if out else None
        if (
            last
            and last.field == piece.field
            and last.section is piece.section
            # A sentence too uncertain to fill in does not take a sure one down with it into a suggestion
            # ("För registret ansvarar vd X. Registret används för att …").
            and (last.confidence >= SUGGEST) == (piece.confidence >= SUGGEST)
        ):
            joiner = ("\n" if piece.text.startswith("- ") else "\n\n") if piece.starts_block else " "
            out[-1] = dataclasses.replace(
                last,
                text=f"{last.text}{joiner}{piece.text}",
                confidence=min(last.confidence, piece.confidence),
                moved=last.moved and piece.moved,
                by_content=False,
            )
        else:
            out.append(piece)
    return out


# A table's column headers are short: "Tarkoitus", "Oikeusperuste (GDPR Art.)", "Tietotyypit".
_COLUMN_FIELD = (
    ("purpose", re.compile(r"tarkoitu|käsittelytoimi|ändamål|syfte|purpose", re.IGNORECASE)),
    (
        "legal_basis",
        re.compile(r"peruste\b|oikeusperust|rättslig grund|legal basis|lawful basis", re.IGNORECASE),
    ),
    (
        "data_collected",
        re.compile(r"^(?:henkilö)?tie(?:to|do)|^(?:person)?uppgift|personal data|^data\b", re.IGNORECASE),
    ),
)


def _column_fields(header: tuple[str, ...]) -> list[str | None]:
    """The field each column of a table answers, by its header ("Käyttötarkoitus" → purpose), or None."""
    found: list[str | None] = []
    for cell in header:
        name = re.sub(r"\(.*?\)", "", cell).strip()
        known = known_heading(name)
        field = next(iter(known)) if len(known) == 1 else None
        if field not in {f for f, _ in _COLUMN_FIELD}:
            field = next((f for f, pattern in _COLUMN_FIELD if pattern.search(name)), None)
        found.append(field if field not in found else None)
    return found


def _table_by_column(section: Section, model: Model) -> tuple[list[Piece], list[Block]]:
    """A table of processing purposes whose columns say what they hold ("Tarkoitus | Oikeusperuste |
    Tiedot"): each column's cells answer the field its header names; the section's other blocks are
    returned to be read as usual. Tables of any other kind are read whole."""
    pieces: list[Piece] = []
    rest: list[Block] = []
    for block in section.blocks:
        fields = _column_fields(block.header) if block.kind == "row" else []
        if "purpose" not in fields or sum(f is not None for f in fields) < 2:
            rest.append(block)
            continue
        confidence = model.calibrated(0.9)
        for field, cell in zip(fields, block.cells, strict=False):
            if field and cell.strip():
                pieces.append(Piece(field, cell.strip(), confidence, section.heading, section))
    return _merge(pieces), rest


def _names_one_field(heading: str) -> bool:
    """The heading is one the product knows, naming a single field ("Tietojen säännönmukaiset
    luovutukset"): its text answers that field, whatever else a sentence of it mentions."""
    known = known_heading(heading)
    return len(known) == 1 and max(known.values()) >= 0.95


# Fields that never name the data's recipients: a sentence read as one of them that does is the
# disclosures' answer.
_NO_RECIPIENTS = {"sources", "data_collected", "data_subjects", "retention", "controller", "contact_person"}


def _said_elsewhere(field: str, sentence: str) -> str:
    """The field a sentence of a `field` section answers instead, by what it says: the recipients named at
    the end of the sources ("Tietoja luovutetaan viranomaisille …"), or the people whose data the
    data-collected section keeps ("Rekisteri pitää sisällään tietoja potentiaalisista asiakkaista."), the
    processor a disclosures section presents; "" if none."""
    if field in _NO_RECIPIENTS and analysis_text.says_whether_data_is_disclosed(sentence):
        return "disclosures"
    if field == "data_collected" and _only_whose_data(sentence):
        return "data_subjects"
    if (
        field == "disclosures"
        and analysis_text.states_a_processor_role(sentence)
        and entities.processor_sentences(sentence, section=False)
    ):
        return "processors"  # "Analytiikkapalvelu toimii henkilötietojen käsittelijänä" after the recipients
    return ""


def _only_whose_data(sentence: str) -> bool:
    """The sentence says whose data is kept and names none of the data ("Käsittelemme lomakkeen
    täyttävien henkilöiden tietoja."), nor introduces a list of it."""
    return (
        not sentence.rstrip().endswith(":")
        and analysis_text.says_whose_data(sentence)
        and analysis_text.says_no_data_items(sentence)
    )


def _whole(section: Section, field: str, confidence: float, model: Model) -> list[Piece]:
    """A section that answers one field, less the sentences that clearly answer another (a purpose
    section's "Käsittely perustuu sopimukseen." is the legal basis)."""
    if field in _PARTIES or field == "other":
        return [Piece(field, section.body, confidence, section.heading, section)]
    # A short section moves only a sentence that says by its own form what it answers ("The data is not
    # shared with third parties." after the purpose, the recipients at the end of two sentences of
    # sources); the sentence model is not trusted on so little.
    said = [sentence for b in section.blocks for sentence in sentences_of(b)]
    few = len(said) < 3
    if few and not any(
        _stated_topic(sentence) not in ("", field)
        or _also_the_purpose(field, sentence)
        or (len(said) > 1 and _said_elsewhere(field, sentence))
        for sentence in said
    ):
        return [Piece(field, section.body, confidence, section.heading, section)]
    pieces: list[Piece] = []
    owner = _list_runs(section.blocks)
    unit: dict[int, tuple[str, float]] = {}  # an introduced list's field and confidence, by its sentence
    for i, block in enumerate(section.blocks):
        if i in owner:
            listed, listed_confidence = unit[owner[i]]
            moved = listed != field
            pieces.append(
                Piece(listed, block.full_text(), listed_confidence, section.heading, section, moved=moved)
            )
            continue
        texts = sentences_of(block)
        for n, sentence in enumerate(texts):
            if n == len(texts) - 1 and _introduces_list(section.blocks, i):
                # A list and the sentence introducing it say one thing: they stay or move together, as
                # the sentence says ("Käytämme seuraavia palveluntarjoajia:" in a section on disclosures).
                items = [b.text for k, b in enumerate(section.blocks) if owner.get(k) == i]
                probs = model.sentence(" ".join([sentence, *items]))
                best, p = _top(probs)[0]
                moved = best not in (field, "other") and p >= MOVE and probs.get(field, 0.0) < 0.05
                unit[i] = (best, model.calibrated(p)) if moved else (field, confidence)
                pieces.append(
                    Piece(unit[i][0], sentence, unit[i][1], section.heading, section, n == 0, moved=moved)
                )
                if not moved and _also_the_purpose(field, sentence):
                    # The line alone: its list answers what is collected, not why.
                    pieces.append(
                        Piece("purpose", sentence, confidence, section.heading, section, moved=True)
                    )
                continue
            probs = model.sentence(sentence)
            best, p = _top(probs)[0]
            moved = not few and best not in (field, "other") and p >= MOVE and probs.get(field, 0.0) < 0.05
            # "The legal basis for processing is …" in the purpose section says itself what it answers;
            # the interest and consent sections speak of the basis by nature.
            stated = _stated_topic(sentence)
            if stated and stated != field and field not in ("legitimate_interest", "consent"):
                best, moved = stated, True
                if stated == "transfers" or (stated, field) == ("sources", "data_collected"):
                    # "Data is stored on secure servers within the EU" answers where the data is as well as
                    # the section's own question, "Personal data is requested only when the user provides it"
                    # what is collected as well as from whom (LABELLING.md: a sentence answering two goes
                    # into both).
                    pieces.append(Piece(field, sentence, confidence, section.heading, section, n == 0))
            elif (elsewhere := _said_elsewhere(field, sentence)) == "disclosures":
                # "Tietoja luovutetaan viranomaisille …" among the sources answers the disclosures too; the
                # section keeps its words (a form's sources may run on into its other answers).
                pieces.append(
                    Piece(elsewhere, sentence, confidence, section.heading, section, n == 0, moved=True)
                )
                moved = False  # not a second time, where the sentence model would move it there too
            elif elsewhere:
                best, moved, stated = elsewhere, True, elsewhere
            elif (
                not moved and n and pieces[-1].moved and _continues(pieces[-1].field, field, sentence, model)
            ):
                best, moved, p = pieces[-1].field, True, probs[pieces[-1].field]
            pieces.append(
                Piece(
                    best if moved else field,
                    sentence,
                    (confidence if stated == best else model.calibrated(p)) if moved else confidence,
                    section.heading,
                    section,
                    n == 0,
                    moved=moved,
                )
            )
            if not moved and _also_the_purpose(field, sentence):
                pieces.append(
                    Piece("purpose", sentence, confidence, section.heading, section, n == 0, moved=True)
                )
    return _merge(pieces)


def _also_the_purpose(field: str, sentence: str) -> bool:
    """A sentence of the data collected that also says what the data is for ("Käsittelemme seuraavia
    henkilötietoja palvelun toimittamiseksi:"): it answers the purpose as well (LABELLING.md: a sentence
    answering two questions goes into both)."""
    return field == "data_collected" and analysis_text.says_what_data_is_used_for(sentence)


@lru_cache(maxsize=8192)  # asked of each sentence by the register splitter, then by the assigner
def _stated_topic(sentence: str) -> str:
    """The field a sentence names as its own subject ("The purpose of processing is …", "Käsittelyn
    oikeusperusteena on …", "Your data is stored for two years"), else ""."""
    if analysis_text.names_the_purpose(sentence):
        return "purpose"
    if states_the_basis(sentence):
        return "legal_basis"
    topic = analysis_text.states_its_topic(sentence)
    # "Käsittelemme tietoja sopimuksen täytäntöön panemiseksi (6 art. 1 b)": what the data is used for is a
    # basis, and the sentence answers the purpose or the basis as the section it stands in does.
    return "" if topic == "purpose" and bases_in(sentence) else topic


def _purposes_and_bases(section: Section, compound: dict[str, float], model: Model) -> list[Piece]:
    """ "Tarkoitus ja oikeusperuste": each sentence goes where the sentence model puts it, between the
    two fields (or to another field it clearly answers); a line naming a purpose and then its basis
    ("Tilausten toimittaminen – sopimus (6 art. 1 b)") answers both, and an inner label ("Oikeusperuste:")
    decides for the lines under it."""
    pieces: list[Piece] = []
    confidence = {f: model.calibrated(compound[f]) for f in ("purpose", "legal_basis")}
    current: str | None = None
    for block in section.blocks:
        line = block.full_text().strip()
        label = known_heading(line.rstrip(":")) if line.endswith(":") else {}
        if len(label) == 1 and (field := next(iter(label))) in confidence:
            current = field
            continue
        texts = sentences_of(block)
        interest = interest_sentences(texts)
        for n, sentence in enumerate(texts):
            probs = model.sentence(sentence)
            best, p = _top(probs)[0]
            if best not in (*confidence, "other") and p >= MOVE:
                pieces.append(
                    Piece(best, sentence, model.calibrated(p), section.heading, section, n == 0, moved=True)
                )
                continue
            alone = _purpose_or_basis_alone(sentence)
            field = current or alone or max(confidence, key=lambda f: probs.get(f, 0.0))
            fields = [field]
            if (
                not current
                and not alone
                and _NAMES_A_PURPOSE.search(sentence)
                and bases_in(sentence, basis_section=True)
            ) or (
                not current
                and not alone
                and field == "legal_basis"
                and probs.get("purpose", 0.0) >= ALSO_PURPOSE
            ):
                # A basis line that also says what the data is for ("Henkilötietoja käsitellään suostumuksen
                # perusteella yhteydenpitoon …", "asiakassuhde (laskutus, tiedottaminen)") answers both; one
                # whose subject is the basis ("Käsittelyn oikeusperuste on …") answers the basis.
                fields = list(confidence)
            # The interest, and the basis it stands for: by the sentence model, or as a sentence read
            # says it (the same confidence as the sentences read elsewhere, `sentence_facts`).
            if best == "legitimate_interest" and p >= SENTENCE:
                pieces.append(Piece(best, sentence, model.calibrated(p), section.heading, section, n == 0))
            elif sentence in interest:
                pieces.append(Piece("legitimate_interest", sentence, 0.7, section.heading, section, n == 0))
            pieces += [Piece(f, sentence, confidence[f], section.heading, section, n == 0) for f in fields]
    return _merge(pieces)


def _purpose_or_basis_alone(sentence: str) -> str:
    """Of the purpose and the legal basis, the one a sentence answers by its own form: its subject is the
    basis ("Käsittelyn oikeusperuste on …", "Legal basis: legitimate interest."), or the purpose and it
    names no basis ("Käsittelemme henkilötietoja seuraaviin tarkoituksiin:"); "" where it may answer both
    ("Asiakassuhteen hoitaminen – sopimus")."""
    if states_the_basis(sentence):
        return "legal_basis"
    if _stated_topic(sentence) == "purpose" and not bases_in(sentence):
        return "purpose"
    return ""


# "Asiakassuhteen hoitaminen – sopimus", "Marknadsföring: berättigat intresse": a purpose, then its basis.
_NAMES_A_PURPOSE = re.compile(r"^\W*\w[^–—:]{7,}(?:\s[–—-]|:)\s")


def section_probabilities(section: Section, model: Model) -> dict[str, float]:
    """The classifier's probabilities, raised where the heading is one the product knows by name, names
    the processors in its own words ("Palveluntarjoajat", "Sub-processors"), or joins the names of two
    topics ("Tietojen säilytys ja suojaaminen"). Processor sentences under any other heading are read
    one by one (sentence_facts)."""
    probs = model.section(section)
    known = known_heading(section.heading) or dict.fromkeys(_heading_topics(section.heading), 0.9)
    for field, score in known.items():
        probs[field] = max(probs.get(field, 0.0), score)
    return probs


# The topics (classify.topics) that name a field in a heading. Personal data on its own names none:
# "Henkilötietojen käsittely" is about processing, "henkilötietoryhmät" (groups) the data collected.
_TOPIC_FIELD = {
    "retain": "retention",
    "purpose": "purpose",
    "subjects": "data_subjects",
    "groups": "data_collected",
    "collect": "data_collected",
    "content": "data_collected",
    "source": "sources",
    "disclose": "disclosures",
    "transfer": "transfers",
    "security": "security",
    "processor": "processors",
}
# A heading naming one of these topics and no other says what its section answers: "Alihankkijat",
# "Palveluntarjoajat", "Tjänsteleverantörer", "Sub-processors" (the label table knows only some forms).
_NAMED_ALONE = {"processors"}
_JOINER = re.compile(r"\s+(?:ja|sekä|och|samt|and|&)\s+|\s*[,/]\s*", re.IGNORECASE)


def _heading_topics(heading: str) -> list[str]:
    """The fields a heading names by its topics' words: each part of a joined heading (_joined_topics), or
    the one field of _NAMED_ALONE that a heading names and nothing else; [] for any other heading."""
    if joined := _joined_topics(heading):
        return joined
    fields = {_TOPIC_FIELD[t] for t in topics(heading) if t in _TOPIC_FIELD}
    return list(fields) if len(fields) == 1 and fields <= _NAMED_ALONE else []


def _purpose_and_basis(known: dict[str, float], heading: str) -> dict[str, float]:
    """The weights of a heading that joins the purpose and the legal basis: as `known_heading` gives them, or
    read from the parts of a heading the product does not know by name — when they join those two and
    nothing else (a third topic's sentences are not split between the purpose and the basis); else {}."""
    if {"purpose", "legal_basis"} <= set(known):
        return known
    joined = _joined_topics(heading)
    return dict.fromkeys(joined, 0.9) if set(joined) == {"purpose", "legal_basis"} else {}


def _joined_topics(heading: str) -> list[str]:
    """The fields of a heading that joins two or more topics, each part naming one ("Mitä henkilötietoa
    keräämme ja miksi", "Lagring och utlämnande av uppgifter", "Kuvaus rekisteröityjen ryhmistä ja
    henkilötietoryhmistä"); [] for any other heading."""
    parts = [p for p in _JOINER.split(heading) if p.strip()]
    found: list[str] = []
    named: set[str] = set()  # the fields parts name by their topics' words
    for part in parts if len(parts) >= 2 else []:
        fields = {_TOPIC_FIELD[t] for t in topics(part) if t in _TOPIC_FIELD}
        named |= fields
        if not fields and heading_names_the_basis(part):
            # "Syfte och rättslig grund", "Käyttötarkoitus ja käsittelyperuste": a part that asks for the
            # basis alone names the legal basis (beside the purpose only, below).
            fields = {"legal_basis"}
        if "data_subjects" in fields:
            fields.discard("data_collected")  # "Categories of data subjects": the groups are of people
        if len(fields) != 1:
            return []
        found += [f for f in fields if f not in found]
    if "legal_basis" in found and "legal_basis" not in named and "purpose" not in named:
        return []  # "Säilytysaika ja poistamisen perusteet": the grounds of something else
    return found if len(found) >= 2 else []


def _fold(previous: Section, current: Section, gap: bool = True) -> None:
    """`current` was no heading: its line and text belong to `previous`."""
    line = Block("paragraph", current.line or current.heading, gap_before=gap)
    previous.blocks = merge_paragraphs([*previous.blocks, line, *current.blocks])


def repair(sections: list[Section]) -> list[Section]:
    """Where documents put values where headings belong:
    - a heading repeated next to its twin ("Tietojärjestelmät" / "Tietojärjestelmät" / "Excel") is one;
    - a line that only looked like a heading, is no heading the product knows, and stands where a value
      belongs (under an empty heading, with no text of its own, or among the values that follow a run
      of empty headings, as in text copied from a PDF) is a line of the section above;
    - a heading with no text followed by a short heading with no text, and then a section with text, is
      a heading and its value ("Käsittelyn oikeusperuste" / "Suostumus" / "Miksi tietoja …", seed 004).
    A run of empty headings followed by their values is read by content in `assign`."""
    out: list[Section] = []
    empty_run = 0  # empty sections just before
    among_values = False  # inside the text that follows a run of empty headings
    i = 0
    while i < len(sections):
        current = sections[i]
        previous = out[-1] if out else None
        following = sections[i + 1] if i + 1 < len(sections) else None
        after = sections[i + 2] if i + 2 < len(sections) else None
        known = bool(known_heading(current.heading))
        if (
            current.candidate
            and previous is not None
            and previous.heading
            and not known
            and not previous.pair
            and (not previous.blocks or not current.blocks or among_values)
            # "Rekisteröidyt:", a blank line, then a heading with text: the label above was left empty.
            and not (current.gap_before and current.blocks and previous.line.rstrip().endswith(":"))
        ):
            _fold(previous, current, gap=not among_values or current.gap_before)
            i += 1
            continue
        if following and not current.blocks and following.heading.casefold() == current.heading.casefold():
            i += 1  # the twin: keep the second, which has the text
            continue
        value_like = not known_heading(following.heading) if following else False
        if following and bases_in(following.heading) and "legal_basis" in known_heading(current.heading):
            value_like = True  # "Käsittelyn oikeusperuste" / "Suostumus": a basis where the basis belongs
        if (
            following
            and not current.blocks
            and not following.blocks
            and empty_run == 0
            and value_like
            and len(following.heading.split()) <= 3
            and (after is None or (after.blocks and (not after.candidate or known_heading(after.heading))))
            and (after is None or not after.heading or after.heading != following.heading)
        ):
            current.blocks = [Block("paragraph", following.heading)]
            out.append(current)
            i += 2
            continue
        among_values = (empty_run >= 3 and bool(current.blocks)) or (among_values and not known)
        empty_run = 0 if current.blocks else empty_run + 1
        out.append(current)
        i += 1
    return out


def assign(sections: list[Section], model: Model) -> list[Piece]:
    sections = repair(sections)
    pieces: list[Piece] = []
    # level → field of the last section opened at that level, and how likely that section answers it
    parent_field: dict[int, tuple[str, float]] = {}
    probs_of = [section_probabilities(s, model) for s in sections]
    i = 0
    while i < len(sections):
        section, probs = sections[i], probs_of[i]
        ranked = _top(probs)
        if ranked[0][0] == "other" and ranked[1][1] >= SECOND:
            # "Other" is what is left when no field fits; a field the section may well answer wins.
            ranked = [*ranked[1:], ranked[0]]
        (best, p1), (second, p2) = ranked[0], ranked[1]
        inherited, inherited_p = next(
            (parent_field[lvl] for lvl in sorted(parent_field, reverse=True) if lvl < section.level),
            (None, 0.0),
        )
        if not section.blocks:
            # A heading with no text: the start of a run that one block of text may follow.
            run_end = i
            while run_end < len(sections) and not sections[run_end].blocks:
                run_end += 1
            same_level = run_end < len(sections) and all(
                sections[k].level == sections[run_end].level for k in range(i, run_end)
            )
            enough = run_end < len(sections) and len(sections[run_end].blocks) > run_end - i
            if same_level and enough and (run_end - i >= 2 or known_heading(sections[run_end].heading)):
                slots = [(_top(probs_of[k])[0][0], sections[k].heading) for k in range(i, run_end + 1)]
                pieces += _lost_order(
                    [slot for slot in slots if slot[0] != "other"], sections[run_end], model
                )
                i = run_end + 1
                continue
            parent_field = {k: v for k, v in parent_field.items() if k < section.level}
            parent_field[section.level] = (best, p1)
            i += 1
            continue
        first = len(pieces)  # where this section's pieces begin
        table, rest = _table_by_column(section, model) if section.blocks else ([], [])
        if table:
            pieces += table
            if not rest:
                i += 1
                continue
            section = Section(
                section.heading,
                section.number,
                section.level,
                section.parents,
                rest,
                section.pair,
                section.continued,
                section.candidate,
                section.gap_before,
                section.line,
                section.position,
            )
        if not section.heading or asks_nothing(section.heading):
            pieces += _by_sentence(section, model, None, 1.0)
        elif (
            inherited
            and inherited != "other"
            and (
                p1 < WEAK
                or (section.pair and not known_heading(section.heading) and p1 < 0.8)
                # "Nimi: Aino Laine" under "Rekisteriasioita hoitava henkilö": a party's detail is the
                # party the heading names, whichever party the line alone looks like.
                or (section.pair and not known_heading(section.heading) and {best, inherited} <= _PARTIES)
                # "Sähköposti: anna@…" under "Yhteyshenkilö" is hers, whatever else mentions addresses.
                or (section.pair and inherited in _PARTIES and values.names_a_detail(section.heading))
            )
        ):
            # Its own words say little ("Itse annetut tiedot"), or it is a "Label: value" line inside a
            # section ("Laskutusohjelma: Netvisor" under "Sijainti"): it answers what the section answers.
            text = f"{section.heading}: {section.body}" if section.pair else section.body
            # It is right about as often as the section it stands in ("Nimi:" under a contact heading).
            confidence = model.calibrated(max(0.5, inherited_p))
            pieces.append(Piece(inherited, text, confidence, section.heading, section))
        elif len(compound := known_heading(section.heading)) >= 2 and (
            sum(len(sentences_of(b)) for b in section.blocks) <= 1
        ):
            # "Oikeusperuste ja käsittelyn tarkoitus: Sopimus; tilausten toimittaminen." answers each, unless
            # the sentence says which one it answers ("Käsittelyn oikeusperuste on oikeutettu etu.").
            alone = _purpose_or_basis_alone(section.body)
            pieces += [
                Piece(c, section.body, model.calibrated(p), section.heading, section)
                for c, p in compound.items()
                if c in probs and alone in ("", c)
            ]
        elif purpose_and_basis := _purpose_and_basis(compound, section.heading):
            pieces += _purposes_and_bases(section, purpose_and_basis, model)
        elif {best, second} <= _PARTIES and p2 >= SECOND:
            # "Rekisterinpitäjä ja yhteyshenkilö": the same text is read for both.
            pieces += [
                Piece(c, section.body, model.calibrated(p), section.heading, section)
                for c, p in ((best, p1), (second, p2))
            ]
        elif (
            p2 >= SECOND
            and second != "other"
            and best != "other"
            and (p1 < 0.9 or p2 >= 0.75)
            and sum(len(sentences_of(b)) for b in section.blocks) > 1
            and not _names_one_field(section.heading)
        ):
            allowed = {k for k, v in ranked if v >= SECOND} - {"other"}
            pieces += _by_sentence(section, model, allowed, p1, best)
        elif section.pair and (not known_heading(section.heading) or bases_in(section.heading)):
            # "Toiminnanohjausjärjestelmä: palvelimella Suomessa": the label is part of what is said; so
            # is a basis named as the label ("Oikeutettu etu: asiakaspalvelun kehittäminen").
            text = f"{section.heading}: {section.body}"
            pieces.append(Piece(best, text, model.calibrated(p1), section.heading, section))
        else:
            pieces += _whole(section, best, model.calibrated(p1), model)
        if inherited and not section.pair and not section.continued:
            _keep_sub_heading(pieces, first, section, inherited)
        if not section.pair:
            parent_field = {k: v for k, v in parent_field.items() if k < section.level}
            own = p1 >= WEAK or not inherited
            parent_field[section.level] = (best, p1) if own else (inherited, inherited_p)
        i += 1
    # A section read as saying whether data must be given that only requires registering for the service
    # (sv-056's "Du ska registrera dig i tjänsten om du … vill understöda en åsikt") is no such answer.
    pieces = [
        p
        for p in pieces
        if p.field != "statutory_requirement" or not analysis_text.only_a_requirement_to_register(p.text)
    ]
    return _without_the_documents_introduction(_without_preamble_echoes(pieces))


def _introduces_the_document(line: str, field: str) -> bool:
    """A paragraph about the document itself ("Tämä tietosuojaseloste kuvaa, miten … kerää, käyttää ja
    suojaa henkilötietojasi") that does not also state the field's own answer in another sentence ("Tämä
    rekisteriseloste käsittelee X:n tietoja. Käsittelyn tarkoitus on …" keeps its line)."""
    about = [speaks_of_the_document(s) for s in analysis_text.sentences(line)]
    # "Syftet med denna dataskyddsbeskrivning är …" names the document's purpose, not the processing's.
    return any(about) and not any(
        analysis_text.states_its_topic(s) == field
        for s, of_it in zip(analysis_text.sentences(line), about, strict=True)
        if not of_it
    )


def _without_the_documents_introduction(pieces: list[Piece]) -> list[Piece]:
    """The notice's words about itself are no answer to its questions: a section that opens with them
    under a heading that names no such question ("Yleistä", or none) is the introduction, and such a
    paragraph in the purpose section ("Syftet med denna dataskyddsbeskrivning är att informera dig …")
    is left out of the field. What is left out stays in the document's other text."""
    kept: list[Piece] = []
    for piece in pieces:
        if piece.field not in _ANSWERED_UNDER_HEADING:
            kept.append(piece)
            continue
        lines = piece.text.split("\n")
        own = [line for line in lines if not _introduces_the_document(line, piece.field)]
        if len(own) == len(lines):
            kept.append(piece)
        elif own and (
            piece.field in known_heading(piece.heading) or not _introduces_the_document(lines[0], piece.field)
        ):
            # Only the lines about the document leave: under the field's own heading, or where the section
            # opens with its answer ("… Tämä seloste päivitetään tarvittaessa." at its end).
            left_out = [line for line in lines if line not in own]
            kept.append(dataclasses.replace(piece, text="\n".join(own).strip("\n")))
            kept.append(dataclasses.replace(piece, field="other", text="\n".join(left_out)))
        else:
            kept.append(dataclasses.replace(piece, field="other"))
    return kept


# Fields whose answer is made of named parts: groups of data, the rights one by one, manual and electronic
# security, each cookie or analytics service.
_NAMED_PARTS = {"data_collected", "rights", "security", "cookies"}


def _keep_sub_heading(pieces: list[Piece], first: int, section: Section, inherited: str) -> None:
    """A sub-heading whose text goes on answering what the heading above it answers, where that answer is
    made of named parts ("Käsittelemämme henkilötiedot" / "Itse annetut tiedot", "Your rights" / "Right of
    access"), names its part: its line stays with its text. A question ("Miten tietoja suojataan?") asks
    the field's question again and names no part."""
    if (
        inherited in _NAMED_PARTS
        and not section.heading.endswith("?")
        and first < len(pieces)
        and pieces[first].field == inherited
        and pieces[first].section is section
    ):
        piece = pieces[first]
        pieces[first] = dataclasses.replace(piece, text=f"{section.heading}\n{piece.text}")


# Fields a document's introduction touches in passing ("X on sitoutunut suojaamaan asiakkaidensa
# yksityisyyttä … kerää, käyttää ja suojaa henkilötietojasi") and answers again under their own heading.
_ANSWERED_UNDER_HEADING = {
    "purpose",
    "data_collected",
    "data_subjects",
    "sources",
    "disclosures",
    "retention",
}


def _without_preamble_echoes(pieces: list[Piece]) -> list[Piece]:
    """A sentence of the text before the first heading, read as answering a field that a section with
    its own heading answers, is the introduction speaking of the document: the section is the answer."""
    headed = {p.field for p in pieces if p.section.heading and not p.by_content}
    return [
        p
        for p in pieces
        if p.section.heading or p.field not in headed or p.field not in _ANSWERED_UNDER_HEADING
    ]


# Few documents give these a section of their own; a sentence says it wherever it stands, and what it
# says is read by analysis.text (the checks read the same sentences the same way).
_SAID_BY_CONTENT = (
    ("statutory_requirement", analysis_text.says_whether_data_must_be_given),
    ("data_subjects", analysis_text.says_whose_data),
    ("sources", analysis_text.introduces_data_by_its_source),
    ("legitimate_interest", describes_legitimate_interest),
    # Not a negated one ("Tietoja ei luovuteta Otawilman palvelimen ulkopuolelle"), not an independent
    # controller.
    ("processors", lambda sentence: bool(entities.processor_sentences(sentence, section=False))),
    ("purpose", analysis_text.states_the_purpose),
    ("legal_basis", states_the_basis),
    ("disclosures", analysis_text.says_whether_data_is_disclosed),
    ("rights", analysis_text.states_a_right),
    *(
        (topic, lambda s, t=topic: analysis_text.states_its_topic(s) == t)
        for topic in ("retention", "transfers", "sources")
    ),
)
# … and some a block at a time: "- Responding to contact requests. Legal basis: legitimate interest."
_SAID_BY_BLOCK = {"legitimate_interest": interest_sentences}


# A sentence presenting a processor belongs to the processors' text wherever it stands, even where a
# section answers the processors (LABELLING.md: "X processes payments for us" in the cookies section).
_ALSO_ELSEWHERE = {"processors"}


# The rights speak of the legitimate interest, the data subject and processors, but describe none; security
# speaks of who may access the data ("sen lukuun toimivien yritysten työntekijöillä"), though whether it goes
# to anyone outside is the recipients' answer wherever it is said ("… säilytetään luottamuksellisesti.
# Tietoja ei myydä tai jaeta kolmansille osapuolille."). The fields their sentences still answer:
_SPEAKS_IN_PASSING = {
    "rights": {"statutory_requirement"},
    "security": {"statutory_requirement", "disclosures"},
}


def sentence_facts(sections: list[Section], model: Model, assigned: list[Piece]) -> list[Piece]:
    """Sentences that answer one of SENTENCE_FIELDS wherever they stand ("Tietojen antaminen on
    vapaaehtoista" in a section on data collected), for the fields no section answered (and processor
    sentences outside the processors' section). `assigned` are the pieces `assign` gave. A field that only
    a sentence moved out of another section answers ("Rekisteri pitää sisällään tietoja asiakkaista." among
    the data collected) is answered in passing: its sentences elsewhere are still read, though not guessed
    by the sentence model. A sentence introducing a list ("Käytämme tietoja seuraaviin tarkoituksiin:")
    takes its list with it into the field the list answers (_list_field)."""
    sure = [p for p in assigned if p.confidence >= SUGGEST]  # a suggestion answers nothing yet
    taken = {p.field for p in sure if not p.moved}
    touched = {p.field for p in sure if p.moved}
    wanted = set(SENTENCE_FIELDS) - (taken - _ALSO_ELSEWHERE)
    found: list[Piece] = []
    if not wanted:
        return found
    for section in sections:
        answers = _top(section_probabilities(section, model))[0][0]
        owner = _list_runs(section.blocks)
        introduced: dict[int, Piece | None] = {}  # what an introducing sentence answers, by its block
        for i, block in enumerate(section.blocks):
            texts = sentences_of(block)
            block_said = {field: set(read(texts)) for field, read in _SAID_BY_BLOCK.items()}
            pieces: list[Piece] = []
            for sentence in texts:
                said = [
                    field
                    for field, says in _SAID_BY_CONTENT
                    if field in wanted
                    and not (field in taken and field == answers)
                    and (answers not in _SPEAKS_IN_PASSING or field in _SPEAKS_IN_PASSING[answers])
                    and (says(sentence) or sentence in block_said.get(field, ()))
                    # Where a section answers the processors, a sentence elsewhere adds to it only if it
                    # names one ("hlö-tietojen käsittelijän toimesta" in a seed means a member of staff)
                    # and says it acts for the controller: where a cookie or a transfer is stored ("Googlen
                    # palvelimelle Yhdysvalloissa") is that section's matter.
                    and (
                        field not in taken
                        or (
                            analysis_text.names_a_processor(sentence)
                            and bool(entities.named_processors(sentence, section=False))
                        )
                    )
                ]
                pieces += [Piece(field, sentence, 0.7, section.heading, section, False) for field in said]
                probs = model.sentence(sentence)
                best, p = _top(probs)[0]
                if best in wanted and best not in taken | touched and p >= 0.7 and best not in said:
                    pieces.append(
                        Piece(best, sentence, model.calibrated(p * 0.9), section.heading, section, False)
                    )
            pieces = _with_rest_of_paragraph(pieces, block, texts)
            if _introduces_list(section.blocks, i):
                introduced[i] = _list_field(
                    section.blocks, i, [piece for piece in pieces if piece.text == texts[-1]], model
                )
            if (intro := introduced.get(owner.get(i, -1))) is not None:
                # A list item answers what the sentence introducing it answers, besides what it says itself.
                pieces = [
                    dataclasses.replace(intro, text=block.full_text(), starts_block=True),
                    *(piece for piece in pieces if piece.field != intro.field),
                ]
            found += pieces
    return _merge(found)


# Fields whose sentence, read by what it says, goes on to the end of a short paragraph: the sentences after
# one presenting a processor say what it does and on what terms ("Käytämme Googlen ja Dropboxin
# pilvipalveluita. Luotamme siihen, että nämä palvelut …"). A long paragraph moves on to other matters.
_REST_OF_PARAGRAPH = {"processors"}
_SHORT_PARAGRAPH = 3  # sentences


def _with_rest_of_paragraph(pieces: list[Piece], block: Block, texts: list[str]) -> list[Piece]:
    """A block's pieces, where the first of a _REST_OF_PARAGRAPH field takes the sentences after it."""
    if not 2 <= len(texts) <= _SHORT_PARAGRAPH or block.kind == "item":
        return pieces
    out: list[Piece] = []
    for piece in pieces:
        if piece.field not in _REST_OF_PARAGRAPH or piece.text not in texts:
            out.append(piece)
        elif not any(p.field == piece.field for p in out):
            rest = " ".join(texts[texts.index(piece.text) :])
            out.append(dataclasses.replace(piece, text=rest))
    return out


def _list_field(blocks: list[Block], i: int, read: list[Piece], model: Model) -> Piece | None:
    """Of the pieces block i's introducing sentence was read as, the one its list answers too: the field
    the sentence model finds likeliest for the sentence read with its items, if it is one of them. A
    sentence may name whose data or where it comes from and list the data ("Käsittelemme omistajien
    tietoja:" / "- nimi"): then the list answers none of its fields."""
    if not read:
        return None
    items = [b.full_text() for b in itertools.takewhile(lambda b: b.kind == "item", blocks[i + 1 :])]
    best, _p = _top(model.sentence(" ".join([read[0].text, *items])))[0]
    if best == "data_subjects" and not analysis_text.lists_people(items):
        # "Käsittelemme laatijoiden tietoja:" / "- nimi": the sentence says whose data, the list what data.
        return None
    return next((piece for piece in read if piece.field == best), None)


# --- registers -----------------------------------------------------------------------------------------

_CONTENT = {"purpose", "legal_basis", "data_collected", "retention", "sources", "disclosures", "security"}


def _answers_by_sentence(section: Section, model: Model) -> set[str]:
    """The main questions a section's own sentences answer, each read on its own."""
    found: set[str] = set()
    for block in section.blocks:
        for sentence in sentences_of(block):
            field = _stated_topic(sentence)
            if not field:
                best, p = _top(model.sentence(sentence))[0]
                field = best if p >= 0.6 else ""
            found.add(field)
    return found & _CONTENT


def _mini_notices(sections: list[Section], model: Model) -> list[int]:
    """Sections under headings that name no field ("Membership", "Event attendees") whose own sentences
    each answer three or more of the main questions: a page holding one short notice per activity. Two
    or more make the document that many registers; one such section is a register's ordinary text."""
    found = [
        i
        for i, section in enumerate(sections)
        if section.heading
        and not section.continued
        and not known_heading(section.heading)
        and not is_register_title(section.heading)
        and sum(len(sentences_of(b)) for b in section.blocks) >= 4
        and len(_answers_by_sentence(section, model)) >= 3
    ]
    return found if len(found) >= 2 else []


@dataclass
class RegisterPart:
    sections: list[Section]
    name: str = ""  # the heading that names the register where the document's layout does ("Membership")


def split_registers(sections: list[Section], model: Model) -> list[RegisterPart]:
    """One part per register. A new register starts at a title or a top-level heading that names a
    register ("Jäsenrekisteri", "Kameravalvonnan tietosuojaseloste") or where the register's headings
    start again, when the part it starts answers the main questions again (_split_by_titles), or at each
    of a page's short notices per activity (_mini_notices); otherwise
    the document is one register, however many times its running header or its title repeats."""
    if notices := _mini_notices(sections, model):
        return _split_into_notices(sections, notices)
    return [RegisterPart(part) for part in _split_by_titles(sections, model)]


def _split_into_notices(sections: list[Section], notices: list[int]) -> list[RegisterPart]:
    """Each notice with the sections under it up to the next; what stands before the first is a register
    of its own when a heading at the notices' level gives it content ("Website"). Sections after the last
    notice at a higher level than it ("General information", "Other information") speak for them all."""
    level = sections[notices[0]].level
    last = sections[notices[-1]]
    end = next(
        (k for k in range(notices[-1] + 1, len(sections)) if sections[k].level < last.level), len(sections)
    )
    shared = sections[end:]
    parts: list[RegisterPart] = []
    before = sections[: notices[0]]
    lead = next((s for s in before if s.level == level and s.blocks and s.heading), None)
    if lead is not None:
        parts.append(RegisterPart(before + shared, lead.heading))
    bounds = [*notices, end]
    for a, b in itertools.pairwise(bounds):
        parts.append(RegisterPart(sections[a:b] + shared, sections[a].heading))
    if lead is None:
        parts[0].sections[:0] = before  # a preamble belongs to the first notice
    return parts


def _split_by_titles(sections: list[Section], model: Model) -> list[list[Section]]:
    """One list of sections per register. A new register starts at a title or a top-level heading that
    names a register ("Jäsenrekisteri", "Kameravalvonnan tietosuojaseloste"), or where the headings of
    the register before start again ("Rekisteriasioiden yhteyshenkilö", "Rekisterin nimi" a second
    time), when the part it starts answers the main questions again; otherwise the document is one
    register, however many times its running header or its title repeats."""
    best_of = [_top(section_probabilities(s, model))[0][0] for s in sections]
    starts = [0]
    answered: set[str] = set()
    seen: set[tuple[object, ...]] = set()  # the headings of the current register (_heading_key)
    top = min((s.level for s in sections if s.level), default=1)  # once: a document may have thousands
    for i, section in enumerate(sections):
        best = best_of[i]
        if section.continued:
            answered.add(best)
            continue
        if i and _starts_again(sections, best_of, i, seen, answered):
            starts.append(i)
            answered, seen = set(), set()
        seen.add(_heading_key(section))
        top_level = section.level <= top
        if (
            i
            and joins_a_name_and_a_document_word(section.heading)
            and answered & _CONTENT
            and starts[-1] != i
        ):
            starts.append(i)  # a second "X – tietovirtakuvaus" after some content: a register of its own
            answered, seen = set(), {_heading_key(section)}
            continue
        if (
            i
            and starts[-1] != i
            and top_level
            and is_register_title(section.heading)
            and len(answered & _CONTENT) >= 3
        ):
            ahead: set[str] = set()
            for k, later in enumerate(sections[i + 1 :], start=i + 1):
                if later.level <= section.level and is_register_title(later.heading):
                    break
                ahead.add(best_of[k])
            if len(ahead & _CONTENT) >= 3:
                starts.append(i)
                answered, seen = set(), {_heading_key(section)}
                continue
        answered.add(best)
    return [sections[a:b] for a, b in zip(starts, [*starts[1:], len(sections)], strict=True)]


def _heading_key(section: Section) -> tuple[object, ...]:
    """A heading as it stands: its words, its level and the headings above it (the same sub-heading
    under another group's heading, "Asiakkaat" / "Tarkoitus" and "Hakijat" / "Tarkoitus", is another)."""
    return (section.level, section.heading.casefold(), tuple(h.casefold() for h in section.parents))


def _starts_again(
    sections: list[Section], best_of: list[str], i: int, seen: set[tuple[object, ...]], answered: set[str]
) -> bool:
    """Section i repeats a heading of the current register ("Rekisteriasioiden yhteyshenkilö") or its
    name ("Rekisterin nimi"), and the part from it to the heading's next repetition answers at least
    three of the main questions the current register has answered already: the next register, written
    to the same form. A page's running header repeats too, but the text after it goes on with the
    questions not yet answered."""
    section = sections[i]
    key = _heading_key(section)
    repeated = bool(section.heading) and not section.pair and key in seen
    renamed = best_of[i] == "register_name" and "register_name" in answered
    if not (repeated or renamed) or len(answered & _CONTENT) < 3:
        return False
    ahead: set[str] = set()
    for k in range(i + 1, len(sections)):
        if _heading_key(sections[k]) == key:
            break
        ahead.add(best_of[k])
    return len(ahead & answered & _CONTENT) >= 3
