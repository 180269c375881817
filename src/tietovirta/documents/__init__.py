"""Documents written from the canonical data: tietovirtakuvaus, tietosuojaseloste, seloste, diagram.

`render()` is the entry point for the web views and the command line. The builders return a
format-neutral `RenderedDocument` (model.py); the writers (to_*.py) print it.
"""

from tietovirta.documents.model import RenderedDocument
from tietovirta.documents.notice import (
    Gap,
    NoticeReadiness,
    build_privacy_notice,
    notice_gaps,
    notice_paths,
    notice_readiness,
    notices_shared,
)
from tietovirta.documents.record import COLUMNS as RECORD_COLUMNS
from tietovirta.documents.record import build_record
from tietovirta.documents.render import MEDIA_TYPES, SUPPORTED, RenderError, render
from tietovirta.documents.rights import Right, applicable_rights
from tietovirta.documents.tietovirtakuvaus import build_tietovirtakuvaus

__all__ = [
    "MEDIA_TYPES",
    "RECORD_COLUMNS",
    "SUPPORTED",
    "Gap",
    "NoticeReadiness",
    "RenderError",
    "RenderedDocument",
    "Right",
    "applicable_rights",
    "build_privacy_notice",
    "build_record",
    "build_tietovirtakuvaus",
    "notice_gaps",
    "notice_paths",
    "notice_readiness",
    "notices_shared",
    "render",
]
