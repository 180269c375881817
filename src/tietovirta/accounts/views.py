from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import LoginView
from django.contrib.sessions.models import Session
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tietovirta.accounts.forms import ThrottledAuthenticationForm
from tietovirta.accounts.models import UserSession


class ThrottledLoginView(LoginView):
    template_name = "accounts/login.html"
    authentication_form = ThrottledAuthenticationForm

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if getattr(form, "throttled", False):
            response.status_code = 429
            response["Retry-After"] = str(form.retry_after)
        return response


@require_POST
def logout_everywhere(request):
    """End every session of the user, on every device, then this one."""
    keys = list(UserSession.objects.filter(user=request.user).values_list("session_key", flat=True))
    Session.objects.filter(session_key__in=keys).delete()
    UserSession.objects.filter(user=request.user).delete()
    logout(request)
    messages.success(request, _("You have been logged out on every device."))
    return redirect("login")
