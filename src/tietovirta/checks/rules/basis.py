"""Purpose and legal basis (GDPR Art. 5(1)(b), 6, 7)."""

from __future__ import annotations

from collections.abc import Iterator

from tietovirta.analysis import text
from tietovirta.analysis.bases import (
    ALTERNATIVE,
    CONSENT,
    CONSENT_RELIED_ON,
    NAMES,
    bases_in,
    bases_with_evidence,
    consent_not_needed,
    only_a_basis,
)
from tietovirta.analysis.facts import RegisterFacts
from tietovirta.canonical.schema import LegalBasis
from tietovirta.checks.engine import Problem, Severity, rule, stated_elsewhere
from tietovirta.checks.messages import BASIS_LABEL, Msg, field_label

_A, _F = LegalBasis.CONSENT, LegalBasis.LEGITIMATE_INTERESTS


def _labels(bases: frozenset[LegalBasis] | set[LegalBasis]) -> list[Msg]:
    return [BASIS_LABEL[b] for b in sorted(bases)]


# Fields that may mention purposes without stating the register's own (rights, retention boilerplate).
_NOT_PURPOSE = (
    "purpose_text", "other_rights_text", "access_right_text", "rectification_text", "retention_text",
    "cookies_text", "security_text", "name",
)
# Where a document may state its basis when it has no basis section of its own.
_BASIS_ELSEWHERE = (
    "purpose_text", "unmapped_text", "description", "legitimate_interest_text", "consent_text",
)
_BASIS = Msg("Käsittelyperuste", "Den rättsliga grunden", "The legal basis")


@rule(
    "purpose-missing", Severity.ERROR, ref="GDPR 5(1)(b), 30(1)(b)",
    hint=Msg(
        fi="Kerro konkreettisesti, mihin tietoja käytetään, esimerkiksi ”asiakassopimusten hoitaminen ja "
           "laskutus” tai ”uutiskirjeen lähettäminen tilaajille”.",
        sv="Beskriv konkret vad uppgifterna används till, till exempel ”fullgörande av kundavtal och "
           "fakturering” eller ”utskick av nyhetsbrev till prenumeranter”.",
        en="Say concretely what the data is used for, e.g. “performing customer contracts and invoicing” or "
           "“sending the newsletter to subscribers”.",
    ),
)
def purpose_missing(ctx: RegisterFacts) -> Iterator[Problem]:
    purpose = ctx.register.purpose_text
    if ctx.stated_purposes and not ctx.filled("purpose_text"):
        return  # the purposes are written one by one with their bases
    elsewhere = None if ctx.filled("purpose_text") else ctx.anywhere(text.PURPOSE_WORDS, besides=_NOT_PURPOSE)
    if elsewhere is not None:
        yield stated_elsewhere("purpose_text", Msg("Käsittelyn tarkoitus", "Ändamålet", "The purpose"),
                               elsewhere.phrase, field_label(elsewhere.field))
    elif not ctx.filled("purpose_text"):
        yield Problem("purpose_text", Msg(
            fi="Käsittelyn tarkoitusta ei ole kerrottu.",
            sv="Ändamålet med behandlingen har inte angetts.",
            en="The purpose of processing is not stated.",
        ))
    elif only_a_basis(purpose):
        yield Problem("purpose_text", Msg(
            fi="Tarkoituksen kohdalla on käsittelyperuste (”{text}”) eikä käsittelyn tarkoitus.",
            sv="Under ändamål står en rättslig grund (”{text}”) i stället för ändamålet med behandlingen.",
            en="The purpose field holds a legal basis (“{text}”), not the purpose of processing.",
        ), {"text": text.excerpt(purpose)})
    elif text.vague_purpose(purpose):
        yield Problem("purpose_text", Msg(
            fi="Käsittelyn tarkoitus ”{text}” on liian yleinen: siitä ei selviä, mihin tietoja käytetään.",
            sv="Ändamålet ”{text}” är för allmänt: det framgår inte vad uppgifterna används till.",
            en="The purpose “{text}” is too vague to tell what the data is used for.",
        ), {"text": text.excerpt(purpose)})


