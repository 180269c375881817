"""Countries: which are in the EEA, which have an adequacy decision, and their names in fi/sv/en.

Names come from Babel's CLDR data, so "Yhdysvallat", "Förenta staterna" and "United States" all read
as US. The EU/EEA itself ("EU", "ETA", "EES", "EEA") reads as the pseudo-code "EU".
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from tietovirta.language import LANGUAGES

# EU member states (ISO 3166-1 alpha-2; Greece is GR, the EU's own "EL" is accepted below),
# Åland (part of Finland and the EU), and the three EEA EFTA states.
EU_COUNTRIES = frozenset(
    {
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "AX",
    }
)
EEA_COUNTRIES = EU_COUNTRIES | {"IS", "LI", "NO"}
EU_PSEUDO_CODE = "EU"
UNNAMED = "?"  # a third country the documentation does not name

# Adequacy decisions covering private companies (GDPR Art. 45; LEGAL.md §6). The United States is not
# among them: only organisations certified under the EU-US Data Privacy Framework are covered, and
# that is a fact about the importer, recorded per vendor, not about the country.
ADEQUACY = frozenset({"AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY"})

# Spellings seen in documents that are not CLDR names.
_ALIASES = {
    "USA": "US",
    "U.S.": "US",
    "U.S.A.": "US",
    "UK": "GB",
    "EL": "GR",
    "SUOMI": "FI",
    "FINLAND": "FI",
    "AMERIKKA": "US",
    "YHDYSVALLOISSA": "US",
    "YHDYSVALTOIHIN": "US",
    "YHDYSVALTOJEN": "US",
    "ISO-BRITANNIA": "GB",
    "ENGLANTI": "GB",
    "BRITANNIA": "GB",
    "HOLLANTI": "NL",
    "EU": EU_PSEUDO_CODE,
    "ETA": EU_PSEUDO_CODE,
    "EES": EU_PSEUDO_CODE,
    "EEA": EU_PSEUDO_CODE,
    "EU/ETA": EU_PSEUDO_CODE,
    "EU/EES": EU_PSEUDO_CODE,
    "EU/EEA": EU_PSEUDO_CODE,
}


@cache
def _territories(lang: str) -> dict[str, str]:
    return {code: name for code, name in Locale.parse(lang).territories.items() if len(code) == 2}


@cache
def _codes_by_name() -> dict[str, str]:
    names: dict[str, str] = {}
    for lang in LANGUAGES:
        for code, name in _territories(lang).items():
            names.setdefault(name.casefold(), code)
    return names


def country_code(value: str) -> str | None:
    """The ISO alpha-2 code of a country written as a code or a name ("EU" for the EU/EEA itself);
    None when not recognised."""
    text = " ".join(value.split()).strip(" .,;:")
    if not text:
        return None
    upper = text.upper()
    if upper in _ALIASES:
        return _ALIASES[upper]
    if len(upper) == 2 and upper.isalpha() and upper in _territories("en"):
        return upper
    return _codes_by_name().get(text.casefold())


def is_eea(value: str) -> bool | None:
    """True inside the EEA, False outside, None when the country is not recognised."""
    code = country_code(value)
    if code is None:
        return None
    return code == EU_PSEUDO_CODE or code in EEA_COUNTRIES


def has_adequacy(value: str) -> bool:
    """The country has an adequacy decision that covers private companies."""
    return country_code(value) in ADEQUACY


def country_name(value: str, lang: str) -> str:
    """The country's name in the language; the value as written when it is not recognised."""
    code = country_code(value)
    if code is None:
        return value.strip()
    if code == EU_PSEUDO_CODE:
        return {"fi": "EU/ETA", "sv": "EU/EES", "en": "EU/EEA"}.get(lang, "EU/ETA")
    return _territories(lang if lang in LANGUAGES else "fi").get(code, code)


def named_country(name: str) -> str | None:
    """The country a company's name carries ("Meta Platforms Ireland Limited" → IE, "Google Cloud
    Finland Oy" → FI), None when it names none."""
    words = re.findall(r"[^\W\d_]+", name)
    for size in (3, 2, 1):  # "United Kingdom" before "Kingdom"
        for i in range(len(words) - size + 1):
            code = _codes_by_name().get(" ".join(words[i : i + size]).casefold())
            if code and code != EU_PSEUDO_CODE:
                return code
    return None
