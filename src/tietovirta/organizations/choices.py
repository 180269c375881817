"""Django choices built from the canonical enumerations, labelled in the active UI language."""

from enum import StrEnum

from django.utils.functional import lazy
from django.utils.text import capfirst
from django.utils.translation import get_language

from tietovirta.canonical.labels import label


def _label_now(value: str, enum: type[StrEnum]) -> str:
    return capfirst(label(value, get_language() or "fi", enum))


_lazy_label = lazy(_label_now, str)


def choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    return [(member.value, _lazy_label(member.value, enum)) for member in enum]