@rule(
    "legal-basis-missing", Severity.ERROR, ref="GDPR 6(1), 13(1)(c)",
    hint=Msg(
        fi="Valitse jokaiselle käsittelyn tarkoitukselle GDPR 6 artiklan 1 kohdan peruste: suostumus, "
           "sopimus, lakisääteinen velvoite, elintärkeä etu, yleistä etua koskeva tehtävä tai oikeutettu "
           "etu.",
        sv="Välj för varje ändamål en grund enligt artikel 6.1 i GDPR: samtycke, avtal, rättslig "
           "förpliktelse, grundläggande intresse, uppgift av allmänt intresse eller berättigat intresse.",
        en="Choose a GDPR Art. 6(1) basis for each purpose: consent, contract, legal obligation, vital "
           "interests, public task or legitimate interests.",
    ),
)
def legal_basis_missing(ctx: RegisterFacts) -> Iterator[Problem]:
    if ctx.bases:
        return
    for field in _BASIS_ELSEWHERE:
        if found := bases_with_evidence(ctx.value(field)):
            sentence = next(iter(found.values()))
            yield stated_elsewhere("legal_bases", _BASIS, text.excerpt(sentence, 100), field_label(field))
            return
    if old := ctx.find(text.REPEALED_LAW, ("legal_basis_text", "purpose_text"), affirmed=False):
        yield Problem("legal_bases", Msg(
            fi="Käsittelyn perusteena mainitaan vain kumottu henkilötietolaki (”{phrase}”); GDPR 6 artiklan "
               "mukaista perustetta ei ole.",
            sv="Som grund för behandlingen nämns bara den upphävda personuppgiftslagen (”{phrase}”); det "
               "finns ingen grund enligt artikel 6 i GDPR.",
            en="The only basis given is the repealed Personal Data Act (“{phrase}”); there is no basis under "
               "GDPR Art. 6.",
        ), {"phrase": old.phrase})
    elif ctx.filled("legal_basis_text"):
        yield Problem("legal_bases", Msg(
            fi="Käsittelyperusteesta ”{text}” ei käy ilmi, mihin GDPR 6 artiklan 1 kohdan perusteeseen "
               "käsittely perustuu.",
            sv="Av den rättsliga grunden ”{text}” framgår inte vilken grund i artikel 6.1 i GDPR "
               "behandlingen bygger på.",
            en="The legal basis “{text}” does not say which GDPR Art. 6(1) basis the processing relies on.",
        ), {"text": text.excerpt(ctx.register.legal_basis_text)})
    else:
        yield Problem("legal_bases", Msg(
            fi="Käsittelyperustetta ei ole kerrottu.",
            sv="Ingen rättslig grund har angetts.",
            en="No legal basis is given.",
        ))


@rule(
    "legal-basis-multiple", Severity.WARNING, ref="GDPR 13(1)(c)",
    hint=Msg(
        fi="Kirjaa jokaiselle tarkoitukselle oma peruste omalle rivilleen, esimerkiksi ”Laskutus: "
           "lakisääteinen velvoite.” ja ”Uutiskirje: suostumus.”",
        sv="Ange en grund per ändamål på en egen rad, till exempel ”Fakturering: rättslig förpliktelse.” och "
           "”Nyhetsbrev: samtycke.”",
        en="Give each purpose its own basis on a line of its own, e.g. “Invoicing: legal obligation.” and "
           "“Newsletter: consent.”",
    ),
)
def legal_basis_multiple(ctx: RegisterFacts) -> Iterator[Problem]:
    if len(ctx.bases) < 2:
        return
    per_sentence = [(s, set(bases_in(s))) for s in text.sentences(ctx.register.legal_basis_text)]
    for sentence, bases in per_sentence:
        if len(bases) > 1 and ALTERNATIVE.find(sentence, affirmed=False):
            yield Problem(ctx.basis_field, Msg(
                fi="Käsittelyperusteet on esitetty vaihtoehtoina (”{sentence}”): peruste on kerrottava "
                   "yksiselitteisesti kullekin tarkoitukselle.",
                sv="De rättsliga grunderna anges som alternativ (”{sentence}”): grunden ska anges entydigt "
                   "för varje ändamål.",
                en="The legal bases are given as alternatives (“{sentence}”): each purpose needs one stated "
                   "basis.",
            ), {"sentence": text.excerpt(sentence)})
            return
    # Consent beside another basis misleads: withdrawing consent would not stop the processing. It is fine
    # when the prose assigns the bases to different purposes, one per sentence.
    consent_mixed = any(_A in bases and len(bases) > 1 for _, bases in per_sentence)
    assigned = len(ctx.prose_bases) > 1 and not consent_mixed
    if _A in ctx.bases and not assigned:
        yield Problem(ctx.basis_field, Msg(
            fi="Käsittelyperusteiksi on merkitty suostumus ja lisäksi {others}. Jos samaa käsittelyä "
               "perustellaan myös muulla, suostumuksen peruuttaminen ei lopeta sitä, ja rekisteröity "
               "johdetaan harhaan.",
            sv="Som rättslig grund anges samtycke och dessutom {others}. Om samma behandling också stöds på "
               "en annan grund stoppas den inte av att samtycket återkallas, och den registrerade vilseleds.",
            en="The legal bases are consent and also {others}. If the same processing also rests on another "
               "basis, withdrawing consent does not stop it, and the data subject is misled.",
        ), {"others": _labels(ctx.bases - {_A})})


