"""Login with throttling: repeated failures for one account or from one address are refused for a while."""

import datetime as dt

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tietovirta.audit.models import AuditEvent, Event

MAX_FAILURES = 5
WINDOW = dt.timedelta(minutes=15)


def too_many_failures(username: str, ip_address: str | None) -> bool:
    # The audit log already records every failed login, across all server processes.
    recent = AuditEvent.objects.filter(event=Event.LOGIN_FAILED, created_at__gte=timezone.now() - WINDOW)
    by_account = recent.filter(actor__iexact=username).count() if username else 0
    by_address = recent.filter(ip_address=ip_address).count() if ip_address else 0
    return by_account >= MAX_FAILURES or by_address >= MAX_FAILURES * 4


class ThrottledAuthenticationForm(AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "throttled": _("Too many failed login attempts. Wait 15 minutes and try again."),
    }

    def clean(self):
        username = (self.data.get("username") or "").strip()
        ip_address = self.request.META.get("REMOTE_ADDR") if self.request else None
        if too_many_failures(username, ip_address):
            self.throttled = True
            raise forms.ValidationError(self.error_messages["throttled"], code="throttled")
        return super().clean()
