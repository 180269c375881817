"""Every layout the importer must understand, each shown by a small document written here."""

from tietovirta.canonical.schema import LegalBasis
from tietovirta.importer import import_bytes
from tietovirta.importer.read_text import read_markdown, read_plain


def _register(text: str, filename: str = "doc.txt"):
    result = import_bytes(text.encode("utf-8"), filename)
    assert len(result.document.registers) == 1
    return result.document.registers[0], result


def test_heading_on_its_own_line():
    register, _ = _register(
        "Asiakasrekisteri - tietovirtakuvaus\n\nMiksi tietoja käsitellään\n\nLaskutus.\n\n"
        "Käsittelyperuste\n\nSopimus.\n"
    )
    assert (register.name, register.purpose_text, register.legal_bases) == (
        "Asiakasrekisteri",
        "Laskutus.",
        [LegalBasis.CONTRACT],
    )


def test_tab_rows_with_continuation_lines():
    register, _ = _register(
        "Tietolähteet\tSähköposti, Puhelin\nMiten tiedot on suojattu\tSalasanan\n\n\tja palomuurin takana.\n"
    )
    assert register.sources == ["Sähköposti", "Puhelin"]
    assert register.security_text == "Salasanan ja palomuurin takana."


def test_bullet_headings_with_values_below():
    register, _ = _register(" • Tietolähteet\n  Verkkolomake\n • Vastuuhenkilö\n  Piia Vuorio\nValikko\n")
    assert register.sources_text == "Verkkolomake"
    assert register.responsible_person.name == "Piia Vuorio"


def test_headings_broken_over_lines():
    register, _ = _register(
        "Oikeus suostumuksen\nperuuttamiseen\n \nLinkki uutiskirjeessä.\n\nMuut henkilötietojen\n"
        "käsittelyyn liittyvät\noikeudet\n\nOikeus kieltää suoramarkkinointi.\n"
    )
    assert register.consent_withdrawal_text == "Linkki uutiskirjeessä."
    assert register.other_rights_text == "Oikeus kieltää suoramarkkinointi."


def test_headings_first_values_after_are_placed_by_content():
    text = (
        "Rekisteri - tietovirtakuvaus\n\nTietolähteet\n \nKäsittelyperuste\n \nMiten tiedot on suojattu\n \n"
        "Miksi tietoja käsitellään\n \nMiten ja milloin tietoja poistetaan\n \n"
        "Laskutuksen hoitamiseksi.\n\nTiedot poistetaan kahden vuoden kuluttua.\n\n"
        "Salasanat ja palomuuri suojaavat tietoja.\n\n"
        "Oikeutettu etu.\n\nLomake, messut, tapaamiset\n"
    )
    register, result = _register(text)
    assert register.retention_text == "Tiedot poistetaan kahden vuoden kuluttua."
    assert register.security_text == "Salasanat ja palomuuri suojaavat tietoja."
    assert register.legal_bases == [LegalBasis.LEGITIMATE_INTERESTS]
    assert register.sources == ["Lomake", "Messut", "Tapaamiset"]
    assert register.purpose_text == "Laskutuksen hoitamiseksi."
    assert any("placed under a heading by their content" in w for w in result.warnings)


def test_numbered_headings_with_and_without_space():
    register, _ = _register(
        "1. Rekisterinpitäjä\nTesti Oy\n4.Purpose\nInvoicing.\n2) Tietolähteet\nAsiakas\n"
    )
    assert (register.purpose_text, register.sources_text) == ("Invoicing.", "Asiakas")


def test_markdown_headings():
    register, result = _register(
        "# Jäsenrekisteri\n\n## Käsittelyn oikeusperuste\n\n**Sopimus** jäsenyydestä.\n", "rekisteri.md"
    )
    assert (register.name, register.legal_basis_text) == ("Jäsenrekisteri", "Sopimus jäsenyydestä.")
    assert result.detected_format == "markdown"


