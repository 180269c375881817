"""Historical records (django-simple-history) whose links are snapshotted from their ids alone.

For each link field simple-history reads the saved row back from the database (once per field when the
model excludes fields from its history) and every link row joined with both linked rows, to copy three
ids. `LinkedHistory` writes the same historical link rows from one statement per field, which copies
those ids inside the database (INSERT … SELECT); when something listens to simple-history's signals
for the link rows, it reads them first, as simple-history does, so that the signals carry them
(tests/test_history_snapshots.py compares both with simple-history's own output).
"""

from django.db import connections, router
from simple_history.manager import HistoryDescriptor
from simple_history.models import HistoricalRecords
from simple_history.signals import post_create_historical_m2m_records, pre_create_historical_m2m_records
from simple_history.utils import get_m2m_field_name


class _HistoryDescriptor(HistoryDescriptor):
    """simple-history's `Model.history`, its manager class made once: simple-history makes a new class
    (`from_queryset`) on every read of it, and every save reads it to record the change (~0.3 ms an edit)."""

    def __get__(self, instance, owner):
        manager_class = self.__dict__.get("_manager_class")
        if manager_class is None:
            manager_class = self._manager_class = self.manager_class.from_queryset(self.queryset_class)
        return manager_class(self.model, instance)


class LinkedHistory(HistoricalRecords):
    def finalize(self, sender, **kwargs):
        super().finalize(sender, **kwargs)
        descriptor = sender.__dict__.get(self.manager_name)
        if type(descriptor) is HistoryDescriptor:  # the model's own, set just now
            kept = _HistoryDescriptor(descriptor.model, descriptor.manager_class, descriptor.queryset_class)
            setattr(sender, self.manager_name, kept)

    def create_historical_record_m2ms(self, history_instance, instance):
        for field in history_instance._history_m2m_fields:
            m2m_history_model = self.m2m_models[field]
            through = getattr(instance, field.name).through
            columns = [f.attname for f in through._meta.fields]
            owner = get_m2m_field_name(field)
            listened = pre_create_historical_m2m_records.has_listeners(
                m2m_history_model
            ) or post_create_historical_m2m_records.has_listeners(m2m_history_model)
            if not listened:
                _copy_links(through, m2m_history_model, columns, owner, instance, history_instance)
                continue
            rows = through.objects.filter(**{owner: instance}).values_list(*columns)
            insert_rows = [
                m2m_history_model(history=history_instance, **dict(zip(columns, row, strict=True)))
                for row in rows
            ]
            pre_create_historical_m2m_records.send(
                sender=m2m_history_model, rows=insert_rows, history_instance=history_instance,
                instance=instance, field=field,
            )
            created_rows = m2m_history_model.objects.bulk_create(insert_rows)
            post_create_historical_m2m_records.send(
                sender=m2m_history_model, created_rows=created_rows, history_instance=history_instance,
                instance=instance, field=field,
            )


def _copy_links(through, m2m_history_model, columns, owner, instance, history_instance) -> None:
    """The instance's link rows copied into the historical link table, under `history_instance`."""
    connection = connections[router.db_for_write(m2m_history_model, instance=instance)]
    quote = connection.ops.quote_name
    history = m2m_history_model._meta.get_field("history").column
    owner_column = through._meta.get_field(owner).column
    target = ", ".join(quote(through._meta.get_field(name).column) for name in columns)
    sql = (
        f"INSERT INTO {quote(m2m_history_model._meta.db_table)} ({target}, {quote(history)}) "
        f"SELECT {target}, %s FROM {quote(through._meta.db_table)} WHERE {quote(owner_column)} = %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [history_instance.pk, instance.pk])
