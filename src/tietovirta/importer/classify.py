"""Which field a section (or a sentence) answers: a model learned from labelled documents.

Headings come in every form — numbered, in capitals, as questions ("Mihin tarkoitukseen käsittelemme
tietojasi?"), with typos, in the old henkilötietolaki terms, in Swedish and English, several topics
in one — so no keyword list keeps up. A section is described by features of its heading (character
n-grams, which survive inflection and typos, and lemmas), of the headings above it and of its text,
and a linear model trained on the labelled corpus (`tietovirta train-importer`, see train.py) gives
a probability for every field. A second model does the same for single sentences: it reads text
that has no heading and splits a section that answers several fields.

The model is plain data (feature names, weights, a calibration table) in model/fields.json.gz, so
using it needs no machine-learning library; training does (scikit-learn, simplemma).
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from re._constants import ASSERT, ASSERT_NOT, BRANCH, LITERAL, SUBPATTERN
from re._parser import parse as parse_pattern

import numpy as np

from tietovirta.analysis import text as analysis_text
from tietovirta.analysis.bases import bases_in, describes_legitimate_interest, states_the_basis
from tietovirta.analysis.screen import fold, longest_first
from tietovirta.importer.sections import Section

MODEL_PATH = Path(__file__).with_name("model") / "fields.json.gz"

# The fields a section can answer, besides "other" (introductions, definitions, changes to the notice).
FIELDS = (
    "controller",
    "contact_person",
    "dpo",
    "register_name",
    "modified",
    "purpose",
    "legal_basis",
    "legitimate_interest",
    "consent",
    "data_subjects",
    "data_collected",
    "sources",
    "systems",
    "location",
    "processing_method",
    "resulting_registers",
    "processors",
    "disclosures",
    "transfers",
    "retention",
    "security",
    "cookies",
    "rights",
    "automated_decisions",
    "statutory_requirement",
    "privacy_notice",
    "risk",
    "other",
)

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Whether a text holds an address: one character of its local part before the "@" tells as much as all of
# them, and `[\w.+-]+@` tried again from every letter of a long word was most of the flags' time.
_EMAIL = re.compile(r"(?<=[\w.+-])(?:@|\(at\)|\[at\]|\(a\)| at )[\w-]+\.[\w.]+", re.IGNORECASE)
_BUSINESS_ID = re.compile(r"\b\d{7}-\d\b")
_PHONE = re.compile(r"(?:\+358|\b0)\s?\d{1,3}[\s-]?\d{3}[\s-]?\d{2,4}")
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")
_POSTAL = re.compile(r"\b\d{5}\s+[A-ZÅÄÖ][a-zåäö]+")
_DIGIT = re.compile(r"\d")


# Topics named alike in the three languages. A heading or sentence is also described by the topics its
# words name, so what the model learns from the many Finnish documents ("Säilytysaika") carries over to
# the fewer Swedish and English ones ("Lagringstid", "Data retention period"). Each pattern is matched
# at the start of a casefolded word; Finnish compounds ("henkilötietojen säilytysaika") are split by
# matching inside the word too where the stem is long enough to be unambiguous.
TOPICS: dict[str, str] = {
    "retain": (
        r"säilyt|säilö|hävit|lagr(?:a|in|ing|as|ad|et)|förvar|gallr|raderas|retention|retain|storage|"
        r"stor(?:e|ed|ing)\b|keep|kept"
    ),
    "purpose": r"tarkoitu|käyttötarko|ändamål|syft|purpos|miksi|varför|why\b",
    "use": r"käyt(?:ä|e|t)|använd|use[ds]?\b|using\b",
    "basis": r"peruste|perusta|grund|basis|lawful|justific",
    "interest": r"oikeutet|berättiga|legitimat",
    "consent": r"suostum|samtyck|consent",
    "contract": r"sopimu|avtal|contract|agreement",
    "law": r"lak(?:i|ia|iin|isäät)|lain\b|lagstad|lagstift|lagen\b|law\b|laws\b|legislat|statutor",
    "subjects": r"rekisteröi(?:dyt|tyjen|ty|dyn)|registrerad|data subject|keitä|ketä|vems?\b|whom?\b|whose",
    "groups": r"ryhm|kategori|categor|grupp|group",
    "content": r"sisält|innehåll|content",
    "personal_data": r"henkilötie|personuppgift|personal (?:data|information)",
    "collect": r"kerä|samla|collect|gather|tallenn",
    "source": r"lähte|lähde|käll|source|origin|saadaan|fås\b|obtain",
    "disclose": (
        r"luovu|utlämn|överlåt|lämnas ut|disclos|shar(?:e|ed|ing)|handing over|vastaanottaj|mottagar|"
        r"recipient"
    ),
    "transfer": r"siirr|siirt|överför|transfer",
    "abroad": (
        r"eu\b|eu:n|eta\b|eta:n|ees\b|eea\b|euroop|europ|kolmans|tredje|third countr|ulkopuol|utanför|"
        r"outside"
    ),
    "processor": (
        r"käsittelij|alihankk|palveluntarjo|kumppan|biträd|tjänsteleverant|underleverant|processor|"
        r"subcontract|service provider|vendor|subprocessor"
    ),
    # Data protection ("tietosuoja", "dataskydd") is what every notice is about, not its security.
    "security": (
        r"(?<!tieto)suoja|tietoturv|turvalli|(?<!data)skydd|säkerh|secur|(?<!data )protect|salau|salat|"
        r"krypter|encrypt"
    ),
    "cookies": r"eväst|kak(?:a|or|orna)\b|webbkak|cookie|seuranta|spårning|tracking|analytiik|analytics",
    "rights": (
        r"oikeu|rättigh|rätt\b|rätten|right|tarkast|insyn|inspect|korja|rättel|rectif|vastust|invänd|"
        r"object\b|valit|klagom|complain"
    ),
    "automated": r"automaat|automati|profiloi|profiler|profiling|päätöksente|beslutsfatt|decision",
    "required": (
        r"pakollis|vapaaehto|velvollis|edellyt|obligator|frivillig|skyldig|krävs|nödvändig|mandatory|"
        r"voluntar|obligation|required|requirement|necessary"
    ),
    "provide": (
        r"antami|antaa\b|antamat|luovuttamat|lämna|tillhandahåll|provid|provision|supply|giv(?:e|en|ing)\b"
    ),
    "dpo": r"tietosuojavastaav|dataskyddsombud|data protection officer|dpo\b",
    "contact": (
        r"yhteyshenkil|kontaktperson|contact person|yhteystied|kontaktuppgift|contact detail|yhteyd|kontakt|"
        r"contact"
    ),
    "responsible": r"vastuuhenkil|vastaava|ansvarsperson|ansvarig\b|responsib|in charge",
    "controller": (
        r"rekisterinpitäj|rekisterin pitäjä|personuppgiftsansvarig|registeransvarig|controller|registrar|"
        r"register keeper"
    ),
    "register": r"rekister|register",
    "name": r"nimi\b|namn\b|name\b",
    "system": r"järjestelm|ohjelm|system|software|sovellu|applikation|tool|työkalu|verktyg",
    "place": r"sijain|sijaits|palvelin|server|pilvi|moln|cloud|datacent|konesal|location|plats",
    "manual": r"manuaal|manuell|manual|sähköis|elektronisk|electronic|paperi|papper|paper",
    "children": r"lapsi|lapset|lasten|barn|child|alaikäi|minderårig|minors?\b",
    "change": r"muutok|muuto|päivit|ändring|uppdater|change|amend|updat",
    "marketing": r"markkinoin|marknadsför|marketing|newsletter|uutiskirj|nyhetsbrev",
}
_TOPIC = {
    topic: re.compile(
        rf"(?<![^\W\d_])(?:{pattern})|(?<=[^\W\d_]{{3}})(?:{pattern})(?=[^\W\d_]{{2}})", re.IGNORECASE
    )
    for topic, pattern in TOPICS.items()
}


def topics(text: str) -> Counter[str]:
    """How often the text names each topic of TOPICS: the matches `findall` would give (non-overlapping,
    left to right), but each pattern is tried only where one of the words it starts with is. Scanning
    every text with all the patterns was 40 % of the import time; looking for each word in turn, 12 %."""
    folded = fold(text)  # one character for one: offsets agree
    starts: dict[str, list[int]] = {}
    for at in _ANY_TOPIC_WORD.finditer(folded):  # every position where a word starts, left to right
        for topic in _TOPICS_STARTING[at.group(1)]:
            starts.setdefault(topic, []).append(at.start())
    found: Counter[str] = Counter()
    for topic in sorted(starts, key=_TOPIC_ORDER.get):  # in the order of TOPICS, as the features were made
        pattern, end = _TOPIC[topic], 0
        for start in starts[topic]:
            if start >= end and (match := pattern.match(text, start)):
                found[topic] += 1
                end = match.end()
    return found


def _starts(pattern: str) -> tuple[str, ...]:
    """The words (lower case) one of which every match of a TOPICS pattern begins with, read from the
    parsed pattern: "säilyt|hävit" → ("säilyt", "hävit"), "lak(?:i|ia)|lain\\b" → ("laki", "lakia",
    "lain"). An alternative that begins with no letter gives "", found everywhere: nothing is missed."""

    def begin(items: list, head: str) -> list[str]:
        for op, arg in items:
            if op is LITERAL:
                head += chr(arg)
            elif op in (ASSERT, ASSERT_NOT) and not head:  # a lookbehind before the first letter
                continue
            elif op is BRANCH:
                return [start for alternative in arg[1] for start in begin(list(alternative), head)]
            elif op is SUBPATTERN and not arg[1] and not arg[2]:  # (?:…) without flags of its own
                return begin(list(arg[3]), head)
            else:
                break
        return [head.lower()]

    return tuple(sorted(set(begin(list(parse_pattern(pattern, re.IGNORECASE)), ""))))


_TOPIC_STARTS = {topic: _starts(pattern) for topic, pattern in TOPICS.items()}
_TOPIC_ORDER = {topic: i for i, topic in enumerate(TOPICS)}
_ALL_TOPIC_WORDS = {word for words in _TOPIC_STARTS.values() for word in words}
# A lookahead finds overlapping starts ("tietosuojavastaav" and its "suoja"). Every word starting at a
# position is a beginning of the longest one there, so the longest tells all the topics to try.
_ANY_TOPIC_WORD = re.compile(f"(?=({longest_first(_ALL_TOPIC_WORDS)}))")
_TOPICS_STARTING = {
    longest: [topic for topic, words in _TOPIC_STARTS.items() if any(longest.startswith(w) for w in words)]
    for longest in _ALL_TOPIC_WORDS
}


def topic_features(text: str, prefix: str, weight: float) -> dict[str, float]:
    return _normalised({f"{prefix}:{t}": 1 + math.log(n) for t, n in topics(text).items()}, weight)


@lru_cache(maxsize=128)  # a text's word features, flags and character n-grams are read one after another
def words(text: str) -> tuple[str, ...]:
    return tuple([w.casefold() for w in _WORD.findall(text)])


def stems(words: tuple[str, ...], lemmas: dict[str, str]) -> list[str]:
    """Each word's lemma when the model's table knows it, else its first seven letters (Finnish and
    Swedish inflect at the end, so a long prefix is a fair stand-in for the stem). A list at a time: a
    call per word was a tenth of the features' time."""
    known = lemmas.get
    return [known(w) or w[:7] for w in words]


