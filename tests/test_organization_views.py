"""Organisations, the system and party catalogues, members and roles in the web app."""

from django.urls import reverse

from tietovirta.organizations.models import Membership, Organization, Party, System


def test_create_organisation_validates_the_business_id(owner_client, owner):
    url = reverse("organization_new")
    refused = owner_client.post(url, {"name": "Uusi Oy", "business_id": "2643821-2"})
    assert refused.status_code == 200 and not Organization.objects.filter(name="Uusi Oy").exists()
    assert "1234567-8" in refused.content.decode()  # the message says what a valid one looks like
    response = owner_client.post(url, {"name": "Uusi Oy", "business_id": "26438211", "city": "Rauma"})
    created = Organization.objects.get(name="Uusi Oy")
    assert response.status_code == 302 and created.business_id == "2643821-1"
    assert Membership.objects.get(organization=created).user == owner
    assert Membership.objects.get(organization=created).role == "owner"


def test_organisation_name_is_required(owner_client):
    response = owner_client.post(reverse("organization_new"), {"name": ""})
    assert response.status_code == 200 and not Organization.objects.exists()


def test_system_catalogue(owner_client, org):
    url = reverse("catalogue_new", kwargs={"org_id": org.pk, "kind": "systems"})
    data = {
        "name": "HubSpot",
        "vendor": "HubSpot Inc.",
        "kind": "crm",
        "hosting": "eea",
        "hosting_country": "DE",
        "vendor_country": "US",
        "transfer_mechanism": "dpf",
        "dpf_verified_on": "2026-10-01",
        "processor_agreement": "signed",
        "processor_agreement_date": "2025-01-15",
    }
    assert owner_client.post(url, data).status_code == 302
    system = System.objects.get(organization=org)
    assert (system.kind, system.transfer_mechanism, str(system.dpf_verified_on)) == (
        "crm",
        "dpf",
        "2026-10-01",
    )
    duplicate = owner_client.post(url, data)
    assert duplicate.status_code == 200 and System.objects.count() == 1
    listing = owner_client.get(reverse("catalogue", kwargs={"org_id": org.pk, "kind": "systems"}))
    assert "HubSpot" in listing.content.decode()


def test_party_links_only_own_systems(owner_client, org, make_org):
    own = System.objects.create(organization=org, name="Procountor")
    foreign = System.objects.create(organization=make_org(name="Muu", business_id="0166094-0"), name="Vieras")
    url = reverse("catalogue_new", kwargs={"org_id": org.pk, "kind": "parties"})
    base = {"name": "Tilitoimisto", "role": "processor", "hosting": "fi", "processor_agreement": "signed"}
    assert owner_client.post(url, {**base, "systems": [foreign.pk]}).status_code == 200
    assert owner_client.post(url, {**base, "systems": [own.pk]}).status_code == 302
    assert list(Party.objects.get().systems.all()) == [own]


def test_delete_catalogue_entry(owner_client, org):
    system = System.objects.create(organization=org, name="Excel")
    url = reverse("catalogue_delete", kwargs={"org_id": org.pk, "kind": "systems", "pk": system.pk})
    assert owner_client.get(url).status_code == 405  # deleting needs a POST
    assert owner_client.post(url).status_code == 302 and not System.objects.exists()


def test_invited_viewer_sets_password_and_can_read_but_not_edit(owner_client, org, join_by_invitation):
    client = join_by_invitation(owner_client, org, "Lukija@Example.fi", "viewer")
    membership = Membership.objects.get(user__username="lukija@example.fi")
    assert membership.role == "viewer"
    client.logout()
    assert client.login(username="lukija@example.fi", password="pitkä-salasana-123")
    assert client.get(reverse("organization", kwargs={"org_id": org.pk})).status_code == 200
    assert client.get(reverse("organization_edit", kwargs={"org_id": org.pk})).status_code == 403
    assert client.get(reverse("members", kwargs={"org_id": org.pk})).status_code == 200
    assert (
        client.post(
            reverse("member_invite", kwargs={"org_id": org.pk}), {"email": "x@example.fi", "role": "owner"}
        ).status_code
        == 403
    )


def test_last_owner_cannot_be_demoted_or_removed(owner_client, org):
    membership = Membership.objects.get(organization=org)
    url = reverse("member_update", kwargs={"org_id": org.pk, "membership_id": membership.pk})
    owner_client.post(url, {"role": "viewer"})
    owner_client.post(url, {"remove": "1"})
    membership.refresh_from_db()
    assert membership.role == "owner"


def test_consultant_sees_all_her_organisations_and_switches(owner_client, owner, org, make_org):
    second = make_org(owner, name="Toinen Asiakas Oy", business_id="0166094-0")
    make_org(None, name="Ei minun Oy", business_id="2623348-6")
    home = owner_client.get(reverse("home")).content.decode()
    assert "Testi Oy" in home and "Toinen Asiakas Oy" in home and "Ei minun Oy" not in home
    page = owner_client.get(reverse("organization", kwargs={"org_id": second.pk})).content.decode()
    assert reverse("organization", kwargs={"org_id": org.pk}) in page  # the switcher links to the other one


def test_export_downloads_the_canonical_document(owner_client, org):
    response = owner_client.get(reverse("organization_export", kwargs={"org_id": org.pk}))
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["organization"]["business_id"] == "2643821-1"
