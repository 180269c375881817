"""The audit log: security-relevant events, append-only.

Rows are written once and never changed or deleted through the application: `save` refuses an
update and `delete` is refused on rows and querysets alike. A backup keeps them; restoring it
writes them again as they were, each marked with `restored_at`.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tietovirta.organizations.choices import ChoiceLabels


class Event(models.TextChoices):
    LOGIN = "login", _("logged in")
    LOGIN_FAILED = "login_failed", _("failed login")
    LOGOUT = "logout", _("logged out")
    MEMBER_INVITED = "member_invited", _("member invited")
    INVITATION_WITHDRAWN = "invitation_withdrawn", _("invitation withdrawn")
    INVITATION_DECLINED = "invitation_declined", _("invitation declined")
    PASSWORD_SET_THROUGH_LINK = "password_set_through_link", _("password set through an invitation link")
    MEMBER_ADDED = "member_added", _("member added")
    ROLE_CHANGED = "role_changed", _("role changed")
    MEMBER_REMOVED = "member_removed", _("member removed")
    EXPORT = "export", _("export")
    PUBLICATION = "publication", _("publication")
    DELETION = "deletion", _("deletion")
    PERMANENT_DELETION = "permanent_deletion", _("permanent deletion")
    TOKEN_CREATED = "token_created", _("API token created")
    TOKEN_REVOKED = "token_revoked", _("API token revoked")
    REQUEST_RECEIVED = "request_received", _("data-subject request received")
    REQUEST_EXTENDED = "request_extended", _("data-subject request extended")
    REQUEST_CLOSED = "request_closed", _("data-subject request closed")
    REQUESTS_PURGED = "requests_purged", _("expired data-subject requests deleted")
    BREACH_LOGGED = "breach_logged", _("breach logged")
    BREACH_NOTIFIED = "breach_notified", _("breach notified")


# Actors that are not people: what the `tietovirta` command does, and registers published because a loaded
# document says so. Stored as they are; shown in the reader's language.
COMMAND_LINE = "command line"
LOAD = "load"
_MACHINE_ACTORS = {COMMAND_LINE: _("command line"), LOAD: _("loading a document")}


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("audit events cannot be changed")

    def delete(self):
        raise PermissionError("audit events cannot be deleted")


class AuditEvent(ChoiceLabels, models.Model):
    # A default rather than auto_now_add: a restored entry keeps the time it was first written.
    created_at = models.DateTimeField(_("time"), default=timezone.now, editable=False, db_index=True)
    event = models.CharField(_("event"), max_length=30, choices=Event.choices)
    # Kept as text too, so the log still reads right after a user or an organisation is gone.
    organization = models.ForeignKey(
        "organizations.Organization", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    organization_name = models.CharField(max_length=200, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    actor = models.CharField(_("by"), max_length=254, blank=True)
    target = models.CharField(_("target"), max_length=300, blank=True)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    details = models.JSONField(default=dict, blank=True)
    # Set when the entry was brought back from a backup (`tietovirta load DIR`): the entry itself is
    # as it was first written, and this says it was written again, when.
    restored_at = models.DateTimeField(_("restored from a backup"), null=True, blank=True, editable=False)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["organization", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.event} {self.actor} {self.target}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("audit events cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("audit events cannot be deleted")

    @property
    def actor_display(self) -> str:
        return str(_MACHINE_ACTORS.get(self.actor, self.actor))
