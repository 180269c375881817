"""Training the field classifier from the labelled corpora in the repository.

    tietovirta train-importer            # writes src/tietovirta/importer/model/fields.json.gz

Training data: the development part of the real corpus (corpus/importer, split "dev" — the blind part
is never read here), the invented layouts and the five seed documents (tests/importer/corpus). Each
document is read into sections exactly as an import reads it; a section's fields are those whose
labelled text contains its paragraphs and list items (the labels quote the documents word for word),
or whose labelled values (the controller's name and Y-tunnus, the contact person's e-mail …) it
holds. Sentences of the labelled texts train the sentence model. The same data and the same code
give the same model: sorting fixes the order, the solvers are deterministic.

Needs scikit-learn and simplemma (`pip install -e '.[test]'`); the importer itself does not.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from tietovirta.importer import classify
from tietovirta.importer.assign import sentences_of
from tietovirta.importer.document import read_document
from tietovirta.importer.sections import Section, split_sections

REPO = Path(__file__).resolve().parents[3]
REAL = REPO / "corpus" / "importer"
INVENTED = REPO / "tests" / "importer" / "corpus"

# Labelled text fields → the class a section answering them gets.
CLASS_OF = {
    "purpose_text": "purpose",
    "legal_basis_text": "legal_basis",
    "legitimate_interest_text": "legitimate_interest",
    "data_subjects_text": "data_subjects",
    "data_collected_text": "data_collected",
    "sources_text": "sources",
    "retention_text": "retention",
    "processors_text": "processors",
    "disclosures_text": "disclosures",
    "transfers_text": "transfers",
    "security_text": "security",
    "security_manual_text": "security",
    "security_electronic_text": "security",
    "cookies_text": "cookies",
    "rights_text": "rights",
    "access_right_text": "rights",
    "rectification_text": "rights",
    "other_rights_text": "rights",
    "automated_decisions_text": "automated_decisions",
    "statutory_requirement_text": "statutory_requirement",
    "consent_text": "consent",
    "consent_withdrawal_text": "consent",
    "systems_text": "systems",
    "location_text": "location",
    "processing_location_text": "location",
    "processing_method_text": "processing_method",
    "resulting_registers_text": "resulting_registers",
    "privacy_notice_text": "privacy_notice",
    "risk_text": "risk",
}


@dataclass
class Labelled:
    id: str
    language: str
    sections: list[Section]
    texts: dict[str, str]  # class → all labelled text of that class, normalised
    values: dict[str, list[str]] = field(default_factory=dict)  # class → normalised values


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w@.]+", " ", text.casefold()).split())


def _labelled(doc_id: str, language: str, data: bytes, filename: str, label: dict) -> Labelled:
    _format, document, _ = read_document(data, filename)
    texts: dict[str, list[str]] = defaultdict(list)
    values: dict[str, list[str]] = defaultdict(list)
    for register in label.get("registers", []):
        for key, cls in CLASS_OF.items():
            if register.get(key):
                texts[cls].append(_norm(register[key]))
        if register.get("name"):
            values["register_name"].append(_norm(register["name"]))
        person = register.get("contact_person") or {}
        values["contact_person"] += [_norm(person[k]) for k in ("email", "name", "phone") if person.get(k)]
    org = label.get("organization") or {}
    values["controller"] += [
        _norm(org[k]) for k in ("business_id", "name", "email", "street_address") if org.get(k)
    ]
    dpo = label.get("dpo") or (org.get("dpo") if isinstance(org.get("dpo"), dict) else None) or {}
    values["dpo"] += [_norm(dpo[k]) for k in ("email", "name") if dpo.get(k)]
    return Labelled(
        doc_id,
        language,
        split_sections(document.blocks),
        {k: " \n ".join(v) for k, v in texts.items()},
        dict(values),
    )


def load_real(split: str = "dev") -> list[Labelled]:
    if split != "dev":
        raise ValueError("only the development part of the real corpus may be used for training")
    docs = []
    with (REAL / "manifest.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            # PDF, Word and scanned versions of a document are for measuring the readers: training on
            # them would count the same labels twice.
            if row["split"] != "dev" or row.get("derived_from"):
                continue
            label = json.loads((REAL / "labels" / f"{row['id']}.json").read_text(encoding="utf-8"))
            path = REAL / "documents" / row["file"]
            docs.append(_labelled(row["id"], row["language"], path.read_bytes(), row["file"], label))
    return docs


def load_invented() -> list[Labelled]:
    labels = json.loads((INVENTED / "labels.json").read_text(encoding="utf-8"))
    return [
        _labelled(name, label.get("language", "fi"), (INVENTED / name).read_bytes(), name, label)
        for name, label in sorted(labels.items())
    ]


# --- aligning sections with labels -----------------------------------------------------------------


def _units(section: Section, doc: Labelled) -> list[str]:
    """The section's paragraphs and list items, normalised; one that no labelled text holds whole is
    taken sentence by sentence, since the labels put each sentence of a paragraph that answers two
    questions in the field it answers (LABELLING.md)."""
    units = []
    for block in section.blocks:
        unit = _norm(block.text)
        if len(unit) < 3:
            continue
        if any(unit in text for text in doc.texts.values()):
            units.append(unit)
        else:
            units += [s for s in (_norm(s) for s in sentences_of(block)) if len(s) >= 3] or [unit]
    return units


def section_classes(section: Section, doc: Labelled) -> set[str]:
    """The fields a section answers according to the document's labels."""
    units = _units(section, doc)
    found: set[str] = set()
    if units:
        size = sum(len(u) for u in units)
        labelled = 0
        for cls, text in doc.texts.items():
            covered = sum(len(u) for u in units if u in text)
            labelled = max(labelled, covered)
            if covered >= 0.25 * size:
                found.add(cls)
        # A section whose parts answer several fields answers each of them, not "other".
        all_covered = sum(len(u) for u in units if any(u in t for t in doc.texts.values()))
        if not found and all_covered >= 0.5 * size:
            found = {cls for cls, text in doc.texts.items() if any(u in text for u in units)}
    if found:
        return found
    body = _norm(section.body + " " + section.heading)
    # Whose details a section gives: the parties whose own values it holds. A value two parties share
    # (one address for the controller, its contact person and its DPO) points to each of them only
    # where the section holds nothing that is one party's alone.
    parties = ("dpo", "contact_person", "controller")
    owners = Counter(v for cls in parties for v in set(doc.values.get(cls, [])))
    held = {cls: {v for v in doc.values.get(cls, []) if len(v) >= 4 and v in body} for cls in parties}
    own = {cls for cls, hits in held.items() if any(owners[v] == 1 for v in hits)}
    if own or (own := {cls for cls, hits in held.items() if hits}):
        return own
    if units and any(_norm(section.body) == v for v in doc.values.get("register_name", [])):
        return {"register_name"}
    return {"other"} if units else set()


