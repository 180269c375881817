"""Processors, recipients and transfers outside the EEA (GDPR Art. 28, 30(1)(d)–(e), 44–49).

Catalogue systems and parties are checked once, at the organisation (their fields are where the fix
goes); a register's prose is checked for what the catalogue does not cover.
"""

from __future__ import annotations

from collections.abc import Iterator

from tietovirta.analysis import text
from tietovirta.analysis.facts import (
    PLACE_FIELDS,
    DocumentFacts,
    RegisterFacts,
    mechanism_recorded,
    needs_mechanism,
    third_countries,
    vendor_needs_mechanism,
)
from tietovirta.canonical.schema import AgreementStatus, Party, PartyRole, System, TransferMechanism
from tietovirta.checks.engine import Problem, Severity, rule
from tietovirta.checks.messages import Msg, country_label
from tietovirta.knowledge.vendors import IN_HOUSE_KINDS, resolve

_UNRECORDED = (AgreementStatus.MISSING, AgreementStatus.UNKNOWN)
_PROCESSOR_ROLES = (PartyRole.PROCESSOR, PartyRole.SUB_PROCESSOR)


def _external_system(system: System) -> bool:
    return system.kind not in IN_HOUSE_KINDS and bool(system.vendor.strip() or resolve(system.name))


@rule(
    "processor-agreement-missing", Severity.ERROR, ref="GDPR 28(3)", per_register=False,
    hint=Msg(
        fi="Tee jokaisen käsittelijän kanssa GDPR 28 artiklan mukainen sopimus (usein palvelun käyttöehtojen "
           "liite, DPA) ja kirjaa sen päiväys.",
        sv="Ingå ett avtal enligt artikel 28 i GDPR med varje biträde (ofta en bilaga till tjänstevillkoren, "
           "DPA) och anteckna datumet.",
        en="Have a GDPR Art. 28 agreement with each processor (often an annex to the terms of service, a "
           "DPA) and record its date.",
    ),
)
def processor_agreement_missing(ctx: DocumentFacts) -> Iterator[Problem]:
    for i, party in enumerate(ctx.doc.parties):
        if party.role in _PROCESSOR_ROLES and party.processor_agreement in _UNRECORDED:
            yield Problem(f"parties[{i}].processor_agreement", Msg(
                fi="Käsittelijän ”{name}” kanssa tehdystä GDPR 28 artiklan mukaisesta sopimuksesta ei ole "
                   "merkintää.",
                sv="Det finns ingen anteckning om ett avtal enligt artikel 28 i GDPR med biträdet ”{name}”.",
                en="There is no record of a GDPR Art. 28 agreement with the processor “{name}”.",
            ), {"name": party.name})
    for i, system in enumerate(ctx.doc.systems):
        if _external_system(system) and system.processor_agreement in _UNRECORDED:
            yield Problem(f"systems[{i}].processor_agreement", Msg(
                fi="Järjestelmän ”{name}” toimittaja käsittelee henkilötietoja rekisterinpitäjän lukuun, "
                   "mutta käsittelysopimuksesta (GDPR 28 artikla) ei ole merkintää.",
                sv="Leverantören av systemet ”{name}” behandlar personuppgifter för den "
                   "personuppgiftsansvariges räkning, men det finns ingen anteckning om ett biträdesavtal "
                   "(artikel 28 i GDPR).",
                en="The vendor of “{name}” processes personal data on the controller's behalf, but there is "
                   "no record of a processing agreement (GDPR Art. 28).",
            ), {"name": system.name})
    for register in ctx.registers:
        if register.processors:
            continue  # its processors are catalogue parties, checked above
        value = register.register.processors_text
        hit = text.EXTERNAL_PROCESSOR.find(value)
        if hit and not text.PROCESSOR_AGREEMENT.find(value, affirmed=False):
            yield Problem("processors_text", Msg(
                fi="Henkilötietojen käsittelijöissä mainitaan ulkopuolinen taho (”{sentence}”), mutta "
                   "käsittelysopimuksesta ei ole merkintää.",
                sv="Bland biträdena nämns en extern part (”{sentence}”), men det finns ingen anteckning om "
                   "ett biträdesavtal.",
                en="The processors include an outside party (“{sentence}”), but no processing agreement is "
                   "recorded.",
            ), {"sentence": text.excerpt(hit.sentence, 120)}, register_index=register.index)


