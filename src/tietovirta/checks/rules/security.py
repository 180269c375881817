"""Security, the people answerable for the register, and risk (GDPR 5(2), 24, 32, 35, 37)."""

from __future__ import annotations

from collections.abc import Iterator

from tietovirta import risk
from tietovirta.analysis import prose, text
from tietovirta.analysis.facts import DocumentFacts, Evidence, RegisterFacts
from tietovirta.checks.engine import Problem, RegisterPart, Severity, rule
from tietovirta.checks.messages import Msg

_SECURITY_FIELDS = ("security_text", "security_manual_text", "security_electronic_text")


@rule(
    "security-missing", Severity.WARNING, ref="GDPR 30(1)(g), 32",
    hint=Msg(
        fi="Kuvaa todelliset toimet: kenellä on käyttöoikeus ja miten se myönnetään, kaksivaiheinen "
           "tunnistautuminen, salaus, varmuuskopiot, lokit sekä paperiaineiston säilytys ja hävittäminen.",
        sv="Beskriv de faktiska åtgärderna: vem som har behörighet och hur den beviljas, "
           "tvåfaktorsautentisering, kryptering, säkerhetskopior, loggar samt förvaring och förstöring av "
           "pappersmaterial.",
        en="Describe the actual measures: who has access and how it is granted, two-factor authentication, "
           "encryption, backups, logs, and how paper records are stored and destroyed.",
    ),
)
def security_missing(ctx: RegisterFacts) -> Iterator[Problem]:
    if not ctx.filled(*_SECURITY_FIELDS):
        yield Problem("security_text", Msg(
            fi="Tietojen suojaamisesta ei ole kerrottu mitään.",
            sv="Inget sägs om hur uppgifterna skyddas.",
            en="Nothing is said about how the data is protected.",
        ))
        return
    described = "\n".join(v for v in map(ctx.value, _SECURITY_FIELDS) if not text.is_blank(v))
    if text.security_boilerplate(described):
        yield Problem("security_text", Msg(
            fi="Tietoturvakuvaus on pelkkää vakiotekstiä (”{text}”): siitä ei selviä, miten juuri tämän "
               "rekisterin tiedot suojataan.",
            sv="Säkerhetsbeskrivningen är bara standardtext (”{text}”): den säger inte hur just det här "
               "registrets uppgifter skyddas.",
            en="The security description is boilerplate only (“{text}”): it does not say how this register's "
               "data is protected.",
        ), {"text": text.excerpt(described, 100)})


@rule(
    "responsible-person-missing", Severity.INFO, ref="GDPR 5(2), 24",
    hint=Msg(
        fi="Nimeä henkilö, joka vastaa rekisterin ajantasaisuudesta ja lainmukaisesta käsittelystä, ja "
           "kirjaa hänen yhteystietonsa.",
        sv="Utse en person som ansvarar för att registret är aktuellt och behandlas lagenligt och ange "
           "personens kontaktuppgifter.",
        en="Name the person who answers for the register being up to date and lawfully processed, with their "
           "contact details.",
    ),
)
def responsible_person_missing(ctx: RegisterFacts) -> Iterator[Problem]:
    person = ctx.register.responsible_person
    if person is None or text.is_blank(person.name):
        yield Problem("responsible_person", Msg(
            fi="Rekisterille ei ole nimetty vastuuhenkilöä.",
            sv="Ingen ansvarsperson har utsetts för registret.",
            en="No responsible person is named for the register.",
        ))


def _dpo_reasons_of_register(register: RegisterFacts) -> RegisterPart:
    """What in the register may call for a DPO: its name, whether it holds special-category data of
    others than the staff (Art. 37(1)(c): sensitive data of one's own staff is not the core activity), and
    whether it monitors people on a large scale."""
    content = register.content
    return RegisterPart(read={
        "name": register.register.name,
        "special": bool(register.special_categories and not register.employees),
        "monitoring": bool(text.MONITORING.find(content) and text.LARGE_SCALE.find(content)),
    })


@rule(
    "dpo-missing", Severity.WARNING, ref="GDPR 13(1)(b), 37(7)", per_register=False,
    hint=Msg(
        fi="Jos tietosuojavastaava on nimitetty, lisää hänen yhteystietonsa organisaation tietoihin; muuten "
           "arvioi, edellyttääkö GDPR 37 artikla nimittämistä, ja kirjaa arvio.",
        sv="Om ett dataskyddsombud har utsetts, lägg till ombudets kontaktuppgifter i organisationens "
           "uppgifter; bedöm annars om artikel 37 i GDPR kräver att ett ombud utses och dokumentera "
           "bedömningen.",
        en="If a DPO has been appointed, add their contact details to the organisation; otherwise assess "
           "whether GDPR Art. 37 requires one and record the assessment.",
    ),
    register_part=_dpo_reasons_of_register,
)
def dpo_missing(ctx: DocumentFacts, registers: list[dict]) -> Iterator[Problem]:
    dpo = ctx.doc.organization.dpo
    if dpo is not None and not (text.is_blank(dpo.name) and text.is_blank(dpo.email)):
        return
    reasons: list[object] = []
    if ctx.public_authority:
        reasons.append(Msg("rekisterinpitäjä on viranomainen", "den personuppgiftsansvarige är en myndighet",
                           "the controller is a public authority"))
    for register in registers:
        if register["special"]:
            reasons.append(Msg(
                "rekisterissä ”{name}” käsitellään erityisiä henkilötietoryhmiä tai rikostietoja",
                "registret ”{name}” innehåller särskilda kategorier av personuppgifter eller uppgifter om "
                "brott",
                "the register “{name}” holds special-category or criminal-offence data",
            )(name=register["name"]))
            break
    for register in registers:
        if register["monitoring"]:
            reasons.append(Msg(
                "rekisterissä ”{name}” seurataan ihmisiä laajamittaisesti",
                "registret ”{name}” gäller storskalig övervakning av personer",
                "the register “{name}” involves large-scale monitoring of people",
            )(name=register["name"]))
            break
    if reasons:
        yield Problem("organization.dpo", Msg(
            fi="Tietosuojavastaavaa ei ole merkitty, vaikka sellainen on todennäköisesti nimitettävä: "
               "{reasons}.",
            sv="Inget dataskyddsombud har angetts, fast ett ombud sannolikt måste utses: {reasons}.",
            en="No data protection officer is shown, although one is probably required: {reasons}.",
        ), {"reasons": reasons})


