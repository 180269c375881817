import shutil

import pytest

from tietovirta.canonical import parse_document
from tietovirta.canonical.schema import TransferMechanism
from tietovirta.flows import (
    GraphvizError,
    NodeKind,
    build_graph,
    register_transfers,
    third_countries,
    to_dot,
    to_png,
    to_svg,
)


def make_doc(**register: object) -> object:
    return parse_document({
        "schema_version": "1.0",
        "organization": {"name": "Kiinteistökehitys Kuusisto Oy"},
        "systems": [
            {"name": "Procountor", "hosting": "fi", "hosting_country": "FI", "vendor_country": "FI"},
            {"name": "HubSpot", "hosting": "eea", "hosting_country": "DE", "vendor_country": "US",
             "transfer_mechanism": "dpf"},
            {"name": "Dropbox", "hosting": "third_country", "hosting_country": "Yhdysvallat"},
            {"name": "Tuntematon", "hosting": "third_country"},
        ],
        "parties": [
            {"name": "Rantalainen tilitoimisto", "role": "processor", "systems": ["Procountor"]},
            {"name": "Intialainen tuki", "role": "sub_processor", "hosting": "third_country",
             "hosting_country": "IN", "transfer_mechanism": "scc"},
        ],
        "registers": [{"name": "Asiakasrekisteri", "use_system_references": True, **register}],
    })


def test_third_countries_from_hosting_and_vendor_home_country():
    doc = make_doc()
    by_name = {s.name: s for s in doc.systems}
    assert third_countries(by_name["Procountor"]) == []
    assert third_countries(by_name["HubSpot"]) == [("US", "vendor")]  # EU hosting by a US company
    assert third_countries(by_name["Dropbox"]) == [("US", "hosting")]  # a Finnish country name, read
    assert third_countries(by_name["Tuntematon"]) == [("?", "hosting")]  # outside the EEA, country unknown


def test_register_transfers_only_from_systems_it_refers_to():
    doc = make_doc(systems=["Procountor", "HubSpot"], parties=["Intialainen tuki"])
    transfers = register_transfers(doc, doc.registers[0])
    assert {(t.importer, t.country, t.mechanism) for t in transfers} == {
        ("HubSpot", "US", TransferMechanism.DPF), ("Intialainen tuki", "IN", TransferMechanism.SCC)}


def test_free_text_naming_a_catalogue_system_uses_it():
    # With references off, the systems are those the free text names: the notice, the checks and the
    # diagram all see the same Dropbox transfer.
    doc = make_doc(use_system_references=False, systems=[], systems_text="Tiedostot Dropboxissa.")
    assert [(t.importer, t.country) for t in register_transfers(doc, doc.registers[0])] == [("Dropbox", "US")]
    assert [n.label for n in build_graph(doc, 0).of_kind(NodeKind.SYSTEM)] == ["Dropbox"]


def test_free_text_naming_no_system_gives_no_catalogue_flows():
    doc = make_doc(use_system_references=False, systems=[], systems_text="Paperilomakkeet.")
    assert register_transfers(doc, doc.registers[0]) == []
    assert build_graph(doc, 0).of_kind(NodeKind.SYSTEM) == []


def test_graph_has_sources_register_systems_parties_and_countries():
    doc = make_doc(sources=["Sähköposti", "Puhelin", "sähköposti"], systems=["Procountor", "Dropbox"],
                   parties=["Rantalainen tilitoimisto"])
    graph = build_graph(doc, 0)
    labels = {kind: [n.label for n in graph.of_kind(kind)] for kind in NodeKind}
    assert labels[NodeKind.SOURCE] == ["Sähköposti", "Puhelin"]  # the same source once
    assert labels[NodeKind.REGISTER] == ["Asiakasrekisteri"]
    assert labels[NodeKind.SYSTEM] == ["Procountor", "Dropbox"]
    assert labels[NodeKind.PARTY] == ["Rantalainen tilitoimisto"]
    assert labels[NodeKind.COUNTRY] == ["US"]
    ids = {n.label: n.id for n in graph.nodes}
    edges = {(e.source, e.target) for e in graph.edges}
    assert (ids["Sähköposti"], ids["Asiakasrekisteri"]) in edges
    assert (ids["Procountor"], ids["Rantalainen tilitoimisto"]) in edges  # the party works in Procountor
    transfer = next(e for e in graph.edges if e.target == ids["US"])
    assert transfer.source == ids["Dropbox"] and transfer.mechanism is None


def test_organisation_graph_shares_nodes_between_registers():
    doc = parse_document({
        "schema_version": "1.0", "organization": {"name": "Oy"},
        "systems": [{"name": "CRM"}],
        "registers": [{"name": "A", "use_system_references": True, "systems": ["CRM"]},
                      {"name": "B", "use_system_references": True, "systems": ["CRM"]}],
    })
    graph = build_graph(doc)
    assert len(graph.of_kind(NodeKind.REGISTER)) == 2
    assert len(graph.of_kind(NodeKind.SYSTEM)) == 1
    with pytest.raises(IndexError):
        build_graph(doc, 5)


def test_svg_has_finnish_labels_and_translated_countries():
    doc = make_doc(sources=["Verkkosivujen lomake"], systems=["Dropbox"])
    svg = to_svg(build_graph(doc, 0), "fi")
    assert svg.startswith("<svg")
    assert "Verkkosivujen lomake" in svg and "Yhdysvallat" in svg
    assert "ei siirtoperustetta" in svg  # the transfer without a safeguard is marked
    assert "DejaVu Sans" in svg
    assert "United States" in to_svg(build_graph(doc, 0), "en")


def test_user_text_cannot_inject_markup_or_dot_escapes():
    doc = make_doc(sources=['<script>alert(1)</script> "quoted" \\N'])
    dot = to_dot(build_graph(doc, 0), "fi")
    assert '\\"quoted\\"' in dot and "\\\\N" in dot
    svg = to_svg(build_graph(doc, 0), "fi")
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    assert "\\N" in svg  # printed as typed, not replaced by the node's name


def test_png_for_word_documents():
    assert to_png(build_graph(make_doc(), 0), "sv")[:8] == b"\x89PNG\r\n\x1a\n"


def test_missing_graphviz_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(GraphvizError, match="Graphviz is not installed"):
        to_svg(build_graph(make_doc(), 0), "fi")