def sentence_examples(doc: Labelled) -> list[tuple[str, str]]:
    """(sentence, class) from the sections as read, split into sentences as an import splits them, where
    the labels say what the sentence answers."""
    examples = []
    for section in doc.sections:
        for block in section.blocks:
            for sentence in sentences_of(block):
                norm = _norm(sentence)
                if len(norm) < 12:
                    continue
                # A sentence no field's text holds answers none: the labels leave it out even where the
                # section around it answers a field.
                classes = sorted(cls for cls, text in doc.texts.items() if norm in text) or ["other"]
                examples += [(sentence, cls) for cls in classes]
    return examples


# --- training ----------------------------------------------------------------------------------------


def build_lemmas(docs: list[Labelled]) -> dict[str, str]:
    """Lemmas of the words the training data uses twice or more, where simplemma knows a lemma other
    than the word itself and other than its seven-letter prefix."""
    import simplemma

    counts: Counter[tuple[str, str]] = Counter()
    for doc in docs:
        lang = doc.language if doc.language in ("fi", "sv", "en") else "fi"
        for section in doc.sections:
            for word in classify.words(f"{section.heading} {section.body}"):
                counts[(word, lang)] += 1
    lemmas: dict[str, str] = {}
    for (word, lang), n in sorted(counts.items()):
        if n < 2 or word in lemmas or len(word) < 4:
            continue
        lemma = simplemma.lemmatize(word, lang=lang).casefold()
        if lemma != word and lemma != word[:7]:
            lemmas[word] = lemma
    return lemmas


# The sentence model's regularisation: weaker than the sections' (C 3), since what a sentence's form says
# (classify.reading_features) is strong evidence; judged by the out-of-fold estimate (C 1, 3, 10).
SENTENCE_C = 10.0