def _normalised(features: dict[str, float], weight: float) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in features.values())) or 1.0
    return {k: weight * v / norm for k, v in features.items()}


def _char_grams(text: str) -> Counter[str]:
    # One list counted in C, the n-grams in the order the nested loops gave them (first seen, first kept).
    return Counter(
        [
            padded[i : i + n]
            for padded in [f" {word} " for word in words(text)]
            for n in (3, 4, 5)
            for i in range(len(padded) - n + 1)
        ]
    )


def _flags(text: str) -> dict[str, float]:
    digits = _DIGIT.search(text) is not None  # most sentences have none, and four of the flags need one
    found = {
        "email": bool(_EMAIL.search(text)),
        "business_id": digits and bool(_BUSINESS_ID.search(text)),
        "phone": digits and bool(_PHONE.search(text)),
        "url": bool(_URL.search(text)),
        "date": digits and bool(_DATE.search(text)),
        "postal": digits and bool(_POSTAL.search(text)),
    }
    n = len(words(text))
    found[f"len{min(5, int(math.log2(n + 1)))}"] = True
    return {f"f:{k}": 1.0 for k, v in found.items() if v}


def text_features(
    text: str, lemmas: dict[str, str], prefix: str, weight: float, limit: int = 250
) -> dict[str, float]:
    tokens = stems(words(text)[:limit], lemmas)
    counts: Counter[str] = Counter([f"{prefix}:{t}" for t in tokens])  # lists: counted in C, no generator
    counts.update([f"{prefix}2:{a}_{b}" for a, b in itertools.pairwise(tokens)])
    return _normalised({k: 1 + math.log(v) for k, v in counts.items()}, weight)


