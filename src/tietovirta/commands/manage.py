"""`tietovirta manage ARGS…`: Django's management commands (migrate, createsuperuser, shell …)."""

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("django_args", nargs=argparse.REMAINDER, help="e.g. migrate, createsuperuser, shell")


def run(args) -> int:
    from django.core.management import execute_from_command_line

    execute_from_command_line(["tietovirta manage", *args.django_args])
    return 0
