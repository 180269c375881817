"""How long data is kept (GDPR 5(1)(e), 13(2)(a)) and the Finnish bookkeeping periods."""

from __future__ import annotations

from collections.abc import Iterator

from tietovirta.analysis import text
from tietovirta.analysis.facts import Evidence, RegisterFacts
from tietovirta.canonical.schema import SystemKind
from tietovirta.checks.engine import Problem, Severity, rule, stated_elsewhere
from tietovirta.checks.messages import Msg, field_label

# Rights text ("oikeus vaatia tietojen poistamista") speaks of erasure without saying when data is erased.
_NOT_RETENTION = ("access_right_text", "rectification_text", "other_rights_text", "cookies_text", "name")

_HOW_TO = Msg(
    fi="Kerro säilytysaika ja mistä se lasketaan, esim. ”3 vuotta asiakkuuden päättymisestä; tositteet 6 "
       "vuotta sen vuoden lopusta, jona tilikausi päättyi”.",
    sv="Ange lagringstiden och från vilken tidpunkt den räknas, t.ex. ”3 år efter att kundförhållandet "
       "upphört; verifikationer 6 år från utgången av det år då räkenskapsperioden gick ut”.",
    en="State the period and what starts it, e.g. “3 years from the end of the customer relationship; "
       "vouchers 6 years from the end of the year in which the financial year ended”.",
)


def _has_period(ctx: RegisterFacts) -> bool:
    r = ctx.register
    if r.retention_period is not None:
        return True
    return text.RETENTION_PERIOD.find(r.retention_text, affirmed=False) is not None


@rule("retention-missing", Severity.ERROR, ref="GDPR 30(1)(f), 13(2)(a)", hint=_HOW_TO)
def retention_missing(ctx: RegisterFacts) -> Iterator[Problem]:
    r = ctx.register
    if r.retention_period is not None or not text.is_blank(r.retention_trigger):
        return
    if ctx.filled("retention_text"):
        return
    if elsewhere := ctx.anywhere(text.RETENTION_PERIOD, besides=_NOT_RETENTION) or ctx.anywhere(
        text.RETENTION_WORDS, besides=_NOT_RETENTION
    ):
        yield stated_elsewhere("retention_text", Msg("Säilytysaika", "Lagringstiden", "The retention period"),
                               elsewhere.phrase, field_label(elsewhere.field))
    else:
        yield Problem("retention_text", Msg(
            fi="Säilytysajasta tai tietojen poistamisesta ei ole kerrottu mitään.",
            sv="Inget sägs om lagringstid eller radering av uppgifterna.",
            en="Nothing is said about how long the data is kept or when it is erased.",
        ))


@rule("retention-vague", Severity.WARNING, ref="GDPR 5(1)(e), 13(2)(a)", hint=_HOW_TO)
def retention_vague(ctx: RegisterFacts) -> Iterator[Problem]:
    r = ctx.register
    if not ctx.filled("retention_text") or _has_period(ctx) or not text.is_blank(r.retention_trigger):
        return
    if text.RETENTION_CRITERION.find(r.retention_text, affirmed=False):
        return
    if vague := text.VAGUE_RETENTION.phrase(r.retention_text, affirmed=False):
        yield Problem("retention_text", Msg(
            fi="Säilytysajaksi on kerrottu vain ”{phrase}” ilman aikaa tai perustetta, jonka mukaan aika "
               "määräytyy.",
            sv="Som lagringstid anges bara ”{phrase}” utan någon tid eller något kriterium som tiden bestäms "
               "efter.",
            en="The retention is only “{phrase}”, with no period or criterion that sets it.",
        ), {"phrase": vague})
    else:
        yield Problem("retention_text", Msg(
            fi="Säilytysaikaa ei ole kerrottu: tekstissä ei ole aikaa eikä tapahtumaa, josta aika lasketaan.",
            sv="Ingen lagringstid anges: texten nämner varken en tid eller en händelse som tiden räknas "
               "från.",
            en="No retention period is given: the text names neither a period nor an event it runs from.",
        ))


def _accounting_data(ctx: RegisterFacts) -> Evidence | None:
    for i, category in enumerate(ctx.register.data_categories):
        if phrase := text.ACCOUNTING_DATA.phrase(category.name):
            return Evidence(f"data_categories[{i}]", phrase)
    if evidence := ctx.find(text.ACCOUNTING_DATA, ("name", "data_collected_text", "purpose_text",
                                                   "resulting_registers_text")):
        return evidence
    accounting = [s.name for s in ctx.systems if s.kind is SystemKind.ACCOUNTING]
    accounting += [v.name for _, v in ctx.prose_vendors if v.kind is SystemKind.ACCOUNTING]
    return Evidence("systems", accounting[0]) if accounting else None


@rule(
    "accounting-retention-hint", Severity.INFO, ref=Msg("KPL 2:10", "BokfL 2:10", "Accounting Act (FI) 2:10"),
    hint=Msg(
        fi="Kirjanpitolain 2 luvun 10 §: tositteet ja liiketapahtumia koskeva kirjeenvaihto säilytetään 6 "
           "vuotta sen vuoden lopusta, jona tilikausi päättyi; tilinpäätös, kirjanpidot ja tililuettelo 10 "
           "vuotta tilikauden päättymisestä. Muut asiakastiedot poistetaan niiden omien aikojen mukaan.",
        sv="Enligt 2 kap. 10 § i bokföringslagen bevaras verifikationer och korrespondens om affärshändelser "
           "i 6 år från utgången av det år då räkenskapsperioden gick ut, och bokslut, bokföringar och "
           "kontoförteckning i 10 år från räkenskapsperiodens utgång. Andra kunduppgifter raderas enligt "
           "sina egna tider.",
        en="Under chapter 2, section 10 of the Finnish Accounting Act, vouchers and business correspondence "
           "are kept 6 years from the end of the year in which the financial year ended, and the financial "
           "statements, the books and the chart of accounts 10 years from the end of the financial year. "
           "Other customer data is erased on its own schedule.",
    ),
)
def accounting_retention_hint(ctx: RegisterFacts) -> Iterator[Problem]:
    retention = ctx.register.retention_text
    if text.ACCOUNTING_LAW.find(retention, affirmed=False) and _has_period(ctx):
        return
    if evidence := _accounting_data(ctx):
        yield Problem("retention_text", Msg(
            fi="Rekisterissä on laskutus- tai kirjanpitotietoja (”{phrase}”), mutta säilytysajassa ei "
               "mainita kirjanpitolain määräaikoja.",
            sv="Registret innehåller fakturerings- eller bokföringsuppgifter (”{phrase}”), men lagringstiden "
               "nämner inte bokföringslagens tidsfrister.",
            en="The register holds invoicing or accounting data (“{phrase}”), but the retention does not "
               "mention the Accounting Act periods.",
        ), {"phrase": evidence.phrase})
