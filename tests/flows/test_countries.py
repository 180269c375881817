import pytest

from tietovirta.flows import EEA_COUNTRIES, country_code, country_name, is_eea


@pytest.mark.parametrize(("value", "code"), [
    ("US", "US"), ("us", "US"), ("USA", "US"), ("Yhdysvallat", "US"), ("United States", "US"),
    ("UK", "GB"), ("Iso-Britannia", "GB"), ("Storbritannien", "GB"), ("Suomi", "FI"), ("Ruotsi", "SE"),
    ("EL", "GR"), ("Norja", "NO"),
])
def test_country_code_reads_codes_and_names(value, code):
    assert country_code(value) == code


def test_unknown_country_is_not_guessed():
    assert country_code("Atlantis") is None
    assert is_eea("Atlantis") is None
    assert country_name("Atlantis", "fi") == "Atlantis"


def test_eea_is_eu27_plus_iceland_liechtenstein_norway():
    assert len(EEA_COUNTRIES - {"AX"}) == 30
    for inside in ("FI", "SE", "DE", "IE", "NO", "IS", "LI", "AX"):
        assert is_eea(inside) is True
    for outside in ("US", "GB", "CH", "CA", "IN", "CN"):
        assert is_eea(outside) is False


def test_country_names_in_each_language():
    assert country_name("US", "fi") == "Yhdysvallat"
    assert country_name("US", "en") == "United States"
    assert country_name("CH", "sv") == "Schweiz"
