"""Data flows of registers: canonical document → graph → SVG/PNG via Graphviz."""

from tietovirta.analysis.transfers import (
    Transfer,
    register_parties,
    register_systems,
    register_transfers,
    third_countries,
)
from tietovirta.flows.graph import Edge, FlowGraph, Node, NodeKind, build_graph
from tietovirta.flows.render import GraphvizError, graphviz_available, to_dot, to_png, to_svg
from tietovirta.knowledge.countries import EEA_COUNTRIES, country_code, country_name, is_eea

__all__ = [
    "EEA_COUNTRIES",
    "Edge",
    "FlowGraph",
    "GraphvizError",
    "Node",
    "NodeKind",
    "Transfer",
    "build_graph",
    "country_code",
    "country_name",
    "graphviz_available",
    "is_eea",
    "register_parties",
    "register_systems",
    "register_transfers",
    "third_countries",
    "to_dot",
    "to_png",
    "to_svg",
]
