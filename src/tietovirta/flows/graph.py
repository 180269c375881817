"""The data-flow graph: sources → register → systems → processors / recipients → third countries.

The graph is language-neutral data; `tietovirta.flows.render` draws it in a language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from tietovirta.analysis.transfers import register_parties, register_systems, third_countries
from tietovirta.canonical.schema import OrganizationDocument, PartyRole, SystemKind, TransferMechanism


class NodeKind(StrEnum):
    SOURCE = "source"
    REGISTER = "register"
    SYSTEM = "system"
    PARTY = "party"
    COUNTRY = "country"


@dataclass(frozen=True)
class Node:
    id: str  # generated ("system2"), never user text: it appears in the SVG's ids and comments
    kind: NodeKind
    label: str
    role: PartyRole | None = None
    system_kind: SystemKind | None = None


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    # Set on edges into a third country: the safeguard, or None when none is recorded.
    mechanism: TransferMechanism | None = None

    @property
    def is_transfer(self) -> bool:
        return self.target.startswith(NodeKind.COUNTRY.value)


@dataclass
class FlowGraph:
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    _ids: dict[tuple[NodeKind, str], str] = field(default_factory=dict, repr=False)

    def add_node(self, kind: NodeKind, label: str, **extra: object) -> str:
        """Add a node once per (kind, label) and return its id."""
        key = (kind, label.casefold().strip() if kind is NodeKind.SOURCE else label)
        if key not in self._ids:
            node_id = f"{kind.value}{len(self._ids) + 1}"
            self._ids[key] = node_id
            self.nodes.append(Node(node_id, kind, label, **extra))  # type: ignore[arg-type]
        return self._ids[key]

    def add_edge(self, source: str, target: str, mechanism: TransferMechanism | None = None) -> None:
        edge = Edge(source, target, mechanism)
        if edge not in self.edges:
            self.edges.append(edge)

    def of_kind(self, kind: NodeKind) -> list[Node]:
        return [node for node in self.nodes if node.kind is kind]

    def node(self, node_id: str) -> Node:
        return next(node for node in self.nodes if node.id == node_id)


def build_graph(doc: OrganizationDocument, register_index: int | None = None) -> FlowGraph:
    """The flows of one register (by index), or of every register of the organisation."""
    if register_index is not None and not 0 <= register_index < len(doc.registers):
        raise IndexError(f"register index {register_index} out of range (0–{len(doc.registers) - 1})")
    registers = doc.registers if register_index is None else [doc.registers[register_index]]
    graph = FlowGraph()
    for register in registers:
        reg = graph.add_node(NodeKind.REGISTER, register.name)
        for source in register.sources:
            if source.strip():
                graph.add_edge(graph.add_node(NodeKind.SOURCE, source.strip()), reg)
        system_ids: dict[str, str] = {}
        for system in register_systems(doc, register):
            sys_id = graph.add_node(NodeKind.SYSTEM, system.name, system_kind=system.kind)
            system_ids[system.name] = sys_id
            graph.add_edge(reg, sys_id)
            for country, _reason in third_countries(system):
                graph.add_edge(sys_id, graph.add_node(NodeKind.COUNTRY, country), system.transfer_mechanism)
        for party in register_parties(doc, register):
            party_id = graph.add_node(NodeKind.PARTY, party.name, role=party.role)
            # A party reached through a system the register uses is drawn behind that system.
            via = [system_ids[name] for name in party.systems if name in system_ids]
            for sys_id in via or [reg]:
                graph.add_edge(sys_id, party_id)
            for country, _reason in third_countries(party):
                graph.add_edge(party_id, graph.add_node(NodeKind.COUNTRY, country), party.transfer_mechanism)
    return graph
