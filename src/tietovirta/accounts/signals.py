from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from tietovirta.accounts.models import UserSession


@receiver(user_logged_in)
def _remember_session(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        if not request.session.session_key:
            request.session.save()
        UserSession.objects.get_or_create(session_key=request.session.session_key, defaults={"user": user})
