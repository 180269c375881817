"""Forms of the request pages and of the public request form. They only collect values: the rules are
in `services` and the canonical model, whose errors `show_problems` puts beside the fields."""

from django import forms
from django.contrib import messages
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from tietovirta import canonical as c
from tietovirta.organizations.choices import choices
from tietovirta.requests.matching import BY_KEY, RELATIONSHIPS
from tietovirta.styling import StyledFormMixin

LANGUAGES = [("fi", "suomi"), ("sv", "svenska"), ("en", "English")]
MAX_TEXT = 5000  # characters in a free-text field of the public form


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


def _relationship_choices():
    lang = (get_language() or "fi")[:2]
    return [(r.key, r.label(lang).capitalize()) for r in RELATIONSHIPS]


def relationship_label(value: str, lang: str) -> str:
    """A relationship key in words; the person's own words as they are."""
    return BY_KEY[value].label(lang) if value in BY_KEY else value


def apply_form(request, form: forms.Form, apply, done_message: str) -> None:
    """Run a POSTed action form through a service; its field errors and the rules' errors become
    messages on the page the action redirects to."""
    if not form.is_valid():
        for field, errors in form.errors.items():
            name = form.fields[field].label if field in form.fields else ""
            messages.error(request, f"{name}: {' '.join(errors)}" if name else " ".join(errors))
        return
    try:
        apply(form.cleaned_data)
    except c.DocumentError as error:
        for _path, message in error.problems:
            messages.error(request, message)
    else:
        messages.success(request, done_message)


def show_problems(form: forms.Form, error: c.DocumentError) -> None:
    """The rule errors beside the fields they concern (the first part of the path), else on the form."""
    for path, message in error.problems:
        name = path.split(".")[0].split("[")[0]
        form.add_error(name if name in form.fields else None, message)


class RequestForm(StyledFormMixin, forms.Form):
    """Intake of a request received by e-mail, letter, phone or in person, and editing its details."""

    requester_name = forms.CharField(label=_("name"), max_length=200)
    requester_email = forms.EmailField(label=_("e-mail"), required=False, max_length=254)
    requester_phone = forms.CharField(label=_("phone"), required=False, max_length=50)
    requester_address = forms.CharField(
        label=_("postal address"), required=False, max_length=500, widget=forms.Textarea(attrs={"rows": 2})
    )
    channel = forms.ChoiceField(
        label=_("received by"), choices=choices(c.RequestChannel), initial=c.RequestChannel.EMAIL
    )
    received_on = forms.DateField(label=_("received on"), widget=DateInput, initial=timezone.localdate)
    kinds = forms.MultipleChoiceField(
        label=_("what is asked"), choices=choices(c.RequestKind), widget=forms.CheckboxSelectMultiple
    )
    subject_categories = forms.MultipleChoiceField(
        label=_("relationship to the organisation"),
        choices=_relationship_choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Used to find the registers to search."),
    )
    other_relationship = forms.CharField(
        label=_("other relationship, in the person's words"), required=False, max_length=200
    )
    details = forms.CharField(
        label=_("the request in the person's words"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    language = forms.ChoiceField(label=_("language of the answer"), choices=LANGUAGES, initial="fi")
    based_on_revision = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def values(self) -> dict:
        """The canonical values the form sets."""
        data = dict(self.cleaned_data)
        other = data.pop("other_relationship").strip()
        data.pop("based_on_revision")
        data["subject_categories"] = [*data["subject_categories"], *([other] if other else [])]
        return data

    @classmethod
    def initial_from(cls, item: c.SubjectRequest) -> dict:
        known = [v for v in item.subject_categories if v in BY_KEY]
        other = ", ".join(v for v in item.subject_categories if v not in BY_KEY)
        return {
            **{name: getattr(item, name) for name in cls.base_fields if hasattr(item, name)},
            "subject_categories": known,
            "other_relationship": other,
        }


class IdentityForm(StyledFormMixin, forms.Form):
    method = forms.ChoiceField(label=_("how the identity was checked"), choices=choices(c.IdentityMethod))
    notes = forms.CharField(
        label=_("what was checked"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Say what was checked. Never store a copy of an identity document."),
    )


class ExtendForm(StyledFormMixin, forms.Form):
    extension_reason = forms.CharField(
        label=_("reasons for the extension"), widget=forms.Textarea(attrs={"rows": 3})
    )
    extension_notified_on = forms.DateField(
        label=_("person told of the extension on"), widget=DateInput, initial=timezone.localdate
    )


class RefuseForm(StyledFormMixin, forms.Form):
    refusal_ground = forms.ChoiceField(label=_("ground for refusal"), choices=choices(c.RefusalGround))
    refusal_text = forms.CharField(
        label=_("reasons for the refusal"), widget=forms.Textarea(attrs={"rows": 3})
    )


class CompleteForm(StyledFormMixin, forms.Form):
    answered_on = forms.DateField(label=_("answered on"), widget=DateInput, initial=timezone.localdate)


class AnswerForm(StyledFormMixin, forms.Form):
    answer_text = forms.CharField(
        label=_("your own words in the answer"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Printed in the answer letter under 'Further information'."),
    )
    language = forms.ChoiceField(label=_("language of the answer"), choices=LANGUAGES)


class TaskForm(StyledFormMixin, forms.Form):
    title = forms.CharField(label=_("new task"), max_length=500)


class ChecklistForm(StyledFormMixin, forms.Form):
    extra_registers = forms.MultipleChoiceField(
        label=_("also search these registers"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, registers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["extra_registers"].choices = [(name, name) for name in registers]


class FormSettingsForm(StyledFormMixin, forms.Form):
    enabled = forms.BooleanField(label=_("the public request form is in use"), required=False)


class PublicRequestForm(StyledFormMixin, forms.Form):
    """What a person sends through the organisation's public request form."""

    requester_name = forms.CharField(label=_("your name"), max_length=200)
    requester_email = forms.EmailField(
        label=_("your e-mail address"),
        max_length=254,
        help_text=_("We send a link to this address: the request proceeds once you open it."),
    )
    requester_phone = forms.CharField(label=_("phone (optional)"), required=False, max_length=50)
    kinds = forms.MultipleChoiceField(
        label=_("what do you ask for?"), choices=choices(c.RequestKind), widget=forms.CheckboxSelectMultiple
    )
    subject_categories = forms.MultipleChoiceField(
        label=_("how are you connected with us?"),
        choices=_relationship_choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    other_relationship = forms.CharField(label=_("something else, what?"), required=False, max_length=200)
    details = forms.CharField(
        label=_("details of your request (optional)"),
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    # The honeypot: hidden from people (CSS and aria-hidden), filled in by bots that fill every field.
    website = forms.CharField(required=False, max_length=200, label=_("leave this empty"))
    started = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def values(self) -> dict:
        data = {k: v for k, v in self.cleaned_data.items() if k not in ("website", "started")}
        other = data.pop("other_relationship").strip()
        data["subject_categories"] = [*data["subject_categories"], *([other] if other else [])]
        return data
