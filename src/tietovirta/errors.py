"""Error pages in the product's layout and the user's language: 400, 403, 404, 500 and a failed CSRF
check. Django calls these for every error that reaches it (urls.py, settings.CSRF_FAILURE_VIEW). A login
refused for too many attempts (429) is the login page with its own message (accounts/views.py).
"""

import logging

from django.shortcuts import render
from django.template import loader
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


def _page(request, status: int, title: str, text: str):
    return render(request, "error.html", {"status": status, "title": title, "text": text}, status=status)


def bad_request(request, exception=None):
    return _page(request, 400, _("The request could not be understood"),
                 _("The address or the form sent was not valid. Go back and try again."))


def permission_denied(request, exception=None):
    return _page(request, 403, _("You do not have the rights for this"),
                 _("Your role in this organisation does not allow it. An owner of the organisation can "
                   "change your role."))


def page_not_found(request, exception=None):
    return _page(request, 404, _("Page not found"),
                 _("There is nothing at this address, or it is not visible to you. Check the address, "
                   "or start again from the front page."))


def csrf_failure(request, reason=""):
    return _page(request, 403, _("The form had expired"),
                 _("For your safety a form can only be sent from the page it was opened on, while you are "
                   "logged in. Go back, reload the page and send the form again; what you typed may need "
                   "to be entered again."))


def server_error(request):
    """The 500 page. The error may be the database itself, so when the full layout (which reads the
    user's organisations) cannot be drawn, the same page is drawn without the request's data."""
    title = _("Something went wrong")
    text = _("The error has been logged. Nothing was saved from the last action; try again in a moment.")
    try:
        return _page(request, 500, title, text)
    except Exception:
        logger.exception("the error page could not be drawn with the request's data")
        from django.http import HttpResponseServerError

        body = loader.get_template("error.html").render({"status": 500, "title": title, "text": text})
        return HttpResponseServerError(body)
