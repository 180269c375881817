from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.views import LoginView
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tietovirta.accounts.credentials import end_sessions
from tietovirta.accounts.forms import ThrottledAuthenticationForm


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
    end_sessions(request.user)
    logout(request)
    messages.success(request, _("You have been logged out on every device."))
    return redirect("login")


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = "/"

    def form_valid(self, form):
        from tietovirta.organizations.invitations import holder_set_password

        response = super().form_valid(form)
        holder_set_password(self.request.user)  # a password she chose: no invitation link replaces it now
        messages.success(self.request, _("Your password was changed."))
        return response
