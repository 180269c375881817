"""Project hygiene that would otherwise break a fresh install: migrations and translations are current."""

import gettext
from io import StringIO
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.core.management import call_command

LOCALE = Path(__file__).parents[1] / "src" / "tietovirta" / "locale"


@pytest.mark.django_db
def test_migrations_match_the_models():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)  # exits non-zero when models changed


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_ui_text_is_translated_and_compiled(lang):
    po_path = LOCALE / lang / "LC_MESSAGES" / "django.po"
    with po_path.open("rb") as handle:
        catalog = read_po(handle)
    messages = [m for m in catalog if m.id]
    untranslated = [m.id for m in messages if not m.string or m.fuzzy]
    assert untranslated == []
    compiled = gettext.GNUTranslations((LOCALE / lang / "LC_MESSAGES" / "django.mo").open("rb"))
    stale = [m.id for m in messages if isinstance(m.id, str) and compiled.gettext(m.id) != m.string]
    assert stale == [], "run: make messages"


@pytest.mark.django_db
def test_favicon_is_served_to_anyone(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response["Content-Type"] == "image/x-icon"
    assert b"".join(response.streaming_content).startswith(b"\x00\x00\x01\x00")  # an ICO file
    assert "max-age" in response["Cache-Control"]
