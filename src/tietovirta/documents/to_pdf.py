"""PDF writer: the printable HTML page through WeasyPrint (A4, running header, page numbers)."""

from __future__ import annotations

from functools import cache
from typing import Any

from tietovirta.documents.model import RenderedDocument
from tietovirta.documents.to_html import page


@cache
def _weasyprint() -> tuple[Any, Any]:
    # Imported on first use: WeasyPrint takes a noticeable time to import, and most callers never print.
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    # Documents are self-contained: no URL in a page may reach the network or the disk.
    return HTML, URLFetcher(allowed_protocols={"data"}, allow_redirects=False)


def write_pdf(doc: RenderedDocument) -> bytes:
    html_class, fetcher = _weasyprint()
    return html_class(string=page(doc), url_fetcher=fetcher).write_pdf()
