"""A scanned PDF uploaded on the web (issue 14 item 5): read by OCR in the background while a page shows
how far it is, then the review page of its draft; the job is its uploader's own.

The reading runs for real (the sandbox, Tesseract) in a thread of the test process, so the database is
committed as in production (transaction=True) for that thread to see the user and the organisation.
"""

import time
from pathlib import Path

import pytest
from django.urls import reverse

from test_imports import _form_as_a_browser_sends_it, _upload
from tietovirta.imports.models import ImportJob
from tietovirta.registers.models import Register

SCAN = Path(__file__).parent.parent / "corpus" / "importer" / "documents" / "fi-032-scan.pdf"  # dev split
WAIT_SECONDS = 120  # the sandbox ends any reading within 75 s

pytestmark = pytest.mark.django_db(transaction=True)


def _follow_progress(client, url: str):
    """Load the waiting page as its refresh does, until it sends the reader elsewhere; the pages seen."""
    seen = []
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        response = client.get(url)
        if response.status_code != 200:
            return response, seen
        seen.append(response.content.decode())
        time.sleep(0.5)
    raise AssertionError(f"still reading after {WAIT_SECONDS} s: {seen[-1] if seen else ''}")


def test_a_scan_is_read_with_progress_then_reviewed_and_accepted(owner_client, org):
    response = _upload(owner_client, org, SCAN)
    job = ImportJob.objects.get(organization=org)
    progress_url = reverse("import_progress", kwargs={"org_id": org.pk, "job_id": job.pk})
    assert response.status_code == 302 and response["Location"] == progress_url

    response, seen = _follow_progress(owner_client, progress_url)
    assert seen, "the upload went straight on without a waiting page"
    assert all('http-equiv="refresh"' in page for page in seen)
    assert any("Luetaan tekstiä kuvasta: sivu" in page or "Tekstintunnistus alkaa" in page for page in seen)
    job.refresh_from_db()
    assert (job.page, job.pages) == (2, 2)
    assert response.status_code == 302
    review_url = reverse("import_review", kwargs={"org_id": org.pk, "draft_id": job.draft_id})
    assert response["Location"] == review_url

    review = owner_client.get(response["Location"]).content.decode()
    assert "Tarkista tuonti" in review and "fi-032-scan.pdf" in review
    assert "Asiakassuhteen hoitaminen" in review  # read from the page images
    accepted = owner_client.post(reverse("import_accept", kwargs={"org_id": org.pk}),
                                 _form_as_a_browser_sends_it(review))
    assert accepted.status_code == 302
    register = Register.objects.get(organization=org)
    assert "Asiakassuhteen hoitaminen" in register.purpose_text


def test_the_progress_is_shown_in_the_readers_language(owner_client, org, owner):
    job = ImportJob.objects.create(organization=org, user=owner, source_name="skannaus.pdf", page=2, pages=3)
    url = reverse("import_progress", kwargs={"org_id": org.pk, "job_id": job.pk})
    assert "Luetaan tekstiä kuvasta: sivu 2/3" in owner_client.get(url).content.decode()
    translations = [
        ("sv", "Texten läses ur bilden: sida 2/3"),
        ("en", "Reading text from the image: page 2/3"),
    ]
    for lang, text in translations:
        owner_client.post(reverse("set_language"), {"language": lang, "next": url})
        assert text in owner_client.get(url).content.decode()


def test_a_scan_without_ocr_installed_ends_on_the_upload_page_with_the_reason(
    owner_client, org, monkeypatch, tmp_path
):
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract for the import's process
    response = _upload(owner_client, org, SCAN)
    response, _seen = _follow_progress(owner_client, response["Location"])
    assert response["Location"] == reverse("import", kwargs={"org_id": org.pk})
    page = owner_client.get(response["Location"]).content.decode()
    assert "tekstintunnistusta (OCR) ole asennettu" in page
    assert not Register.objects.filter(organization=org).exists()


def test_the_job_is_its_uploaders_own(owner, org, make_user, make_org, client):
    job = ImportJob.objects.create(organization=org, user=owner, source_name="skannaus.pdf")
    colleague = make_user("colleague@example.fi")
    from tietovirta.organizations.models import Membership

    Membership.objects.create(user=colleague, organization=org, role="editor")
    client.force_login(colleague)
    url = reverse("import_progress", kwargs={"org_id": org.pk, "job_id": job.pk})
    assert client.get(url).status_code == 404
    # Nor through an organisation of one's own.
    elsewhere = make_org(colleague, name="Toinen Oy", business_id="0112038-9")
    url = reverse("import_progress", kwargs={"org_id": elsewhere.pk, "job_id": job.pk})
    assert client.get(url).status_code == 404


def test_a_scan_beyond_what_the_process_takes_is_asked_to_wait(owner_client, org, monkeypatch):
    import threading

    from tietovirta.imports import services

    monkeypatch.setattr(services, "_taken", threading.BoundedSemaphore(1))
    services._taken.acquire()  # one scan already reading or waiting, and room for no more
    page = _upload(owner_client, org, SCAN).content.decode()
    assert "Palvelin lukee parhaillaan muita skannattuja asiakirjoja" in page
    assert not ImportJob.objects.exists()
