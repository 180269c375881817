"""Bootstrap classes for form widgets, so templates can render any form with one include."""

from django import forms

_CHECKS = (forms.CheckboxInput, forms.CheckboxSelectMultiple, forms.RadioSelect)


class StyledFormMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widgets = getattr(field.widget, "widgets", [field.widget])
            for widget in widgets:
                if isinstance(widget, _CHECKS):
                    css = "form-check-input"
                elif isinstance(widget, forms.Select):
                    css = "form-select"
                else:
                    css = "form-control"
                widget.attrs["class"] = f"{widget.attrs.get('class', '')} {css}".strip()
