"""Register forms: one form per heading of the tietovirtakuvaus (see canonical/sections.py).

They parse and render; what they store is the canonical register, validated and written by
interchange.save_register (registers/views.py), as for the API."""

import json

from django import forms
from django.forms import modelform_factory
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from tietovirta.canonical import LegalBasis, SpecialCategory
from tietovirta.canonical.labels import ART9_CONDITIONS, art9_label
from tietovirta.canonical.sections import SECTIONS_BY_KEY, Section
from tietovirta.canonical.translations import status, texts
from tietovirta.checks import all_rules
from tietovirta.interchange import register_to_canonical
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


class PurposeForm(StyledFormMixin, forms.Form):
    """One purpose and the Art. 6(1) basis it rests on (GDPR 13(1)(c))."""

    purpose = forms.CharField(label=_("purpose"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    legal_basis = forms.ChoiceField(label=_("legal basis (GDPR Art. 6(1))"), required=False)
    special_condition = forms.ChoiceField(
        label=_("Art. 9(2) condition, for special categories"), required=False
    )
    interest = forms.CharField(
        label=_("legitimate interest pursued, where the basis is legitimate interests"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    direct_marketing = forms.BooleanField(label=_("direct marketing"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["legal_basis"].choices = [("", "—"), *choices(LegalBasis)]
        self.fields["special_condition"].choices = [("", "—"), *_art9_choices()]

    def clean(self):
        data = super().clean()
        rest = data.get("legal_basis") or data.get("interest", "").strip()
        if rest and not data.get("purpose", "").strip():
            self.add_error("purpose", _("Write the purpose the basis is for."))
        return data


PurposeFormSet = forms.formset_factory(PurposeForm, extra=2)


def purposes_from(formset) -> list[dict]:
    """The purposes of a valid formset as canonical values (rows without a purpose are left out);
    the canonical register validates them with the rest of the edit."""
    return [
        {
            "purpose": f["purpose"].strip(),
            "legal_basis": f["legal_basis"] or None,
            "special_condition": f["special_condition"] or None,
            "interest": f["interest"].strip(),
            "direct_marketing": f["direct_marketing"],
        }
        for f in formset.cleaned_data
        if f.get("purpose", "").strip()
    ]


class TranslationForm(StyledFormMixin, forms.Form):
    """The register's texts in one other language: a text area per text, beside the original."""

    based_on_revision = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, register, lang: str, in_notice: set[str] | frozenset[str] = frozenset(),
                 **kwargs):
        super().__init__(*args, **kwargs)
        self.register, self.lang = register, lang
        canonical = register_to_canonical(register)
        self.originals = texts(canonical)
        existing = canonical.translations.get(lang, {})
        self.fields["based_on_revision"].initial = register.revision
        self.rows = []
        for index, (path, original) in enumerate(self.originals.items()):
            name = f"t{index}"
            translation = existing.get(path)
            self.fields[name] = forms.CharField(
                label=path_label(path), required=False, max_length=20000,
                initial=translation.text if translation else "",
                widget=forms.Textarea(attrs={"rows": 1 if len(original) < 90 else 4, "lang": lang}),
            )
            self.rows.append({
                "path": path, "field": name, "original": original,
                "status": status(canonical, path, lang),
                "in_notice": path in in_notice,
                "previous_source": "" if translation is None or translation.source == original
                else translation.source,
            })

    def translations(self) -> dict:
        """The register's translations with this language's replaced by what the form holds."""
        by_path = {row["path"]: {"text": self.cleaned_data[row["field"]].strip(), "source": row["original"]}
                   for row in self.rows if self.cleaned_data[row["field"]].strip()}
        stored = self.register.translations or {}
        others = {lang: found for lang, found in stored.items() if lang != self.lang}
        return {**others, **({self.lang: by_path} if by_path else {})}

    def bound_rows(self):
        return [{**row, "bound": self[row["field"]]} for row in self.rows]


def path_label(path: str) -> str:
    """A text's path as the user reads it: the field's name, and for a list item its number."""
    head, _open, rest = path.partition("[")
    label = str(Register._meta.get_field(head).verbose_name)
    if not rest:
        return capfirst(label)
    number, _bracket, sub = rest.partition("]")
    sub_labels = {"purpose": _("purpose"), "interest": _("legitimate interest")}
    sub_label = sub_labels.get(sub.lstrip("."), "")
    return capfirst(f"{label} {int(number) + 1}" + (f": {sub_label}" if sub_label else ""))


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
        if "use_system_references" in self.fields:
            # The seeds' switch: the catalogue picker when on, the free text when off (static/app.js).
            self.fields["use_system_references"].widget.attrs.update(
                {"role": "switch", "data-shows": "#field-systems", "data-hides": "#field-systems_text"}
            )
        if "special_category_conditions" in self.fields:
            self.fields["special_category_conditions"].choices = _art9_choices()
        if "language" in self.fields:
            # A post without it (a script, an older form) keeps the register's language.
            self.fields["language"].required = False
        for field in self.fields.values():
            if isinstance(field.widget, forms.Textarea) and "rows" not in field.widget.attrs:
                field.widget.attrs["rows"] = 4


    def clean(self):
        data = super().clean()
        if "use_system_references" in self.fields and not data.get("use_system_references"):
            # With the switch off the register names its systems in the text; picks would be ignored by
            # every reader, so they are not kept to mislead the next person who switches it on.
            data["systems"] = System.objects.none()
        return data

    def clean_language(self):
        return self.cleaned_data.get("language") or self.instance.language


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
# Edited elsewhere: data categories and purposes by formsets, risk assessments on their own pages.
NOT_IN_SECTION_FORM = {"data_categories", "purposes", "risk_assessments"}


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
    """A name, a template, or both: a template alone names the register after itself."""

    name = forms.CharField(label=_("name of the register"), max_length=200, required=False)
    template = forms.ChoiceField(label=_("start from"), widget=forms.RadioSelect, required=False)

    def __init__(self, *args, template_choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].choices = [("", _("Empty register")), *template_choices]
        self.titles = dict(template_choices)
        # static/app.js puts the chosen template's title in the name while the user has not typed one.
        self.fields["name"].widget.attrs["data-template-titles"] = json.dumps(self.titles, ensure_ascii=False)

    def clean(self):
        data = super().clean()
        if not data.get("name", "").strip():
            if not data.get("template"):
                raise forms.ValidationError(_("Give the register a name or choose a template."))
            data["name"] = self.titles[data["template"]]
        return data


class AcceptFindingForm(forms.Form):
    rule = forms.ChoiceField(choices=[])
    field = forms.CharField(max_length=200, required=False)
    reason = forms.CharField(max_length=2000)

    def __init__(self, *args, **kwargs):
        from tietovirta.publishing.services import EMPTY_ITEM  # the publishing gate's own blocker

        super().__init__(*args, **kwargs)
        self.fields["rule"].choices = [(rule_id, rule_id) for rule_id in [*all_rules(), EMPTY_ITEM]]
