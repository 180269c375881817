"""The data subject's rights by legal basis (LEGAL.md §3), and how the notice words them.

The rights in a privacy notice are generated from the bases the register's purposes actually rest on,
never typed: a right applies when any of those bases gives it (union over the bases). The right to
object is stated apart from the others (Art. 21(4)): for processing on (e) or (f), and for direct
marketing on any basis (Art. 21(2)).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from tietovirta.canonical.schema import LegalBasis, Purpose, Register
from tietovirta.language import Msg


class Right(StrEnum):
    ACCESS = "access"  # Art. 15
    RECTIFICATION = "rectification"  # Art. 16
    ERASURE = "erasure"  # Art. 17
    RESTRICTION = "restriction"  # Art. 18
    PORTABILITY = "portability"  # Art. 20, automated processing only
    OBJECTION = "objection"  # Art. 21
    WITHDRAW_CONSENT = "withdraw_consent"  # Art. 7(3)


_A, _B, _C, _D, _E, _F = LegalBasis  # in the order of Art. 6(1)

# LEGAL.md §3 "Rights by basis", column by column.
RIGHTS_BY_BASIS: dict[LegalBasis, frozenset[Right]] = {
    _A: frozenset(
        {
            Right.ACCESS,
            Right.RECTIFICATION,
            Right.RESTRICTION,
            Right.ERASURE,
            Right.PORTABILITY,
            Right.WITHDRAW_CONSENT,
        }
    ),
    _B: frozenset({Right.ACCESS, Right.RECTIFICATION, Right.RESTRICTION, Right.ERASURE, Right.PORTABILITY}),
    _C: frozenset({Right.ACCESS, Right.RECTIFICATION, Right.RESTRICTION}),
    _D: frozenset({Right.ACCESS, Right.RECTIFICATION, Right.RESTRICTION, Right.ERASURE}),
    _E: frozenset({Right.ACCESS, Right.RECTIFICATION, Right.RESTRICTION, Right.OBJECTION}),
    _F: frozenset({Right.ACCESS, Right.RECTIFICATION, Right.RESTRICTION, Right.ERASURE, Right.OBJECTION}),
}


def applicable_rights(bases: Iterable[LegalBasis]) -> list[Right]:
    """The rights that apply to processing on these bases, in the order of the GDPR articles."""
    found: set[Right] = set()
    for basis in bases:
        found |= RIGHTS_BY_BASIS[LegalBasis(basis)]
    return [right for right in Right if right in found]


def bases_in_use(register: Register) -> list[LegalBasis]:
    """The bases the register's purposes rest on; the register's list while no purpose names one."""
    tied = [p.legal_basis for p in register.purposes if p.legal_basis is not None]
    bases = tied or register.legal_bases
    return [basis for basis in LegalBasis if basis in bases]


OBJECTION_BASES = frozenset({LegalBasis.PUBLIC_TASK, LegalBasis.LEGITIMATE_INTERESTS})


def objectionable_purposes(register: Register) -> list[Purpose]:
    """Purposes resting on (e) or (f): the data subject may object on grounds of their situation."""
    return [p for p in register.purposes if p.legal_basis in OBJECTION_BASES]


def direct_marketing_purposes(register: Register) -> list[Purpose]:
    return [p for p in register.purposes if p.direct_marketing]


def direct_marketing(register: Register) -> bool:
    """Art. 21(2)–(3): objection to direct marketing always stops it, whatever the basis. Without
    purposes, processing on legitimate interests is taken to include it (as before purposes existed)."""
    if register.purposes:
        return bool(direct_marketing_purposes(register))
    return LegalBasis.LEGITIMATE_INTERESTS in register.legal_bases


def objection_applies(register: Register) -> bool:
    """The notice has its own, separate section on the right to object (Art. 21(4))."""
    return bool(OBJECTION_BASES & set(bases_in_use(register))) or direct_marketing(register)


# Plain-language wording for the data subject (privacy notice).
RIGHT_TEXT: dict[Right, Msg] = {
    Right.ACCESS: Msg(
        fi="Oikeus saada pääsy tietoihin (15 artikla): voit pyytää vahvistuksen siitä, käsittelemmekö "
        "tietojasi, ja saada jäljennöksen tiedoistasi.",
        sv="Rätt till tillgång (artikel 15): du kan begära bekräftelse på om vi behandlar dina uppgifter "
        "och få en kopia av dem.",
        en="Right of access (Article 15): you can ask us to confirm whether we process your data and "
        "receive a copy of it.",
    ),
    Right.RECTIFICATION: Msg(
        fi="Oikeus tietojen oikaisemiseen (16 artikla): voit pyytää meitä korjaamaan virheelliset ja "
        "täydentämään puutteelliset tiedot.",
        sv="Rätt till rättelse (artikel 16): du kan begära att vi rättar felaktiga uppgifter och "
        "kompletterar ofullständiga uppgifter.",
        en="Right to rectification (Article 16): you can ask us to correct inaccurate data and complete "
        "incomplete data.",
    ),
    Right.ERASURE: Msg(
        fi="Oikeus tietojen poistamiseen (17 artikla): voit pyytää meitä poistamaan tietosi esimerkiksi "
        "silloin, kun niitä ei enää tarvita siihen tarkoitukseen, jota varten ne kerättiin. Oikeus ei "
        "koske tietoja, jotka meidän on lain mukaan säilytettävä, ennen kuin lakisääteinen säilytysaika "
        "on päättynyt.",
        sv="Rätt till radering (artikel 17): du kan begära att vi raderar dina uppgifter, till exempel "
        "när de inte längre behövs för det ändamål för vilket de samlades in. Rätten gäller inte "
        "uppgifter som vi enligt lag måste bevara, förrän den lagstadgade lagringstiden har löpt ut.",
        en="Right to erasure (Article 17): you can ask us to erase your data, for example when it is no "
        "longer needed for the purpose for which it was collected. The right does not reach data the "
        "law requires us to keep, until the statutory retention period has ended.",
    ),
    Right.RESTRICTION: Msg(
        fi="Oikeus käsittelyn rajoittamiseen (18 artikla): voit pyytää, että tietojasi vain säilytetään "
        "eikä niitä muuten käsitellä, esimerkiksi sen ajan, kun niiden paikkansapitävyyttä "
        "selvitetään.",
        sv="Rätt till begränsning av behandling (artikel 18): du kan begära att dina uppgifter endast "
        "lagras och inte behandlas på annat sätt, till exempel medan deras riktighet utreds.",
        en="Right to restriction of processing (Article 18): you can ask us only to store your data and "
        "not otherwise process it, for example while its accuracy is being checked.",
    ),
    Right.PORTABILITY: Msg(
        fi="Oikeus siirtää tiedot järjestelmästä toiseen (20 artikla): kun käsittely perustuu "
        "suostumukseen tai sopimukseen ja tapahtuu automaattisesti, voit saada meille antamasi tiedot "
        "koneluettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.",
        sv="Rätt till dataportabilitet (artikel 20): när behandlingen grundar sig på samtycke eller avtal "
        "och sker automatiserat kan du få de uppgifter du har lämnat till oss i ett maskinläsbart "
        "format och överföra dem till en annan personuppgiftsansvarig.",
        en="Right to data portability (Article 20): where processing is based on consent or a contract "
        "and is carried out by automated means, you can receive the data you have given us in a "
        "machine-readable format and transfer it to another controller.",
    ),
    Right.OBJECTION: Msg(
        fi="Voit milloin tahansa vastustaa tietojesi käsittelyä henkilökohtaiseen erityiseen tilanteeseesi "
        "liittyvällä perusteella, kun käsittely perustuu oikeutettuun etuumme tai yleistä etua "
        "koskevaan tehtävään (21 artiklan 1 kohta). Lopetamme silloin käsittelyn, ellemme voi osoittaa, "
        "että käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää etusi, oikeutesi ja "
        "vapautesi, tai että käsittely on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai "
        "puolustamiseksi.",
        sv="Du kan när som helst, av skäl som hänför sig till din specifika situation, invända mot "
        "behandlingen av dina uppgifter när den grundar sig på vårt berättigade intresse eller på en "
        "uppgift av allmänt intresse (artikel 21.1). Vi upphör då med behandlingen, om vi inte kan visa "
        "tvingande berättigade skäl som väger tyngre än dina intressen, rättigheter och friheter, eller "
        "att behandlingen behövs för att fastställa, göra gällande eller försvara rättsliga anspråk.",
        en="You can object at any time, on grounds relating to your particular situation, to the processing "
        "of your data where it is based on our legitimate interests or on a task in the public interest "
        "(Article 21(1)). We will then stop, unless we can show compelling legitimate grounds that "
        "override your interests, rights and freedoms, or that the processing is needed to establish, "
        "exercise or defend legal claims.",
    ),
    Right.WITHDRAW_CONSENT: Msg(
        fi="Oikeus peruuttaa suostumus (7 artiklan 3 kohta): voit peruuttaa suostumuksesi milloin "
        "tahansa. Peruuttaminen ei vaikuta ennen sitä tapahtuneen käsittelyn lainmukaisuuteen.",
        sv="Rätt att återkalla samtycke (artikel 7.3): du kan när som helst återkalla ditt samtycke. "
        "Återkallandet påverkar inte lagligheten av behandlingen innan samtycket återkallades.",
        en="Right to withdraw consent (Article 7(3)): you can withdraw your consent at any time. "
        "Withdrawal does not affect the lawfulness of processing before it.",
    ),
}

DIRECT_MARKETING_OBJECTION = Msg(
    fi="Voit milloin tahansa vastustaa tietojesi käsittelyä suoramarkkinointia varten, ja lopetamme silloin "
    "käsittelyn tähän tarkoitukseen (21 artiklan 2 ja 3 kohta). Tämä oikeus on ehdoton, eikä sen käyttämistä "
    "tarvitse perustella.",
    sv="Du kan när som helst invända mot att dina uppgifter behandlas för direktmarknadsföring, och då "
    "upphör vi med behandlingen för det ändamålet (artikel 21.2 och 21.3). Rätten är ovillkorlig och du "
    "behöver inte motivera invändningen.",
    en="You can object at any time to the processing of your data for direct marketing, and we will then "
    "stop processing it for that purpose (Article 21(2) and (3)). This right is absolute: you need give no "
    "reason.",
)