@rule(
    "consent-withdrawal-missing", Severity.ERROR, ref="GDPR 7(3), 13(2)(c)",
    hint=Msg(
        fi="Kerro, miten ja mistä suostumuksen voi peruuttaa (esim. sähköpostiosoite tai uutiskirjeen "
           "peruutuslinkki); peruuttamisen on oltava yhtä helppoa kuin suostumuksen antamisen.",
        sv="Beskriv hur och var samtycket kan återkallas (t.ex. en e-postadress eller avregistreringslänken "
           "i nyhetsbrevet); det ska vara lika lätt att återkalla som att ge samtycket.",
        en="Say how and where consent can be withdrawn (e.g. an e-mail address or the newsletter's "
           "unsubscribe link); withdrawing must be as easy as giving consent.",
    ),
)
def consent_withdrawal_missing(ctx: RegisterFacts) -> Iterator[Problem]:
    if _A not in ctx.bases or ctx.filled("consent_withdrawal_text"):
        return
    where = ("consent_text", "other_rights_text", "legal_basis_text", "privacy_notice_text")
    # "Suostumuksen peruuttaminen ei vaikuta aiempaan käsittelyyn" is negated, yet tells that consent
    # can be withdrawn.
    if ctx.find(text.WITHDRAWAL, where, affirmed=False):
        return
    if elsewhere := ctx.anywhere(text.WITHDRAWAL, affirmed=False):
        yield stated_elsewhere("consent_withdrawal_text", Msg(
            "Suostumuksen peruuttaminen", "Återkallandet av samtycke", "Withdrawing consent"),
            elsewhere.phrase, field_label(elsewhere.field))
        return
    yield Problem("consent_withdrawal_text", Msg(
        fi="Käsittely perustuu suostumukseen, mutta ei kerrota, miten suostumuksen voi peruuttaa.",
        sv="Behandlingen bygger på samtycke, men det framgår inte hur samtycket kan återkallas.",
        en="Processing relies on consent, but nothing says how to withdraw it.",
    ))


@rule(
    "consent-basis-contradiction", Severity.ERROR, ref="GDPR 6(1), 7(1)",
    hint=Msg(
        fi="Päätä, mihin käsittely todella perustuu, ja korjaa joko käsittelyperuste tai Suostumus-kohta "
           "niin, että ne kertovat saman.",
        sv="Bestäm vilken grund behandlingen faktiskt bygger på och rätta antingen den rättsliga grunden "
           "eller fältet Samtycke så att de säger samma sak.",
        en="Decide what the processing really relies on, and correct either the legal basis or the Consent "
           "field so that they agree.",
    ),
)
def consent_basis_contradiction(ctx: RegisterFacts) -> Iterator[Problem]:
    consent = ctx.register.consent_text
    if _A in ctx.bases:
        denial = consent_not_needed(consent)
        # A consent field that also asks for consent ("…but for the newsletter we ask for consent") is no
        # contradiction: consent covers part of the processing.
        if denial and not CONSENT.find(consent):
            yield Problem(ctx.basis_field, Msg(
                fi="Käsittelyperusteeksi on merkitty suostumus, mutta Suostumus-kohdassa todetaan, ettei "
                   "suostumusta tarvita: ”{sentence}”",
                sv="Som rättslig grund anges samtycke, men i fältet Samtycke sägs att samtycke inte behövs: "
                   "”{sentence}”",
                en="Consent is given as the legal basis, but the Consent field says consent is not needed: "
                   "“{sentence}”",
            ), {"sentence": text.excerpt(denial, 120)})
    elif ctx.bases and (hit := CONSENT_RELIED_ON.find(consent)):
        yield Problem(ctx.basis_field, Msg(
            fi="Käsittelyperusteeksi on merkitty {bases}, mutta Suostumus-kohdan mukaan käsittely perustuu "
               "suostumukseen: ”{sentence}”",
            sv="Som rättslig grund anges {bases}, men enligt fältet Samtycke bygger behandlingen på "
               "samtycke: ”{sentence}”",
            en="The legal basis is {bases}, but the Consent field says processing relies on consent: "
               "“{sentence}”",
        ), {"bases": _labels(ctx.bases), "sentence": text.excerpt(hit.sentence, 120)})


