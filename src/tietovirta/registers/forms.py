"""Register forms: one form per heading of the tietovirtakuvaus (see canonical/sections.py).

They parse and render; what they store is the canonical register, validated and written by
interchange.save_register (registers/views.py), as for the API."""

from django import forms
from django.forms import modelform_factory
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from tietovirta.canonical import LegalBasis, SpecialCategory
from tietovirta.canonical.labels import ART9_CONDITIONS, art9_label
from tietovirta.canonical.sections import SECTIONS_BY_KEY, Section
from tietovirta.checks import all_rules
from tietovirta.language import Msg
from tietovirta.organizations.choices import choices
from tietovirta.organizations.forms import ContactField
from tietovirta.organizations.models import Party, System
from tietovirta.registers.models import Register
from tietovirta.styling import StyledFormMixin


class LinesField(forms.CharField):
    """A list of short values, one per line in a textarea."""

    widget = forms.Textarea(attrs={"rows": 4})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        return [line.strip() for line in (value or "").splitlines() if line.strip()]


def _art9_choices():
    return [(point, art9_label(point, get_language() or "fi")) for point in ART9_CONDITIONS]


class DataCategoryForm(StyledFormMixin, forms.Form):
    name = forms.CharField(label=_("data category"), max_length=200, required=False)
    special_category = forms.ChoiceField(
        label=_("special category"), required=False, choices=[("", "—"), *choices(SpecialCategory)]
    )
    is_hetu = forms.BooleanField(label=_("personal identity code"), required=False)


DataCategoryFormSet = forms.formset_factory(DataCategoryForm, extra=3)


def data_categories_from(formset) -> list[dict]:
    return [
        {"name": f["name"], "special_category": f["special_category"] or None, "is_hetu": f["is_hetu"]}
        for f in formset.cleaned_data
        if f.get("name")
    ]


class RegisterSectionForm(StyledFormMixin, forms.ModelForm):
    """Base of every section form; catalogue choices are limited to the register's organisation.

    `based_on_revision` carries the revision the user started editing from: if the register has
    moved on when the form comes back, the save is a conflict, never a silent overwrite.
    """

    based_on_revision = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["based_on_revision"].initial = self.instance.revision
        if "systems" in self.fields:
            self.fields["systems"].queryset = System.objects.filter(organization=organization)
        if "parties" in self.fields:
            self.fields["parties"].queryset = Party.objects.filter(organization=organization)
        if "special_category_conditions" in self.fields:
            self.fields["special_category_conditions"].choices = _art9_choices()
        for field in self.fields.values():
            if isinstance(field.widget, forms.Textarea) and "rows" not in field.widget.attrs:
                field.widget.attrs["rows"] = 4


# Fields whose stored JSON needs a purpose-made form field.
FORM_FIELDS = {
    "legal_bases": lambda: forms.MultipleChoiceField(
        label=_("legal bases (GDPR Art. 6(1))"),
        required=False,
        choices=choices(LegalBasis),
        widget=forms.CheckboxSelectMultiple,
    ),
    "special_category_conditions": lambda: forms.MultipleChoiceField(
        label=_("Art. 9(2) conditions"), required=False, widget=forms.CheckboxSelectMultiple
    ),
    "sources": lambda: LinesField(label=_("data sources, one per line"), required=False),
    "data_subject_categories": lambda: LinesField(
        label=_("categories of data subjects, one per line"), required=False
    ),
    "contact_person": lambda: ContactField(label=_("contact person for matters concerning the register")),
    "responsible_person": lambda: ContactField(label=_("responsible person")),
}
# Edited elsewhere: data categories by a formset, risk assessments on their own pages.
NOT_IN_SECTION_FORM = {"data_categories", "risk_assessments"}


def section_form_class(section: Section) -> type[RegisterSectionForm]:
    names = [name for name in section.fields if name not in NOT_IN_SECTION_FORM]
    overrides = {name: FORM_FIELDS[name]() for name in names if name in FORM_FIELDS}
    widgets = {"systems": forms.CheckboxSelectMultiple, "parties": forms.CheckboxSelectMultiple}
    form_class = modelform_factory(Register, form=RegisterSectionForm, fields=names, widgets=widgets)
    form_class.base_fields.update(overrides)
    return form_class


# Not a heading of the seeds: the register's own name, description and review cycle.
BASICS = Section(
    "basics",
    Msg("Perustiedot", "Grunduppgifter", "Basic information"),
    ("name", "description", "review_interval_months", "language"),
)
EDITABLE_SECTIONS = {BASICS.key: BASICS, **SECTIONS_BY_KEY}


class NewRegisterForm(StyledFormMixin, forms.Form):
    name = forms.CharField(label=_("name of the register"), max_length=200)
    template = forms.ChoiceField(label=_("start from"), widget=forms.RadioSelect)

    def __init__(self, *args, template_choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].choices = [("", _("Empty register")), *template_choices]
        self.fields["template"].required = False


class AcceptFindingForm(forms.Form):
    rule = forms.ChoiceField(choices=[])
    field = forms.CharField(max_length=200, required=False)
    reason = forms.CharField(max_length=2000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["rule"].choices = [(rule_id, rule_id) for rule_id in all_rules()]
