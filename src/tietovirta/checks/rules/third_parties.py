"""People in a register who are not the other party of its contract, or not the person who gave the data:
business contacts, relatives, referees (GDPR 6(1)(b), 14)."""

from __future__ import annotations

from collections.abc import Iterator

from tietovirta.analysis import text
from tietovirta.analysis.bases import bases_in
from tietovirta.analysis.facts import Evidence, RegisterFacts
from tietovirta.canonical.schema import LegalBasis
from tietovirta.checks.engine import Problem, Severity, rule
from tietovirta.checks.messages import Msg
from tietovirta.checks.rules import anywhere

# Fields that say whose data the register holds.
_SUBJECT_FIELDS = ("data_subjects_text", "description")
# A basis that covers people outside the contract.
_COVERS_OTHERS = {LegalBasis.LEGITIMATE_INTERESTS, LegalBasis.PUBLIC_TASK}


def _subjects(ctx: RegisterFacts, matcher: text.Matcher) -> Evidence | None:
    """The group of data subjects the matcher names: a whole category ("yritysasiakkaiden yhteyshenkilöt")
    where one does, else the words of the register's name or description."""
    for category in ctx.register.data_subject_categories:
        if matcher.find(category):
            return Evidence("data_subject_categories", category)
    return ctx.find(matcher, ("name", *_SUBJECT_FIELDS))


def _other_basis_named(ctx: RegisterFacts) -> bool:
    """A basis that covers people outside the contract is named somewhere in the register, also where an
    imported document gives a basis per group in a table or under another heading."""
    return any(set(bases_in(value)) & _COVERS_OTHERS for _, value in ctx.own_text_fields())


@rule(
    "contract-basis-third-party", Severity.WARNING, ref="GDPR 6(1)(b)",
    hint=Msg(
        fi="Sopimus on peruste vain sopimuksen osapuolen tiedoille. Käsittele asiakasyritysten "
           "yhteyshenkilöiden, omaisten ja muiden sopimuksen ulkopuolisten tiedot oikeutetun edun "
           "perusteella, kuvaa etu ja kirjaa peruste näille ryhmille erikseen.",
        sv="Avtal är en grund bara för uppgifter om avtalsparten. Behandla uppgifter om företagskunders "
           "kontaktpersoner, anhöriga och andra utanför avtalet på grund av berättigat intresse, beskriv "
           "intresset och ange grunden separat för dessa grupper.",
        en="A contract is a basis only for the data of the party to it. Process the data of business "
           "customers' contact persons, relatives and others outside the contract on legitimate interests, "
           "describe the interest and record that basis for those groups.",
    ),
)
def contract_basis_third_party(ctx: RegisterFacts) -> Iterator[Problem]:
    if LegalBasis.CONTRACT not in ctx.bases or ctx.bases & _COVERS_OTHERS or _other_basis_named(ctx):
        return
    others = _subjects(ctx, text.BUSINESS_CONTACTS) or _subjects(ctx, text.THIRD_PERSONS)
    if others is None:
        return
    yield Problem(ctx.basis_field, Msg(
        fi="Käsittely perustuu sopimukseen, mutta rekisterissä on henkilöitä, jotka eivät ole sopimuksen "
           "osapuolia (”{phrase}”), eikä heidän tietojensa käsittelylle ole muuta perustetta.",
        sv="Behandlingen grundar sig på avtal, men registret innehåller personer som inte är parter i "
           "avtalet (”{phrase}”), och för deras uppgifter anges ingen annan grund.",
        en="Processing relies on a contract, but the register holds people who are not party to it "
           "(“{phrase}”), and no other basis is given for their data.",
    ), {"phrase": others.phrase})


def _informed(ctx: RegisterFacts) -> bool:
    for _, sentence in anywhere.sentences(ctx):
        telling = text.INFORMING.pattern.search(sentence) or text.ART14_INFORMATION.pattern.search(sentence)
        # "yhteyshenkilö saa tiedon tästä selosteesta": the person may be named as a contact person
        named = text.THIRD_PERSONS.pattern.search(sentence) or text.BUSINESS_CONTACTS.pattern.search(sentence)
        if telling and named:
            return True
    return False


def _third_persons(ctx: RegisterFacts) -> Evidence | None:
    for i, category in enumerate(ctx.register.data_categories):
        if hit := text.THIRD_PERSONS.find(category.name):
            return Evidence(f"data_categories[{i}]", hit.phrase)
    return _subjects(ctx, text.THIRD_PERSONS) or ctx.find(text.THIRD_PERSONS, ("data_collected_text",))


@rule(
    "third-party-data-notice", Severity.WARNING, ref="GDPR 14",
    hint=Msg(
        fi="Kerro, miten omaiset, suosittelijat ja muut, joiden tietoja saadaan rekisteröidyltä, saavat "
           "tiedon käsittelystä: esim. kerromme sen heille ensimmäisellä yhteydenotolla tai pyydämme "
           "rekisteröityä antamaan heille tämän selosteen.",
        sv="Ange hur anhöriga, referenspersoner och andra vars uppgifter fås av den registrerade informeras "
           "om behandlingen: t.ex. att vi berättar det vid första kontakten eller ber den registrerade ge "
           "dem denna beskrivning.",
        en="Say how relatives, referees and others whose data comes from the data subject are told about "
           "the processing: e.g. we tell them at first contact, or ask the data subject to give them this "
           "notice.",
    ),
)
def third_party_data_notice(ctx: RegisterFacts) -> Iterator[Problem]:
    found = _third_persons(ctx)
    if found is None or _informed(ctx):
        return
    yield Problem("sources_text", Msg(
        fi="Rekisterissä on muiden kuin rekisteröidyn itsensä tietoja (”{phrase}”), mutta ei kerrota, miten "
           "heille ilmoitetaan käsittelystä.",
        sv="Registret innehåller uppgifter om andra än den registrerade själv (”{phrase}”), men det framgår "
           "inte hur de informeras om behandlingen.",
        en="The register holds data about people other than the data subject (“{phrase}”), but nothing says "
           "how they are told about the processing.",
    ), {"phrase": found.phrase})