@rule(
    "recipients-missing", Severity.ERROR, ref="GDPR 30(1)(d), 13(1)(e)",
    hint=Msg(
        fi="Luettele käsittelijät (esim. tilitoimisto ja järjestelmätoimittajat) ja säännönmukaiset "
           "luovutukset; jos tietoja ei luovuteta, kirjoita se näkyviin.",
        sv="Räkna upp biträdena (t.ex. redovisningsbyrå och systemleverantörer) och regelbundna utlämnanden; "
           "om inga uppgifter lämnas ut, skriv det.",
        en="List the processors (e.g. the accounting firm and system vendors) and regular disclosures; if "
           "nothing is disclosed, say so.",
    ),
)
def recipients_missing(ctx: RegisterFacts) -> Iterator[Problem]:
    if not ctx.register.parties and not ctx.filled("processors_text", "disclosures_text"):
        yield Problem("parties", Msg(
            fi="Vastaanottajia tai henkilötietojen käsittelijöitä ei ole kerrottu lainkaan.",
            sv="Inga mottagare eller personuppgiftsbiträden anges.",
            en="No recipients or processors are given at all.",
        ))


_TRANSFER_HINT = Msg(
    fi="Kirjaa jokaisesta siirrosta vastaanottaja, maa ja siirtoperuste: Yhdysvaltoihin EU:n ja "
       "Yhdysvaltojen tietosuojakehys (tarkista yrityksen sertifiointi ja kirjaa päivämäärä) tai "
       "vakiosopimuslausekkeet (2021/914) ja siirtovaikutusten arviointi.",
    sv="Anteckna för varje överföring mottagaren, landet och grunden: för USA dataskyddsramen mellan EU och "
       "USA (kontrollera företagets certifiering och anteckna datumet) eller standardavtalsklausuler "
       "(2021/914) med en bedömning av överföringens konsekvenser.",
    en="Record for each transfer the importer, the country and the mechanism: for the US, the EU-US Data "
       "Privacy Framework (check the company's certification and record the date) or standard contractual "
       "clauses (2021/914) with a transfer impact assessment.",
)


@rule(
    "transfer-mechanism-missing", Severity.ERROR, ref="GDPR 44–46, 30(1)(e), 13(1)(f)", hint=_TRANSFER_HINT,
    per_register=False,
)
def transfer_mechanism_missing(ctx: DocumentFacts) -> Iterator[Problem]:
    for path, item, names in ctx.catalogue_items():
        countries = third_countries(item, names)
        if needs_mechanism(countries) and not mechanism_recorded(item):
            yield Problem(f"{path}.transfer_mechanism", Msg(
                fi="”{name}”: tiedot ovat EU:n ja ETA:n ulkopuolisen maan ({countries}) ulottuvilla, mutta "
                   "siirtoperustetta ei ole kirjattu.",
                sv="”{name}”: uppgifterna är åtkomliga från ett land utanför EU och EES ({countries}), men "
                   "ingen grund för överföringen har angetts.",
                en="“{name}”: the data is within reach of a country outside the EU and EEA ({countries}), "
                   "but no transfer mechanism is recorded.",
            ), {"name": item.name, "countries": [country_label(c) for c in countries]})
    for register in ctx.registers:
        if problem := _register_transfer(register):
            yield problem


_VENDOR = Msg("{name} ({country})", "{name} ({country})", "{name} ({country})")


def _register_transfer(ctx: RegisterFacts) -> Problem | None:
    """A register's prose naming a service or a place outside the EEA, with no mechanism written down."""
    if ctx.find(text.TRANSFER_MECHANISM, PLACE_FIELDS, affirmed=False):
        return None
    vendors = [v for _, v in ctx.prose_vendors
               if vendor_needs_mechanism(v) and v.root.id not in ctx.document.catalogued_vendors]
    if vendors:
        return Problem("transfers_text", Msg(
            fi="Rekisterissä mainitaan palveluja, joiden tiedot ovat EU:n ja ETA:n ulkopuolisen maan "
               "ulottuvilla: {vendors}. Siirtoperustetta ei ole kirjattu.",
            sv="I registret nämns tjänster vars uppgifter är åtkomliga från ett land utanför EU och EES: "
               "{vendors}. Ingen grund för överföringen har angetts.",
            en="The register names services whose data is within reach of a country outside the EU and EEA: "
               "{vendors}. No transfer mechanism is recorded.",
        ), {"vendors": [_VENDOR(name=v.name, country=country_label(v.country)) for v in vendors]},
            register_index=ctx.index)
    for field in PLACE_FIELDS:
        for hit in text.THIRD_COUNTRY.hits(ctx.value(field), affirmed=False):
            if not text.is_negated(hit.sentence):
                message = Msg(
                    fi="Tekstin mukaan tietoja käsitellään EU:n ja ETA:n ulkopuolella (”{sentence}”), mutta "
                       "siirtoperustetta ei ole kirjattu.",
                    sv="Enligt texten behandlas uppgifter utanför EU och EES (”{sentence}”), men ingen grund "
                       "för överföringen har angetts.",
                    en="The text says data is processed outside the EU and EEA (“{sentence}”), but no "
                       "transfer mechanism is recorded.",
                )
            elif text.has_exception(hit.sentence):
                message = Msg(
                    fi="Tekstin mukaan tietoja voidaan siirtää EU:n ja ETA:n ulkopuolelle tarvittaessa "
                       "(”{sentence}”), mutta siirtoperustetta ei ole kirjattu.",
                    sv="Enligt texten kan uppgifter vid behov föras över utanför EU och EES (”{sentence}”), "
                       "men ingen grund för överföringen har angetts.",
                    en="The text allows transfers outside the EU and EEA when needed (“{sentence}”), but no "
                       "transfer mechanism is recorded.",
                )
            else:
                continue
            return Problem("transfers_text", message, {"sentence": text.excerpt(hit.sentence, 120)},
                           register_index=ctx.index)
    return None


