"""The register list's items read from each register's kept answer instead of serialised anew.

A page of 50 registers is some 2 MB of JSON, and validating and serialising it took most of the list's
time (issue 17); reading it from the database as text and encoding it again still took half (the
database's copy was decoded, joined and encoded again on every list). So each register's answer — the
JSON bytes that GET …/registers/{id} answers — is kept in a file (CACHES["api_answers"]) and a list joins
the kept bytes. What keeps a kept answer from going stale is what keeps a register's page parts fresh
(fragments.register_revision): its key holds

- the register's generation (RegisterAnswer.generation), which every change that shows in a register's
  answer raises in the change's own transaction: the changes that registers/changes.py lists as changing
  a register's canonical form (its row, the links to its systems and parties and their names, its risk
  assessments). The list reads it before the data an answer is built from, so an answer is never kept
  under a generation newer than the data it shows;
- `code`, a digest of the code and the migrations that make the answer: a deployment that changes them
  makes every kept answer old;
- the database's identity, as every cache key (installation/cache_keys.py): a database made anew counts
  register ids and generations from the start again.
A kept answer is only ever read for a register that the request's own query, scoped to the caller's
organisation, has found, under the generation that query read with it.

A whole page of the list is kept too (CACHES["api_pages"], `page`): one file read instead of one per
register. It is kept with a digest of all it is made from — the page's head (count, limit, offset) and the
(id, generation) of each register on it, as the request's query read them — and served only to a request
whose query read the same: the same registers at the same generations give the same answers (above), so a
kept page is the page built anew would be.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cache
from pathlib import Path

from django.core.cache import caches
from django.db import IntegrityError, transaction
from django.db.models import F
from django.db.models.signals import post_save

import tietovirta
from tietovirta.api.models import RegisterAnswer
from tietovirta.prepared_queries import PreparedQuery
from tietovirta.registers import changes
from tietovirta.registers.models import Register

# What an answer is made by: the canonical models, their mapping to rows, the API's schemas and views.
_SOURCES = ("canonical", "interchange.py", "api")


@cache
def code_digest() -> str:
    package = Path(tietovirta.__file__).parent
    digest = hashlib.sha256(tietovirta.__version__.encode())
    for source in _SOURCES:
        path = package / source
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.relative_to(package).as_posix().encode())
            digest.update(file.read_bytes())
    # A migration may rewrite rows without the signals: a new one makes every answer old.
    for migration in sorted(package.glob("*/migrations/0*.py")):
        digest.update(migration.relative_to(package).as_posix().encode())
    return digest.hexdigest()[:16]


def _key(register_id: int, generation: int) -> str:
    return f"answer:{code_digest()}:{register_id}.{generation}"


def answers(
    found: list[tuple[int, int | None]], build: Callable[[list[int]], dict[int, bytes]]
) -> list[bytes]:
    """The answers of these registers, in this order: `found` is (id, generation) of each, as the caller's
    query scoped to the organisation read them, before any data an answer is built from.

    `build` makes the answers of the registers given, by id, from data it reads then; it is called only
    for registers whose answer is not kept. A register deleted meanwhile is left out. One without a
    generation (None: its row only now made, `generations`) is built and not kept this once."""
    kept_answers = caches["api_answers"]
    keys = {pk: _key(pk, generation) for pk, generation in found if generation is not None}
    kept = kept_answers.get_many(list(keys.values()))
    missing = [pk for pk, _generation in found if keys.get(pk) not in kept]
    built = build(missing) if missing else {}
    if without_row := [pk for pk, generation in found if generation is None]:
        add_rows(without_row)
    kept_answers.set_many({keys[pk]: body for pk, body in built.items() if pk in keys})
    bodies = {pk: kept[key] for pk, key in keys.items() if key in kept} | built
    return [bodies[pk] for pk, _generation in found if pk in bodies]


PAGE_KEPT_UP_TO = 4 * 2**20  # bytes: a larger page (a long limit of long registers) is built each time


def page(
    place: str | None, head: bytes, found: list[tuple[int, int | None]], items: Callable[[], list[bytes]]
) -> bytes:
    """The list page: `head` (its JSON up to the items' list) and `items()` (`answers(found, …)`) joined, or
    the page kept under `place` (which page of which organisation's list; None: none is kept) when it was
    made from this head and these (id, generation) pairs. One page is kept per place; one with a register
    without a generation, with one left out (deleted meanwhile), an empty one (past the end) or one over
    PAGE_KEPT_UP_TO bytes is not."""
    if place is None:
        return b"".join([head, b", ".join(items()), b"]}"])
    kept_pages = caches["api_pages"]
    key = f"page:{code_digest()}:{place}"
    digest = hashlib.sha256(repr((head, found)).encode()).hexdigest().encode()
    kept = kept_pages.get(key)
    if kept is not None and kept[: len(digest)] == digest:
        return kept[len(digest) :]
    bodies = items()
    body = b"".join([head, b", ".join(bodies), b"]}"])
    # A page past the end (any offset a token holder asks for) has nothing to keep: it would only push
    # the kept lists out.
    complete = bool(found) and len(bodies) == len(found) and all(g is not None for _pk, g in found)
    if complete and len(body) <= PAGE_KEPT_UP_TO:
        kept_pages.set(key, digest + body)
    return body


def generations(organization_id: int, register_ids: list[int]) -> dict[int, int | None]:
    """The generation of each of these registers of the organisation (registers/changes.py), by id; a
    register of another organisation, or deleted, is left out.

    Every register gets its answer row when it is made (`_created`, and `generate`'s bulk writes), so
    every change finds the row to raise. A register found without one gets it here, with None for its
    generation this once: a change that came in before the row was made raised nothing, so nothing may be
    kept under the row's first generation until that change has surely ended."""
    found = dict(
        RegisterAnswer.objects.filter(
            register_id__in=register_ids, register__organization_id=organization_id
        ).values_list("register_id", "generation")
    )
    if len(found) < len(set(register_ids)):
        missing = Register.objects.filter(organization_id=organization_id, pk__in=register_ids)
        missing = list(missing.exclude(pk__in=list(found)).values_list("pk", flat=True))
        if missing:
            add_rows(missing)
            found.update(dict.fromkeys(missing))
    return found


# One register's generation: every register page and document download reads it, so the query is written
# once per process (prepared_queries.py).
_GENERATION = PreparedQuery(
    lambda organization_id, register_id: RegisterAnswer.objects.filter(
        register_id=register_id, register__organization_id=organization_id
    ).values_list("generation"),
    organization_id=-7008,
    register_id=-7009,
)


def generation(organization_id: int, register_id: int) -> int | None:
    """`generations` of one register: None also when it is not the organisation's (or deleted)."""
    found = _GENERATION.rows(organization_id=organization_id, register_id=register_id)
    if found:
        return found[0][0]
    return generations(organization_id, [register_id]).get(register_id)  # makes a missing row


def add_rows(register_ids: list[int]) -> None:
    """Generation rows for these registers, which have none; one deleted meanwhile gets none.
    Nothing may be kept under such a row's first generation by whoever found it missing (`generations`)."""
    register_ids = list(Register.objects.filter(pk__in=register_ids).values_list("pk", flat=True))
    try:
        with transaction.atomic():
            RegisterAnswer.objects.bulk_create(
                [RegisterAnswer(register_id=i) for i in register_ids], ignore_conflicts=True
            )
    except IntegrityError:  # a register was deleted after it was found: add the others one by one
        for register_id in register_ids:
            try:
                with transaction.atomic():
                    RegisterAnswer.objects.get_or_create(register_id=register_id)
            except IntegrityError:
                pass


def make_old(register_ids) -> None:
    """Every kept answer of these registers is old from now on (in the caller's transaction)."""
    RegisterAnswer.objects.filter(register_id__in=register_ids).update(generation=F("generation") + 1)


def _changed(organization_id: int, register_ids, shared: bool) -> None:
    make_old(register_ids)


def _created(sender, instance, created: bool, **kwargs) -> None:
    """A new register's answer row, in the transaction that made it: its generation is there for every
    change to raise (what is kept per register is kept under it: fragments.register_revision)."""
    if created:
        RegisterAnswer.objects.bulk_create([RegisterAnswer(register_id=instance.pk)], ignore_conflicts=True)


def connect() -> None:
    changes.listen(_changed)
    post_save.connect(_created, sender=Register, dispatch_uid="register-answer-row")