def section_features(section: Section, lemmas: dict[str, str]) -> dict[str, float]:
    features: dict[str, float] = {}
    heading = section.heading
    if heading:
        features.update(_normalised({f"hc:{g}": c for g, c in _char_grams(heading).items()}, 1.0))
        features.update(text_features(heading, lemmas, "hw", 1.0, limit=30))
        features.update(topic_features(heading, "ht", 1.0))
    else:
        features["s:no_heading"] = 1.0
    if section.context:
        features.update(text_features(section.context, lemmas, "pw", 0.4, limit=30))
    features.update(text_features(section.body, lemmas, "bw", 0.7))
    features.update(topic_features(section.body[:3000], "bt", 0.5))
    features.update({k: 0.5 * v for k, v in _flags(section.body).items()})
    if section.pair:
        features["s:pair"] = 0.5
    if section.heading.endswith("?"):
        features["s:question"] = 0.5
    return features


# What the analysis layer reads in a sentence's form ("Käsittelyn oikeusperusteena on …", "Tietoja ei
# luovuteta …"): evidence the sentence model weighs with its words, instead of rules that overrule it.
_READINGS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("names_purpose", analysis_text.names_the_purpose),
    ("used_for", analysis_text.says_what_data_is_used_for),
    ("states_basis", states_the_basis),
    ("names_basis_letter", lambda s: bool(bases_in(s))),
    ("whose_data", analysis_text.says_whose_data),
    ("no_data_items", analysis_text.says_no_data_items),
    ("disclosed", analysis_text.says_whether_data_is_disclosed),
    ("must_be_given", analysis_text.says_whether_data_must_be_given),
    ("interest", describes_legitimate_interest),
)


