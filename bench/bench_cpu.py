"""CPU per request of the served pages against the Django floor, with wrk (run by `make bench`).

Loads the demo into a fresh SQLite data directory, then starts three gunicorn servers on 127.0.0.1
(4 sync workers each): Tietovirta, the floor app in bench/floor (sessions, auth and CSRF middleware,
a template, a logged-in user and one query of its own) and the bare "hello" (no middleware, no
database). Each page is requested by `wrk -t2 -c8` with the demo user's session cookie (or an API
token), first briefly to warm the workers and then for the measured time. The CPU the server's
processes used meanwhile (master and workers, utime + stime from /proc) divided by the requests wrk
made is the CPU per request; × floor compares it with the floor page measured in the same run.
wrk is written in C, so the load generator takes little of the cores the server is measured on.

Targets (issue 17): list pages ≤ 2× the floor, the dashboard ≤ 3×, the register page ≤ 4×, a
published public notice (page and PDF) at ≥ 1 000 requests/s. Linux only (/proc); needs Debian's `wrk`.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_documents import machine_line

BENCH = Path(__file__).resolve().parent
HOST = "127.0.0.1"
WRK_SCRIPT = BENCH / "wrk_report.lua"

# (label, server, path template, how it is authenticated, target). Targets: ("floor", x) is a ratio to
# the floor page at most, ("rps", n) requests per second at least.
PAGES = [
    ("floor: sessions + auth + CSRF, a template, one query", "floor", "/", "session", None),
    ('bare Django "hello" (no middleware, no database)', "bare", "/", None, None),
    ("systems list", "tietovirta", "/organizations/{org}/systems/", "session", ("floor", 2)),
    ("dashboard", "tietovirta", "/organizations/{org}/", "session", ("floor", 3)),
    ("register page", "tietovirta", "/organizations/{org}/registers/{reg}/", "session", ("floor", 4)),
    ("published public notice", "tietovirta", "/public/notices/{notice}/{lang}/", None, ("rps", 1000)),
    ("published public notice PDF", "tietovirta", "/public/notices/{notice}/{lang}/notice.pdf", None,
     ("rps", 1000)),
    ("API register list", "tietovirta", "/api/v1/organizations/{org}/registers", "token", None),
]
FLOOR = PAGES[0][0]


def prepare_tietovirta(data_dir: str) -> dict:
    """In a child process: migrate, load the demo, log the demo user in, issue a read token."""
    os.environ.update(TIETOVIRTA_DATA_DIR=data_dir, DJANGO_SETTINGS_MODULE="tietovirta.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db.models import Count
    from django.test import Client

    from tietovirta.api.models import ApiToken
    from tietovirta.commands.demo import DEMO_EMAIL, DEMO_PASSWORD
    from tietovirta.demo.loader import load_demo
    from tietovirta.organizations.models import Membership
    from tietovirta.publishing.models import PublishedNotice
    from tietovirta.registers.models import Register

    call_command("migrate", interactive=False, verbosity=0)
    load_demo(DEMO_EMAIL, DEMO_PASSWORD)
    user = get_user_model().objects.get(username=DEMO_EMAIL)
    # The demo organisation with the most systems: the longest list page the demo has.
    membership = (
        Membership.objects.filter(user=user)
        .annotate(systems=Count("organization__system"))
        .order_by("-systems", "organization_id")
        .select_related("organization")
        .first()
    )
    register = (
        Register.objects.active().filter(organization=membership.organization).order_by("position").first()
    )
    notice = PublishedNotice.objects.filter(register=register).order_by("-version").first()
    if notice is None:
        notice = PublishedNotice.objects.order_by("register_id", "-version").first()
    browser = Client()
    browser.force_login(user)  # the session a login makes, without timing the password hash
    _token, secret = ApiToken.issue(name="bench_cpu", membership=membership, scope="read")
    return {
        "session": browser.cookies["sessionid"].value,
        "token": secret,
        "org": membership.organization_id,
        "organization": str(membership.organization),
        "reg": register.pk,
        "notice": str(notice.register.public_id),
        "lang": notice.languages[0],
    }


def prepare_floor(data_dir: str) -> dict:
    """In a child process: the floor's database with one logged-in user."""
    os.environ.update(FLOOR_DATA_DIR=data_dir, DJANGO_SETTINGS_MODULE="floor.settings")
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(BENCH))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", interactive=False, verbosity=0)
    user = get_user_model().objects.create_user(username="floor@example.com", password=None)
    browser = Client()
    browser.force_login(user)
    return {"session": browser.cookies["sessionid"].value}


