"""`tietovirta check INPUT [--format text|json] [--lang fi|sv|en]`

INPUT is a canonical JSON document, or any document `tietovirta import` reads (imported on the fly).
Exit code: 1 if there is an error-level finding, 0 otherwise, 2 for input that cannot be used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TextIO

from tietovirta.canonical.schema import DocumentError, OrganizationDocument, parse_document
from tietovirta.checks.engine import Finding, Severity, run_checks, score
from tietovirta.checks.messages import LANGUAGES, SEVERITY_LABEL, Msg

UNUSABLE = 2


class UnusableInput(Exception):
    """The input is neither a canonical document nor a document the importer can read."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="INPUT",
                        help="canonical JSON document, or a Word/PDF/HTML/text document to import ('-' reads "
                             "stdin)")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="output format (default: text)")
    parser.add_argument("--lang", choices=LANGUAGES, default="fi", help="language of messages (default: fi)")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                        help="date to check review deadlines against (default: today)")


def run(args: argparse.Namespace) -> int:
    try:
        doc = load_input(args.input)
    except UnusableInput as exc:
        print(f"tietovirta check: {exc}", file=sys.stderr)
        return UNUSABLE
    findings = run_checks(doc, lang=args.lang, today=args.today)
    if args.format == "json":
        json.dump([f.to_dict() for f in findings], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        write_text(findings, len(doc.registers), args.lang, sys.stdout)
    return 1 if any(f.severity is Severity.ERROR and not f.accepted for f in findings) else 0


def load_input(name: str) -> OrganizationDocument:
    """A canonical document from a JSON file, or the draft the importer makes of any other document."""
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        raise UnusableInput(f"cannot read {name}: {exc.strerror or exc}") from None
    if name.lower().endswith(".json") or data.lstrip()[:1] == b"{":
        try:
            # Not strict: an invalid Y-tunnus or a dangling reference is a finding, not a refusal.
            return parse_document(data, strict=False)
        except DocumentError as exc:
            raise UnusableInput(f"{name} is not a Tietovirta document: {exc}") from None
    from tietovirta.importer import UnreadableDocument
    from tietovirta.importer.sandbox import run_import  # the importer is heavy; only documents need it

    try:
        return run_import(data, Path(name).name).document
    except UnreadableDocument as exc:  # the importer's own errors say what is wrong with the file
        raise UnusableInput(f"cannot import {name}: {exc}") from None


_SUMMARY = Msg(
    fi="{error} virhettä, {warning} varoitusta, {info} huomiota · pisteet {score}/100",
    sv="{error} fel, {warning} varningar, {info} anmärkningar · poäng {score}/100",
    en="{error} errors, {warning} warnings, {info} notes · score {score}/100",
)
_ORGANISATION = Msg("Organisaatio", "Organisationen", "Organisation")
_HINT = Msg("Korjaa", "Åtgärd", "Fix")
_REF = Msg("Peruste", "Grund", "Reference")
_NOTHING = Msg("Ei havaintoja.", "Inga anmärkningar.", "No findings.")


def write_text(findings: list[Finding], registers: int, lang: str, out: TextIO) -> None:
    """Findings grouped by register, worst first, then a one-line summary."""
    if not findings:
        out.write(_NOTHING.render(lang) + "\n")
    by_register: dict[int | None, list[Finding]] = {}
    for f in findings:
        by_register.setdefault(f.register_index, []).append(f)
    for index in sorted(by_register, key=lambda i: -1 if i is None else i):
        group = by_register[index]
        out.write(f"{group[0].register or _ORGANISATION.render(lang)}\n")
        for f in group:
            out.write(f"  {SEVERITY_LABEL[f.severity.value].render(lang):<9} {f.rule}  [{f.field}]\n")
            out.write(f"            {f.message}\n")
            out.write(f"            {_HINT.render(lang)}: {f.hint}\n")
            out.write(f"            {_REF.render(lang)}: {f.legal_ref}\n")
        out.write("\n")
    result = score(findings, registers)
    counts = {severity.value: n for severity, n in result.counts.items()}
    out.write(_SUMMARY.render(lang, score=result.value, **counts) + "\n")
