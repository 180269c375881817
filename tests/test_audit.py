"""The audit log: security-relevant events recorded, readable and exportable by owners, unchangeable."""

import pytest
from django.test import Client
from django.urls import reverse

from complete_register import complete_data
from tietovirta.audit.models import AuditEvent
from tietovirta.canonical import parse_document
from tietovirta.interchange import load_document
from tietovirta.organizations.models import Membership, System
from tietovirta.registers.models import Register


def _events(org=None):
    rows = AuditEvent.objects.all() if org is None else AuditEvent.objects.filter(organization=org)
    return list(rows.values_list("event", "target"))


def test_logins_and_failed_logins_are_recorded(owner, org):
    client = Client()
    client.post(reverse("login"), {"username": "owner@example.fi", "password": "wrong"})
    client.post(reverse("login"), {"username": "owner@example.fi", "password": "correct-horse-battery"})
    events = list(AuditEvent.objects.values_list("event", "actor"))
    assert ("login_failed", "owner@example.fi") in events and ("login", "owner@example.fi") in events
    assert all(
        "correct-horse" not in str(row) for row in AuditEvent.objects.values_list("details", flat=True)
    )


def test_membership_export_publication_and_deletion_are_recorded(owner_client, org, join_by_invitation,
                                                                   make_publishable):
    join_by_invitation(owner_client, org, "uusi@example.fi", "viewer")
    member = Membership.objects.get(user__username="uusi@example.fi")
    url = reverse("member_update", kwargs={"org_id": org.pk, "membership_id": member.pk})
    owner_client.post(url, {"role": "editor"})
    owner_client.post(url, {"remove": "1"})
    owner_client.get(reverse("organization_export", kwargs={"org_id": org.pk}))
    load_document(parse_document(complete_data()), organization=org)  # complete, so it can be published
    register = Register.objects.get(organization=org)
    owner_client.post(reverse("register_publish", kwargs={"org_id": org.pk, "register_id": register.pk}))
    system = System.objects.create(organization=org, name="Kalenteri")
    owner_client.post(
        reverse("catalogue_delete", kwargs={"org_id": org.pk, "kind": "systems", "pk": system.pk})
    )
    events = _events(org)
    for expected in [
        ("member_invited", "uusi@example.fi"),
        ("password_set_through_link", "uusi@example.fi"),
        ("member_added", "uusi@example.fi"),
        ("role_changed", "uusi@example.fi"),
        ("member_removed", "uusi@example.fi"),
        ("export", "JSON"),
        ("publication", "Asiakasrekisteri"),
        ("deletion", "systems: Kalenteri"),
    ]:
        assert expected in events


def test_permanent_deletion_needs_owner_archive_and_confirmation(owner_client, org, make_user):
    register = Register.objects.create(organization=org, name="Poistettava")
    url = reverse("register_delete", kwargs={"org_id": org.pk, "register_id": register.pk})
    owner_client.post(url, {"confirm_name": "Poistettava"})
    assert Register.objects.filter(pk=register.pk).exists()  # not archived yet
    register.status = "archived"
    register.save()
    editor = make_user("muokkaaja@example.fi")
    Membership.objects.create(user=editor, organization=org, role="editor")
    editor_client = Client()
    editor_client.force_login(editor)
    assert editor_client.post(url, {"confirm_name": "Poistettava"}).status_code == 403
    owner_client.post(url, {"confirm_name": "väärä nimi"})
    assert Register.objects.filter(pk=register.pk).exists()
    owner_client.post(url, {"confirm_name": "Poistettava"})
    assert not Register.objects.filter(pk=register.pk).exists()
    assert ("permanent_deletion", "Poistettava") in _events(org)


def test_only_owners_read_and_export_the_log(owner_client, org, make_user):
    owner_client.get(reverse("organization_export", kwargs={"org_id": org.pk}))
    url = reverse("audit_log", kwargs={"org_id": org.pk})
    page = owner_client.get(url).content.decode()
    assert 'data-event="export"' in page
    csv_text = owner_client.get(url, {"format": "csv"}).content.decode("utf-8-sig")
    assert csv_text.splitlines()[0] == "time,event,by,target,ip_address" and "export" in csv_text
    editor = make_user("e@example.fi")
    Membership.objects.create(user=editor, organization=org, role="editor")
    editor_client = Client()
    editor_client.force_login(editor)
    assert editor_client.get(url).status_code == 403


def test_events_cannot_be_changed_or_deleted(org):
    from tietovirta.audit.log import record

    event = record("export", organization=org, target="JSON")
    event.target = "nothing happened"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.filter(pk=event.pk).update(target="x")
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.get(pk=event.pk).target == "JSON"


@pytest.mark.parametrize(
    ("doc", "fmt"),
    [("tietosuojaseloste", "pdf"), ("tietovirtakuvaus", "docx"), ("tietovirtakuvaus", "md")],
)
def test_register_document_downloads_are_recorded(owner_client, org, doc, fmt):
    register = Register.objects.create(organization=org, name="Asiakkaat")
    url = reverse("register_download", kwargs={"org_id": org.pk, "register_id": register.pk, "doc": doc,
                                               "fmt": fmt})
    assert owner_client.get(url).status_code == 200
    event = AuditEvent.objects.get(event="export")
    assert event.target == f"Asiakkaat: {doc}.{fmt}" and event.organization == org


def test_the_diagram_shown_on_the_register_page_is_not_an_export(owner_client, org):
    register = Register.objects.create(organization=org, name="Asiakkaat")
    kwargs = {"org_id": org.pk, "register_id": register.pk, "doc": "diagram", "fmt": "svg"}
    url = reverse("register_download", kwargs=kwargs)
    assert owner_client.get(url).status_code == 200
    assert not AuditEvent.objects.filter(event="export").exists()


def test_api_downloads_are_recorded(org, owner):
    from tietovirta.api.models import ApiToken

    register = Register.objects.create(organization=org, name="Asiakkaat")
    membership = Membership.objects.get(user=owner, organization=org)
    secret = ApiToken.issue(name="t", membership=membership, scope="read")[1]
    response = Client().get(
        f"/api/v1/organizations/{org.pk}/registers/{register.pk}/documents/tietosuojaseloste.pdf",
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert response.status_code == 200
    assert AuditEvent.objects.filter(event="export", target="Asiakkaat: tietosuojaseloste.pdf").exists()


def test_command_line_exports_show_in_the_users_language(owner_client, org, capsys):
    from tietovirta.cli import main

    assert main(["export", str(org.pk)]) == 0
    page = owner_client.get(reverse("audit_log", kwargs={"org_id": org.pk})).content.decode()
    assert "komentorivi" in page and "command line" not in page


def test_publications_made_by_loading_a_document_show_in_the_users_language(owner_client, org):
    from tietovirta.audit.log import record
    from tietovirta.audit.models import LOAD

    record("publication", organization=org, target="Asiakkaat", actor=LOAD)
    page = owner_client.get(reverse("audit_log", kwargs={"org_id": org.pk})).content.decode()
    assert "asiakirjan lataus" in page and ">load<" not in page
