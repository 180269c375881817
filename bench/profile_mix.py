"""What the load benchmark's mix costs per request in one process, and which rebuilds the edits in it cause.

bench_load.py's mix (wrk_load.lua's weights: page reads, downloads, edits as a form's GET and its POST) is
replayed in this process through Django's test client, on a throw-away PostgreSQL filled as bench_load.py
fills it, each request by a random user of a random kind. The server's workers are played by swapping the
memory caches each worker keeps for itself (fragments-here, checks-here, dashboard_parts-here) before every
request, the worker drawn at random as gunicorn's accept does; the shared caches (files) are shared.
After `--warmup` requests (not counted: caches filling), `--requests` are timed by CPU per kind and
profiled; then each kind is sent alone, timed the same way (as bench_load.py's --per-kind). The difference
between a kind in the mix and alone is what the mix's other requests (the edits) make it rebuild; the
profile's rebuild functions say which.

    .venv/bin/python bench/profile_mix.py --organizations 10 --warmup 1500 --requests 3000
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import OrderedDict, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
HOST = "127.0.0.1"
WEIGHTS = {  # as wrk_load.lua's
    "dashboard": 20, "register page": 30, "systems list": 10, "API register list": 10, "public notice": 5,
    "DOCX download": 6, "PDF download": 2, "edit": 8,
}  # fmt: skip
WORKER_CACHES = ("fragments-here", "checks-here", "health-here", "dashboard_parts-here")
# What is built again when its key changed: the functions whose cumulative CPU the report shows.
REBUILDS = (
    r"views.py:\d+\(_dashboard\)",
    r"findings.py:\d+\(_checked\)",
    r"engine.py:\d+\(make_piece\)",
    r"views.py:\d+\(_register_rows\)",
    r"fragments.py:\d+\(_render\)",
    r"registers/views.py:\d+\(_register_page\)",
    r"answers.py:\d+\(answers\)",
    r"responses.py:\d+\(_build\)",
    r"interchange.py:\d+\(save_register\)",
    r"fragments.py:\d+\(kept_many\)",
    r"fragments.py:\d+\(keep\)",
)


def _database_cpu() -> tuple[int, float]:
    """The PostgreSQL backend serving this process's connection: its pid and CPU seconds so far."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return pid, (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _setup(organizations: int):
    import django

    django.setup()
    from bench_load import EDIT_SECTION, EDITED_TEXT, _FormFields
    from django.core.management import call_command
    from django.test import Client

    from tietovirta.api.models import ApiToken
    from tietovirta.canonical import RegisterStatus
    from tietovirta.commands.generate import generate
    from tietovirta.organizations.models import Membership
    from tietovirta.publishing.models import PublishedNotice
    from tietovirta.registers.models import Register

    call_command("migrate", interactive=False, verbosity=0)
    generate(organizations=organizations, registers=50, seed=7)
    users = []
    for membership in Membership.objects.select_related("user", "organization").order_by("organization_id"):
        organization = membership.organization
        browser = Client(HTTP_HOST=HOST, enforce_csrf_checks=True)
        browser.force_login(membership.user)
        read, edited = Register.objects.active().filter(organization=organization).order_by("position")[:2]
        notice = (
            PublishedNotice.objects.filter(
                register__organization=organization, register__status=RegisterStatus.PUBLISHED
            ).first()
            or PublishedNotice.objects.filter(register__status=RegisterStatus.PUBLISHED).first()
        )
        _token, secret = ApiToken.issue(name="mix", membership=membership, scope="read")
        org = f"/organizations/{organization.pk}"
        users.append({
            "browser": browser,
            "script": Client(HTTP_HOST=HOST, HTTP_AUTHORIZATION=f"Bearer {secret}"),
            "anonymous": Client(HTTP_HOST=HOST),
            "org": org,
            "page": f"{org}/registers/{read.pk}/",
            "form": f"{org}/registers/{edited.pk}/edit/{EDIT_SECTION}/",
            "notice": f"/public/notices/{notice.register.public_id}/{notice.languages[0]}/",
        })  # fmt: skip
    edits = {"made": 0}

    def edit(user):  # the form's GET, then its POST with the revision read from it, as wrk_load.lua
        form_page = user["browser"].get(user["form"])
        form = _FormFields()
        form.feed(form_page.content.decode())
        edits["made"] += 1
        text = EDITED_TEXT.replace("__NUMBER__", str(edits["made"]))
        return form_page, {**form.fields, f"{EDIT_SECTION}_text": text}

    def send(kind: str, user):
        documents = f"{user['page']}documents/tietosuojaseloste"
        paths = {
            "dashboard": (user["browser"], f"{user['org']}/"),
            "register page": (user["browser"], user["page"]),
            "systems list": (user["browser"], f"{user['org']}/systems/"),
            "API register list": (user["script"], f"/api/v1{user['org']}/registers"),
            "public notice": (user["anonymous"], user["notice"]),
            "DOCX download": (user["browser"], f"{documents}.docx"),
            "PDF download": (user["browser"], f"{documents}.pdf"),
        }
        client, path = paths[kind]
        answer = client.get(path)
        if answer.status_code != 200:
            raise SystemExit(f"profile_mix: {kind} answered {answer.status_code}")

    return users, send, edit


