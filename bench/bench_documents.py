"""Benchmark of the document renderers (run by `make bench`; never a test).

Times, as the median of N runs after one warm-up:
- one register's tietovirtakuvaus as PDF (target ≤ 0.5 s),
- the record of processing activities of an organisation with 500 registers as XLSX (target ≤ 2 s).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from tietovirta.canonical import parse_document
from tietovirta.canonical.schema import OrganizationDocument
from tietovirta.documents import render

TARGETS = {"pdf": 0.5, "xlsx": 2.0}


def organisation(registers: int) -> OrganizationDocument:
    """A generated organisation: a catalogue of systems and parties, registers that use them."""
    systems = [
        {
            "name": f"Järjestelmä {i}",
            "vendor": "Toimittaja Oy",
            "kind": "crm",
            "hosting": "third_country" if i % 4 == 0 else "eea",
            "hosting_country": "US" if i % 4 == 0 else "SE",
            "vendor_country": "US" if i % 3 == 0 else "FI",
            "transfer_mechanism": "scc" if i % 2 else None,
            "processor_agreement": "signed",
        }
        for i in range(20)
    ]
    parties = [
        {
            "name": f"Käsittelijä {i} Oy",
            "role": "processor" if i % 3 else "recipient",
            "hosting": "fi",
            "systems": [f"Järjestelmä {i}"],
        }
        for i in range(10)
    ]
    prose = "Henkilötiedot säilytetään niin kauan kuin on tarpeen sen tarkoituksen täyttämiseksi. " * 4
    return parse_document(
        {
            "schema_version": "1.0",
            "organization": {
                "name": "Benchmark Oy",
                "business_id": "2643821-1",
                "street_address": "Satamakatu 12",
                "postal_code": "26100",
                "city": "Rauma",
                "dpo": {"name": "Tietosuojavastaava"},
            },
            "systems": systems,
            "parties": parties,
            "registers": [
                {
                    "name": f"Rekisteri {n}",
                    "modified_at": "2026-03-12T10:00:00",
                    "legal_bases": ["b", "c"] if n % 2 else ["a"],
                    "sources": ["Sähköposti", "Verkkolomake", "Puhelin"],
                    "use_system_references": True,
                    "systems": [f"Järjestelmä {n % 20}", f"Järjestelmä {(n + 7) % 20}"],
                    "parties": [f"Käsittelijä {n % 10} Oy"],
                    "data_subject_categories": ["asiakkaat", "yhteyshenkilöt"],
                    "data_categories": [
                        {"name": "Nimi"},
                        {"name": "Sähköposti"},
                        {"name": "Henkilötunnus", "is_hetu": True},
                    ],
                    "purpose_text": "Asiakassuhteen hoitaminen ja laskutus.",
                    "retention_period": 6,
                    "retention_unit": "years",
                    "retention_trigger": "asiakkuuden päättymisestä",
                    "retention_text": prose,
                    "security_text": prose,
                    "processors_text": prose,
                    "contact_person": {"name": "Janne Kuusisto", "email": "janne@example.fi"},
                    "responsible_person": {"name": "Anna Masalin"},
                }
                for n in range(registers)
            ],
        }
    )


def machine_line() -> str:
    # UTC: Django's setup sets the process's time zone to Helsinki, so local times would disagree.
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    python = platform.python_version()
    return f"Machine: {platform.platform()}, Python {python}, {os.cpu_count()} CPU(s); run {now}."


def median_seconds(action: Callable[[], bytes], runs: int) -> float:
    action()  # warm-up: fonts, imports, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5, help="timed runs per case (median is reported)")
    parser.add_argument(
        "--write", metavar="PATH", help="also write the figures as a markdown section to PATH"
    )
    args = parser.parse_args()
    lines = [
        "## Documents benchmark",
        "",
        machine_line(),
        "",
        "| case | median | target | verdict |",
        "|---|---:|---:|---|",
    ]

    small, large = organisation(3), organisation(500)
    cases = {
        "pdf": (
            "tietovirtakuvaus, 1 register, PDF",
            lambda: render(small, kind="tietovirtakuvaus", fmt="pdf", lang="fi", register=0),
        ),
        "xlsx": (
            "seloste käsittelytoimista, 500 registers, XLSX",
            lambda: render(large, kind="seloste", fmt="xlsx", lang="fi"),
        ),
    }
    for key, (label, action) in cases.items():
        seconds = median_seconds(action, args.runs)
        verdict = "ok" if seconds <= TARGETS[key] else "OVER TARGET"
        print(f"{label:<50} median {seconds * 1000:8.1f} ms  (target ≤ {TARGETS[key]:.1f} s, {verdict})")
        lines.append(f"| {label} | {seconds * 1000:.0f} ms | ≤ {TARGETS[key]:.1f} s | {verdict} |")
    lines.append(
        f"\nCommand: `python bench/bench_documents.py --runs {args.runs}` (median after a warm-up)."
    )
    if args.write:
        Path(args.write).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
