"""What shows one register (its page, its documents, its piece of the dashboard's checks) is kept under that
register's generation and what the organisation's registers share (fragments.register_revision,
registers/findings.py, registers/changes.py): it is built again after every change it shows, and only then;
an edit of another register leaves it as it was.

Each test shows register A's page and a download of it first, so that both are kept, makes one kind of
change through the services the pages use, and shows them again, counting how often the page's parts and
the document were built from the data (the real functions, counted on their way through). Then it clears
every cache and shows them again: what was served from the cache must be what the data says now.
"""

import re

import pytest
from django.core.cache import caches
from django.urls import reverse
from django.utils import timezone

from tietovirta import canonical as c
from tietovirta.assessments import services as assessments
from tietovirta.checks import engine
from tietovirta.interchange import (
    export_document,
    organization_to_canonical,
    party_to_canonical,
    register_to_canonical,
    save_catalogue_entry,
    save_organization,
    save_register,
    system_to_canonical,
)
from tietovirta.organizations.models import Organization, Party
from tietovirta.publishing import views as publishing_views
from tietovirta.registers import views as register_views
from tietovirta.registers.findings import cached_organization_health, organization_health
from tietovirta.registers.models import Register

pytestmark = pytest.mark.django_db


@pytest.fixture
def acme(generated_organization):
    """A generated organisation of 6 registers; A (the first) uses a system and a party."""
    return generated_organization(registers=6)


def _a(organization) -> Register:
    """Register A: the first active one that uses both a system and a party."""
    registers = organization.registers.active().filter(systems__isnull=False, parties__isnull=False)
    return registers.order_by("position", "id").distinct().first()


def _b(organization) -> Register:
    """Register B: another one, which the changes to B below do not link to A's system or party."""
    return organization.registers.active().exclude(pk=_a(organization).pk).order_by("position", "id").first()


@pytest.fixture
def builds(monkeypatch):
    """How many times A's page parts and its document were built from the data (the real builders)."""
    counts = {"page": 0, "document": 0, "checks": []}

    def counted(kind, build):
        def build_and_count(*args, **kwargs):
            counts[kind] += 1
            return build(*args, **kwargs)

        return build_and_count

    def checked(make_piece):
        def check_and_note(subject):
            counts["checks"].append(subject.register.name)
            return make_piece(subject)

        return check_and_note

    monkeypatch.setattr(register_views, "_register_page", counted("page", register_views._register_page))
    monkeypatch.setattr(
        publishing_views, "register_document", counted("document", publishing_views.register_document)
    )
    monkeypatch.setattr(engine, "make_piece", checked(engine.make_piece))
    return counts


def _page(client, register) -> str:
    url = reverse("register", kwargs={"org_id": register.organization_id, "register_id": register.pk})
    response = client.get(url)
    assert response.status_code == 200
    # Each response masks the CSRF token anew: compare the pages without it.
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", response.content.decode())


def _document(client, register) -> bytes:
    url = reverse("register_download", kwargs={"org_id": register.organization_id, "register_id": register.pk,
                                               "doc": "tietovirtakuvaus", "fmt": "html"})
    response = client.get(url + "?lang=fi")
    assert response.status_code == 200
    return response.content


def _edit(register, **values) -> None:
    register = Register.objects.get(pk=register.pk)
    save_register(register, register_to_canonical(register).model_copy(update=values))


def edit_a(organization):
    _edit(_a(organization), description="Asiakkaiden tiedot, muokattu")


def edit_b(organization):
    _edit(_b(organization), description="Toisen rekisterin kuvaus, muokattu")


def link_b_elsewhere(organization):
    """B loses its systems (every generated register has one): a change to B's links, not to A's."""
    b = _b(organization)
    assert b.systems.exists()
    b.systems.clear()


def rename_a_system(organization):
    system = _a(organization).systems.order_by("pk").first()
    save_catalogue_entry(system, system_to_canonical(system).model_copy(update={"name": "Uusi järjestelmä"}))


def delete_a_system(organization):
    _a(organization).systems.order_by("pk").first().delete()


def change_a_party(organization):
    party = _a(organization).parties.order_by("pk").first()
    changed = {"name": "Uusi käsittelijä Oy", "processor_agreement": c.AgreementStatus.MISSING}
    save_catalogue_entry(party, party_to_canonical(party).model_copy(update=changed))


def change_an_unused_party(organization):
    """A party no register uses: the catalogue every register's documents read, so A's too."""
    Party.objects.create(organization=organization, name="Käyttämätön Oy")


def change_organization(organization):
    changed = {"name": "Acme Uusi Oy", "email": "tietosuoja@acme.example"}
    save_organization(organization, organization_to_canonical(organization).model_copy(update=changed))


def _assess(register):
    row = assessments.new_assessment(register, title="Arvio 2026", lang="fi")
    assessments.save_assessment(row, assessments.to_canonical(row).model_copy(update={"title": "Arvio 2027"}))


def assess_a(organization):
    _assess(_a(organization))


