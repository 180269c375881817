"""Shared fixtures: users, organisations with memberships, and logged-in clients."""

import datetime as dt
import os

import pytest

# Playwright's sync API runs an event loop in the test thread; Django must allow ORM calls there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _uses_the_database(item) -> bool:
    return bool(item.get_closest_marker("django_db")) or bool(
        {"db", "transactional_db"} & set(getattr(item, "fixturenames", ()))
    )


@pytest.fixture(scope="session", autouse=True)
def _database_identity(request, django_db_blocker):
    """Read the database's identity (the caches' key prefix) once, before any test: read on a test's first
    cache access, it would be a query in that test's count of queries, whichever test happened to be first.
    Only when some test uses the database: otherwise no test database is made, and none is read."""
    if not any(_uses_the_database(item) for item in request.session.items):
        return
    request.getfixturevalue("django_db_setup")
    from tietovirta.installation.cache_keys import database_token

    with django_db_blocker.unblock():
        database_token()


@pytest.fixture(autouse=True)
def _own_caches(settings, tmp_path):
    """Each test writes its generated documents afresh, into a cache of its own, and renders its page
    fragments afresh (ids and revisions start again in every test's database); its sessions too."""
    from django.core.cache import caches

    settings.CACHES = {
        **settings.CACHES,
        "documents": {**settings.CACHES["documents"], "LOCATION": str(tmp_path / "document-cache")},
        "fragments": {**settings.CACHES["fragments"], "LOCATION": str(tmp_path / "fragment-cache")},
        "sessions": {**settings.CACHES["sessions"], "LOCATION": str(tmp_path / "session-cache")},
        "checks": {**settings.CACHES["checks"], "LOCATION": str(tmp_path / "checks-cache")},
        "api_answers": {**settings.CACHES["api_answers"], "LOCATION": str(tmp_path / "api-answers")},
        "api_pages": {**settings.CACHES["api_pages"], "LOCATION": str(tmp_path / "api-pages")},
        "dashboard_parts": {**settings.CACHES["dashboard_parts"], "LOCATION": str(tmp_path / "dashboard")},
    }
    caches["fragments-here"].clear()
    caches["checks-here"].clear()
    caches["health-here"].clear()
    caches["dashboard_parts-here"].clear()
    from tietovirta.api import throttling

    throttling.forget()  # the blocks this process took are of the last test's database


@pytest.fixture
def make_user(db, django_user_model):
    def make(email: str = "user@example.fi", password: str = "correct-horse-battery"):
        return django_user_model.objects.create_user(username=email, email=email, password=password)

    return make


@pytest.fixture
def make_org(db):
    from tietovirta.organizations.models import Membership, Organization

    def make(user=None, role="owner", **fields):
        organization = Organization.objects.create(
            **{"name": "Testi Oy", "business_id": "2643821-1", **fields}
        )
        if user is not None:
            Membership.objects.create(user=user, organization=organization, role=role)
        return organization

    return make


@pytest.fixture
def owner(make_user):
    return make_user("owner@example.fi")


@pytest.fixture
def org(make_org, owner):
    return make_org(owner)


@pytest.fixture
def owner_client(client, owner):
    client.force_login(owner)
    return client


@pytest.fixture
def empty_the_database(db):
    """Make the database as a fresh install has it (before a restore): no organisation, no history,
    no user, no audit entry. The application itself never deletes audit entries; this does."""

    def empty():
        from django.contrib.auth import get_user_model
        from django.db import connection

        from tietovirta.assessments.models import RiskAssessment
        from tietovirta.audit.models import AuditEvent
        from tietovirta.breaches.models import Breach
        from tietovirta.organizations.models import Organization, Party, System
        from tietovirta.registers.models import Register
        from tietovirta.requests.models import RequestTask, SubjectRequest

        Organization.objects.all().delete()
        for model in (
            Organization,
            System,
            Party,
            Register,
            RiskAssessment,
            SubjectRequest,
            RequestTask,
            Breach,
        ):
            model.history.model.objects.all().delete()
        get_user_model().objects.all().delete()
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {AuditEvent._meta.db_table}")

    return empty


