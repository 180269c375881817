"""The draft an import makes, kept between the review page and Accept."""

import uuid

from django.conf import settings
from django.db import models


class ImportDraft(models.Model):
    """What the importer read, waiting for its user's review: hers alone, in one organisation, for a day.

    It stays on the server (the review form posts back only what the user may correct), so an import
    of any size can be accepted, and nobody else — another member, another organisation — can.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organization = models.ForeignKey("organizations.Organization", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    document = models.JSONField()  # the canonical document
    fields = models.JSONField(default=list)  # FieldResult of each value: confidence and source text
    warnings = models.JSONField(default=list)
    source_name = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.source_name} ({self.user}, {self.created_at:%Y-%m-%d %H:%M})"


class ImportJob(models.Model):
    """A scanned PDF being read in the background (OCR takes seconds a page): its progress for the page
    that waits, then the draft it made or why it could not be read. The uploader's own, in one
    organisation, like the draft."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organization = models.ForeignKey("organizations.Organization", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    source_name = models.CharField(max_length=255, blank=True)
    page = models.PositiveSmallIntegerField(default=0)  # the page being read, 1-based; 0 before the first
    pages = models.PositiveSmallIntegerField(default=0)
    draft = models.ForeignKey(ImportDraft, null=True, on_delete=models.SET_NULL, related_name="+")
    refusal = models.JSONField(null=True)  # UnreadableDocument.to_dict(), shown in the reader's language
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.source_name} ({self.user}, {self.page}/{self.pages})"