class Workers:
    """The memory caches of `count` worker processes, one set swapped in before each request."""

    def __init__(self, count: int) -> None:
        from django.core.cache import caches

        self.caches = [caches[alias] for alias in WORKER_CACHES]
        self.sets = [[(OrderedDict(), {}) for _ in WORKER_CACHES] for _ in range(count)]

    def become(self, worker: int) -> None:
        for cache, (kept, expiry) in zip(self.caches, self.sets[worker], strict=True):
            cache._cache, cache._expire_info = kept, expiry


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--organizations", type=int, default=10)
    parser.add_argument("--workers", type=int, default=4, help="worker processes played (default 4)")
    parser.add_argument("--warmup", type=int, default=1500, help="mixed requests before the measured ones")
    parser.add_argument("--requests", type=int, default=3000, help="mixed requests measured")
    parser.add_argument("--alone", type=int, default=100, help="requests of each kind alone (0: none)")
    parser.add_argument("--top", type=int, default=30, help="functions of the mix's profile shown")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dump", type=Path, metavar="PATH", help="write the mix's profile (pstats) to PATH")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        wrapper = [sys.executable, str(ROOT / "tests" / "with_postgres.py"), sys.executable, *sys.argv]
        raise SystemExit(subprocess.call(wrapper))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tietovirta.settings")
    os.environ.update(ALLOWED_HOSTS=HOST, CONN_MAX_AGE="600",
                      TIETOVIRTA_DATA_DIR=tempfile.mkdtemp(prefix="tietovirta-mix-"))  # fmt: skip
    users, send, edit = _setup(args.organizations)
    workers = Workers(args.workers)
    draw = random.Random(args.seed)
    kinds, weights = list(WEIGHTS), list(WEIGHTS.values())

    def one(kind: str, user, cpu: dict, count: dict) -> None:
        if kind == "edit":  # the GET and the POST reach a worker each
            workers.become(draw.randrange(args.workers))
            started = time.process_time()
            form_page, fields = edit(user)
            cpu["edit (GET form)"] += time.process_time() - started
            count["edit (GET form)"] += 1
            if form_page.status_code != 200:
                raise SystemExit(f"profile_mix: the edit form answered {form_page.status_code}")
            workers.become(draw.randrange(args.workers))
            started = time.process_time()
            answer = user["browser"].post(user["form"], fields)
            cpu["edit (POST)"] += time.process_time() - started
            count["edit (POST)"] += 1
            if answer.status_code != 302:
                raise SystemExit(f"profile_mix: the edit was not saved ({answer.status_code})")
            return
        workers.become(draw.randrange(args.workers))
        started = time.process_time()
        send(kind, user)
        cpu[kind] += time.process_time() - started
        count[kind] += 1

    def mix(requests: int, profile: cProfile.Profile | None = None) -> tuple[dict, dict]:
        cpu, count = defaultdict(float), defaultdict(int)
        for _ in range(requests):
            kind, user = draw.choices(kinds, weights)[0], draw.choice(users)
            if profile:
                profile.enable()
            one(kind, user, cpu, count)
            if profile:
                profile.disable()
        return cpu, count

    mix(args.warmup)
    backend, database_before = _database_cpu()
    cpu, count = mix(args.requests)  # timed
    backend_after, database_after = _database_cpu()
    database = database_after - database_before if backend_after == backend else float("nan")
    profile = cProfile.Profile(time.process_time)
    mix(args.requests, profile)  # profiled (the profiler's own cost is in its figures, not in the table)
    if args.dump:
        profile.dump_stats(args.dump)
    alone = {}
    for kind in kinds if args.alone else ():
        spent, sent = defaultdict(float), defaultdict(int)
        for _ in range(args.alone):
            one(kind, draw.choice(users), spent, sent)
        alone |= {name: spent[name] / sent[name] for name in sent}
    total = sum(count.values())
    print(f"\n{args.organizations} organisations × 50 registers on PostgreSQL, {args.workers} workers, "
          f"{args.requests} mixed requests after {args.warmup}:")  # fmt: skip
    print("| request | share | CPU per request in the mix | alone | extra in the mix, per mixed request |")
    print("|---|---:|---:|---:|---:|")
    for name in sorted(count, key=lambda n: -cpu[n]):
        mean = cpu[name] / count[name]
        extra = (mean - alone[name]) * count[name] / total if name in alone else 0.0
        print(f"| {name} | {count[name] / total:.0%} | {mean * 1000:.1f} ms | "
              f"{alone.get(name, float('nan')) * 1000:.1f} ms | {extra * 1000:.2f} ms |")  # fmt: skip
    mixed = sum(cpu.values()) / total
    weighted = sum(alone[n] * count[n] for n in count if n in alone) / total
    print(
        f"\nall: {mixed * 1000:.2f} ms per request in the mix; the same kinds alone {weighted * 1000:.2f} ms"
    )
    print(f"PostgreSQL (this process's backend): {database / total * 1000:.2f} ms per request in the mix")
    stats = pstats.Stats(profile, stream=io.StringIO())
    print(f"\nRebuilds in the profiled mix (cumulative CPU per mixed request, under the profiler; "
          f"{args.requests} requests):")  # fmt: skip
    for (filename, line, name), (_cc, calls, _tt, cumulative, _callers) in sorted(
        stats.stats.items(), key=lambda item: -item[1][3]
    ):
        where = f"{filename}:{line}({name})"
        if "tietovirta" in filename and any(re.search(pattern, where) for pattern in REBUILDS):
            short = where.split("/src/tietovirta/")[-1]
            print(f"  {short}: {calls} calls, {cumulative / args.requests * 1000:.2f} ms per request")
    if args.top:
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats("tietovirta", args.top)
        print(out.getvalue())


if __name__ == "__main__":
    main()
