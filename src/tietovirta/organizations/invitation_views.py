"""The invitee's side of an invitation (invitations.py): the link's page, a password, the answer."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.forms import SetPasswordForm
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tietovirta.organizations import invitations
from tietovirta.styling import StyledFormMixin


class PasswordForm(StyledFormMixin, SetPasswordForm):
    pass


def _gone(request):
    return render(request, "organizations/invitation_gone.html", status=404)


@login_not_required
def invitation(request, secret):
    """Who invites whom where; logged in as the invited address: accept or decline."""
    found = invitations.find(secret)
    if found is None:
        return _gone(request)
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect(f"{reverse('login')}?{urlencode({'next': request.path})}")
        return _answer(request, found)
    invitations.open_link(found, request.user)
    return render(
        request,
        "organizations/invitation.html",
        {
            "invitation": found,
            "for_me": invitations.is_for(found, request.user),
            "login_url": f"{reverse('login')}?{urlencode({'next': request.path})}",
            "origin": getattr(request.user, "origin", None) if request.user.is_authenticated else None,
        },
    )


@require_POST
def invitation_answer(request, invitation_id):
    """Accept or decline, from the home page: only an invitation she opened by its link."""
    return _answer(request, get_object_or_404(invitations.opened_by(request.user), pk=invitation_id))


def _answer(request, found):
    if "accept" in request.POST:
        membership = invitations.accept(found, request.user, request=request)
        joined = {"organization": membership.organization}
        messages.success(request, _("You are now a member of %(organization)s.") % joined)
        return redirect("organization", org_id=membership.organization_id)
    invitations.decline(found, request.user, request=request)
    declined = {"organization": found.organization}
    messages.info(request, _("You declined the invitation to %(organization)s.") % declined)
    return redirect("home")


@login_not_required
def invitation_password(request, secret):
    """Set the invited address's password through the link, then accept or decline as that user."""
    found = invitations.find(secret)
    if found is None:
        return _gone(request)
    if request.user.is_authenticated:
        return redirect("invitation", secret=secret)
    User = get_user_model()
    # The password validators compare the password with the address, so they get an (unsaved) user.
    form = PasswordForm(User(username=found.email, email=found.email), request.POST or None)
    context = {"invitation": found, "form": form}
    if request.method == "POST" and form.is_valid():
        try:
            user = invitations.set_password(found, form.cleaned_data["new_password1"], request=request)
        except invitations.PasswordNotSettable:
            context["not_settable"] = True
            return render(request, "organizations/invitation_password.html", context)
        login(request, user, backend=settings.AUTHENTICATION_BACKENDS[0])
        invitations.open_link(found, user)
        return redirect("invitation", secret=secret)
    return render(request, "organizations/invitation_password.html", context)
