"""Processors, recipients and transfers outside the EEA (GDPR Art. 28, 30(1)(d)–(e), 44–49).

What a register uses and where its data goes is answered by `tietovirta.analysis.transfers`, the
same functions the notice and the diagram use. A vendor is reported once, at its catalogue entry
(the fix goes there and clears every register that uses it); vendors named only in a register's
prose are reported on that register. A fact stated in prose but not recorded in its field is a note
asking to record it, never an error (unknown is not missing).
"""

from __future__ import annotations

from collections.abc import Iterator

from tietovirta.analysis import prose, text
from tietovirta.analysis.facts import DocumentFacts, RegisterFacts
from tietovirta.analysis.transfers import (
    PLACE_FIELDS,
    Transfer,
    catalogue_vendor,
    states_no_transfers,
    transfers_of,
)
from tietovirta.canonical.schema import AgreementStatus, Party, PartyRole, System, TransferMechanism
from tietovirta.checks.engine import Problem, RegisterPart, Severity, rule
from tietovirta.checks.messages import Msg, country_label
from tietovirta.knowledge.vendors import IN_HOUSE_KINDS, resolve

_PROCESSOR_ROLES = (PartyRole.PROCESSOR, PartyRole.SUB_PROCESSOR)


def _processes(item: System | Party) -> bool:
    """A catalogue entry whose vendor or party handles the data on the controller's behalf."""
    if isinstance(item, Party):
        return item.role in _PROCESSOR_ROLES
    vendor = catalogue_vendor(item)
    if item.kind in IN_HOUSE_KINDS or (vendor is not None and not (vendor.hosted and vendor.processor)):
        return False
    return bool(item.vendor.strip()) or vendor is not None


def _agreement_stated(statements: list[prose.Statement], names: list[str]) -> prose.Statement | None:
    """A sentence anywhere in the documentation (`statements`: those that an agreement is in place, in
    the document's order) saying an Art. 28 agreement is in place with this vendor (or with every
    processor)."""
    ids = {v.root.id for name in names if (v := resolve(name))}
    for statement in statements:
        about = {v.root.id for v in statement.vendors}
        if (about & ids) or not about or any(n.casefold() in statement.sentence.casefold() for n in names):
            return statement
    return None


_NO_AGREEMENT = Msg(
    fi="Käsittelijän ”{name}” kanssa tehdystä GDPR 28 artiklan mukaisesta sopimuksesta ei ole merkintää.",
    sv="Det finns ingen anteckning om ett avtal enligt artikel 28 i GDPR med biträdet ”{name}”.",
    en="There is no record of a GDPR Art. 28 agreement with the processor “{name}”.",
)
_AGREEMENT_MISSING = Msg(
    fi="Käsittelijän ”{name}” kanssa ei ole merkinnän mukaan tehty GDPR 28 artiklan mukaista sopimusta.",
    sv="Enligt anteckningen finns inget avtal enligt artikel 28 i GDPR med biträdet ”{name}”.",
    en="According to the record, there is no GDPR Art. 28 agreement with the processor “{name}”.",
)
_AGREEMENT_IN_PROSE = Msg(
    fi="Tekstin mukaan käsittelijän ”{name}” kanssa on käsittelysopimus (”{sentence}”); kirjaa se myös "
       "luettelon tietoihin.",
    sv="Enligt texten finns ett biträdesavtal med ”{name}” (”{sentence}”); anteckna det också i "
       "katalogen.",
    en="The text says there is a processing agreement with “{name}” (“{sentence}”); record it in the "
       "catalogue as well.",
)
_RECORD_AGREEMENT_HINT = Msg(
    fi="Merkitse järjestelmän tai käsittelijän tietoihin sopimuksen tila ja päiväys.",
    sv="Anteckna avtalets status och datum i systemets eller biträdets uppgifter.",
    en="Record the agreement's status and date on the system or party.",
)


def _agreements_stated(ctx: DocumentFacts | RegisterFacts) -> list[prose.Statement]:
    return [st for *_, st in ctx.statements if st.kind is prose.Kind.PROCESSOR_AGREEMENT]


