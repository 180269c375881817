"""What the data subject is told, e-mail marketing, and keeping the record current."""

from __future__ import annotations

from collections.abc import Iterator

from babel.dates import format_date

from tietovirta.analysis import text
from tietovirta.analysis.bases import CONSENT
from tietovirta.analysis.facts import CONTENT_FIELDS, RegisterFacts
from tietovirta.canonical.schema import LegalBasis, RegisterStatus, SystemKind
from tietovirta.checks.engine import Problem, Severity, rule
from tietovirta.checks.messages import Msg
from tietovirta.reviews import last_looked_at, review_due


@rule(
    "indirect-collection-notice", Severity.WARNING, ref="GDPR 14(3)",
    hint=Msg(
        fi="Kerro, että rekisteröidylle ilmoitetaan käsittelystä ja tietolähteestä kuukauden kuluessa tai "
           "viimeistään ensimmäisen yhteydenoton yhteydessä, ja lisää tietolähteet tietosuojaselosteeseen.",
        sv="Ange att den registrerade informeras om behandlingen och källan inom en månad eller senast vid "
           "första kontakten, och lägg till källorna i dataskyddsbeskrivningen.",
        en="State that data subjects are told about the processing and the source within one month, or at "
           "the latest at first contact, and add the sources to the privacy notice.",
    ),
)
def indirect_collection_notice(ctx: RegisterFacts) -> Iterator[Problem]:
    sources = "\n".join([*ctx.register.sources, ctx.register.sources_text])
    hit = text.INDIRECT_SOURCES.find(sources)
    if hit is None:
        return
    if ctx.find(text.ART14_INFORMATION, ("sources_text", "privacy_notice_text", "processing_method_text",
                                         "description")):
        return
    yield Problem("sources_text", Msg(
        fi="Tietoja saadaan muualtakin kuin rekisteröidyltä itseltään (”{phrase}”), mutta ei kerrota, miten "
           "ja milloin rekisteröidylle ilmoitetaan käsittelystä.",
        sv="Uppgifter samlas in från andra än den registrerade själv (”{phrase}”), men det framgår inte hur "
           "och när den registrerade informeras om behandlingen.",
        en="Data also comes from sources other than the data subject (“{phrase}”), but nothing says how and "
           "when the data subject is told about the processing.",
    ), {"phrase": hit.phrase})


@rule(
    "profiling-undisclosed", Severity.WARNING, ref="GDPR 13(2)(f), 22",
    hint=Msg(
        fi="Täytä kohta ”Automaattinen päätöksenteko ja profilointi”: mitä profiloidaan ja miksi, tehdäänkö "
           "automaattisesti päätöksiä, joilla on oikeusvaikutuksia, ja miten rekisteröity voi vastustaa.",
        sv="Fyll i avsnittet ”Automatiserat beslutsfattande och profilering”: vad som profileras och varför, "
           "om beslut med rättsliga följder fattas automatiskt och hur den registrerade kan invända.",
        en="Fill in “Automated decision-making and profiling”: what is profiled and why, whether decisions "
           "with legal effects are made automatically, and how the data subject can object.",
    ),
)
def profiling_undisclosed(ctx: RegisterFacts) -> Iterator[Problem]:
    if ctx.filled("automated_decisions_text"):
        return
    if evidence := ctx.find(text.PROFILING, CONTENT_FIELDS):
        yield Problem("automated_decisions_text", Msg(
            fi="Tekstissä mainitaan profilointi tai automaattinen päätöksenteko (”{phrase}”), mutta "
               "rekisteröidylle ei kerrota sen logiikasta, merkityksestä ja seurauksista.",
            sv="Texten nämner profilering eller automatiserat beslutsfattande (”{phrase}”), men den "
               "registrerade får inte veta något om logiken, betydelsen och följderna.",
            en="The text mentions profiling or automated decisions (“{phrase}”), but the data subject is "
               "told nothing about the logic involved, its significance and its consequences.",
        ), {"phrase": evidence.phrase})


def _email_marketing(ctx: RegisterFacts) -> str | None:
    if evidence := ctx.find(text.EMAIL_MARKETING, CONTENT_FIELDS):
        return evidence.phrase
    newsletters = [s.name for s in ctx.systems if s.kind is SystemKind.NEWSLETTER]
    newsletters += [v.name for _, v in ctx.prose_vendors if v.kind is SystemKind.NEWSLETTER]
    return newsletters[0] if newsletters else None


