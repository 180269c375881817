"""A PDF reads as its source did: running headers, footers and page numbers gone, headings found from
the type, paragraphs whole across page breaks.

The PDFs are printed here by WeasyPrint (as corpus/importer/make_formats.py prints the corpus's) with
running headers and page numbers in several forms and places, then read back through the importer.
"""

from __future__ import annotations

import pytest

from tietovirta.importer import import_bytes
from tietovirta.importer.document import read_document

# Every word capitalised: a row after a page break starts in upper case, so only the layout can say
# that the paragraph goes on (joining a lower-case continuation needs no layout).
LONG = " ".join(
    f"Tieto{n} Säilytetään Palvelimella Kaksi Vuotta, Minkä Jälkeen Se Poistetaan Kokonaan" for n in range(70)
)
SECTIONS = [
    ("Rekisterinpitäjä", "<p>Esimerkki Oy, Y-tunnus 1234567-8, Katu 1, 00100 Helsinki.</p>"),
    ("Henkilötietojen käsittelyn tarkoitus", "<p>Jäsenyyden hoitaminen ja jäsenviestintä.</p>"),
    ("Rekisterin tietosisältö", "<ul><li>Nimi</li><li>Sähköpostiosoite</li><li>Puhelinnumero</li></ul>"),
    ("Tietojen säilytysaika", f"<p>Alku {LONG} Loppu.</p>"),
    ("Säännönmukaiset tietolähteet", "<p>Tiedot saadaan jäseneltä itseltään.</p>"),
]


def _css(boxes: str) -> str:
    return (
        f"@page {{ size: A4; margin: 25mm 20mm; {boxes} }}"
        "body { font-family: 'DejaVu Serif'; font-size: 10pt; line-height: 1.4; }"
        "h1 { font-size: 18pt; } h2 { font-size: 13pt; } h3 { font-size: 11pt; }"
        "p { orphans: 1; widows: 1; }"
    )


def _pdf(boxes: str, body: str) -> bytes:
    import weasyprint

    head = f"<meta charset='utf-8'><style>{_css(boxes)}</style>"
    page = f"<html lang='fi'><head>{head}</head><body>{body}</body></html>"
    return weasyprint.HTML(string=page).write_pdf()


def _notice(boxes: str) -> bytes:
    sections = "".join(f"<h2>{h}</h2>{v}" for h, v in SECTIONS)
    return _pdf(boxes, f"<h1>Jäsenrekisterin tietosuojaseloste</h1>{sections}")


# Running headers and page numbers as notices print them: the corpus's forms, and others.
FURNITURE = {
    "fi-header-left-page-centre": (
        '@top-left { content: "Tietosuojaseloste – Jäsenrekisteri"; font-size: 8pt; }'
        '@bottom-center { content: "Sivu " counter(page) " / " counter(pages); font-size: 8pt; }',
        ("Tietosuojaseloste – Jäsenrekisteri", "Sivu"),
    ),
    "sv-footer-organisation-and-page-on-one-row": (
        '@top-right { content: "Dataskyddsbeskrivning – Exempel Ab"; font-size: 8pt; }'
        '@bottom-left { content: "Exempel Ab, Gatan 1, 00100 Helsingfors"; font-size: 8pt; }'
        '@bottom-right { content: "Sida " counter(page) " av " counter(pages); font-size: 8pt; }',
        ("Dataskyddsbeskrivning", "Gatan 1", "Sida"),
    ),
    "en-page-number-inside-the-header": (
        '@top-center { content: "Privacy notice  " counter(page) " (" counter(pages) ")"; font-size: 9pt; }'
        '@bottom-right { content: "Example Ltd · Page " counter(page) " of " counter(pages);'
        " font-size: 8pt; }",
        ("Privacy notice", "Example Ltd", "Page"),
    ),
    "bare-page-number": ("@bottom-center { content: counter(page); font-size: 9pt; }", ()),
}


@pytest.fixture(scope="module", params=sorted(FURNITURE))
def printed(request):
    boxes, furniture = FURNITURE[request.param]
    data = _notice(boxes)
    _format, document, _encoding = read_document(data, "seloste.pdf")
    return data, document, furniture


def test_running_headers_footers_and_page_numbers_are_removed(printed):
    _data, document, furniture = printed
    assert document.pages >= 2
    texts = [b.full_text() for b in document.blocks]
    for piece in furniture:
        assert not [t for t in texts if piece in t], piece
    # Nothing left that is only a number: the bare page numbers are gone too.
    assert not [t for t in texts if t.strip().isdigit()]
    # The furniture's own words are kept aside (a footer may hold the controller's address).
    for piece in furniture:
        if piece not in ("Sivu", "Sida", "Page"):
            assert any(piece in text for text in document.furniture), piece


