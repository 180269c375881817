"""Demo data: the seed organisations (fixtures/*.json) and the register templates (templates.py)."""

from importlib import resources

from tietovirta.canonical.schema import OrganizationDocument, parse_document


def demo_documents() -> list[OrganizationDocument]:
    """The five seed documents as canonical documents, in seed order (no database needed)."""
    folder = resources.files("tietovirta.demo") / "fixtures"
    files = sorted(f for f in folder.iterdir() if f.name.endswith(".json"))
    return [parse_document(f.read_bytes(), strict=True) for f in files]
