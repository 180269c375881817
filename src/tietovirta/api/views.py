"""The organisation's API tokens page, and the interactive API documentation's assets."""

from pathlib import Path

import ninja
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache

from tietovirta.api.forms import TokenForm
from tietovirta.api.models import ApiToken
from tietovirta.audit.log import record
from tietovirta.audit.models import Event
from tietovirta.organizations.access import organization_view

# Swagger UI ships inside django-ninja; served from here so the docs page needs no CDN.
_SWAGGER_DIR = Path(ninja.__file__).parent / "static" / "ninja"
DOCS_ASSETS = {
    "swagger-ui.css": "text/css",
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui-init.js": "text/javascript",
    "favicon.png": "image/png",
}


@organization_view()
@never_cache  # the answer to a creation carries the secret
def api_tokens(request, organization):
    """List, create (the secret is shown on this one answer only) and revoke tokens.

    Everyone sees and revokes their own tokens; owners see and may revoke every token of the
    organisation. A viewer's token can only read.
    """
    membership = request.membership
    tokens = ApiToken.objects.filter(organization=organization).select_related("created_by")
    if not membership.is_owner:
        tokens = tokens.filter(created_by=request.user)
    if request.method == "POST" and "revoke" in request.POST:
        if not request.POST["revoke"].isdigit():
            raise Http404
        token = get_object_or_404(tokens, pk=request.POST["revoke"])
        token.revoke()
        record(Event.TOKEN_REVOKED, request=request, organization=organization, target=token.name)
        messages.success(request, _("Token revoked: %(name)s") % {"name": token.name})
        return redirect("api_tokens", org_id=organization.pk)
    form = TokenForm(request.POST or None, can_write=membership.can_edit)
    secret = None
    if request.method == "POST" and form.is_valid():
        token, secret = ApiToken.issue(
            name=form.cleaned_data["name"], membership=membership, scope=form.cleaned_data["scope"]
        )
        record(Event.TOKEN_CREATED, request=request, organization=organization, target=token.name,
               scope=token.scope)
        form = TokenForm(can_write=membership.can_edit)
    return render(
        request,
        "api/tokens.html",
        {"organization": organization, "tokens": tokens, "form": form, "secret": secret},
    )


@login_not_required
@cache_control(max_age=86400, public=True)
def docs_asset(request, name):
    if name not in DOCS_ASSETS:
        raise Http404
    return FileResponse((_SWAGGER_DIR / name).open("rb"), content_type=DOCS_ASSETS[name])