def reading_features(sentence: str) -> dict[str, float]:
    features = {f"rd:{name}": 1.0 for name, says in _READINGS if says(sentence)}
    if topic := analysis_text.states_its_topic(sentence):
        features[f"rd:stated:{topic}"] = 1.0
    if sentence.rstrip().endswith(":"):
        features["rd:introduces"] = 1.0
    return features


def sentence_features(sentence: str, lemmas: dict[str, str]) -> dict[str, float]:
    """The sentence's words, its topics and what its form says (reading_features)."""
    features = text_features(sentence, lemmas, "bw", 1.0)
    features.update(topic_features(sentence, "bt", 0.7))
    features.update({k: 0.5 * v for k, v in _flags(sentence).items()})
    features.update(reading_features(sentence))
    return features


@dataclass
class LinearModel:
    classes: tuple[str, ...]
    index: dict[str, int]  # feature name → column
    weights: np.ndarray  # (features, classes)
    bias: np.ndarray  # (classes,)
    multinomial: bool

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        # The known features' columns and values in the features' order (so the same sums), looked up
        # by map and compress (loops in C: a section has hundreds of features), the rows taken by `take`.
        columns = list(map(self.index.get, features))
        values = list(features.values())
        if None in columns:  # names the model was not trained on
            known = list(map(operator.is_not, columns, itertools.repeat(None)))
            columns = list(itertools.compress(columns, known))
            values = list(itertools.compress(values, known))
        scores = self.bias + np.array(values, dtype=np.float32) @ self.weights.take(columns, axis=0)
        if self.multinomial:
            exp = np.exp(scores - scores.max())
            probs = exp / exp.sum()
        else:
            probs = 1.0 / (1.0 + np.exp(-scores))
        return dict(zip(self.classes, probs.tolist(), strict=True))


