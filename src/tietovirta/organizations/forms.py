from django import forms
from django.utils.translation import gettext_lazy as _
from stdnum.fi import ytunnus

from tietovirta.accounts.emails import normalize_email
from tietovirta.organizations.models import Organization, Party, Role, System
from tietovirta.styling import StyledFormMixin

CONTACT_PARTS = ("name", "title", "email", "phone")


class ContactWidget(forms.MultiWidget):
    template_name = "widgets/contact.html"

    def __init__(self, attrs=None):
        placeholders = (_("name"), _("title"), _("e-mail"), _("phone"))
        super().__init__(
            [forms.TextInput(attrs={"placeholder": p, "aria-label": p}) for p in placeholders], attrs
        )

    def decompress(self, value):
        value = value or {}
        return [value.get(part, "") for part in CONTACT_PARTS]


class ContactField(forms.MultiValueField):
    """A person with name, title, e-mail and phone, stored as the canonical Contact dict (or None)."""

    widget = ContactWidget

    def __init__(self, **kwargs):
        fields = [forms.CharField(max_length=200, required=False) for _part in CONTACT_PARTS]
        super().__init__(fields=fields, require_all_fields=False, required=False, **kwargs)

    def compress(self, data_list):
        contact = dict(zip(CONTACT_PARTS, data_list or [], strict=False))
        if not any(contact.values()):
            return None
        return {"name": "", "title": "", "email": "", "phone": "", "address": "", **contact}


def clean_business_id(value: str) -> str:
    if not value:
        return value
    if not ytunnus.is_valid(value):
        raise forms.ValidationError(
            _("Check the business ID: the format is 1234567-8 and the check digit must match.")
        )
    return ytunnus.format(value)


class OrganizationForm(StyledFormMixin, forms.ModelForm):
    contact_person = ContactField(label=_("contact person"))
    dpo = ContactField(label=_("data protection officer"))
    eu_representative = ContactField(label=_("EU representative"))

    class Meta:
        model = Organization
        fields = [
            "name",
            "business_id",
            "street_address",
            "postal_code",
            "city",
            "country",
            "email",
            "phone",
            "website",
            "is_public_authority",
            "contact_person",
            "dpo",
            "eu_representative",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].required = True
    # The Y-tunnus is checked (and formatted) by the canonical validation the view writes through.


DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TRANSFER_WIDGETS = {
    "dpf_verified_on": DATE_INPUT,
    "processor_agreement_date": DATE_INPUT,
    "transfer_text": forms.Textarea(attrs={"rows": 2}),
    "description": forms.Textarea(attrs={"rows": 3}),
}
TRANSFER_FIELDS = [
    "hosting",
    "hosting_country",
    "vendor_country",
    "transfer_mechanism",
    "dpf_verified_on",
    "transfer_text",
    "processor_agreement",
    "processor_agreement_date",
]


class CatalogueForm(StyledFormMixin, forms.ModelForm):
    """Systems and parties. Names are unique within the organisation: the canonical validation that
    the view writes through checks it, once the name is cleaned, as for the API."""

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.organization = organization
        if "systems" in self.fields:
            self.fields["systems"].queryset = System.objects.filter(organization=organization)

    def clean_name(self):
        return self.cleaned_data["name"].strip()


class SystemForm(CatalogueForm):
    class Meta:
        model = System
        fields = ["name", "vendor", "kind", "description", *TRANSFER_FIELDS]
        widgets = TRANSFER_WIDGETS


class PartyForm(CatalogueForm):
    contact = ContactField(label=_("contact"))

    class Meta:
        model = Party
        fields = ["name", "role", "business_id", "contact", "description", "systems", *TRANSFER_FIELDS]
        widgets = {**TRANSFER_WIDGETS, "systems": forms.CheckboxSelectMultiple}

    def clean_business_id(self):
        return clean_business_id(self.cleaned_data["business_id"])


class InviteForm(StyledFormMixin, forms.Form):
    email = forms.EmailField(label=_("e-mail"))
    role = forms.ChoiceField(label=_("role"), choices=Role.choices, initial=Role.VIEWER)

    def clean_email(self):
        return normalize_email(self.cleaned_data["email"])


class RoleForm(StyledFormMixin, forms.Form):
    role = forms.ChoiceField(label=_("role"), choices=Role.choices)
