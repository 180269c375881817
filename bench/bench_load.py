"""Load benchmark: gunicorn + PostgreSQL, 50 logged-in users driven by wrk (run by `make bench`).

Starts a throw-away PostgreSQL server (tests/with_postgres.py), fills it with generated
organisations, logs one owner of each of the first N organisations in (a session cookie and the CSRF
cookie of their section form, taken in Python beforehand), starts gunicorn (4 sync workers) on a free
loopback port and runs Debian's `wrk` with bench/wrk_load.lua: N connections, each request by one of
the users, in a realistic mix of page reads (dashboard, register page, systems list, the API register
list, a published notice read anonymously), downloads (the register's privacy notice as DOCX and PDF)
and edits (the section form's GET, then its POST with the CSRF token and the revision read from that
form, as a browser does). Reports requests/s, p50/p95/p99 and errors (any answer other than 2xx/3xx,
a redirect to the login page, an edit not saved). wrk is written in C, so the load generator takes
little of the cores the server runs on. Target: ≥ 300 requests/s with 0 errors.
It stops by itself; nothing listens beyond 127.0.0.1. Linux only (/proc); needs `wrk`.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
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
WRK_SCRIPT = Path(__file__).resolve().parent / "wrk_load.lua"
EDIT_SECTION = "consent"  # as in wrk_load.lua
# What the edit's POST changes; wrk_load.lua puts the form's revision and a running number in.
# The kinds of request in wrk_load.lua's mix, each also run alone after the mix (--per-kind).
KINDS = (
    "dashboard",
    "register page",
    "systems list",
    "API register list",
    "public notice",
    "DOCX download",
    "PDF download",
    "edit",
)
EDITED_TEXT = "Käsittely ei perustu suostumukseen. (tarkistettu __NUMBER__)"


class _FormFields(HTMLParser):
    """The fields of the page's POST form that holds a CSRF token, as a browser would submit them."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}
        self._textarea: str | None = None
        self._select: str | None = None
        self._in_form = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (a.get("method") or "").lower() == "post":
            self._in_form = True
        elif not self._in_form:
            return
        elif tag == "input" and a.get("name") and a.get("type") not in ("submit", "button"):
            if a.get("type") not in ("checkbox", "radio") or "checked" in a:
                self.fields[a["name"]] = a.get("value") or ""
        elif tag == "textarea" and a.get("name"):
            self._textarea = a["name"]
            self.fields[self._textarea] = ""
        elif tag == "select" and a.get("name"):
            self._select = a["name"]
        elif tag == "option" and self._select and "selected" in a:
            self.fields[self._select] = a.get("value") or ""

    def handle_data(self, data):
        if self._textarea:
            self.fields[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form" and "csrfmiddlewaretoken" in self.fields:
            self._in_form = False


def _prepare(organizations: int, clients: int) -> list[dict]:
    """Migrate, generate, and for each of the first `clients` organisations log its owner in, open the
    section form once (the CSRF cookie and the form's fields, as a browser has them) and issue an API
    token."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client as DjangoClient

    from tietovirta.api.models import ApiToken
    from tietovirta.canonical import RegisterStatus
    from tietovirta.commands.generate import generate
    from tietovirta.organizations.models import Membership
    from tietovirta.publishing.models import PublishedNotice
    from tietovirta.registers.models import Register

    call_command("migrate", interactive=False, verbosity=0)
    started = time.monotonic()
    print(f"generating {organizations} organisations × 50 registers …", flush=True)
    generate(organizations=organizations, registers=50, seed=7)
    print(f"generated in {time.monotonic() - started:.0f} s", flush=True)
    users = []
    memberships = Membership.objects.select_related("user", "organization").order_by("organization_id")
    for membership in memberships[:clients]:
        organization = membership.organization
        browser = DjangoClient(HTTP_HOST=HOST)
        browser.force_login(membership.user)  # a session as after logging in, without the slow hash
        read, edited = Register.objects.active().filter(organization=organization).order_by("position")[:2]
        notice = (
            PublishedNotice.objects.filter(
                register__organization=organization, register__status=RegisterStatus.PUBLISHED
            ).first()
            or PublishedNotice.objects.filter(register__status=RegisterStatus.PUBLISHED).first()
        )
        form_path = f"/organizations/{organization.pk}/registers/{edited.pk}/edit/{EDIT_SECTION}/"
        page = browser.get(form_path)
        html = page.content.decode()
        # What wrk_load.lua reads from the form: the revision, and the register the form belongs to.
        found = re.search(rf"/registers/(\d+)/edit/{EDIT_SECTION}/", html)
        found = found or re.search(r"/registers/(\d+)/", html)
        if page.status_code != 200 or not found or int(found.group(1)) != edited.pk:
            raise SystemExit(f"bench_load: the form at {form_path} is not what wrk_load.lua expects")
        if not re.search(r'name="based_on_revision" value="\d+"', html):
            raise SystemExit(f"bench_load: the form at {form_path} shows no revision")
        form = _FormFields()
        form.feed(html)
        fields = {**form.fields, "based_on_revision": "__REVISION__", f"{EDIT_SECTION}_text": EDITED_TEXT}
        # The downloads are of documents written before (as after the user's first download): the cost of
        # first writing one is bench_documents.py's to measure. Written into the cache gunicorn reads.
        documents = f"/organizations/{organization.pk}/registers/{read.pk}/documents"
        for fmt in ("docx", "pdf"):
            download = f"{documents}/tietosuojaseloste.{fmt}"
            if browser.get(download).status_code != 200:
                raise SystemExit(f"bench_load: {download} could not be written")
        _token, secret = ApiToken.issue(name="load", membership=membership, scope="read")
        users.append(
            {
                "session": browser.cookies["sessionid"].value,
                "csrf": browser.cookies["csrftoken"].value,
                "org": organization.pk,
                "reg": read.pk,
                "edit_reg": edited.pk,
                "token": secret,
                "notice": f"/public/notices/{notice.register.public_id}/{notice.languages[0]}/",
                "form": urlencode(fields),
                "revision": edited.revision,
            }
        )
    return users


def _users_file(users: list[dict], folder: Path) -> Path:
    """The users for wrk_load.lua, one a line, tab-separated, in the order the script reads them."""
    path = folder / "users.tsv"
    order = ("session", "csrf", "org", "reg", "edit_reg", "token", "notice", "form")
    path.write_text("".join("\t".join(str(u[k]) for k in order) + "\n" for u in users), encoding="utf-8")
    return path


def _check_edit(port: int, user: dict) -> None:
    """One edit through the served form before the run: the POST wrk will make is saved (a redirect to
    the register's page), not refused for its CSRF token or fields."""
    path = f"/organizations/{user['org']}/registers/{user['edit_reg']}/edit/{EDIT_SECTION}/"
    body = user["form"].replace("__REVISION__", str(user["revision"])).replace("__NUMBER__", "check")
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    connection.request(
        "POST",
        path,
        body=body,
        headers={
            "Cookie": f"sessionid={user['session']}; csrftoken={user['csrf']}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    response = connection.getresponse()
    response.read()
    connection.close()
    location = response.getheader("Location") or ""
    if response.status != 302 or not location.endswith(f"/registers/{user['edit_reg']}/#{EDIT_SECTION}"):
        raise SystemExit(f"bench_load: the edit's POST answered {response.status} {location!r}, not saved")


def _drain(port: int) -> None:
    """Wait until the server has answered the requests an ended wrk run left queued (the workers answer
    them though wrk has gone), so that they are not counted in the next run's time and CPU."""
    connection = http.client.HTTPConnection(HOST, port, timeout=300)
    connection.request("GET", "/favicon.ico")  # queued behind them
    connection.getresponse().read()
    connection.close()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # and the other workers have finished theirs
        before = _cpu_between({}, _process_cpu()).get("gunicorn", 0.0)
        time.sleep(0.5)
        if _cpu_between({}, _process_cpu()).get("gunicorn", 0.0) - before < 0.05:
            return


def _wrk(port: int, users_file: Path, clients: int, threads: int, seconds: float, only: str = "") -> dict:
    command = [
        "wrk", f"-t{threads}", f"-c{clients}", f"-d{seconds:g}s", "--timeout", "30s", "-s", str(WRK_SCRIPT),
        f"http://{HOST}:{port}/", "--", str(users_file), str(threads), *([only] if only else []),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True)
    for line in done.stdout.splitlines():
        if line.startswith("WRK "):
            return json.loads(line[4:])
    raise SystemExit(f"bench_load: wrk gave no summary:\n{done.stdout}{done.stderr}")


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
    """CPU seconds used so far by each process of the app server and PostgreSQL (Linux /proc), by pid."""
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
            "gunicorn" if "gunicorn" in name
            else "PostgreSQL" if name.startswith("postgres")
            else None
        )  # fmt: skip
        if kind:
            used[pid] = (kind, (int(fields[11]) + int(fields[12])) / ticks)  # utime + stime
    return used


def _children_cpu() -> float:
    """CPU seconds of this process's finished children: wrk's, as its runs end."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _cpu_between(before: dict[int, tuple[str, float]], after: dict[int, tuple[str, float]]) -> dict:
    """CPU seconds per kind of process between two readings (a process that started meanwhile counts
    from zero; one that ended is not seen)."""
    spent: dict[str, float] = defaultdict(float)
    for pid, (kind, seconds) in after.items():
        spent[kind] += seconds - before.get(pid, (kind, 0.0))[1]
    return dict(spent)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--organizations", type=int, default=int(os.environ.get("BENCH_SCALE", "1000")), help="data size"
    )
    parser.add_argument("--clients", type=int, default=50, help="users = wrk connections (default 50)")
    parser.add_argument("--seconds", type=float, default=30, help="measured duration (default 30)")
    parser.add_argument("--warmup", type=float, default=5, help="unmeasured wrk run before (default 5)")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers (default 4, for 2 cores)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument(
        "--per-kind",
        type=float,
        default=5,
        metavar="SECONDS",
        help="then send each kind of request alone this long, for its CPU per request (0: skip; default 5)",
    )
    parser.add_argument("--write", metavar="PATH", help="write the figures as a markdown section to PATH")
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="DIR",
        help="profile each gunicorn worker after the warm-up (bench/gunicorn_profile.py), into DIR",
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("bench_load: wrk is not installed (Debian: apt-get install wrk); nothing measured.")
    if "DATABASE_URL" not in os.environ or not os.environ["DATABASE_URL"].startswith("postgres"):
        wrapper = [sys.executable, str(ROOT / "tests" / "with_postgres.py"), sys.executable, *sys.argv]
        raise SystemExit(subprocess.call(wrapper))

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tietovirta.settings")
    data_dir = Path(tempfile.mkdtemp(prefix="tietovirta-load-"))
    # Its own data directory (secret key, document cache): nothing is shared with a running site.
    os.environ.update(ALLOWED_HOSTS=HOST, CONN_MAX_AGE="600", TIETOVIRTA_DATA_DIR=str(data_dir))
    server = None
    try:
        users = _prepare(args.organizations, args.clients)
        users_file = _users_file(users, data_dir)
        port = _free_port()
        gunicorn = [
            str(Path(sys.executable).parent / "gunicorn"),
            "tietovirta.wsgi:application",
            "--bind", f"{HOST}:{port}",
            "--workers", str(args.workers),
            "--timeout", "60",
            "--log-level", "warning",
        ]  # fmt: skip
        environment = os.environ.copy()
        if args.profile:
            args.profile.mkdir(parents=True, exist_ok=True)
            gunicorn += ["--config", str(Path(__file__).resolve().parent / "gunicorn_profile.py")]
            environment.update(PROFILE_DIR=str(args.profile.resolve()), PROFILE_AFTER=str(args.warmup + 3))
        server = subprocess.Popen(gunicorn, env=environment)
        _wait_for(port, time.monotonic() + 30)
        _check_edit(port, users[0])
        print(f"wrk: {len(users)} users, {args.seconds:g} s after {args.warmup:g} s warm-up …", flush=True)
        if args.warmup > 0:  # templates, translations, connections and the document cache in every worker
            _wrk(port, users_file, len(users), args.threads, args.warmup)
            _drain(port)
        cpu_before, wrk_before = _process_cpu(), _children_cpu()
        run = _wrk(port, users_file, len(users), args.threads, args.seconds)
        cpu = {**_cpu_between(cpu_before, _process_cpu()), "wrk": _children_cpu() - wrk_before}
        load_average = os.getloadavg()[0]  # the last minute's: this run's processes and any other job's
        alone = {}
        few = args.threads * 4  # connections: enough to keep the workers busy, few left queued at the end
        for kind in KINDS if args.per_kind > 0 else ():
            _drain(port)
            before = _process_cpu()
            alone[kind] = _wrk(port, users_file, few, args.threads, args.per_kind, kind)
            alone[kind]["cpu"] = _cpu_between(before, _process_cpu())
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(data_dir, ignore_errors=True)

    seconds = run["duration_us"] / 1e6
    total = run["requests"]
    rps = total / seconds
    errors = dict(run["errors"])
    if run["socket_errors"]:
        errors["socket errors"] = run["socket_errors"]
    error_count = sum(errors.values())
    verdict = "ok" if rps >= TARGET_RPS and error_count == 0 else "MISSES TARGET"
    sent = run["sent"]
    lines = [
        "## Load benchmark (gunicorn + PostgreSQL, wrk)",
        "",
        machine_line(),
        "",
        f"{args.organizations} organisations × 50 registers on PostgreSQL; gunicorn with {args.workers} sync "
        f"workers; `wrk -t{args.threads} -c{len(users)} -d{args.seconds:g}s` with bench/wrk_load.lua after "
        f"{args.warmup:g} s of warm-up: {len(users)} logged-in owners of their own organisations, each "
        "request by one of them; the documents downloaded were written into the document cache beforehand "
        "(as after a user's first download). The machine's 2 cores are shared with wrk, PostgreSQL and, "
        "on this machine, other jobs.",
        "",
        f"**{rps:.0f} requests/s**, p50 {run['p50_us'] / 1000:.0f} ms, p95 {run['p95_us'] / 1000:.0f} ms, "
        f"p99 {run['p99_us'] / 1000:.0f} ms, {error_count} errors in {total} requests "
        f"(target ≥ {TARGET_RPS} requests/s with 0 errors: {verdict}).",
        "",
        "| request | share of those sent | sent |",
        "|---|---:|---:|",
    ]
    all_sent = sum(sent.values())
    for kind, count in sorted(sent.items(), key=lambda kv: -kv[1]):
        lines.append(f"| {kind} | {count / all_sent:.0%} | {count} |")
    lines += [
        "",
        f"Edits saved: {run['edits_saved']}; not saved: {run['edits_failed']}. An edit is the section form's "
        "GET, then its POST with the CSRF token and the revision read from that form; a saved edit is "
        "answered with a redirect to the register's page. Latency percentiles are wrk's, over all "
        "requests (wrk does not time them per kind).",
        "",
        "CPU per request over the measured run: "
        + ", ".join(f"{k} {v / max(total, 1) * 1000:.1f} ms" for k, v in sorted(cpu.items()))
        + f" (2 cores give {2000 / max(rps, 1):.1f} ms per request at this rate). The server used "
        f"{sum(v for k, v in cpu.items() if k != 'wrk') / seconds:.2f} of the 2 cores; the machine's load "
        f"average at the end of the run was {load_average:.1f}.",
    ]
    if alone:
        lines += [
            "",
            f"Each kind alone, `wrk -c{few}` for {args.per_kind:g} s after the mix, each run starting when "
            "the server has answered what the run before left queued (same server, users and data; an edit "
            "counts its GET and its POST as two requests, and while a user's edit is under way that user "
            "reads the register page instead):",
            "",
            "| request | requests/s | p50 | p95 | CPU per request: gunicorn | PostgreSQL | errors |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for kind, r in alone.items():
            n = max(r["requests"], 1)
            bad = sum(r["errors"].values()) + r["socket_errors"]
            lines.append(
                f"| {kind} | {r['requests'] / (r['duration_us'] / 1e6):.0f} | {r['p50_us'] / 1000:.0f} ms | "
                f"{r['p95_us'] / 1000:.0f} ms | {r['cpu'].get('gunicorn', 0) / n * 1000:.1f} ms | "
                f"{r['cpu'].get('PostgreSQL', 0) / n * 1000:.1f} ms | {bad} |"
            )
    if errors:
        lines += ["", "Errors: " + ", ".join(f"{k} × {n}" for k, n in sorted(errors.items())) + "."]
    flags = (
        f"--organizations {args.organizations} --clients {args.clients} --seconds {args.seconds:g} "
        f"--warmup {args.warmup:g} --per-kind {args.per_kind:g} --workers {args.workers}"
    )
    lines += ["", f"Command: `python bench/bench_load.py {flags}`."]
    print("\n".join(lines))
    if args.write:
        Path(args.write).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
