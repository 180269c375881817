"""Why a file cannot be imported, in Finnish, Swedish and English.

The importer has no database and no Django, so it cannot use gettext: a refusal carries a kind and
its values, and whoever shows it renders it in the reader's language (`exc.message("fi")`). The
kind and values are plain data, so a refusal also crosses the process boundary of the sandbox
(sandbox.py) unchanged. `str(exc)` is the English text, for logs and the command line.
"""

from __future__ import annotations

from tietovirta.language import LANGUAGES, Msg


def _too_complex(fi: str, sv: str, en: str) -> Msg:
    """A file refused because reading it would cost more than an import may: one wording for all."""
    return Msg(
        f"Tiedosto on liian monimutkainen luettavaksi: {fi}. Jaa asiakirja pienempiin osiin tai "
        "tallenna se uudelleen, ja yritä sitten uudelleen.",
        f"Filen är för komplicerad för att läsas: {sv}. Dela upp dokumentet i mindre delar eller spara "
        "det på nytt och försök sedan igen.",
        f"The file is too complex to read: {en}. Split the document into smaller parts, or save it again, "
        "and try again.",
    )


MESSAGES: dict[str, Msg] = {
    # --- the file itself ---
    "too_large": Msg(
        "Tiedosto on suurempi kuin {mb} Mt:n raja.",
        "Filen är större än gränsen på {mb} MB.",
        "The file is larger than the {mb} MB limit.",
    ),
    "empty": Msg("Tiedosto on tyhjä.", "Filen är tom.", "The file is empty."),
    "binary": Msg(
        "Tiedosto ei ole tekstiasiakirja (se näyttää binääridatalta).",
        "Filen är inte ett textdokument (den ser ut som binära data).",
        "The file is not a text document (it looks like binary data).",
    ),
    "rtf": Msg(
        "RTF-tiedostoja ei tueta. Tallenna asiakirja ensin .docx- tai PDF-muotoon.",
        "RTF-filer stöds inte. Spara dokumentet först som .docx eller PDF.",
        "RTF files are not supported; save the document as .docx or PDF first.",
    ),
    "old_word": Msg(
        "Tämä on vanha Word-tiedosto (.doc) tai muu Officen binääritiedosto. Tallenna se ensin "
        ".docx-muotoon.",
        "Det här är en gammal Word-fil (.doc) eller en annan binär Office-fil. Spara den först som .docx.",
        "This is an old Word (.doc) or other Office binary file; save it as .docx first.",
    ),
    "word_password": Msg(
        "Word-asiakirja on suojattu salasanalla. Poista salasana ja yritä uudelleen.",
        "Word-dokumentet är lösenordsskyddat. Ta bort lösenordet och försök igen.",
        "The Word document is password-protected; remove the password and try again.",
    ),
    # --- Word ---
    "zip_damaged": Msg(
        "Tiedosto on vioittunut ZIP- tai Word-tiedosto, eikä sitä voi avata.",
        "Filen är en skadad ZIP- eller Word-fil och kan inte öppnas.",
        "The file is a damaged ZIP/Word document and cannot be opened.",
    ),
    "zip_not_word": Msg(
        "Tiedosto on ZIP-arkisto mutta ei Word-asiakirja (.docx).",
        "Filen är ett ZIP-arkiv men inte ett Word-dokument (.docx).",
        "The file is a ZIP archive but not a Word (.docx) document.",
    ),
    "zip_method": Msg(
        "Word-asiakirjan osa on pakattu menetelmällä, jota Word ei käytä ({method}), joten sitä ei avattu. "
        "Tallenna asiakirja uudelleen Wordissa.",
        "En del av Word-dokumentet är komprimerad med en metod som Word inte använder ({method}), så det "
        "öppnades inte. Spara dokumentet på nytt i Word.",
        "A part of the Word document is compressed with a method Word does not use ({method}); it was not "
        "opened. Save the document again in Word.",
    ),
    "zip_bomb": Msg(
        "Word-asiakirja purkautuisi yli {mb} Mt:n kokoiseksi (ZIP-pommi?), joten sitä ei avattu.",
        "Word-dokumentet skulle packas upp till mer än {mb} MB (en ZIP-bomb?), så det öppnades inte.",
        "The Word document would unpack to more than {mb} MB (a ZIP bomb?); it was not opened.",
    ),
    "xml_entities": Msg(
        "Word-asiakirjassa on XML-entiteettien määrittelyjä, joita Word ei koskaan kirjoita, joten sitä ei "
        "avattu.",
        "Word-dokumentet innehåller deklarationer av XML-entiteter, som Word aldrig skriver, så det öppnades "
        "inte.",
        "The Word document contains XML entity declarations, which Word never writes; it was not opened.",
    ),
    "word_damaged": Msg(
        "Word-asiakirja on vioittunut, eikä sitä voi lukea.",
        "Word-dokumentet är skadat och kan inte läsas.",
        "The Word document is damaged and cannot be read.",
    ),
    # --- PDF ---
    "pdf_bomb": Msg(
        "PDF purkautuisi yli {mb} Mt:n kokoiseksi (purkupommi?), joten sitä ei luettu.",
        "PDF-filen skulle packas upp till mer än {mb} MB (en dekomprimeringsbomb?), så den lästes inte.",
        "The PDF would unpack to more than {mb} MB (a decompression bomb?); it was not read.",
    ),
    "pdf_encrypted": Msg(
        "PDF on salattu (suojattu salasanalla). Poista salasana ja yritä uudelleen.",
        "PDF-filen är krypterad (lösenordsskyddad). Ta bort lösenordet och försök igen.",
        "The PDF is encrypted (password-protected); remove the password and try again.",
    ),
    "pdf_damaged": Msg(
        "PDF on vioittunut, eikä sitä voi lukea.",
        "PDF-filen är skadad och kan inte läsas.",
        "The PDF is damaged and cannot be read.",
    ),
    "pdf_no_text": Msg(
        "PDF:ssä ei ole tekstikerrosta (se näyttää skannatulta kuvalta). Tee sille tekstintunnistus "
        "(OCR) tai tuo alkuperäinen Word- tai tekstitiedosto.",
        "PDF-filen saknar textlager (den ser ut som en skannad bild). Kör textigenkänning (OCR) på den eller "
        "importera den ursprungliga Word- eller textfilen.",
        "The PDF has no text layer (it looks like a scanned image). Run OCR on it, or import the original "
        "Word or text file instead.",
    ),
    # --- scanned PDFs, read by OCR (ocr.py) ---
    "ocr_not_installed": Msg(
        "PDF:ssä ei ole tekstikerrosta (se näyttää skannatulta kuvalta), eikä tekstintunnistusta (OCR) ole "
        "asennettu tälle palvelimelle. Tuo alkuperäinen Word- tai tekstitiedosto tai pyydä ylläpitoa "
        "asentamaan Tesseract.",
        "PDF-filen saknar textlager (den ser ut som en skannad bild), och textigenkänning (OCR) är inte "
        "installerad på den här servern. Importera den ursprungliga Word- eller textfilen eller be "
        "administratören installera Tesseract.",
        "The PDF has no text layer (it looks like a scanned image), and text recognition (OCR) is not "
        "installed on this server. Import the original Word or text file instead, or ask the administrator "
        "to install Tesseract.",
    ),
    "ocr_too_many_pages": Msg(
        "Skannatussa PDF:ssä on yli {limit} sivua, ja tekstintunnistus (OCR) lukee enintään {limit} sivua. "
        "Jaa asiakirja osiin tai tuo alkuperäinen Word- tai tekstitiedosto.",
        "Den skannade PDF-filen har fler än {limit} sidor, och textigenkänningen (OCR) läser högst {limit} "
        "sidor. Dela upp dokumentet eller importera den ursprungliga Word- eller textfilen.",
        "The scanned PDF has more than {limit} pages, and text recognition (OCR) reads at most {limit}. "
        "Split the document, or import the original Word or text file instead.",
    ),
    "ocr_no_text": Msg(
        "PDF:ssä ei ole tekstikerrosta, eikä tekstintunnistus (OCR) löytänyt sen sivuilta tekstiä. Tuo "
        "alkuperäinen Word- tai tekstitiedosto.",
        "PDF-filen saknar textlager, och textigenkänningen (OCR) hittade ingen text på dess sidor. Importera "
        "den ursprungliga Word- eller textfilen.",
        "The PDF has no text layer, and text recognition (OCR) found no text on its pages. Import the "
        "original Word or text file instead.",
    ),
    # --- too complex: what the reading may cost is bounded (reading.py, sandbox.py) ---
    "too_many_lines": _too_complex(
        "siinä on yli {limit} tekstiriviä",
        "den har fler än {limit} textrader",
        "it has more than {limit} lines",
    ),
    "too_much_text": _too_complex(
        "siinä on yli {limit} merkkiä tekstiä",
        "den har mer än {limit} tecken text",
        "it has more than {limit} characters of text",
    ),
    "too_many_elements": _too_complex(
        "siinä on yli {limit} rakenneosaa (XML- tai HTML-elementtiä)",
        "den har fler än {limit} strukturelement (XML- eller HTML-element)",
        "it has more than {limit} structural elements (XML or HTML)",
    ),
    "too_deeply_nested": _too_complex(
        "sen rakenteessa on liian monta sisäkkäistä tasoa",
        "dess struktur har för många nivåer inuti varandra",
        "its structure is nested too deeply",
    ),
    "too_many_paragraphs": _too_complex(
        "Word-asiakirjassa on yli {limit} kappaletta",
        "Word-dokumentet har fler än {limit} stycken",
        "the Word document has more than {limit} paragraphs",
    ),
    "too_many_cells": _too_complex(
        "Word-asiakirjan taulukoissa on yli {limit} solua",
        "tabellerna i Word-dokumentet har fler än {limit} celler",
        "the Word document's tables have more than {limit} cells",
    ),
    "too_many_pages": _too_complex(
        "PDF:ssä on yli {limit} sivua",
        "PDF-filen har fler än {limit} sidor",
        "the PDF has more than {limit} pages",
    ),
    "too_many_glyphs_on_page": _too_complex(
        "PDF:n sivulla {page} on yli {limit} merkkiä",
        "sidan {page} i PDF-filen har fler än {limit} tecken",
        "page {page} of the PDF has more than {limit} characters",
    ),
    "too_many_glyphs": _too_complex(
        "PDF:ssä on yli {limit} merkkiä",
        "PDF-filen har fler än {limit} tecken",
        "the PDF has more than {limit} characters",
    ),
    "too_many_graphics_on_page": _too_complex(
        "PDF:n sivulla {page} on yli {limit} viivaa, kuviota tai kuvaa",
        "sidan {page} i PDF-filen har fler än {limit} linjer, figurer eller bilder",
        "page {page} of the PDF has more than {limit} lines, shapes or images",
    ),
    "page_content_too_large": _too_complex(
        "PDF:n sivun {page} sisältö on yli {mb} Mt",
        "innehållet på sidan {page} i PDF-filen är större än {mb} MB",
        "the content of page {page} of the PDF is larger than {mb} MB",
    ),
    "content_too_large": _too_complex(
        "PDF:n sivujen sisältö on yhteensä yli {mb} Mt",
        "innehållet på sidorna i PDF-filen är sammanlagt större än {mb} MB",
        "the content of the PDF's pages is larger than {mb} MB in all",
    ),
    "out_of_memory": _too_complex(
        "sen lukeminen veisi enemmän kuin tuonnille varatut {mb} Mt muistia",
        "att läsa den skulle kräva mer än de {mb} MB minne som en import får använda",
        "reading it would take more than the {mb} MB of memory an import may use",
    ),
    "out_of_time": _too_complex(
        "sen lukeminen kestäisi kauemmin kuin tuonnille varatut {seconds} sekuntia",
        "att läsa den skulle ta längre tid än de {seconds} sekunder som en import får använda",
        "reading it would take longer than the {seconds} seconds an import may use",
    ),
    "stopped": _too_complex(
        "sen lukeminen keskeytettiin, koska se ylitti tuonnille varatut resurssit",
        "läsningen avbröts eftersom den överskred de resurser som en import får använda",
        "reading it was stopped because it went over what an import may use",
    ),
    "unexpected": Msg(
        "Tiedostoa ei voitu lukea odottamattoman virheen vuoksi. Kokeile tallentaa se toiseen muotoon.",
        "Filen kunde inte läsas på grund av ett oväntat fel. Försök spara den i ett annat format.",
        "The file could not be read because of an unexpected error. Try saving it in another format.",
    ),
    # --- the command line ---
    "no_such_file": Msg("Tiedostoa ei ole: {path}", "Filen finns inte: {path}", "No such file: {path}"),
    "is_directory": Msg(
        "{path} on hakemisto, ei tiedosto.",
        "{path} är en katalog, inte en fil.",
        "{path} is a directory, not a file.",
    ),
    "no_permission": Msg(
        "Ei oikeutta lukea tiedostoa {path}.",
        "Ingen behörighet att läsa {path}.",
        "No permission to read {path}.",
    ),
}


def _number(value: int, lang: str) -> str:
    """30000 → "30 000" in Finnish and Swedish (a no-break space), "30,000" in English."""
    grouped = f"{value:,}"
    return grouped if lang == "en" else grouped.replace(",", "\u00a0")


class UnreadableDocument(Exception):
    """The file cannot be imported; `message(lang)` says why in words a user understands."""

    def __init__(self, kind: str, **params: str | int) -> None:
        if kind not in MESSAGES:
            raise ValueError(f"unknown refusal {kind!r}")
        self.kind, self.params = kind, params
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        lang = lang if lang in LANGUAGES else "fi"
        values = {k: _number(v, lang) if isinstance(v, int) else v for k, v in self.params.items()}
        return MESSAGES[self.kind].render(lang, **values)

    def to_dict(self) -> dict:
        return {"kind": self.kind, "params": self.params}

    @classmethod
    def from_dict(cls, data: dict) -> UnreadableDocument:
        return cls(data["kind"], **data["params"])
