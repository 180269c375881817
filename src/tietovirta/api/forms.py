from django import forms
from django.utils.translation import gettext_lazy as _

from tietovirta.api.models import ApiToken, Scope
from tietovirta.styling import StyledFormMixin


class TokenForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = ApiToken
        fields = ["name", "scope"]
        help_texts = {"name": _("What the token is for, e.g. 'CRM integration' or 'backup script'.")}

    def __init__(self, *args, can_write: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if not can_write:  # a token never has more rights than the person who creates it
            self.fields["scope"].choices = [(Scope.READ, Scope.READ.label)]
