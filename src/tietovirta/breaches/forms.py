"""Forms of the breach pages: they collect values, the rules are in `services`."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tietovirta import canonical as c
from tietovirta.organizations.choices import choices
from tietovirta.requests.forms import DateInput, DateTimeInput
from tietovirta.styling import StyledFormMixin


def _lines(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


class BreachForm(StyledFormMixin, forms.Form):
    title = forms.CharField(label=_("breach title"), max_length=200)
    aware_at = forms.DateTimeField(
        label=_("became aware at"),
        widget=DateTimeInput,
        initial=lambda: timezone.localtime().replace(second=0, microsecond=0),
        help_text=_("The 72 hours for notifying start here."),
    )
    happened_at = forms.DateTimeField(label=_("happened at (if known)"), widget=DateTimeInput, required=False)
    description = forms.CharField(label=_("what happened"), widget=forms.Textarea(attrs={"rows": 4}))
    registers = forms.MultipleChoiceField(
        label=_("registers affected"), required=False, widget=forms.CheckboxSelectMultiple
    )
    systems = forms.MultipleChoiceField(
        label=_("systems affected"), required=False, widget=forms.CheckboxSelectMultiple
    )
    data_categories = forms.CharField(
        label=_("categories of personal data (one per line)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    data_subject_categories = forms.CharField(
        label=_("categories of data subjects (one per line)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    people_count = forms.IntegerField(label=_("approximate number of people"), min_value=0, required=False)
    records_count = forms.IntegerField(label=_("approximate number of records"), min_value=0, required=False)
    consequences_text = forms.CharField(
        label=_("likely consequences"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    risk = forms.ChoiceField(label=_("risk"), choices=choices(c.BreachRisk), initial=c.BreachRisk.UNASSESSED)
    risk_reasons = forms.CharField(
        label=_("reasons for the risk assessment"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    based_on_revision = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, registers=(), systems=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["registers"].choices = [(name, name) for name in registers]
        self.fields["systems"].choices = [(name, name) for name in systems]

    def values(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("based_on_revision")
        for name in ("data_categories", "data_subject_categories"):
            data[name] = _lines(data[name])
        return data

    @classmethod
    def initial_from(cls, item: c.Breach) -> dict:
        values = {name: getattr(item, name) for name in cls.base_fields if hasattr(item, name)}
        for name in ("data_categories", "data_subject_categories"):
            values[name] = "\n".join(getattr(item, name))
        for name in ("aware_at", "happened_at"):
            values[name] = timezone.localtime(values[name]) if values[name] else None
        return values


class ActionForm(StyledFormMixin, forms.Form):
    kind = forms.ChoiceField(label=_("kind"), choices=choices(c.ActionKind))
    description = forms.CharField(label=_("action"), max_length=1000)
    planned_on = forms.DateField(label=_("planned for"), widget=DateInput, required=False)
    done_on = forms.DateField(label=_("done on"), widget=DateInput, required=False)


class NotifyForm(StyledFormMixin, forms.Form):
    notified_at = forms.DateTimeField(
        label=_("notified at"),
        widget=DateTimeInput,
        initial=lambda: timezone.localtime().replace(second=0, microsecond=0),
    )
    reference = forms.CharField(label=_("reference of the notification"), required=False, max_length=100)
    delay_reasons = forms.CharField(
        label=_("reasons for the delay"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when the notification is later than 72 hours."),
    )


class SubjectsForm(StyledFormMixin, forms.Form):
    notified_on = forms.DateField(
        label=_("data subjects told on"), widget=DateInput, initial=timezone.localdate
    )
    how = forms.CharField(
        label=_("how the data subjects were told, or why not"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class CloseForm(StyledFormMixin, forms.Form):
    closed_on = forms.DateField(label=_("closed on"), widget=DateInput, initial=timezone.localdate)
