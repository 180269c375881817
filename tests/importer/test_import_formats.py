"""The same content in every file format gives the same fields; the type comes from the content."""

import pytest
from evaluation import CORPUS, Evaluation, evaluate, load_labels

from tietovirta.canonical.schema import parse_document
from tietovirta.importer import import_bytes

SECTIONS = [
    ("Rekisterinpitäjä", "Testi Oy (y-tunnus 2643821-1)"),
    ("Oikeus suostumuksen peruuttamiseen", "Linkki jokaisen uutiskirjeen lopussa."),
    (
        "Miten ja milloin tietoja poistetaan",
        "Tiedot poistetaan kahden vuoden kuluttua viimeisestä tilauksesta.",
    ),
    ("Henkilötietojen käsittelijät", "Tilitoimisto Numero Oy"),
]


def _as_text() -> bytes:
    return "\n\n".join(["Asiakasrekisteri - tietovirtakuvaus", *(f"{h}\n{v}" for h, v in SECTIONS)]).encode()


def _as_html() -> bytes:
    rows = "".join(f"<h2>{h}</h2><p>{v}</p>" for h, v in SECTIONS)
    return f"<html><body><h1>Asiakasrekisteri - tietovirtakuvaus</h1>{rows}</body></html>".encode()


def _as_docx(make_docx) -> bytes:
    return make_docx([("Asiakasrekisteri - tietovirtakuvaus", "Title")], table=SECTIONS)


def _as_pdf(make_pdf) -> bytes:
    # A narrow first column, so "Oikeus suostumuksen peruuttamiseen" wraps over two lines.
    rows = "".join(
        f"<tr><td style='width:3cm;border:1px solid'>{h}</td><td style='border:1px solid'>{v}</td></tr>"
        for h, v in SECTIONS
    )
    return make_pdf(
        f"<h1>Asiakasrekisteri - tietovirtakuvaus</h1><table style='border-collapse:collapse'>{rows}</table>"
    )


@pytest.mark.parametrize("kind", ["text", "html", "docx", "pdf"])
def test_same_fields_from_every_format(kind, make_docx, make_pdf):
    data = {
        "text": _as_text,
        "html": _as_html,
        "docx": lambda: _as_docx(make_docx),
        "pdf": lambda: _as_pdf(make_pdf),
    }[kind]()
    result = import_bytes(data, "no-extension")
    register = result.document.registers[0]
    assert result.detected_format == kind
    assert result.document.organization.business_id == "2643821-1"
    assert register.name == "Asiakasrekisteri"
    assert register.consent_withdrawal_text == "Linkki jokaisen uutiskirjeen lopussa."
    assert (register.retention_period, register.retention_unit.value) == (2, "years")
    assert register.parties == ["Tilitoimisto Numero Oy"]


def test_word_file_with_a_wrong_extension_is_still_word(make_docx):
    result = import_bytes(_as_docx(make_docx), "seloste.txt")
    assert result.detected_format == "docx"


def test_markup_leaked_into_a_text_file_is_kept_for_the_checks():
    # In a .txt the tags are what the company published (seed 002): kept verbatim, flagged by html-markup.
    result = import_bytes("Käsittelyperuste\t<p>Oikeutettu etu.</p> <p>Markkinointi.</p>\n".encode(), "x.txt")
    assert result.detected_format == "text"
    assert result.document.registers[0].legal_basis_text == "<p>Oikeutettu etu.</p> <p>Markkinointi.</p>"
    assert result.document.registers[0].legal_bases == ["f"]


LABELS = load_labels()


@pytest.mark.parametrize("name", sorted(LABELS))
def test_corpus_document_is_a_valid_draft(name):
    result = import_bytes((CORPUS / name).read_bytes(), name)
    data = result.document.model_dump(mode="json")
    parse_document(data, strict=False)
    assert all(0.0 <= f.confidence <= 1.0 for f in result.fields)
    assert all(f.register is None or 0 <= f.register < len(result.document.registers) for f in result.fields)


def test_corpus_covers_layouts_and_languages():
    assert len(LABELS) >= 25
    assert len({label["layout"] for label in LABELS.values()}) >= 8
    assert {label["language"] for label in LABELS.values()} == {"fi", "sv", "en"}


def test_corpus_field_accuracy_reaches_the_target():
    scores = Evaluation()
    for name, label in LABELS.items():
        evaluate(
            name,
            label,
            import_bytes((CORPUS / name).read_bytes(), name).document.model_dump(mode="json"),
            scores,
        )
    assert scores.total.accuracy >= 0.9, scores.errors


def test_language_is_detected_or_given():
    text = "Ändamålet med behandlingen\nFakturering av kunder och hantering av beställningar.\n".encode()
    assert import_bytes(text).language == "sv"
    assert import_bytes(text, lang="en").language == "en"
    with pytest.raises(ValueError, match="lang"):
        import_bytes(text, lang="de")
