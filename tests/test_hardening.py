"""Hardening: production settings, security headers, login throttling, sessions, password rules."""

import os
import re
import subprocess
import sys

from django.conf import settings
from django.test import Client
from django.urls import reverse

from tietovirta.audit.models import AuditEvent


def test_deploy_check_is_clean_with_production_settings(tmp_path):
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "tietovirta.settings",
        "SECRET_KEY": "k" * 20 + "-Production-Secret-Key-That-Is-Long-And-Random-9f8e7d6c",
        "ALLOWED_HOSTS": "tietovirta.example.fi",
        "HTTPS": "1",
        "DEBUG": "",
        "TIETOVIRTA_DATA_DIR": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_pages_carry_a_strict_content_security_policy(owner_client, org):
    response = owner_client.get(reverse("organization", kwargs={"org_id": org.pk}))
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY" and response["X-Content-Type-Options"] == "nosniff"
    html = response.content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline script would be blocked by the CSP"
    assert not re.search(r"\son(click|submit|change|load)=", html)


def test_login_is_throttled_after_repeated_failures(owner):
    client = Client()
    for _attempt in range(5):
        client.post(reverse("login"), {"username": "owner@example.fi", "password": "väärä"})
    response = client.post(
        reverse("login"), {"username": "owner@example.fi", "password": "correct-horse-battery"}
    )
    assert response.status_code == 429 and 0 < int(response["Retry-After"]) <= 900
    assert "_auth_user_id" not in client.session
    assert AuditEvent.objects.filter(event="login_failed").count() == 5
    other = Client()  # another account from another address is not affected
    assert other.post(reverse("login"), {"username": "x@example.fi", "password": "y"}).status_code == 200


def test_logout_everywhere_ends_every_session(owner):
    laptop, phone = Client(), Client()
    for device in (laptop, phone):
        assert (
            device.post(
                reverse("login"), {"username": "owner@example.fi", "password": "correct-horse-battery"}
            ).status_code
            == 302
        )
    assert phone.get(reverse("home")).status_code == 200
    laptop.post(reverse("logout_everywhere"))
    assert phone.get(reverse("home")).status_code == 302  # back to the login page
    assert laptop.get(reverse("home")).status_code == 302


def test_sessions_expire_and_cookies_are_http_only():
    assert settings.SESSION_COOKIE_AGE <= 12 * 60 * 60
    assert settings.SESSION_COOKIE_HTTPONLY and settings.CSRF_COOKIE_HTTPONLY


def test_weak_passwords_are_refused(owner_client, org, invite):
    link = invite(owner_client, org, "uusi@example.fi", "viewer")
    fresh = Client()
    weak = fresh.post(link + "password/", {"new_password1": "12345678", "new_password2": "12345678"})
    assert weak.status_code == 200
    assert not fresh.login(username="uusi@example.fi", password="12345678")