def _child(kind: str, data_dir: Path) -> dict:
    command = [sys.executable, __file__, "--prepare", kind, str(data_dir)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"bench_cpu: preparing {kind} failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _start(app: str, settings: str, env: dict, workers: int) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    command = [
        str(Path(sys.executable).parent / "gunicorn"), app,
        "--pythonpath", str(BENCH),
        "--bind", f"{HOST}:{port}",
        "--workers", str(workers),
        "--log-level", "warning",
    ]  # fmt: skip
    server = subprocess.Popen(command, env={**os.environ, **env, "DJANGO_SETTINGS_MODULE": settings})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((HOST, port), timeout=1):
                return server, port
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit(f"bench_cpu: gunicorn for {app} did not start")


def _server_cpu(master: int) -> float:
    """CPU seconds used so far by a gunicorn master and its workers (utime + stime, Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended meanwhile
        if int(stat.parent.name) == master or int(fields[1]) == master:  # fields[1] is the parent pid
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def _check(port: int, path: str, headers: dict) -> None:
    """The page answers 200 as this client (not a redirect to the login page) before it is measured."""
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    response.read()
    connection.close()
    if response.status != 200:
        raise SystemExit(f"bench_cpu: {path} answered {response.status}, not 200")


def _wrk(port: int, path: str, headers: dict, seconds: float, threads: int, connections: int) -> dict:
    command = [
        "wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds:g}s", "--timeout", "10s",
        "-s", str(WRK_SCRIPT),
    ]  # fmt: skip
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    done = subprocess.run([*command, f"http://{HOST}:{port}{path}"], capture_output=True, text=True)
    for line in done.stdout.splitlines():
        if line.startswith("WRK "):
            return json.loads(line[4:])
    raise SystemExit(f"bench_cpu: wrk gave no summary for {path}:\n{done.stdout}{done.stderr}")


def _verdict(target, ratio: float | None, rps: float) -> str:
    if target is None:
        return ""
    kind, bound = target
    if kind == "floor":
        return f"≤ {bound}× floor: " + ("ok" if ratio is not None and ratio <= bound else "MISSES")
    return f"≥ {bound} req/s: " + ("ok" if rps >= bound else "MISSES")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=10, help="measured wrk run per page (default 10)")
    parser.add_argument("--warmup", type=float, default=2, help="unmeasured wrk run before it (default 2)")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers (default 4, for 2 cores)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections (default 8)")
    parser.add_argument("--only", help="measure only pages whose label contains this (the floor always)")
    parser.add_argument("--write", metavar="PATH", help="write the figures as a markdown section to PATH")
    parser.add_argument("--prepare", nargs=2, metavar=("KIND", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.prepare:
        kind, data_dir = args.prepare
        print(json.dumps((prepare_tietovirta if kind == "tietovirta" else prepare_floor)(data_dir)))
        return
    if not shutil.which("wrk"):
        raise SystemExit(
            "bench_cpu: wrk is not installed (Debian: apt-get install wrk); nothing was measured."
        )

    base = Path(tempfile.mkdtemp(prefix="tietovirta-cpu-"))
    servers = {}
    try:  # the data directory goes away however the run ends
        print(f"loading the demo into {base} …", flush=True)
        demo = _child("tietovirta", base / "tietovirta")
        floor = _child("floor", base / "floor")
        tietovirta_env = {"TIETOVIRTA_DATA_DIR": str(base / "tietovirta"), "ALLOWED_HOSTS": HOST}
        servers["tietovirta"] = _start(
            "tietovirta.wsgi:application", "cpu_settings", tietovirta_env, args.workers
        )
        floor_env = {"FLOOR_DATA_DIR": str(base / "floor")}
        servers["floor"] = _start("floor.wsgi:application", "floor.settings", floor_env, args.workers)
        servers["bare"] = _start("floor.wsgi:application", "floor.bare_settings", {}, args.workers)
        results = {}
        for label, server, template, auth, target in PAGES:
            if args.only and label != FLOOR and args.only.lower() not in label.lower():
                continue
            process, port = servers[server]
            path = template.format(**demo)
            cookie = floor["session"] if server == "floor" else demo["session"]
            headers = {
                "session": {"Cookie": f"sessionid={cookie}"},
                "token": {"Authorization": f"Bearer {demo['token']}"},
                None: {},
            }[auth]
            _check(port, path, headers)
            print(f"{label}: {path} …", flush=True)
            if args.warmup > 0:  # templates, translations and connections in every worker
                _wrk(port, path, headers, args.warmup, args.threads, args.connections)
            before = _server_cpu(process.pid)
            run = _wrk(port, path, headers, args.seconds, args.threads, args.connections)
            cpu = _server_cpu(process.pid) - before
            results[label] = {
                **run,
                "path": path,
                "server": server,
                "target": target,
                "cpu_ms": cpu * 1000 / max(run["requests"], 1),
                "rps": run["requests"] / (run["duration_us"] / 1e6),
            }
    finally:
        for process, _port in servers.values():
            process.terminate()
        for process, _port in servers.values():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(base, ignore_errors=True)

    floor_ms = results[FLOOR]["cpu_ms"]
    lines = [
        "## CPU per request against the Django floor (gunicorn + SQLite, wrk)",
        "",
        machine_line(),
        "",
        f"The demo on SQLite ({demo['organization']}, the demo organisation with the most systems); "
        f"gunicorn with {args.workers} sync workers per app; `wrk -t{args.threads} -c{args.connections} "
        f"-d{args.seconds:g}s` per page after {args.warmup:g} s of warm-up, logged in with a session "
        "cookie (the API with a read token). CPU per request: the CPU time of the gunicorn master and "
        "workers during the measured run, divided by the requests wrk made. The floor is a small Django "
        "app kept in bench/floor, served the same way in the same run: sessions, auth and CSRF "
        "middleware, a template with a CSRF token, the logged-in user's session and user rows and one "
        "query of its own.",
        "",
        "| page | CPU per request | × floor | requests/s | p50 | p99 | not 200 | target |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    errors = 0
    for label, r in results.items():
        ratio = None if r["server"] == "bare" else r["cpu_ms"] / floor_ms  # a different stack
        bad = r["not_200"] + r["socket_errors"]
        errors += bad
        lines.append(
            f"| {label} | {r['cpu_ms']:.1f} ms | {'–' if ratio is None else f'{ratio:.1f}'} | "
            f"{r['rps']:.0f} | {r['p50_us'] / 1000:.1f} ms | {r['p99_us'] / 1000:.1f} ms | {bad} | "
            f"{_verdict(r['target'], ratio, r['rps'])} |"
        )
    flags = f"--seconds {args.seconds:g} --warmup {args.warmup:g} --workers {args.workers}"
    lines += [
        "",
        "Requests/s and latency are wrk's, with wrk on the same 2 cores; not 200 counts redirects, errors "
        "and socket errors." + (f" **{errors} requests were not answered 200.**" if errors else ""),
        "",
        f"Command: `python bench/bench_cpu.py {flags}`.",
    ]
    print("\n".join(lines))
    if args.write:
        Path(args.write).write_text("\n".join(lines) + "\n", encoding="utf-8")
    if errors:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