def test_headings_come_from_the_type(printed):
    _data, document, _furniture = printed
    headings = [(b.kind, b.level, b.text) for b in document.blocks if b.is_heading]
    assert headings == [
        ("title", 1, "Jäsenrekisterin tietosuojaseloste"),
        *(("heading", 2, heading) for heading, _value in SECTIONS),
    ]
    items = [b.text for b in document.blocks if b.kind == "item"]
    assert items == ["Nimi", "Sähköpostiosoite", "Puhelinnumero"]


def test_a_paragraph_goes_on_over_a_page_break(printed):
    _data, document, _furniture = printed
    [paragraph] = [b for b in document.blocks if "Tieto0 " in b.text]
    assert paragraph.text.startswith("Alku Tieto0 ")
    assert paragraph.text.endswith(
        "Tieto69 Säilytetään Palvelimella Kaksi Vuotta, Minkä Jälkeen Se Poistetaan Kokonaan Loppu."
    )
    assert paragraph.page == 1
    following = document.blocks[document.blocks.index(paragraph) + 1]
    assert following.page >= 2 and following.text == "Säännönmukaiset tietolähteet"


def test_a_repeated_running_header_is_one_register(printed):
    data, _document, _furniture = printed
    imported = import_bytes(data, "seloste.pdf").document
    [register] = imported.registers
    assert register.purpose_text == "Jäsenyyden hoitaminen ja jäsenviestintä."
    assert register.sources_text == "Tiedot saadaan jäseneltä itseltään."
    assert register.retention_text.startswith("Alku Tieto0 ")
    assert "Tieto69" in register.retention_text
    for piece in ("Sivu", "Sida", "Page", "Privacy notice", "Dataskyddsbeskrivning"):
        assert piece not in register.retention_text


def test_heading_levels_bold_labels_and_lead_ins():
    body = (
        "<h1>Asiakasrekisteri</h1>"
        "<h2>1. Rekisterin perustiedot</h2>"
        "<h3>1.1 Rekisterinpitäjä</h3><p>Esimerkki Oy</p>"
        "<p><strong>Yhteyshenkilö</strong></p><p>Maija Meikäläinen, maija@example.fi</p>"
        "<p><strong>Puhelin:</strong> 040 123 4567</p>"
        "<p>Osoite: Katu 1, 00100 Helsinki</p>"
        "<h2>2. Käsittelyn tarkoitus</h2><p>Asiakassuhteen hoitaminen.</p>"
    )
    _format, document, _encoding = read_document(_pdf("", body), "asiakasrekisteri.pdf")
    blocks = [(b.kind, b.level, b.label, b.text) for b in document.blocks]
    assert blocks == [
        ("title", 1, "", "Asiakasrekisteri"),
        ("heading", 2, "", "1. Rekisterin perustiedot"),
        ("heading", 3, "", "1.1 Rekisterinpitäjä"),
        ("paragraph", 0, "", "Esimerkki Oy"),
        ("label", 0, "", "Yhteyshenkilö"),
        ("paragraph", 0, "", "Maija Meikäläinen, maija@example.fi"),
        ("pair", 0, "Puhelin", "040 123 4567"),
        ("pair", 0, "Osoite", "Katu 1, 00100 Helsinki"),
        ("heading", 2, "", "2. Käsittelyn tarkoitus"),
        ("paragraph", 0, "", "Asiakassuhteen hoitaminen."),
    ]


@pytest.mark.parametrize(
    "boxes",
    [
        '@bottom-right { content: "Sivu " counter(page) " / " counter(pages); font-size: 8pt; }',
        '@top-right { content: "Esimerkki ry   Tietosuojaseloste   " counter(page) " (" counter(pages) ")";'
        " font-size: 8pt; }",
    ],
)
def test_a_one_page_notice_loses_its_page_number(boxes):
    _format, document, _encoding = read_document(
        _pdf(boxes, "<h2>Rekisterin nimi</h2><p>Jäsenrekisteri, jota Esimerkki ry pitää jäsenistään</p>"),
        "seloste.pdf",
    )
    assert [(b.kind, b.text) for b in document.blocks] == [
        ("heading", "Rekisterin nimi"),
        ("paragraph", "Jäsenrekisteri, jota Esimerkki ry pitää jäsenistään"),
    ]


