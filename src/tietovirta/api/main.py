"""The REST API at /api/v1/: one NinjaAPI with its routers, authentication, throttling and docs."""

from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest
from django.shortcuts import render
from django.urls import URLPattern, URLResolver
from ninja import NinjaAPI
from ninja.openapi.docs import DocsBase
from ninja.renderers import JSONRenderer

from tietovirta.api import breaches, catalogue, documents, errors, organizations, registers, subject_requests
from tietovirta.api.auth import BrowserSession, TokenAuth
from tietovirta.api.common import canonical_json
from tietovirta.api.throttling import PerCallerThrottle

DESCRIPTION = """\
Everything the web app does with an organisation's data, for scripts and other systems. Bodies use
the [canonical format](/schema/organization.json) (the same models as `tietovirta export`).

Authenticate with a personal API token from the organisation's *API tokens* page
(`Authorization: Bearer tv_…`), or with the browser's session. Validation errors are 422 with the
JSON path of each bad value; a write based on an older version is 409; 429 asks you to wait
`Retry-After` seconds.
"""


class CanonicalJSONRenderer(JSONRenderer):
    """JSON the way the canonical format writes it (full ISO datetimes, not Django's milliseconds)."""

    def render(self, request: HttpRequest, data, *, response_status: int) -> str:
        return canonical_json(data)


class LocalSwagger(DocsBase):
    """Swagger UI served from this site: no CDN, so the docs work behind a strict firewall."""

    def render_page(self, request: HttpRequest, api: NinjaAPI, **kwargs):
        settings = {"url": self.get_openapi_url(api, kwargs), "layout": "BaseLayout", "deepLinking": True}
        return render(request, "api/docs.html", {"api": api, "swagger_settings": settings})


api = NinjaAPI(
    title="Tietovirta API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    auth=[TokenAuth(), BrowserSession()],
    throttle=[PerCallerThrottle()],
    renderer=CanonicalJSONRenderer(),
    docs=LocalSwagger(),
    docs_url="/docs",
    openapi_url="/openapi.json",
)
errors.install(api)
for module in (organizations, catalogue, registers, documents, subject_requests, breaches):
    api.add_router("", module.router)


def _public(patterns):
    """The API authenticates each operation itself: the login redirect of the web pages must not apply."""
    for entry in patterns:
        if isinstance(entry, URLResolver):
            _public(entry.url_patterns)
        elif isinstance(entry, URLPattern):
            entry.callback = login_not_required(entry.callback)
    return patterns


def urls():
    patterns, app_name, namespace = api.urls
    return _public(patterns), app_name, namespace