def _processors_of_register(register: RegisterFacts) -> RegisterPart:
    """Processors the register names only in prose, with no agreement recorded; and what the catalogue's
    part reads of it: the sentences that say an agreement is in place."""
    return RegisterPart(list(_prose_processors(register)), read=_agreements_stated(register))


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
    register_part=_processors_of_register,
)
def processor_agreement_missing(ctx: DocumentFacts, registers: list) -> Iterator[Problem]:
    # Catalogue entries, one finding per vendor however many entries stand for it.
    stated_anywhere = [*_agreements_stated(ctx), *(st for stated in registers for st in stated)]
    for group in ctx.vendor_groups:
        processors = [(path, item) for path, item in group if _processes(item)]
        if not processors or any(
            item.processor_agreement in (AgreementStatus.SIGNED, AgreementStatus.NOT_NEEDED)
            for _, item in group
        ):
            continue
        path, item = processors[0]
        field = f"{path}.processor_agreement"
        if any(i.processor_agreement is AgreementStatus.MISSING for _, i in processors):
            yield Problem(field, _AGREEMENT_MISSING, {"name": item.name})
        elif stated := _agreement_stated(stated_anywhere, [i.name for _, i in group]):
            yield Problem(field, _AGREEMENT_IN_PROSE,
                          {"name": item.name, "sentence": text.excerpt(stated.sentence, 100)},
                          hint=_RECORD_AGREEMENT_HINT, severity=Severity.INFO)
        else:
            yield Problem(field, _NO_AGREEMENT, {"name": item.name}, severity=Severity.WARNING)


def _prose_processors(register: RegisterFacts) -> Iterator[Problem]:
    """Processors a register names only in prose."""
    value = register.register.processors_text
    hit = text.EXTERNAL_PROCESSOR.find(value)
    prose_only = [e for e in register.entities if not e.catalogued and e.is_processor(register.doc)]
    agreement = text.PROCESSOR_AGREEMENT.find(value, affirmed=False)
    if agreement or register.stated(prose.Kind.PROCESSOR_AGREEMENT):
        return
    if register.processors or not (hit or prose_only):
        return
    sentence = hit.sentence if hit else ", ".join(e.name for e in prose_only)
    yield Problem("processors_text", Msg(
        fi="Henkilötietojen käsittelijöissä mainitaan ulkopuolinen taho (”{sentence}”), mutta "
           "käsittelysopimuksesta ei ole merkintää.",
        sv="Bland biträdena nämns en extern part (”{sentence}”), men det finns ingen anteckning om "
           "ett biträdesavtal.",
        en="The processors include an outside party (“{sentence}”), but no processing agreement is "
           "recorded.",
    ), {"sentence": text.excerpt(sentence, 120)}, register_index=register.index,
        severity=Severity.WARNING)


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
    # A vendor that runs a system for the register is a processor, so a recipient (GDPR 4(9)).
    outside = [e for e in ctx.entities if e.roles(ctx.doc) or e.is_processor(ctx.doc)]
    if ctx.register.parties or outside or ctx.filled("processors_text", "disclosures_text"):
        return
    if ctx.stated(prose.Kind.NO_DISCLOSURES):
        return
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
# Why a service hosted in the EU still counts (issue: "flagged as a transfer with no explanation why").
_WHY = {
    "vendor": Msg(
        fi="yritys tai sen emoyhtiö on kotoisin maasta {country}, joten tiedot ovat sieltä käsin "
           "saatavilla, vaikka ne säilytettäisiin EU:ssa",
        sv="företaget eller dess moderbolag är hemmahörande i {country}, så uppgifterna är åtkomliga "
           "därifrån även om de lagras i EU",
        en="the company or its parent is based in {country}, so the data is within reach from there even "
           "when it is stored in the EU",
    ),
    "hosting": Msg(
        fi="tiedot säilytetään maassa {country}",
        sv="uppgifterna lagras i {country}",
        en="the data is stored in {country}",
    ),
}
_NO_MECHANISM = Msg(
    fi="”{name}”: tiedot ovat EU:n ja ETA:n ulkopuolisen maan ulottuvilla ({why}), mutta siirtoperustetta ei "
       "ole kirjattu.",
    sv="”{name}”: uppgifterna är åtkomliga från ett land utanför EU och EES ({why}), men ingen grund för "
       "överföringen har angetts.",
    en="“{name}”: the data is within reach of a country outside the EU and EEA ({why}), but no transfer "
       "mechanism is recorded.",
)
_MECHANISM_IN_PROSE = Msg(
    fi="”{name}”: siirtoperuste on kerrottu tekstissä (”{sentence}”); kirjaa se myös järjestelmän tai "
       "käsittelijän tietoihin.",
    sv="”{name}”: grunden för överföringen anges i texten (”{sentence}”); anteckna den också i systemets "
       "eller biträdets uppgifter.",
    en="“{name}”: the transfer mechanism is given in the text (“{sentence}”); record it on the system or "
       "party as well.",
)
_CONTRADICTS = Msg(
    fi="Tekstin mukaan tietoja ei siirretä EU:n tai ETA:n ulkopuolelle, mutta ”{name}”: {why}. Kirjaa "
       "siirtoperuste tai korjaa teksti.",
    sv="Enligt texten förs inga uppgifter över utanför EU och EES, men ”{name}”: {why}. Anteckna grunden "
       "för överföringen eller rätta texten.",
    en="The text says no data is transferred outside the EU and EEA, but “{name}”: {why}. Record the "
       "transfer mechanism or correct the text.",
)


