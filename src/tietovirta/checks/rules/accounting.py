"""Accounting material kept for less than the Accounting Act requires (kirjanpitolaki 1336/1997 2:10)."""

from __future__ import annotations

from collections.abc import Iterator

from tietovirta.analysis import prose
from tietovirta.analysis.facts import RegisterFacts
from tietovirta.checks.engine import Problem, Severity, rule
from tietovirta.checks.messages import Msg

# Where a register states periods: its retention section, and what an import could not place.
_RETENTION_FIELDS = ("retention_text", "unmapped_text")
_MATERIAL_LABEL = {
    prose.AccountingMaterial.VOUCHERS: Msg("tositteet", "verifikationer", "vouchers"),
    prose.AccountingMaterial.BOOKS: Msg("kirjanpito ja tilinpäätös", "bokföring och bokslut",
                                        "books of account and financial statements"),
}


@rule(
    "retention-below-accounting-act", Severity.WARNING,
    ref=Msg("KPL 2:10", "BokfL 2:10", "Accounting Act (FI) 2:10"),
    hint=Msg(
        fi="Säilytä tositteet ja liiketapahtumia koskeva kirjeenvaihto vähintään 6 vuotta sen vuoden "
           "lopusta, jona tilikausi päättyi, sekä kirjanpidot, tilinpäätös ja tililuettelo vähintään 10 "
           "vuotta tilikauden päättymisestä (kirjanpitolaki 2 luku 10 §).",
        sv="Bevara verifikationer och korrespondens om affärshändelser minst 6 år från utgången av det år då "
           "räkenskapsperioden gick ut, och bokföringar, bokslut och kontoplan minst 10 år från "
           "räkenskapsperiodens utgång (2 kap. 10 § i bokföringslagen).",
        en="Keep vouchers and business correspondence for at least 6 years from the end of the year in which "
           "the financial year ended, and the books, financial statements and chart of accounts for at least "
           "10 years from the end of the financial year (Finnish Accounting Act, chapter 2, section 10).",
    ),
)
def retention_below_accounting_act(ctx: RegisterFacts) -> Iterator[Problem]:
    for field in _RETENTION_FIELDS:
        for period in prose.accounting_periods(ctx.value(field)):
            if period.too_short:
                yield Problem("retention_text", Msg(
                    fi="Kirjanpitoaineistolle on kerrottu lakia lyhyempi säilytysaika (”{phrase}”): "
                       "{material} on säilytettävä vähintään {years} vuotta.",
                    sv="För bokföringsmaterial anges en kortare lagringstid än lagen kräver (”{phrase}”): "
                       "{material} ska bevaras i minst {years} år.",
                    en="Accounting material is kept for less than the law requires (“{phrase}”): {material} "
                       "must be kept for at least {years} years.",
                ), {"phrase": period.phrase, "material": _MATERIAL_LABEL[period.material],
                    "years": prose.MINIMUM_YEARS[period.material]})
                return