def _fit(rows: list[dict[str, float]], targets, multinomial: bool, min_df: int = 2, c: float = 3.0):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.preprocessing import MultiLabelBinarizer

    df: Counter[str] = Counter(name for row in rows for name in row)
    keep = sorted(name for name, n in df.items() if n >= min_df)
    vectorizer = DictVectorizer(sort=True)
    vectorizer.fit([{name: 1.0 for name in keep}])
    matrix = vectorizer.transform(rows).tocsr()
    matrix.indices = matrix.indices.astype(np.int32)  # liblinear takes 32-bit indices only
    matrix.indptr = matrix.indptr.astype(np.int32)
    if multinomial:
        classes = sorted(set(targets))
        estimator = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
        estimator.fit(matrix, targets)
        weights, bias = estimator.coef_.T, estimator.intercept_
        classes = list(estimator.classes_)
    else:
        binarizer = MultiLabelBinarizer(classes=sorted({c for t in targets for c in t}))
        y = binarizer.fit_transform(targets)
        classes = list(binarizer.classes_)
        estimator = OneVsRestClassifier(LogisticRegression(C=c, solver="liblinear", class_weight="balanced"))
        estimator.fit(matrix, y)
        weights = np.column_stack([e.coef_.ravel() for e in estimator.estimators_])
        bias = np.array([e.intercept_[0] for e in estimator.estimators_])
    names = vectorizer.get_feature_names_out().tolist()
    return classify.LinearModel(
        tuple(classes),
        {n: i for i, n in enumerate(names)},
        weights.astype(np.float32),
        bias.astype(np.float32),
        multinomial,
    )


def _section_rows(docs: list[Labelled], lemmas: dict[str, str]):
    rows, targets, groups = [], [], []
    for doc in docs:
        for section in doc.sections:
            classes = section_classes(section, doc)
            if classes:
                rows.append(classify.section_features(section, lemmas))
                targets.append(sorted(classes))
                groups.append(doc.id)
    return rows, targets, groups


def _calibration(docs: list[Labelled], lemmas: dict[str, str]) -> tuple[list[float], list[float]]:
    """Out-of-fold: train on four fifths of the documents, score the rest; an isotonic map from the
    top score of each section to how often that top field was right."""
    from sklearn.isotonic import IsotonicRegression

    ids = sorted({d.id for d in docs})
    folds = {doc_id: int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % 5 for doc_id in ids}
    scores, right = [], []
    for fold in range(5):
        train = [d for d in docs if folds[d.id] != fold]
        test = [d for d in docs if folds[d.id] == fold]
        rows, targets, _ = _section_rows(train, lemmas)
        model = _fit(rows, targets, multinomial=False)
        for doc in test:
            for section in doc.sections:
                truth = section_classes(section, doc)
                if not truth:
                    continue
                probs = model.probabilities(classify.section_features(section, lemmas))
                best = max(probs, key=probs.get)
                scores.append(probs[best])
                right.append(best in truth)
    iso = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit(scores, right)
    return [float(x) for x in iso.X_thresholds_], [float(y) for y in iso.y_thresholds_]


def data_digest(docs: list[Labelled]) -> str:
    digest = hashlib.sha256()
    for doc in docs:
        digest.update(
            json.dumps(
                [doc.id, [(s.heading, s.body) for s in doc.sections], doc.texts, doc.values],
                sort_keys=True,
                ensure_ascii=False,
            ).encode()
        )
    return digest.hexdigest()


def training_documents() -> list[Labelled]:
    """What the committed model is trained on: the development part and the invented documents."""
    return load_real("dev") + load_invented()


def build(docs: list[Labelled]) -> dict:
    """The model trained on exactly these documents, as the JSON data classify.from_data() reads."""
    lemmas = build_lemmas(docs)
    rows, targets, _ = _section_rows(docs, lemmas)
    sections = _fit(rows, targets, multinomial=False)
    examples = [e for d in docs for e in sentence_examples(d)]
    sentences = _fit(
        [classify.sentence_features(s, lemmas) for s, _ in examples],
        [c for _, c in examples],
        multinomial=True,
        c=SENTENCE_C,
    )
    calibration = _calibration(docs, lemmas)
    meta = {
        "documents": len(docs),
        "sections": len(rows),
        "sentences": len(examples),
        "classes": dict(sorted(Counter(c for t in targets for c in t).items())),
        # What the model was made from: the test that the committed model is current compares it.
        "data_digest": data_digest(docs),
    }
    return classify.model_data(sections, sentences, lemmas, calibration, meta)


def train(out: Path = classify.MODEL_PATH, docs: list[Labelled] | None = None) -> dict:
    """Train on `docs` (default: training_documents()), write the model to `out`, return its meta."""
    data = build(training_documents() if docs is None else docs)
    out.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    with gzip.GzipFile(out, "wb", mtime=0) as handle:  # mtime 0: the same data gives the same file
        handle.write(payload)
    classify.reload()
    return data["meta"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=classify.MODEL_PATH,
        help="where to write the model (default: the importer's model file)",
    )


def run(args: argparse.Namespace) -> int:
    try:
        meta = train(args.output)
    except ImportError:
        print("Training needs scikit-learn and simplemma: pip install -e '.[test]'", file=sys.stderr)
        return 2
    print(
        f"trained on {meta['documents']} documents, {meta['sections']} sections, "
        f"{meta['sentences']} sentences → {args.output}",
        file=sys.stderr,
    )
    return 0