def _why(transfer: Transfer) -> object:
    return _WHY[transfer.reason](country=country_label(transfer.country))


def _transfer_problem(transfer: Transfer, register: RegisterFacts | None) -> Problem | None:
    index = register.index if register else None
    field = f"{transfer.path}.transfer_mechanism" if transfer.path else "transfers_text"
    params = {"name": transfer.importer, "why": _why(transfer)}
    if transfer.mechanism not in (None, TransferMechanism.NONE):
        if transfer.mechanism_in_prose and transfer.path:
            return Problem(field, _MECHANISM_IN_PROSE,
                           {**params, "sentence": text.excerpt(transfer.text, 100)},
                           register_index=index, severity=Severity.INFO)
        return None
    if register is not None and transfer.reason == "vendor" and states_no_transfers(register.register):
        return Problem(field, _CONTRADICTS, params, register_index=index, severity=Severity.WARNING)
    return Problem(field, _NO_MECHANISM, params, register_index=index)


def _transfers_of_register(register: RegisterFacts) -> RegisterPart:
    """Vendors and places named only in the register's prose (one finding per register); and what the
    catalogue's part reads of it: the catalogue entries its data goes to, its texts about places and
    transfers, and whether it says nothing is transferred."""
    problem = _prose_vendors(register) or _place_outside_eea(register)
    return RegisterPart([problem] if problem else [], read={
        "paths": frozenset(t.path for t in register.transfers if t.path),
        "texts": [register.value(f) for f in PLACE_FIELDS],
        "generic": register.value("transfers_text"),
        "no_transfers": states_no_transfers(register.register) is not None,
    })


@rule(
    "transfer-mechanism-missing", Severity.ERROR, ref="GDPR 44–46, 30(1)(e), 13(1)(f)", hint=_TRANSFER_HINT,
    per_register=False, register_part=_transfers_of_register,
)
def transfer_mechanism_missing(ctx: DocumentFacts, registers: list[dict]) -> Iterator[Problem]:
    # Catalogue entries, one finding per vendor: the fix goes on the entry and clears every register that
    # uses it.
    for group in ctx.vendor_groups:
        paths = {path for path, _ in group}
        users = [r for r in registers if r["paths"] & paths]
        texts = [value for r in users for value in r["texts"]]
        generic = [r["generic"] for r in users]
        _path, first = group[0]
        transfers = [t for t in transfers_of(first.name, catalogue_vendor(first), group, texts, generic)
                     if t.needs_mechanism]
        if transfers and (problem := _transfer_problem(transfers[0], None)):
            if (problem.severity is None and users and transfers[0].reason == "vendor"
                    and all(r["no_transfers"] for r in users)):
                problem = Problem(problem.field, _CONTRADICTS, problem.params, severity=Severity.WARNING)
            yield problem


