"""Who the controller is: its name and Y-tunnus."""

from __future__ import annotations

from collections.abc import Iterator

from stdnum.exceptions import InvalidChecksum
from stdnum.fi import ytunnus

from tietovirta.analysis import text
from tietovirta.analysis.facts import DocumentFacts
from tietovirta.checks.engine import Problem, Severity, rule
from tietovirta.checks.messages import Msg


@rule(
    "controller-missing", Severity.ERROR, ref="GDPR 30(1)(a), 13(1)(a)", per_register=False,
    hint=Msg(
        fi="Kirjoita organisaation tietoihin rekisterinpitäjän virallinen nimi, Y-tunnus ja yhteystiedot.",
        sv="Ange den personuppgiftsansvariges officiella namn, FO-nummer och kontaktuppgifter i "
           "organisationens uppgifter.",
        en="Enter the controller's registered name, business ID and contact details in the organisation "
           "details.",
    ),
)
def controller_missing(ctx: DocumentFacts) -> Iterator[Problem]:
    name = ctx.doc.organization.name
    if text.is_blank(name):
        yield Problem("organization.name", Msg(
            fi="Rekisterinpitäjää ei ole nimetty.",
            sv="Den personuppgiftsansvarige har inte angetts.",
            en="No controller is named.",
        ))
    elif found := text.placeholder(name, value_field=True):
        yield Problem("organization.name", Msg(
            fi="Rekisterinpitäjän nimenä on mallipohjan teksti ”{text}” eikä organisaation nimi.",
            sv="Som personuppgiftsansvarig står malltexten ”{text}” i stället för organisationens namn.",
            en="The controller's name is the template text “{text}”, not the organisation's name.",
        ), {"text": found})


_CHECK_DIGIT = Msg(
    fi="Y-tunnuksen ”{value}” tarkistusmerkki ei täsmää: tunnus on kirjoitettu väärin.",
    sv="Kontrollsiffran i FO-numret ”{value}” stämmer inte: numret är felskrivet.",
    en="The check digit of the business ID “{value}” does not match: the ID is mistyped.",
)
_FORMAT = Msg(
    fi="”{value}” ei ole Y-tunnus: muodon pitää olla 1234567-8.",
    sv="”{value}” är inget FO-nummer: formen ska vara 1234567-8.",
    en="“{value}” is not a Finnish business ID: the form is 1234567-8.",
)


@rule(
    "business-id-invalid", Severity.ERROR, ref="—", per_register=False,
    hint=Msg(
        fi="Tarkista Y-tunnus yritys- ja yhteisötietojärjestelmästä (ytj.fi) ja korjaa se.",
        sv="Kontrollera FO-numret i företags- och organisationsdatasystemet (ytj.fi) och rätta det.",
        en="Look the business ID up in the Finnish Business Information System (ytj.fi) and correct it.",
    ),
)
def business_id_invalid(ctx: DocumentFacts) -> Iterator[Problem]:
    ids = [("organization.business_id", ctx.doc.organization.business_id)]
    # A party's ID is checked only when it looks Finnish: foreign VAT numbers start with letters.
    ids += [(f"parties[{i}].business_id", p.business_id) for i, p in enumerate(ctx.doc.parties)
            if not any(c.isalpha() for c in p.business_id)]
    for field, value in ids:
        if text.is_blank(value) or text.placeholder(value, value_field=True) or ytunnus.is_valid(value):
            continue
        try:
            ytunnus.validate(value)
        except InvalidChecksum:
            yield Problem(field, _CHECK_DIGIT, {"value": value.strip()})
        except ValueError:
            yield Problem(field, _FORMAT, {"value": value.strip()})
