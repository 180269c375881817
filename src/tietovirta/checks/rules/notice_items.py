"""What a privacy notice must tell everyone (GDPR 12–14): how to reach the controller, the items of
Art. 13(1)(f), 13(2)(e) and 13(2)(f), and access requests without formalities the law does not allow."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from tietovirta.analysis import prose, text
from tietovirta.analysis.facts import DocumentFacts, Evidence, RegisterFacts
from tietovirta.canonical.schema import Contact, RegisterStatus
from tietovirta.checks.engine import Problem, RegisterPart, Severity, rule, stated_elsewhere
from tietovirta.checks.messages import Msg, field_label
from tietovirta.language import IN_LANGUAGE

# Where an address was found in a register's text: "rekisteri Asiakasrekisteri, kohta Tarkastusoikeus".
_IN_REGISTER = Msg("rekisteri {register}, kohta {field}", "registret {register}, avsnittet {field}",
                   "register {register}, {field}")


def _reachable(contact: Contact | None) -> bool:
    return contact is not None and (_email(contact.email) or _value(contact.address))


def _value(value: str) -> bool:
    return not text.is_blank(value) and text.placeholder(value, value_field=True) is None


def _email(value: str) -> bool:
    return _value(value) and text.EMAIL_ADDRESS.find(value, affirmed=False) is not None


def _recorded_contact(ctx: DocumentFacts, registers: list[dict]) -> bool:
    """An e-mail address or a postal address in a field the notice prints as the controller's contact."""
    org = ctx.doc.organization
    if _email(org.email) or _value(org.street_address) or _value(org.postal_code):
        return True
    return any(_reachable(c) for c in (org.contact_person, org.dpo)) or any(r["reachable"] for r in registers)


def _contact_of_register(ctx: RegisterFacts) -> RegisterPart:
    """What the rule reads of a register: whether a contact of it is reachable, the first address in its
    prose (field and address), and its name."""
    r = ctx.register
    found = _contact_in_prose((None, path, value) for path, value in ctx.own_text_fields())
    return RegisterPart(read={
        "reachable": any(_reachable(c) for c in (r.contact_person, r.responsible_person)),
        "in_prose": found[1:] if found else None,
        "name": r.name,
    })


def _contact_in_prose(texts) -> tuple[int | None, str, str] | None:
    """(register index, field, address) of an e-mail or postal address (or a contact form) written in prose,
    leaving out the Data Protection Ombudsman's (named in every notice as the place to complain) and the
    catalogue's."""
    for index, path, value in texts:
        if path.startswith(("systems[", "parties[")):
            continue
        for matcher in (text.EMAIL_ADDRESS, text.POSTAL_ADDRESS, text.CONTACT_FORM):
            for hit in matcher.hits(value, affirmed=False):
                if not text.SUPERVISORY_AUTHORITY.pattern.search(hit.sentence):
                    return index, path, hit.phrase
    return None


@rule(
    "controller-contact-missing", Severity.ERROR, ref="GDPR 13(1)(a), 12(2)", per_register=False,
    hint=Msg(
        fi="Kirjaa organisaation tietoihin rekisterinpitäjän postiosoite ja sähköpostiosoite, johon "
           "rekisteröidyt voivat lähettää pyyntönsä (esim. tietosuoja@yritys.fi).",
        sv="Ange den personuppgiftsansvariges postadress och en e-postadress dit de registrerade kan skicka "
           "sina begäranden (t.ex. dataskydd@foretag.fi) i organisationens uppgifter.",
        en="Enter the controller's postal address and an e-mail address for data subjects' requests (e.g. "
           "privacy@company.fi) in the organisation details.",
    ),
    register_part=_contact_of_register,
)
def controller_contact_missing(ctx: DocumentFacts, registers: list[dict]) -> Iterator[Problem]:
    if text.is_blank(ctx.doc.organization.name):
        return  # no controller at all: controller-missing says so
    if _recorded_contact(ctx, registers):
        return
    # The organisation's own texts first, then each register's, in order.
    found = _contact_in_prose(ctx.text_fields()) or next(
        ((index, *r["in_prose"]) for index, r in enumerate(registers) if r["in_prose"]), None
    )
    if found:
        index, path, address = found
        where = field_label(path) if index is None else _IN_REGISTER(
            register=registers[index]["name"], field=field_label(path)
        )
        yield Problem("organization.email", Msg(
            fi="Rekisterinpitäjän yhteystietoja ei ole kirjattu organisaation tietoihin, mutta tekstissä on "
               "osoite ”{address}” ({where}). Kirjaa se organisaation tietoihin, jotta seloste näyttää sen "
               "rekisterinpitäjän yhteystietona.",
            sv="Den personuppgiftsansvariges kontaktuppgifter har inte förts in i organisationens uppgifter, "
               "men texten innehåller adressen ”{address}” ({where}). För in den i organisationens uppgifter "
               "så att beskrivningen visar den som den personuppgiftsansvariges kontaktuppgift.",
            en="The controller's contact details are not recorded in the organisation details, but the text "
               "gives the address “{address}” ({where}). Record it in the organisation details so that the "
               "notice shows it as the controller's contact.",
        ), {"address": address, "where": where}, severity=Severity.INFO)
        return
    yield Problem("organization.email", Msg(
        fi="Rekisterinpitäjälle ei ole kerrottu postiosoitetta eikä sähköpostiosoitetta: rekisteröity ei "
           "tiedä, minne lähettää tietopyyntönsä.",
        sv="Den personuppgiftsansvarige har varken postadress eller e-postadress: den registrerade vet inte "
           "vart en begäran ska skickas.",
        en="The controller has neither a postal address nor an e-mail address: data subjects cannot tell "
           "where to send their requests.",
    ))


