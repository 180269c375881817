"""Scoring the importer on the real corpus (corpus/importer): published documents nobody here wrote.

The corpus is split once, before any tuning, into a development part and a blind part (manifest
column `split`; a third of the documents by a hash of their id). The blind part is only scored:
nobody reads its documents or its per-document errors while changing the importer, so its figure
says how the importer does on documents it has never seen. `score_corpus(split="blind")` reports
aggregates only.

What "right" means, per field of the label (corpus/README.md has the labelling guide):
- a text field is right when the imported text and the label share words with a token F1 ≥ 0.8
  (the boundaries of a section are a matter of judgement; the words are not);
- a single value (a name, a Y-tunnus, an e-mail) is right when equal after normalising case and
  spaces; the Art. 6(1) letters when the set is exactly equal;
- systems and processors are scored as entities: a label name and an imported name match when the
  vendor knowledge base resolves both to the same vendor, or their normalised names are equal.
  Processors are the parties the import presents as processing on the controller's behalf
  (LABELLING.md's definition); a system hosted by a vendor known as a processor is not one by itself.
A field labelled empty that the import fills counts against it (spurious); a field both leave empty
is not counted.
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from tietovirta.knowledge.vendors import resolve

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "importer"
TEXT_THRESHOLD = 0.8

# Label text field → how to read the same thing from an imported canonical register.
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "purpose_text": ("purpose_text",),
    "legal_basis_text": ("legal_basis_text",),
    "legitimate_interest_text": ("legitimate_interest_text",),
    "data_subjects_text": ("data_subjects_text",),
    "data_collected_text": ("data_collected_text",),
    "sources_text": ("sources_text",),
    "retention_text": ("retention_text",),
    "processors_text": ("processors_text",),
    "disclosures_text": ("disclosures_text",),
    "transfers_text": ("transfers_text",),
    "security_text": ("security_text", "security_manual_text", "security_electronic_text"),
    "cookies_text": ("cookies_text",),
    "rights_text": ("access_right_text", "rectification_text", "other_rights_text"),
    "automated_decisions_text": ("automated_decisions_text",),
    "statutory_requirement_text": ("statutory_requirement_text",),
}
ORG_FIELDS = ("name", "business_id", "street_address", "postal_code", "city", "email", "phone")
PERSON_FIELDS = ("name", "email", "phone")


@dataclass(frozen=True)
class Entry:
    id: str
    file: str
    language: str
    format: str
    layout: str
    kind: str
    split: str
    derived_from: str

    @property
    def path(self) -> Path:
        return CORPUS / "documents" / self.file

    def label(self) -> dict[str, Any]:
        source = self.derived_from or self.id
        return json.loads((CORPUS / "labels" / f"{source}.json").read_text(encoding="utf-8"))


def entries(split: str | None = None) -> list[Entry]:
    with (CORPUS / "manifest.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    found = [
        Entry(
            r["id"],
            r["file"],
            r["language"],
            r["format"],
            r["layout"],
            r["kind"],
            r["split"],
            r.get("derived_from", ""),
        )
        for r in rows
    ]
    return [e for e in found if split is None or e.split == split]


# --- comparing values --------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")


def tokens(value: str) -> Counter[str]:
    return Counter(w.casefold() for w in _WORD.findall(value or ""))


def token_f1(expected: str, got: str) -> float:
    want, have = tokens(expected), tokens(got)
    if not want or not have:
        return 0.0
    common = sum((want & have).values())
    if not common:
        return 0.0
    precision, recall = common / sum(have.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def _norm(value: str) -> str:
    return " ".join(str(value or "").casefold().split()).strip(" .,;:")


# Names the importer gives a register when the document names none: not a value read from it.
PLACEHOLDER_NAMES = {"nimetön rekisteri", "namnlöst register", "untitled register"}


def same_name(expected: str, got: str) -> bool:
    """Names match when their words mostly agree ("Helsingin yliopisto" for "Helsingin yliopisto,
    kemian laitos"): the organisation or person is identified, the department is detail."""
    return _norm(expected) == _norm(got) or token_f1(expected, got) >= 0.67


def same_entity(a: str, b: str) -> bool:
    va, vb = resolve(a), resolve(b)
    if va is not None and vb is not None:
        return va.root.id == vb.root.id
    na, nb = _norm(a), _norm(b)
    return na == nb or (min(len(na), len(nb)) >= 4 and fuzz.token_set_ratio(na, nb) >= 90)


@dataclass
class Score:
    right: int = 0
    wrong: int = 0  # both given, different
    missed: int = 0  # labelled, not imported
    spurious: int = 0  # imported, labelled empty

    def add(self, other: Score) -> None:
        self.right += other.right
        self.wrong += other.wrong
        self.missed += other.missed
        self.spurious += other.spurious

    @property
    def total(self) -> int:
        return self.right + self.wrong + self.missed + self.spurious

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0

    @property
    def precision(self) -> float:
        d = self.right + self.wrong + self.spurious
        return self.right / d if d else 1.0

    @property
    def recall(self) -> float:
        d = self.right + self.wrong + self.missed
        return self.right / d if d else 1.0


def _judge(want_empty: bool, got_empty: bool, same: bool) -> Score | None:
    if want_empty and got_empty:
        return None
    if want_empty:
        return Score(spurious=1)
    if got_empty:
        return Score(missed=1)
    return Score(right=1) if same else Score(wrong=1)


@dataclass
class EntityScore:
    matched_label: int = 0
    label: int = 0
    matched_imported: int = 0
    imported: int = 0

    def add(self, other: EntityScore) -> None:
        self.matched_label += other.matched_label
        self.label += other.label
        self.matched_imported += other.matched_imported
        self.imported += other.imported

    @property
    def recall(self) -> float:
        return self.matched_label / self.label if self.label else 1.0

    @property
    def precision(self) -> float:
        return self.matched_imported / self.imported if self.imported else 1.0


def entity_score(expected: Iterable[str], got: Iterable[str]) -> EntityScore:
    want = list(dict.fromkeys(e for e in expected if e.strip()))
    have = list(dict.fromkeys(g for g in got if g.strip()))
    return EntityScore(
        matched_label=sum(any(same_entity(w, h) for h in have) for w in want),
        label=len(want),
        matched_imported=sum(any(same_entity(w, h) for w in want) for h in have),
        imported=len(have),
    )


@dataclass
class Result:
    """The scores of a set of documents."""

    by_field: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_language: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_format: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_layout: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    entities: dict[str, EntityScore] = field(default_factory=lambda: defaultdict(EntityScore))
    bases_exact: Score = field(default_factory=Score)  # per document: Art. 6(1) letters exactly right
    total: Score = field(default_factory=Score)
    # (confidence, right) of every imported value that the label can judge: the calibration table.
    confidences: list[tuple[float, bool]] = field(default_factory=list)
    errors: list[tuple[str, str, Any, Any]] = field(default_factory=list)  # dev only
    documents: int = 0


def _register_values(reg: dict[str, Any]) -> dict[str, str]:
    return {name: "\n".join(reg.get(f) or "" for f in fields).strip() for name, fields in TEXT_FIELDS.items()}


def _processors_of(document: dict[str, Any], reg: dict[str, Any]) -> list[str]:
    """The parties the import presents as processing on the controller's behalf.

    This is LABELLING.md's definition: a processor is what the document presents as one. A system whose
    vendor the knowledge base knows as a hosted processor is not counted here (that is an inference the
    product makes from the vendor base, not something the document says); `_hosted_vendors_of` gives
    those, for the secondary figure "processors incl. hosted system vendors".
    """
    parties = {p["name"]: p for p in document.get("parties", [])}
    return [
        n for n in reg.get("parties", []) if parties.get(n, {}).get("role") in ("processor", "sub_processor")
    ]


def _hosted_vendors_of(reg: dict[str, Any]) -> list[str]:
    """The register's systems whose vendor the knowledge base knows as a hosted processor."""
    names = []
    for name in reg.get("systems", []):
        vendor = resolve(name)
        if vendor is not None and vendor.processor and vendor.hosted:
            names.append(name)
    return names


def _pair_registers(labelled: list[dict], imported: list[dict]) -> list[tuple[dict, dict | None]]:
    """Each labelled register with the imported one it corresponds to (by name, else by order)."""
    remaining = list(range(len(imported)))
    pairs: list[tuple[dict, dict | None]] = []
    for want in labelled:
        best = None
        if want.get("name"):
            scored = [
                (fuzz.token_set_ratio(_norm(want["name"]), _norm(imported[i].get("name", ""))), i)
                for i in remaining
            ]
            scored = [s for s in scored if s[0] >= 80]
            if scored:
                best = max(scored)[1]
        if best is None and remaining:
            best = remaining[0]
        if best is not None:
            remaining.remove(best)
        pairs.append((want, imported[best] if best is not None else None))
    return pairs


def score_document(
    entry: Entry, document: dict[str, Any], confidences: dict[str, float], into: Result, keep_errors: bool
) -> None:
    label = entry.label()
    into.documents += 1

    def count(key: str, score: Score | None, want: Any, got: Any, confidence_key: str | None = None) -> None:
        if score is None:
            return
        for table, name in (
            (into.by_field, key),
            (into.by_language, entry.language),
            (into.by_format, entry.format),
            (into.by_layout, entry.layout),
        ):
            table[name].add(score)
        into.total.add(score)
        if confidence_key and confidence_key in confidences and not score.missed:
            into.confidences.append((confidences[confidence_key], bool(score.right)))
        if keep_errors and not score.right:
            into.errors.append((entry.id, key, want, got))

    org_want, org_got = label.get("organization") or {}, document.get("organization") or {}
    for name in ORG_FIELDS:
        want, got = _norm(org_want.get(name, "")), _norm(org_got.get(name, ""))
        if name in ("phone", "business_id"):
            want, got = re.sub(r"[^\d+-]", "", want), re.sub(r"[^\d+-]", "", got)
            want, got = want.removeprefix("+358").lstrip("0"), got.removeprefix("+358").lstrip("0")
        same = same_name(want, got) if name == "name" else want == got
        count(f"organization.{name}", _judge(not want, not got, same), want, got, f"organization.{name}")
    dpo_want, dpo_got = label.get("dpo") or {}, org_got.get("dpo") or {}
    for name in ("name", "email"):
        want, got = _norm(dpo_want.get(name, "")), _norm(dpo_got.get(name, ""))
        same = same_name(want, got) if name == "name" else want == got
        count(f"dpo.{name}", _judge(not want, not got, same), want, got, "organization.dpo")

    all_systems: list[str] = [s["name"] for s in document.get("systems", [])]
    for index, (want, got) in enumerate(
        _pair_registers(label.get("registers", []), document.get("registers", []))
    ):
        got = got or {}
        prefix = f"registers[{index}]."
        name_want, name_got = _norm(want.get("name", "")), _norm(got.get("name", ""))
        name_got = "" if name_got in PLACEHOLDER_NAMES else name_got
        count(
            "name",
            _judge(not name_want, not name_got, same_name(name_want, name_got)),
            name_want,
            name_got,
            f"{prefix}name",
        )
        person_want, person_got = want.get("contact_person") or {}, got.get("contact_person") or {}
        for name in PERSON_FIELDS:
            w, g = _norm(person_want.get(name, "")), _norm(person_got.get(name, ""))
            if name == "phone":
                w, g = re.sub(r"[^\d+]", "", w), re.sub(r"[^\d+]", "", g)
                w, g = w.removeprefix("+358").lstrip("0"), g.removeprefix("+358").lstrip("0")
            same = same_name(w, g) if name == "name" else w == g
            count(f"contact_person.{name}", _judge(not w, not g, same), w, g, f"{prefix}contact_person")
        values = _register_values(got)
        for name in TEXT_FIELDS:
            w, g = want.get(name) or "", values.get(name, "")
            count(
                name,
                _judge(not w.strip(), not g.strip(), token_f1(w, g) >= TEXT_THRESHOLD),
                w,
                g,
                f"{prefix}{TEXT_FIELDS[name][0]}",
            )
        bases_want, bases_got = set(want.get("legal_bases") or []), set(got.get("legal_bases") or [])
        count(
            "legal_bases",
            _judge(not bases_want, not bases_got, bases_want == bases_got),
            sorted(bases_want),
            sorted(bases_got),
            f"{prefix}legal_bases",
        )
        if bases_want or bases_got:
            into.bases_exact.add(Score(right=1) if bases_want == bases_got else Score(wrong=1))
        systems_got = (
            got.get("systems") or all_systems
            if len(label.get("registers", [])) == 1
            else got.get("systems", [])
        )
        for key, want_names, got_names in (
            ("systems", want.get("systems") or [], systems_got),
            ("processors", want.get("processors") or [], _processors_of(document, got)),
            (
                "processors_incl_hosted",
                want.get("processors") or [],
                _processors_of(document, got) + _hosted_vendors_of(got),
            ),
        ):
            into.entities[key].add(entity_score(want_names, got_names))
            if keep_errors and key != "processors_incl_hosted":
                missing = [w for w in want_names if not any(same_entity(w, g) for g in got_names)]
                extra = [g for g in got_names if not any(same_entity(w, g) for w in want_names)]
                if missing or extra:
                    into.errors.append((entry.id, key, missing, extra))


def development_documents(limit: int) -> list[Any]:
    """The first `limit` development documents in a text format, read into the document model (for tests
    that compare two ways of answering on real text; the blind ones are scored, never read)."""
    from tietovirta.importer.document import read_document

    return [
        read_document(entry.path.read_bytes(), entry.file)[1]
        for entry in entries("dev")[:limit]
        if not entry.derived_from and entry.format in ("txt", "md", "html")
    ]


def calibration(
    result: Result, bands: tuple[float, ...] = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
) -> list[tuple[str, int, float]]:
    """(band, values in it, share right) for each confidence band."""
    rows = []
    for low, high in itertools.pairwise(bands):
        inside = [right for confidence, right in result.confidences if low <= confidence < high]
        if inside:
            rows.append((f"{low:.1f}–{min(high, 1.0):.1f}", len(inside), sum(inside) / len(inside)))
    return rows


@dataclass
class CorpusRun:
    result: Result
    unreadable: list[str]  # documents the importer refused (scans without OCR), by id on the dev part
    seconds: float


def score_corpus(split: str, *, derived: bool = True) -> CorpusRun:
    """Import and score every document of one part. Per-document errors are kept for the development
    part only; of the blind part only the aggregates exist."""
    import time

    result, unreadable = Result(), []
    start = time.perf_counter()
    for entry in entries(split):
        if entry.derived_from and not derived:
            continue
        if not import_and_score(entry, result, keep_errors=split == "dev"):
            unreadable.append(entry.id if split == "dev" else "?")
    return CorpusRun(result, unreadable, time.perf_counter() - start)


def import_and_score(entry: Entry, into: Result, keep_errors: bool) -> bool:
    """Import one document with the classifier in use and add its scores; False if it was refused."""
    from tietovirta.importer import UnreadableDocument, import_bytes

    try:
        imported = import_bytes(entry.path.read_bytes(), entry.file)
    except UnreadableDocument:
        return False
    confidences: dict[str, float] = {}
    for value in imported.fields:
        key = f"registers[{value.register}].{value.field}" if value.register is not None else value.field
        confidences.setdefault(key, value.confidence)
    score_document(entry, imported.document.model_dump(mode="json"), confidences, into, keep_errors)
    return True


# --- the out-of-fold estimate ------------------------------------------------------------------------
# The committed classifier was trained on the development part, so its dev score flatters it. Training
# on four fifths of the development documents and scoring the fifth it never saw, five times over, says
# how it does on documents it has not seen, without touching the blind part.


def fold_of(doc_id: str, k: int) -> int:
    return int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % k


@dataclass
class Fold:
    training: list[Any]  # train.Labelled: what this fold's model is trained on
    held_out: list[Entry]  # what it is scored on: documents of the fold and their PDF/DOCX/scan versions


def folds(k: int = 5) -> list[Fold]:
    """The development part cut by document: a PDF made from a document is held out with it."""
    from tietovirta.importer import train

    real, invented = train.load_real("dev"), train.load_invented()
    dev = entries("dev")
    return [
        Fold(
            [d for d in real if fold_of(d.id, k) != i] + invented,
            [e for e in dev if fold_of(e.derived_from or e.id, k) == i],
        )
        for i in range(k)
    ]


def cross_validate(k: int = 5) -> CorpusRun:
    """Every development document imported with a model trained without it (nor any version of it)."""
    import time

    from tietovirta.importer import classify, train

    result, unreadable = Result(), []
    start = time.perf_counter()
    for fold in folds(k):
        with classify.using(classify.from_data(train.build(fold.training))):
            for entry in fold.held_out:
                if not import_and_score(entry, result, keep_errors=True):
                    unreadable.append(entry.id)
    return CorpusRun(result, unreadable, time.perf_counter() - start)
