"""Employees and job applicants: laki yksityisyyden suojasta työelämässä 759/2004 §§ 4, 5, 13, 16–17."""

from __future__ import annotations

from collections.abc import Iterator

from tietovirta.analysis import text
from tietovirta.analysis.bases import CONSENT
from tietovirta.analysis.facts import Evidence, RegisterFacts
from tietovirta.canonical.schema import SpecialCategory, SystemKind
from tietovirta.checks.engine import Problem, Severity, rule
from tietovirta.checks.messages import Msg
from tietovirta.checks.rules import anywhere

_PURPOSE_FIELDS = ("purpose_text", "description", "legal_basis_text")


def _ref(sections: str) -> Msg:
    return Msg(f"759/2004 {sections} §", f"759/2004 {sections} §", f"Act 759/2004 s. {sections}")


def workforce(ctx: RegisterFacts) -> Evidence | None:
    """The register holds data on employees or job applicants (not on applicants for a flat or a school):
    its name or its own description of the data subjects says so, or else its categories do and its purpose
    is employment: a category list read from a document may also name the staff who handle the data."""
    if said := ctx.find(text.WORKFORCE, ("name", "data_subjects_text")):
        return said
    categories = "\n".join(ctx.register.data_subject_categories)
    if ctx.filled("data_subjects_text") or not (hit := text.WORKFORCE.find(categories)):
        return None
    if ctx.find(text.EMPLOYMENT, _PURPOSE_FIELDS) is None:
        return None
    return Evidence("data_subject_categories", hit.phrase)


# --- 16–17 §: camera surveillance -------------------------------------------------------------------

def _camera(ctx: RegisterFacts) -> Evidence | None:
    if said := ctx.anywhere(text.CAMERA_SURVEILLANCE, besides=anywhere.RIGHTS_FIELDS):
        return said
    cameras = [s.name for s in ctx.systems if s.kind is SystemKind.CAMERA]
    return Evidence("systems", cameras[0]) if cameras else None


def _forbidden_place(ctx: RegisterFacts) -> tuple[str, str] | None:
    for field, sentence in anywhere.sentences(ctx, besides=anywhere.RIGHTS_FIELDS):
        if (
            text.CAMERA_FORBIDDEN_PLACE.pattern.search(sentence)
            and (text.CAMERA_SURVEILLANCE.pattern.search(sentence) or text.FILMED.pattern.search(sentence))
            and not text.is_negated(sentence)
            and not text.EXCLUDED.pattern.search(sentence)
        ):
            return field, sentence
    return None


def _filmed_staff(ctx: RegisterFacts) -> str | None:
    """How the register names the staff among those filmed: among its data subjects, or in a sentence about
    the cameras."""
    if said := ctx.find(text.WORKFORCE, ("name", "data_subjects_text")):
        return said.phrase
    if hit := text.WORKFORCE.find(ctx.subject_names):
        return hit.phrase
    if found := anywhere.together(ctx, text.CAMERA_SURVEILLANCE, text.WORKFORCE, affirmed=True):
        return text.WORKFORCE.phrase(found[1])
    return None


def _employees_told(ctx: RegisterFacts) -> bool:
    """The co-operation procedure or informing the employees is stated."""
    if ctx.anywhere(text.CO_OPERATION, affirmed=False):
        return True
    return anywhere.together(ctx, text.WORKFORCE, text.INFORMING, affirmed=True) is not None