@rule(
    "email-marketing-consent", Severity.WARNING,
    ref=Msg("917/2014 200 §", "917/2014 200 §", "Act 917/2014 s. 200"),
    hint=Msg(
        fi="Pyydä kuluttajilta suostumus ennen sähköpostimarkkinointia ja kirjaa se käsittelyperusteeksi; "
           "omille asiakkaille saa markkinoida omia vastaavia tuotteita, kun jokaisessa viestissä voi "
           "helposti kieltää markkinoinnin.",
        sv="Be konsumenter om samtycke före e-postmarknadsföring och ange det som rättslig grund; egna "
           "kunder får erbjudas egna liknande produkter om de lätt kan tacka nej i varje meddelande.",
        en="Ask consumers for consent before e-mail marketing and record it as a basis; existing customers "
           "may be offered your own similar products if every message lets them opt out easily.",
    ),
)
def email_marketing_consent(ctx: RegisterFacts) -> Iterator[Problem]:
    marketing = _email_marketing(ctx)
    if marketing is None or LegalBasis.CONSENT in ctx.bases:
        return
    who = "\n".join([ctx.subject_names, ctx.register.data_collected_text, ctx.register.purpose_text])
    if text.BUSINESS_CONTACTS.find(who) and not text.CONSUMERS.find(who):
        return  # 200 § protects natural persons as consumers, not business contacts
    told = "\n".join([ctx.content, ctx.register.consent_text])
    if text.SUBSCRIPTION.find(told) or CONSENT.find(ctx.register.consent_text):
        return
    # Existing customers may get marketing of similar products if they can refuse it (200 § 3 mom.).
    rights = "\n".join([told, ctx.register.other_rights_text, ctx.register.access_right_text])
    if text.OPT_OUT.find(rights) and text.CUSTOMERS.find(who) and not text.PROSPECTS.find(who):
        return
    yield Problem("consent_text", Msg(
        fi="Tietoja käytetään sähköpostimarkkinointiin (”{phrase}”), mutta kuluttajien ennakkosuostumuksesta "
           "ei kerrota.",
        sv="Uppgifterna används för e-postmarknadsföring (”{phrase}”), men konsumenternas förhandssamtycke "
           "nämns inte.",
        en="The data is used for e-mail marketing (“{phrase}”), but consumers' prior consent is not "
           "mentioned.",
    ), {"phrase": marketing})


@rule(
    "privacy-notice-missing", Severity.WARNING, ref="GDPR 12–14",
    hint=Msg(
        fi="Laadi tietosuojaseloste (Tietovirta muodostaa sen rekisterin tiedoista) ja lisää linkki "
           "osoitteeseen, jossa se on julkaistu.",
        sv="Upprätta en dataskyddsbeskrivning (Tietovirta skapar den utifrån registrets uppgifter) och lägg "
           "till en länk till adressen där den publiceras.",
        en="Write a privacy notice (Tietovirta generates it from the register) and add a link to where it is "
           "published.",
    ),
)
def privacy_notice_missing(ctx: RegisterFacts) -> Iterator[Problem]:
    r = ctx.register
    if r.status is RegisterStatus.PUBLISHED or ctx.filled("privacy_notice_text") or not text.is_blank(
        r.privacy_notice_url
    ):
        return
    # A document that tells the data subjects their rights and how to reach the controller is itself the
    # notice (an imported tietosuojaseloste), not a record that lacks one.
    if ctx.filled("other_rights_text", "access_right_text") and ctx.filled("purpose_text"):
        return
    yield Problem("privacy_notice_url", Msg(
        fi="Rekisteristä ei ole julkaistua tai linkitettyä tietosuojaselostetta.",
        sv="Det finns ingen publicerad eller länkad dataskyddsbeskrivning för registret.",
        en="The register has no published or linked privacy notice.",
    ))


_LOCALE = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


@rule(
    "review-overdue", Severity.INFO, ref="GDPR 5(2)",
    hint=Msg(
        fi="Käy rekisteri läpi: vastaako kuvaus nykyistä käsittelyä, järjestelmiä ja käsittelijöitä? "
           "Korjaa muuttunut tai merkitse rekisteri tarkistetuksi.",
        sv="Gå igenom registret: motsvarar beskrivningen dagens behandling, system och biträden? Rätta det "
           "som ändrats eller markera registret som granskat.",
        en="Review the register: does it still match the processing, systems and processors? Correct what "
           "has changed or mark the register as reviewed.",
    ),
)
def review_overdue(ctx: RegisterFacts) -> Iterator[Problem]:
    register = ctx.register
    if register.modified_at is None and register.reviewed_on is None:
        return
    months = register.review_interval_months
    due = review_due(register.modified_at, register.reviewed_on, months)
    if due is not None and due < ctx.today:
        day = last_looked_at(register.modified_at, register.reviewed_on)
        dates = {lang: format_date(day, format="medium", locale=locale) for lang, locale in _LOCALE.items()}
        yield Problem("modified_at", Msg(
            fi="Rekisteri on tarkistettu tai sitä on muokattu viimeksi {date_fi}, "
               "yli {months} kuukautta sitten.",
            sv="Registret granskades eller ändrades senast {date_sv}, för mer än {months} månader sedan.",
            en="The register was last reviewed or modified on {date_en}, more than {months} months ago.",
        ), {"months": months, **{f"date_{lang}": d for lang, d in dates.items()}})
