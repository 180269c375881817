"""Rating risks: the CNIL four-level scale, the risk level of a severity × likelihood pair, residual
risk, the three risks every assessment starts from, and which assessment of a register counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum

from tietovirta.canonical.schema import Risk, RiskAssessment
from tietovirta.checks.messages import Bound, Msg

LEVELS = (1, 2, 3, 4)

# CNIL method, also used in Finland (LEGAL.md §5); the same words rate severity and likelihood.
SCALE: dict[int, Msg] = {
    1: Msg("vähäinen", "försumbar", "negligible"),
    2: Msg("rajallinen", "begränsad", "limited"),
    3: Msg("merkittävä", "betydande", "significant"),
    4: Msg("suurin", "maximal", "maximum"),
}


def scale_label(value: int, lang: str) -> str:
    """E.g. "3 – merkittävä"."""
    return f"{value} – {SCALE[value].render(lang)}"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


LEVEL_LABEL: dict[RiskLevel, Msg] = {
    RiskLevel.LOW: Msg("matala", "låg", "low"),
    RiskLevel.MEDIUM: Msg("kohtalainen", "måttlig", "medium"),
    RiskLevel.HIGH: Msg("korkea", "hög", "high"),
}


def risk_level(severity: int | None, likelihood: int | None) -> RiskLevel | None:
    """The zone of the CNIL risk map: both significant or worse is high (to be avoided), one of them
    is medium (to be reduced), neither is low (acceptable). None until both are rated."""
    if severity is None or likelihood is None:
        return None
    serious = (severity >= 3) + (likelihood >= 3)
    return (RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH)[serious]


def residual(risk: Risk) -> tuple[int | None, int | None]:
    """Severity and likelihood after the planned measures; a value not rated again stays as it was."""
    return (risk.residual_severity or risk.severity, risk.residual_likelihood or risk.likelihood)


def residual_level(risk: Risk) -> RiskLevel | None:
    return risk_level(*residual(risk))


def worst_residual(risks: Sequence[Risk]) -> RiskLevel | None:
    levels = [level for r in risks if (level := residual_level(r)) is not None]
    order = list(RiskLevel)
    return max(levels, key=order.index) if levels else None


_DEFAULT_RISKS: tuple[tuple[Msg, Msg], ...] = (
    (
        Msg("Asiaton pääsy tietoihin", "Obehörig åtkomst till uppgifterna", "Illegitimate access to data"),
        Msg(
            fi="Ulkopuolinen tai asiaton henkilö pääsee näkemään tai käyttämään henkilötietoja, "
               "esimerkiksi tietomurron, kadonneen laitteen tai väärään osoitteeseen lähetetyn viestin "
               "vuoksi.",
            sv="En utomstående eller obehörig person kommer åt att se eller använda personuppgifterna, "
               "till exempel genom ett dataintrång, en förlorad enhet eller ett meddelande till fel "
               "mottagare.",
            en="An outsider or an unauthorised person gets to see or use the personal data, for example "
               "through a breach, a lost device or a message sent to the wrong recipient.",
        ),
    ),
    (
        Msg("Tietojen ei-toivottu muuttuminen", "Oönskad ändring av uppgifterna",
            "Unwanted modification of data"),
        Msg(
            fi="Tiedot muuttuvat virheellisiksi tahallaan tai vahingossa, ja virheellisiä tietoja "
               "käytetään rekisteröidyn vahingoksi.",
            sv="Uppgifterna blir felaktiga, avsiktligt eller av misstag, och de felaktiga uppgifterna "
               "används till skada för den registrerade.",
            en="The data becomes wrong, on purpose or by mistake, and the wrong data is used to the data "
               "subject's detriment.",
        ),
    ),
    (
        Msg("Tietojen katoaminen", "Förlust av uppgifterna", "Disappearance of data"),
        Msg(
            fi="Tiedot katoavat, tuhoutuvat tai eivät ole käytettävissä silloin, kun niitä tarvitaan, "
               "esimerkiksi laitevian, kiristyshaittaohjelman tai palveluntarjoajan toiminnan loppumisen "
               "vuoksi.",
            sv="Uppgifterna försvinner, förstörs eller är inte tillgängliga när de behövs, till exempel på "
               "grund av ett maskinfel, ett utpressningsprogram eller att en tjänsteleverantör upphör med "
               "sin verksamhet.",
            en="The data is lost, destroyed or unavailable when it is needed, for example because of a "
               "hardware failure, ransomware or a service provider closing down.",
        ),
    ),
)


def default_risks(lang: str, existing_measures: str = "") -> list[Risk]:
    """The three risks to the data subjects every assessment considers, in the user's language, with the
    register's security measures offered as the existing measures."""
    return [
        Risk(title=title.render(lang), description=description.render(lang),
             existing_measures=existing_measures)
        for title, description in _DEFAULT_RISKS
    ]


def newest_first(assessments: Sequence[RiskAssessment]) -> list[int]:
    """Indices of the assessments, latest first: by date, and of equal dates the later one first."""
    return sorted(range(len(assessments)), key=lambda i: (assessments[i].assessed_on or dt.date.min, i),
                  reverse=True)


def latest_index(assessments: Sequence[RiskAssessment]) -> int | None:
    """The index of the assessment that counts: the latest (newest_first)."""
    order = newest_first(assessments)
    return order[0] if order else None


def latest_assessment(assessments: Sequence[RiskAssessment]) -> RiskAssessment | None:
    index = latest_index(assessments)
    return None if index is None else assessments[index]


def is_signed(assessment: RiskAssessment) -> bool:
    return bool(assessment.signed_by.strip()) and assessment.signed_on is not None


_UNRATED = Msg("Riskiä ”{title}” ei ole arvioitu: anna vakavuus ja todennäköisyys.",
               "Risken ”{title}” är inte bedömd: ange allvarlighet och sannolikhet.",
               "The risk “{title}” is not rated: give its severity and likelihood.")
_NO_OWNER = Msg("Riskin ”{title}” suunnitelluille toimenpiteille puuttuu vastuuhenkilö tai määräaika.",
                "De planerade åtgärderna för risken ”{title}” saknar ansvarig eller tidsfrist.",
                "The planned measures for the risk “{title}” have no owner or no due date.")
_NO_RISKS = Msg("Arviossa ei ole yhtään riskiä.", "Bedömningen innehåller inga risker.",
                "The assessment lists no risks.")
_NO_CONCLUSION = Msg("Johtopäätös puuttuu.", "Slutsatsen saknas.", "The conclusion is missing.")
_UNANSWERED = Msg("Tarveharkinnan kysymyksiä on vastaamatta: {count}.",
                  "Obesvarade frågor i behovsbedömningen: {count}.",
                  "Screening questions left unanswered: {count}.")


def sign_off_problems(assessment: RiskAssessment, questions: Sequence[str]) -> list[Bound]:
    """What must be done before the assessment can be signed off: every screening question answered,
    every risk rated, an owner and a due date for planned measures, a conclusion."""
    problems: list[Bound] = []
    if unanswered := [q for q in questions if q not in assessment.screening.answers]:
        problems.append(_UNANSWERED(count=len(unanswered)))
    if not assessment.risks:
        problems.append(_NO_RISKS())
    for item in assessment.risks:
        if item.severity is None or item.likelihood is None:
            problems.append(_UNRATED(title=item.title))
        if item.planned_measures.strip() and not (item.owner.strip() and item.due_date):
            problems.append(_NO_OWNER(title=item.title))
    if not assessment.conclusion.strip():
        problems.append(_NO_CONCLUSION())
    return problems
