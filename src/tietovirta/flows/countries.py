"""Countries: which are in the EEA, and their names in fi/sv/en (from Babel's CLDR data).

Users write countries as ISO codes ("US"), in Finnish ("Yhdysvallat"), Swedish or English, or with
common abbreviations ("USA", "UK"); `country_code` reads all of these.
"""

from __future__ import annotations

from functools import cache

from babel import Locale

# EU member states (ISO 3166-1 alpha-2; Greece is GR, the EU's own "EL" is accepted below),
# Åland (part of Finland and the EU), and the three EEA EFTA states.
EU_COUNTRIES = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "AX",
})
EEA_COUNTRIES = EU_COUNTRIES | {"IS", "LI", "NO"}

# Spellings seen in documents that are not CLDR names.
_ALIASES = {"USA": "US", "U.S.": "US", "U.S.A.": "US", "UK": "GB", "EL": "GR", "SUOMI": "FI", "FINLAND": "FI"}

LANGUAGES = ("fi", "sv", "en")


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
    """The ISO alpha-2 code of a country written as a code or a name; None when not recognised."""
    text = value.strip()
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
    return None if code is None else code in EEA_COUNTRIES


def country_name(value: str, lang: str) -> str:
    """The country's name in the language; the value as written when it is not recognised."""
    code = country_code(value)
    if code is None:
        return value.strip()
    return _territories(lang if lang in LANGUAGES else "fi").get(code, code)
