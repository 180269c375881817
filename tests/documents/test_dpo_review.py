"""The DPO's review of the notices of Walttia Oy and Kiinteistökehitys Kuusisto Oy (issue 15), point by
point: each finding has a test here (the language errors are in tests/test_wording.py)."""

from importlib import resources

import pytest
from test_notice import PLACEHOLDERS, everything

from complete_register import complete_data, complete_document, texts
from tietovirta.canonical import parse_document
from tietovirta.documents import build_privacy_notice, build_record, notice_gaps, render
from tietovirta.documents.rights import DIRECT_MARKETING_OBJECTION, RIGHT_TEXT, Right
from tietovirta.language import LANGUAGES

FIXTURES = resources.files("tietovirta.demo") / "fixtures"


def demo(stem: str):
    return parse_document((FIXTURES / f"{stem}.json").read_text(encoding="utf-8"))


WALTTIA, KUUSISTO = "001_walttia", "004_kuusisto"


# --- "Public notices print Ei täytetty / Not filled in under Art. 13 headings" -----------------------

@pytest.mark.parametrize("stem", [WALTTIA, KUUSISTO])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_demo_notices_print_no_placeholder(stem, lang):
    for fmt in ("md", "html"):
        output = render(demo(stem), kind="tietosuojaseloste", fmt=fmt, lang=lang, register=0).decode()
        for placeholder in PLACEHOLDERS.values():
            assert placeholder not in output


def test_what_the_demo_notices_cannot_state_blocks_publishing():
    walttia = {gap.section for gap in notice_gaps(demo(WALTTIA), 0, "fi")}
    # No address, no working e-mail; purposes not tied to bases; nothing on disclosures or on whether
    # providing the data is required.
    assert walttia == {"controller", "purposes", "recipients", "statutory_requirement"}
    notice = build_privacy_notice(demo(WALTTIA), 0, "fi")
    assert notice.intro[0].style == "missing" and notice.intro[0].text.startswith("Luonnos:")


# --- "The sv and en notices are half Finnish" ------------------------------------------------------

@pytest.mark.parametrize("lang", ["sv", "en"])
def test_untranslated_texts_are_gaps_and_the_draft_says_so(lang):
    gaps = notice_gaps(demo(KUUSISTO), 0, lang)
    assert any(gap.translation for gap in gaps)
    draft = build_privacy_notice(demo(KUUSISTO), 0, lang).intro[0].text
    assert {"sv": "texter på detta språk", "en": "texts in this language"}[lang] in draft


def test_country_and_retention_in_the_notice_language():
    data = complete_data()
    register = data["registers"][0]
    assert data["organization"]["country"] == "Suomi"
    en = build_privacy_notice(parse_document(data), 0, "en")
    controller = {row.label: row.value for row in en.section("controller").blocks[0].rows}
    assert controller["Address"].endswith("\nFinland")
    retention = {lang: texts(build_privacy_notice(parse_document(data), 0, lang).section("retention").blocks)
                 for lang in LANGUAGES}
    assert retention["fi"].startswith("Säilytysaika: 3 vuotta asiakkuuden päättymisestä")
    assert retention["sv"].startswith("Lagringstid: 3 år från att kundförhållandet upphörde")
    assert retention["en"].startswith("Retention period: 3 years from the end of the customer relationship")
    assert register["retention_trigger"] == "asiakkuuden päättymisestä"
    assert "räknat från" not in retention["sv"] and "counted from" not in retention["en"]


def test_walttia_retention_reads_as_finnish():
    retention = texts(build_privacy_notice(demo(WALTTIA), 0, "fi").section("retention").blocks)
    assert retention.startswith("Säilytysaika: 5 vuotta tuotteen ja palvelun toimituksesta")
    assert "alkaen:" not in retention


# --- "Kuusisto publishes a contradictory basis; Walttia offers on a contract basis with no objection;
#      purposes are not tied to legal bases" ---------------------------------------------------------

