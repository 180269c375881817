"""Load benchmark: gunicorn + PostgreSQL, 50 concurrent clients on 127.0.0.1 (run by `make bench`).

Starts a throw-away PostgreSQL server (tests/with_postgres.py), fills it with generated
organisations, starts gunicorn on a free loopback port, and runs N client threads for a fixed
duration. Each client is the owner of its own organisation and loops over a realistic mix:
80 % page reads, 10 % document downloads, 10 % edits of a register section through the form (CSRF
token and revision taken from the form, as a browser does). Reports requests/s, p50/p95 and errors.
Target: ≥ 300 requests/s with 0 errors. It stops by itself; nothing listens beyond 127.0.0.1.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_documents import machine_line

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
TARGET_RPS = 300
EDIT_SECTION = "consent"

# (kind, weight, path template); edits are handled apart (a GET of the form, then its POST).
READS = [
    ("dashboard", 20, "/organizations/{org}/"),
    ("register page", 35, "/organizations/{org}/registers/{reg}/"),
    ("history", 8, "/organizations/{org}/registers/{reg}/history/"),
    ("systems", 7, "/organizations/{org}/systems/"),
    ("notices", 5, "/organizations/{org}/notices/"),
    ("api register", 5, "/api/v1/organizations/{org}/registers/{reg}"),
]
DOWNLOADS = [
    ("tietovirtakuvaus html", 5, "/organizations/{org}/registers/{reg}/documents/tietovirtakuvaus.html"),
    ("tietosuojaseloste docx", 3, "/organizations/{org}/registers/{reg}/documents/tietosuojaseloste.docx"),
    ("seloste xlsx", 1, "/organizations/{org}/documents/seloste.xlsx"),
    ("tietovirtakuvaus pdf", 1, "/organizations/{org}/registers/{reg}/documents/tietovirtakuvaus.pdf"),
]
EDIT_WEIGHT = 10
# A small page (session, user, membership, one short list, the base template): serving only it shows
# what the stack itself can do on this machine, whatever the pages cost.
CEILING_KIND = "systems"


class _FormFields(HTMLParser):
    """The fields of the page's POST form that holds a CSRF token, as a browser would submit them."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}
        self._textarea: str | None = None
        self._in_form = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (a.get("method") or "").lower() == "post":
            self._in_form = True
        elif self._in_form and tag == "input" and a.get("name"):
            if a.get("type") not in ("checkbox", "radio") or "checked" in a:
                self.fields[a["name"]] = a.get("value") or ""
        elif self._in_form and tag == "textarea" and a.get("name"):
            self._textarea = a["name"]
            self.fields[self._textarea] = ""

    def handle_data(self, data):
        if self._textarea:
            self.fields[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "form" and "csrfmiddlewaretoken" in self.fields:
            self._in_form = False


class Client:
    """One user: a keep-alive connection, its cookies, its organisation and register."""

    def __init__(self, port: int, session: str, org: int, reg: int, token: str):
        self.port, self.org, self.reg, self.token = port, org, reg, token
        self.cookies = {"sessionid": session}
        self.connection = http.client.HTTPConnection(HOST, port, timeout=30)

    def request(self, method: str, path: str, body: str | None = None, api: bool = False):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if api:
            headers = {"Authorization": f"Bearer {self.token}"}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://{HOST}:{self.port}{path}"
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException):
            self.connection.close()
            self.connection = http.client.HTTPConnection(HOST, self.port, timeout=30)
            raise
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status, data

    def edit(self) -> int:
        path = f"/organizations/{self.org}/registers/{self.reg}/edit/{EDIT_SECTION}/"
        status, page = self.request("GET", path)
        if status != 200:
            return status
        form = _FormFields()
        form.feed(page.decode("utf-8"))
        form.fields["consent_text"] = f"Käsittely ei perustu suostumukseen. (tarkistettu {time.time():.3f})"
        status, _ = self.request("POST", path, urlencode(form.fields))
        return 200 if status == 302 else status


MIX = [*READS, *DOWNLOADS, ("edit", EDIT_WEIGHT, "")]


def _weighted(rng: random.Random, mix: list[tuple[str, int, str]]) -> tuple[str, int, str]:
    return rng.choices(mix, weights=[weight for _, weight, _ in mix])[0]


