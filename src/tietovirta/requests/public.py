"""The public request form of an organisation (no login), and the e-mail confirmation link.

Abuse limits, none of which needs a CAPTCHA: a body-size cap, field length caps, a honeypot field that
people never see, a minimum time between loading and sending the form, and rates counted in the
database per sender address (a keyed digest, never the address itself) and per organisation. A
submission caught by the honeypot or the time trap gets the same thanks page and is not stored.
"""

import hashlib
import hmac
import time

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.core import signing
from django.core.mail import send_mail
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from tietovirta import canonical as c
from tietovirta.canonical.labels import label
from tietovirta.deadlines import dsr_deadline
from tietovirta.language import LANGUAGES as LANGS
from tietovirta.requests import services
from tietovirta.requests.forms import PublicRequestForm as RequestForm
from tietovirta.requests.models import PublicRequestForm, SubjectRequest

MAX_BODY_BYTES = 32 * 1024
CONFIRM_SALT = "tietovirta.requests.confirm"
CONFIRM_DAYS = 7
STARTED_SALT = "tietovirta.requests.started"


def _form_of(public_id, lang) -> PublicRequestForm:
    if lang not in LANGS:
        raise Http404
    return get_object_or_404(
        PublicRequestForm.objects.select_related("organization"), public_id=public_id, enabled=True
    )


def _digest(request) -> str:
    address = request.META.get("REMOTE_ADDR", "")
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()


def _over_limit(organization, digest: str) -> bool:
    now = timezone.now()
    recent = SubjectRequest.objects.filter(channel=c.RequestChannel.WEB_FORM)
    by_sender = recent.filter(source_digest=digest, created_at__gte=now - timezone.timedelta(hours=1))
    by_org = recent.filter(organization=organization, created_at__gte=now - timezone.timedelta(days=1))
    return (
        by_sender.count() >= settings.REQUEST_FORM_LIMIT_PER_ADDRESS
        or by_org.count() >= settings.REQUEST_FORM_LIMIT_PER_ORGANIZATION
    )


def _looks_like_a_bot(form: RequestForm) -> bool:
    if form.cleaned_data["website"]:
        return True
    try:
        started = signing.loads(form.cleaned_data["started"], salt=STARTED_SALT, max_age=24 * 3600)
    except signing.BadSignature:
        return True
    return time.time() - started < getattr(settings, "REQUEST_FORM_MIN_SECONDS", 3)


def _page(request, template, lang, context, status=200):
    with translation.override(lang):
        response = render(request, template, {"lang": lang, "langs": LANGS, **context}, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response


def _send_confirmation(request, row: SubjectRequest, lang: str) -> None:
    token = signing.dumps({"r": row.pk, "l": lang}, salt=CONFIRM_SALT)
    link = request.build_absolute_uri(reverse("public_request_confirm", args=[token]))
    with translation.override(lang):
        subject = _("Confirm your request to %(organization)s") % {"organization": row.organization}
        body = _(
            "We received your request (reference %(reference)s) on %(received)s.\n\n"
            "Please confirm that you sent it by opening this link within %(days)s days:\n%(link)s\n\n"
            "We will answer by %(due)s at the latest. If you did not send this request, ignore this message."
        ) % {
            "reference": row.reference,
            "received": row.received_on.strftime("%d.%m.%Y"),
            "days": CONFIRM_DAYS,
            "link": link,
            "due": row.due_on.strftime("%d.%m.%Y"),
        }
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [row.requester_email])


@login_not_required
def public_request(request, public_id, lang):
    form_row = _form_of(public_id, lang)
    organization = form_row.organization
    context = {"organization": organization, "form_row": form_row, "due": dsr_deadline(timezone.localdate())}
    if request.method == "POST":
        if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_BODY_BYTES:
            return _page(request, "requests/public_refused.html", lang, {**context, "reason": "size"}, 413)
        with translation.override(lang):
            form = RequestForm(request.POST)
            valid = form.is_valid()
        if valid:
            sent = reverse("public_request_sent", args=[public_id, lang])
            if _looks_like_a_bot(form):
                return redirect(sent)
            digest = _digest(request)
            if _over_limit(organization, digest):
                return _page(
                    request, "requests/public_refused.html", lang, {**context, "reason": "rate"}, 429
                )
            # No `http`: the audit log would keep the sender's IP address for good.
            row = services.create(
                organization,
                {**form.values(), "channel": c.RequestChannel.WEB_FORM, "language": lang},
                source_digest=digest,
            )
            _send_confirmation(request, row, lang)
            return redirect(sent)
    else:
        with translation.override(lang):
            form = RequestForm(initial={"started": signing.dumps(time.time(), salt=STARTED_SALT)})
    return _page(request, "requests/public_form.html", lang, {**context, "form": form})


@login_not_required
def public_request_sent(request, public_id, lang):
    form_row = _form_of(public_id, lang)
    return _page(
        request,
        "requests/public_sent.html",
        lang,
        {
            "organization": form_row.organization,
            "form_row": form_row,
            "days": CONFIRM_DAYS,
        },
    )


@login_not_required
def public_request_confirm(request, token):
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_DAYS * 24 * 3600)
    except signing.SignatureExpired:
        return _page(request, "requests/public_confirmed.html", "fi", {"expired": True}, 410)
    except signing.BadSignature:
        raise Http404 from None
    row = get_object_or_404(SubjectRequest.objects.select_related("organization"), pk=data["r"])
    lang = data["l"] if data["l"] in LANGS else "fi"
    services.confirm_email(row)
    row.refresh_from_db()
    return _page(
        request,
        "requests/public_confirmed.html",
        lang,
        {
            "row": row,
            "organization": row.organization,
            "kinds": [label(kind, lang, c.RequestKind) for kind in row.kinds],
            "first_due": row.first_due_on,
            "extended_due": dsr_deadline(row.received_on, extended=True),
        },
    )