def test_kuusisto_contradiction_is_not_printed_and_the_notice_waits_for_purpose_pairs():
    doc = demo(KUUSISTO)
    assert doc.registers[0].purposes == []  # consent, but "Sopimuksellinen peruste.": no pair derived
    notice = build_privacy_notice(doc, 0, "fi")
    assert "Sopimuksellinen peruste" not in everything(notice)
    assert "purposes" in {gap.section for gap in notice_gaps(doc, 0, "fi")}


def test_offers_made_on_a_contract_basis_get_the_objection_box():
    doc = complete_document(purposes=[
        {"purpose": "Asiakassuhteen hoitaminen", "legal_basis": "b"},
        {"purpose": "Tarjousten tekeminen asiakkaille", "legal_basis": "b", "direct_marketing": True},
    ], translations={})
    notice = build_privacy_notice(doc, 0, "fi")
    objection = notice.section("objection")
    assert objection.boxed
    assert texts(objection.blocks) == "\n".join([
        DIRECT_MARKETING_OBJECTION.text("fi"),
        "Tämä koskee seuraavia käsittelyn tarkoituksia: ”Tarjousten tekeminen asiakkaille”.",
    ])
    # The right to object is not one bullet among the others (Art. 21(4)).
    assert RIGHT_TEXT[Right.OBJECTION].text("fi") not in texts(notice.section("rights").blocks)


def test_objection_box_in_every_format():
    doc = complete_document()
    html = render(doc, kind="tietosuojaseloste", fmt="html", lang="fi", register=0).decode()
    assert '<section class="tv-section tv-box" id="tv-objection"><h2>Oikeus vastustaa käsittelyä</h2>' in html
    markdown = render(doc, kind="tietosuojaseloste", fmt="md", lang="fi", register=0).decode()
    assert "> ## Oikeus vastustaa käsittelyä" in markdown


def test_withdrawal_only_where_consent_is_a_basis_in_use():
    # The register once ticked consent, but no purpose rests on it any more.
    doc = complete_document(purposes=[{"purpose": "Asiakassuhteen hoitaminen", "legal_basis": "b"}],
                            legal_bases=["a", "b"], translations={})
    notice = build_privacy_notice(doc, 0, "fi")
    assert notice.section("consent_withdrawal") is None
    assert RIGHT_TEXT[Right.WITHDRAW_CONSENT].text("fi") not in everything(notice)


# --- "Walttia's notice gives no way to contact the company" ----------------------------------------

def test_an_obfuscated_address_is_no_contact():
    doc = demo(WALTTIA)
    assert "[email" in doc.registers[0].responsible_person.email  # what the web page left of the address
    notice = build_privacy_notice(doc, 0, "fi")
    assert "[email" not in everything(notice)
    contact = [gap for gap in notice_gaps(doc, 0, "fi") if gap.section == "controller"]
    assert [gap.reason for gap in contact] == ["rekisterinpitäjän postiosoite tai toimiva sähköpostiosoite"]


# --- "Recipients are mislabelled" ------------------------------------------------------------------

def test_processors_and_recipients_of_disclosures_are_apart():
    notice = build_privacy_notice(complete_document(), 0, "fi")
    processors = notice.section("processors")
    assert processors.heading == "Henkilötietojen käsittelijät"
    table = processors.blocks[1]
    rows = {row[0]: row[1:] for row in table.rows}
    assert set(rows) >= {"Tilitoimisto Numerot Oy", "Visma Solutions Oy", "Microsoft Ireland Operations Ltd"}
    # With each processor what it does for us, its location and any transfer with its safeguard.
    assert rows["Tilitoimisto Numerot Oy"] == ("henkilötietojen käsittelijä", "Suomi", "—")
    assert rows["Microsoft Ireland Operations Ltd"][1:] == (
        "Irlanti",
        "Yhdysvallat: EU:n ja Yhdysvaltojen välinen tietosuojakehys (komission täytäntöönpanopäätös (EU) "
        "2023/1795)")
    recipients = notice.section("recipients")
    assert recipients.heading == "Kenelle tietoja luovutetaan"
    assert "Perintätoimisto Saatava Oy" in texts(recipients.blocks)
    assert "Tilitoimisto" not in texts(recipients.blocks) and "Visma" not in texts(recipients.blocks)


