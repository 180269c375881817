"""The vendor knowledge base (knowledge/vendors.toml) is data people add to by hand: every entry must be
one the importer, the checks and the documents can use as it stands."""

import tomllib

from tietovirta.canonical.schema import HostingRegion
from tietovirta.knowledge import countries
from tietovirta.knowledge.vendors import DPF_STATUSES, KB_PATH, find_vendors, vendors

ENTRIES = tomllib.loads(KB_PATH.read_text(encoding="utf-8"))["vendor"]


def test_ids_are_unique_and_parents_exist():
    ids = [entry["id"] for entry in ENTRIES]
    assert len(ids) == len(set(ids))
    assert {entry["parent"] for entry in ENTRIES if entry.get("parent")} <= set(ids)


def test_every_entry_has_usable_values():
    for entry in ENTRIES:
        name = entry["id"]
        assert entry["name"].strip() and entry.get("aliases"), name
        assert entry.get("dpf", "unknown") in DPF_STATUSES, name
        HostingRegion(entry.get("hosting", "unknown"))  # raises on a value the model does not know
        for key in ("country", "hosting_country"):
            code = entry.get(key, "")
            assert code == "" or (len(code) == 2 and code.isupper()), (name, key)
        # A certification is only meaningful for a vendor outside the EEA.
        if entry.get("dpf") == "certified" and entry.get("country"):
            assert not countries.is_eea(entry["country"]), name


def test_every_vendor_is_found_by_its_name():
    missed = []
    for vendor in vendors():
        found = {v.id for v in find_vendors(f"Käytämme palvelua {vendor.name}.", about_systems=True)}
        if vendor.id not in found and vendor.parent not in found:
            missed.append(vendor.id)
    assert missed == []