@rule(
    "employee-camera-surveillance", Severity.WARNING, ref=_ref("16–17"),
    hint=Msg(
        fi="Kerro kameravalvonnan tarkoitus (henkilöturvallisuus, omaisuuden suojaaminen, tuotantoprosessin "
           "valvonta tai vaaratilanteiden selvittäminen), käsittele valvonta yhteistoimintamenettelyssä ja "
           "kerro, miten työntekijöille on tiedotettu. Henkilöstön sosiaalitiloja, taukotiloja, pukuhuoneita "
           "ja käymälöitä ei saa kuvata.",
        sv="Ange ändamålet med kameraövervakningen (personsäkerhet, skydd av egendom, övervakning av "
           "produktionsprocessen eller utredning av farliga situationer), behandla övervakningen i "
           "samarbetsförfarande och ange hur de anställda har informerats. Personalens sociala utrymmen, "
           "pausrum, omklädningsrum och toaletter får inte övervakas.",
        en="State the purpose of the camera surveillance (personal safety, protecting property, supervising "
           "production or investigating dangerous situations), handle it in the co-operation procedure and "
           "say how employees were informed. Staff facilities, break rooms, changing rooms and toilets may "
           "not be filmed.",
    ),
)
def employee_camera_surveillance(ctx: RegisterFacts) -> Iterator[Problem]:
    if _camera(ctx) is None:
        return
    staff = _filmed_staff(ctx)
    if staff is None:
        return
    if forbidden := _forbidden_place(ctx):
        field, sentence = forbidden
        yield Problem(field, Msg(
            fi="Kameravalvonta kattaa tiloja, joita työelämän tietosuojalain 16 §:n mukaan ei saa valvoa "
               "(henkilöstön sosiaali- ja taukotilat, pukuhuoneet, käymälät): ”{sentence}”",
            sv="Kameraövervakningen omfattar utrymmen som enligt 16 § i lagen om integritetsskydd i "
               "arbetslivet inte får övervakas (personalens sociala utrymmen och pausrum, omklädningsrum, "
               "toaletter): ”{sentence}”",
            en="The camera surveillance covers places that section 16 of Act 759/2004 forbids to film (staff "
               "facilities and break rooms, changing rooms, toilets): “{sentence}”",
        ), {"sentence": text.excerpt(sentence, 160)})
    if not _employees_told(ctx):
        yield Problem("processing_method_text", Msg(
            fi="Kameravalvonta kohdistuu myös työntekijöihin (”{phrase}”), mutta ei kerrota, että valvonta "
               "on käsitelty yhteistoimintamenettelyssä tai että työntekijöille on tiedotettu siitä.",
            sv="Kameraövervakningen gäller också de anställda (”{phrase}”), men det framgår inte att den har "
               "behandlats i samarbetsförfarande eller att de anställda har informerats.",
            en="The camera surveillance also covers employees (“{phrase}”), but nothing says it was handled "
               "in the co-operation procedure or that employees were informed.",
        ), {"phrase": staff})


# --- 4 §: data from others than the employee ---------------------------------------------------------

_SOURCE_LABEL = {
    "references": Msg("suosittelijat tai aiemmat työnantajat", "referenspersoner eller tidigare arbetsgivare",
                      "referees or former employers"),
    "online": Msg("internet tai sosiaalinen media", "internet eller sociala medier",
                  "the internet or social media"),
    "background": Msg("luotto- tai taustatiedot", "kredit- eller bakgrundsuppgifter",
                      "credit or background checks"),
}


def _allowed(sentence: str) -> bool:
    return bool(CONSENT.pattern.search(sentence) or text.EMPLOYEE_SOURCE_LAW.pattern.search(sentence))


