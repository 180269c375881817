"""Login with throttling (throttle.py): the address is normalised first, so every spelling counts as one."""

import math

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from tietovirta.accounts.emails import normalize_email
from tietovirta.accounts.throttle import wait_before_login
from tietovirta.audit.log import client_ip


class ThrottledAuthenticationForm(AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "throttled": _("Too many failed login attempts. Wait %(minutes)s minute(s) and try again."),
    }
    retry_after = 0  # seconds, when throttled

    def clean_username(self):
        return normalize_email(self.cleaned_data["username"])

    def clean(self):
        wait = wait_before_login(self.cleaned_data.get("username", ""), client_ip(self.request))
        if wait.total_seconds() > 0:
            self.throttled = True
            self.retry_after = math.ceil(wait.total_seconds())
            raise forms.ValidationError(
                self.error_messages["throttled"],
                code="throttled",
                params={"minutes": math.ceil(self.retry_after / 60)},
            )
        return super().clean()