def test_every_system_vendor_appears():
    doc = complete_document()
    processors = texts(build_privacy_notice(doc, 0, "fi").section("processors").blocks)
    assert "Visma Solutions Oy | Netvisor (taloushallinto)" in processors
    assert "Microsoft Ireland Operations Ltd | Microsoft 365 (sähköposti)" in processors
    record = dict(zip(build_record(doc, "fi").data_table.columns, build_record(doc, "fi").data_table.rows[0],
                      strict=True))
    assert "Visma Solutions Oy (Netvisor, taloushallinto)" in record["Vastaanottajien ryhmät (d)"]


def test_a_spreadsheet_kept_in_house_is_no_processor():
    doc = complete_document(systems=["Excel"], parties=[], processors_text="")
    assert build_privacy_notice(doc, 0, "fi").section("processors").blocks[0].text.startswith("Emme käytä")


def test_own_staff_are_not_listed_as_recipients():
    notice = build_privacy_notice(complete_document(), 0, "fi")
    assert "oma henkilöstö" not in everything(notice)
    assert "SISÄINEN-HENKILÖSTÖ" not in everything(notice)


def test_kuusisto_google_transfer_is_in_notice_and_record():
    doc = demo(KUUSISTO)
    transfers = texts(build_privacy_notice(doc, 0, "fi").section("transfers").blocks)
    assert "Google" in transfers and "Yhdysvallat" in transfers
    record = dict(zip(build_record(doc, "fi").data_table.columns, build_record(doc, "fi").data_table.rows[0],
                      strict=True))
    assert "Google" in record["Siirrot kolmansiin maihin ja suojatoimet (e)"]


# --- Wording the review asked for ------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_request_deadline_with_extension_and_free_of_charge_with_exceptions(lang):
    rights = texts(build_privacy_notice(complete_document(), 0, lang).section("rights").blocks)
    expected = {
        "fi": ("viimeistään kuukauden kuluessa", "enintään kahdella kuukaudella",
               "kerromme jatkamisesta ja sen syistä kuukauden kuluessa", "maksutonta",
               "ilmeisen perusteeton tai kohtuuton"),
        "sv": ("senast inom en månad", "med högst två månader", "skälen till den inom en månad",
               "kostar ingenting", "uppenbart ogrundad eller orimlig"),
        "en": ("within one month", "at most two further months", "the reasons for it within one month",
               "free of charge", "manifestly unfounded or excessive"),
    }[lang]
    for phrase in expected:
        assert phrase in rights, phrase


@pytest.mark.parametrize("lang", LANGUAGES)
def test_erasure_does_not_reach_data_the_law_requires_to_be_kept(lang):
    rights = texts(build_privacy_notice(complete_document(), 0, lang).section("rights").blocks)
    assert {"fi": "Oikeus ei koske tietoja, jotka meidän on lain mukaan säilytettävä",
            "sv": "Rätten gäller inte uppgifter som vi enligt lag måste bevara",
            "en": "The right does not reach data the law requires us to keep"}[lang] in rights


def test_internal_note_in_the_data_text_stays_out_of_kuusisto_notice():
    doc = demo(KUUSISTO)
    assert "Käsittelytoimiin liittyvä riski" in doc.registers[0].data_collected_text
    assert "Käsittelytoimiin liittyvä riski" not in everything(build_privacy_notice(doc, 0, "fi"))


def test_hetu_ground_cites_the_right_momentti():
    doc = complete_document(hetu_ground="sector", translations={})
    fields = build_privacy_notice(doc, 0, "fi").section("purposes").blocks[-1]
    row = {r.label: r.value for r in fields.rows}["Henkilötunnuksen käsittelyperuste (tietosuojalain 29 §)"]
    assert "(29 § 2 mom.)" in row and "palvelus- ja työsuhde" in row