def _screening_quote(evidence: dict[str, Evidence]) -> list[object]:
    return [_CRITERION(label=risk.CRITERIA_BY_ID[i].label, phrase=e.phrase) for i, e in evidence.items()]


_CRITERION = Msg("{label} (”{phrase}”)", "{label} (”{phrase}”)", "{label} (“{phrase}”)")


@rule(
    "dpia-missing", Severity.ERROR, ref="GDPR 35",
    hint=Msg(
        fi="Tee riskiarvio: vastaa vaikutustenarvioinnin tarvetta koskeviin kysymyksiin (WP248) ja, jos "
           "arviointi tarvitaan, kuvaa riskit, niiden vakavuus ja todennäköisyys sekä toimenpiteet.",
        sv="Gör en riskbedömning: besvara frågorna om behovet av en konsekvensbedömning (WP248) och beskriv "
           "vid behov riskerna, deras allvar och sannolikhet samt åtgärderna.",
        en="Make a risk assessment: answer the DPIA screening questions (WP248) and, if a DPIA is needed, "
           "describe the risks, their severity and likelihood, and the measures.",
    ),
)
def dpia_missing(ctx: RegisterFacts) -> Iterator[Problem]:
    """The screening decides (tietovirta.risk): the user's answers in the latest assessment where there
    are any, otherwise what the register itself shows."""
    r = ctx.register
    latest = risk.latest_assessment(r.risk_assessments)
    if latest is not None and latest.screening.answers:
        result = risk.evaluate(latest.screening.answers)
        if result.needs_assessment and not latest.risks:
            yield Problem("risk_assessments", Msg(
                fi="Riskiarvion ”{title}” tarveharkinnan tulos on ”{outcome}” (täyttyvät kriteerit: "
                   "{criteria}), mutta riskejä ei ole arvioitu.",
                sv="Behovsbedömningen i riskbedömningen ”{title}” landar i ”{outcome}” (uppfyllda kriterier: "
                   "{criteria}), men inga risker har bedömts.",
                en="The screening in the risk assessment “{title}” concludes “{outcome}” (criteria met: "
                   "{criteria}), but no risks have been assessed.",
            ), {"title": latest.title or str(latest.assessed_on or ""),
                "outcome": risk.OUTCOME_LABEL[result.outcome],
                "criteria": [risk.criterion_ref(i) for i in result.met]})
        return
    if (latest is not None and latest.risks) or text.DPIA_DONE.find(r.risk_text) is not None:
        return  # assessed in an older form: risks without a screening, or in prose
    if ctx.stated(prose.Kind.DPIA):
        return  # the text says a DPIA was made, or that a screening found none needed
    # From here on the need is only inferred from the words of the register: a warning (LEGAL.md §7), since
    # neither the screening nor the absence of an assessment has been confirmed by the user.
    shown = risk.infer(ctx)
    result = risk.evaluate({c.id: c.id in shown for c in risk.CRITERIA})
    if not result.needs_assessment:
        return
    if "fi_whistleblowing" in shown:
        yield Problem("risk_assessments", severity=Severity.WARNING, message=Msg(
            fi="Rekisteri koskee väärinkäytösten ilmoituskanavaa (”{phrase}”), jolle tietosuojavaltuutetun "
               "luettelo edellyttää aina vaikutustenarviointia, mutta riskiarviota ei ole tehty.",
            sv="Registret gäller en visselblåsarkanal (”{phrase}”), som enligt dataombudsmannens förteckning "
               "alltid kräver en konsekvensbedömning, men ingen riskbedömning har gjorts.",
            en="The register concerns a whistleblowing channel (“{phrase}”), which always needs a DPIA under "
               "the Finnish Data Protection Ombudsman's list, but no risk assessment has been made.",
        ), params={"phrase": shown["fi_whistleblowing"].phrase})
        return
    met = {i: e for i, e in shown.items() if i in result.met}
    yield Problem("risk_assessments", severity=Severity.WARNING, message=Msg(
        fi="Rekisterissä täyttyy {count} vaikutustenarvioinnin tarvetta osoittavaa kriteeriä "
           "({criteria}), mutta riskiarviota ei ole tehty.",
        sv="Registret uppfyller {count} kriterier som tyder på att en konsekvensbedömning behövs "
           "({criteria}), men ingen riskbedömning har gjorts.",
        en="The register meets {count} criteria that call for a DPIA ({criteria}), but no risk "
           "assessment has been made.",
    ), params={"count": len(met), "criteria": _screening_quote(met)})

