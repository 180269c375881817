import pytest

from tietovirta.canonical.schema import LegalBasis
from tietovirta.documents.rights import Right, applicable_rights, objection_absolute_for_direct_marketing

# LEGAL.md §3 "Rights by basis", typed from the table.
ACCESS_RECT_RESTR = {Right.ACCESS, Right.RECTIFICATION, Right.RESTRICTION}
EXPECTED = {
    "a": ACCESS_RECT_RESTR | {Right.ERASURE, Right.PORTABILITY, Right.WITHDRAW_CONSENT},
    "b": ACCESS_RECT_RESTR | {Right.ERASURE, Right.PORTABILITY},
    "c": ACCESS_RECT_RESTR,
    "d": ACCESS_RECT_RESTR | {Right.ERASURE},
    "e": ACCESS_RECT_RESTR | {Right.OBJECTION},
    "f": ACCESS_RECT_RESTR | {Right.ERASURE, Right.OBJECTION},
}


@pytest.mark.parametrize("basis", list("abcdef"))
def test_rights_of_each_basis(basis):
    assert set(applicable_rights([LegalBasis(basis)])) == EXPECTED[basis]


def test_rights_of_several_bases_are_the_union_in_article_order():
    rights = applicable_rights([LegalBasis("c"), LegalBasis("f")])
    assert rights == [Right.ACCESS, Right.RECTIFICATION, Right.ERASURE, Right.RESTRICTION, Right.OBJECTION]


def test_withdrawal_only_with_consent():
    for basis in "bcdef":
        assert Right.WITHDRAW_CONSENT not in applicable_rights([LegalBasis(basis)])
    assert Right.WITHDRAW_CONSENT in applicable_rights([LegalBasis("b"), LegalBasis("a")])


def test_no_basis_no_rights():
    assert applicable_rights([]) == []


def test_absolute_objection_to_direct_marketing_under_legitimate_interests():
    assert objection_absolute_for_direct_marketing([LegalBasis("f")])
    assert not objection_absolute_for_direct_marketing([LegalBasis("a"), LegalBasis("e")])
