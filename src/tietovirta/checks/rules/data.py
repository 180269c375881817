"""Whose data and what data: subjects, categories, special categories, henkilötunnus, children."""

from __future__ import annotations

from collections.abc import Iterator

from tietovirta.analysis import prose, text
from tietovirta.analysis.facts import RegisterFacts
from tietovirta.canonical.schema import LegalBasis, SpecialCategory
from tietovirta.checks.engine import Problem, Severity, rule, stated_elsewhere
from tietovirta.checks.messages import SPECIAL_LABEL, Msg, field_label

# The rights paragraphs speak of data and people in general, not of this register's.
_RIGHTS = ("access_right_text", "rectification_text", "other_rights_text", "cookies_text")
# Fields where a register may name the condition or law for sensitive data, besides its own field.
_BASIS_PROSE = ("legal_basis_text", "special_category_text", "criminal_data_basis_text", "hetu_ground_text",
                "data_collected_text", "purpose_text")


@rule(
    "subjects-missing", Severity.ERROR, ref="GDPR 30(1)(c)",
    hint=Msg(
        fi="Luettele rekisteröityjen ryhmät, esimerkiksi asiakkaat, asiakasyritysten yhteyshenkilöt, "
           "työntekijät tai työnhakijat.",
        sv="Räkna upp kategorierna av registrerade, till exempel kunder, kontaktpersoner hos företagskunder, "
           "anställda eller arbetssökande.",
        en="List the categories of data subjects, e.g. customers, business customers' contact persons, "
           "employees or job applicants.",
    ),
)
def subjects_missing(ctx: RegisterFacts) -> Iterator[Problem]:
    if ctx.register.data_subject_categories or ctx.filled("data_subjects_text"):
        return
    if elsewhere := ctx.anywhere(text.DATA_SUBJECTS, besides=(*_RIGHTS, "name")):
        yield stated_elsewhere("data_subject_categories", Msg("Rekisteröityjen ryhmät",
                               "Kategorierna av registrerade", "The categories of data subjects"),
                               elsewhere.phrase, field_label(elsewhere.field))
        return
    if named := ctx.find(text.DATA_SUBJECTS, ("name",)):
        yield Problem("data_subject_categories", severity=Severity.WARNING, params={"phrase": named.phrase},
                      message=Msg(
            fi="Rekisteröityjen ryhmät käyvät ilmi vain rekisterin nimestä (”{phrase}”): kerro, keitä "
               "rekisteri koskee.",
            sv="Kategorierna av registrerade framgår bara av registrets namn (”{phrase}”): ange vilka "
               "registret gäller.",
            en="The categories of data subjects show only in the register's name (“{phrase}”): say whose "
               "data it holds.",
        ))
        return
    yield Problem("data_subject_categories", Msg(
        fi="Rekisteröityjen ryhmiä ei ole kerrottu: ei käy ilmi, keiden tietoja rekisterissä on.",
        sv="Kategorierna av registrerade har inte angetts: det framgår inte vems uppgifter registret "
           "innehåller.",
        en="No categories of data subjects are given: it is not clear whose data the register holds.",
    ))


@rule(
    "data-categories-missing", Severity.ERROR, ref="GDPR 30(1)(c), 14(1)(d)",
    hint=Msg(
        fi="Luettele kerättävät tiedot, esimerkiksi nimi, sähköpostiosoite, puhelinnumero, laskutusosoite ja "
           "tilaushistoria.",
        sv="Räkna upp de uppgifter som samlas in, till exempel namn, e-postadress, telefonnummer, "
           "faktureringsadress och beställningshistorik.",
        en="List the data collected, e.g. name, e-mail address, phone number, billing address and order "
           "history.",
    ),
)
def data_categories_missing(ctx: RegisterFacts) -> Iterator[Problem]:
    if ctx.filled("data_collected_text") and text.says_no_data_items(ctx.register.data_collected_text):
        phrase = text.excerpt(ctx.register.data_collected_text)
        yield Problem("data_categories", params={"phrase": phrase}, message=Msg(
            fi="Kerättävistä tiedoista on vain yleinen maininta (”{phrase}”): yhtään tietoryhmää ei ole "
               "nimetty.",
            sv="Om uppgifterna som samlas in finns bara ett allmänt omnämnande (”{phrase}”): ingen "
               "kategori av uppgifter nämns.",
            en="The data collected is described only in general terms (“{phrase}”): no category of data "
               "is named.",
        ))
        return
    if ctx.register.data_categories or ctx.filled("data_collected_text"):
        return
    if elsewhere := ctx.anywhere(text.DATA_WORDS, besides=_RIGHTS):
        yield stated_elsewhere("data_categories", Msg("Kerättävät tiedot", "Uppgifterna som samlas in",
                               "The data collected"), elsewhere.phrase, field_label(elsewhere.field))
    else:
        yield Problem("data_categories", Msg(
            fi="Henkilötietoryhmiä ei ole kerrottu: ei käy ilmi, mitä tietoja rekisteröidyistä kerätään.",
            sv="Kategorierna av personuppgifter har inte angetts: det framgår inte vilka uppgifter som "
               "samlas in.",
            en="No categories of personal data are given: it is not clear what data is collected.",
        ))


