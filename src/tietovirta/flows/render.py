"""Draw a FlowGraph with Graphviz: DOT text, then SVG or PNG through the `dot` executable."""

from __future__ import annotations

import re
import shutil
import subprocess
import textwrap

from tietovirta.canonical.schema import PartyRole, TransferMechanism
from tietovirta.flows.graph import FlowGraph, Node, NodeKind
from tietovirta.knowledge.countries import UNNAMED, country_name
from tietovirta.language import Msg, language_or_default

FONT = "DejaVu Sans"  # has every Finnish and Swedish letter, installed with the base image
DOT_TIMEOUT_SECONDS = 30


class GraphvizError(RuntimeError):
    """Graphviz is missing, failed or took too long."""


# Labels drawn in the diagram, kept short so boxes stay small.
_COLUMN = {
    NodeKind.SOURCE: Msg(fi="Tietolähteet", sv="Uppgiftskällor", en="Data sources"),
    NodeKind.REGISTER: Msg(fi="Rekisterit", sv="Register", en="Registers"),
    NodeKind.SYSTEM: Msg(fi="Tietojärjestelmät", sv="Informationssystem", en="Information systems"),
    NodeKind.PARTY: Msg(
        fi="Käsittelijät ja vastaanottajat",
        sv="Biträden och mottagare",
        en="Processors and recipients",
    ),
    NodeKind.COUNTRY: Msg(fi="Kolmannet maat", sv="Tredjeländer", en="Third countries"),
}
_ROLE = {
    PartyRole.PROCESSOR: Msg(fi="käsittelijä", sv="biträde", en="processor"),
    PartyRole.SUB_PROCESSOR: Msg(fi="alikäsittelijä", sv="underbiträde", en="sub-processor"),
    PartyRole.RECIPIENT: Msg(fi="vastaanottaja", sv="mottagare", en="recipient"),
    PartyRole.JOINT_CONTROLLER: Msg(
        fi="yhteisrekisterinpitäjä",
        sv="gemensamt ansvarig",
        en="joint controller",
    ),
}
_MECHANISM = {
    TransferMechanism.ADEQUACY: Msg(fi="riittävyyspäätös", sv="adekvansbeslut", en="adequacy decision"),
    TransferMechanism.DPF: Msg(fi="DPF", sv="DPF", en="DPF"),
    TransferMechanism.SCC: Msg(fi="vakiolausekkeet", sv="standardavtalsklausuler", en="SCCs"),
    TransferMechanism.BCR: Msg(fi="BCR", sv="BCR", en="BCRs"),
    TransferMechanism.DEROGATION: Msg(
        fi="49 art. poikkeus",
        sv="undantag art. 49",
        en="Art. 49 derogation",
    ),
    TransferMechanism.PRIVACY_SHIELD: Msg(
        fi="Privacy Shield – ei pätevä",
        sv="Privacy Shield – ogiltig",
        en="Privacy Shield – invalid",
    ),
}
_NO_MECHANISM = Msg(fi="ei siirtoperustetta", sv="ingen överföringsgrund", en="no safeguard")
_UNKNOWN_COUNTRY = Msg(
    fi="kolmas maa (ei tiedossa)",
    sv="tredjeland (okänt)",
    en="third country (unknown)",
)

_STYLE = {  # fill, border, font colour
    NodeKind.SOURCE: ("#eef2f7", "#8a9bb3", "#1f2d3d"),
    NodeKind.REGISTER: ("#1f4e79", "#1f4e79", "#ffffff"),
    NodeKind.SYSTEM: ("#dcebf7", "#5b8db8", "#1f2d3d"),
    NodeKind.PARTY: ("#e3f1e3", "#5f9e60", "#1f2d3d"),
    NodeKind.COUNTRY: ("#fdf0d8", "#c8871e", "#1f2d3d"),
}