@rule(
    "employee-third-party-source", Severity.WARNING, ref=_ref("4"),
    hint=Msg(
        fi="Kerää tiedot ensisijaisesti työntekijältä tai hakijalta itseltään. Muualta (suosittelijat, "
           "aiemmat työnantajat, internet) tietoja saa hankkia vain hänen suostumuksellaan; luotto- ja "
           "rikostaustatiedot vain niitä koskevien lakien mukaan ja hänelle etukäteen ilmoittaen.",
        sv="Samla in uppgifterna i första hand av den anställda eller sökanden själv. Från andra håll "
           "(referenspersoner, tidigare arbetsgivare, internet) får uppgifter inhämtas bara med hans eller "
           "hennes samtycke; kredit- och brottsuppgifter bara enligt lagarna om dem och efter att han eller "
           "hon underrättats i förväg.",
        en="Collect the data primarily from the employee or applicant. Data from elsewhere (referees, former "
           "employers, the internet) needs his or her consent; credit and criminal-record checks only under "
           "their own laws and after telling the person beforehand.",
    ),
)
def employee_third_party_source(ctx: RegisterFacts) -> Iterator[Problem]:
    if workforce(ctx) is None:
        return
    if anywhere.together(ctx, text.OTHER_SOURCES, CONSENT):
        return  # "not collected from other sources without consent" covers every kind
    for kind, matcher in text.EMPLOYEE_SOURCES.items():
        used = ctx.anywhere(matcher, besides=anywhere.RIGHTS_FIELDS)
        if used is None:
            continue
        allowed = any(_allowed(hit.sentence) for _, value in ctx.own_text_fields()
                      for hit in matcher.hits(value, affirmed=False))
        if not allowed:
            yield Problem("sources_text", Msg(
                fi="Työntekijästä tai hakijasta hankitaan tietoja muualta kuin häneltä itseltään ({kind}: "
                   "”{phrase}”), mutta hänen suostumuksestaan tai muusta laillisesta perusteesta ei kerrota.",
                sv="Uppgifter om den anställda eller sökanden inhämtas från andra än honom eller henne själv "
                   "({kind}: ”{phrase}”), men varken samtycke eller någon annan laglig grund nämns.",
                en="Data about the employee or applicant is obtained from others than the person ({kind}: "
                   "“{phrase}”), but neither consent nor another legal ground is mentioned.",
            ), {"kind": _SOURCE_LABEL[kind], "phrase": used.phrase})
            return


# --- 5 §: health data --------------------------------------------------------------------------------

_HEALTH = text.SPECIAL_CATEGORIES[SpecialCategory.HEALTH]


def _within_section_5(ctx: RegisterFacts) -> bool:
    """The register ties its health data to 759/2004 5 §."""
    for _, sentence in anywhere.sentences(ctx):
        if text.WORKING_LIFE_ACT.pattern.search(sentence) and (
            _HEALTH.pattern.search(sentence) or text.WORKING_LIFE_SECTION[5].pattern.search(sentence)
        ):
            return True
    return False


