import pytest

from tietovirta.canonical.schema import LegalBasis, Purpose, Register
from tietovirta.documents.rights import (
    Right,
    applicable_rights,
    bases_in_use,
    direct_marketing,
    objection_applies,
)

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


def _register(*purposes: tuple[str, str, bool], bases: tuple[str, ...] = ()) -> Register:
    return Register(name="R", legal_bases=list(bases), purposes=[
        Purpose(purpose=text, legal_basis=basis, direct_marketing=marketing)
        for text, basis, marketing in purposes
    ])


def test_rights_follow_the_bases_the_purposes_rest_on():
    # The register once ticked consent too, but no purpose rests on it: no withdrawal right.
    register = _register(("Asiakassuhde", "b", False), bases=("a", "b"))
    assert bases_in_use(register) == [LegalBasis.CONTRACT]
    assert Right.WITHDRAW_CONSENT not in applicable_rights(bases_in_use(register))
    # Without purposes the register's own list is all there is.
    assert bases_in_use(_register(bases=("c", "a"))) == [LegalBasis.CONSENT, LegalBasis.LEGAL_OBLIGATION]


def test_objection_applies_to_public_task_legitimate_interests_and_direct_marketing_on_any_basis():
    assert objection_applies(_register(("Kameravalvonta", "f", False)))
    assert objection_applies(_register(("Viranomaistehtävä", "e", False)))
    assert not objection_applies(_register(("Asiakassuhde", "b", False), ("Kirjanpito", "c", False)))
    # Walttia makes offers to its customers on a contract basis: direct marketing all the same (Art. 21(2)).
    offers = _register(("Asiakassuhde", "b", False), ("Tarjousten tekeminen", "b", True))
    assert direct_marketing(offers) and objection_applies(offers)
    # Without purposes, legitimate interests are taken to include direct marketing (as before purposes).
    assert direct_marketing(_register(bases=("f",))) and not direct_marketing(_register(bases=("a", "e")))