def _quote(text: str) -> str:
    """A DOT string literal; backslashes are doubled so user text cannot use escapes like \\N."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _wrap(text: str, width: int = 26) -> str:
    return "\n".join(textwrap.wrap(" ".join(text.split()), width, max_lines=3, placeholder=" …")) or "–"


def _node_label(node: Node, lang: str) -> str:
    if node.kind is NodeKind.COUNTRY:
        return country_name(node.label, lang) if node.label not in ("", UNNAMED) else _UNKNOWN_COUNTRY[lang]
    label = _wrap(node.label)
    if node.role is not None:
        label += f"\n({_ROLE[node.role][lang]})"
    return label


def to_dot(graph: FlowGraph, lang: str = "fi") -> str:
    """The graph as DOT source, one column (cluster) per kind of node."""
    lang = language_or_default(lang)
    lines = [
        "digraph flows {",
        f'  graph [rankdir=LR, fontname="{FONT}", fontsize=10, nodesep=0.25, ranksep=0.55, pad=0.15,'
        ' bgcolor="white", labeljust=l];',
        f'  node [fontname="{FONT}", fontsize=9, shape=box, style="rounded,filled", margin="0.12,0.06"];',
        f'  edge [fontname="{FONT}", fontsize=8, color="#6b7785", arrowsize=0.7];',
    ]
    for kind in NodeKind:
        nodes = graph.of_kind(kind)
        if not nodes:
            continue
        fill, border, font = _STYLE[kind]
        lines.append(f"  subgraph cluster_{kind.value} {{")
        lines.append(f'    label={_quote(_COLUMN[kind][lang])}; style="dashed"; color="#c9d1da";'
                     ' fontcolor="#4a5868";')
        for node in nodes:
            lines.append(f'    {node.id} [label={_quote(_node_label(node, lang))}, fillcolor="{fill}",'
                         f' color="{border}", fontcolor="{font}"];')
        lines.append("  }")
    for edge in graph.edges:
        attrs = ""
        if edge.is_transfer:
            mechanism = edge.mechanism
            if mechanism in (None, TransferMechanism.NONE, TransferMechanism.PRIVACY_SHIELD):
                text = _MECHANISM[mechanism][lang] if mechanism is TransferMechanism.PRIVACY_SHIELD \
                    else _NO_MECHANISM[lang]
                attrs = f' [label={_quote(text)}, color="#b3261e", fontcolor="#b3261e", style=dashed]'
            else:
                attrs = f" [label={_quote(_MECHANISM[mechanism][lang])}]"
        lines.append(f"  {edge.source} -> {edge.target}{attrs};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def graphviz_available() -> bool:
    """Whether diagrams can be drawn here (pages show a note instead of a broken picture otherwise)."""
    return shutil.which("dot") is not None


def _run_dot(dot_source: str, *args: str) -> bytes:
    executable = shutil.which("dot")
    if executable is None:
        raise GraphvizError(
            "Graphviz is not installed: the 'dot' program was not found (apt-get install graphviz)"
        )
    try:
        result = subprocess.run(
            [executable, *args], input=dot_source.encode("utf-8"), capture_output=True,
            timeout=DOT_TIMEOUT_SECONDS, check=False,
        )
    except subprocess.TimeoutExpired:
        raise GraphvizError(f"Graphviz took over {DOT_TIMEOUT_SECONDS} s to draw the diagram") from None
    if result.returncode != 0:
        raise GraphvizError(f"Graphviz failed: {result.stderr.decode('utf-8', 'replace').strip()}")
    return result.stdout


_PROLOG = re.compile(r"^.*?(?=<svg\b)", re.DOTALL)


def to_svg(graph: FlowGraph, lang: str = "fi") -> str:
    """The diagram as an SVG element (no XML prolog, so it can be inlined in HTML)."""
    return _PROLOG.sub("", _run_dot(to_dot(graph, lang), "-Tsvg").decode("utf-8"), count=1)


def to_png(graph: FlowGraph, lang: str = "fi", dpi: int = 150) -> bytes:
    """The diagram as PNG, for formats that cannot hold SVG (DOCX)."""
    return _run_dot(to_dot(graph, lang), "-Tpng", f"-Gdpi={dpi}")
