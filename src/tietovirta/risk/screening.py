"""The DPIA screening: answers pre-filled from what a register says, evaluated into a result.

`prefill` reads the register's structured values and prose through the same facts and phrase
matchers as the checks (`tietovirta.analysis.facts` / `.text`), so a screening and the `dpia-missing`
check never disagree about what a register says. `evaluate` turns answers (pre-filled or confirmed
by the user) into required / likely / not required, with the criteria that decide it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from tietovirta import deadlines
from tietovirta.analysis import text
from tietovirta.analysis.facts import CONTENT_FIELDS, DocumentFacts, Evidence, RegisterFacts
from tietovirta.analysis.text import Matcher
from tietovirta.canonical.schema import (
    DpiaScreening,
    OrganizationDocument,
    Register,
    SpecialCategory,
    SystemKind,
)
from tietovirta.checks.messages import Bound, Msg
from tietovirta.risk.criteria import CRITERIA, CRITERIA_BY_ID, WP248_IDS, Source

# Phrases only the screening asks about (the checks have no rule on them).
PUBLIC_AREA = Matcher(
    r"yleisöl\w* avoi\w*", r"julki\w* (?:tilo|tila|paik|alue)\w*", r"kauppakeskuk\w*", r"katualue\w*",
    r"allmän\w* plats\w*", r"offentlig\w* (?:plats|miljö|utrymme)\w*", r"köpcent\w*",
    r"public(?:ly accessible)? (?:areas?|spaces?|places?)", r"publicly accessible",
    r"shopping cent(?:re|er)s?",
)
# Art. 14(5)(b): the data subjects are not informed. The claim is itself a negation ("ei informoida"),
# so it is matched in negated sentences too.
NOT_INFORMED = Matcher(
    r"14\s*art\w*\s*5\s*koh\w*\s*b", r"art\w*\.?\s*14\s*\(\s*5\s*\)\s*\(?\s*b", r"artikel\s+14\.5\s*b",
    r"kohtuuttom\w* (?:paljon )?vaiva\w*", r"oproportionerlig\w* (?:stor )?ansträngning\w*",
    r"disproportionate effort",
)


def _monitoring(ctx: RegisterFacts) -> Evidence | None:
    # Location words are also monitoring words; alone they are the Finnish list's location item, not
    # a second criterion, so they are not counted twice.
    for field in CONTENT_FIELDS:
        for hit in text.MONITORING.hits(ctx.value(field)):
            if text.LOCATION_DATA.find(hit.phrase) is None:
                return Evidence(field, hit.phrase)
    for system in ctx.systems:
        if system.kind is SystemKind.CAMERA:
            return Evidence("systems", system.name)
    return None


def _vulnerable(ctx: RegisterFacts) -> Evidence | None:
    fields = ("name", "data_collected_text", "purpose_text")
    found = ctx.employees or ctx.children or ctx.find(text.VULNERABLE, fields)
    if found is None and (hit := text.VULNERABLE.find(ctx.subject_names)):
        found = Evidence("data_subject_categories", hit.phrase)
    return found


def infer(ctx: RegisterFacts) -> dict[str, Evidence]:
    """The criteria the register's values and prose show, each with the words that show it."""
    def find(matcher: Matcher, *, affirmed: bool = True) -> Evidence | None:
        return ctx.find(matcher, CONTENT_FIELDS, affirmed=affirmed)

    special = ctx.special_categories
    found: dict[str, Evidence | None] = {
        "evaluation_scoring": find(text.EVALUATION),
        "automated_decision": find(text.AUTOMATED_DECISION),
        "systematic_monitoring": _monitoring(ctx),
        "sensitive_data": next(iter(special.values()), None) or ctx.hetu,
        "large_scale": find(text.LARGE_SCALE),
        "matching_datasets": find(text.MATCHING),
        "vulnerable_subjects": _vulnerable(ctx),
        "innovative_technology": find(text.INNOVATIVE),
        "prevents_rights": find(text.SERVICE_DENIAL),
        "fi_biometric": special.get(SpecialCategory.BIOMETRIC),
        "fi_genetic": special.get(SpecialCategory.GENETIC),
        "fi_location": find(text.LOCATION_DATA),
        "fi_not_informed": find(NOT_INFORMED, affirmed=False),
        "fi_whistleblowing": find(text.WHISTLEBLOWING),
    }
    if found["evaluation_scoring"] and found["automated_decision"]:
        found["art35_profiling"] = found["automated_decision"]
    if special and found["large_scale"]:
        found["art35_special_large_scale"] = next(iter(special.values()))
    if found["systematic_monitoring"] and found["large_scale"] and (public := find(PUBLIC_AREA)):
        found["art35_public_monitoring"] = public
    return {c.id: evidence for c in CRITERIA if (evidence := found.get(c.id))}


