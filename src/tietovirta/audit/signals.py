from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from tietovirta.accounts.emails import normalize_email
from tietovirta.audit.log import record
from tietovirta.audit.models import Event


@receiver(user_logged_in)
def _logged_in(sender, request, user, **kwargs):
    record(Event.LOGIN, request=request, user=user)


@receiver(user_logged_out)
def _logged_out(sender, request, user, **kwargs):
    if user is not None:
        record(Event.LOGOUT, request=request, user=user)


@receiver(user_login_failed)
def _login_failed(sender, credentials, request=None, **kwargs):
    # The password is never logged; the name tried is, since repeated attempts are what to look for.
    # Normalised, so every spelling of an address counts against the one account (accounts/throttle.py).
    tried = normalize_email(str(credentials.get("username", "")))
    record(Event.LOGIN_FAILED, request=request, actor=tried[:254])
