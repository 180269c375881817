"""What an import keeps between its steps: the draft waiting for review, and a scan being read.

A scanned PDF is read by OCR, a few seconds a page, so the upload does not hold its request for that
long: `start_scan_import` reads it in a thread of this process (the reading itself runs in the
sandbox's process, so the thread only waits) and records its progress on an ImportJob, which the
waiting page reads (and any worker process can, since it is a row). Nothing is queued outside the
process, so a job does not survive it: one with no news for longer than the sandbox may run counts as
stopped. A web process reads SCANS_AT_ONCE scans at a time (each sandbox may map 600 MB) and keeps at
most SCANS_WAITING more waiting; beyond that an upload of a scan is asked to try again later.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading

from django.db import close_old_connections, connections, transaction
from django.utils import timezone

from tietovirta.importer import ImportResult, UnreadableDocument
from tietovirta.importer.sandbox import WALL_SECONDS, run_import
from tietovirta.imports.models import ImportDraft, ImportJob

DRAFT_LIFETIME = dt.timedelta(hours=24)
DRAFTS_PER_USER = 5  # in one organisation: each may hold megabytes of text
# A job that has not moved for this long has lost its process (a restart): the sandbox would have ended it.
JOB_SILENCE = dt.timedelta(seconds=WALL_SECONDS + 15)
SCANS_AT_ONCE = 1
SCANS_WAITING = 3
_reading = threading.BoundedSemaphore(SCANS_AT_ONCE)
_taken = threading.BoundedSemaphore(SCANS_AT_ONCE + SCANS_WAITING)


class ScansBusy(Exception):
    """This process already has as many scans reading and waiting as it takes."""

logger = logging.getLogger(__name__)


def keep_draft(user, organization, result: ImportResult, source_name: str) -> ImportDraft:
    """Keep an import for its user's review; beyond DRAFTS_PER_USER her oldest go, as do expired ones."""
    now = timezone.now()
    ImportDraft.objects.filter(expires_at__lte=now).delete()
    ImportJob.objects.filter(created_at__lte=now - DRAFT_LIFETIME).delete()
    mine = ImportDraft.objects.filter(organization=organization, user=user).order_by("-created_at")
    ImportDraft.objects.filter(pk__in=list(mine.values_list("pk", flat=True)[DRAFTS_PER_USER - 1 :])).delete()
    return ImportDraft.objects.create(
        organization=organization,
        user=user,
        document=result.document.model_dump(mode="json"),
        fields=[vars(field) for field in result.fields],
        warnings=result.warnings,
        source_name=source_name[:255],
        expires_at=now + DRAFT_LIFETIME,
    )


def start_scan_import(user, organization, data: bytes, source_name: str, lang: str) -> ImportJob:
    """Read a scanned document in the background; the job tells how far it is and, at the end, its draft.
    ScansBusy when this process has no room for another."""
    if not _taken.acquire(blocking=False):
        raise ScansBusy
    try:
        job = ImportJob.objects.create(organization=organization, user=user, source_name=source_name[:255])
    except BaseException:
        _taken.release()
        raise
    thread = threading.Thread(
        target=_read_scan, args=(job.pk, data, source_name, lang), name=f"import-{job.pk}", daemon=True
    )
    transaction.on_commit(thread.start)  # the thread reads the job's row
    return job


def _read_scan(job_id, data: bytes, source_name: str, lang: str) -> None:
    close_old_connections()
    try:
        while not _reading.acquire(timeout=10):  # waiting its turn, and saying so (JOB_SILENCE)
            ImportJob.objects.filter(pk=job_id).update(updated_at=timezone.now())
        try:
            _read(job_id, data, source_name, lang)
        finally:
            _reading.release()
    finally:
        _taken.release()
        connections.close_all()  # this thread's own connection


def _read(job_id, data: bytes, source_name: str, lang: str) -> None:
    try:
        job = ImportJob.objects.select_related("organization", "user").get(pk=job_id)

        def progress(page: int, pages: int) -> None:
            ImportJob.objects.filter(pk=job_id).update(page=page, pages=pages, updated_at=timezone.now())

        try:
            result = run_import(data, source_name, lang, progress=progress)
        except UnreadableDocument as exc:
            ImportJob.objects.filter(pk=job_id).update(refusal=exc.to_dict(), updated_at=timezone.now())
            return
        draft = keep_draft(job.user, job.organization, result, source_name)
        ImportJob.objects.filter(pk=job_id).update(draft=draft, updated_at=timezone.now())
    except Exception:  # a bug: the waiting page says the file could not be read, never hangs
        logger.exception("reading a scanned import failed")
        refusal = UnreadableDocument("unexpected").to_dict()
        ImportJob.objects.filter(pk=job_id).update(refusal=refusal, updated_at=timezone.now())


def job_refusal(job: ImportJob) -> UnreadableDocument | None:
    """Why the job's document could not be read; "stopped" for a job whose process has gone."""
    if job.refusal:
        return UnreadableDocument.from_dict(job.refusal)
    if job.draft_id is None and job.updated_at < timezone.now() - JOB_SILENCE:
        return UnreadableDocument("stopped")
    return None