_PROSE_VENDORS = Msg(
    fi="Rekisterissä mainitaan palveluja, joiden tiedot ovat EU:n ja ETA:n ulkopuolisen maan ulottuvilla: "
       "{vendors}. Siirtoperustetta ei ole kirjattu.",
    sv="I registret nämns tjänster vars uppgifter är åtkomliga från ett land utanför EU och EES: {vendors}. "
       "Ingen grund för överföringen har angetts.",
    en="The register names services whose data is within reach of a country outside the EU and EEA: "
       "{vendors}. No transfer mechanism is recorded.",
)
_VENDOR = Msg("{name} ({why})", "{name} ({why})", "{name} ({why})")


def _prose_vendors(ctx: RegisterFacts) -> Problem | None:
    """Services the register names only in prose whose data leaves the EEA with no safeguard written."""
    missing = [t for t in ctx.transfers if not t.path and t.needs_mechanism and t.mechanism is None]
    if not missing:
        return None
    if all(t.reason == "vendor" for t in missing) and states_no_transfers(ctx.register):
        return _transfer_problem(missing[0], ctx)
    seen: dict[str, Transfer] = {}
    for transfer in missing:
        seen.setdefault(transfer.importer, transfer)
    vendors = [_VENDOR(name=t.importer, why=_why(t)) for t in seen.values()]
    return Problem("transfers_text", _PROSE_VENDORS, {"vendors": vendors}, register_index=ctx.index)


def _place_outside_eea(ctx: RegisterFacts) -> Problem | None:
    """A register's prose saying data is processed outside the EEA, with no safeguard written down."""
    if any(st.kind is prose.Kind.MECHANISM for f in PLACE_FIELDS for st in prose.statements(ctx.value(f))):
        return None
    for field in PLACE_FIELDS:
        for statement in prose.statements(ctx.value(field)):
            if statement.kind is not prose.Kind.TRANSFERS:
                continue
            message = Msg(
                fi="Tekstin mukaan tietoja käsitellään EU:n ja ETA:n ulkopuolella (”{sentence}”), mutta "
                   "siirtoperustetta ei ole kirjattu.",
                sv="Enligt texten behandlas uppgifter utanför EU och EES (”{sentence}”), men ingen grund "
                   "för överföringen har angetts.",
                en="The text says data is processed outside the EU and EEA (“{sentence}”), but no "
                   "transfer mechanism is recorded.",
            ) if statement.value is True else Msg(
                fi="Tekstin mukaan tietoja voidaan siirtää EU:n ja ETA:n ulkopuolelle tarvittaessa "
                   "(”{sentence}”), mutta siirtoperustetta ei ole kirjattu.",
                sv="Enligt texten kan uppgifter vid behov föras över utanför EU och EES (”{sentence}”), "
                   "men ingen grund för överföringen har angetts.",
                en="The text allows transfers outside the EU and EEA when needed (“{sentence}”), but no "
                   "transfer mechanism is recorded.",
            )
            return Problem("transfers_text", message, {"sentence": text.excerpt(statement.sentence, 120)},
                           register_index=ctx.index)
    return None


_DPF_UNDATED = Msg(
    fi="”{name}”: siirtoperusteeksi on merkitty EU:n ja Yhdysvaltojen tietosuojakehys, mutta ei sitä, "
       "milloin yrityksen sertifiointi on tarkistettu.",
    sv="”{name}”: som grund för överföringen anges dataskyddsramen mellan EU och USA, men inte när "
       "företagets certifiering kontrollerades.",
    en="“{name}”: the EU-US Data Privacy Framework is given as the mechanism, but not when the company's "
       "certification was checked.",
)


