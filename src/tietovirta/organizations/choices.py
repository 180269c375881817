"""Django choices built from the canonical enumerations, labelled in the active UI language."""

from enum import StrEnum
from functools import cache

from django.utils.encoding import force_str
from django.utils.functional import lazy
from django.utils.hashable import make_hashable
from django.utils.text import capfirst
from django.utils.translation import get_language

from tietovirta.canonical.labels import label


def _label_now(value: str, enum: type[StrEnum]) -> str:
    return capfirst(label(value, get_language() or "fi", enum))


_lazy_label = lazy(_label_now, str)


def choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    return [(member.value, _lazy_label(member.value, enum)) for member in enum]


@cache
def _display_labels(field, language: str | None) -> dict:
    """A field's choice labels as text in one language (the language is part of the key)."""
    return {make_hashable(value): force_str(text, strings_only=True) for value, text in field.flatchoices}


class ChoiceLabels:
    """Model mixin: get_FOO_display reads each field's labels from a table made once per language.

    Django's own builds a dict of all the field's choices on every call and hashes every lazy label in
    it, which renders every label of the field again for each cell of a list (the systems list spent a
    third of its time there). The result is the same: the label of the value, else the value itself."""

    def _get_FIELD_display(self, field):
        value = getattr(self, field.attname)
        labels = _display_labels(field, get_language())
        return force_str(labels.get(make_hashable(value), value), strings_only=True)