# --- Art. 13(1)(f), 13(2)(e), 13(2)(f) ---------------------------------------------------------------

# Each item as the subject of a sentence ("… puuttuu tietosuojaselosteesta", "… seems to be stated under
# another heading"); the Finnish ones end with the comma that closes their clause.
_ITEM = {
    "transfers_text": Msg(
        "Tieto siirroista EU:n ja ETA:n ulkopuolelle tai siitä, ettei siirtoja ole (13 artiklan 1 kohdan f "
        "alakohta),",
        "Uppgiften om överföringar till länder utanför EU och EES eller om att inga sådana görs (artikel "
        "13.1 f)",
        "Information on transfers outside the EU/EEA, or that there are none (Art. 13(1)(f))",
    ),
    "statutory_requirement_text": Msg(
        "Tieto siitä, onko tietojen antaminen lakisääteinen tai sopimukseen perustuva vaatimus ja mitä "
        "seuraa, jos tietoja ei anneta (13 artiklan 2 kohdan e alakohta),",
        "Uppgiften om huruvida det är ett lagstadgat eller avtalsenligt krav att lämna uppgifterna och vad "
        "som händer om de inte lämnas (artikel 13.2 e)",
        "Information on whether providing the data is a statutory or contractual requirement and what "
        "follows if it is not provided (Art. 13(2)(e))",
    ),
    "automated_decisions_text": Msg(
        "Tieto automaattisesta päätöksenteosta ja profiloinnista tai siitä, ettei niitä ole (13 artiklan 2 "
        "kohdan f alakohta),",
        "Uppgiften om automatiserat beslutsfattande och profilering eller om att sådant inte förekommer "
        "(artikel 13.2 f)",
        "Information on automated decision-making and profiling, or that there is none (Art. 13(2)(f))",
    ),
}
_ITEM_HINT = {
    "transfers_text": Msg(
        fi="Kerro kohdassa ”Tietojen siirto EU:n tai ETA:n ulkopuolelle”, mihin maihin tietoja siirretään ja "
           "millä suojatoimilla, tai että tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
        sv="Ange under ”Överföring till länder utanför EU eller EES” till vilka länder uppgifter överförs "
           "och med vilka skyddsåtgärder, eller att inga uppgifter överförs utanför EU och EES.",
        en="Under “Transfers outside the EU/EEA”, say to which countries data goes and on what safeguards, "
           "or that no data is transferred outside the EU/EEA.",
    ),
    "statutory_requirement_text": Msg(
        fi="Kerro, onko tietojen antaminen vapaaehtoista, sopimuksen edellytys vai lakisääteistä ja mitä "
           "seuraa, jos tietoja ei anneta, esim. ”Nimi ja yhteystiedot tarvitaan sopimuksen tekemiseen; "
           "ilman niitä emme voi toimittaa palvelua.”",
        sv="Ange om det är frivilligt, ett villkor för avtalet eller lagstadgat att lämna uppgifterna och "
           "vad som händer om de inte lämnas, t.ex. ”Namn och kontaktuppgifter behövs för att ingå avtalet; "
           "utan dem kan vi inte leverera tjänsten.”",
        en="Say whether giving the data is voluntary, needed for the contract or required by law, and what "
           "happens if it is not given, e.g. “Name and contact details are needed to conclude the contract; "
           "without them we cannot provide the service.”",
    ),
    "automated_decisions_text": Msg(
        fi="Kerro kohdassa ”Automaattinen päätöksenteko ja profilointi”, tehdäänkö rekisteröidystä "
           "automaattisia päätöksiä tai profilointia, esim. ”Automaattisia päätöksiä tai profilointia ei "
           "tehdä.”",
        sv="Ange under ”Automatiserat beslutsfattande och profilering” om automatiserade beslut eller "
           "profilering förekommer, t.ex. ”Inga automatiserade beslut fattas och ingen profilering görs.”",
        en="Under “Automated decision-making and profiling”, say whether any is done, e.g. “No automated "
           "decisions or profiling are used.”",
    ),
}
_ITEM_MISSING = Msg(
    fi="{item} puuttuu tietosuojaselosteesta.",
    sv="{item} saknas i dataskyddsbeskrivningen.",
    en="{item} is missing from the privacy notice.",
)