@rule(
    "employee-health-data", Severity.ERROR, ref=_ref("5"),
    hint=Msg(
        fi="Työnantaja saa käsitellä työntekijän terveydentilaa koskevia tietoja vain, jos ne on saatu "
           "työntekijältä itseltään tai hänen kirjallisella suostumuksellaan muualta ja niitä tarvitaan "
           "sairausajan palkan tai vastaavan etuuden maksamiseen, poissaolon perusteen selvittämiseen tai "
           "työkyvyn selvittämiseen työntekijän sitä nimenomaisesti halutessa. Tietoja saavat käsitellä vain "
           "nimetyt henkilöt, ja ne säilytetään erillään muista tiedoista. Työnhakijoilta ei kysytä "
           "terveystietoja ennen valintaa.",
        sv="Arbetsgivaren får behandla uppgifter om en arbetstagares hälsotillstånd bara om de har lämnats "
           "av arbetstagaren själv eller med hans eller hennes skriftliga samtycke av någon annan och behövs "
           "för att betala sjuklön eller motsvarande förmån, utreda om det finns giltigt skäl till frånvaro "
           "eller utreda arbetsförmågan när arbetstagaren uttryckligen vill det. Bara utsedda personer får "
           "behandla dem, och de förvaras åtskilda från andra uppgifter. Arbetssökande tillfrågas inte om "
           "hälsan före urvalet.",
        en="An employer may process an employee's health data only if it came from the employee, or from "
           "others with his or her written consent, and is needed to pay sick pay or a similar benefit, to "
           "establish whether an absence is justified, or to assess working capacity when the employee "
           "expressly wants it. Only designated persons may handle it, and it is kept apart from other data. "
           "Job applicants are not asked about their health before selection.",
    ),
)
def employee_health_data(ctx: RegisterFacts) -> Iterator[Problem]:
    if workforce(ctx) is None or _within_section_5(ctx):
        return
    if beyond := ctx.anywhere(text.HEALTH_BEYOND_EMPLOYMENT, besides=anywhere.RIGHTS_FIELDS):
        yield Problem("special_category_text", Msg(
            fi="Työntekijöiden tai hakijoiden terveystietoja käsitellään tavalla, jota työelämän "
               "tietosuojalain 5 § ei salli (”{phrase}”).",
            sv="Anställdas eller sökandes hälsouppgifter behandlas på ett sätt som 5 § i lagen om "
               "integritetsskydd i arbetslivet inte tillåter (”{phrase}”).",
            en="Employees' or applicants' health data is processed in a way section 5 of Act 759/2004 does "
               "not allow (“{phrase}”).",
        ), {"phrase": beyond.phrase})
        return
    health = ctx.special_categories.get(SpecialCategory.HEALTH) or ctx.anywhere(
        _HEALTH, besides=anywhere.RIGHTS_FIELDS
    )
    if health is None:
        return
    yield Problem("special_category_text", Msg(
        fi="Rekisterissä on työntekijöiden tai hakijoiden terveystietoja (”{phrase}”), mutta ei kerrota, "
           "että niitä käsitellään vain työelämän tietosuojalain 5 §:n sallimissa rajoissa.",
        sv="Registret innehåller anställdas eller sökandes hälsouppgifter (”{phrase}”), men det framgår "
           "inte att de behandlas bara inom de gränser som 5 § i lagen om integritetsskydd i arbetslivet "
           "tillåter.",
        en="The register holds employees' or applicants' health data (“{phrase}”), but nothing says it is "
           "processed only within the limits of section 5 of Act 759/2004.",
    ), {"phrase": health.phrase}, severity=Severity.WARNING)


# --- 13 §: personality and aptitude tests -------------------------------------------------------------


@rule(
    "personality-test-consent", Severity.WARNING, ref=_ref("13"),
    hint=Msg(
        fi="Persoonallisuutta ja soveltuvuutta saa testata vain työntekijän tai hakijan suostumuksella, "
           "luotettavin menetelmin ja asiantuntijan tekemänä, ja hänelle annetaan lausunto maksutta. Kerro "
           "suostumuksesta selosteessa.",
        sv="Personlighet och lämplighet får testas bara med arbetstagarens eller sökandens samtycke, med "
           "tillförlitliga metoder och av sakkunniga, och personen får utlåtandet kostnadsfritt. Nämn "
           "samtycket i beskrivningen.",
        en="Personality and aptitude may be tested only with the employee's or applicant's consent, by "
           "reliable methods and by experts, and the person gets the report free of charge. Mention the "
           "consent in the notice.",
    ),
)
def personality_test_consent(ctx: RegisterFacts) -> Iterator[Problem]:
    if workforce(ctx) is None:
        return
    test = ctx.anywhere(text.PERSONALITY_TEST, besides=anywhere.RIGHTS_FIELDS)
    if test is None:
        return
    for _, value in ctx.own_text_fields():
        for hit in text.PERSONALITY_TEST.hits(value, affirmed=False):
            if CONSENT.pattern.search(hit.sentence) or text.WORKING_LIFE_SECTION[13].pattern.search(
                hit.sentence
            ):
                return
    yield Problem("consent_text", Msg(
        fi="Työntekijöille tai hakijoille tehdään persoonallisuus- tai soveltuvuustestejä (”{phrase}”), "
           "mutta heidän suostumuksestaan ei kerrota.",
        sv="Anställda eller sökande genomgår personlighets- eller lämplighetstester (”{phrase}”), men deras "
           "samtycke nämns inte.",
        en="Employees or applicants take personality or aptitude tests (“{phrase}”), but their consent is "
           "not mentioned.",
    ), {"phrase": test.phrase})
