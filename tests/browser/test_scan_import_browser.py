"""A scanned PDF imported in the browser (issue 14 item 5): the upload shows a page that says which page
is being read and refreshes itself, then the review of what OCR read, then the accepted register."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCAN = Path(__file__).parents[2] / "corpus" / "importer" / "documents" / "fi-032-scan.pdf"  # dev split


def test_a_scan_is_read_with_progress_on_the_page_then_reviewed(page, login, make_user, make_org):
    user = make_user("skannaaja@example.fi", "skannaajan-salasana-1")
    organization = make_org(user, name="Sun Piha Oy", business_id="2643821-1")
    login("skannaaja@example.fi", "skannaajan-salasana-1")
    page.goto(f"/organizations/{organization.pk}/import/")
    page.set_input_files("input[type=file]", str(SCAN))
    page.get_by_role("button", name="Lue asiakirja").click()

    expect(page.get_by_role("heading", name="Luetaan skannattua asiakirjaa")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("Luetaan tekstiä kuvasta: sivu", timeout=30_000)
    page.wait_for_url("**/import/drafts/**", timeout=120_000)  # the page has refreshed itself until done

    expect(page.get_by_role("heading", name="Tarkista tuonti")).to_be_visible()
    expect(page.get_by_text("fi-032-scan.pdf")).to_be_visible()
    expect(page.locator("textarea").filter(has_text="Asiakassuhteen hoitaminen").first).to_be_visible()
    page.get_by_role("button", name="Hyväksy ja luo luonnokset").click()
    expect(page.get_by_text("Tuotiin 1 rekisteri")).to_be_visible()
