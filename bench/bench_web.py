"""Benchmark of page latency at two data sizes (run by `make bench`; never a test).

The same organisation (50 registers) is measured in a database that holds only it, and in one that
holds 1 000 organisations × 50 registers (50 000 registers, `--organizations` or BENCH_SCALE to
shrink it). Each page is requested N times in-process with Django's test client after a warm-up;
p50/p95 and the SQL queries per request are reported. Targets: p95 ≤ 50 ms at the large size and
a p95 ratio large/small ≤ 1.5.

SQLite databases are kept under --dir and reused when they already hold the data. `--postgres`
runs the same against a throw-away PostgreSQL server (tests/with_postgres.py), growing one
database from the small size to the large one.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_documents import machine_line

ROOT = Path(__file__).resolve().parents[1]
REGISTERS = 50
P95_TARGET_MS = 50.0
RATIO_TARGET = 1.5

CASES = {
    "dashboard": "/organizations/{org}/",
    "register page (with findings)": "/organizations/{org}/registers/{reg}/",
    "tietovirtakuvaus HTML": "/organizations/{org}/registers/{reg}/documents/tietovirtakuvaus.html",
    "API findings of a register": "/api/v1/organizations/{org}/registers/{reg}/findings",
    "API register list": "/api/v1/organizations/{org}/registers",
    "API register detail": "/api/v1/organizations/{org}/registers/{reg}",
}


class _QueryCounter:
    """A database execute wrapper that counts the queries of one request."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def measure(organizations: int, requests: int) -> dict:
    """In a child process with the database chosen by the environment: fill it, then time each case."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tietovirta.settings")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from tietovirta.api.models import ApiToken
    from tietovirta.commands.generate import generate
    from tietovirta.organizations.models import Membership, Organization
    from tietovirta.registers.models import Register

    settings.API_RATE_LIMIT = 10**9  # the benchmark is one caller asking far more often than a script
    from tietovirta.runtime import tune_garbage_collector

    tune_garbage_collector()  # as wsgi.py does in every server process
    call_command("migrate", interactive=False, verbosity=0)
    existing = Organization.objects.count()
    if existing < organizations:
        started = time.monotonic()
        print(f"generating {organizations - existing} organisations × {REGISTERS} registers …", flush=True)
        generate(organizations=organizations - existing, registers=REGISTERS, seed=existing + 1)
        print(f"generated in {time.monotonic() - started:.0f} s", flush=True)
    organization = Organization.objects.order_by("pk").first()
    membership = Membership.objects.select_related("user").get(organization=organization, role="owner")
    register = Register.objects.active().filter(organization=organization).order_by("position").first()
    client = Client()
    client.force_login(membership.user)
    _token, secret = ApiToken.issue(name="benchmark", membership=membership, scope="read")
    results = {}
    for label, template in CASES.items():
        url = template.format(org=organization.pk, reg=register.pk)
        headers = {"Authorization": f"Bearer {secret}"} if url.startswith("/api/") else {}
        for _ in range(5):  # warm-up: templates, translations, connection
            response = client.get(url, headers=headers)
            assert response.status_code == 200, (url, response.status_code)
        queries = _QueryCounter()
        with connection.execute_wrapper(queries):
            client.get(url, headers=headers)
        times = []
        for _ in range(requests):
            start = time.perf_counter()
            client.get(url, headers=headers)
            times.append((time.perf_counter() - start) * 1000)
        cuts = statistics.quantiles(times, n=100, method="inclusive")
        results[label] = {"p50": statistics.median(times), "p95": cuts[94], "queries": queries.count}
    return {
        "organizations": Organization.objects.count(),
        "registers": Register.objects.count(),
        "vendor": connection.vendor,
        "results": results,
    }


def _child(env_overrides: dict, organizations: int, requests: int) -> dict:
    command = [sys.executable, __file__, "--child", str(organizations), "--requests", str(requests)]
    done = subprocess.run(command, env={**os.environ, **env_overrides}, capture_output=True, text=True)
    sys.stderr.write(done.stderr)
    if done.returncode:
        sys.stdout.write(done.stdout)
        raise SystemExit(f"bench_web: measuring {organizations} organisations failed")
    lines = done.stdout.strip().splitlines()
    for line in lines[:-1]:
        print(f"  {line}")
    return json.loads(lines[-1])


def report(small: dict, large: dict, command: str) -> list[str]:
    lines = [
        f"## Web latency benchmark ({'PostgreSQL' if large['vendor'] == 'postgresql' else 'SQLite'})",
        "",
        machine_line(),
        "",
        f"Small: {small['organizations']} organisation, {small['registers']} registers. Large: "
        f"{large['organizations']} organisations, {large['registers']} registers. The same organisation "
        f"({REGISTERS} registers) is requested in both; Django test client in-process, after a warm-up.",
        "",
        "| page | queries small / large | p50 small | p95 small | p50 large | p95 large | p95 ratio "
        "| verdict |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    failures = 0
    for label, a in small["results"].items():
        b = large["results"][label]
        ratio = b["p95"] / a["p95"]
        ok = b["p95"] <= P95_TARGET_MS and ratio <= RATIO_TARGET and a["queries"] == b["queries"]
        failures += not ok
        lines.append(
            f"| {label} | {a['queries']} / {b['queries']} | {a['p50']:.1f} ms | {a['p95']:.1f} ms | "
            f"{b['p50']:.1f} ms | {b['p95']:.1f} ms | {ratio:.2f} | {'ok' if ok else 'MISSES TARGET'} |"
        )
    lines += [
        "",
        f"Targets: p95 ≤ {P95_TARGET_MS:.0f} ms with the large data, p95 large/small ≤ {RATIO_TARGET}, and "
        "the same number of queries. "
        + ("All met." if not failures else f"{failures} page(s) miss a target."),
        "",
        f"Command: `{command}`.",
    ]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--organizations",
        type=int,
        default=int(os.environ.get("BENCH_SCALE", "1000")),
        help="organisations in the large database (default 1000, or BENCH_SCALE)",
    )
    parser.add_argument("--requests", type=int, default=100, help="timed requests per page and size")
    parser.add_argument("--dir", default="/tmp/tietovirta-bench", help="where the SQLite databases are kept")
    parser.add_argument("--postgres", action="store_true", help="run against a throw-away PostgreSQL")
    parser.add_argument("--write", metavar="PATH", help="write the figures as a markdown section to PATH")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(measure(args.child, args.requests)))
        return
    if args.postgres and "DATABASE_URL" not in os.environ:
        # Run this same command inside a private PostgreSQL server.
        wrapper = [sys.executable, str(ROOT / "tests" / "with_postgres.py"), sys.executable, *sys.argv]
        raise SystemExit(subprocess.call(wrapper))

    if args.postgres:
        # One database grows from the small size to the large one.
        small = _child({}, 1, args.requests)
        large = _child({}, args.organizations, args.requests)
    else:
        base = Path(args.dir)
        small = _child({"TIETOVIRTA_DATA_DIR": str(base / "small")}, 1, args.requests)
        large_dir = base / f"large-{args.organizations}"
        large = _child({"TIETOVIRTA_DATA_DIR": str(large_dir)}, args.organizations, args.requests)
    flags = f"--organizations {args.organizations} --requests {args.requests}" + (
        " --postgres" if args.postgres else ""
    )
    lines = report(small, large, f"python bench/bench_web.py {flags}")
    print("\n".join(lines))
    if args.write:
        Path(args.write).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