@rule(
    "special-category-condition-missing", Severity.ERROR, ref="GDPR 9; TSL 6 §",
    hint=Msg(
        fi="Kirjaa, mihin GDPR 9 artiklan 2 kohdan alakohtaan (esim. a nimenomainen suostumus, b "
           "työoikeudelliset velvoitteet, h terveydenhuolto) tai tietosuojalain 6 §:n poikkeukseen käsittely "
           "perustuu.",
        sv="Ange vilken punkt i artikel 9.2 i GDPR (t.ex. a uttryckligt samtycke, b skyldigheter inom "
           "arbetsrätten, h hälso- och sjukvård) eller vilket undantag i 6 § i dataskyddslagen behandlingen "
           "bygger på.",
        en="Record the GDPR Art. 9(2) point (e.g. (a) explicit consent, (b) employment-law obligations, (h) "
           "health care) or the exception in section 6 of the Finnish Data Protection Act the processing "
           "relies on.",
    ),
)
def special_category_condition_missing(ctx: RegisterFacts) -> Iterator[Problem]:
    found = {k: v for k, v in ctx.special_categories.items() if k is not SpecialCategory.CRIMINAL}
    if not found or ctx.register.special_category_conditions or ctx.filled("special_category_text"):
        return
    if ctx.find(text.SPECIAL_CONDITION, _BASIS_PROSE, affirmed=False):
        return
    if elsewhere := ctx.anywhere(text.SPECIAL_CONDITION, affirmed=False):
        what = Msg("Erityisten henkilötietoryhmien käsittelyedellytys",
                   "Villkoret för behandling av särskilda kategorier", "The condition for special categories")
        where = field_label(elsewhere.field)
        yield stated_elsewhere("special_category_conditions", what, elsewhere.phrase, where)
        return
    first = next(iter(found.values()))
    yield Problem("special_category_conditions", Msg(
        fi="Rekisterissä käsitellään erityisiä henkilötietoryhmiä ({categories}; ”{phrase}”), mutta GDPR 9 "
           "artiklan 2 kohdan mukaista käsittelyedellytystä ei ole kerrottu.",
        sv="Registret innehåller särskilda kategorier av personuppgifter ({categories}; ”{phrase}”), men "
           "inget villkor enligt artikel 9.2 i GDPR har angetts.",
        en="The register holds special categories of personal data ({categories}; “{phrase}”), but no GDPR "
           "Art. 9(2) condition is given.",
    ), {"categories": [SPECIAL_LABEL[k] for k in found], "phrase": first.phrase})


@rule(
    "criminal-data-basis-missing", Severity.ERROR, ref="GDPR 10; TSL 7 §",
    hint=Msg(
        fi="Kirjaa laki, joka sallii tietojen käsittelyn (tietosuojalaki 7 §, esim. laki lasten kanssa "
           "työskentelevien rikostaustan selvittämisestä), tai poista tiedot rekisteristä.",
        sv="Ange den lag som tillåter behandlingen (7 § i dataskyddslagen, t.ex. lagen om kontroll av "
           "brottslig bakgrund hos personer som arbetar med barn) eller ta bort uppgifterna ur registret.",
        en="Record the law that allows the processing (section 7 of the Finnish Data Protection Act, e.g. "
           "the Act on Checking the Criminal Background of Persons Working with Children), or remove the "
           "data.",
    ),
)
def criminal_data_basis_missing(ctx: RegisterFacts) -> Iterator[Problem]:
    evidence = ctx.special_categories.get(SpecialCategory.CRIMINAL)
    if evidence is None or ctx.filled("criminal_data_basis_text"):
        return
    if ctx.find(text.CRIMINAL_BASIS, _BASIS_PROSE, affirmed=False):
        return
    yield Problem("criminal_data_basis_text", Msg(
        fi="Rekisterissä käsitellään rikostuomioita tai rikoksia koskevia tietoja (”{phrase}”), mutta niiden "
           "käsittelyn perustetta ei ole kerrottu.",
        sv="Registret innehåller uppgifter om fällande domar i brottmål eller lagöverträdelser (”{phrase}”), "
           "men ingen grund för behandlingen har angetts.",
        en="The register holds data on criminal convictions or offences (“{phrase}”), but no basis for "
           "processing it is given.",
    ), {"phrase": evidence.phrase})


