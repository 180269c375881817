import argparse
import os
import sys

from tietovirta.importer.sandbox import WALL_SECONDS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "2")))


def run(args) -> int:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    print(f"Tietovirta: http://{args.host}:{args.port}/  (Ctrl+C stops)", flush=True)
    gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
    os.execv(
        gunicorn,
        [
            gunicorn,
            "tietovirta.wsgi:application",
            "--bind",
            f"{args.host}:{args.port}",
            "--workers",
            str(args.workers),
            # Longer than an import may take in its sandbox: a worker waiting for one is never
            # killed as stuck.
            "--timeout",
            str(WALL_SECONDS + 10),
            "--access-logfile",
            "-",
        ],
    )
    return 0  # not reached: execv replaces this process
