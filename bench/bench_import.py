"""Importer benchmark: accuracy on real published documents (development and blind parts), on the
invented corpus and the seeds, calibration, and speed.

    .venv/bin/python bench/bench_import.py [--repeat N] [--write docs/benchmarks-import.md]
    .venv/bin/python bench/bench_import.py --cross-validate   # the out-of-fold estimate alone

The blind part of corpus/importer is only scored here, in aggregate (corpus/README.md says why).
Speed: documents per second for text, Markdown and HTML (target ≥ 50/s), each document imported as if
for the first time (every cache of texts read before cleared); for each PDF the import time beside plain
pdfplumber text extraction of the same file, measured in the same run (target ≤ 2×).
Scanned PDFs are read by OCR and reported apart, as seconds per page. Hostile text: uploads built to
make a pattern backtrack, each timed beside an ordinary document of the same size (a ratio, same run).
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
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pdfplumber

from tietovirta.importer import UnreadableDocument, import_bytes, values

ROOT = Path(__file__).resolve().parent.parent
TEXT_FORMATS = ("text", "markdown", "html")
SCANNED = "pdf-scanned"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "importer" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


real = _load("real_corpus")
invented = _load("evaluation")


def _pct(value: float) -> str:
    return f"{value:.1%}"


def _median_seconds(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def forget_texts_read() -> None:
    """Clear every bounded cache of the tietovirta modules (they remember texts: headings, sentences,
    matches); the unbounded ones hold tables loaded once. Without this, importing the same files again
    is timed with the answers of the warm-up import at hand."""
    for module in list(sys.modules.values()):
        if not module.__name__.startswith("tietovirta"):
            continue
        for value in list(vars(module).values()):
            if hasattr(value, "cache_parameters") and value.cache_parameters()["maxsize"] is not None:
                value.cache_clear()


def _score_table(
    title: str, rows: dict[str, tuple[object, ...]], parts: tuple[str, ...] = ("dev", "blind")
) -> list[str]:
    """One row per key: accuracy, precision and recall on each part (the development and the blind)."""
    header = "".join(f" {p} n | {p} right | {p} P | {p} R |" for p in parts)
    out = ["", f"#### {title}", "", f"| |{header}", "|---|" + "---:|" * (4 * len(parts))]
    for key, scores in sorted(rows.items()):
        cells = []
        for score in scores:
            if score is None or not score.total:
                cells += ["0", "–", "–", "–"]
            else:
                cells += [str(score.total), _pct(score.accuracy), _pct(score.precision), _pct(score.recall)]
        out.append(f"| {key} | " + " | ".join(cells) + " |")
    return out


def _paired(dev: dict, blind: dict) -> dict[str, tuple[object, object]]:
    return {key: (dev.get(key), blind.get(key)) for key in set(dev) | set(blind)}


def real_corpus() -> list[str]:
    runs = {split: real.score_corpus(split) for split in ("dev", "blind")}
    dev, blind = runs["dev"].result, runs["blind"].result
    out = ["", "### Real published documents (corpus/importer)", ""]
    out.append(
        "Published privacy notices and register descriptions of Finnish organisations nobody here wrote, "
        "labelled by hand; PDF, DOCX and scanned PDFs made from some of them. The development part is "
        "what the importer was tuned and trained on; the blind part was split off first and is only "
        "scored here. A text field is right when its words match the label's with token F1 ≥ 0.8."
    )
    out += [
        "",
        "| part | documents | refused (scans) | fields right | target | seconds |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for split, target in (("dev", "≥ 95 %"), ("blind", "≥ 90 %")):
        run = runs[split]
        total = run.result.total
        out.append(
            f"| {split} | {run.result.documents} | {len(run.unreadable)} | "
            f"**{total.right} of {total.total} = {_pct(total.accuracy)}** | {target} | {run.seconds:.1f} |"
        )
    out += [
        "",
        "| part | systems recall | systems precision | processors recall | processors precision | "
        "Art. 6(1) letters exact |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for split, result in (("dev", dev), ("blind", blind)):
        systems, processors = result.entities["systems"], result.entities["processors"]
        bases = result.bases_exact
        out.append(
            f"| {split} | {_pct(systems.recall)} | {_pct(systems.precision)} | {_pct(processors.recall)} | "
            f"{_pct(processors.precision)} | {bases.right} of {bases.total} = {_pct(bases.accuracy)} |"
        )
    out.append("")
    out.append(
        "Targets on the blind part: systems and processors recall ≥ 85 % with precision ≥ 90 %; "
        "Art. 6(1) letters exact for ≥ 85 % of documents."
    )
    out.append("")
    out.append(
        "Processors are those the import presents as processing on the controller's behalf "
        "(LABELLING.md). Counting also every system whose vendor the vendor base knows as a hosted "
        "processor (the scorer's definition until session 23): "
        + "; ".join(
            f"{split} R {_pct(r.entities['processors_incl_hosted'].recall)} "
            f"P {_pct(r.entities['processors_incl_hosted'].precision)}"
            for split, r in (("dev", dev), ("blind", blind))
        )
        + "."
    )
    out += _score_table("Per field", _paired(dev.by_field, blind.by_field))
    out += _score_table("Per language", _paired(dev.by_language, blind.by_language))
    out += _score_table("Per format", _paired(dev.by_format, blind.by_format))
    out += _score_table("Per layout", _paired(dev.by_layout, blind.by_layout))
    out += [
        "",
        "#### Calibration",
        "",
        "How often a value given at a confidence in each band was right. Values under 0.35 are not "
        "filled in but offered as suggestions, so they are not in this table.",
        "",
        "| confidence | dev values | dev right | blind values | blind right |",
        "|---|---:|---:|---:|---:|",
    ]
    dev_bands = {band: (n, share) for band, n, share in real.calibration(dev)}
    blind_bands = {band: (n, share) for band, n, share in real.calibration(blind)}
    for band in sorted(set(dev_bands) | set(blind_bands)):
        (dn, ds), (bn, bs) = dev_bands.get(band, (0, 0.0)), blind_bands.get(band, (0, 0.0))
        out.append(f"| {band} | {dn} | {_pct(ds) if dn else '–'} | {bn} | {_pct(bs) if bn else '–'} |")
    return out


def out_of_fold(k: int) -> list[str]:
    """The development part scored with models trained without the document scored (k folds)."""
    run = real.cross_validate(k)
    total, result = run.result.total, run.result
    systems, processors = result.entities["systems"], result.entities["processors"]
    out = [
        "",
        f"### Out-of-fold estimate on the development part ({k} folds by document)",
        "",
        "Each fold's documents (with their PDF, DOCX and scanned versions) imported with a classifier "
        "trained on the other folds and the invented documents. Command: "
        "`bench/bench_import.py --cross-validate`.",
        "",
        f"Fields right: **{total.right} of {total.total} = {_pct(total.accuracy)}**; "
        f"systems R {_pct(systems.recall)} P {_pct(systems.precision)}; processors R "
        f"{_pct(processors.recall)} P {_pct(processors.precision)}; Art. 6(1) letters exact "
        f"{result.bases_exact.right} of {result.bases_exact.total}; {len(run.unreadable)} refused; "
        f"{run.seconds:.0f} s.",
    ]
    one = ("out-of-fold",)
    out += _score_table("Out-of-fold per field", {k_: (s,) for k_, s in result.by_field.items()}, one)
    out += _score_table("Out-of-fold per language", {k_: (s,) for k_, s in result.by_language.items()}, one)
    return out


def invented_corpus() -> list[str]:
    labels = invented.load_labels()
    scores = invented.Evaluation()
    for name, label in labels.items():
        document = import_bytes((invented.CORPUS / name).read_bytes(), name).document
        invented.evaluate(name, label, document.model_dump(mode="json"), scores)
    total = scores.total
    n = total.right + total.wrong + total.missed + total.spurious
    return [
        "",
        "### Invented corpus and seeds (tests/importer/corpus)",
        "",
        f"{len(labels)} documents written for the tests (the five seeds among them, which must import "
        f"field for field): **{total.right} of {n} = {_pct(total.accuracy)}** of fields right "
        f"(wrong {total.wrong}, missed {total.missed}, spurious {total.spurious}).",
    ]


def speed(repeat: int) -> list[str]:
    # Scans have no text layer to compare with: ocr_speed reports them.
    files = {
        e.file: e.path.read_bytes()
        for e in real.entries()
        if (not e.derived_from or e.format == "pdf") and e.layout != SCANNED
    }
    formats: dict[str, str] = {}
    for name, data in files.items():
        try:
            formats[name] = import_bytes(data, name).detected_format  # also warms caches
        except UnreadableDocument:
            formats[name] = "refused"
    text_docs = {n: d for n, d in files.items() if formats[n] in TEXT_FORMATS}
    rounds = max(1, repeat // 3)
    elapsed = 0.0
    for _ in range(rounds):
        for name, data in text_docs.items():
            forget_texts_read()
            start = time.perf_counter()
            import_bytes(data, name)
            elapsed += time.perf_counter() - start
    out = [
        "",
        "### Speed",
        "",
        f"Text, Markdown and HTML from the real corpus: {len(text_docs)} documents × {rounds} rounds in "
        f"{elapsed:.2f} s = **{rounds * len(text_docs) / elapsed:.0f} documents/s** (target ≥ 50/s), "
        "each document imported with no cache of texts read before.",
    ]
    ratios, rows = [], []
    for name, data in sorted(files.items()):
        if formats[name] != "pdf":
            continue
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = len(pdf.pages)
        plain = _median_seconds(lambda data=data: _plain_pdf_text(data), repeat)
        imported = _median_seconds(lambda data=data, name=name: import_bytes(data, name), repeat)
        ratios.append(imported / plain)
        ratio = imported / plain
        rows.append(f"| {name} | {pages} | {plain * 1000:.0f} ms | {imported * 1000:.0f} ms | {ratio:.2f}× |")
    if ratios:
        out += [
            "",
            f"PDF: {len(ratios)} files; import time over plain pdfplumber text extraction of the same file, "
            f"medians of {repeat} rounds in the same run: median **{statistics.median(ratios):.2f}×**, "
            f"worst {max(ratios):.2f}× (target ≤ 2×).",
            "",
            "| PDF | pages | plain extraction | import | ratio |",
            "|---|---:|---:|---:|---:|",
            *rows,
        ]
    return out


# Texts of about 30 000 characters that once made a pattern quadratic (company names, service names,
# headings, street words); the reference is real corpus text of the same length.
HOSTILE_TEXTS = {
    "Ab-Ab-Ab-… (one hyphenated word)": "Ab-" * 10_000,
    "12345-12345-… (one hyphenated number)": "12345-" * 5_000,
    "a single 30 000-letter word": "a" * 30_000,
    "3 000 headings": "# Otsikko\n" * 3_000,
    "street words without a postal code": "Kauppakatu 1 ja " * 1_900,
    "a(at)a(at)… (obfuscated e-mail)": "a(at)" * 6_000,
    "X X X … toimesta": "X " * 15_000 + "toimesta",
    "Yritys Oy:n kautta …": "Yritys Oy:n kautta " * 1_600,
    "one-letter list items": "- a\n" * 7_500,
    "ABAB… listed as processors": "# Henkilötietojen käsittelijät\n\n- " + "AB" * 14_980,
    "one paragraph on 3 750 short lines": "ja sana\n" * 3_750,
}
# Texts the import never hands a function whole (it drops blank lines and joins runs of blanks), timed
# by calling the function itself, beside the same function on real corpus text of the same length.
HOSTILE_CALLS = {
    "20 000 empty lines (parse_organization alone)": ("parse_organization", "\n" * 20_000),
    "1 000 spaces in a line (_name_candidate alone)": ("_name_candidate", "Yritys" + " " * 1_000 + "Oy"),
}


def hostile_text(repeat: int) -> list[str]:
    ordinary = "\n\n".join(
        e.path.read_text(encoding="utf-8") for e in real.entries("dev") if e.format == "txt"
    )
    rows, worst = [], 0.0
    for label, text in HOSTILE_TEXTS.items():
        reference = ordinary[: len(text)].encode()
        hostile = text.encode()
        base = _median_seconds(lambda reference=reference: import_bytes(reference, "reference.txt"), repeat)
        seconds = _median_seconds(lambda hostile=hostile: import_bytes(hostile, "hostile.txt"), repeat)
        worst = max(worst, seconds / base)
        rows.append(
            f"| {label} | {len(text):,} | {base * 1000:.0f} ms | {seconds * 1000:.0f} ms "
            f"| {seconds / base:.2f}× |"
        )
    for label, (name, text) in HOSTILE_CALLS.items():
        function = getattr(values, name)
        # A line for a function that reads one line, else lines.
        reference = ordinary[: len(text)] if "\n" in text else " ".join(ordinary.split())[: len(text)]
        base = _median_seconds(lambda function=function, reference=reference: function(reference), repeat)
        seconds = _median_seconds(lambda function=function, text=text: function(text), repeat)
        worst = max(worst, seconds / base)
        rows.append(
            f"| {label} | {len(text):,} | {base * 1000:.0f} ms | {seconds * 1000:.0f} ms "
            f"| {seconds / base:.2f}× |"
        )
    return [
        "",
        "### Hostile text",
        "",
        f"Texts built to make a pattern backtrack, each imported beside real corpus text of the same length "
        f"(medians of {repeat} rounds in the same run): worst **{worst:.2f}×** the ordinary text's time. "
        'The rows marked "alone" call that function on the text, beside it on real text (a line for '
        "_name_candidate): the import never hands it such a text whole.",
        "",
        "| text | characters | ordinary text | hostile text | ratio |",
        "|---|---:|---:|---:|---:|",
        *rows,
    ]


def ocr_speed(repeat: int = 1) -> list[str]:
    """Seconds per page of reading the corpus's scans by OCR (rasterising and Tesseract), and of the
    whole import of each, in this process (the sandbox adds its ~0.5 s start per import). The blind
    scans count in the totals only; the table names the development ones."""
    from tietovirta.importer.ocr import LANGUAGES_READ, read_scanned_pdf

    scans = [e for e in real.entries() if e.layout == SCANNED]
    rows, ocr_total, import_total, pages_total = [], 0.0, 0.0, 0
    for entry in scans:
        data = entry.path.read_bytes()
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = len(pdf.pages)
        ocr = _median_seconds(lambda data=data: read_scanned_pdf(data), repeat)
        imported = _median_seconds(lambda data=data, entry=entry: import_bytes(data, entry.file), repeat)
        ocr_total, import_total, pages_total = ocr_total + ocr, import_total + imported, pages_total + pages
        if entry.split == "dev":
            rows.append(f"| {entry.file} | {pages} | {ocr / pages:.1f} s | {imported / pages:.1f} s |")
    if not scans:
        return []
    return [
        "",
        "### OCR (scanned PDFs)",
        "",
        f"{len(scans)} scans, {pages_total} pages (A4 page images at 200 dpi), Tesseract "
        f"{_tesseract_version()} with {LANGUAGES_READ}, one thread, medians of {repeat} round(s): OCR "
        f"**{ocr_total / pages_total:.1f} s per page**, "
        f"whole import {import_total / pages_total:.1f} s per page.",
        "",
        "| development scan | pages | OCR per page | import per page |",
        "|---|---:|---:|---:|",
        *rows,
    ]


def _tesseract_version() -> str:
    import subprocess

    from tietovirta.importer.ocr import tesseract

    program = tesseract()
    if program is None:
        return "(not installed)"
    done = subprocess.run([program, "--version"], capture_output=True, text=True, check=False)
    return (done.stdout or done.stderr).split("\n")[0].removeprefix("tesseract ").strip()


def _plain_pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def run(repeat: int) -> list[str]:
    out = ["## Importer benchmark", ""]
    out.append(
        f"Machine: {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPU(s); "
        f"run {dt.datetime.now().isoformat(timespec='minutes')}. Command: `make bench-import`."
    )
    out += real_corpus()
    out += invented_corpus()
    out += speed(repeat)
    out += hostile_text(max(1, repeat // 3))
    out += ocr_speed(max(1, repeat // 5))
    return [*out, ""]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="rounds for the timings (default 5)")
    parser.add_argument("--write", metavar="PATH", help="also write the report as a markdown section to PATH")
    parser.add_argument(
        "--cross-validate",
        action="store_true",
        help="only the out-of-fold estimate on the development part (retrains once per fold, ~6 min)",
    )
    parser.add_argument("--folds", type=int, default=5, help="folds for --cross-validate (default 5)")
    args = parser.parse_args(argv)
    report = "\n".join(out_of_fold(args.folds) if args.cross_validate else run(args.repeat))
    print(report)
    if args.write:
        Path(args.write).parent.mkdir(parents=True, exist_ok=True)
        Path(args.write).write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
