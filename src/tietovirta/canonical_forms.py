"""Forms that write through the canonical model: their values as canonical data, its errors on them.

The web forms render and parse as Django forms, but what they store is validated by the canonical
model and written by interchange, like the API, an import and `load`. `canonical_values` turns a
form's cleaned data into canonical values; `show_errors` puts each problem of the canonical
validation on the field its path names, in the interface language.
"""

from __future__ import annotations

import re

from django import forms
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from tietovirta import canonical as c

# The error types of the canonical validation (pydantic's own and those the canonical rules raise),
# with the values each message needs.
_MESSAGES = {
    "string_too_long": lambda v: _("At most %(max_length)s characters (this has %(length)s).") % v,
    "too_long": lambda v: _("At most %(max_length)s items.") % v,
    "string_too_short": lambda v: _("This field cannot be empty."),
    "missing": lambda v: _("This field cannot be empty."),
    "greater_than_equal": lambda v: _("The value must be at least %(ge)s.") % v,
    "less_than_equal": lambda v: _("The value may be at most %(le)s.") % v,
    "greater_than": lambda v: _("The value must be greater than %(gt)s.") % v,
    "less_than": lambda v: _("The value must be less than %(lt)s.") % v,
    "enum": lambda v: _("Choose one of the options."),
    "int_parsing": lambda v: _("Enter a whole number."),
    "business_id_invalid": lambda v: _(
        "Check the business ID: the format is 1234567-8 and the check digit must match."
    ),
    "duplicate_name": lambda v: _("This organisation already has an entry with this name."),
    "unknown_system": lambda v: _("There is no system named “%(name)s” in the catalogue.") % v,
    "unknown_party": lambda v: _("There is no party named “%(name)s” in the catalogue.") % v,
    "date_in_future": lambda v: _("The date is in the future."),
    "publish_by_publishing": lambda v: _("A register is published with its Publish button."),
    "assessment_signed": lambda v: _(
        "A signed assessment cannot be changed. Start a new assessment instead."
    ),
    "assessment_signed_removed": lambda v: _("The signed assessment “%(title)s” cannot be removed.") % v,
}


def message(kind: str, values: dict, english: str) -> str:
    """The problem in the interface language (the English message for a type not listed above)."""
    try:
        return _MESSAGES[kind](values) if kind in _MESSAGES else english
    except (KeyError, TypeError):  # a message whose values the error did not bring
        return english


def _field_name(path: str) -> str:
    return re.split(r"[.\[]", path, maxsplit=1)[0]


def describe(error: c.DocumentError, model: type[models.Model]) -> list[str]:
    """Each problem as a sentence for a message: the label of the field it concerns, then what is wrong."""
    fields = {f.name: f for f in model._meta.get_fields()}
    out = []
    for path, english, kind, values in error.entries():
        text = message(kind, values, english)
        field = fields.get(_field_name(path))
        label = capfirst(field.verbose_name) if field is not None and hasattr(field, "verbose_name") else path
        out.append(f"{label}: {text}" if path else text)
    return out


def show_errors(form: forms.BaseForm, error: c.DocumentError) -> None:
    """Each problem on the form's field that its path starts with, the others on the form itself."""
    for path, english, kind, values in error.entries():
        name = _field_name(path)
        text = message(kind, values, english)
        if name in form.fields:
            if name not in form.errors or text not in form.errors[name]:
                form.add_error(name, text)
        else:
            label = path.replace("_", " ")
            form.add_error(None, f"{label}: {text}" if path else text)


def canonical_values(form: forms.BaseForm, names) -> dict:
    """The form's cleaned values of `names` as canonical values: linked rows by their names."""
    values = {}
    for name in names:
        value = form.cleaned_data[name]
        if isinstance(value, models.QuerySet):
            value = [row.name for row in value]
        elif isinstance(value, models.Model):
            value = value.name
        values[name] = value
    return values
