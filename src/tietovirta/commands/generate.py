"""`tietovirta generate`: realistic Finnish organisations at scale, for benchmarks and load tests.

Every organisation gets an owner (one login each, all with the same password), 5–10 systems from
the vendor catalogue, 2–4 parties, and registers made from the register templates with varied
names, persons, statuses and gaps (so the checks find something), each with a few versions of
history; published registers also get a frozen privacy notice. Rows are written with bulk_create
in one transaction per batch of organisations, so 50 000 registers take minutes, not hours.
The same seed gives the same data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from dataclasses import dataclass

GENERATED_PASSWORD = "tietovirta-generated"
BATCH_ORGANIZATIONS = 20

_SURNAMES = (
    "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
    "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
    "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen",
    "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Kuusisto", "Masalin",
)  # fmt: skip
_FIRST_NAMES = (
    "Anna", "Maria", "Aino", "Helmi", "Sanna", "Laura", "Kaisa", "Tiina", "Johanna", "Elina",
    "Juha", "Mikko", "Timo", "Jari", "Janne", "Antti", "Matti", "Ville", "Tuomas", "Petri",
)  # fmt: skip
_TRADES = (
    "Rakennus", "Kiinteistöpalvelu", "Tilitoimisto", "Konsultointi", "Kuljetus", "Sähkö", "Putki",
    "Hammaslääkäriasema", "Kauneushoitola", "Tekniikka", "Metalli", "Puutarha", "Isännöinti",
    "Mainostoimisto", "Ohjelmistot", "Kahvila", "Autokorjaamo", "Fysioterapia", "Lakiasiaintoimisto",
)  # fmt: skip
_COMPANY_FORMS = ("Oy", "Oy", "Oy", "Ky", "Oy Ab", "Tmi")
_CITIES = (
    ("00100", "Helsinki"), ("02100", "Espoo"), ("01300", "Vantaa"), ("33100", "Tampere"),
    ("20100", "Turku"), ("90100", "Oulu"), ("40100", "Jyväskylä"), ("15110", "Lahti"),
    ("70100", "Kuopio"), ("26100", "Rauma"), ("28100", "Pori"), ("65100", "Vaasa"),
)  # fmt: skip
_STREETS = (
    "Satamakatu", "Hämeenkatu", "Kauppakatu", "Asemakatu", "Koulukatu", "Puistokatu", "Rantatie",
    "Teollisuustie", "Mannerheimintie", "Kirkkokatu",
)  # fmt: skip
_NAME_VARIANTS = (
    "", " – verkkokauppa", " – myymälä", " (pääkonttori)", " – Tampereen toimipiste",
    " – Oulun toimipiste", " 2025", " – tapahtumat", " – kumppanit", " – vanha järjestelmä",
)  # fmt: skip
_ACCOUNTANTS = ("Tilitoimisto Numerot", "Kirjanpito Lukuvarma", "Tilipalvelu Saldo")


@dataclass
class Totals:
    organizations: int = 0
    systems: int = 0
    parties: int = 0
    registers: int = 0
    history: int = 0
    notices: int = 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--organizations", type=int, default=1000, help="how many organisations (1000)")
    parser.add_argument("--registers", type=int, default=50, help="registers per organisation (50)")
    parser.add_argument("--seed", type=int, default=1, help="random seed: the same seed, the same data")
    parser.add_argument(
        "--password", default=GENERATED_PASSWORD, help="password of every generated owner account"
    )


def run(args) -> int:
    started = time.monotonic()

    def progress(totals: Totals) -> None:
        print(
            f"  {totals.organizations}/{args.organizations} organisations, {totals.registers} registers, "
            f"{totals.history} history rows ({time.monotonic() - started:.0f} s)",
            flush=True,
        )

    totals = generate(
        organizations=args.organizations,
        registers=args.registers,
        seed=args.seed,
        password=args.password,
        progress=progress,
    )
    print(
        f"Generated {totals.organizations} organisations, {totals.systems} systems, {totals.parties} "
        f"parties, {totals.registers} registers, {totals.history} register versions and "
        f"{totals.notices} published notices in {time.monotonic() - started:.0f} s. "
        f"Each organisation's owner logs in with the password '{args.password}'.",
    )
    return 0


def y_tunnus(rng: random.Random) -> str:
    """A random Y-tunnus with a valid check digit (a weighted sum leaving 1 has none: draw again)."""
    from stdnum.fi import ytunnus

    while True:
        digits = f"{rng.randrange(1_000_000, 3_400_000):07d}"
        valid = [d for d in "0123456789" if ytunnus.is_valid(f"{digits}-{d}")]
        if valid:
            return f"{digits}-{valid[0]}"


def generate(
    *, organizations: int, registers: int, seed: int = 1, password: str = GENERATED_PASSWORD, progress=None
) -> Totals:
    """Write `organizations` generated organisations with `registers` registers each; return the counts."""
    from django.contrib.auth.hashers import make_password
    from django.db import connection, transaction

    rng = random.Random(seed)
    hashed = make_password(password)  # hashing is slow on purpose: once, shared by every owner
    totals = Totals()
    for first in range(0, organizations, BATCH_ORGANIZATIONS):
        count = min(BATCH_ORGANIZATIONS, organizations - first)
        with transaction.atomic():
            _batch(rng, count, registers, hashed, totals, seed)
        if progress:
            progress(totals)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # The planner's statistics and the visibility map, as autovacuum would set them later: without
            # this, the first reads of the new rows write hint bits, and autovacuum works during them.
            # VACUUM cannot run inside a transaction (a caller's, or a test's): there only ANALYZE.
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
    return totals


def _person(rng: random.Random, domain: str, title: str = "") -> dict:
    first, last = rng.choice(_FIRST_NAMES), rng.choice(_SURNAMES)
    return {
        "name": f"{first} {last}",
        "title": title,
        "email": f"{first.lower()}.{_ascii(last)}@{domain}",
        "phone": f"+358 40 {rng.randrange(1000000, 9999999)}",
        "address": "",
    }


def _ascii(text: str) -> str:
    return text.lower().translate(str.maketrans("äöå ", "aoa-"))


def _batch(rng: random.Random, count: int, per_org: int, hashed: str, totals: Totals, seed: int) -> None:
    from django.contrib.auth import get_user_model

    from tietovirta import canonical as c
    from tietovirta.api.models import RegisterAnswer
    from tietovirta.demo.templates import REGISTER_TEMPLATES
    from tietovirta.interchange import (
        organization_to_canonical,
        party_to_canonical,
        register_row_values,
        system_to_canonical,
    )
    from tietovirta.knowledge.vendors import vendors as known_vendors
    from tietovirta.organizations.models import Membership, Organization, Party, Role, System
    from tietovirta.publishing.models import PublishedNotice
    from tietovirta.registers.models import Register

    now = dt.datetime.now(dt.UTC)
    orgs: list[Organization] = []
    for _ in range(count):
        surname, trade = rng.choice(_SURNAMES), rng.choice(_TRADES)
        domain = f"{_ascii(surname)}-{_ascii(trade)}{rng.randrange(1, 999)}.fi"
        postal_code, city = rng.choice(_CITIES)
        orgs.append(
            Organization(
                name=f"{trade} {surname} {rng.choice(_COMPANY_FORMS)}",
                business_id=y_tunnus(rng),
                street_address=f"{rng.choice(_STREETS)} {rng.randrange(1, 80)}",
                postal_code=postal_code,
                city=city,
                country="Suomi",
                email=f"info@{domain}",
                phone=f"+358 {rng.randrange(2, 9)} {rng.randrange(100000, 999999)}",
                website=f"https://www.{domain}/",
                contact_person=_person(rng, domain, "toimitusjohtaja"),
                dpo=_person(rng, domain, "tietosuojavastaava") if rng.random() < 0.3 else None,
            )
        )
    _with_history(Organization, orgs, now)

    User = get_user_model()
    owners = []
    for org in orgs:
        email = org.contact_person["email"].replace("@", f"+{org.pk}@")  # unique even when names repeat
        owners.append(User(username=email, email=email, password=hashed))
    User.objects.bulk_create(owners)
    if not owners[0].pk:  # databases that do not return ids: read them back
        ids = dict(
            User.objects.filter(username__in=[u.username for u in owners]).values_list("username", "id")
        )
        for user in owners:
            user.pk = ids[user.username]
    Membership.objects.bulk_create(
        Membership(user=user, organization=org, role=Role.OWNER)
        for user, org in zip(owners, orgs, strict=True)
    )

    systems_of: dict[int, list[System]] = {}
    parties_of: dict[int, list[Party]] = {}
    for org in orgs:
        vendors = rng.sample(known_vendors(), rng.randint(5, 10))
        systems_of[org.pk] = [
            System(
                organization=org,
                position=i,
                name=v.name,
                vendor=v.name,
                kind=v.kind,
                hosting=v.hosting,
                hosting_country=v.hosting_country,
                vendor_country=v.country,
                transfer_mechanism=rng.choice(("scc", "dpf", None)) if v.outside_eea else "none",
                processor_agreement=rng.choice(("signed", "signed", "unknown", "missing")),
            )
            for i, v in enumerate(vendors)
        ]
    _with_history(System, [s for group in systems_of.values() for s in group], now)

    party_links = []
    for org in orgs:
        systems = systems_of[org.pk]
        accountant = rng.choice(_ACCOUNTANTS) + " Oy"
        chosen = rng.sample(systems, rng.randint(1, 3))
        parties = [
            Party(
                organization=org,
                position=0,
                name=accountant,
                role="processor",
                business_id=y_tunnus(rng),
                hosting="fi",
                processor_agreement="signed",
            )
        ] + [
            Party(
                organization=org,
                position=i + 1,
                name=f"{s.vendor} (toimittaja)",
                role="processor",
                hosting=s.hosting,
                hosting_country=s.hosting_country,
                vendor_country=s.vendor_country,
                transfer_mechanism=s.transfer_mechanism,
                processor_agreement=s.processor_agreement,
            )
            for i, s in enumerate(chosen)
        ]
        parties_of[org.pk] = parties
        party_links.extend((party, system) for party, system in zip(parties[1:], chosen, strict=True))
    _with_history(Party, [p for group in parties_of.values() for p in group], now)
    Party.systems.through.objects.bulk_create(
        Party.systems.through(party_id=p.pk, system_id=s.pk) for p, s in party_links
    )

    templates = list(REGISTER_TEMPLATES.values())
    rows: list[Register] = []
    items: list[c.Register] = []
    links: list[tuple[Register, list[System], list[Party]]] = []
    for org in orgs:
        domain = org.email.split("@")[1]
        names = [(t, variant) for variant in _NAME_VARIANTS for t in templates]
        for position in range(per_org):
            template, variant = names[position % len(names)]
            suffix = f" {position // len(names) + 1}" if position >= len(names) else ""
            item = _vary(rng, template, f"{template.name}{variant}{suffix}", domain)
            register = Register(organization=org, position=position)
            register.__dict__.update(register_row_values(item))
            register.revision = rng.randint(1, 4)
            register.modified_at = now - dt.timedelta(days=rng.randint(0, 900), minutes=rng.randint(0, 1440))
            rows.append(register)
            items.append(item)
            systems = rng.sample(systems_of[org.pk], rng.randint(1, min(4, len(systems_of[org.pk]))))
            parties = rng.sample(parties_of[org.pk], rng.randint(0, len(parties_of[org.pk])))
            links.append((register, systems, parties))
    Register.objects.bulk_create(rows, batch_size=500)
    _read_back_ids(Register, rows, "public_id")
    # Each register's answer row, as a register saved one by one gets (api/answers.py): its generation.
    RegisterAnswer.objects.bulk_create([RegisterAnswer(register_id=r.pk) for r in rows], batch_size=2000)
    register_systems = Register.systems.through.objects.bulk_create(
        [
            Register.systems.through(register_id=r.pk, system_id=s.pk)
            for r, systems, _ in links
            for s in systems
        ],
        batch_size=2000,
    )
    register_parties = Register.parties.through.objects.bulk_create(
        [
            Register.parties.through(register_id=r.pk, party_id=p.pk)
            for r, _, parties in links
            for p in parties
        ],
        batch_size=2000,
    )
    totals.history += _register_history(rows, register_systems, register_parties)

    notices = []
    catalogue = {
        org.pk: (
            organization_to_canonical(org),
            [system_to_canonical(s) for s in systems_of[org.pk]],
            [
                party_to_canonical(p)
                for p in Party.objects.filter(organization=org).prefetch_related("systems")
            ],
        )
        for org in orgs
    }
    for register, item, (_, systems, parties) in zip(rows, items, links, strict=True):
        if register.status != c.RegisterStatus.PUBLISHED:
            continue
        organization, org_systems, org_parties = catalogue[register.organization_id]
        published = item.model_copy(
            update={
                "systems": [s.name for s in systems],
                "parties": [p.name for p in parties],
                "modified_at": register.modified_at,
                "revision": register.revision,
            }
        )
        snapshot = c.OrganizationDocument(
            organization=organization, systems=org_systems, parties=org_parties, registers=[published]
        ).model_dump(mode="json")
        notices.append(PublishedNotice(register=register, version=1, snapshot=snapshot))
    PublishedNotice.objects.bulk_create(notices, batch_size=200)

    totals.organizations += len(orgs)
    totals.systems += sum(len(group) for group in systems_of.values())
    totals.parties += sum(len(group) for group in parties_of.values())
    totals.registers += len(rows)
    totals.notices += len(notices)


def _vary(rng: random.Random, template, name: str, domain: str):
    """A template adopted by one company: its name, persons, status, and the gaps real registers have."""
    from tietovirta import canonical as c

    roll = rng.random()
    status = (
        c.RegisterStatus.PUBLISHED
        if roll < 0.2
        else c.RegisterStatus.ARCHIVED
        if roll < 0.25
        else c.RegisterStatus.DRAFT
    )
    update: dict = {
        "name": name,
        "status": status,
        "contact_person": c.Contact.model_validate(_person(rng, domain)),
        "responsible_person": c.Contact.model_validate(_person(rng, domain, "toimitusjohtaja")),
        "use_system_references": rng.random() < 0.7,
        "review_interval_months": rng.choice((12, 12, 12, 24, 6)),
    }
    if rng.random() < 0.25:
        update.update(retention_period=None, retention_unit=None, retention_text="Niin kauan kuin tarpeen.")
    if rng.random() < 0.15:
        update["security_electronic_text"] = ""
    if rng.random() < 0.1:
        update["legal_basis_text"] = ""
    return template.model_copy(update=update)


def _with_history(model, objs: list, when: dt.datetime) -> None:
    """bulk_create with a creation row in the model's history."""
    from simple_history.utils import bulk_create_with_history

    bulk_create_with_history(objs, model, batch_size=500, default_date=when)


