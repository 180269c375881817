from django import forms
from django.utils.translation import gettext_lazy as _

from tietovirta.canonical import LegalBasis
from tietovirta.canonical.sections import field_section
from tietovirta.organizations.choices import choices
from tietovirta.registers.forms import LinesField
from tietovirta.registers.models import Register
from tietovirta.styling import StyledFormMixin

MAX_PASTE_CHARS = 500_000


class UploadForm(StyledFormMixin, forms.Form):
    file = forms.FileField(label=_("document (txt, md, html, pdf, docx)"), required=False)
    text = forms.CharField(
        label=_("or paste the text"),
        required=False,
        max_length=MAX_PASTE_CHARS,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    lang = forms.ChoiceField(
        label=_("language of the document"),
        initial="auto",
        choices=[("auto", _("detect automatically")), ("fi", "suomi"), ("sv", "svenska"), ("en", "English")],
    )

    def clean(self):
        data = super().clean()
        if not data.get("file") and not data.get("text", "").strip():
            raise forms.ValidationError(_("Choose a file or paste the text of the document."))
        return data


def _rows(text: str, width: int = 70) -> int:
    """Tall enough for the whole imported text (up to a screenful); the box grows as the user types."""
    lines = sum(1 + len(line) // width for line in text.splitlines()) if text else 1
    return max(4, min(lines + 1, 18))


class RegisterReviewForm(StyledFormMixin, forms.Form):
    """One imported register: the user checks and corrects the extracted values before accepting."""

    include = forms.BooleanField(label=_("import this register"), required=False, initial=True)
    name = forms.CharField(label=_("name of the register"), max_length=200)
    legal_bases = forms.MultipleChoiceField(
        label=_("legal bases (GDPR Art. 6(1))"),
        required=False,
        choices=choices(LegalBasis),
        widget=forms.CheckboxSelectMultiple,
    )
    sources = LinesField(label=_("data sources, one per line"), required=False)
    data_subject_categories = LinesField(label=_("categories of data subjects, one per line"), required=False)

    def __init__(self, *args, text_fields: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        # The prose fields the import filled in, in the order of the tietovirtakuvaus.
        for name in text_fields:
            label = Register._meta.get_field(name).verbose_name
            section = field_section(name)
            self.fields[name] = forms.CharField(
                label=label,
                required=False,
                widget=forms.Textarea(
                    attrs={"rows": _rows(str(self.initial.get(name) or "")), "class": "form-control",
                           "data-grow": ""}
                ),
                help_text=section.fi if section else "",
            )

    def corrections(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if k != "include"}
