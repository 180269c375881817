"""Where one request's time goes: CPU ms and queries per request, and a cProfile of the hottest functions.

Fills a throw-away PostgreSQL (tests/with_postgres.py) with generated organisations of 50 registers, as
bench_load.py does, then sends each kind of request of the load benchmark that reads an organisation's
registers (the API register list, the dashboard, the register page) through Django's test client in this
process; the dashboard also right after a change: after the organisation's revision alone is raised, and
after one register is edited as the load benchmark's edit does (its consent text, through `save_register`;
the edit itself is not timed). Warm-up requests first (templates, translations, fragment caches as a
running worker has them), then `--requests` of each, timed by CPU and counted in queries
(CaptureQueriesContext), then the same again under cProfile, which also counts this process's CPU time. The
CPU is this process's only (PostgreSQL's is not in it). Not a load test; for that see bench_load.py.

    .venv/bin/python bench/profile_requests.py --organizations 5 --requests 20 --top 25
    .venv/bin/python bench/profile_requests.py --kind "dashboard after a register edit" --dump /tmp/profiles
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"


def _setup(organizations: int):
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from tietovirta.api.models import ApiToken
    from tietovirta.commands.generate import generate
    from tietovirta.interchange import register_to_canonical, save_register
    from tietovirta.organizations.models import Membership
    from tietovirta.registers.models import Register
    from tietovirta.registers.signals import raise_revision

    call_command("migrate", interactive=False, verbosity=0)
    generate(organizations=organizations, registers=50, seed=7)
    membership = Membership.objects.select_related("user", "organization").order_by("organization_id").first()
    organization = membership.organization
    _token, secret = ApiToken.issue(name="profile", membership=membership, scope="read")
    browser = Client(HTTP_HOST=HOST)
    browser.force_login(membership.user)
    script = Client(HTTP_HOST=HOST, HTTP_AUTHORIZATION=f"Bearer {secret}")
    register, edited = Register.objects.active().filter(organization=organization).order_by("position")[:2]
    org = f"/organizations/{organization.pk}"
    edits = iter(range(1, 1_000_000))

    def changed():  # what every write to the documentation does (registers/signals.py): caches miss
        raise_revision(organization.pk)

    def edit():  # bench_load.py's edit: the second register's consent text, as its section form saves it
        row = Register.objects.get(pk=edited.pk)
        text = f"Käsittely ei perustu suostumukseen. (tarkistettu {next(edits)})"
        save_register(row, register_to_canonical(row).model_copy(update={"consent_text": text}))

    return {
        "API register list": (script, f"/api/v1{org}/registers", None),
        "dashboard": (browser, f"{org}/", None),
        "dashboard after a change": (browser, f"{org}/", changed),
        "dashboard after a register edit": (browser, f"{org}/", edit),
        "register page": (browser, f"{org}/registers/{register.pk}/", None),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--organizations", type=int, default=5)
    parser.add_argument("--requests", type=int, default=20, help="measured requests of each kind")
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--top", type=int, default=25, help="functions shown per profile (0: no profile)")
    parser.add_argument("--kind", action="append", help="only these kinds (repeatable)")
    parser.add_argument("--sort", default="cumulative", help="pstats sort key (default cumulative)")
    parser.add_argument("--dump", type=Path, help="also write each kind's profile here (pstats files)")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        wrapper = [sys.executable, str(ROOT / "tests" / "with_postgres.py"), sys.executable, *sys.argv]
        raise SystemExit(subprocess.call(wrapper))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tietovirta.settings")
    os.environ.update(ALLOWED_HOSTS=HOST, CONN_MAX_AGE="600",
                      TIETOVIRTA_DATA_DIR=tempfile.mkdtemp(prefix="tietovirta-profile-"))
    kinds = _setup(args.organizations)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    rows = []
    for kind, (client, path, before) in kinds.items():
        if args.kind and kind not in args.kind:
            continue
        before = before or (lambda: None)
        for _ in range(args.warmup):
            answer = client.get(path)
            if answer.status_code != 200:
                raise SystemExit(f"profile_requests: {path} answered {answer.status_code}")
        before()
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        captured = [q["sql"] for q in queries.captured_queries]  # read now: the next request empties the log
        cpu = 0.0
        for _ in range(args.requests):
            before()
            started = time.process_time()
            size = len(client.get(path).content)
            cpu += time.process_time() - started
        cpu /= args.requests
        rows.append((kind, cpu * 1000, len(captured), size))
        if args.top:
            profile = cProfile.Profile(time.process_time)  # CPU, as the table: not PostgreSQL's time
            profile.enable()
            for _ in range(args.requests):
                profile.disable()
                before()
                profile.enable()
                client.get(path)
            profile.disable()
            if args.dump:
                args.dump.mkdir(parents=True, exist_ok=True)
                profile.dump_stats(args.dump / f"{kind.replace(' ', '-')}.pstats")
            out = io.StringIO()
            pstats.Stats(profile, stream=out).sort_stats(args.sort).print_stats(args.top)
            print(f"=== {kind}: {path} ({args.requests} requests)\n{out.getvalue()}")
            print("queries:", *(sql[:200] for sql in captured), sep="\n  ")
    print(f"\n{args.organizations} organisations × 50 registers on PostgreSQL, {args.requests} of each:")
    print("| request | CPU per request (this process) | queries | bytes |\n|---|---:|---:|---:|")
    for kind, ms, count, size in rows:
        print(f"| {kind} | {ms:.1f} ms | {count} | {size} |")


if __name__ == "__main__":
    main()
