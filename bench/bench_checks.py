"""The checks on the checks corpus (corpus/checks): false errors on correct registers and recall of the
planted defects, for the development and the blind part (the blind part in aggregate only).

    .venv/bin/python bench/bench_checks.py [--write docs/benchmarks-checks.md]

Each register is imported from its text as a user would bring it, then checked (tests/checks/checks_corpus.py
does the scoring; tests/checks/test_checks_corpus.py holds floors on the same figures).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _corpus_module():
    path = ROOT / "tests" / "checks" / "checks_corpus.py"
    spec = importlib.util.spec_from_file_location("checks_corpus", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["checks_corpus"] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def report() -> list[str]:
    corpus = _corpus_module()
    rows = []
    for split in ("dev", "blind"):
        started = time.perf_counter()
        result = corpus.score(split)
        seconds = time.perf_counter() - started
        rows.append(
            f"| {split} | {result.clean} | {result.defective} | **{result.false_errors_per_clean:.2f}** "
            f"({result.false_errors_clean}) | {result.false_errors_defective} | "
            f"**{result.found} of {result.planted} = {result.recall:.0%}** | {result.found_as_warning} | "
            f"{seconds:.1f} |"
        )
    return [
        "## Checks benchmark",
        "",
        f"Machine: {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPU(s); "
        f"run {dt.datetime.now().isoformat(timespec='minutes')}. Command: `make bench-checks`.",
        "",
        "Registers written for the purpose (corpus/checks: correct and complete ones, and ones with planted "
        "defects labelled with the rule ids that must fire), imported from their text as a user would bring "
        "them, then checked. A false error is an error-level finding on a correct register, or one on a "
        "defective register whose rule is neither planted nor allowed to fire. The blind part was split off "
        "first and is only scored here. Goals on the blind part: 0 false errors per correct register, "
        "recall ≥ 90 %.",
        "",
        "| part | correct | defective | false errors per correct (total) | false errors on defective | "
        "planted ids found | of them as warning or error | seconds |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
        *rows,
        "",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="also write the section to this Markdown file")
    args = parser.parse_args()
    text = "\n".join(report())
    print(text)
    if args.write:
        args.write.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