def test_inline_heading_and_value():
    register, result = _register(
        "Rekisterinpitäjä: Kiinteistö Oy Helmi, Y-tunnus : 0166094-0\nHenkilötietojen säilytysaika: 30 vrk\n"
    )
    assert result.document.organization.business_id == "0166094-0"
    assert (register.retention_period, register.retention_unit.value) == (30, "days")


def test_html_h2_dl_and_strong_br_with_navigation_removed():
    page = (
        "<html><body><nav><a href='/'>Etusivu</a></nav><main><h1>Tietosuojaseloste</h1>"
        "<h2>Rekisterin nimi</h2><p>Asiakasrekisteri</p>"
        "<dl><dt>Tietolähteet</dt><dd>Lomake</dd></dl>"
        "<p><strong>Henkil&ouml;tietojen k&auml;sittelyn tarkoitus</strong>"
        "<br>Laskutus &amp; asiakaspalvelu</p>"
        "</main><footer>Evästeasetukset</footer></body></html>"
    )
    register, result = _register(page, "notice.html")
    assert (register.name, register.sources_text, register.purpose_text) == (
        "Asiakasrekisteri",
        "Lomake",
        "Laskutus & asiakaspalvelu",
    )
    assert "Etusivu" not in result.document.to_json()
    assert "Evästeasetukset" not in result.document.to_json()


def test_swedish_and_english_headings():
    sv, _ = _register(
        "Registerbeskrivning – Kundregister\n\nÄndamålet med behandlingen\nFakturering.\n\n"
        "Rättslig grund\nAvtal.\n"
    )
    en, _ = _register(
        "Privacy notice – Newsletter\n\nPurpose of processing\nNewsletters.\n\nLawful basis\nConsent.\n"
    )
    assert (sv.name, sv.purpose_text, sv.legal_bases) == (
        "Kundregister",
        "Fakturering.",
        [LegalBasis.CONTRACT],
    )
    assert (en.name, en.purpose_text, en.legal_bases) == ("Newsletter", "Newsletters.", [LegalBasis.CONSENT])


def test_old_style_headings_and_typos():
    register, result = _register(
        "Rekisterin pitäjä\nYritys Oy\n\nRekisterin nimi\nAsiakkaat\n\nRekisterin tietosisälto\n"
        "Nimi\n\nSäännönmukaiset tietolähteet\nAsiakas\n\nTietojen säännönmukaiset luovutukset\n"
        "Ei luovuteta.\n\nRekisterin suojauksen periaatteet\nLukitut tilat.\n\nVastuhenkilö\n"
        "Maija Meikäläinen\n"
    )
    assert result.document.organization.name == "Yritys Oy"
    assert (
        register.name,
        register.data_collected_text,
        register.sources_text,
        register.disclosures_text,
        register.security_text,
        register.responsible_person.name,
    ) == ("Asiakkaat", "Nimi", "Asiakas", "Ei luovuteta.", "Lukitut tilat.", "Maija Meikäläinen")


def test_a_heading_word_where_a_value_belongs_is_the_value():
    # Seed 004: "Suostumus" under the basis heading, and later the real "Suostumus" section.
    register, _ = _register(
        "Käsittelyn oikeusperuste\n\nSuostumus\n\nMiksi tietoja käsitellään\n\nMarkkinointi.\n\n"
        "Suostumus\n\nKysytään lomakkeella.\n\nTietojärjestelmät\n\nTietojärjestelmät\n\nExcel\n"
    )
    assert (register.legal_basis_text, register.consent_text, register.systems_text) == (
        "Suostumus",
        "Kysytään lomakkeella.",
        "Excel",
    )