def _facts(register: Register, document: OrganizationDocument) -> RegisterFacts:
    index = next((i for i, r in enumerate(document.registers) if r is register), None)
    if index is None:  # a register not (or no longer) in the document: read it with its catalogue
        document = document.model_copy(update={"registers": [register]})
        index = 0
    return RegisterFacts(DocumentFacts(document, deadlines.today()), index)


def evidence(register: Register, document: OrganizationDocument) -> dict[str, Evidence]:
    """`infer` for a register of a canonical document."""
    return infer(_facts(register, document))


def prefill(register: Register, document: OrganizationDocument) -> dict[str, bool]:
    """An answer to every question, as the register suggests it: met where it shows the criterion."""
    shown = evidence(register, document)
    return {c.id: c.id in shown for c in CRITERIA}


def screening_fingerprint(register: Register, document: OrganizationDocument) -> str:
    """What the register showed the screening: the ids of the criteria it suggests, in catalogue order.
    Stored with the answers; when it no longer matches, the register changed in a way that alters the
    screening and its assessment is out of date."""
    return fingerprint_of(evidence(register, document))


def fingerprint_of(shown: Mapping[str, object]) -> str:
    return ",".join(c.id for c in CRITERIA if c.id in shown)


@dataclass(frozen=True)
class Change:
    """How the register's suggestions differ from those the screening was answered against."""

    added: tuple[str, ...]
    removed: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed)


def screening_change(screening: DpiaScreening, current_fingerprint: str) -> Change:
    """Empty when the screening still matches the register. A screening saved without a fingerprint
    (an import, an older document) is compared with its answers instead."""
    now = set(filter(None, current_fingerprint.split(",")))
    if screening.fingerprint:
        then = set(screening.fingerprint.split(","))
        removed = then - now
    elif screening.answers:  # only a criterion the answers do not count as met is known to be new
        then = {k for k, met in screening.answers.items() if met}
        removed = set()
    else:
        return Change((), ())
    order = [c.id for c in CRITERIA]
    return Change(tuple(i for i in order if i in now - then), tuple(i for i in order if i in removed))


class Outcome(StrEnum):
    REQUIRED = "required"
    LIKELY = "likely"
    NOT_REQUIRED = "not_required"

    @property
    def rank(self) -> int:
        """0 for the strongest."""
        return list(Outcome).index(self)


OUTCOME_LABEL: dict[Outcome, Msg] = {
    Outcome.REQUIRED: Msg("Vaikutustenarviointi on tehtävä", "En konsekvensbedömning krävs",
                          "A DPIA is required"),
    Outcome.LIKELY: Msg("Vaikutustenarviointi on todennäköisesti tarpeen",
                        "En konsekvensbedömning behövs sannolikt", "A DPIA is likely required"),
    Outcome.NOT_REQUIRED: Msg("Vaikutustenarviointia ei tarvita", "Ingen konsekvensbedömning krävs",
                              "No DPIA is required"),
}

