"""Personal API tokens: a secret shown once, stored only as its SHA-256 hash.

A token belongs to one member of one organisation and never grants more than that member's
current role: a viewer's token only reads, and a token stops working when its creator leaves.
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tietovirta.organizations.choices import ChoiceLabels
from tietovirta.organizations.models import Membership, Organization
from tietovirta.prepared_queries import PreparedQuery

SECRET_PREFIX = "tv_"
SHOWN_PREFIX_LENGTH = len(SECRET_PREFIX) + 6


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class Scope(models.TextChoices):
    READ = "read", _("read only")
    READ_WRITE = "read_write", _("read and write")


class ApiTokenQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class ApiToken(ChoiceLabels, models.Model):
    name = models.CharField(_("name"), max_length=100)
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="api_tokens")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    scope = models.CharField(_("access"), max_length=10, choices=Scope.choices, default=Scope.READ)
    # The first characters of the secret: enough to recognise a token, useless to an attacker.
    prefix = models.CharField(max_length=SHOWN_PREFIX_LENGTH)
    secret_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @classmethod
    def issue(cls, *, name: str, membership: Membership, scope: str) -> tuple[ApiToken, str]:
        """Create a token and return it with its secret, which is not stored and cannot be shown again."""
        if not membership.can_edit:
            scope = Scope.READ
        secret = SECRET_PREFIX + secrets.token_urlsafe(30)  # 40 URL-safe characters
        token = cls.objects.create(
            name=name,
            organization=membership.organization,
            created_by=membership.user,
            scope=scope,
            prefix=secret[:SHOWN_PREFIX_LENGTH],
            secret_hash=_digest(secret),
        )
        return token, secret

    @classmethod
    def find(cls, secret: str) -> ApiToken | None:
        """The active token with this secret, or None; read with its creator's current membership in
        its organisation (`membership()`), in the same query."""
        if not secret.startswith(SECRET_PREFIX):
            return None
        return _BY_SECRET_HASH.first(secret_hash=_digest(secret))

    @classmethod
    def _by_secret_hash(cls, secret_hash: str) -> models.QuerySet:
        creators = Membership.objects.filter(
            user_id=models.OuterRef("created_by_id"), organization_id=models.OuterRef("organization_id")
        )
        return (
            cls.objects.active()
            .select_related("organization", "created_by")
            .annotate(
                creator_membership_id=models.Subquery(creators.values("pk")[:1]),
                creator_role=models.Subquery(creators.values("role")[:1]),
            )
            .filter(secret_hash=secret_hash, created_by__is_active=True)[:1]
        )

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    def revoke(self) -> None:
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])

    def membership(self) -> Membership | None:
        """The creator's current membership: the token's rights are bounded by it. As `find` read it,
        else read now."""
        if hasattr(self, "creator_membership_id"):
            if self.creator_membership_id is None:
                return None
            found = Membership(pk=self.creator_membership_id, user=self.created_by,
                               organization=self.organization, role=self.creator_role)
            found._state.adding, found._state.db = False, self._state.db  # as if read: it was
            return found
        return Membership.objects.filter(
            user_id=self.created_by_id, organization_id=self.organization_id
        ).first()


# Every API request looks its token up: the query is written once per process (prepared_queries.py).
_BY_SECRET_HASH = PreparedQuery(ApiToken._by_secret_hash, secret_hash="sample-secret-hash")


class RateWindow(models.Model):
    """The API requests one caller was allowed in one minute: the rate limit's counter.

    It lives in the database so that every server process, on every machine, counts against the
    same limit (see throttling.py). Rows of past minutes are deleted a few minutes later.
    """

    key = models.CharField(max_length=100)  # Caller.throttle_key: "token:…" or "user:<id>"
    window_start = models.DateTimeField(db_index=True)  # the index makes the clean-up cheap
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["key", "window_start"], name="api_ratewindow_one_per_minute")
        ]

    def __str__(self) -> str:
        return f"{self.key} {self.window_start:%Y-%m-%d %H:%M}: {self.count}"


class RegisterAnswer(models.Model):
    """A register's generation: raised by every change that shows in the register's canonical form, in the
    change's own transaction (registers/changes.py). What is kept per register is kept under it: the
    register's API answer (api/answers.py), its page parts and documents (fragments.register_revision), its
    piece of the checks (registers/findings.py)."""

    register = models.OneToOneField(
        "registers.Register", on_delete=models.CASCADE, primary_key=True, related_name="api_answer"
    )
    generation = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"generation {self.generation} of register {self.register_id}"
