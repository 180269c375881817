"""Direct marketing and the right to object to it (GDPR 21(2)–(4)), and cookies (917/2014 205 §)."""

from __future__ import annotations

from collections.abc import Iterator

from tietovirta.analysis import text
from tietovirta.analysis.facts import Evidence, RegisterFacts
from tietovirta.canonical.schema import SystemKind
from tietovirta.checks.engine import Problem, Severity, rule
from tietovirta.checks.messages import Msg
from tietovirta.checks.rules import anywhere

# Where a register says what it does with the data.
_PURPOSE_FIELDS = ("name", "description", "purpose_text", "legal_basis_text", "legitimate_interest_text")


def _objection(ctx: RegisterFacts) -> tuple[bool, str | None]:
    """(the right to object to direct marketing is shown in a sentence of its own, else the sentence that
    comes closest: that right among other rights, the general right to object, or a way to refuse
    marketing)."""
    closest = None
    for _, sentence in anywhere.sentences(ctx):
        marketing = [m.group(0) for m in text.DIRECT_MARKETING.pattern.finditer(sentence)]
        if marketing and text.OBJECTION.pattern.search(sentence):
            others = {m.group(0).lower()[:5] for m in text.OTHER_RIGHTS.pattern.finditer(sentence)}
            if len(others) < 2:
                return True, None
            closest = sentence
        elif closest is None and (
            text.GENERAL_OBJECTION.pattern.search(sentence)
            # a route to stop marketing in general, not only one newsletter
            or (text.MARKETING_STOP.pattern.search(sentence)
                and any(not text.NEWSLETTER.pattern.fullmatch(m) for m in marketing))
        ):
            closest = sentence
    return False, closest


@rule(
    "direct-marketing-objection-missing", Severity.ERROR, ref="GDPR 21(2)–(4)",
    hint=Msg(
        fi="Kerro omassa kappaleessaan, erillään muista oikeuksista: ”Voit milloin tahansa vastustaa "
           "tietojesi käsittelyä suoramarkkinointia varten, ja lopetamme silloin käsittelyn tähän "
           "tarkoitukseen.” Kerro myös, miten vastustaminen tehdään.",
        sv="Ange i ett eget stycke, skilt från de andra rättigheterna: ”Du kan när som helst invända mot att "
           "dina uppgifter behandlas för direktmarknadsföring, och då upphör vi med behandlingen för det "
           "ändamålet.” Ange också hur man gör invändningen.",
        en="State it in a paragraph of its own, apart from the other rights: “You may object at any time to "
           "the processing of your data for direct marketing, and we will then stop processing it for that "
           "purpose.” Say how to object, too.",
    ),
)
def direct_marketing_objection_missing(ctx: RegisterFacts) -> Iterator[Problem]:
    marketing = ctx.find(text.DIRECT_MARKETING, _PURPOSE_FIELDS)
    if marketing is None:
        return
    separately, closest = _objection(ctx)
    if separately:
        return
    if closest:
        yield Problem("other_rights_text", Msg(
            fi="Tietoja käytetään suoramarkkinointiin (”{phrase}”), mutta oikeutta vastustaa "
               "suoramarkkinointia ei esitetä selkeästi ja erillään muista tiedoista; lähimpänä on "
               "”{sentence}”",
            sv="Uppgifterna används för direktmarknadsföring (”{phrase}”), men rätten att invända mot "
               "direktmarknadsföring anges inte tydligt och skilt från annan information; närmast kommer "
               "”{sentence}”",
            en="The data is used for direct marketing (“{phrase}”), but the right to object to direct "
               "marketing is not presented clearly and separately from other information; the closest is "
               "“{sentence}”",
        ), {"phrase": marketing.phrase, "sentence": text.excerpt(closest, 140)}, severity=Severity.WARNING)
        return
    yield Problem("other_rights_text", Msg(
        fi="Tietoja käytetään suoramarkkinointiin (”{phrase}”), mutta oikeutta vastustaa suoramarkkinointia "
           "ei kerrota.",
        sv="Uppgifterna används för direktmarknadsföring (”{phrase}”), men rätten att invända mot "
           "direktmarknadsföring nämns inte.",
        en="The data is used for direct marketing (“{phrase}”), but the right to object to direct marketing "
           "is not stated.",
    ), {"phrase": marketing.phrase})