_CRITERION = Msg("{label} ({ref})", "{label} ({ref})", "{label} ({ref})")
_ART35 = Msg(
    fi="{ref} ({label}): vaikutustenarviointi on aina tehtävä.",
    sv="{ref} ({label}): en konsekvensbedömning krävs alltid.",
    en="{ref} ({label}): a DPIA is always required.",
)
_FI_ALWAYS = Msg(
    fi="Tietosuojavaltuutetun luettelo ({label}): vaikutustenarviointi on aina tehtävä.",
    sv="Dataombudsmannens förteckning ({label}): en konsekvensbedömning ska alltid göras.",
    en="The Data Protection Ombudsman's list ({label}): a DPIA is always required.",
)
_FI_WITH = Msg(
    fi="Tietosuojavaltuutetun luettelo ({label} ja lisäksi WP248-kriteeri: {others}): vaikutustenarviointi "
       "on tehtävä.",
    sv="Dataombudsmannens förteckning ({label} och dessutom ett kriterium i WP248: {others}): en "
       "konsekvensbedömning ska göras.",
    en="The Data Protection Ombudsman's list ({label}, together with a WP248 criterion: {others}): a DPIA "
       "is required.",
)
_FI_ALONE = Msg(
    fi="Tietosuojavaltuutetun luettelo ({label}): vaikutustenarviointi on tehtävä vasta, kun lisäksi jokin "
       "WP248-kriteeri täyttyy.",
    sv="Dataombudsmannens förteckning ({label}): en konsekvensbedömning krävs först när även ett kriterium "
       "i WP248 uppfylls.",
    en="The Data Protection Ombudsman's list ({label}): a DPIA is required only when a WP248 criterion is "
       "met as well.",
)
_WP_TWO = Msg(
    fi="WP248-kriteereistä täyttyy kaksi tai useampi: {criteria}. Vaikutustenarviointi on siksi "
       "todennäköisesti tarpeen.",
    sv="Två eller fler kriterier i WP248 uppfylls: {criteria}. En konsekvensbedömning behövs därför "
       "sannolikt.",
    en="Two or more WP248 criteria are met: {criteria}. A DPIA is therefore likely required.",
)
_WP_ONE = Msg(
    fi="Yksi WP248-kriteeri täyttyy: {criteria}. Yleensä vaikutustenarviointia ei silloin tarvita, mutta "
       "arvioi, onko riski silti korkea.",
    sv="Ett kriterium i WP248 uppfylls: {criteria}. Vanligen behövs då ingen konsekvensbedömning, men bedöm "
       "om risken ändå är hög.",
    en="One WP248 criterion is met: {criteria}. Usually no DPIA is needed then, but consider whether the "
       "risk is high all the same.",
)
_NONE = Msg(
    fi="Mikään kriteeri ei täyty.",
    sv="Inget kriterium uppfylls.",
    en="No criterion is met.",
)
_UNANSWERED = Msg(
    fi="Vastaamatta: {count} kysymystä.",
    sv="Obesvarade frågor: {count}.",
    en="Unanswered questions: {count}.",
)


def criterion_ref(criterion_id: str) -> Bound:
    """A criterion's label with its source, e.g. "arkaluonteiset tiedot (WP248, kriteeri 4)"."""
    c = CRITERIA_BY_ID[criterion_id]
    return _CRITERION(label=c.label, ref=c.ref)


@dataclass(frozen=True)
class Screening:
    """The result of a screening: the outcome, the reasons citing the criteria, what was met."""

    outcome: Outcome
    reasons: tuple[Bound, ...]
    met: tuple[str, ...]
    unanswered: tuple[str, ...]

    @property
    def needs_assessment(self) -> bool:
        return self.outcome is not Outcome.NOT_REQUIRED

    def label(self, lang: str) -> str:
        return OUTCOME_LABEL[self.outcome].render(lang)

    def explain(self, lang: str) -> list[str]:
        return [reason.render(lang) for reason in self.reasons]


def evaluate(answers: Mapping[str, bool]) -> Screening:
    """Required when an Art. 35(3) case or an item of the Finnish list applies; likely required when two
    or more WP248 criteria are met (WP248 rev.01 III.B.a); otherwise not required. Unknown ids and
    unanswered questions count as not met."""
    met = tuple(c.id for c in CRITERIA if answers.get(c.id) is True)
    wp248 = [m for m in met if m in WP248_IDS]
    outcome = Outcome.NOT_REQUIRED
    reasons: list[Bound] = []
    for criterion_id in met:
        c = CRITERIA_BY_ID[criterion_id]
        if c.source is Source.ART35:
            outcome = Outcome.REQUIRED
            reasons.append(_ART35(ref=c.ref, label=c.label))
        elif c.source is Source.FI_LIST and not c.needs_another:
            outcome = Outcome.REQUIRED
            reasons.append(_FI_ALWAYS(label=c.label))
        elif c.source is Source.FI_LIST:
            others = [CRITERIA_BY_ID[w].label for w in wp248 if w not in c.not_another]
            if others:
                outcome = Outcome.REQUIRED
                reasons.append(_FI_WITH(label=c.label, others=others))
            else:
                reasons.append(_FI_ALONE(label=c.label))
    listed = [criterion_ref(w) for w in wp248]
    if len(wp248) >= 2:
        if outcome is Outcome.NOT_REQUIRED:
            outcome = Outcome.LIKELY
        reasons.append(_WP_TWO(criteria=listed))
    elif len(wp248) == 1 and outcome is Outcome.NOT_REQUIRED:
        reasons.append(_WP_ONE(criteria=listed))
    elif not met:
        reasons.append(_NONE())
    unanswered = tuple(c.id for c in CRITERIA if c.id not in answers)
    if unanswered:
        reasons.append(_UNANSWERED(count=len(unanswered)))
    return Screening(outcome, tuple(reasons), met, unanswered)
