"""The import's draft between review and accept (issue 13 item 13): kept on the server, bound to the
user and the organisation, expiring; a large import is accepted, not answered with a bare 400."""

import datetime as dt
import re
from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from test_imports import _form_as_a_browser_sends_it, _upload
from tietovirta.imports.models import ImportDraft
from tietovirta.registers.models import Register

HEAD = "Rekisterin nimi\nAsiakasrekisteri\n\nHenkilötietojen käsittelyn tarkoitus\n"
HEADINGS = [
    "Henkilötietojen käsittelyn tarkoitus",
    "Rekisterin tietosisältö",
    "Säännönmukaiset tietolähteet",
    "Tietojen säilytysaika",
    "Tietojen säännönmukaiset luovutukset",
    "Rekisterin suojauksen periaatteet",
    "Rekisteröidyn oikeudet",
    "Käsittelyn oikeusperuste",
]
SOURCES = "Asiakkaalta itseltään verkkolomakkeella ja puhelimitse."
SENTENCE = (
    "Tietoja käsitellään asiakassuhteen hoitamiseksi, laskutukseen ja yhteydenpitoon "
    "sekä palvelun kehittämiseen. "
)
REGISTERS = 16
SECTION_CHARACTERS = 16_000  # each text within what a field may store (20 000)


@pytest.fixture
def big_file(tmp_path):
    """16 registers of seven long sections: 1.8 million characters, 2.2 MB once URL-encoded — over the
    2 MB a form may post (DATA_UPLOAD_MAX_MEMORY_SIZE)."""
    body = SENTENCE * (SECTION_CHARACTERS // len(SENTENCE))
    lines = "\n".join(body[i : i + 900] for i in range(0, len(body), 900))
    parts = []
    for number in range(1, REGISTERS + 1):
        parts.append(f"Rekisteriseloste\n\nRekisterin nimi\nAsiakasrekisteri {number}\n")
        parts += [f"\n{heading}\n{SOURCES if 'tietolähteet' in heading else lines}\n" for heading in HEADINGS]
    path = tmp_path / "selosteet.txt"
    path.write_text("\n".join(parts), encoding="utf-8")
    assert path.stat().st_size > 1_800_000
    return path


def _accept(client, org, page, **changes):
    """POST the review form URL-encoded, as a browser does."""
    data = _form_as_a_browser_sends_it(page, **changes)
    return client.post(
        reverse("import_accept", kwargs={"org_id": org.pk}),
        urlencode(data, doseq=True),
        content_type="application/x-www-form-urlencoded",
    )


def _draft_id(page: str) -> str:
    return re.search(r'name="draft" value="([^"]+)"', page).group(1)


def test_a_large_import_is_accepted(owner_client, org, big_file):
    page = _upload(owner_client, org, big_file).content.decode()
    assert "Asiakasrekisteri 16" in page
    response = _accept(owner_client, org, page)
    assert response.status_code == 302, response.status_code
    assert Register.objects.count() == REGISTERS
    register = Register.objects.get(name="Asiakasrekisteri 3")
    assert len(register.purpose_text) > SECTION_CHARACTERS - 1000  # the whole text, from the server's draft
    assert not ImportDraft.objects.exists()  # used up


def test_the_draft_is_kept_on_the_server_not_in_the_page(owner_client, org, big_file):
    page = _upload(owner_client, org, big_file).content.decode()
    assert len(page) < 300_000  # previews of the long texts, not the texts twice over
    draft = ImportDraft.objects.get(pk=_draft_id(page))
    assert draft.organization == org and draft.user.email == "owner@example.fi"
    now = timezone.now()
    assert now + dt.timedelta(hours=23) < draft.expires_at <= now + dt.timedelta(hours=24)


def test_another_user_cannot_accept_the_draft(owner_client, org, big_file, make_user):
    page = _upload(owner_client, org, big_file).content.decode()
    editor = make_user("muokkaaja@example.fi")
    org.memberships.create(user=editor, role="editor")
    colleague = Client()
    colleague.force_login(editor)
    response = _accept(colleague, org, page)
    assert response.status_code == 302 and not Register.objects.exists()
    assert ImportDraft.objects.exists()  # still the owner's to accept


def test_the_draft_is_bound_to_its_organisation(owner_client, org, owner, make_org):
    other = make_org(owner, name="Toinen Oy", business_id="0166094-0")
    page = _upload(owner_client, org, text=HEAD + "Laskutus.\n").content.decode()
    data = _form_as_a_browser_sends_it(page)
    owner_client.post(reverse("import_accept", kwargs={"org_id": other.pk}), data)
    assert not Register.objects.exists()


def test_an_expired_draft_is_refused_and_cleaned_up(owner_client, org):
    page = _upload(owner_client, org, text=HEAD + "Laskutus.\n").content.decode()
    ImportDraft.objects.update(expires_at=timezone.now() - dt.timedelta(minutes=1))
    response = owner_client.post(
        reverse("import_accept", kwargs={"org_id": org.pk}), _form_as_a_browser_sends_it(page), follow=True
    )
    assert "Lataa asiakirja uudelleen" in response.content.decode() and not Register.objects.exists()
    _upload(owner_client, org, text=HEAD + "Toinen.\n")  # the next upload sweeps expired drafts away
    assert ImportDraft.objects.count() == 1 and ImportDraft.objects.get().expires_at > timezone.now()
