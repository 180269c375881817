"""Forms of the assessment pages: the details, the screening questions, the risks, the sign-off."""

from __future__ import annotations

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from tietovirta import canonical as c
from tietovirta import risk
from tietovirta.assessments.models import RiskAssessment
from tietovirta.styling import StyledFormMixin

_DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class AssessmentForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = RiskAssessment
        fields = ["title", "assessed_on", "conclusion"]
        widgets = {"assessed_on": _DATE, "conclusion": forms.Textarea(attrs={"rows": 4})}


_ANSWERS = [("yes", _("Yes")), ("no", _("No"))]


class ScreeningForm(StyledFormMixin, forms.Form):
    """One yes/no question per criterion (`q_<criterion id>`); an unanswered question stays blank."""

    notes = forms.CharField(
        label=_("Notes on the screening"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, lang: str, screening: c.DpiaScreening, **kwargs):
        initial = {f"q_{k}": "yes" if met else "no" for k, met in screening.answers.items()}
        super().__init__(*args, initial={**initial, "notes": screening.notes}, **kwargs)
        notes = self.fields.pop("notes")
        for criterion in risk.CRITERIA:
            self.fields[f"q_{criterion.id}"] = forms.ChoiceField(
                label=criterion.question.render(lang),
                choices=_ANSWERS,
                required=False,
                widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
            )
        self.fields["notes"] = notes

    def question(self, criterion_id: str) -> forms.BoundField:
        return self[f"q_{criterion_id}"]

    def answers(self) -> dict[str, bool]:
        return {
            cr.id: self.cleaned_data[f"q_{cr.id}"] == "yes"
            for cr in risk.CRITERIA
            if self.cleaned_data.get(f"q_{cr.id}")
        }


def _level_choices(lang: str) -> list[tuple[str, str]]:
    return [("", "—")] + [(str(v), capfirst(risk.scale_label(v, lang))) for v in risk.LEVELS]


class RiskForm(StyledFormMixin, forms.Form):
    title = forms.CharField(label=_("Risk to the data subjects"), max_length=300, required=False)
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    severity = forms.TypedChoiceField(label=_("Severity"), coerce=int, empty_value=None, required=False)
    likelihood = forms.TypedChoiceField(label=_("Likelihood"), coerce=int, empty_value=None, required=False)
    existing_measures = forms.CharField(
        label=_("Existing measures"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    planned_measures = forms.CharField(
        label=_("Planned measures"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    owner = forms.CharField(label=_("Owner of the planned measures"), max_length=200, required=False)
    due_date = forms.DateField(label=_("Due date"), required=False, widget=_DATE)
    residual_severity = forms.TypedChoiceField(
        label=_("Residual severity"), coerce=int, empty_value=None, required=False
    )
    residual_likelihood = forms.TypedChoiceField(
        label=_("Residual likelihood"), coerce=int, empty_value=None, required=False
    )

    def __init__(self, *args, lang: str = "fi", **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("severity", "likelihood", "residual_severity", "residual_likelihood"):
            self.fields[name].choices = _level_choices(lang)

    def has_changed(self) -> bool:
        # A row counts when it holds anything, even if it equals the row it was shown with: the formset
        # would otherwise skip an untouched extra row's validation and drop it.
        return any(str(self[name].value() or "").strip() for name in self.fields if name != "DELETE")

    def clean(self):
        data = super().clean()
        filled = any(v not in (None, "") for k, v in data.items() if k != "DELETE")
        if filled and not (data.get("title") or "").strip():
            self.add_error("title", _("Name the risk, or leave the whole row empty."))
        return data

    def to_risk(self) -> c.Risk | None:
        data = self.cleaned_data
        if not data or data.get("DELETE") or not (data.get("title") or "").strip():
            return None
        return c.Risk.model_validate({name: data.get(name) for name in c.Risk.model_fields})

    @staticmethod
    def initial_from(item: c.Risk) -> dict:
        return item.model_dump()


RiskFormSet = forms.formset_factory(RiskForm, extra=1, can_delete=True)


class SignForm(StyledFormMixin, forms.Form):
    signed_by = forms.CharField(label=_("Signed off by"), max_length=200)
    signed_on = forms.DateField(label=_("Date"), widget=_DATE)
