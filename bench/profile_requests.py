"""Where one request's time goes: CPU ms and queries per request, and a cProfile of the hottest functions.

Fills a throw-away PostgreSQL (tests/with_postgres.py) with generated organisations of 50 registers, as
bench_load.py does, then sends each kind of request of the load benchmark (the API register list, the
dashboard, the register page, the systems list, the DOCX and PDF downloads, and the edit: the section
form's GET, its CSRF-checked POST and the register page it redirects to, as the worker that saved the
edit and as another worker shows it) through Django's test client in this process; the dashboard also
right after a change: after the organisation's revision alone is raised, and after one register is
edited as the load benchmark's edit does (its consent text, through `save_register`; the edit itself is
not timed); the register page also when its parts are built again with nothing edited (its generation
raised); the register page and a download of one register right after another register is edited.
Warm-up requests first (templates, translations, fragment and document caches as a running worker has
them), then `--requests` of each, timed by CPU and counted in queries
(CaptureQueriesContext), then the same again under cProfile, which also counts this process's CPU time.
The CPU is this process's only (PostgreSQL's is not in it). Not a load test; for that see bench_load.py.

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
    from bench_load import EDIT_SECTION, EDITED_TEXT, _FormFields
    from django.core.management import call_command
    from django.test import Client

    from tietovirta.api.answers import make_old
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
    register = Register.objects.active().filter(organization=organization).order_by("position").first()
    edited = Register.objects.active().filter(organization=organization).order_by("position")[1]
    org = f"/organizations/{organization.pk}"
    page = f"{org}/registers/{register.pk}/"
    edited_page = f"{org}/registers/{edited.pk}/"
    form_path = f"{edited_page}edit/{EDIT_SECTION}/"
    # The edit as wrk_load.lua sends it: the form's own fields, its CSRF token checked.
    editor = Client(HTTP_HOST=HOST, enforce_csrf_checks=True)
    editor.force_login(membership.user)
    form = _FormFields()
    form.feed(editor.get(form_path).content.decode())
    edits = {"made": 0, "revision": edited.revision}  # each saved edit is the next revision

    def changed():  # what every write to the documentation does (registers/signals.py): caches miss
        raise_revision(organization.pk)

    def rebuilt():  # the register's own generation raised, as its edit does: its page parts miss
        make_old([register.pk])

    def edit():  # bench_load.py's edit: the second register's consent text, as its section form saves it
        row = Register.objects.get(pk=edited.pk)
        edits["made"] += 1
        text = f"Käsittely ei perustu suostumukseen. (tarkistettu {edits['made']})"
        save_register(row, register_to_canonical(row).model_copy(update={"consent_text": text}))
        edits["revision"] += 1

    def get(client, path):
        return lambda: client.get(path)

    def post_edit():
        edits["made"] += 1
        fields = {
            **form.fields,
            "based_on_revision": str(edits["revision"]),
            f"{EDIT_SECTION}_text": EDITED_TEXT.replace("__NUMBER__", str(edits["made"])),
        }
        answer = editor.post(form_path, fields)
        if answer.status_code != 302 or not answer["Location"].endswith(f"#{EDIT_SECTION}"):
            raise SystemExit(f"profile_requests: the edit was not saved ({answer.status_code})")
        edits["revision"] += 1
        return answer

    def edit_then_page():
        post_edit()
        return editor.get(edited_page)

    def edit_seen_by_one_worker():
        # The page after an edit as a second gunicorn worker gets it: the first worker has shown it, so
        # its parts are in the cache the workers share, but nothing is in the second one's memory.
        from django.core.cache import caches

        edit_then_page()
        caches["fragments-here"].clear()

    documents = f"{page}documents/tietosuojaseloste"
    return {
        "API register list": (get(script, f"/api/v1{org}/registers"), None),
        "API organisation findings": (get(script, f"/api/v1{org}/findings"), None),
        "API organisation findings after a register edit": (get(script, f"/api/v1{org}/findings"), edit),
        "dashboard": (get(browser, f"{org}/"), None),
        "dashboard after a change": (get(browser, f"{org}/"), changed),
        "dashboard after a register edit": (get(browser, f"{org}/"), edit),
        "register page": (get(browser, page), None),
        "register page rebuilt": (get(browser, page), rebuilt),  # its parts built again, nothing edited
        "register page after an edit of another register": (get(browser, page), edit),
        "systems list": (get(browser, f"{org}/systems/"), None),
        "DOCX download": (get(browser, f"{documents}.docx"), None),
        "PDF download": (get(browser, f"{documents}.pdf"), None),
        "DOCX download after an edit of another register": (get(browser, f"{documents}.docx"), edit),
        "edit form (GET)": (get(editor, form_path), None),
        "edit (POST)": (post_edit, None),
        "register page after an edit": (get(editor, edited_page), post_edit),
        "edit POST + its redirect": (edit_then_page, None),
        "register page after an edit, other worker": (get(browser, edited_page), edit_seen_by_one_worker),
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
    parser.add_argument("--match", help="only functions whose file or name matches this regular expression")
    parser.add_argument("--dump", type=Path, help="also write each kind's profile here (pstats files)")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        wrapper = [sys.executable, str(ROOT / "tests" / "with_postgres.py"), sys.executable, *sys.argv]
        raise SystemExit(subprocess.call(wrapper))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tietovirta.settings")
    os.environ.update(
        ALLOWED_HOSTS=HOST,
        CONN_MAX_AGE="600",
        TIETOVIRTA_DATA_DIR=tempfile.mkdtemp(prefix="tietovirta-profile-"),
    )
    kinds = _setup(args.organizations)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    rows = []
    for kind, (send, before) in kinds.items():
        if args.kind and kind not in args.kind:
            continue
        before = before or (lambda: None)
        for _ in range(args.warmup):
            before()
            answer = send()
            if answer.status_code not in (200, 302):
                raise SystemExit(f"profile_requests: {kind} answered {answer.status_code}")
        before()
        with CaptureQueriesContext(connection) as queries:
            send()
        captured = [q["sql"] for q in queries.captured_queries]  # read now: the next request empties the log
        cpu = 0.0
        for _ in range(args.requests):
            before()
            started = time.process_time()
            size = len(send().content)
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
                send()
            profile.disable()
            if args.dump:
                args.dump.mkdir(parents=True, exist_ok=True)
                profile.dump_stats(args.dump / f"{kind.replace(' ', '-')}.pstats")
            out = io.StringIO()
            restrictions = [r for r in (args.match, args.top) if r]
            pstats.Stats(profile, stream=out).sort_stats(args.sort).print_stats(*restrictions)
            print(f"=== {kind} ({args.requests} requests)\n{out.getvalue()}")
            print("queries:", *(sql[:200] for sql in captured), sep="\n  ")
    print(f"\n{args.organizations} organisations × 50 registers on PostgreSQL, {args.requests} of each:")
    print("| request | CPU per request (this process) | queries | bytes |\n|---|---:|---:|---:|")
    for kind, ms, count, size in rows:
        print(f"| {kind} | {ms:.1f} ms | {count} | {size} |")


if __name__ == "__main__":
    main()