@rule(
    "hetu-ground-missing", Severity.ERROR, ref=Msg("TSL 29 §", "DSL 29 §", "Data Protection Act (FI) s. 29"),
    hint=Msg(
        fi="Kirjaa tietosuojalain 29 §:n peruste (suostumus tai laki, yksiselitteinen tunnistaminen, "
           "luotonanto, perintä, vuokraus, työsuhde tms.) ja miksi tunnus on välttämätön, tai lopeta sen "
           "kerääminen.",
        sv="Ange grunden enligt 29 § i dataskyddslagen (samtycke eller lag, entydig identifiering, "
           "kreditgivning, indrivning, uthyrning, anställning o.d.) och varför beteckningen behövs, eller "
           "sluta samla in den.",
        en="Record the ground under section 29 of the Finnish Data Protection Act (consent or law, "
           "unambiguous identification, lending, debt collection, renting, employment, etc.) and why the "
           "code is needed, or stop collecting it.",
    ),
)
def hetu_ground_missing(ctx: RegisterFacts) -> Iterator[Problem]:
    hetu = ctx.hetu
    if hetu is None or ctx.register.hetu_ground is not None or ctx.filled("hetu_ground_text"):
        return
    if ctx.anywhere(text.HETU_GROUND, affirmed=False) or ctx.stated(prose.Kind.HETU_GROUND):
        return
    yield Problem("hetu_ground", Msg(
        fi="Rekisteriin kerätään henkilötunnus (”{phrase}”), mutta tietosuojalain 29 §:n mukaista perustetta "
           "sen käsittelylle ei ole kirjattu.",
        sv="Registret samlar in personbeteckningen (”{phrase}”), men ingen grund enligt 29 § i "
           "dataskyddslagen har angetts.",
        en="The register collects the personal identity code (“{phrase}”), but no ground under section 29 of "
           "the Finnish Data Protection Act is recorded.",
    ), {"phrase": hetu.phrase})


@rule(
    "hetu-misuse", Severity.WARNING, ref=Msg("TSL 29 §", "DSL 29 §", "Data Protection Act (FI) s. 29"),
    hint=Msg(
        fi="Käytä kirjautumiseen omaa käyttäjätunnusta ja vahvaa tunnistautumista, ja poista henkilötunnus "
           "laskuista, osoitetarroista ja muista tulosteista.",
        sv="Använd ett eget användarnamn och stark autentisering vid inloggning och ta bort "
           "personbeteckningen från fakturor, adressetiketter och andra utskrifter.",
        en="Use a separate user name and strong authentication to log in, and remove the code from invoices, "
           "address labels and other printouts.",
    ),
)
def hetu_misuse(ctx: RegisterFacts) -> Iterator[Problem]:
    for field, value in ctx.own_text_fields():
        for hit in text.HETU.hits(value):
            if text.HETU_MISUSE.pattern.search(hit.sentence):
                yield Problem(field, Msg(
                    fi="Henkilötunnusta näyttää käytettävän kirjautumiseen tai se tulostetaan asiakirjoihin: "
                       "”{sentence}” Henkilötunnus ei ole salasana, eikä sitä saa merkitä tarpeettomasti "
                       "tulosteisiin.",
                    sv="Personbeteckningen verkar användas vid inloggning eller skrivas ut på handlingar: "
                       "”{sentence}” Den är inget lösenord och får inte tas med i onödan på utskrifter.",
                    en="The personal identity code appears to be used to log in or printed on documents: "
                       "“{sentence}” It is not a password and must not be printed where it is not needed.",
                ), {"sentence": text.excerpt(hit.sentence, 120)})
                return


@rule(
    "child-consent", Severity.WARNING, ref="GDPR 8; TSL 5 §",
    hint=Msg(
        fi="Kerro, miten lapsen ikä tarkistetaan ja miten alle 13-vuotiaan huoltajan suostumus pyydetään ja "
           "varmistetaan.",
        sv="Beskriv hur barnets ålder kontrolleras och hur vårdnadshavarens samtycke för barn under 13 år "
           "inhämtas och verifieras.",
        en="Say how a child's age is checked and how a guardian's consent for a child under 13 is obtained "
           "and verified.",
    ),
)
def child_consent(ctx: RegisterFacts) -> Iterator[Problem]:
    children = ctx.children
    if LegalBasis.CONSENT not in ctx.bases or children is None:
        return
    where = ("consent_text", "legal_basis_text", "consent_withdrawal_text", "data_collected_text",
             "purpose_text", "sources_text")
    if ctx.find(text.GUARDIAN, where):
        return
    yield Problem("consent_text", Msg(
        fi="Käsittely perustuu suostumukseen ja rekisteröityjen joukossa on lapsia (”{phrase}”), mutta "
           "huoltajan suostumuksesta ei kerrota. Alle 13-vuotiaan puolesta suostumuksen verkkopalveluihin "
           "antaa huoltaja.",
        sv="Behandlingen bygger på samtycke och bland de registrerade finns barn (”{phrase}”), men "
           "vårdnadshavarens samtycke nämns inte. För barn under 13 år ger vårdnadshavaren samtycket till "
           "nättjänster.",
        en="Processing relies on consent and the data subjects include children (“{phrase}”), but a "
           "guardian's consent is not mentioned. For online services, a guardian consents for a child under "
           "13.",
    ), {"phrase": children.phrase})