@pytest.fixture
def make_publishable(db):
    """A register nothing blocks from publishing: the customer template with a responsible person and
    the accounting firm its text mentions as a processor, then `fields` written over it."""
    from tietovirta import canonical as c
    from tietovirta.demo.templates import REGISTER_TEMPLATES
    from tietovirta.interchange import save_register
    from tietovirta.organizations.models import Party
    from tietovirta.registers.models import Register

    def make(organization, name: str = "Asiakasrekisteri", **fields):
        register = Register(organization=organization, position=organization.registers.count())
        person = c.Contact(name="Tiina Testaaja", title="toimitusjohtaja", email="tiina@testi.fi")
        firm, _ = Party.objects.get_or_create(
            organization=organization,
            name="Tilitoimisto Numero Oy",
            defaults={"role": "processor", "processor_agreement": "signed", "hosting": "fi"},
        )
        item = REGISTER_TEMPLATES["asiakasrekisteri"].model_copy(
            update={"name": name, "responsible_person": person, "parties": [firm.name], **fields}
        )
        save_register(register, c.Register.model_validate(item.model_dump()))
        return register

    return make


@pytest.fixture
def draft(org):
    """A register complete in every language (tests/complete_register.py), in `org` as a draft to publish."""
    from complete_register import complete_data
    from tietovirta.canonical import parse_document
    from tietovirta.interchange import load_document
    from tietovirta.registers.models import Register

    data = complete_data()
    data["registers"][0]["status"] = "draft"
    load_document(parse_document(data), organization=org)
    return Register.objects.get(organization=org)


@pytest.fixture
def publish():
    """`publish(owner_client, org, register)`: the register published by its owner's button."""
    from django.urls import reverse

    def press(owner_client, org, register) -> None:
        url = reverse("register_publish", kwargs={"org_id": org.pk, "register_id": register.pk})
        assert owner_client.post(url).status_code == 302

    return press


INVITATION_LINK = r"http://testserver(/invitations/[A-Za-z0-9_-]+/)"


@pytest.fixture
def invite():
    """`invite(owner_client, org, email, role)` → the path of the invitation link the owner is shown."""
    import re

    from django.urls import reverse

    def make(owner_client, org, email: str, role: str = "viewer") -> str:
        page = owner_client.post(
            reverse("member_invite", kwargs={"org_id": org.pk}), {"email": email, "role": role}
        ).content.decode()
        return re.search(INVITATION_LINK, page).group(1)

    return make


@pytest.fixture
def join_by_invitation(invite):
    """Invite `email`, set its password through the link in a fresh browser and accept: that browser."""
    from django.test import Client

    def join(owner_client, org, email: str, role: str = "viewer", password: str = "pitkä-salasana-123"):
        link = invite(owner_client, org, email, role)
        browser = Client()
        browser.post(link + "password/", {"new_password1": password, "new_password2": password})
        assert browser.post(link, {"accept": "1"}).status_code == 302
        return browser

    return join


@pytest.fixture
def generated_organization(owner):
    """Make an organisation with `generate` (systems, parties, findings of most rules) owned by `owner`."""
    from tietovirta.commands.generate import generate
    from tietovirta.organizations.models import Membership, Organization

    def make(registers: int, seed: int = 11) -> Organization:
        before = set(Organization.objects.values_list("pk", flat=True))
        generate(organizations=1, registers=registers, seed=seed)
        organization = Organization.objects.exclude(pk__in=before).get()
        Membership.objects.create(user=owner, organization=organization, role="owner")
        return organization

    return make


@pytest.fixture
def clock_at(monkeypatch):
    """Sets the clock `deadlines.today()` reads (only it) to an aware UTC moment."""
    from tietovirta import deadlines

    def set_clock(utc: dt.datetime) -> None:
        clock = type("Clock", (dt.datetime,), {"now": classmethod(lambda cls, tz=None: utc.astimezone(tz))})
        monkeypatch.setattr(deadlines, "dt", type("DatetimeModule", (), {"datetime": clock}))

    return set_clock