def test_two_registers_in_one_file():
    result = import_bytes(
        "Asiakasrekisteri - tietovirtakuvaus\n\nMiksi tietoja käsitellään\nLaskutus.\n\n"
        "Markkinointirekisteri - tietovirtakuvaus\n\nMiksi tietoja käsitellään\nUutiskirjeet.\n".encode(),
        "two.txt",
    )
    assert [(r.name, r.purpose_text) for r in result.document.registers] == [
        ("Asiakasrekisteri", "Laskutus."),
        ("Markkinointirekisteri", "Uutiskirjeet."),
    ]


def test_unknown_heading_and_text_before_headings_are_kept_as_unmapped():
    register, _ = _register(
        "Johdanto kertoo, miksi tämä seloste on laadittu ja kenelle se on tarkoitettu.\n\n"
        "## Yleistä\n\nTämä on yleinen kappale.\n\n## Tietolähteet\n\nLomake\n",
        "doc.md",
    )
    assert "Johdanto kertoo" in register.unmapped_text
    assert "Yleistä\nTämä on yleinen kappale." in register.unmapped_text
    assert register.sources_text == "Lomake"


def test_combined_heading_fills_each_section_it_names():
    register, _ = _register(
        "Tarkastusoikeus ja oikeus vaatia tiedon korjaamista\nPyyntö kirjallisesti.\n\n"
        "Oikeusperuste ja henkilötietojen käsittelyn tarkoitus\nSopimus; tilausten toimittaminen.\n"
    )
    assert register.access_right_text == register.rectification_text == "Pyyntö kirjallisesti."
    assert register.purpose_text == "Sopimus; tilausten toimittaminen."
    assert register.legal_bases == [LegalBasis.CONTRACT]


def test_date_line_is_the_modified_date():
    register, _ = _register("Tietosuojaseloste\nPäivitetty 14.5.2024\n\nRekisterin nimi\nAsiakkaat\n")
    assert (register.name, register.modified_at.date().isoformat()) == ("Asiakkaat", "2024-05-14")


def test_a_title_naming_an_app_names_no_register_but_is_suggested():
    register, result = _register(
        "Tietosuojaseloste – Kuukausikello\n\nKäsittelyn tarkoitus\nMuistutukset.\n\n"
        "Käsittelyperuste\nSuostumus.\n"
    )
    assert register.name == "Nimetön rekisteri"
    assert [s.value for s in result.suggestions if s.field == "name"] == ["Kuukausikello"]


def test_a_title_naming_a_register_names_it_without_the_document_word():
    sv, _ = _register(
        "Dataskyddsbeskrivning Lagerregistret\n\nÄndamålet med behandlingen\nLeveranser.\n\n"
        "Rättslig grund\nAvtal.\n"
    )
    en, _ = _register(
        "Privacy Policy | Tietokone Oy\n\nRegister holder\nTietokone Oy\n\nPurpose of processing\nSupport.\n"
    )
    assert (sv.name, en.name) == ("Lagerregistret", "Untitled register")


def test_a_register_name_ends_at_its_sentence():
    register, _ = _register(
        "Rekisterin nimi\n- Kukkakaupan asiakasrekisteri. "
        "Rekisteriseloste on henkilötietolain 10 §:n mukainen.\n\n"
        "Käsittelyn tarkoitus\nLaskutus.\n"
    )
    assert register.name == "Kukkakaupan asiakasrekisteri"


def test_a_company_name_set_as_a_heading_over_its_details_names_the_controller():
    page = (
        "<html><body><h1>Tietosuojaseloste</h1><h2>Rekisterinpitäjän tiedot</h2>"
        "<p>Henkilötietojesi rekisterinpitäjä on:</p>"
        "<p><strong>Kanervisto Oy</strong><br>Y-tunnus: 3123456-2<br>Osoite: Tampere, Suomi<br>"
        "Sähköposti: tuki@example.fi</p>"
        "<h2>Käsittelyn tarkoitus</h2><p>Asiakassuhteen hoito.</p></body></html>"
    )
    _, result = _register(page, "notice.html")
    assert result.document.organization.name == "Kanervisto Oy"


