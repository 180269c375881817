"""Queries that nearly every request runs, written by the ORM once per process instead of once per request.

Compiling a queryset into SQL costs several times more than PostgreSQL takes to run a short query (the
access check's membership read: ~0.9 ms compiled, a fraction of that run). A `PreparedQuery` is a
queryset written once with sample values in place of its parameters; each call runs that SQL with the
call's values, through Django's cursor (so it is logged and counted like any query), and builds the rows
as the ORM would (the same converters, related objects and annotations).

The sample values are of the parameters' own types and unlike any constant of the query: every parameter
of the written SQL is either one sample value (put in by name) or a constant of the query (kept), and a
sample value met twice or not at all is refused when the query is written. The query's filters are the
queryset's own, so a tenancy condition in it stays in every run. The parameters are compared for equality:
an integer no column can hold finds nothing, as the ORM's own lookup does (a URL's id can be any size).
What the ORM checks when it compiles is checked on every run here too: a query that locks its rows runs only
inside a transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from django.db import connections
from django.db.models import QuerySet
from django.db.models.query import get_related_populators
from django.db.transaction import TransactionManagementError

_BIGINT = range(-(2**63), 2**63)  # what an integer column of any backend holds


def _same(value, sample) -> bool:
    return type(value) is type(sample) and value == sample  # True is not 1


def _holdable(value: Any) -> bool:
    return not isinstance(value, int) or isinstance(value, bool) or value in _BIGINT


class PreparedQuery:
    """`build(**samples)` as SQL written once (per thread and database), run with other values."""

    def __init__(self, build: Callable[..., QuerySet], **samples: Any):
        self._build = build
        self._samples = samples
        self._written = threading.local()  # a compiler holds its thread's connection

    def _compiler(self, using: str):
        written = getattr(self._written, using, None)
        if written is None:
            queryset = self._build(**self._samples)
            compiler = queryset.query.get_compiler(using)
            sql, constants = compiler.as_sql()
            slots = []  # each parameter: the name of a sample value, or None with the query's constant
            for constant in constants:
                names = [name for name, sample in self._samples.items() if _same(constant, sample)]
                slots.append((names[0], None) if names else (None, constant))
            used = [name for name, _ in slots if name is not None]
            if sorted(used) != sorted(self._samples):
                raise RuntimeError(f"each sample value must be one parameter of the query: {slots!r}")
            # What results_iter works out on every call from the columns alone (finding the converters cost
            # more than a short query's run): worked out once, with the SQL.
            columns = [column[0] for column in compiler.select[0 : compiler.col_count]]
            shape = (compiler.get_converters(columns), compiler.has_composite_fields(columns), columns)
            written = (compiler, sql, slots, shape, self._instances(compiler, using))
            setattr(self._written, using, written)
        return written

    @staticmethod
    def _instances(compiler, using: str) -> tuple | None:
        """How ModelIterable makes a row into instances (None for a values_list query): the model's columns
        and its select_related populators, which keep nothing of a row between rows."""
        info, select = compiler.klass_info, compiler.select
        if info is None:
            return None
        start, end = info["select_fields"][0], info["select_fields"][-1] + 1
        names = [column[0].target.attname for column in select[start:end]]
        return info["model"], start, end, names, get_related_populators(info, select, using)

    def rows(self, using: str = "default", **values: Any) -> list:
        """The query's rows as the compiler converts them (for a values_list queryset: its rows, as tuples or,
        where a column has a converter, lists)."""
        _written, fetched = self._run(using, values)
        return list(fetched)

    def objects(self, using: str = "default", **values: Any) -> list:
        """The query's rows as model instances, with their select_related objects and annotations (as
        django.db.models.query.ModelIterable builds them)."""
        written, fetched = self._run(using, values)
        compiler, (model, start, end, names, populators) = written[0], written[-1]
        found = []
        for row in fetched:
            obj = model.from_db(using, names, row[start:end])
            for populator in populators:
                populator.populate(row, obj)
            for name, position in compiler.annotation_col_map.items():
                setattr(obj, name, row[position])
            found.append(obj)
        return found

    def first(self, using: str = "default", **values: Any):
        """The first object the query finds, or None (build the queryset with its order and [:1])."""
        found = self.objects(using, **values)
        return found[0] if found else None

    def _run(self, using: str, values: dict) -> tuple:
        if sorted(values) != sorted(self._samples):
            raise TypeError(f"the query takes {sorted(self._samples)}, not {sorted(values)}")
        written = self._compiler(using)
        compiler, sql, slots, (converters, composite, columns), _instances = written
        connection = connections[using]
        features = connection.features
        locks = compiler.query.select_for_update and features.has_select_for_update
        if locks and features.supports_transactions and connection.get_autocommit():
            # Django refuses this when it compiles; a query written once is compiled only once.
            raise TransactionManagementError("select_for_update cannot be used outside of a transaction.")
        if not all(_holdable(value) for value in values.values()):
            return written, []
        params = [values[name] if name is not None else constant for name, constant in slots]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        # As compiler.results_iter converts them.
        if converters:
            rows = compiler.apply_converters(rows, converters)
        if composite:
            rows = compiler.composite_fields_to_tuples(rows, columns)
        return written, rows