@dataclass
class Model:
    sections: LinearModel
    sentences: LinearModel
    lemmas: dict[str, str]
    calibration: tuple[tuple[float, ...], tuple[float, ...]]  # isotonic map: raw → share right
    meta: dict

    # The splitter, the assigner and the register splitter ask about the same sections and sentences of
    # a document: a model made by `reading_one_document` remembers its answers until the document is read.
    _answers: dict[tuple, dict[str, float]] | None = field(default=None, repr=False)

    def reading_one_document(self) -> Model:
        """This model, remembering what it is asked about the document being read and nothing else (no
        document is classified faster for resembling one read before)."""
        return replace(self, _answers={})

    def section(self, section: Section) -> dict[str, float]:
        key = ("section", section.heading, section.context, section.body, section.pair)
        return self._answer(key, lambda: self.sections.probabilities(section_features(section, self.lemmas)))

    def sentence(self, text: str) -> dict[str, float]:
        key = ("sentence", text)
        return self._answer(key, lambda: self.sentences.probabilities(sentence_features(text, self.lemmas)))

    def _answer(self, key: tuple, probabilities: Callable[[], dict[str, float]]) -> dict[str, float]:
        if self._answers is None:
            return probabilities()
        if (probs := self._answers.get(key)) is None:
            probs = self._answers[key] = probabilities()
        return dict(probs)  # the callers change their copy

    def calibrated(self, raw: float) -> float:
        """How often a value given with this raw score was right on the development corpus."""
        xs, ys = self.calibration
        if not xs:
            return raw
        return float(np.interp(raw, xs, ys))


def _linear(data: dict) -> LinearModel:
    names = data["features"]
    weights = np.zeros((len(names), len(data["classes"])), dtype=np.float32)
    for column, row in enumerate(data["weights"]):
        for class_index, value in row:
            weights[column, class_index] = value
    return LinearModel(
        tuple(data["classes"]),
        {n: i for i, n in enumerate(names)},
        weights,
        np.asarray(data["bias"], dtype=np.float32),
        data["multinomial"],
    )


# A model other than the committed one, for the code that runs under `using()` (an out-of-fold
# estimate imports each held-out document with the model trained without it).
_OVERRIDE: ContextVar[Model | None] = ContextVar("classifier_override", default=None)


def model() -> Model:
    """The model imports use: the committed one, unless `using()` says otherwise."""
    return _OVERRIDE.get() or _committed()


@cache
def _committed() -> Model:
    with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as handle:
        return from_data(json.load(handle))


def reload() -> None:
    """Read the committed model again (after training has written it)."""
    _committed.cache_clear()


@contextmanager
def using(other: Model) -> Iterator[None]:
    """Imports inside the block classify with `other` instead of the committed model."""
    token = _OVERRIDE.set(other)
    try:
        yield
    finally:
        _OVERRIDE.reset(token)


def from_data(data: dict) -> Model:
    """The model from its JSON form (see model_data)."""
    return Model(
        _linear(data["sections"]),
        _linear(data["sentences"]),
        data["lemmas"],
        (tuple(data["calibration"]["x"]), tuple(data["calibration"]["y"])),
        data["meta"],
    )


def model_data(
    sections: LinearModel,
    sentences: LinearModel,
    lemmas: dict[str, str],
    calibration: tuple[list[float], list[float]],
    meta: dict,
) -> dict:
    """The model as the JSON the importer loads (weights kept sparse, rounded: the file is in git)."""

    def linear(m: LinearModel) -> dict:
        names = sorted(m.index, key=m.index.get)
        rows = [
            [[c, round(float(v), 4)] for c, v in enumerate(m.weights[m.index[n]]) if abs(v) >= 1e-4]
            for n in names
        ]
        return {
            "classes": list(m.classes),
            "features": names,
            "weights": rows,
            "bias": [round(float(b), 4) for b in m.bias],
            "multinomial": m.multinomial,
        }

    return {
        "meta": meta,
        "sections": linear(sections),
        "sentences": linear(sentences),
        "lemmas": dict(sorted(lemmas.items())),
        "calibration": {
            "x": [round(x, 4) for x in calibration[0]],
            "y": [round(y, 4) for y in calibration[1]],
        },
    }
