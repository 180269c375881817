"""How long a login attempt must wait: failed logins slow an attacker down without locking anyone out.

- From one address, 5 failures for one account (or 20 for any) within 15 minutes refuse that
  address until the oldest of them is 15 minutes old: an attacker locks out only herself.
- From any number of addresses, failures for one account beyond 10 within 15 minutes make every
  attempt for it wait a delay that doubles with each further failure, up to 5 minutes: a distributed
  guesser gets a guess every few minutes, and the account's owner waits minutes, not a fixed lock.

The audit log records every failed login (actor = the normalised address), in every process.
"""

import datetime as dt

from django.utils import timezone

from tietovirta.audit.models import AuditEvent, Event

WINDOW = dt.timedelta(minutes=15)
FAILURES_PER_ACCOUNT_AND_ADDRESS = 5
FAILURES_PER_ADDRESS = 20
SLOW_DOWN_AFTER = 10
MAX_DELAY = dt.timedelta(minutes=5)


def _recent_failures():
    return AuditEvent.objects.filter(event=Event.LOGIN_FAILED, created_at__gte=timezone.now() - WINDOW)


def _until_window_passes(failures) -> dt.timedelta:
    oldest = failures.order_by("created_at").values_list("created_at", flat=True).first()
    return max(oldest + WINDOW - timezone.now(), dt.timedelta(seconds=1))


def login_delay(account: str) -> dt.timedelta:
    """The delay failures from every address have put on `account` (a normalised address)."""
    failures = _recent_failures().filter(actor=account)
    count = failures.count()
    if count < SLOW_DOWN_AFTER:
        return dt.timedelta(0)
    wait = min(dt.timedelta(seconds=2 ** (count - SLOW_DOWN_AFTER)), MAX_DELAY)
    last = failures.order_by("-created_at").values_list("created_at", flat=True).first()
    return max(last + wait - timezone.now(), dt.timedelta(0))


def wait_before_login(account: str, address: str | None) -> dt.timedelta:
    """How long this attempt must wait; zero when it may go ahead."""
    recent = _recent_failures()
    if address:
        from_address = recent.filter(ip_address=address)
        if account and from_address.filter(actor=account).count() >= FAILURES_PER_ACCOUNT_AND_ADDRESS:
            return _until_window_passes(from_address.filter(actor=account))
        if from_address.count() >= FAILURES_PER_ADDRESS:
            return _until_window_passes(from_address)
    return login_delay(account) if account else dt.timedelta(0)
