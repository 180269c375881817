"""Built-in catalogue of information-system vendors common in Finnish SMEs.

Used to recognise systems named in prose ("CRM Hubspot", "G-suite sähköposti"), to prefill a
catalogue entry, and by the checks: a vendor whose home country is outside the EEA needs a
recorded transfer mechanism even when it hosts in the EU (LEGAL.md §6: parent-company and
sub-processor access).

`vendor_country` is the vendor's (or its parent's) home country; `hosting` is where customer data
is typically stored by default, which the user should confirm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from tietovirta.canonical.schema import HostingRegion, SystemKind


@dataclass(frozen=True)
class Vendor:
    name: str
    kind: SystemKind
    vendor_country: str  # ISO 3166 alpha-2
    hosting: HostingRegion
    hosting_country: str = ""
    # Other spellings seen in documents; matched case-insensitively on word boundaries.
    aliases: tuple[str, ...] = ()

    @property
    def outside_eea(self) -> bool:
        return self.vendor_country in NON_EEA_VENDOR_COUNTRIES


# Home countries in this catalogue that are outside the EEA.
NON_EEA_VENDOR_COUNTRIES = frozenset({"US", "GB", "CH", "CA", "AU", "IL"})

_K = SystemKind
_EEA, _FI, _THIRD = HostingRegion.EEA, HostingRegion.FINLAND, HostingRegion.THIRD_COUNTRY

VENDORS: tuple[Vendor, ...] = (
    # United States
    Vendor("HubSpot", _K.CRM, "US", _EEA, "DE", ("hubspot", "hub spot")),
    Vendor("Mailchimp", _K.NEWSLETTER, "US", _THIRD, "US", ("mailchimp", "mail chimp", "intuit mailchimp")),
    Vendor(
        "Google Workspace",
        _K.EMAIL,
        "US",
        _THIRD,
        "US",
        (
            "google workspace",
            "g suite",
            "g-suite",
            "gsuite",
            "gmail",
            "google sähköposti",
            "google mail",
            "google drive",
            "google-drive",
            "google docs",
            "google calendar",
            "google kalenteri",
        ),
    ),
    Vendor(
        "Microsoft 365",
        _K.EMAIL,
        "US",
        _EEA,
        "IE",
        (
            "microsoft 365",
            "office 365",
            "o365",
            "m365",
            "outlook",
            "exchange online",
            "onedrive",
            "sharepoint",
            "microsoft teams",
        ),
    ),
    Vendor("Dropbox", _K.FILE_STORAGE, "US", _THIRD, "US", ("dropbox",)),
    Vendor("Salesforce", _K.CRM, "US", _THIRD, "US", ("salesforce",)),
    Vendor("Zoom", _K.COMMUNICATION, "US", _THIRD, "US", ("zoom",)),
    Vendor("Slack", _K.COMMUNICATION, "US", _THIRD, "US", ("slack",)),
    Vendor("Zendesk", _K.CRM, "US", _THIRD, "US", ("zendesk",)),
    Vendor("Trello", _K.OTHER, "US", _THIRD, "US", ("trello",)),
    Vendor("Asana", _K.OTHER, "US", _THIRD, "US", ("asana",)),
    Vendor("Monday.com", _K.OTHER, "IL", _THIRD, "US", ("monday.com",)),
    Vendor("Shopify", _K.WEBSITE, "CA", _THIRD, "CA", ("shopify",)),
    Vendor("WordPress.com", _K.WEBSITE, "US", _THIRD, "US", ("wordpress.com",)),
    Vendor("Wix", _K.WEBSITE, "IL", _THIRD, "US", ("wix",)),
    Vendor("Squarespace", _K.WEBSITE, "US", _THIRD, "US", ("squarespace",)),
    Vendor("Google Analytics", _K.WEBSITE, "US", _THIRD, "US", ("google analytics",)),
    Vendor("Meta (Facebook)", _K.WEBSITE, "US", _THIRD, "US", ("facebook", "meta pixel", "instagram")),
    Vendor("LinkedIn", _K.OTHER, "US", _THIRD, "US", ("linkedin",)),
    Vendor("Calendly", _K.CALENDAR, "US", _THIRD, "US", ("calendly",)),
    Vendor("DocuSign", _K.OTHER, "US", _THIRD, "US", ("docusign",)),
    Vendor("Adobe Acrobat Sign", _K.OTHER, "US", _THIRD, "US", ("adobe sign", "acrobat sign")),
    Vendor("SurveyMonkey", _K.OTHER, "US", _THIRD, "US", ("surveymonkey",)),
    Vendor("Typeform", _K.OTHER, "ES", _EEA, "", ("typeform",)),
    Vendor("Amazon Web Services", _K.OTHER, "US", _EEA, "", ("aws", "amazon web services")),
    Vendor("Apple iCloud", _K.FILE_STORAGE, "US", _THIRD, "US", ("icloud",)),
    Vendor("Pipedrive", _K.CRM, "US", _EEA, "DE", ("pipedrive",)),
    # Finland and the EEA
    Vendor("Netvisor", _K.ACCOUNTING, "FI", _FI, "FI", ("netvisor", "visma netvisor")),
    Vendor("Procountor", _K.ACCOUNTING, "FI", _FI, "FI", ("procountor",)),
    Vendor("Heeros", _K.ACCOUNTING, "FI", _FI, "FI", ("heeros",)),
    Vendor("Taimer", _K.ERP, "FI", _FI, "FI", ("taimer",)),
    Vendor("Domus", _K.PROPERTY_MANAGEMENT, "FI", _FI, "FI", ("domus", "domus-isännöintijärjestelmä")),
    Vendor("Visma", _K.ACCOUNTING, "NO", _EEA, "", ("visma", "visma severa", "severa", "visma nova")),
    Vendor("Fennoa", _K.ACCOUNTING, "FI", _FI, "FI", ("fennoa",)),
    Vendor("Lemonsoft", _K.ERP, "FI", _FI, "FI", ("lemonsoft",)),
    Vendor("Fivaldi", _K.ACCOUNTING, "FI", _FI, "FI", ("fivaldi",)),
    Vendor("Tilitin", _K.ACCOUNTING, "FI", _FI, "FI", ("tilitin",)),
    Vendor("Holvi", _K.ACCOUNTING, "FI", _FI, "FI", ("holvi",)),
    Vendor("Maventa", _K.ACCOUNTING, "FI", _FI, "FI", ("maventa",)),
    Vendor("Kiwa HRM / Sympa", _K.HR, "FI", _FI, "FI", ("sympa", "sympa hr")),
    Vendor("Populus", _K.HR, "FI", _FI, "FI", ("populus",)),
    Vendor("Laura", _K.HR, "FI", _FI, "FI", ("laura rekrytointi", "laurarecruiting")),
    Vendor("Mepco", _K.HR, "FI", _FI, "FI", ("mepco",)),
    Vendor("Planmeca Romexis", _K.OTHER, "FI", _FI, "FI", ("romexis",)),
    Vendor("Lyyti", _K.OTHER, "FI", _FI, "FI", ("lyyti",)),
    Vendor("Vilkas", _K.WEBSITE, "FI", _FI, "FI", ("vilkas",)),
    Vendor("Zoner", _K.WEBSITE, "FI", _FI, "FI", ("zoner",)),
    Vendor("Louhi", _K.WEBSITE, "FI", _FI, "FI", ("louhi",)),
    Vendor("Liana / Lianamailer", _K.NEWSLETTER, "FI", _FI, "FI", ("lianamailer", "liana technologies")),
    Vendor("Brevo (Sendinblue)", _K.NEWSLETTER, "FR", _EEA, "FR", ("brevo", "sendinblue")),
    Vendor("Hetzner", _K.OTHER, "DE", _EEA, "DE", ("hetzner",)),
    Vendor("UpCloud", _K.OTHER, "FI", _FI, "FI", ("upcloud",)),
    Vendor("Posti Turvaposti", _K.EMAIL, "FI", _FI, "FI", ("turvaposti",)),
    Vendor("Microsoft Excel", _K.SPREADSHEET, "US", _FI, "FI", ("excel", "excel-taulukko", "excel lista")),
)


def _alias_pattern(alias: str) -> str:
    return rf"(?<!\w){re.escape(alias)}(?!\w)"


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], Vendor], ...]:
    # Longest alias first, so "google analytics" wins over a shorter "google …" alias.
    pairs = [(alias, v) for v in VENDORS for alias in (v.name.lower(), *v.aliases)]
    pairs.sort(key=lambda p: -len(p[0]))
    return tuple((re.compile(_alias_pattern(a), re.IGNORECASE), v) for a, v in pairs)


@cache
def _any_alias() -> re.Pattern[str]:
    """One scan that says whether any alias is named at all: most texts name none."""
    return re.compile("|".join(p.pattern for p, _ in _patterns()), re.IGNORECASE)


@lru_cache(maxsize=4096)  # the checks ask about the same catalogue names and fields again and again
def _vendors_in(text: str) -> tuple[Vendor, ...]:
    if not _any_alias().search(text):
        return ()
    found: dict[str, tuple[int, Vendor]] = {}
    for pattern, vendor in _patterns():
        match = pattern.search(text)
        if match and (vendor.name not in found or match.start() < found[vendor.name][0]):
            found[vendor.name] = (match.start(), vendor)
    return tuple(v for _, v in sorted(found.values(), key=lambda p: p[0]))


def find_vendors(text: str) -> list[Vendor]:
    """Every catalogue vendor named in `text`, in order of first mention, each once."""
    return list(_vendors_in(text))


def find_vendor(text: str) -> Vendor | None:
    """The first catalogue vendor named in `text`, if any."""
    vendors = find_vendors(text)
    return vendors[0] if vendors else None