def test_a_pages_metadata_fields_are_not_its_text():
    # reStructuredText source of a site's page (corpus fi-139): ":url: tietosuojaseloste/" is no controller.
    text = (
        "Tietosuojaseloste\n#################\n\n:slug: privacy-policy\n:url: tietosuojaseloste/\n"
        ":date: 2020-04-20\n:lang: fi\n\nRekisterinpitäjä on Momocode oy (Y-tunnus 2578144-8).\n\n"
        "Käyttäjän rekisteröityessä kerätään sähköpostiosoite ja nimi.\n"
    )
    document = import_bytes(text.encode(), "seloste.txt").document
    assert document.organization.name == "Momocode oy"
    assert "tietosuojaseloste/" not in document.model_dump_json()


def test_markdown_hard_line_breaks_keep_an_address_block_in_lines():
    # Two trailing spaces (or a backslash) break the line in Markdown (corpus fi-068): the controller's
    # name, post box and Y-tunnus are three lines, not one run-on line that names no one.
    text = (
        "# Tietosuojaseloste\n\n## 1. Rekisterinpitäjä\n\nTeekkarispeksi Ry  \nPL69 02151 Espoo\\\n"
        "Y-tunnus: 1888541-7\n\n## 2. Rekisterin nimi\n\nOsallistujarekisteri, joka on\n"
        "kirjoitettu kahdelle riville.\n"
    )
    result = import_bytes(text.encode(), "seloste.md")
    assert result.document.organization.name == "Teekkarispeksi Ry"
    assert result.document.organization.business_id == "1888541-7"
    assert "\\" not in result.document.model_dump_json().replace("\\n", "").replace('\\"', "")


def test_a_page_whose_script_shows_its_article_reads_the_hidden_article():
    # A one-page site shows its privacy section by script (corpus sv-013): hidden, it is still the document;
    # a hidden cookie dialog beside it is not.
    page = (
        '<html><body><div class="cookie-dialog" style="display: none"><p>Vi använder kakor.</p></div>'
        '<section id="privacy" style="display:none;"><article><h3>Integritetspolicy</h3>'
        "<h2>Personuppgiftsansvarig</h2><p>Eläinklinikka Saari Oy<br>Y-tunnus: 0708667-9<br>"
        "Gerbyntie 18, 65230 Vaasa</p><h2>Syfte med behandling av personuppgifter</h2>"
        "<p>Personuppgifter används för kundservice.</p></article></section></body></html>"
    )
    result = import_bytes(page.encode(), "sida.html")
    assert result.document.organization.name == "Eläinklinikka Saari Oy"
    assert "kakor" not in result.document.model_dump_json()


def test_a_markdown_hard_break_backslash_is_not_kept_in_a_list_item_or_heading():
    text = "# Seloste\\\n\n## Rekisterinpitäjä\\\n\n- Teekkarispeksi Ry\\\n- PL69 02151 Espoo\n"
    document = read_markdown(text)
    assert [(b.kind, b.text) for b in document.blocks] == [
        ("title", "Seloste"),
        ("heading", "Rekisterinpitäjä"),
        ("item", "Teekkarispeksi Ry"),
        ("item", "PL69 02151 Espoo"),
    ]


def test_a_paragraph_wrapped_over_many_lines_is_one_block_with_every_line_in_order():
    # The readers join the lines of a long wrapped paragraph once, at the end (joining each as it came
    # copied the growing text for every line); the text is the same either way.
    lines = [f"rivi {n}," for n in range(2_000)]
    for read, text in ((read_markdown, "Alku\n"), (read_plain, "Alku on tässä,\n")):
        (block,) = read(text + "\n".join(lines) + "\n").blocks
        assert block.kind == "paragraph"
        assert block.text == " ".join([text.strip(), *lines])
    (pair,) = read_plain("Turvallisuus\tSalasanat\n" + "".join(f"\t{line}\n" for line in lines[:500])).blocks
    assert pair.text == " ".join(["Salasanat", *lines[:500]])
