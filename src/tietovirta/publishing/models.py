"""Published privacy notices: frozen snapshots that the public URL serves."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tietovirta.canonical import OrganizationDocument
from tietovirta.canonical.upgrade import upgrade
from tietovirta.language import LANGUAGES
from tietovirta.registers.models import Register


def all_languages() -> list[str]:
    return list(LANGUAGES)


class PublishedNotice(models.Model):
    """One publication of a register's privacy notice.

    The snapshot is the canonical document of the register as it was when published (with its
    organisation, systems and parties), so later edits do not change what the public reads until
    the register is published again, and every earlier version stays retrievable.
    """

    register = models.ForeignKey(Register, on_delete=models.CASCADE, related_name="published_notices")
    version = models.PositiveIntegerField()
    published_at = models.DateTimeField(_("published"), auto_now_add=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    snapshot = models.JSONField()
    # The languages this version is public in: those whose notice was complete when it was published.
    languages = models.JSONField(default=all_languages)
    # The register's history row this snapshot was made from (django-simple-history).
    register_history_id = models.PositiveBigIntegerField(null=True)

    class Meta:
        ordering = ["register", "-version"]
        constraints = [models.UniqueConstraint(fields=["register", "version"], name="one_notice_per_version")]

    def __str__(self) -> str:
        return f"{self.register} v{self.version}"

    def document(self) -> OrganizationDocument:
        """The snapshot, read as the current schema reads it (so versions of two schemas compare alike)."""
        return upgrade(OrganizationDocument.model_validate(self.snapshot))
