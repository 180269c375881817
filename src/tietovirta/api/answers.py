"""The register list's items read from each register's stored answer instead of serialised anew.

A page of 50 registers is some 2 MB of JSON, and validating and serialising it took most of the
list's time (issue 17). So each register's answer — the JSON that GET …/registers/{id} answers — is
stored (RegisterAnswer) and a list joins the stored answers. What keeps a stored answer from going stale
is what keeps the dashboard's fragments fresh (fragments.py), per register:

- every change that shows in a register's answer raises its answer's `generation`, in the change's own
  transaction: the changes that registers/changes.py lists as changing a register's canonical form (its
  row, the links to its systems and parties and their names, its risk assessments);
- an answer is built from data read after its generation was read, and marked current (`built`) only if
  the generation is still that one (a conditional UPDATE): an answer built from data that a concurrent
  change made old is never marked current, and the next read builds it again;
- `code` is a digest of the code and the migrations that make the answer: a deployment that changes
  them makes every stored answer old.
A stored answer is only ever read for a register that the request's own query, scoped to the caller's
organisation, has found.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import NamedTuple

from django.db import IntegrityError, transaction
from django.db.models import Case, F, Q, TextField, Value, When
from django.db.models.signals import post_save

import tietovirta
from tietovirta.api.models import RegisterAnswer
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


def answers(register_ids: list[int], build: Callable[[list[int]], dict[int, str]]) -> list[str]:
    """The stored answers of these registers (found by a query scoped to the caller), in this order.

    `build` makes the answers of the registers given, by id, from data it reads then; it is called only
    for registers whose stored answer is missing or old. A register deleted meanwhile is left out."""
    stored = _stored(register_ids)
    missing = [i for i in register_ids if i not in stored]
    if missing:
        _create(missing)
        stored.update(_stored(missing))
    code = code_digest()
    old = [i for i, a in stored.items() if a.built != a.generation or a.code != code]
    if old:
        # Read after the generations above. One UPDATE for all, each answer kept only at the generation
        # it was built from: if a change came in between, its row has a newer one and stays old.
        bodies = build(old)
        unchanged = Q(pk__in=[])
        for register_id in bodies:
            unchanged |= Q(register_id=register_id, generation=stored[register_id].generation)
        whens = [When(register_id=i, then=Value(body)) for i, body in bodies.items()]
        new_body = Case(*whens, default=F("body"), output_field=TextField())
        RegisterAnswer.objects.filter(unchanged).update(built=F("generation"), code=code, body=new_body)
        for register_id, body in bodies.items():
            stored[register_id] = stored[register_id]._replace(body=body, code=code)
    return [stored[i].body for i in register_ids if i in stored and stored[i].code == code]


class _Stored(NamedTuple):
    generation: int
    built: int | None
    code: str
    body: str


def _stored(register_ids: list[int]) -> dict[int, _Stored]:
    """The stored answers of these registers, by register id (plain values: a page reads 50 of them)."""
    rows = RegisterAnswer.objects.filter(register_id__in=register_ids)
    return {row[0]: _Stored(*row[1:]) for row in rows.values_list("register_id", *_Stored._fields)}


def _create(register_ids: list[int]) -> None:
    """Answer rows (not yet built) for these registers; one deleted meanwhile gets none."""
    register_ids = list(Register.objects.filter(pk__in=register_ids).values_list("pk", flat=True))
    try:
        with transaction.atomic():
            RegisterAnswer.objects.bulk_create(
                [RegisterAnswer(register_id=i) for i in register_ids], ignore_conflicts=True
            )
    except IntegrityError:  # a register was deleted after the list found it: create the others one by one
        for register_id in register_ids:
            try:
                with transaction.atomic():
                    RegisterAnswer.objects.get_or_create(register_id=register_id)
            except IntegrityError:
                pass


def generations(organization_id: int, register_ids: list[int]) -> dict[int, int | None]:
    """The generation of each of these registers of the organisation (registers/changes.py), by id; a
    register of another organisation, or deleted, is left out.

    Every register gets its answer row when it is made (`_created`, and `generate`'s bulk writes), so
    every change finds the row to raise. A register found without one gets it here, with None for its
    generation this once: a change that came in before the row was made raised nothing, so nothing may be
    kept under the row's first generation until that change has surely ended."""
    found = dict(
        RegisterAnswer.objects.filter(register_id__in=register_ids, register__organization_id=organization_id)
        .values_list("register_id", "generation")
    )
    if len(found) < len(set(register_ids)):
        missing = Register.objects.filter(organization_id=organization_id, pk__in=register_ids)
        missing = list(missing.exclude(pk__in=list(found)).values_list("pk", flat=True))
        if missing:
            add_rows(missing)
            found.update(dict.fromkeys(missing))
    return found


def add_rows(register_ids: list[int]) -> None:
    """Answer rows (not yet built) for these registers, which have none; one deleted meanwhile gets none.
    Nothing may be kept under such a row's first generation by whoever found it missing (`generations`)."""
    _create(register_ids)


def make_old(register_ids) -> None:
    """Every stored answer of these registers is old from now on (in the caller's transaction)."""
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
