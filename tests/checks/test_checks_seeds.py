"""The seed expectations of the issue: on minimal documents built from the seed texts (so the rules are
proven on their own), and on the demo fixtures hand-entered from the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from checks_support import fired, minimal

import tietovirta

DEMO = Path(tietovirta.__file__).parent / "demo" / "fixtures"

# Excerpts of /work/shared/seeds, as the seeds write them.
SEED_000_SYSTEMS = (
    "CRM Hubspot\nHeeros Tilitoimisto\nNetvisor, Taimer – laskutus ja kirjanpito\n"
    "G-suite sähköposti – Mcarepro\nUutiskirje Mailchimp\nDropbox – sopimukset"
)
SEED_001_DATA = "Asiakkaiden nimi, s-posti, puhelinnumero, laskutusosoite, toimitusosoite, henkilötunnus."
SEED_002_BASIS = (
    "<p>Oikeutettu etu.</p> <p>Henkilötietoja käsitellään myös markkinointi-, myynti-, tuote- ja "
    "asiakasanalyysien yhteydessä.</p>"
)
SEED_003_PURPOSE = (
    "Rekisterin käyttötarkoitus on yrityksen asiakasrekisterin ylläpitäminen, asiakkaiden "
    "toimeksiantojen hallinnointi, arkistointi ja käsittely sekä asiakassuhteen hoitaminen. "
    "Henkilötietoja käsitellään henkilötietolain sallimissa ja edellyttämissä rajoissa."
)
SEED_004_DATA = (
    "Asiakasyrityksen yhteyshenkilön sekä henkilöasikkaiden nimi, sähköposti, puhelinnumero, hetu, "
    "koti- ja laskutusosoite. Lisäksi omaisten tietoja."
)
SEED_004_CONSENT = "Koska käsittelyperuste on sopimuksellinen, ei suostumusta tarvita."

SEED_DOCS = {
    "000": minimal(
        "Tulos Helsinki Oy",
        legal_basis_text="Sopimuksellinen peruste.",
        systems_text=SEED_000_SYSTEMS,
        location_text="Yrityksen toimitiloissa, palveluntarjoajien konesaleissa",
    ),
    "001": minimal(
        "Walttia Oy",
        data_collected_text=SEED_001_DATA,
        legal_basis_text="Asiakkuuden mahdollistaminen ja ylläpito, sopimusten mukaisten ja "
        "lakisääteisten velvollisuuksien hoitaminen.",
    ),
    "002": minimal(
        "Rekisterinpitäjän tiedot",
        name="Prospektit, potentiaaliset asiakkaat",
        legal_basis_text=SEED_002_BASIS,
    ),
    "003": minimal("", purpose_text=SEED_003_PURPOSE),
    "004": minimal(
        "Kiinteistökehitys Kuusisto Oy",
        legal_basis_text="Suostumus",
        consent_text=SEED_004_CONSENT,
        data_collected_text=SEED_004_DATA,
        purpose_text="Sopimuksellinen peruste.",
    ),
}
EXPECTED = {
    "000": {"transfer-mechanism-missing"},
    "001": {"hetu-ground-missing"},
    "002": {"placeholder-text", "html-markup", "controller-missing"},
    "003": {"controller-missing", "legal-basis-missing"},
    "004": {"hetu-ground-missing", "consent-basis-contradiction", "purpose-missing"},
}


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_text_fires_the_expected_rules(seed: str) -> None:
    found = fired(SEED_DOCS[seed])
    assert EXPECTED[seed] <= set(found), f"missing {EXPECTED[seed] - set(found)}"


def test_seed_messages_name_the_concrete_problem() -> None:
    found = fired(SEED_DOCS["004"])
    assert SEED_004_CONSENT in found["consent-basis-contradiction"][0].message
    assert "”hetu”" in found["hetu-ground-missing"][0].message
    assert "Mailchimp" in fired(SEED_DOCS["000"])["transfer-mechanism-missing"][0].message
    assert "henkilötietolain" in fired(SEED_DOCS["003"])["legal-basis-missing"][0].message


DEMO_EXPECTED = {
    "000_tulos_helsinki.json": {"transfer-mechanism-missing"},
    "001_walttia.json": {"hetu-ground-missing"},
    "002_prospektit.json": {"placeholder-text", "html-markup"},
    "003_asiakasrekisteri.json": {"controller-missing", "legal-basis-missing"},
    "004_kuusisto.json": {"hetu-ground-missing", "consent-basis-contradiction"},
}


@pytest.mark.parametrize("name", sorted(DEMO_EXPECTED))
def test_demo_fixture_fires_the_expected_rules(name: str) -> None:
    found = fired(json.loads((DEMO / name).read_text(encoding="utf-8")))
    assert DEMO_EXPECTED[name] <= set(found), f"missing {DEMO_EXPECTED[name] - set(found)}"