def assess_b(organization):
    _assess(_b(organization))


# (change, whether A's page and document are built again, whether the change shows in them). A change to
# the catalogue builds them again even where they do not show it: every register's checks read the whole
# catalogue (a vendor's entries are judged together).
CHANGES = [
    (edit_a, True, True),
    (edit_b, False, False),
    (link_b_elsewhere, False, False),
    (assess_b, False, False),
    (rename_a_system, True, True),
    (delete_a_system, True, True),
    (change_a_party, True, True),
    (change_an_unused_party, True, False),
    (change_organization, True, True),
    (assess_a, True, True),
]


@pytest.mark.parametrize(
    ("change", "rebuilt", "shows"), CHANGES, ids=[change.__name__ for change, *_ in CHANGES]
)
def test_a_registers_page_and_document_are_built_again_exactly_when_a_change_shows_in_them(
    owner_client, acme, builds, change, rebuilt, shows
):
    a = _a(acme)
    page, document = _page(owner_client, a), _document(owner_client, a)
    assert _page(owner_client, a) == page and _document(owner_client, a) == document
    assert (builds["page"], builds["document"]) == (1, 1)  # the second time from the cache

    change(Organization.objects.get(pk=acme.pk))
    page_after, document_after = _page(owner_client, a), _document(owner_client, a)
    assert (builds["page"], builds["document"]) == (1 + rebuilt, 1 + rebuilt)
    if shows:  # so a page kept from before would be caught
        assert (page_after, document_after) != (page, document)

    # Nothing kept: what was served is what the data says now.
    caches["fragments"].clear()
    caches["fragments-here"].clear()
    caches["documents"].clear()
    assert _page(owner_client, a) == page_after
    assert _document(owner_client, a) == document_after


def _dashboard_health(organization):
    return cached_organization_health(Organization.objects.get(pk=organization.pk))


def _from_scratch(organization):
    engine._REMEMBERED.clear()
    document = export_document(Organization.objects.get(pk=organization.pk), include_archived=False)
    return organization_health(document, timezone.localdate())


@pytest.mark.parametrize(
    ("change", "rebuilt", "shows"), CHANGES, ids=[change.__name__ for change, *_ in CHANGES]
)
def test_a_registers_piece_of_the_dashboards_checks_is_made_again_exactly_when_a_change_shows_in_it(
    acme, builds, change, rebuilt, shows
):
    name = _a(acme).name
    _dashboard_health(acme)
    assert builds["checks"].count(name) == 1
    change(Organization.objects.get(pk=acme.pk))
    shown = _dashboard_health(acme)
    assert builds["checks"].count(_a(acme).name) == 1 + rebuilt
    # Only what the change touched is checked again: an edit of B makes B's piece alone.
    if change in (edit_b, link_b_elsewhere, assess_b, edit_a, assess_a):
        assert len(builds["checks"]) == acme.registers.active().count() + 1
    fresh = _from_scratch(acme)
    assert (shown.findings, shown.score) == (fresh.findings, fresh.score)
    assert [(h.name, h.score) for h in shown.registers] == [(h.name, h.score) for h in fresh.registers]


def test_another_registers_edit_leaves_each_register_as_kept_and_its_own_page_shows_it(
    owner_client, acme, builds
):
    """Edits of several registers in turn: each one's own page shows its edit, A's stays kept."""
    a = _a(acme)
    _page(owner_client, a)
    for register in acme.registers.active().exclude(pk=a.pk).order_by("position", "id")[:3]:
        _edit(register, description=f"Muutettu {register.pk}")
        assert f"Muutettu {register.pk}" in _page(owner_client, register)
        _page(owner_client, a)
    assert builds["page"] == 1 + 3  # A once, and each edited register once after its edit


@pytest.mark.parametrize("change", ["rename_system", "change_organization"])
def test_a_register_page_reads_the_catalogue_kept_under_what_the_registers_share(acme, change):
    """The register page's document takes the organisation and its catalogue as the checks keep them
    (findings.register_document_kept): after a change to them it is what the data says, not what was kept."""
    from tietovirta.fragments import health_row
    from tietovirta.interchange import register_document
    from tietovirta.registers.findings import register_document_kept

    def document():
        organization = Organization.objects.get(pk=acme.pk)  # its row of generations read afresh
        register = Register.objects.prefetch_related("systems", "parties", "risk_assessments")
        register = register.get(pk=_a(acme).pk)
        return register_document_kept(register, health_row(organization)), register_document(register)

    kept, fresh = document()
    assert kept == fresh
    if change == "rename_system":
        system = _a(acme).systems.first()
        renamed = system_to_canonical(system).model_copy(update={"name": "Uusi järjestelmä"})
        save_catalogue_entry(system, renamed)
    else:
        item = organization_to_canonical(acme).model_copy(update={"name": "Uusi Nimi Oy"})
        save_organization(acme, item)
    caches["checks-here"].clear()  # as another worker: from the shared cache
    changed, fresh = document()
    assert changed == fresh and changed != kept
