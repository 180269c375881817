"""Organisations (controllers), their members, and their catalogues of systems and parties.

Text columns take their lengths from the canonical models (`column_length`), which refuse longer
text with its path before anything reaches the database.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from tietovirta import canonical as c
from tietovirta.canonical import AgreementStatus, HostingRegion, PartyRole, SystemKind, TransferMechanism
from tietovirta.organizations.choices import ChoiceLabels, choices


def _char(model, name, label, **kwargs):
    return models.CharField(label, max_length=c.column_length(model, name), blank=True, **kwargs)


def _text(model, name, label):
    return models.TextField(label, max_length=c.column_length(model, name), blank=True)


class Organization(models.Model):
    # The organisation's identity in every document and backup: a Y-tunnus is data, not a key.
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = _char(c.Organization, "name", _("name"))
    business_id = _char(c.Organization, "business_id", _("business ID (Y-tunnus)"), db_index=True)
    street_address = _char(c.Organization, "street_address", _("street address"))
    postal_code = _char(c.Organization, "postal_code", _("postal code"))
    city = _char(c.Organization, "city", _("city"))
    country = _char(c.Organization, "country", _("country"))
    email = _char(c.Organization, "email", _("e-mail"))
    phone = _char(c.Organization, "phone", _("phone"))
    website = _char(c.Organization, "website", _("website"))
    is_public_authority = models.BooleanField(_("public authority"), default=False)
    contact_person = models.JSONField(_("contact person"), null=True, blank=True)
    dpo = models.JSONField(_("data protection officer"), null=True, blank=True)
    eu_representative = models.JSONField(_("EU representative"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return organization_name(self.pk, self.name)


def organization_name(pk: int | None, name: str) -> str:
    """How the interface names an organisation: by its name, or by its number while it has none."""
    return name or _("Unnamed controller (#%(id)s)") % {"id": pk}


class Role(models.TextChoices):
    OWNER = "owner", _("owner")
    EDITOR = "editor", _("editor")
    VIEWER = "viewer", _("viewer")


class Membership(ChoiceLabels, models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.VIEWER)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organization"], name="one_membership_per_org")
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.organization} ({self.role})"

    @property
    def can_edit(self) -> bool:
        return self.role in (Role.OWNER, Role.EDITOR)

    @property
    def is_owner(self) -> bool:
        return self.role == Role.OWNER


class InvitationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(expires_at__gt=timezone.now())


class Invitation(ChoiceLabels, models.Model):
    """An owner's invitation to an address: pending until the invitee accepts it (invitations.py).

    Nobody becomes a member by being invited: the invitee opens the link the owner handed over,
    logs in as the invited address (or sets its password through the link) and accepts. Only the
    secret's hash is stored; the link is shown to the owner once.
    """

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="invitations")
    email = models.CharField(_("e-mail"), max_length=254)  # normalised (accounts/emails.py)
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.VIEWER)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    invited_by_email = models.CharField(max_length=254)  # kept if the inviter's account goes
    secret_hash = models.CharField(max_length=64, unique=True)
    # The user who opened the link logged in as the invited address: listed on her home page.
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="invitations"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "email"], name="one_invitation_per_address")
        ]

    def __str__(self) -> str:
        return f"{self.email} → {self.organization} ({self.role})"


class TransferFields(ChoiceLabels, models.Model):
    """Where data lives and on what safeguard it leaves the EEA (mirrors canonical TransferFields)."""

    hosting = models.CharField(
        _("hosting"), max_length=20, choices=choices(HostingRegion), default=HostingRegion.UNKNOWN
    )
    hosting_country = _char(c.System, "hosting_country", _("hosting country"))
    vendor_country = _char(c.System, "vendor_country", _("vendor's home country"))
    # NULL means "not recorded", which the canonical format and the checks tell apart from "none".
    transfer_mechanism = models.CharField(  # noqa: DJ001
        _("transfer mechanism"), max_length=20, choices=choices(TransferMechanism), null=True, blank=True
    )
    dpf_verified_on = models.DateField(_("DPF certification checked on"), null=True, blank=True)
    transfer_text = _text(c.System, "transfer_text", _("transfer details"))
    processor_agreement = models.CharField(
        _("processor agreement (Art. 28)"),
        max_length=20,
        choices=choices(AgreementStatus),
        default=AgreementStatus.UNKNOWN,
    )
    processor_agreement_date = models.DateField(_("agreement date"), null=True, blank=True)

    class Meta:
        abstract = True


class CatalogueEntry(TransferFields):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=c.column_length(c.System, "name"))
    description = _text(c.System, "description", _("description"))
    position = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.name


class System(CatalogueEntry):
    vendor = _char(c.System, "vendor", _("vendor"))
    kind = models.CharField(_("kind"), max_length=30, choices=choices(SystemKind), default=SystemKind.OTHER)
    history = HistoricalRecords()

    class Meta(CatalogueEntry.Meta):
        constraints = [models.UniqueConstraint(fields=["organization", "name"], name="unique_system_name")]


class Party(CatalogueEntry):
    role = models.CharField(_("role"), max_length=30, choices=choices(PartyRole), default=PartyRole.PROCESSOR)
    business_id = _char(c.Party, "business_id", _("business ID"))
    contact = models.JSONField(_("contact"), null=True, blank=True)
    systems = models.ManyToManyField(System, blank=True, related_name="parties", verbose_name=_("systems"))
    history = HistoricalRecords()

    class Meta(CatalogueEntry.Meta):
        verbose_name_plural = "parties"
        constraints = [models.UniqueConstraint(fields=["organization", "name"], name="unique_party_name")]
