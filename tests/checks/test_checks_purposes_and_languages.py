"""The checks read what schema 1.3 added: purposes written one by one with their bases, and translations
(translation-missing, LEGAL.md §7); and the absence of transfers that follows from the catalogue."""

from __future__ import annotations

from checks_support import complete, fired
from test_checks_rules import edit, reg

from tietovirta.checks import Severity


def _pairs_only(doc, *purposes):
    reg(doc).update(purpose_text="", legitimate_interest_text="", legal_basis_text="",
                    purposes=[dict(p) for p in purposes])


def test_purposes_written_with_their_bases_are_a_purpose():
    doc = edit("fi", lambda d: _pairs_only(d, {"purpose": "Laskutus", "legal_basis": "b"}))
    assert "purpose-missing" not in fired(doc)
    doc = edit("fi", lambda d: _pairs_only(d))
    assert "purpose-missing" in fired(doc)


def test_a_legitimate_interest_written_beside_its_purpose_describes_it():
    described = {"purpose": "Suoramarkkinointi", "legal_basis": "f", "interest": "Asiakassuhteen ylläpito"}
    doc = edit("fi", lambda d: _pairs_only(d, described))
    assert "legitimate-interest-undescribed" not in fired(doc)
    undescribed = {"purpose": "Suoramarkkinointi", "legal_basis": "f"}
    doc = edit("fi", lambda d: _pairs_only(d, described, undescribed))
    assert "legitimate-interest-undescribed" in fired(doc)


def _catalogued_systems(doc, hosting: str):
    doc["systems"] = [{"name": "Netvisor", "kind": "accounting", "hosting": hosting},
                      {"name": "CRM", "kind": "crm", "hosting": "eea"}]
    reg(doc).update(systems=["Netvisor", "CRM"], parties=[], transfers_text="", systems_text="",
                    location_text="")


def test_no_transfers_follow_from_a_catalogue_kept_in_the_eea():
    missing = lambda doc: [f for f in fired(doc).get("notice-item-missing", [])  # noqa: E731
                           if f.field == "transfers_text" and f.severity is Severity.ERROR]
    assert not missing(edit("fi", lambda d: _catalogued_systems(d, "fi")))
    assert missing(edit("fi", lambda d: _catalogued_systems(d, "unknown")))


def _translated(doc, texts: dict[str, str]):
    reg(doc)["translations"] = {"sv": dict(texts)}


def test_a_notice_begun_in_another_language_must_be_translated_whole():
    doc = edit("fi", lambda d: (_translated(d, {"name": "Kundregister"}), reg(d).update(status="published")))
    (finding,) = fired(doc)["translation-missing"]
    assert finding.severity is Severity.ERROR and finding.field == "translations"
    reg(doc)["status"] = "draft"  # work in progress: publishing will not use it, so a warning
    assert fired(doc)["translation-missing"][0].severity is Severity.WARNING
    assert "ruotsiksi" in finding.message and "Miksi tietoja käsitellään" in finding.message
    assert "translation-missing" not in fired(complete("fi"))  # no translation begun: a Finnish notice


def test_a_notice_translated_whole_raises_nothing():
    from complete_register import complete_data

    assert "translation-missing" not in fired(complete_data())
