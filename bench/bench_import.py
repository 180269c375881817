"""Importer benchmark: field accuracy on the labelled corpus and speed.

    .venv/bin/python bench/bench_import.py [--repeat N] [--write docs/benchmarks-import.md]

Prints per-field precision/recall, the overall field accuracy (target ≥ 95 %), documents per
second for text/Markdown/HTML (target ≥ 50/s), and for every PDF the import time beside the time
of plain pdfplumber text extraction of the same file, measured in the same run (target ≤ 2×).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import io
import os
import platform
import statistics
import sys
import time
from pathlib import Path

import pdfplumber

from tietovirta.importer import import_bytes

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("evaluation", ROOT / "tests" / "importer" / "evaluation.py")
evaluation = importlib.util.module_from_spec(_spec)
sys.modules["evaluation"] = evaluation  # dataclasses look their module up while the file runs
_spec.loader.exec_module(evaluation)

TEXT_FORMATS = ("text", "markdown", "html")


def _plain_pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _median_seconds(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(repeat: int) -> list[str]:
    labels = evaluation.load_labels()
    files = {name: (evaluation.CORPUS / name).read_bytes() for name in labels}
    results = {name: import_bytes(data, name) for name, data in files.items()}  # also warms caches

    scores = evaluation.Evaluation()
    for name, label in labels.items():
        evaluation.evaluate(name, label, results[name].document.model_dump(mode="json"), scores)

    out = ["## Importer benchmark", ""]
    out.append(
        f"Machine: {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPU(s); "
        f"run {dt.datetime.now().isoformat(timespec='minutes')}."
    )
    layouts = sorted({label["layout"] for label in labels.values()})
    languages = sorted({label["language"] for label in labels.values()})
    out.append(f"Corpus: {len(labels)} documents, {len(layouts)} layouts, languages {', '.join(languages)}.")
    out += ["", "### Field accuracy", "", "| field | n | precision | recall |", "|---|---:|---:|---:|"]
    for field_name, score in sorted(scores.by_field.items()):
        n = score.right + score.wrong + score.missed + score.spurious
        out.append(f"| {field_name} | {n} | {score.precision:.1%} | {score.recall:.1%} |")
    total = scores.total
    out += [
        "",
        f"**Fields right: {total.right} of {total.right + total.wrong + total.missed + total.spurious} "
        f"= {total.accuracy:.1%}** (target ≥ 95 %; wrong {total.wrong}, missed {total.missed}, "
        f"spurious {total.spurious}).",
    ]
    if scores.errors:
        out += ["", "Fields not right:", ""]
        out += [
            f"- `{doc}` {key}: expected `{str(want)[:80]}`, got `{str(got)[:80]}`"
            for doc, key, want, got in scores.errors
        ]

    text_docs = {n: d for n, d in files.items() if results[n].detected_format in TEXT_FORMATS}
    rounds = max(1, repeat)
    start = time.perf_counter()
    for _ in range(rounds):
        for name, data in text_docs.items():
            import_bytes(data, name)
    elapsed = time.perf_counter() - start
    rate = rounds * len(text_docs) / elapsed
    out += [
        "",
        "### Speed",
        "",
        f"Text, Markdown and HTML: {len(text_docs)} documents × {rounds} rounds in "
        f"{elapsed:.2f} s = **{rate:.0f} documents/s** (target ≥ 50/s).",
        "",
        "| PDF | pages | plain pdfplumber extract_text | import | ratio |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, data in files.items():
        if results[name].detected_format != "pdf":
            continue
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = len(pdf.pages)
        plain = _median_seconds(lambda data=data: _plain_pdf_text(data), rounds)
        imported = _median_seconds(lambda data=data, name=name: import_bytes(data, name), rounds)
        out.append(
            f"| {name} | {pages} | {plain * 1000:.1f} ms | {imported * 1000:.1f} ms | "
            f"{imported / plain:.2f}× |"
        )
    out += ["", "PDF target: import ≤ 2× plain extraction (medians of the same run).", ""]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="rounds for the timings (default 10)")
    parser.add_argument("--write", metavar="PATH", help="also write the report as a markdown section to PATH")
    args = parser.parse_args(argv)
    report = "\n".join(run(args.repeat))
    print(report)
    if args.write:
        Path(args.write).parent.mkdir(parents=True, exist_ok=True)
        Path(args.write).write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