def _run_clients(
    clients: list[Client], seconds: float, warmup: float, mix: list[tuple[str, int, str]]
) -> tuple[dict, dict, float]:
    timings: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    lock = threading.Lock()
    start = time.monotonic()
    measure_from, stop_at = start + warmup, start + warmup + seconds

    def loop(index: int, client: Client) -> None:
        rng = random.Random(index)
        while (now := time.monotonic()) < stop_at:
            kind, _, template = _weighted(rng, mix)
            began = time.perf_counter()
            try:
                if kind == "edit":
                    status = client.edit()
                else:
                    path = template.format(org=client.org, reg=client.reg)
                    status, _ = client.request("GET", path, api=path.startswith("/api/"))
            except (OSError, http.client.HTTPException):
                status = 599
            elapsed = (time.perf_counter() - began) * 1000
            if now >= measure_from:
                with lock:
                    timings[kind].append(elapsed)
                    if status != 200:
                        errors[f"{kind}: HTTP {status}"] += 1

    threads = [threading.Thread(target=loop, args=(i, c), daemon=True) for i, c in enumerate(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + warmup + 60)
    return timings, errors, seconds


def _prepare(organizations: int, clients: int) -> list[tuple[str, int, int, str]]:
    """Migrate, generate, and make one logged-in session and API token per client."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client as DjangoClient

    from tietovirta.api.models import ApiToken
    from tietovirta.commands.generate import generate
    from tietovirta.organizations.models import Membership
    from tietovirta.registers.models import Register

    call_command("migrate", interactive=False, verbosity=0)
    started = time.monotonic()
    print(f"generating {organizations} organisations × 50 registers …", flush=True)
    generate(organizations=organizations, registers=50, seed=7)
    print(f"generated in {time.monotonic() - started:.0f} s", flush=True)
    users = []
    memberships = Membership.objects.select_related("user", "organization").order_by("organization_id")
    for membership in memberships[:clients]:
        browser = DjangoClient()
        browser.force_login(membership.user)  # a session as after logging in, without the slow hash
        register = (
            Register.objects.active()
            .filter(organization=membership.organization)
            .order_by("position")
            .first()
        )
        _token, secret = ApiToken.issue(name="load", membership=membership, scope="read")
        users.append((browser.cookies["sessionid"].value, membership.organization_id, register.pk, secret))
    return users


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _wait_for(port: int, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((HOST, port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("bench_load: gunicorn did not start")


def _process_cpu() -> dict[int, tuple[str, float]]:
    """CPU seconds used so far by each process of the app server, PostgreSQL and this load generator
    (Linux /proc), by pid."""
    ticks = os.sysconf("SC_CLK_TCK")
    used: dict[int, tuple[str, float]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            name = stat.with_name("cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue  # the process ended meanwhile
        pid = int(stat.parent.name)
        kind = (
            "load generator" if pid == os.getpid()
            else "gunicorn" if "gunicorn" in name
            else "PostgreSQL" if name.startswith("postgres")
            else None
        )  # fmt: skip
        if kind:
            used[pid] = (kind, (int(fields[11]) + int(fields[12])) / ticks)  # utime + stime
    return used


def _cpu_between(before: dict[int, tuple[str, float]], after: dict[int, tuple[str, float]]) -> dict:
    """CPU seconds per kind of process between two readings (a process that started meanwhile counts
    from zero; one that ended is not seen)."""
    spent: dict[str, float] = defaultdict(float)
    for pid, (kind, seconds) in after.items():
        spent[kind] += seconds - before.get(pid, (kind, 0.0))[1]
    return dict(spent)


def _percentile(values: list[float], p: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--organizations", type=int, default=int(os.environ.get("BENCH_SCALE", "1000")), help="data size"
    )
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    parser.add_argument("--seconds", type=float, default=30, help="measured duration (default 30)")
    parser.add_argument("--warmup", type=float, default=5, help="unmeasured start (default 5)")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers (default 4, for 2 cores)")
    parser.add_argument(
        "--only",
        choices=[kind for kind, _, _ in MIX],
        help="request only this kind (to find the stack's ceiling)",
    )
    parser.add_argument(
        "--ceiling-seconds",
        type=float,
        default=10,
        help=f"then request only the small '{CEILING_KIND}' page this long (0: skip)",
    )
    parser.add_argument("--write", metavar="PATH", help="write the figures as a markdown section to PATH")
    args = parser.parse_args()
    if "DATABASE_URL" not in os.environ or not os.environ["DATABASE_URL"].startswith("postgres"):
        wrapper = [sys.executable, str(ROOT / "tests" / "with_postgres.py"), sys.executable, *sys.argv]
        raise SystemExit(subprocess.call(wrapper))

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tietovirta.settings")
    os.environ.update(ALLOWED_HOSTS=HOST, CONN_MAX_AGE="600")
    users = _prepare(args.organizations, args.clients)
    port = _free_port()
    gunicorn = [
        str(Path(sys.executable).parent / "gunicorn"),
        "tietovirta.wsgi:application",
        "--bind", f"{HOST}:{port}",
        "--workers", str(args.workers),
        "--timeout", "60",
        "--log-level", "warning",
    ]  # fmt: skip
    server = subprocess.Popen(gunicorn, env=os.environ.copy())
    try:
        _wait_for(port, time.monotonic() + 30)
        clients = [Client(port, *user) for user in users]
        print(
            f"{len(clients)} clients for {args.seconds:.0f} s (after {args.warmup:.0f} s warm-up) …",
            flush=True,
        )
        mix = [entry for entry in MIX if args.only in (None, entry[0])]
        cpu_before = _process_cpu()
        timings, errors, seconds = _run_clients(clients, args.seconds, args.warmup, mix)
        cpu = _cpu_between(cpu_before, _process_cpu())
        ceiling = None
        if not args.only and args.ceiling_seconds > 0:
            only_small = [entry for entry in MIX if entry[0] == CEILING_KIND]
            small, _, small_seconds = _run_clients(clients, args.ceiling_seconds, 2, only_small)
            ceiling = sum(map(len, small.values())) / small_seconds
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()

    everything = [t for values in timings.values() for t in values]
    total, error_count = len(everything), sum(errors.values())
    rps = total / seconds
    verdict = "ok" if rps >= TARGET_RPS and error_count == 0 else "MISSES TARGET"
    lines = [
        "## Load benchmark (gunicorn + PostgreSQL)",
        "",
        machine_line(),
        "",
        f"{args.organizations} organisations × 50 registers; gunicorn with {args.workers} sync workers; "
        f"{len(users)} concurrent clients on 127.0.0.1 (Python threads, keep-alive), each the owner of "
        f"its own organisation; {seconds:.0f} s measured after {args.warmup:.0f} s of warm-up.",
        "",
        f"**{rps:.0f} requests/s**, p50 {_percentile(everything, 50):.0f} ms, "
        f"p95 {_percentile(everything, 95):.0f} ms, {error_count} errors in {total} requests "
        f"(target ≥ {TARGET_RPS} requests/s with 0 errors: {verdict}).",
        "",
        "| request | share | count | p50 | p95 |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind, values in sorted(timings.items(), key=lambda kv: -len(kv[1])):
        lines.append(
            f"| {kind} | {len(values) / total:.0%} | {len(values)} | {_percentile(values, 50):.0f} ms | "
            f"{_percentile(values, 95):.0f} ms |"
        )
    lines.append("")
    run_seconds = seconds + args.warmup
    per_request = {k: v / max(total, 1) * 1000 * seconds / run_seconds for k, v in sorted(cpu.items())}
    lines.append(
        "CPU per request, over the whole run including warm-up: "
        + ", ".join(f"{k} {ms:.1f} ms" for k, ms in per_request.items())
        + f" (2 cores give {2000 / max(total / seconds, 1):.1f} ms per request at this rate)."
    )
    if ceiling is not None:
        lines += [
            "",
            f"The same server and clients requesting only the small '{CEILING_KIND}' page (session, user, "
            f"membership, one short list, the base template): **{ceiling:.0f} requests/s**. That is what "
            "gunicorn, Django and PostgreSQL manage on this machine, with the load generator sharing its "
            "cores, before any page does real work.",
        ]
    lines.append("")
    lines.append(
        "An edit is a GET of the section form and its POST (with CSRF token and revision), timed together."
    )
    if errors:
        lines += ["", "Errors: " + ", ".join(f"{k} × {n}" for k, n in sorted(errors.items())) + "."]
    flags = f"--organizations {args.organizations} --clients {args.clients} --seconds {args.seconds:.0f}"
    lines += ["", f"Command: `python bench/bench_load.py {flags} --workers {args.workers}`."]
    print("\n".join(lines))
    if args.write:
        Path(args.write).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
