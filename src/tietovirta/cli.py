"""The `tietovirta` command: everything a person or a script does without the browser."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

# name -> (module with add_arguments(parser) and run(args) -> int, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "serve": ("tietovirta.commands.serve", "migrate the database and serve the web app"),
    "demo": ("tietovirta.commands.demo", "load the demo organisations and create the demo user"),
    "export": ("tietovirta.commands.export", "write an organisation as a canonical JSON document"),
    "load": ("tietovirta.commands.load", "create or update an organisation from a canonical JSON document"),
    "import": (
        "tietovirta.importer.command",
        "read a txt/md/html/pdf/docx document into a canonical document",
    ),
    "check": (
        "tietovirta.checks.command",
        "check a document against the law and list what is missing or wrong",
    ),
    "render": ("tietovirta.commands.render", "write a document from a canonical file"),
    "reviews": ("tietovirta.commands.reviews", "list registers and when they are due for review"),
    "requests": (
        "tietovirta.commands.requests",
        "list open data-subject requests and their deadlines, or purge expired ones",
    ),
    "deadline": ("tietovirta.commands.deadline", "print a legal deadline (data-subject request, breach)"),
    "generate": (
        "tietovirta.commands.generate",
        "generate realistic organisations at scale (for benchmarks and load tests)",
    ),
    "schema": ("tietovirta.commands.schema", "write the JSON Schema of the canonical document"),
    "train-importer": (
        "tietovirta.importer.train",
        "train the importer's field classifier from the labelled corpora in the repository",
    ),
    "manage": ("tietovirta.commands.manage", "run a Django management command (migrate, createsuperuser …)"),
}

# Commands that need the database (Django set up before they run).
NEEDS_DJANGO = {"serve", "demo", "export", "load", "manage", "reviews", "requests", "generate"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tietovirta", description="GDPR documentation as structured data.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_path, help_text) in COMMANDS.items():
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        importlib.import_module(module_path).add_arguments(command_parser)
    return parser


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tietovirta.settings")
    import django

    django.setup()


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    if args.command in NEEDS_DJANGO:
        setup_django()
    return importlib.import_module(COMMANDS[args.command][0]).run(args)


if __name__ == "__main__":
    sys.exit(main())