@rule(
    "dpf-unverified", Severity.WARNING, ref="Decision (EU) 2023/1795", per_register=False,
    hint=Msg(
        fi="Tarkista yrityksen voimassa oleva sertifiointi osoitteesta dataprivacyframework.gov ja kirjaa "
           "tarkistuspäivä; tarkista se uudelleen vuosittain.",
        sv="Kontrollera företagets giltiga certifiering på dataprivacyframework.gov och anteckna datumet; "
           "kontrollera den på nytt varje år.",
        en="Check the company's current certification at dataprivacyframework.gov and record the date; check "
           "it again every year.",
    ),
)
def dpf_unverified(ctx: DocumentFacts) -> Iterator[Problem]:
    message = Msg(
        fi="”{name}”: siirtoperusteeksi on merkitty EU:n ja Yhdysvaltojen tietosuojakehys, mutta ei sitä, "
           "milloin yrityksen sertifiointi on tarkistettu.",
        sv="”{name}”: som grund för överföringen anges dataskyddsramen mellan EU och USA, men inte när "
           "företagets certifiering kontrollerades.",
        en="“{name}”: the EU-US Data Privacy Framework is given as the mechanism, but not when the company's "
           "certification was checked.",
    )
    item: System | Party
    for path, item, _ in ctx.catalogue_items():
        if item.dpf_verified_on is not None or text.DATE.find(item.transfer_text, affirmed=False):
            continue
        if item.transfer_mechanism is TransferMechanism.DPF or text.DPF.find(item.transfer_text):
            yield Problem(f"{path}.dpf_verified_on", message, {"name": item.name})
    for register in ctx.registers:
        for field in PLACE_FIELDS:
            value = register.value(field)
            if text.DPF.find(value) and not text.DATE.find(value, affirmed=False):
                yield Problem(field, message, {"name": register.register.name}, register_index=register.index)
                break


@rule(
    "privacy-shield", Severity.ERROR, ref="CJEU C-311/18", per_register=False,
    hint=Msg(
        fi="Vaihda siirtoperusteeksi EU:n ja Yhdysvaltojen tietosuojakehys (jos yritys on sertifioitu) tai "
           "vakiosopimuslausekkeet ja päivitä teksti.",
        sv="Byt grund till dataskyddsramen mellan EU och USA (om företaget är certifierat) eller "
           "standardavtalsklausuler och uppdatera texten.",
        en="Switch to the EU-US Data Privacy Framework (if the company is certified) or standard contractual "
           "clauses, and update the text.",
    ),
)
def privacy_shield(ctx: DocumentFacts) -> Iterator[Problem]:
    message = Msg(
        fi="Siirtoperusteeksi mainitaan Privacy Shield (”{sentence}”), joka on ollut pätemätön "
           "EU-tuomioistuimen ratkaisusta C-311/18 (2020) lähtien.",
        sv="Som grund för överföringen anges Privacy Shield (”{sentence}”), som är ogiltig sedan "
           "EU-domstolens dom C-311/18 (2020).",
        en="Privacy Shield is named as the transfer mechanism (“{sentence}”); it has been invalid since the "
           "CJEU judgment C-311/18 (2020).",
    )
    for path, item, _ in ctx.catalogue_items():
        if item.transfer_mechanism is TransferMechanism.PRIVACY_SHIELD:
            yield Problem(f"{path}.transfer_mechanism", message, {"sentence": item.name})
    for index, field, value in ctx.text_fields():
        for hit in text.PRIVACY_SHIELD.hits(value):
            if not text.INVALID.find(hit.sentence, affirmed=False):
                quote = {"sentence": text.excerpt(hit.sentence, 120)}
                yield Problem(field, message, quote, register_index=index)
                break