def test_a_bordered_table_of_several_columns_is_rows_with_their_headers():
    cookies = [
        ("_ga", "Google Analytics", "Erottaa kävijät toisistaan", "2 vuotta"),
        ("_gid", "Google Analytics", "Erottaa kävijät toisistaan", "24 tuntia"),
        ("istunto", "Esimerkki Oy", "Pitää kirjautumisen voimassa", "Istunnon ajan"),
    ]
    cell = "border: 0.5pt solid #999; padding: 3pt 5pt; text-align: left"
    rows = "".join("<tr>" + "".join(f"<td style='{cell}'>{c}</td>" for c in row) + "</tr>" for row in cookies)
    head = "".join(f"<th style='{cell}'>{h}</th>" for h in ("Eväste", "Tarjoaja", "Tarkoitus", "Voimassa"))
    body = (
        "<h2>Evästeet</h2>"
        "<p>Sivustomme käyttää evästeitä, joiden avulla seuraamme kävijämääriä ja sivuston käyttöä,"
        " jotta voimme parantaa sivustoa. Alla olevassa taulukossa on lueteltu kaikki sivustolla"
        " käytetyt evästeet.</p>"
        f"<table style='border-collapse: collapse; width: 100%'><thead><tr>{head}</tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        "<h2>Tietojen säilytysaika</h2><p>Tiedot säilytetään kaksi vuotta.</p>"
    )
    _format, document, _encoding = read_document(_pdf("", body), "evasteet.pdf")
    blocks = document.blocks
    assert [(b.kind, b.text) for b in blocks[:2]] == [
        ("heading", "Evästeet"),
        (
            "paragraph",
            "Sivustomme käyttää evästeitä, joiden avulla seuraamme kävijämääriä ja sivuston käyttöä, jotta"
            " voimme parantaa sivustoa. Alla olevassa taulukossa on lueteltu kaikki sivustolla käytetyt"
            " evästeet.",
        ),
    ]
    table = [b for b in blocks if b.kind == "row"]
    assert [b.cells for b in table] == cookies
    assert {b.header for b in table} == {("Eväste", "Tarjoaja", "Tarkoitus", "Voimassa")}
    assert [(b.kind, b.text) for b in blocks[2 + len(table) :]] == [
        ("heading", "Tietojen säilytysaika"),
        ("paragraph", "Tiedot säilytetään kaksi vuotta."),
    ]


def test_a_table_going_on_over_pages_keeps_every_row():
    cell = "border: 0.5pt solid #999; padding: 3pt 5pt; text-align: left"
    rows = "".join(
        f"<tr><td style='{cell}'>Tieto {n}</td><td style='{cell}'>Järjestelmä {n}</td>"
        f"<td style='{cell}'>{n} kuukautta</td></tr>"
        for n in range(1, 91)
    )
    head = "".join(f"<th style='{cell}'>{h}</th>" for h in ("Tieto", "Järjestelmä", "Säilytysaika"))
    boxes, _furniture = FURNITURE["fi-header-left-page-centre"]
    body = (
        "<h2>Säilytysajat</h2>"
        f"<table style='border-collapse: collapse; width: 100%'><thead><tr>{head}</tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    _format, document, _encoding = read_document(_pdf(boxes, body), "sailytys.pdf")
    assert document.pages >= 3
    table = [b for b in document.blocks if b.kind == "row"]
    assert [b.cells for b in table] == [
        (f"Tieto {n}", f"Järjestelmä {n}", f"{n} kuukautta") for n in range(1, 91)
    ]
    assert {b.header for b in table} == {("Tieto", "Järjestelmä", "Säilytysaika")}
    assert [b.kind for b in document.blocks] == ["heading", *("row" for _ in table)]


def test_headings_of_a_notice_typed_without_bold_or_larger_type():
    prose = " ".join(
        ["Tiedot säilytetään niin kauan kuin jäsenyys on voimassa ja poistetaan sen jälkeen."] * 4
    )
    body = (
        "<p>REKISTERINPITÄJÄ</p><p>Esimerkki ry, Katu 1, 00100 Helsinki</p>"
        "<p>2. Rekisterin nimi</p><p>Jäsenrekisteri</p>"
        f"<p>Tietojen säilytys<br>{prose}</p>"
    )
    _format, document, _encoding = read_document(_pdf("", body), "seloste.pdf")
    assert [(b.kind, b.text) for b in document.blocks] == [
        ("label", "REKISTERINPITÄJÄ"),
        ("paragraph", "Esimerkki ry, Katu 1, 00100 Helsinki"),
        ("label", "2. Rekisterin nimi"),
        ("paragraph", "Jäsenrekisteri"),
        ("label", "Tietojen säilytys"),
        ("paragraph", prose),
    ]
