"""Invitations: the one way into an organisation one did not create.

    invitation, secret = invite(organization, "uusi@example.fi", Role.VIEWER, request=request)
    invitation = find(secret)            # from the link; None when withdrawn, used or expired
    accept(invitation, user, request)    # the membership starts here, and only here

No mail server is assumed, so the owner hands the link over herself, and the link is the only proof
there is: of the invitee (the owner gave it to her) and of nothing about the address. Hence:
- Being invited adds no one anywhere. The invitee accepts while logged in as the invited address,
  having opened the link; an existing account is never added without that. Whoever controls an
  account for the address without holding the link (it may have been made by someone else through
  another organisation's link) cannot accept it.
- What the owner is told does not depend on whether the address has an account.
- The link may set the password of the address only while its holder has set none herself: for a
  new address (the account is made then), an account without a password (restored from a backup), or
  one whose password a link set. An existing account starts afresh: it leaves every organisation,
  its sessions end and its API tokens are revoked, so a link never hands over what the account had.
  The account keeps who made it and who last set its password through a link (AccountOrigin); its
  holder sees both, and once she changes the password herself no link can replace it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from tietovirta.accounts.credentials import end_sessions, revoke_api_tokens
from tietovirta.accounts.emails import normalize_email
from tietovirta.accounts.models import AccountOrigin
from tietovirta.audit.log import record
from tietovirta.audit.models import Event
from tietovirta.organizations.models import Invitation, Membership, Organization

VALID_FOR = dt.timedelta(days=14)


class PasswordNotSettable(Exception):
    """The address's password was set by its holder: no invitation link may replace it."""


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def invite(organization: Organization, email: str, role: str, *, request) -> tuple[Invitation, str]:
    """A pending invitation and the secret of its link (shown once). A new one replaces the old."""
    email = normalize_email(email)
    secret = secrets.token_urlsafe(32)
    with transaction.atomic():
        Invitation.objects.filter(organization=organization, email=email).delete()
        invitation = Invitation.objects.create(
            organization=organization,
            email=email,
            role=role,
            invited_by=request.user,
            invited_by_email=request.user.email or request.user.get_username(),
            secret_hash=_digest(secret),
            expires_at=timezone.now() + VALID_FOR,
        )
    record(Event.MEMBER_INVITED, request=request, organization=organization, target=email, role=role)
    return invitation, secret


def find(secret: str) -> Invitation | None:
    return (
        Invitation.objects.pending()
        .select_related("organization")
        .filter(secret_hash=_digest(secret))
        .first()
    )


def is_for(invitation: Invitation, user) -> bool:
    """Whether `user` is logged in as the invited address."""
    return user.is_authenticated and normalize_email(user.get_username()) == invitation.email


def open_link(invitation: Invitation, user) -> None:
    """The invited user has opened the link: the invitation is listed on her home page until answered."""
    if is_for(invitation, user) and invitation.opened_by_id != user.pk:
        invitation.opened_by = user
        invitation.save(update_fields=["opened_by"])


def opened_by(user):
    """The pending invitations `user` opened by their links: hers to accept or decline."""
    return Invitation.objects.pending().filter(opened_by=user).select_related("organization")


def accept(invitation: Invitation, user, *, request) -> Membership:
    if not is_for(invitation, user):
        raise PermissionDenied
    organization = invitation.organization
    with transaction.atomic():
        membership, _created = Membership.objects.get_or_create(
            user=user, organization=organization, defaults={"role": invitation.role}
        )
        invitation.delete()
    record(
        Event.MEMBER_ADDED,
        request=request,
        organization=organization,
        target=invitation.email,
        role=membership.role,
        invited_by=invitation.invited_by_email,
    )
    return membership


def decline(invitation: Invitation, user, *, request) -> None:
    if not is_for(invitation, user):
        raise PermissionDenied
    invitation.delete()
    record(Event.INVITATION_DECLINED, request=request, organization=invitation.organization,
           target=invitation.email)


def withdraw(invitation: Invitation, *, request) -> None:
    invitation.delete()
    record(Event.INVITATION_WITHDRAWN, request=request, organization=invitation.organization,
           target=invitation.email)


def password_settable(email: str) -> bool:
    """Whether a link may set the password of `email`: no account, no password, or one a link set."""
    user = get_user_model().objects.filter(username=email).select_related("origin").first()
    if user is None or not user.has_usable_password():
        return True
    origin = getattr(user, "origin", None)
    return origin is not None and origin.password_set_through_link


def set_password(invitation: Invitation, password: str, *, request):
    """Set the invited address's password through the link; returns the user (not yet logged in)."""
    User = get_user_model()
    organization = invitation.organization
    with transaction.atomic():
        user = User.objects.select_for_update().filter(username=invitation.email).first()
        existed = user is not None
        if user is None:
            user = User(username=invitation.email, email=invitation.email)
        elif not password_settable(invitation.email):
            raise PasswordNotSettable(invitation.email)
        else:
            _start_afresh(user, invitation, request)
        user.set_password(password)
        user.save()
        origin, _created = AccountOrigin.objects.get_or_create(
            user=user,
            # An account from before origins were kept (restored, or made on the command line): unknown.
            defaults={"created_by": "" if existed else invitation.invited_by_email,
                      "created_in": "" if existed else organization.name},
        )
        origin.password_set_by = invitation.invited_by_email
        origin.password_set_in = organization.name
        origin.password_set_at = timezone.now()
        origin.save()
    record(
        Event.PASSWORD_SET_THROUGH_LINK,
        request=request,
        organization=organization,
        user=user,
        target=invitation.email,
        account="replaced" if existed else "created",
        invited_by=invitation.invited_by_email,
    )
    return user


def _start_afresh(user, invitation: Invitation, request) -> None:
    """A link is about to replace the account's password: it hands over nothing the account had."""
    issuer = f"{invitation.organization} ({invitation.invited_by_email})"
    reason = f"password set through an invitation link of {issuer}"
    for membership in user.memberships.select_related("organization"):
        membership.delete()
        record(Event.MEMBER_REMOVED, organization=membership.organization, target=user.get_username(),
               reason=reason)
    end_sessions(user)
    revoke_api_tokens(user, request=request, reason=reason)
    Invitation.objects.filter(opened_by=user).update(opened_by=None)


def holder_set_password(user) -> None:
    """The account's holder changed her password herself: no link can replace it from now on."""
    AccountOrigin.objects.filter(user=user).update(
        password_set_by="", password_set_in="", password_set_at=None
    )
