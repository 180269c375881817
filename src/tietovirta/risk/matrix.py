"""The risk matrix picture (severity × likelihood): laid out once as shapes, written as SVG for the
web page, HTML and PDF, and as PNG (Pillow) for Word.

Each rated risk is a numbered dot in its cell; its residual rating after the planned measures is a
ring with the same number. Cells are coloured by risk level (scale.risk_level).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from pathlib import Path

from tietovirta.canonical.schema import Risk
from tietovirta.checks.messages import Msg
from tietovirta.risk.scale import LEVELS, SCALE, RiskLevel, residual, risk_level

ZONE_FILL = {RiskLevel.LOW: "#cfe8cf", RiskLevel.MEDIUM: "#fbe3a6", RiskLevel.HIGH: "#f4b6b0"}
INK = "#1f2933"

SEVERITY = Msg("Vakavuus", "Allvarlighet", "Severity")
LIKELIHOOD = Msg("Todennäköisyys", "Sannolikhet", "Likelihood")
LEGEND_BEFORE = Msg("riski nyt", "risk nu", "risk now")
LEGEND_AFTER = Msg("jäännösriski suunniteltujen toimenpiteiden jälkeen",
                   "kvarstående risk efter planerade åtgärder", "residual risk after planned measures")


@dataclass(frozen=True)
class Marker:
    number: int  # 1-based position of the risk in the assessment
    residual: bool


def placement(risks: Sequence[Risk]) -> dict[tuple[int, int], list[Marker]]:
    """Markers per (severity, likelihood) cell; unrated risks are left out. A residual rating equal to
    the current one adds no second marker."""
    cells: dict[tuple[int, int], list[Marker]] = {}
    for number, risk in enumerate(risks, start=1):
        if risk.severity is None or risk.likelihood is None:
            continue
        now = (risk.severity, risk.likelihood)
        cells.setdefault(now, []).append(Marker(number, False))
        after = residual(risk)
        if after != now and None not in after:
            cells.setdefault(after, []).append(Marker(number, True))  # type: ignore[arg-type]
    return cells


def cell_text(markers: Sequence[Marker]) -> str:
    """A cell as text (the Markdown table): "R1, (R2)" – a residual rating in brackets."""
    return ", ".join(f"(R{m.number})" if m.residual else f"R{m.number}" for m in markers)


# --- layout -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str
    stroke: str = "#ffffff"


@dataclass(frozen=True)
class Circle:
    cx: float
    cy: float
    r: float
    fill: str
    stroke: str


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    size: float = 12
    anchor: str = "middle"  # start | middle | end
    bold: bool = False
    fill: str = INK


Shape = Rect | Circle | Text

CELL, LEFT, TOP, BOTTOM, DOT = 78, 150, 34, 92, 11
WIDTH, HEIGHT = LEFT + 4 * CELL + 12, TOP + 4 * CELL + BOTTOM


def layout(risks: Sequence[Risk], lang: str) -> list[Shape]:
    shapes: list[Shape] = [Text(8, 18, SEVERITY.render(lang), 13, "start", bold=True)]
    cells = placement(risks)
    for severity in LEVELS:
        y = TOP + (4 - severity) * CELL
        label = f"{severity} {SCALE[severity].render(lang)}"
        shapes.append(Text(LEFT - 8, y + CELL / 2 + 4, label, 12, "end"))
        for likelihood in LEVELS:
            x = LEFT + (likelihood - 1) * CELL
            shapes.append(Rect(x, y, CELL, CELL, ZONE_FILL[risk_level(severity, likelihood)]))  # type: ignore[index]
            for i, marker in enumerate(cells.get((severity, likelihood), [])[:9]):
                cx = x + 15 + (i % 3) * 24
                cy = y + 15 + (i // 3) * 24
                if marker.residual:
                    shapes.append(Circle(cx, cy, DOT, "#ffffff", INK))
                    shapes.append(Text(cx, cy + 4, str(marker.number), 11, bold=True))
                else:
                    shapes.append(Circle(cx, cy, DOT, INK, INK))
                    shapes.append(Text(cx, cy + 4, str(marker.number), 11, bold=True, fill="#ffffff"))
    base = TOP + 4 * CELL
    for likelihood in LEVELS:
        x = LEFT + (likelihood - 0.5) * CELL
        shapes.append(Text(x, base + 16, str(likelihood), 12))
        shapes.append(Text(x, base + 31, SCALE[likelihood].render(lang), 11))
    shapes.append(Text(LEFT + 2 * CELL, base + 50, LIKELIHOOD.render(lang), 13, bold=True))
    legend = base + 74
    shapes += [
        Circle(16, legend - 4, 7, INK, INK), Text(28, legend, LEGEND_BEFORE.render(lang), 11, "start"),
        Circle(120, legend - 4, 7, "#ffffff", INK), Text(132, legend, LEGEND_AFTER.render(lang), 11, "start"),
    ]
    return shapes


# --- writers ----------------------------------------------------------------------------------

def _attr(value: str) -> str:
    return escape(value, quote=True)


def to_svg(risks: Sequence[Risk], lang: str, *, title: str = "") -> str:
    """The matrix as a standalone SVG element; every text is escaped."""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="tv-risk-matrix" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{_attr(title or SEVERITY.render(lang))}" '
        'font-family="DejaVu Sans, Verdana, sans-serif">'
    ]
    if title:
        parts.append(f"<title>{escape(title)}</title>")
    for shape in layout(risks, lang):
        match shape:
            case Rect():
                parts.append(f'<rect x="{shape.x}" y="{shape.y}" width="{shape.w}" height="{shape.h}" '
                             f'fill="{shape.fill}" stroke="{shape.stroke}" stroke-width="2"/>')
            case Circle():
                parts.append(f'<circle cx="{shape.cx}" cy="{shape.cy}" r="{shape.r}" fill="{shape.fill}" '
                             f'stroke="{shape.stroke}" stroke-width="1.5"/>')
            case Text():
                weight = ' font-weight="bold"' if shape.bold else ""
                parts.append(f'<text x="{shape.x}" y="{shape.y}" font-size="{shape.size}" '
                             f'text-anchor="{shape.anchor}" fill="{shape.fill}"{weight}>'
                             f"{escape(shape.text)}</text>")
    parts.append("</svg>")
    return "".join(parts)


_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


@lru_cache(maxsize=16)
def _font(size: float, bold: bool):
    from PIL import ImageFont

    path = _FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    try:
        return ImageFont.truetype(str(path), size=round(size))
    except OSError:  # no DejaVu on this machine: Pillow's own scalable font
        return ImageFont.load_default(size=round(size))


def to_png(risks: Sequence[Risk], lang: str, *, scale: int = 3) -> bytes:
    """The same picture as PNG, drawn at `scale` × the SVG's size so it prints sharply."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (WIDTH * scale, HEIGHT * scale), "#ffffff")
    draw = ImageDraw.Draw(image)
    anchors = {"start": "ls", "middle": "ms", "end": "rs"}  # SVG's y is the baseline
    for shape in layout(risks, lang):
        match shape:
            case Rect():
                box = [shape.x * scale, shape.y * scale,
                       (shape.x + shape.w) * scale, (shape.y + shape.h) * scale]
                draw.rectangle(box, fill=shape.fill, outline=shape.stroke, width=2 * scale)
            case Circle():
                box = [(shape.cx - shape.r) * scale, (shape.cy - shape.r) * scale,
                       (shape.cx + shape.r) * scale, (shape.cy + shape.r) * scale]
                draw.ellipse(box, fill=shape.fill, outline=shape.stroke, width=max(1, round(1.5 * scale)))
            case Text():
                draw.text((shape.x * scale, shape.y * scale), shape.text, fill=shape.fill,
                          font=_font(shape.size * scale, shape.bold), anchor=anchors[shape.anchor])
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
