from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.views import LoginView
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from tietovirta.accounts.credentials import end_sessions, revoke_api_tokens
from tietovirta.accounts.forms import ThrottledAuthenticationForm
from tietovirta.api.models import ApiToken


class ThrottledLoginView(LoginView):
    template_name = "accounts/login.html"
    authentication_form = ThrottledAuthenticationForm

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if getattr(form, "throttled", False):
            response.status_code = 429
            response["Retry-After"] = str(form.retry_after)
        return response


def logout_everywhere(request):
    """The page shows the API tokens the user issued; POST ends every session of the user, on every
    device, then this one, and with `revoke_tokens` revokes those tokens as well."""
    if request.method != "POST":
        tokens = ApiToken.objects.active().filter(created_by=request.user).select_related("organization")
        return render(request, "accounts/logout_everywhere.html", {"tokens": tokens})
    revoked = 0
    if "revoke_tokens" in request.POST:
        revoked = revoke_api_tokens(request.user, request=request, reason="log out on all devices")
    end_sessions(request.user)
    logout(request)
    messages.success(request, _("You have been logged out on every device."))
    if revoked:
        messages.success(request, _("Your API tokens were revoked (%(count)s).") % {"count": revoked})
    return redirect("login")


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django ends the other sessions (their password hash no longer matches); the API tokens the
    user issued are revoked too, since a changed password is what one does after a compromise."""

    template_name = "accounts/password_change.html"
    success_url = "/"

    def form_valid(self, form):
        from tietovirta.organizations.invitations import holder_set_password

        response = super().form_valid(form)
        holder_set_password(self.request.user)  # a password she chose: no invitation link replaces it now
        revoked = revoke_api_tokens(self.request.user, request=self.request, reason="password changed")
        messages.success(self.request, _("Your password was changed."))
        if revoked:
            messages.info(
                self.request,
                _("Your API tokens were revoked (%(count)s); issue new ones where scripts need them.")
                % {"count": revoked},
            )
        return response
