"""Gather the sections the benchmarks wrote into docs/benchmarks.md (run by `make bench`)."""

from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"
SECTIONS = [
    "benchmarks-import.md",
    "benchmarks-checks.md",
    "benchmarks-documents.md",
    "benchmarks-web.md",
    "benchmarks-web-postgres.md",
    "benchmarks-cpu.md",
    "benchmarks-load.md",
    "benchmarks-memory.md",
]

parts = [
    "# Benchmarks",
    "",
    "Written by `make bench`; each section names the machine and the date it was measured on.",
    "Figures are never asserted in tests: the machines are shared and noisy.",
    "",
]
for name in SECTIONS:
    path = DOCS / name
    parts.append(path.read_text(encoding="utf-8") if path.exists() else f"## {name}\n\nNot measured yet.\n")
(DOCS / "benchmarks.md").write_text("\n".join(parts), encoding="utf-8")
print(f"wrote {DOCS / 'benchmarks.md'}")
