"""Dates in the page's language, the one way each language writes them (tietovirta.language).

`{{ register.modified_at|local_date }}` → 2.12.2026 (fi, sv) or 2 December 2026 (en);
`{{ event.created_at|local_datetime }}` adds the time, in Helsinki time.
"""

import datetime as dt

from django import template
from django.utils import timezone
from django.utils.translation import get_language

from tietovirta.language import format_date, format_datetime

register = template.Library()


@register.filter
def local_date(value: dt.date | dt.datetime | None) -> str:
    if isinstance(value, dt.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return format_date(value, get_language()) if value else ""


@register.filter
def local_datetime(value: dt.datetime | None, precision: str = "") -> str:
    """`|local_datetime` to the minute, `|local_datetime:"seconds"` to the second (the audit log)."""
    if not value:
        return ""
    value = timezone.localtime(value) if timezone.is_aware(value) else value
    return format_datetime(value, get_language(), seconds=precision == "seconds")
