"""The data subject's rights by legal basis (LEGAL.md §3), and how the notice words them.

The rights in a privacy notice are generated from the register's legal bases, never typed: a
right applies when any of the register's bases gives it (union over the bases).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from tietovirta.canonical.schema import LegalBasis


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
    _A: frozenset({Right.ACCESS, Right.RECTIFICATION, Right.RESTRICTION, Right.ERASURE, Right.PORTABILITY,
                   Right.WITHDRAW_CONSENT}),
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


def objection_absolute_for_direct_marketing(bases: Iterable[LegalBasis]) -> bool:
    """Art. 21(2)–(3): objection to direct marketing always stops it; relevant under legitimate interests."""
    return LegalBasis.LEGITIMATE_INTERESTS in set(bases)


# Plain-language wording for the data subject (privacy notice).
RIGHT_TEXT: dict[Right, dict[str, str]] = {
    Right.ACCESS: {
        "fi": "Oikeus saada pääsy tietoihin (15 artikla): voit pyytää vahvistuksen siitä, käsittelemmekö "
              "tietojasi, ja saada jäljennöksen tiedoistasi.",
        "sv": "Rätt till tillgång (artikel 15): du kan begära bekräftelse på om vi behandlar dina uppgifter "
              "och få en kopia av dem.",
        "en": "Right of access (Article 15): you can ask us to confirm whether we process your data and "
              "receive a copy of it.",
    },
    Right.RECTIFICATION: {
        "fi": "Oikeus tietojen oikaisemiseen (16 artikla): voit pyytää meitä korjaamaan virheelliset ja "
              "täydentämään puutteelliset tiedot.",
        "sv": "Rätt till rättelse (artikel 16): du kan begära att vi rättar felaktiga uppgifter och "
              "kompletterar ofullständiga uppgifter.",
        "en": "Right to rectification (Article 16): you can ask us to correct inaccurate data and complete "
              "incomplete data.",
    },
    Right.ERASURE: {
        "fi": "Oikeus tietojen poistamiseen (17 artikla): voit pyytää meitä poistamaan tietosi esimerkiksi "
              "silloin, kun niitä ei enää tarvita siihen tarkoitukseen, jota varten ne kerättiin.",
        "sv": "Rätt till radering (artikel 17): du kan begära att vi raderar dina uppgifter, till exempel "
              "när de inte längre behövs för det ändamål för vilket de samlades in.",
        "en": "Right to erasure (Article 17): you can ask us to erase your data, for example when it is no "
              "longer needed for the purpose for which it was collected.",
    },
    Right.RESTRICTION: {
        "fi": "Oikeus käsittelyn rajoittamiseen (18 artikla): voit pyytää, että tietojasi vain säilytetään "
              "eikä niitä muuten käsitellä, esimerkiksi sen ajan, kun niiden paikkansapitävyyttä "
              "selvitetään.",
        "sv": "Rätt till begränsning av behandling (artikel 18): du kan begära att dina uppgifter endast "
              "lagras och inte behandlas på annat sätt, till exempel medan deras riktighet utreds.",
        "en": "Right to restriction of processing (Article 18): you can ask us only to store your data and "
              "not otherwise process it, for example while its accuracy is being checked.",
    },
    Right.PORTABILITY: {
        "fi": "Oikeus siirtää tiedot järjestelmästä toiseen (20 artikla): kun käsittely perustuu "
              "suostumukseen tai sopimukseen ja tapahtuu automaattisesti, voit saada meille antamasi tiedot "
              "koneluettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.",
        "sv": "Rätt till dataportabilitet (artikel 20): när behandlingen grundar sig på samtycke eller avtal "
              "och sker automatiserat kan du få de uppgifter du har lämnat till oss i ett maskinläsbart "
              "format och överföra dem till en annan personuppgiftsansvarig.",
        "en": "Right to data portability (Article 20): where processing is based on consent or a contract "
              "and is carried out by automated means, you can receive the data you have given us in a "
              "machine-readable format and transfer it to another controller.",
    },
    Right.OBJECTION: {
        "fi": "Oikeus vastustaa käsittelyä (21 artikla): voit milloin tahansa vastustaa tietojesi käsittelyä "
              "henkilökohtaiseen erityiseen tilanteeseesi liittyvällä perusteella.",
        "sv": "Rätt att göra invändningar (artikel 21): du kan när som helst invända mot behandlingen av "
              "dina uppgifter av skäl som hänför sig till din specifika situation.",
        "en": "Right to object (Article 21): you can object at any time to the processing of your data on "
              "grounds relating to your particular situation.",
    },
    Right.WITHDRAW_CONSENT: {
        "fi": "Oikeus peruuttaa suostumus (7 artiklan 3 kohta): voit peruuttaa suostumuksesi milloin "
              "tahansa. Peruuttaminen ei vaikuta ennen sitä tapahtuneen käsittelyn lainmukaisuuteen.",
        "sv": "Rätt att återkalla samtycke (artikel 7.3): du kan när som helst återkalla ditt samtycke. "
              "Återkallandet påverkar inte lagligheten av behandlingen innan samtycket återkallades.",
        "en": "Right to withdraw consent (Article 7(3)): you can withdraw your consent at any time. "
              "Withdrawal does not affect the lawfulness of processing before it.",
    },
}

DIRECT_MARKETING_OBJECTION: dict[str, str] = {
    "fi": "Voit milloin tahansa vastustaa tietojesi käsittelyä suoramarkkinointia varten, ja lopetamme "
          "silloin käsittelyn tähän tarkoitukseen.",
    "sv": "Du kan när som helst invända mot att dina uppgifter behandlas för direktmarknadsföring, och då "
          "upphör vi med behandlingen för det ändamålet.",
    "en": "You can object at any time to the processing of your data for direct marketing, and we will then "
          "stop processing it for that purpose.",
}
