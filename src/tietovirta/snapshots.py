"""Historical records (django-simple-history) whose links are snapshotted from their ids alone.

For each link field simple-history reads the saved row back from the database (once per field when the
model excludes fields from its history) and every link row joined with both linked rows, to copy three
ids. `LinkedHistory` writes the same historical link rows, with the same signals, from one query per
field that reads just those ids (tests/test_history_snapshots.py compares the two).
"""

from simple_history.models import HistoricalRecords
from simple_history.signals import post_create_historical_m2m_records, pre_create_historical_m2m_records
from simple_history.utils import get_m2m_field_name


class LinkedHistory(HistoricalRecords):
    def create_historical_record_m2ms(self, history_instance, instance):
        for field in history_instance._history_m2m_fields:
            m2m_history_model = self.m2m_models[field]
            through = getattr(instance, field.name).through
            columns = [f.attname for f in through._meta.fields]
            rows = through.objects.filter(**{get_m2m_field_name(field): instance}).values_list(*columns)
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
