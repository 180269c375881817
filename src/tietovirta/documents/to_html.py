"""HTML writer: an embeddable fragment and a complete, printable page.

Every piece of text goes through `_esc`, so no markup a user typed reaches the output. The only
markup not written here is the diagram's SVG, which Graphviz writes with its text XML-escaped
(node ids are generated; labels are DOT-quoted in `tietovirta.flows.render`).
"""

from __future__ import annotations

import html
from functools import cache
from importlib.resources import files

from tietovirta.documents.model import (
    Block,
    BulletList,
    Chart,
    Field,
    Fields,
    Figure,
    Paragraph,
    RenderedDocument,
    Table,
    xml_safe,
)


def _esc(text: str) -> str:
    return html.escape(xml_safe(text), quote=True)


def _text(text: str) -> str:
    """Escaped text with the user's line breaks kept."""
    return "<br>".join(_esc(line) for line in text.split("\n"))


def _value(field: Field) -> str:
    if field.missing:
        return f'<span class="tv-missing">{_esc(field.value)}</span>'
    if field.href:
        return f'<a href="{_esc(field.href)}">{_text(field.value)}</a>'
    return _text(field.value)


def _block(block: Block) -> str:
    match block:
        case Paragraph(text=text, style=style):
            css = {"missing": ' class="tv-missing"', "note": ' class="tv-note"'}.get(style, "")
            return f"<p{css}>{_text(text)}</p>"
        case BulletList(items=items):
            return "<ul>" + "".join(f"<li>{_text(item)}</li>" for item in items) + "</ul>"
        case Fields(rows=rows):
            body = "".join(f'<tr><th scope="row">{_esc(row.label)}</th><td>{_value(row)}</td></tr>'
                           for row in rows)
            return f'<table class="tv-fields"><tbody>{body}</tbody></table>'
        case Table(columns=columns, rows=rows):
            head = "".join(f'<th scope="col">{_esc(col)}</th>' for col in columns)
            body = "".join("<tr>" + "".join(f"<td>{_text(cell)}</td>" for cell in row) + "</tr>"
                           for row in rows)
            return f'<table class="tv-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
        case Figure() | Chart():
            caption = f"<figcaption>{_esc(block.caption)}</figcaption>"
            return f'<figure class="tv-figure">{block.svg}{caption}</figure>'
    raise TypeError(f"unknown block {type(block).__name__}")


def fragment(doc: RenderedDocument, *, running_header: bool = False) -> str:
    """The document as an <article> for embedding in the application's page."""
    parts = [
        f'<article class="tv-document tv-{_esc(doc.kind)}{" tv-landscape" if doc.landscape else ""}"'
        f' lang="{_esc(doc.lang)}">',
    ]
    if running_header and doc.organization:
        # Sets the organisation name printed at the top of every page (see document.css).
        parts.append(f'<div class="tv-running-org" aria-hidden="true">{_esc(doc.organization)}</div>')
    parts += [
        '<header class="tv-header">',
        f'<p class="tv-doctype">{_esc(doc.doc_type)}</p>',
        f'<h1 class="tv-title">{_esc(doc.title)}</h1>',
    ]
    if doc.organization and doc.organization != doc.title:
        parts.append(f'<p class="tv-org">{_esc(doc.organization)}</p>')
    if doc.meta:
        parts.append('<dl class="tv-meta">' + "".join(
            f"<div><dt>{_esc(row.label)}</dt><dd>{_value(row)}</dd></div>" for row in doc.meta) + "</dl>")
    parts.append("</header>")
    parts += [_block(block) for block in doc.intro]
    for section in doc.sections:
        level = min(max(section.level, 2), 6)
        anchor = f' id="tv-{_esc(section.key)}"' if section.key else ""
        css = "tv-section tv-box" if section.boxed else "tv-section"
        parts.append(f'<section class="{css}"{anchor}><h{level}>{_esc(section.heading)}</h{level}>')
        parts += [_block(block) for block in section.blocks]
        parts.append("</section>")
    parts.append("</article>")
    return "\n".join(parts)


@cache
def stylesheet() -> str:
    return files("tietovirta.documents").joinpath("templates/documents/document.css").read_text("utf-8")


def page(doc: RenderedDocument) -> str:
    """A complete HTML page with its stylesheet, for the browser and for printing (also the PDF's source)."""
    return (
        f'<!DOCTYPE html>\n<html lang="{_esc(doc.lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(doc.doc_type)} – {_esc(doc.title)}</title>\n"
        f'<meta name="generator" content="Tietovirta">\n<style>\n{stylesheet()}</style>\n</head>\n'
        f"<body>\n{fragment(doc, running_header=True)}\n</body>\n</html>\n"
    )