@rule(
    "consent-employees", Severity.WARNING, ref="GDPR 7(4)",
    hint=Msg(
        fi="Perusta käsittely työsopimukseen, lakisääteiseen velvoitteeseen tai oikeutettuun etuun; käytä "
           "suostumusta vain aidosti vapaaehtoisiin asioihin, kuten valokuvaan kotisivuilla.",
        sv="Grunda behandlingen på anställningsavtalet, en rättslig förpliktelse eller ett berättigat "
           "intresse; använd samtycke bara för det som verkligen är frivilligt, som ett foto på webbplatsen.",
        en="Base the processing on the employment contract, a legal obligation or legitimate interests; keep "
           "consent for what is truly optional, such as a photo on the website.",
    ),
)
def consent_employees(ctx: RegisterFacts) -> Iterator[Problem]:
    if _A in ctx.bases and (employees := ctx.employees):
        yield Problem(ctx.basis_field, Msg(
            fi="Käsittely perustuu suostumukseen, vaikka rekisteröidyt ovat työntekijöitä tai työnhakijoita "
               "(”{phrase}”). Työsuhteessa suostumus on harvoin vapaaehtoinen.",
            sv="Behandlingen bygger på samtycke fast de registrerade är anställda eller arbetssökande "
               "(”{phrase}”). I ett anställningsförhållande är samtycke sällan frivilligt.",
            en="Processing relies on consent although the data subjects are employees or job applicants "
               "(“{phrase}”). In employment, consent is rarely freely given.",
        ), {"phrase": employees.phrase})


@rule(
    "legitimate-interest-undescribed", Severity.ERROR, ref="GDPR 6(1)(f), 13(1)(d)",
    hint=Msg(
        fi="Kuvaa, mikä rekisterinpitäjän tai kolmannen osapuolen etu on (esim. ”yhteydenpito "
           "yritysasiakkaiden yhteyshenkilöihin”), ja kirjaa tasapainotesti: miksi etu painaa enemmän kuin "
           "rekisteröidyn oikeudet.",
        sv="Beskriv vilket intresse den personuppgiftsansvarige eller en tredje part har (t.ex. ”kontakt med "
           "företagskunders kontaktpersoner”) och dokumentera intresseavvägningen: varför intresset väger "
           "tyngre än den registrerades rättigheter.",
        en="Describe the controller's or a third party's interest (e.g. “keeping in touch with business "
           "customers' contact persons”) and record the balancing test: why it outweighs the data subject's "
           "rights.",
    ),
)
def legitimate_interest_undescribed(ctx: RegisterFacts) -> Iterator[Problem]:
    if _F not in ctx.bases or ctx.filled("legitimate_interest_text"):
        return
    on_interest = [p for p in ctx.register.purposes if p.legal_basis == _F]
    if on_interest and all(p.interest.strip() for p in on_interest):
        return  # each purpose resting on the legitimate interest says what the interest is
    # Prose that goes on beyond naming the basis describes the interest.
    basis_text = ctx.register.legal_basis_text
    named = NAMES[_F].phrase(basis_text) or ""
    if text.word_count(basis_text) - text.word_count(named) >= 8:
        return
    yield Problem("legitimate_interest_text", Msg(
        fi="Käsittelyperusteena on oikeutettu etu, mutta itse etua ei ole kuvattu.",
        sv="Den rättsliga grunden är berättigat intresse, men vilket intresse det gäller beskrivs inte.",
        en="The legal basis is legitimate interests, but the interest itself is not described.",
    ))


@rule(
    "public-authority-legitimate-interest", Severity.ERROR, ref="GDPR 6(1) second subparagraph",
    hint=Msg(
        fi="Perusta käsittely lakisääteiseen velvoitteeseen tai yleistä etua koskevaan tehtävään ja mainitse "
           "laki, johon tehtävä perustuu.",
        sv="Grunda behandlingen på en rättslig förpliktelse eller en uppgift av allmänt intresse och ange "
           "lagen som uppgiften bygger på.",
        en="Base the processing on a legal obligation or a task in the public interest, and name the law the "
           "task comes from.",
    ),
)
def public_authority_legitimate_interest(ctx: RegisterFacts) -> Iterator[Problem]:
    if _F in ctx.bases and ctx.document.public_authority:
        yield Problem(ctx.basis_field, Msg(
            fi="Rekisterinpitäjä on viranomainen, mutta käsittely perustuu oikeutettuun etuun, johon "
               "viranomainen ei voi vedota tehtäviään hoitaessaan.",
            sv="Den personuppgiftsansvarige är en myndighet, men behandlingen bygger på berättigat intresse, "
               "som en myndighet inte kan åberopa när den fullgör sina uppgifter.",
            en="The controller is a public authority, yet processing relies on legitimate interests, which "
               "an authority cannot invoke when performing its tasks.",
        ))
