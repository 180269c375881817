"""The one entry point: `render(doc, kind=..., fmt=..., lang=..., register=...) -> bytes`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from tietovirta import deadlines
from tietovirta.canonical.schema import OrganizationDocument, Register
from tietovirta.documents.letters import (
    build_breach_notice,
    build_breach_notification,
    build_extension_letter,
    build_refusal_letter,
    build_request_answer,
)
from tietovirta.documents.model import Figure, RenderedDocument, Section
from tietovirta.documents.notice import build_privacy_notice
from tietovirta.documents.phrases import t
from tietovirta.documents.record import build_record
from tietovirta.documents.riskiarvio import build_risk_assessment
from tietovirta.documents.tietovirtakuvaus import build_tietovirtakuvaus
from tietovirta.documents.to_docx import write_docx
from tietovirta.documents.to_html import fragment, page
from tietovirta.documents.to_markdown import write_markdown
from tietovirta.documents.to_pdf import write_pdf
from tietovirta.documents.to_spreadsheet import write_csv, write_xlsx
from tietovirta.flows import GraphvizError, build_graph, to_svg
from tietovirta.language import LANGUAGES

_PRINTABLE = {"html", "fragment", "pdf", "docx", "md"}

SUPPORTED: dict[str, set[str]] = {
    "tietovirtakuvaus": set(_PRINTABLE),
    "tietosuojaseloste": set(_PRINTABLE),
    "seloste": _PRINTABLE | {"xlsx", "csv"},
    "diagram": {"svg", "html", "fragment", "pdf", "docx"},
    "riskiarvio": set(_PRINTABLE),
    # Letters about one data-subject request (`request`) and notices about one breach (`breach`)
    "vastaus": set(_PRINTABLE),  # the answer
    "pidennys": set(_PRINTABLE),  # the extension (Art. 12(3))
    "kieltaytyminen": set(_PRINTABLE),  # the refusal (Art. 12(4)–(5))
    "loukkausilmoitus": set(_PRINTABLE),  # to the tietosuojavaltuutettu (Art. 33)
    "loukkaustiedote": set(_PRINTABLE),  # to the data subjects (Art. 34)
}
REQUEST_LETTERS = {"vastaus": build_request_answer, "pidennys": build_extension_letter,
                   "kieltaytyminen": build_refusal_letter}
BREACH_NOTICES = {"loukkausilmoitus", "loukkaustiedote"}
NEEDS_REGISTER = {"tietovirtakuvaus", "tietosuojaseloste", "riskiarvio"}  # "diagram" takes one optionally
MEDIA_TYPES = {
    "html": "text/html; charset=utf-8",
    "fragment": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "md": "text/markdown; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
    "svg": "image/svg+xml",
}


class RenderError(ValueError):
    """A document that cannot be produced as asked; the message names the bad choice."""


def _diagram(doc: OrganizationDocument, register: int | None, lang: str) -> RenderedDocument:
    name = doc.organization.name if register is None else doc.registers[register].name
    figure = Figure(build_graph(doc, register), t("figure_caption", lang, name=name), lang)
    return RenderedDocument(
        kind="diagram", lang=lang, title=name or t("diagram", lang), doc_type=t("diagram", lang),
        organization=doc.organization.name, sections=[Section(t("diagram", lang), [figure], "diagram")],
        landscape=True,
    )


_WRITERS: dict[str, Callable[[RenderedDocument], bytes]] = {
    "html": lambda d: page(d).encode("utf-8"),
    "fragment": lambda d: fragment(d).encode("utf-8"),
    "pdf": write_pdf,
    "docx": write_docx,
    "md": lambda d: write_markdown(d).encode("utf-8"),
    "xlsx": write_xlsx,
    "csv": write_csv,
}


def _check(doc: OrganizationDocument, kind: str, fmt: str, lang: str, register: int | None) -> None:
    if kind not in SUPPORTED:
        raise RenderError(f"unknown document kind '{kind}'; choose one of {', '.join(SUPPORTED)}")
    if fmt not in SUPPORTED[kind]:
        choices = ", ".join(sorted(SUPPORTED[kind]))
        raise RenderError(f"a {kind} cannot be written as '{fmt}'; choose one of {choices}")
    if lang not in LANGUAGES:
        raise RenderError(f"unsupported language '{lang}'; choose one of {', '.join(LANGUAGES)}")
    if kind in NEEDS_REGISTER and register is None:
        raise RenderError(f"a {kind} describes one register: give the register's index")
    if kind == "seloste" and register is not None:
        raise RenderError("the seloste käsittelytoimista covers the whole organisation: give no register")
    if register is not None and not 0 <= register < len(doc.registers):
        count = len(doc.registers)
        raise RenderError(f"no register at index {register}; the organisation has {count} register(s)"
                          + (f" (0–{count - 1})" if count else ""))


def _check_assessment(register: Register, assessment: int | None) -> None:
    count = len(register.risk_assessments)
    if not count:
        raise RenderError(f"the register '{register.name}' has no risk assessment")
    if assessment is not None and not 0 <= assessment < count:
        raise RenderError(f"no risk assessment at index {assessment}; the register has {count}")


def _check_item(items: list, index: int | None, what: str) -> None:
    if index is None or not 0 <= index < len(items):
        raise RenderError(f"a letter about a {what} needs the index of one of the {len(items)} there are")


def render(
    doc: OrganizationDocument,
    *,
    kind: str,
    fmt: str,
    lang: str,
    register: int | None = None,
    assessment: int | None = None,
    request: int | None = None,
    breach: int | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> bytes:
    """A document of `kind` in format `fmt` and language `lang` (fi, sv, en).

    kinds: tietovirtakuvaus and tietosuojaseloste (of one register, by index), seloste (the whole
    organisation), diagram (one register, or the organisation when `register` is None).
    riskiarvio is one risk assessment of a register: the one at index `assessment`, or the one in force
    (the latest) when None.
    vastaus, pidennys and kieltaytyminen are letters about the data-subject request at index `request`,
    dated `today`; loukkausilmoitus and loukkaustiedote are about the breach at index `breach`, the
    notification drafted as if sent `now` (it asks for the reasons of a delay past 72 hours).
    Raises RenderError for an unsupported combination; SUPPORTED lists the allowed ones.
    """
    _check(doc, kind, fmt, lang, register)
    if kind == "riskiarvio":
        _check_assessment(doc.registers[register], assessment)  # type: ignore[index]
    if kind in REQUEST_LETTERS:
        _check_item(doc.requests, request, "request")
        return _WRITERS[fmt](REQUEST_LETTERS[kind](doc, request, lang, today or deadlines.today()))
    if kind in BREACH_NOTICES:
        _check_item(doc.breaches, breach, "breach")
        if kind == "loukkaustiedote":
            return _WRITERS[fmt](build_breach_notice(doc, breach, lang))
        return _WRITERS[fmt](build_breach_notification(doc, breach, lang, now or dt.datetime.now(dt.UTC)))
    try:
        if kind == "diagram" and fmt == "svg":
            return to_svg(build_graph(doc, register), lang).encode("utf-8")
        if kind == "tietovirtakuvaus":
            built = build_tietovirtakuvaus(doc, register, lang)  # type: ignore[arg-type]
        elif kind == "tietosuojaseloste":
            built = build_privacy_notice(doc, register, lang)  # type: ignore[arg-type]
        elif kind == "seloste":
            built = build_record(doc, lang)
        elif kind == "riskiarvio":
            built = build_risk_assessment(doc, register, lang, assessment)  # type: ignore[arg-type]
        else:
            built = _diagram(doc, register, lang)
        return _WRITERS[fmt](built)
    except GraphvizError as exc:
        raise RenderError(f"the data-flow diagram could not be drawn: {exc}") from exc