def _stated_elsewhere(field: str, evidence: Evidence) -> Problem:
    note = stated_elsewhere(field, _ITEM[field], text.excerpt(evidence.phrase), field_label(evidence.field))
    return replace(note, hint=_ITEM_HINT[field])


def _missing(field: str) -> Problem:
    return Problem(field, _ITEM_MISSING, {"item": _ITEM[field]}, hint=_ITEM_HINT[field])


def _statement(ctx: RegisterFacts, *kinds: prose.Kind, value: object = None) -> Evidence | None:
    for field, statement in ctx.statements:
        if statement.kind in kinds and (value is None or statement.value == value):
            return Evidence(field, statement.sentence)
    return None


@rule(
    "notice-item-missing", Severity.ERROR, ref="GDPR 13, 14",
    hint=Msg(
        fi="Täydennä selosteen puuttuva kohta; myös se, ettei jotain tehdä (ei siirtoja, ei automaattisia "
           "päätöksiä), on kerrottava.",
        sv="Fyll i det avsnitt som saknas i beskrivningen; också att något inte görs (inga överföringar, "
           "inga automatiserade beslut) ska anges.",
        en="Fill in the missing item of the notice; that something is not done (no transfers, no automated "
           "decisions) must be said too.",
    ),
)
def notice_item_missing(ctx: RegisterFacts) -> Iterator[Problem]:
    # 13(1)(f): the notice lists the transfers derived from the systems, or what the field says.
    if not ctx.filled("transfers_text") and not ctx.transfers and not ctx.stays_in_eea:
        if said := _statement(ctx, prose.Kind.TRANSFERS, prose.Kind.NO_TRANSFERS, prose.Kind.MECHANISM):
            yield _stated_elsewhere("transfers_text", said)
        else:
            yield _missing("transfers_text")
    # 13(2)(e)
    if not ctx.filled("statutory_requirement_text"):
        if said := ctx.anywhere(text.PROVISION_REQUIREMENT, affirmed=False,
                                  besides=("statutory_requirement_text",)):
            yield _stated_elsewhere("statutory_requirement_text", said)
        else:
            yield _missing("statutory_requirement_text")
    # 13(2)(f); profiling described elsewhere but not here is profiling-undisclosed.
    if not ctx.filled("automated_decisions_text"):
        if _statement(ctx, prose.Kind.AUTOMATED_DECISIONS, value=True) or ctx.find(text.PROFILING,
                                                                                    ("purpose_text",)):
            return
        if said := _statement(ctx, prose.Kind.AUTOMATED_DECISIONS, value=False):
            yield _stated_elsewhere("automated_decisions_text", said)
        else:
            yield _missing("automated_decisions_text")


# --- Access requests (Art. 12(2), 12(5), 15) ------------------------------------------------------------

# Where a register says how rights are exercised (and, imported, wherever the importer left the text).
_REQUEST_FIELDS = ("access_right_text", "rectification_text", "other_rights_text", "privacy_notice_text",
                   "unmapped_text", "description")


def _formality(sentence: str) -> bool:
    """The sentence makes a request depend on a signature, a visit, a fee or a written form."""
    if text.REQUEST_SIGNATURE.pattern.search(sentence) or (
        text.REQUEST_IN_PERSON.pattern.search(sentence) and text.REQUIRED.pattern.search(sentence)
    ):
        return True
    if text.REQUEST_FEE.pattern.search(sentence) and not text.FREE_OF_CHARGE.pattern.search(sentence):
        return not text.FURTHER_COPIES.pattern.search(sentence)  # 15(3), 12(5): a fee the law allows
    if text.ONCE_A_YEAR.pattern.search(sentence):
        return True
    return bool(text.REQUEST_WRITTEN.pattern.search(sentence) and text.REQUIRED.pattern.search(sentence))