def _read_back_ids(model, objs: list, key: str) -> None:
    # SQLite before 3.35 and some backends do not return primary keys from bulk_create.
    if objs and objs[0].pk is None:
        ids = dict(
            model.objects.filter(**{f"{key}__in": [getattr(o, key) for o in objs]}).values_list(key, "id")
        )
        for obj in objs:
            obj.pk = ids[getattr(obj, key)]


def _register_history(rows, register_systems, register_parties) -> int:
    """Versions 1…revision of each register, oldest first, each with the systems and parties linked."""
    from django.apps import apps

    from tietovirta.registers.models import Register

    history = Register.history.model
    final = {r.pk: (r.retention_text, r.modified_at) for r in rows}
    written = 0
    for version in range(1, max(r.revision for r in rows) + 1):
        batch = [r for r in rows if r.revision >= version]
        for register in batch:
            retention_text, modified_at = final[register.pk]
            register._history_date = modified_at - dt.timedelta(days=30 * (register.revision - version))
            # Older versions differ in their wording of retention: the history page has a diff to show.
            register.retention_text = (
                retention_text
                if version == register.revision
                else f"{retention_text[:120]} (versio {version})"
            )
        records = Register.history.bulk_history_create(batch, batch_size=500, update=version > 1)
        if records and records[0].pk is None:  # backends that do not return ids: the newest rows
            records = list(history.objects.order_by("-history_id")[: len(batch)])
        written += len(records)
        by_register = {record.id: record.pk for record in records}
        for through, rows_of, column in (
            ("HistoricalRegister_systems", register_systems, "system_id"),
            ("HistoricalRegister_parties", register_parties, "party_id"),
        ):
            model = apps.get_model("registers", through)
            model.objects.bulk_create(
                [
                    model(
                        id=row.pk,
                        register_id=row.register_id,
                        history_id=by_register[row.register_id],
                        **{column: getattr(row, column)},
                    )
                    for row in rows_of
                    if row.register_id in by_register
                ],
                batch_size=2000,
            )
    for register in rows:
        register.retention_text = final[register.pk][0]
        del register._history_date
    return written
