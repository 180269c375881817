"""Where text, Markdown and HTML import time goes: the documents bench/text_speed.py imports, each with
no cache of texts read before, and the share of the import time spent inside each stage below (by wall
clock; the stages nest, so the shares do not add up to 100 %). No document is named.

    .venv/bin/python bench/text_stages.py

For choosing what to make faster; a change's speed is still measured by text_speed.py, against the
tree before it in the same run.
"""

from __future__ import annotations

import functools
import importlib
import sys
import time
from collections.abc import Callable

from bench_import import forget_texts_read
from text_speed import documents

import tietovirta.importer as importer
from tietovirta.analysis import screen

# By module path: the package exports functions of the same names as some of its modules.
classify = importlib.import_module("tietovirta.importer.classify")
extract = importlib.import_module("tietovirta.importer.extract")

spent: dict[str, float] = {}


def _timed(owner: object, name: str, label: str) -> None:
    """Replace `owner.name` by the same function adding its time to spent[label] (outermost call only,
    so that recursion counts once)."""
    inner: Callable = getattr(owner, name)
    running = False

    @functools.wraps(inner)
    def timed(*args: object, **kwargs: object) -> object:
        nonlocal running
        if running:
            return inner(*args, **kwargs)
        running, start = True, time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            running = False
            spent[label] = spent.get(label, 0.0) + time.perf_counter() - start

    setattr(owner, name, timed)


STAGES = (
    (importer, "read_document", "reading the file into blocks"),
    (importer, "detect_language", "detecting the language"),
    (extract, "split_registers", "splitting the document into registers"),
    (extract, "assign", "assigning sections to fields"),
    (extract, "sentence_facts", "reading sentences for fields (sentence_facts)"),
    (classify, "section_features", "classifier: a section's features"),
    (classify, "sentence_features", "classifier: a sentence's features"),
    (classify, "reading_features", "  of which what its form says (reading_features)"),
    (classify.LinearModel, "probabilities", "classifier: the linear model"),
    (screen._Index, "found", "screen: the scan for every pattern's literals"),
)


def main() -> int:
    texts = documents()
    importer.import_bytes(texts[0][1], texts[0][0])  # the model and the tables loaded before timing
    for owner, name, label in STAGES:
        _timed(owner, name, label)
    total = 0.0
    for name, data in texts:
        forget_texts_read()
        start = time.perf_counter()
        importer.import_bytes(data, name)
        total += time.perf_counter() - start
    print(f"{len(texts)} documents, {total:.2f} s in all")
    for _, _, label in STAGES:
        print(f"{spent.get(label, 0.0) / total:6.1%}  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