@rule(
    "access-request-formalities", Severity.WARNING, ref="GDPR 12(2), 12(5), 15",
    hint=Msg(
        fi="Poista vaatimus: pyynnön saa tehdä vapaamuotoisesti, myös sähköpostilla tai suullisesti, eikä "
           "sitä tarvitse allekirjoittaa. Henkilöllisyyden voi varmistaa, jos on syytä epäillä sitä. Tiedot "
           "annetaan maksutta kuukauden kuluessa.",
        sv="Ta bort kravet: en begäran får göras formlöst, också per e-post eller muntligt, och behöver inte "
           "undertecknas. Identiteten får kontrolleras om det finns skäl att tvivla på den. Uppgifterna "
           "lämnas kostnadsfritt inom en månad.",
        en="Drop the requirement: a request may be made in any form, also by e-mail or orally, and needs no "
           "signature. Identity may be verified where there is reasonable doubt. The data is given free of "
           "charge within one month.",
    ),
)
def access_request_formalities(ctx: RegisterFacts) -> Iterator[Problem]:
    for field in _REQUEST_FIELDS:
        for sentence in text.sentences(ctx.value(field)):
            about_requests = field == "access_right_text" or text.REQUEST_CONTEXT.pattern.search(sentence)
            if about_requests and not text.is_negated(sentence) and _formality(sentence):
                yield Problem(field, Msg(
                    fi="Rekisteröidyn pyynnölle asetetaan muotovaatimus tai maksu, jota laki ei salli: "
                       "”{sentence}”",
                    sv="Den registrerades begäran görs beroende av ett formkrav eller en avgift som lagen "
                       "inte tillåter: ”{sentence}”",
                    en="A data subject's request is made subject to a formality or a fee the law does not "
                       "allow: “{sentence}”",
                ), {"sentence": text.excerpt(sentence, 160)})
                return


# --- Languages (Art. 12(1)) -----------------------------------------------------------------------------


@rule(
    "translation-missing", Severity.ERROR, ref="GDPR 12(1)",
    hint=Msg(
        fi="Käännä puuttuvat tekstit rekisterin sivulla kohdassa Käännökset, tai poista aloitettu käännös, "
           "jos selostetta ei tarjota tällä kielellä.",
        sv="Översätt de texter som saknas under Översättningar på registrets sida, eller ta bort den "
           "påbörjade översättningen om beskrivningen inte erbjuds på det språket.",
        en="Translate the missing texts under Translations on the register's page, or remove the "
           "translation begun if the notice is not offered in that language.",
    ),
)
def translation_missing(ctx: RegisterFacts) -> Iterator[Problem]:
    """A register with texts translated into a language offers its notice in it: every text the notice
    prints must then be there, and up to date with its original (a reader must understand the whole
    notice, Art. 12(1)). An error for a published register; while it is a draft the translation is work
    in progress, which the publishing service will not publish in that language: a warning."""
    from tietovirta.canonical.translations import missing_translations
    from tietovirta.documents.notice import notice_paths  # the notice decides which texts it prints

    register = ctx.register
    if not any(register.translations.values()):
        return
    printed = notice_paths(ctx.doc, ctx.index)
    # Begun: some text the notice prints is translated (internal texts alone offer no notice).
    begun = [lang for lang, texts in sorted(register.translations.items())
             if lang != register.language and printed & set(texts)]
    for lang in begun:
        if missing := missing_translations(register, lang, printed):
            labels = list({label.text("fi"): label for label in map(field_label, missing)}.values())
            yield Problem("translations", Msg(
                fi="Selostetta on käännetty {language}, mutta näitä sen tekstejä ei ole käännetty tai "
                   "käännös on vanhentunut: {fields}.",
                sv="Beskrivningen erbjuds {language}, men de här texterna saknar översättning eller har en "
                   "föråldrad översättning: {fields}.",
                en="Part of the notice has been translated: it is offered {language}, but these of its texts "
                   "have no translation there, or an outdated one: {fields}.",
            ), {"language": IN_LANGUAGE[lang], "fields": labels},
                severity=None if register.status == RegisterStatus.PUBLISHED else Severity.WARNING)
