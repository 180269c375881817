from django.conf import settings
from django.db import models


class UserSession(models.Model):
    """The sessions a user has opened, so "log out everywhere" can end them all."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    session_key = models.CharField(max_length=40, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.user} {self.created_at:%Y-%m-%d %H:%M}"


class AccountOrigin(models.Model):
    """Who made the account, and whether its password was last set through an invitation link.

    Without mail, a link proves only that its holder had it: whoever held it could have set the
    password. So the account says which owner of which organisation issued the link that created it
    (and the one that last set its password), and while the password is one a link set, another
    invitation link for the address may replace it (organizations/invitations.py).
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="origin")
    created_by = models.CharField(max_length=254)  # the inviting owner's address
    created_in = models.CharField(max_length=200)  # the organisation's name
    created_at = models.DateTimeField(auto_now_add=True)
    # Set when a link set the password; cleared when the account's holder changes it herself.
    password_set_by = models.CharField(max_length=254, blank=True)
    password_set_in = models.CharField(max_length=200, blank=True)
    password_set_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.user}: created through {self.created_by} ({self.created_in})"

    @property
    def password_set_through_link(self) -> bool:
        return self.password_set_at is not None