def _dpf_of_register(register: RegisterFacts) -> RegisterPart:
    """The register's own mention of the framework without the date its certification was checked."""
    stated = {f: found for f in PLACE_FIELDS if (found := _dpf_stated(register.value(f)))}
    undated = [t for t in register.transfers
               if t.mechanism is TransferMechanism.DPF and not t.path and t.dpf_verified_on is None]
    if (undated or stated) and not any(s.date for found in stated.values() for s in found):
        name = undated[0].importer if undated else register.register.name
        field = next(iter(stated), "transfers_text")
        return RegisterPart([Problem(field, _DPF_UNDATED, {"name": name}, register_index=register.index)])
    return RegisterPart()


@rule(
    "dpf-unverified", Severity.WARNING, ref="Decision (EU) 2023/1795", per_register=False,
    register_part=_dpf_of_register,
    hint=Msg(
        fi="Tarkista yrityksen voimassa oleva sertifiointi osoitteesta dataprivacyframework.gov ja kirjaa "
           "tarkistuspäivä; tarkista se uudelleen vuosittain.",
        sv="Kontrollera företagets giltiga certifiering på dataprivacyframework.gov och anteckna datumet; "
           "kontrollera den på nytt varje år.",
        en="Check the company's current certification at dataprivacyframework.gov and record the date; check "
           "it again every year.",
    ),
)
def dpf_unverified(ctx: DocumentFacts, registers: list) -> Iterator[Problem]:
    for group in ctx.vendor_groups:
        if any(i.dpf_verified_on for _, i in group):
            continue
        for path, item in group:
            stated = _dpf_stated(item.transfer_text)
            named = item.transfer_mechanism is TransferMechanism.DPF or stated
            if named and not any(s.date for s in stated):
                yield Problem(f"{path}.dpf_verified_on", _DPF_UNDATED, {"name": item.name})
                break


def _dpf_stated(value: str) -> list[prose.Statement]:
    return [s for s in prose.statements(value) if s.value is TransferMechanism.DPF]


_PRIVACY_SHIELD = Msg(
    fi="Siirtoperusteeksi mainitaan Privacy Shield (”{sentence}”), joka on ollut pätemätön "
       "EU-tuomioistuimen ratkaisusta C-311/18 (2020) lähtien.",
    sv="Som grund för överföringen anges Privacy Shield (”{sentence}”), som är ogiltig sedan "
       "EU-domstolens dom C-311/18 (2020).",
    en="Privacy Shield is named as the transfer mechanism (“{sentence}”); it has been invalid since the "
       "CJEU judgment C-311/18 (2020).",
)


def _privacy_shield_stated(statements) -> Iterator[Problem]:
    """Each field (register index, field) whose prose names Privacy Shield as the mechanism, once."""
    reported: set[tuple[int | None, str]] = set()
    for index, field, statement in statements:
        if statement.value is not TransferMechanism.PRIVACY_SHIELD or (index, field) in reported:
            continue
        if not text.INVALID.find(statement.sentence, affirmed=False):
            reported.add((index, field))
            yield Problem(field, _PRIVACY_SHIELD, {"sentence": text.excerpt(statement.sentence, 120)},
                          register_index=index)


def _privacy_shield_in_register(register: RegisterFacts) -> RegisterPart:
    statements = [(register.index, field, statement) for field, statement in register.statements]
    return RegisterPart(list(_privacy_shield_stated(statements)))


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
    register_part=_privacy_shield_in_register,
)
def privacy_shield(ctx: DocumentFacts, registers: list) -> Iterator[Problem]:
    for path, item, _ in ctx.catalogue_items():
        if item.transfer_mechanism is TransferMechanism.PRIVACY_SHIELD:
            yield Problem(f"{path}.transfer_mechanism", _PRIVACY_SHIELD, {"sentence": item.name})
    yield from _privacy_shield_stated(ctx.statements)