# --- Cookies --------------------------------------------------------------------------------------------

_TRACKING_KINDS = (SystemKind.ANALYTICS, SystemKind.ADVERTISING, SystemKind.ECOMMERCE)


def _cookies_used(ctx: RegisterFacts) -> Evidence | None:
    """What shows the register's data comes from a website with cookies or tracking: cookies named, an
    analytics, advertising or web-shop service, or a web shop."""
    if said := ctx.anywhere(text.COOKIES):
        return said
    for system in ctx.systems:
        if system.kind in _TRACKING_KINDS:
            return Evidence("systems", system.name)
    for field, vendor in ctx.prose_vendors:
        if vendor.kind in _TRACKING_KINDS:
            return Evidence(field, vendor.name)
    return ctx.find(text.WEB_SHOP, _PURPOSE_FIELDS)


@rule(
    "cookies-undescribed", Severity.WARNING,
    ref=Msg("917/2014 205 §", "917/2014 205 §", "Act 917/2014 s. 205"),
    hint=Msg(
        fi="Kuvaa käytetyt evästeet ja muut seurantatekniikat (tarkoitus, tarjoaja, voimassaoloaika) tai "
           "viittaa evästeselosteeseen. Muut kuin välttämättömät evästeet saa asettaa vain kävijän ennalta "
           "antamalla suostumuksella; sivuston käytön jatkaminen ei ole suostumus.",
        sv="Beskriv kakorna och annan spårningsteknik (ändamål, leverantör, giltighetstid) eller hänvisa "
           "till kakbeskrivningen. Andra än nödvändiga kakor får sättas bara med besökarens "
           "förhandssamtycke; att fortsätta använda webbplatsen är inget samtycke.",
        en="Describe the cookies and other tracking used (purpose, provider, lifetime) or refer to the "
           "cookie notice. Cookies other than strictly necessary ones need the visitor's prior consent; "
           "continuing to browse is not consent.",
    ),
)
def cookies_undescribed(ctx: RegisterFacts) -> Iterator[Problem]:
    used = _cookies_used(ctx)
    if used is None:
        return
    if (implied := anywhere.together(ctx, text.IMPLIED_COOKIE_CONSENT, text.COOKIES)) and not (
        text.ACTIVE_COOKIE_CONSENT.pattern.search(implied[1])
    ):
        yield Problem("cookies_text", Msg(
            fi="Evästeisiin katsotaan saadun suostumus sillä, että kävijä jatkaa sivuston käyttöä: "
               "”{sentence}” Tämä ei ole pätevä suostumus.",
            sv="Samtycke till kakor anses ha getts genom att besökaren fortsätter att använda webbplatsen: "
               "”{sentence}” Det är inget giltigt samtycke.",
            en="Consent to cookies is taken from the visitor going on using the site: “{sentence}” That is "
               "not valid consent.",
        ), {"sentence": text.excerpt(implied[1], 160)})
        return
    if anywhere.together(ctx, text.COOKIES, text.COOKIE_DETAIL):
        return
    yield Problem("cookies_text", Msg(
        fi="Verkkosivuilla käytetään evästeitä tai seurantaa (”{phrase}”), mutta niitä ei ole kuvattu eikä "
           "kerrottu, pyydetäänkö niihin suostumus.",
        sv="Webbplatsen använder kakor eller spårning (”{phrase}”), men de beskrivs inte och det framgår "
           "inte om samtycke begärs.",
        en="The website uses cookies or tracking (“{phrase}”), but they are not described and nothing says "
           "whether consent is asked for.",
    ), {"phrase": used.phrase})
