"""The language errors the DPO's review listed (issue 15), each with a test: wording, plural forms, one
date format per language, translated choices, quotation marks, Swedish terms, the § 29 momentti."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.urls import reverse
from django.utils import translation

from complete_register import complete_data, complete_document
from complete_register import texts as texts_of
from tietovirta import risk
from tietovirta.canonical import parse_document
from tietovirta.canonical.labels import label
from tietovirta.canonical.schema import HetuGround, TransferMechanism
from tietovirta.canonical.sections import SECTIONS_BY_KEY
from tietovirta.documents import build_privacy_notice, build_tietovirtakuvaus
from tietovirta.documents.phrases import t
from tietovirta.language import LANGUAGES, format_date, format_datetime, quote
from tietovirta.registers.history import versions
from tietovirta.registers.models import Register

SRC = Path(__file__).parents[1] / "src" / "tietovirta"
LOCALE = SRC / "locale"


# --- Wording of the notice -------------------------------------------------------------------------

def _two_bases_without_pairs():
    return complete_document(purposes=[], legal_bases=["b", "c"], translations={})


def test_two_bases_are_introduced_in_the_plural():
    notice = build_privacy_notice(_two_bases_without_pairs(), 0, "fi")
    purposes = texts_of(notice.section("purposes").blocks)
    assert "Käsittelemme henkilötietojasi seuraavilla perusteilla:" in purposes
    sv = build_privacy_notice(_two_bases_without_pairs(), 0, "sv")
    assert "Vi behandlar dina personuppgifter på följande grunder:" in texts_of(sv.section("purposes").blocks)
    one = complete_document(purposes=[], legal_bases=["b"], translations={})
    single = texts_of(build_privacy_notice(one, 0, "fi").section("purposes").blocks)
    assert "seuraavalla perusteella:" in single


def test_rights_follow_the_bases_in_the_plural():
    rights = texts_of(build_privacy_notice(complete_document(), 0, "fi").section("rights").blocks)
    assert rights.startswith("Koska käsittely perustuu edellä mainittuihin oikeusperusteisiin, sinulla on")
    one = complete_document(purposes=[{"purpose": "Asiakassuhteen hoitaminen", "legal_basis": "b"}],
                            translations={})
    rights = texts_of(build_privacy_notice(one, 0, "fi").section("rights").blocks)
    assert rights.startswith("Koska käsittely perustuu edellä mainittuun oikeusperusteeseen, sinulla on")


def test_retention_period_reads_without_alkaen():
    data = complete_data(translated=False)
    data["registers"][0].update(retention_period=5, retention_trigger="tuotteen toimituksesta")
    retention = texts_of(build_privacy_notice(parse_document(data), 0, "fi").section("retention").blocks)
    assert retention.startswith("Säilytysaika: 5 vuotta tuotteen toimituksesta")
    assert "alkaen" not in retention


def test_the_data_protection_act_in_the_genitive():
    assert t("hetu_ground", "fi") == "Henkilötunnuksen käsittelyperuste (tietosuojalain 29 §)"


def test_statutory_requirement_heading():
    assert SECTIONS_BY_KEY["statutory_requirement"].label("fi") == (
        "Onko tietojen antaminen pakollista ja mitä siitä seuraa")


@pytest.mark.parametrize(("ground", "momentti"), [
    (HetuGround.CONSENT_OR_LAW, "(29 § 1 mom.)"),
    (HetuGround.UNAMBIGUOUS_IDENTIFICATION, "(29 § 1 mom. 1–3 kohta)"),
    (HetuGround.SECTOR, "(29 § 2 mom.)"),
    (HetuGround.ADDRESS_UPDATE, "(29 § 3 mom.)"),
])
def test_henkilotunnus_grounds_by_momentti(ground, momentti):
    assert label(ground, "fi").endswith(momentti)
    assert label(ground, "sv").endswith(momentti.replace("kohta", "punkten"))
    # Employment and health care are 2 mom. (LEGAL.md §4, corrected 2026-12).
    assert ("työsuhde" in label(ground, "fi")) == (ground is HetuGround.SECTOR)


def test_dpf_cites_the_commission_decision():
    assert label(TransferMechanism.DPF, "fi").endswith("(komission täytäntöönpanopäätös (EU) 2023/1795)")
    assert "Decision (EU)" not in label(TransferMechanism.DPF, "fi")


def test_risk_scale_and_risk_assessment_words():
    assert risk.scale_label(2, "fi") == "2 – rajallinen"
    assert SECTIONS_BY_KEY["risk"].label("fi") == "Riskiarviot"
    assert t("risk_assessment", "fi") == "Riskiarvio"
    finnish = _catalog("fi")
    assert not [m.id for m in finnish if re.search(r"riskin arvioin|riskien arvioin", str(m.string), re.I)]


def test_swedish_terms():
    notice = build_privacy_notice(complete_document(), 0, "sv")
    assert notice.section("recipients").heading == "Mottagare av uppgifterna"
    assert SECTIONS_BY_KEY["security"].label("sv") == "Säkerhetsåtgärder"
    assert SECTIONS_BY_KEY["access_right"].label("sv") == "Rätt till tillgång"
    kuvaus = build_tietovirtakuvaus(complete_document(), 0, "sv")
    assert [s.heading for s in kuvaus.sections if s.key == "security"] == ["Säkerhetsåtgärder"]
    swedish = {m.id: m.string for m in _catalog("sv")}
    assert swedish["security measures"] == "säkerhetsåtgärder"
    assert swedish["right of access"] == "rätt till tillgång"


# --- One date format per language ------------------------------------------------------------------

def test_one_date_format_per_language():
    import datetime as dt

    day, moment = dt.date(2026, 12, 2), dt.datetime(2026, 12, 2, 9, 5)
    assert [format_date(day, lang) for lang in LANGUAGES] == ["2.12.2026", "2.12.2026", "2 December 2026"]
    assert [format_datetime(moment, lang) for lang in LANGUAGES] == [
        "2.12.2026 klo 9.05", "2.12.2026 kl. 9.05", "2 December 2026, 09:05"]
    # Templates write dates through |local_date and |local_datetime only.
    for template in (SRC / "templates").rglob("*.html"):
        text = template.read_text(encoding="utf-8")
        assert not re.search(r"\|date:\"(?!c\")|\|date:'(?!c')", text), template


def test_quotation_marks():
    assert [quote("teksti", lang) for lang in LANGUAGES] == ["”teksti”", "”teksti”", "“teksti”"]
    for lang in ("fi", "sv"):
        wrong = [m.id for m in _catalog(lang) if any("“" in s or '"' in s for s in _strings(m))]
        assert wrong == [], lang


# --- The interface ---------------------------------------------------------------------------------

@pytest.mark.django_db
def test_plural_forms_on_the_dashboard(owner_client, org):
    from tietovirta.interchange import load_document

    load_document(parse_document(complete_data()), organization=org)
    plurals = {
        "fi": (("virhe", "virhettä"), ("varoitus", "varoitusta"), ("huomio", "huomiota")),
        "sv": (("fel", "fel"), ("varning", "varningar"), ("anmärkning", "anmärkningar")),
    }
    for lang, words in plurals.items():
        owner_client.post(reverse("set_language"), {"language": lang})
        page = owner_client.get(reverse("organization", kwargs={"org_id": org.pk})).content.decode()
        counts = re.search(r'data-testid="counts">(.*?)</div>', page).group(1)
        found = re.findall(r"(\d+) ([a-zäöå]+)", re.sub("<[^>]+>", "", counts))
        assert len(found) == 3, counts
        for (number, word), (one, other) in zip(found, words, strict=True):
            assert word == (one if number == "1" else other), (lang, number, word)
    with translation.override("fi"):
        from django.utils.translation import ngettext

        assert ngettext("%(counter)s error", "%(counter)s errors", 1) % {"counter": 1} == "1 virhe"
        assert ngettext("%(counter)s error", "%(counter)s errors", 2) % {"counter": 2} == "2 virhettä"
    with translation.override("sv"):
        assert ngettext("%(counter)s warning", "%(counter)s warnings", 1) % {"counter": 1} == "1 varning"


@pytest.mark.django_db
def test_choices_and_history_speak_the_language(owner_client, org):
    register = Register.objects.create(organization=org, name="Asiakasrekisteri")
    with translation.override("fi"):
        field = Register._meta.get_field("retention_unit")
        assert [str(text) for _value, text in field.choices] == ["Päivää", "Kuukautta", "Vuotta"]
    with translation.override("sv"):
        assert [str(text) for _value, text in field.choices] == ["Dagar", "Månader", "År"]
    register.status = "published"
    register.save()
    numbers = [version.number for version in versions(register)]
    url = reverse("register_history", kwargs={"org_id": org.pk, "register_id": register.pk})
    page = owner_client.get(url, {"a": numbers[-1], "b": numbers[0]}).content.decode()
    assert "<del>Luonnos</del>" in page and "<ins>Julkaistu</ins>" in page
    assert "draft" not in page and ">published<" not in page


@pytest.mark.django_db
def test_labels_keep_their_capitals_on_the_register_page(owner_client, org):
    register = Register.objects.create(organization=org, name="Henkilöstörekisteri", hetu_ground="sector",
                                       transfers_text="Ei siirtoja.", legal_bases=["b"])
    page = owner_client.get(reverse("register", kwargs={"org_id": org.pk, "register_id": register.pk}))
    html = page.content.decode()
    assert "Henkilötunnuksen käsittelyperuste (TSL 29 §)" in html
    assert "(tsl 29 §)" not in html and "eu:n tai eta:n" not in html


@pytest.mark.django_db
def test_command_line_in_the_audit_log(owner_client, org, capsys):
    from tietovirta.cli import main

    assert main(["export", str(org.pk), "-o", "/dev/null"]) == 0
    page = owner_client.get(reverse("audit_log", kwargs={"org_id": org.pk})).content.decode()
    assert "<td>komentorivi</td>" in page and "command line" not in page


# --- Every interface text is translated ------------------------------------------------------------

def _catalog(lang: str):
    with (LOCALE / lang / "LC_MESSAGES" / "django.po").open("rb") as handle:
        return [m for m in read_po(handle) if m.id]


def _strings(message) -> list[str]:
    return list(message.string) if isinstance(message.string, tuple) else [message.string]


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext is not installed")
def test_every_text_in_the_code_is_in_the_catalogues_and_translated(tmp_path):
    """What `make messages` would collect now, each translated in Finnish and Swedish: a text added to the
    code without running `make messages` and translating it fails here."""
    copy = tmp_path / "tietovirta"
    shutil.copytree(SRC, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    command = [sys.executable, "-m", "django", "makemessages", "-l", "fi", "-l", "sv", "--no-location",
               "--no-obsolete", "-i", "documents/*", "-i", "importer/*", "-i", "checks/*", "-i", "flows/*"]
    subprocess.run(command, cwd=copy, check=True, capture_output=True,
                   env={"DJANGO_SETTINGS_MODULE": "tietovirta.settings", "PATH": "/usr/bin:/bin",
                        "PYTHONPATH": str(SRC.parent), "TIETOVIRTA_DATA_DIR": str(tmp_path)})
    for lang in ("fi", "sv"):
        with (copy / "locale" / lang / "LC_MESSAGES" / "django.po").open("rb") as handle:
            collected = [m for m in read_po(handle) if m.id]
        untranslated = [m.id for m in collected if m.fuzzy or not all(_strings(m))]
        assert untranslated == [], lang
