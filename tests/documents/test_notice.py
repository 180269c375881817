"""The privacy notice is complete against GDPR Art. 13 and 14 (LEGAL.md §2) for every legal basis."""

import pytest
from doc_helpers import docx_text, one_register, pdf_text, squash

from tietovirta.canonical.schema import LegalBasis
from tietovirta.documents import build_privacy_notice, render
from tietovirta.documents.model import BulletList, Fields, Paragraph
from tietovirta.documents.phrases import t
from tietovirta.documents.rights import DIRECT_MARKETING_OBJECTION, RIGHT_TEXT, Right, applicable_rights

# Section keys of the notice for each Art. 13/14 item.
ALWAYS = [
    "controller",  # 13(1)(a), 14(1)(a)
    "dpo",  # 13(1)(b), 14(1)(b)
    "purpose", "legal_basis",  # 13(1)(c), 14(1)(c)
    "data_collected",  # 14(1)(d)
    "recipients",  # 13(1)(e), 14(1)(e)
    "transfers",  # 13(1)(f), 14(1)(f)
    "retention",  # 13(2)(a), 14(2)(a)
    "rights",  # 13(2)(b), 14(2)(c)
    "complaint",  # 13(2)(d), 14(2)(e)
    "statutory_requirement",  # 13(2)(e)
    "sources",  # 14(2)(f)
    "automated_decisions",  # 13(2)(f), 14(2)(g)
]


def texts(blocks) -> str:
    out = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(block.text)
        elif isinstance(block, BulletList):
            out += block.items
        elif isinstance(block, Fields):
            out += [f"{row.label}: {row.value}" for row in block.rows]
    return "\n".join(out)


def register_with(basis: str) -> dict:
    return {
        "name": "Testirekisteri",
        "legal_bases": [basis],
        "purpose_text": "Asiakassuhteen hoitaminen.",
        "legitimate_interest_text": "Suoramarkkinointi nykyisille asiakkaille." if basis == "f" else "",
        "consent_withdrawal_text": "Peruutus sähköpostilla." if basis == "a" else "",
    }


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("basis", list("abcdef"))
def test_every_article_13_14_item_for_every_basis(basis, lang):
    notice = build_privacy_notice(one_register(register_with(basis)), 0, lang)
    keys = [s.key for s in notice.sections]
    for key in ALWAYS:
        assert key in keys, key
    assert ("legitimate_interest" in keys) == (basis == "f")  # 13(1)(d)
    assert ("consent_withdrawal" in keys) == (basis == "a")  # 13(2)(c)

    rights = texts(notice.section("rights").blocks)
    for right in Right:
        expected = right in applicable_rights([LegalBasis(basis)]) and right is not Right.WITHDRAW_CONSENT
        assert (RIGHT_TEXT[right][lang] in rights) == expected, right
    assert (DIRECT_MARKETING_OBJECTION[lang] in rights) == (basis == "f")
    everything = "\n".join(texts(s.blocks) for s in notice.sections)
    assert (RIGHT_TEXT[Right.WITHDRAW_CONSENT][lang] in everything) == (basis == "a")
    assert t("n_authority", lang) in texts(notice.section("complaint").blocks)


def test_withdrawal_text_only_for_consent_in_printed_pdf():
    def notice(basis: str) -> str:
        doc = one_register(register_with(basis))
        return pdf_text(render(doc, kind="tietosuojaseloste", fmt="pdf", lang="fi", register=0))

    consent, contract = notice("a"), notice("b")
    heading = t("n_withdraw", "fi")
    assert heading in consent and "Peruutus sähköpostilla." in consent
    assert heading not in contract
    assert "Oikeus peruuttaa suostumus" not in contract


def test_notice_content_from_the_register(sample):
    notice = build_privacy_notice(sample, 0, "fi")
    controller = {row.label: row.value for row in notice.section("controller").blocks[0].rows}
    assert controller["Nimi"] == "Walttia Oy"
    assert controller["Y-tunnus"] == "2643821-1"
    assert "Janne Kuusisto" in "\n".join(controller.values())  # the register's contact person
    assert "Tietosuojapalvelu Oy / Matti Kaarre" in texts(notice.section("dpo").blocks)
    recipients = texts(notice.section("recipients").blocks)
    assert "Tilitoimisto Heeros Oy" in recipients and "Perintätoimisto Lindorff" in recipients
    transfers = texts(notice.section("transfers").blocks)
    assert "HubSpot, Yhdysvallat: Euroopan komission vakiosopimuslausekkeet" in transfers
    assert t("n_transfers_copy", "fi") in transfers  # how to get a copy of the safeguards
    assert "6 vuotta, alkaen: asiakkuuden päättymisestä" in texts(notice.section("retention").blocks)
    sources = texts(notice.section("sources").blocks)
    assert "Verkkosivujen lomake" in sources
    assert "janne@walttia.example" in texts(notice.section("rights").blocks)


def test_notice_without_dpo_says_so_and_missing_fields_are_marked():
    notice = build_privacy_notice(one_register({"name": "R"}), 0, "en")
    assert texts(notice.section("dpo").blocks) == t("n_dpo_none", "en")
    for key in ("purpose", "legal_basis", "recipients", "transfers", "retention", "sources"):
        assert "Not filled in" in texts(notice.section(key).blocks), key


def test_notice_docx_and_pdf_carry_the_same_sections(sample):
    notice = build_privacy_notice(sample, 1, "sv")
    pdf = squash(pdf_text(render(sample, kind="tietosuojaseloste", fmt="pdf", lang="sv", register=1)))
    word = docx_text(render(sample, kind="tietosuojaseloste", fmt="docx", lang="sv", register=1))
    for section in notice.sections:
        assert section.heading in pdf
        assert section.heading in word
    assert "Dataombudsmannens byrå" in pdf

