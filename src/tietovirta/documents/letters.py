"""Letters drafted from the canonical data: the answer to a data-subject request (and the extension and
refusal letters), the notification of a breach to the tietosuojavaltuutettu (Art. 33(3)) and the notice
to the people concerned (Art. 34(2)).

The access answer is written from the registers the request's checklist searched: for each, the
sections of its privacy notice that Art. 15(1) asks for (purposes, categories, recipients, retention,
sources, transfers, automated decisions). Drafts for a person to read and send: what the records do not
say is left out rather than printed as "not filled in".
"""

from __future__ import annotations

from tietovirta.canonical.labels import label
from tietovirta.canonical.schema import (
    ActionKind,
    Breach,
    BreachRisk,
    OrganizationDocument,
    RequestKind,
    SubjectRequest,
    TaskKind,
)
from tietovirta.deadlines import local
from tietovirta.documents.common import bullets, contact_text, controller_fields, paragraphs
from tietovirta.documents.model import Block, Field, Fields, Paragraph, RenderedDocument, Section
from tietovirta.documents.notice import build_privacy_notice
from tietovirta.documents.phrases import fmt_date, fmt_number, t
from tietovirta.language import Msg

_TEXTS: dict[str, dict[str, str]] = {
    "answer": {"fi": "Vastaus pyyntöönne", "sv": "Svar på er begäran", "en": "Reply to your request"},
    "extension": {
        "fi": "Pyyntönne käsittelyaika pitenee",
        "sv": "Tiden för att behandla er begäran förlängs",
        "en": "The time to answer your request is extended",
    },
    "refusal": {
        "fi": "Päätös pyyntöönne",
        "sv": "Beslut om er begäran",
        "en": "Decision on your request",
    },
    "request_doc": {
        "fi": "Rekisteröidyn pyyntö (tietosuoja-asetuksen 12–22 artikla)",
        "sv": "Den registrerades begäran (artiklarna 12–22 i dataskyddsförordningen)",
        "en": "Data subject's request (Articles 12–22 GDPR)",
    },
    "reference": {"fi": "Viite", "sv": "Referens", "en": "Reference"},
    "date": {"fi": "Päivämäärä", "sv": "Datum", "en": "Date"},
    "to": {"fi": "Vastaanottaja", "sv": "Mottagare", "en": "To"},
    "received": {"fi": "Pyyntö vastaanotettu", "sv": "Begäran mottagen", "en": "Request received"},
    "greeting": {"fi": "Hyvä {name}", "sv": "Bästa {name}", "en": "Dear {name}"},
    "greeting_anon": {"fi": "Hyvä vastaanottaja", "sv": "Bästa mottagare", "en": "Dear Sir or Madam"},
    "received_text": {
        "fi": "Olemme vastaanottaneet {date} pyyntönne, joka koskee seuraavaa: {kinds}.",
        "sv": "Vi tog emot er begäran den {date}. Den gäller följande: {kinds}.",
        "en": "We received your request on {date}. It concerns the following: {kinds}.",
    },
    "access_intro": {
        "fi": "Käsittelemme teitä koskevia henkilötietoja alla kuvatuissa rekistereissä. Kustakin kerromme "
        "tietosuoja-asetuksen 15 artiklan 1 kohdan mukaiset tiedot.",
        "sv": "Vi behandlar personuppgifter om er i de register som beskrivs nedan. För varje register anger "
        "vi de uppgifter som avses i artikel 15.1 i dataskyddsförordningen.",
        "en": "We process personal data about you in the registers described below. For each, we give the "
        "information required by Article 15(1) GDPR.",
    },
    "access_none": {
        "fi": "Tarkistimme rekisterimme emmekä löytäneet teitä koskevia henkilötietoja.",
        "sv": "Vi har gått igenom våra register och hittade inga personuppgifter om er.",
        "en": "We have searched our registers and found no personal data about you.",
    },
    "access_copy": {
        "fi": "Jäljennös käsittelemistämme henkilötiedoistanne on tämän kirjeen liitteenä (15 artiklan 3 "
            "kohta).",
        "sv": "En kopia av de personuppgifter om er som vi behandlar bifogas detta brev (artikel 15.3).",
        "en": "A copy of the personal data about you that we process is enclosed (Article 15(3)).",
    },
    "access_heading": {
        "fi": "Teitä koskevat henkilötiedot",
        "sv": "Personuppgifter om er",
        "en": "Personal data about you",
    },
    "done_heading": {"fi": "Mitä olemme tehneet", "sv": "Vad vi har gjort", "en": "What we have done"},
    "done_" + RequestKind.RECTIFICATION: {
        "fi": "Olemme oikaisseet virheelliset tietonne pyyntönne mukaisesti (16 artikla).",
        "sv": "Vi har rättat de felaktiga uppgifterna enligt er begäran (artikel 16).",
        "en": "We have rectified the inaccurate data as you asked (Article 16).",
    },
    "done_" + RequestKind.ERASURE: {
        "fi": "Olemme poistaneet henkilötietonne (17 artikla). Emme voi poistaa tietoja, jotka laki "
            "velvoittaa "
        "meidät säilyttämään, kuten kirjanpitoaineistoa (17 artiklan 3 kohdan b alakohta); niitä säilytetään "
        "vain laissa säädetyn ajan.",
        "sv": "Vi har raderat era personuppgifter (artikel 17). Uppgifter som vi enligt lag måste bevara, "
            "till "
        "exempel bokföringsmaterial, kan inte raderas (artikel 17.3 b); de bevaras endast under den tid "
        "som lagen föreskriver.",
        "en": "We have erased your personal data (Article 17). Data that the law requires us to keep, such "
            "as "
        "accounting records, cannot be erased (Article 17(3)(b)); it is kept only as long as the law "
        "requires.",
    },
    "done_" + RequestKind.RESTRICTION: {
        "fi": "Olemme rajoittaneet tietojenne käsittelyä pyyntönne mukaisesti (18 artikla).",
        "sv": "Vi har begränsat behandlingen av era uppgifter enligt er begäran (artikel 18).",
        "en": "We have restricted the processing of your data as you asked (Article 18).",
    },
    "done_" + RequestKind.PORTABILITY: {
        "fi": "Toimitamme antamanne tiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa "
        "muodossa (20 artikla).",
        "sv": "Vi lämnar ut de uppgifter ni har lämnat i ett strukturerat, allmänt använt och maskinläsbart "
        "format (artikel 20).",
        "en": "We provide the data you gave us in a structured, commonly used and machine-readable format "
        "(Article 20).",
    },
    "done_" + RequestKind.OBJECTION: {
        "fi": "Olemme arvioineet vastustamisenne (21 artiklan 1 kohta) ja lopettaneet tietojenne käsittelyn "
        "siltä osin kuin meillä ei ole huomattavan tärkeää ja perusteltua syytä jatkaa sitä.",
        "sv": "Vi har prövat er invändning (artikel 21.1) och upphört med behandlingen av era uppgifter i "
            "den "
        "mån vi inte har tvingande berättigade skäl att fortsätta.",
        "en": "We have considered your objection (Article 21(1)) and stopped processing your data except "
        "where we have compelling legitimate grounds to continue.",
    },
    "done_" + RequestKind.DIRECT_MARKETING_OBJECTION: {
        "fi": "Olemme lopettaneet tietojenne käsittelyn suoramarkkinointia varten (21 artiklan 3 kohta).",
        "sv": "Vi har upphört med behandlingen av era uppgifter för direktmarknadsföring (artikel 21.3).",
        "en": "We have stopped processing your data for direct marketing (Article 21(3)).",
    },
    "done_" + RequestKind.CONSENT_WITHDRAWAL: {
        "fi": "Olemme kirjanneet suostumuksenne peruuttamisen. Peruuttaminen ei vaikuta sitä ennen "
        "suostumuksen perusteella tehdyn käsittelyn lainmukaisuuteen (7 artiklan 3 kohta).",
        "sv": "Vi har registrerat att ni har återkallat ert samtycke. Återkallandet påverkar inte "
        "lagligheten av behandling som grundar sig på samtycket innan det återkallades (artikel 7.3).",
        "en": "We have recorded the withdrawal of your consent. It does not affect the lawfulness of "
        "processing based on consent before its withdrawal (Article 7(3)).",
    },
    "recipients_told": {
        "fi": "Olemme ilmoittaneet oikaisusta, poistosta tai rajoittamisesta niille, joille tietojanne on "
        "luovutettu (19 artikla): {names}.",
        "sv": "Vi har underrättat de mottagare som uppgifterna har lämnats ut till om rättelsen, raderingen "
        "eller begränsningen (artikel 19): {names}.",
        "en": "We have told the recipients of your data of the rectification, erasure or restriction "
        "(Article 19): {names}.",
    },
    "more": {"fi": "Lisätietoja", "sv": "Ytterligare information", "en": "Further information"},
    "extension_text": {
        "fi": "Pyyntönne käsittely vie tavallista kauemmin. Pidennämme vastausaikaa tietosuoja-asetuksen "
        "12 artiklan 3 kohdan nojalla kahdella kuukaudella. Vastaamme viimeistään {due}.",
        "sv": "Handläggningen av er begäran tar längre tid än vanligt. Vi förlänger tiden för svar med två "
        "månader enligt artikel 12.3 i dataskyddsförordningen. Vi svarar senast den {due}.",
        "en": "Your request takes longer than usual to handle. Under Article 12(3) GDPR we extend the time "
            "to "
        "answer by two months. We will answer by {due} at the latest.",
    },
    "reasons": {"fi": "Syyt", "sv": "Skäl", "en": "Reasons"},
    "refusal_text": {
        "fi": "Emme toteuta pyyntöänne. Peruste: {ground}.",
        "sv": "Vi kommer inte att tillmötesgå er begäran. Grund: {ground}.",
        "en": "We will not act on your request. Ground: {ground}.",
    },
    "remedies": {
        "fi": "Oikeus tehdä valitus ja hakea muutosta",
        "sv": "Rätt att klaga och söka ändring",
        "en": "Your right to complain and to a judicial remedy",
    },
    "judicial": {
        "fi": "Teillä on myös oikeus saattaa asia tuomioistuimen käsiteltäväksi (79 artikla).",
        "sv": "Ni har också rätt att föra saken till domstol (artikel 79).",
        "en": "You also have the right to take the matter to court (Article 79).",
    },
    "regards": {"fi": "Ystävällisin terveisin", "sv": "Med vänliga hälsningar", "en": "Kind regards"},
    # Breaches
    "breach_notification": {
        "fi": "Ilmoitus henkilötietojen tietoturvaloukkauksesta",
        "sv": "Anmälan om personuppgiftsincident",
        "en": "Notification of a personal data breach",
    },
    "breach_notification_sub": {
        "fi": "Tietosuojavaltuutetun toimistolle, tietosuoja-asetuksen 33 artikla",
        "sv": "Till dataombudsmannens byrå, artikel 33 i dataskyddsförordningen",
        "en": "To the Office of the Data Protection Ombudsman, Article 33 GDPR",
    },
    "breach_notice": {
        "fi": "Tiedote henkilötietojen tietoturvaloukkauksesta",
        "sv": "Meddelande om en personuppgiftsincident",
        "en": "Notice of a personal data breach",
    },
    "breach_notice_sub": {
        "fi": "Rekisteröidyille, tietosuoja-asetuksen 34 artikla",
        "sv": "Till de registrerade, artikel 34 i dataskyddsförordningen",
        "en": "To the people concerned, Article 34 GDPR",
    },
    "b_controller": {"fi": "Rekisterinpitäjä", "sv": "Personuppgiftsansvarig", "en": "Controller"},
    "b_timing": {"fi": "Ajankohdat", "sv": "Tidpunkter", "en": "Times"},
    "b_happened": {"fi": "Loukkaus tapahtui", "sv": "Incidenten inträffade", "en": "The breach happened"},
    "b_aware": {"fi": "Loukkaus havaittiin", "sv": "Incidenten upptäcktes", "en": "Became aware"},
    "b_deadline": {
        "fi": "Ilmoitettava viimeistään (72 tuntia)",
        "sv": "Ska anmälas senast (72 timmar)",
        "en": "To be notified by (72 hours)",
    },
    "b_unknown": {"fi": "ei tiedossa", "sv": "okänt", "en": "not known"},
    "b_a": {
        "fi": "a) Loukkauksen luonne",
        "sv": "a) Incidentens art",
        "en": "(a) Nature of the breach",
    },
    "b_registers": {"fi": "Rekisterit", "sv": "Register", "en": "Registers"},
    "b_systems": {"fi": "Tietojärjestelmät", "sv": "Informationssystem", "en": "Information systems"},
    "b_subjects": {
        "fi": "Rekisteröityjen ryhmät",
        "sv": "Kategorier av registrerade",
        "en": "Categories of data subjects",
    },
    "b_people": {
        "fi": "Rekisteröityjen arvioitu määrä",
        "sv": "Ungefärligt antal registrerade",
        "en": "Approximate number of data subjects",
    },
    "b_data": {
        "fi": "Henkilötietoryhmät",
        "sv": "Kategorier av personuppgifter",
        "en": "Categories of personal data",
    },
    "b_records": {
        "fi": "Tietueiden arvioitu määrä",
        "sv": "Ungefärligt antal poster",
        "en": "Approximate number of records",
    },
    "b_b": {
        "fi": "b) Tietosuojavastaava tai muu yhteyspiste",
        "sv": "b) Dataskyddsombud eller annan kontaktpunkt",
        "en": "(b) Data protection officer or other contact point",
    },
    "b_c": {
        "fi": "c) Todennäköiset seuraukset",
        "sv": "c) Sannolika konsekvenser",
        "en": "(c) Likely consequences",
    },
    "b_risk": {"fi": "Riskin arvio", "sv": "Riskbedömning", "en": "Risk assessment"},
    "b_d": {
        "fi": "d) Toteutetut ja ehdotetut toimenpiteet",
        "sv": "d) Vidtagna och föreslagna åtgärder",
        "en": "(d) Measures taken or proposed",
    },
    "b_done": {"fi": "tehty {date}", "sv": "utförd {date}", "en": "done {date}"},
    "b_planned": {"fi": "suunniteltu {date}", "sv": "planerad {date}", "en": "planned {date}"},
    "b_delay": {
        "fi": "Syyt ilmoituksen viivästymiseen (33 artiklan 1 kohta)",
        "sv": "Skäl till förseningen (artikel 33.1)",
        "en": "Reasons for the delay (Article 33(1))",
    },
    "b_delay_missing": {
        "fi": "Ilmoitus tehdään yli 72 tuntia loukkauksen havaitsemisesta: kirjaa syyt viivästymiseen.",
        "sv": "Anmälan görs mer än 72 timmar efter upptäckten: ange skälen till förseningen.",
        "en": "The notification is made more than 72 hours after becoming aware: give the reasons.",
    },
    "b_subjects_told": {
        "fi": "Rekisteröidyille tiedottaminen (34 artikla)",
        "sv": "Information till de registrerade (artikel 34)",
        "en": "Communication to the data subjects (Article 34)",
    },
    "b_subjects_high": {
        "fi": "Loukkaus aiheuttaa todennäköisesti korkean riskin: rekisteröidyille ilmoitetaan ilman "
        "aiheetonta viivytystä.",
        "sv": "Incidenten leder sannolikt till en hög risk: de registrerade informeras utan onödigt "
            "dröjsmål.",
        "en": "The breach is likely to result in a high risk: the data subjects are told without undue "
            "delay.",
    },
    "b_subjects_on": {
        "fi": "Rekisteröidyille ilmoitettiin {date}.",
        "sv": "De registrerade informerades den {date}.",
        "en": "The data subjects were told on {date}.",
    },
    "n_what": {"fi": "Mitä tapahtui", "sv": "Vad har hänt", "en": "What happened"},
    "n_data": {"fi": "Mitä tietoja loukkaus koskee", "sv": "Vilka uppgifter det gäller",
               "en": "What data is concerned"},
    "n_consequences": {"fi": "Mitä siitä voi seurata", "sv": "Vad det kan leda till",
                       "en": "What it may lead to"},
    "n_measures": {"fi": "Mitä olemme tehneet", "sv": "Vad vi har gjort", "en": "What we have done"},
    "n_contact": {"fi": "Lisätietoja antaa", "sv": "Mer information ger", "en": "For more information"},
}


PHRASES: dict[str, Msg] = {key: Msg(**texts) for key, texts in _TEXTS.items()}


def _t(key: str, lang: str, **values: object) -> str:
    return PHRASES[key].render(lang, **values)


def _kinds(item: SubjectRequest, lang: str) -> str:
    return ", ".join(label(kind, lang, RequestKind) for kind in item.kinds)


def _header(doc: OrganizationDocument, item: SubjectRequest, lang: str, title: str, today) -> dict:
    return {
        "lang": lang, "title": title, "doc_type": _t("request_doc", lang),
        "organization": doc.organization.name,
        "meta": (
            Field(_t("date", lang), fmt_date(today, lang)),
            Field(_t("reference", lang), item.reference),
            Field(_t("to", lang), "\n".join(filter(None, (item.requester_name, item.requester_address)))
                  or item.requester_email or "–"),
            Field(_t("received", lang), fmt_date(item.received_on, lang)),
        ),
    }


def _opening(item: SubjectRequest, lang: str) -> list[Block]:
    name = item.requester_name.strip()
    greeting = _t("greeting", lang, name=name) if name else _t("greeting_anon", lang)
    received = _t("received_text", lang, date=fmt_date(item.received_on, lang), kinds=_kinds(item, lang))
    return [Paragraph(greeting + ","), Paragraph(received)]


def _signature(doc: OrganizationDocument, lang: str) -> Section:
    org = doc.organization
    contact = contact_text(org.contact_person) or "\n".join(filter(None, (org.email, org.phone)))
    signed = "\n".join(filter(None, (org.name, contact)))
    return Section(_t("regards", lang), [Paragraph(signed)], "signature")


def _complaint(lang: str) -> Section:
    web = t("n_authority_web", lang)
    return Section(_t("remedies", lang), [
        Paragraph(t("n_complaint_text", lang)),
        Fields((Field(t("name", lang), t("n_authority", lang)), Field(t("website", lang), web, href=web),
                Field(t("address", lang), t("n_authority_postal", lang)))),
        Paragraph(_t("judicial", lang)),
    ], "complaint")


# What Art. 15(1) asks, as the keys of the privacy notice's sections.
# Processors are recipients too (Art. 4(9)).
ACCESS_SECTIONS = ("purposes", "data_collected", "sources", "processors", "recipients", "transfers",
                   "retention", "automated_decisions")


def _filled(blocks: list[Block]) -> list[Block]:
    """The blocks without the placeholders of empty fields (a letter never says 'not filled in')."""
    kept = []
    for block in blocks:
        if isinstance(block, Paragraph) and block.style == "missing":
            continue
        if isinstance(block, Fields):
            rows = tuple(row for row in block.rows if not row.missing)
            if rows:
                kept.append(Fields(rows))
            continue
        kept.append(block)
    return kept


def searched_registers(doc: OrganizationDocument, item: SubjectRequest) -> list[int]:
    """Indexes in `doc.registers` of the registers the checklist searched, in checklist order."""
    names = [t.register_name for t in item.tasks if t.kind == TaskKind.SEARCH_REGISTER]
    by_name = {r.name: i for i, r in reversed(list(enumerate(doc.registers)))}
    return [by_name[name] for name in dict.fromkeys(names) if name in by_name]


def _access_sections(doc: OrganizationDocument, item: SubjectRequest, lang: str) -> list[Section]:
    indexes = searched_registers(doc, item)
    if not indexes:
        return [Section(_t("access_heading", lang), [Paragraph(_t("access_none", lang))], "access")]
    sections = [Section(_t("access_heading", lang),
                        [Paragraph(_t("access_intro", lang)), Paragraph(_t("access_copy", lang))], "access")]
    for index in indexes:
        notice = build_privacy_notice(doc, index, lang)
        sections.append(Section(doc.registers[index].name, [], f"register-{index}", level=3))
        for key in ACCESS_SECTIONS:
            part = notice.section(key)
            if part is not None and (blocks := _filled(part.blocks)):
                sections.append(Section(part.heading, blocks, f"register-{index}-{key}", level=4))
    return sections


def build_request_answer(doc: OrganizationDocument, index: int, lang: str, today) -> RenderedDocument:
    item = doc.requests[index]
    sections: list[Section] = []
    if RequestKind.ACCESS in item.kinds:
        sections += _access_sections(doc, item, lang)
    done = [Paragraph(_t(f"done_{kind.value}", lang)) for kind in item.kinds if kind != RequestKind.ACCESS]
    told = sorted({t.party_name for t in item.tasks if t.kind == TaskKind.CONTACT_PARTY and t.done_at})
    if told and set(item.kinds) & {RequestKind.RECTIFICATION, RequestKind.ERASURE, RequestKind.RESTRICTION}:
        done.append(Paragraph(_t("recipients_told", lang, names=", ".join(told))))
    if done:
        sections.append(Section(_t("done_heading", lang), done, "done"))
    if item.answer_text.strip():
        sections.append(Section(_t("more", lang), paragraphs(item.answer_text), "more"))
    sections += [_complaint(lang), _signature(doc, lang)]
    return RenderedDocument(kind="vastaus", **_header(doc, item, lang, _t("answer", lang), today),
                            intro=_opening(item, lang), sections=sections)


def build_extension_letter(doc: OrganizationDocument, index: int, lang: str, today) -> RenderedDocument:
    item = doc.requests[index]
    due = fmt_date(item.due_on if item.extension_notified_on else item.first_due_on, lang)
    sections = [
        Section(_t("extension", lang), [Paragraph(_t("extension_text", lang, due=due))], "extension"),
        Section(_t("reasons", lang), paragraphs(item.extension_reason), "reasons"),
        _signature(doc, lang),
    ]
    return RenderedDocument(kind="pidennys", **_header(doc, item, lang, _t("extension", lang), today),
                            intro=_opening(item, lang), sections=sections)


def build_refusal_letter(doc: OrganizationDocument, index: int, lang: str, today) -> RenderedDocument:
    item = doc.requests[index]
    ground = label(item.refusal_ground, lang) if item.refusal_ground else "–"
    sections = [
        Section(_t("refusal", lang), [Paragraph(_t("refusal_text", lang, ground=ground))], "refusal"),
        Section(_t("reasons", lang), paragraphs(item.refusal_text), "reasons"),
        _complaint(lang),
        _signature(doc, lang),
    ]
    return RenderedDocument(kind="kieltaytyminen", **_header(doc, item, lang, _t("refusal", lang), today),
                            intro=_opening(item, lang), sections=sections)


# --- Breaches -------------------------------------------------------------------------------------


def _when(moment, lang: str) -> str:
    """Date and Helsinki time, e.g. '4.12.2026 15.30' (Finnish writes the time with a full stop)."""
    if moment is None:
        return _t("b_unknown", lang)
    moment = local(moment)
    clock = f"{moment:%H.%M}" if lang == "fi" else f"{moment:%H:%M}"
    return f"{fmt_date(moment, lang)} {clock}"


def _contact_point(doc: OrganizationDocument) -> str:
    org = doc.organization
    return contact_text(org.dpo) or contact_text(org.contact_person) or "\n".join(
        filter(None, (org.name, org.email, org.phone)))


def _count(value: int | None, lang: str) -> str:
    return fmt_number(value, lang) if value is not None else ""


def _nature(item: Breach, lang: str) -> list[Block]:
    rows = [
        (_t("b_registers", lang), ", ".join(item.registers)),
        (_t("b_systems", lang), ", ".join(item.systems)),
        (_t("b_subjects", lang), ", ".join(item.data_subject_categories)),
        (_t("b_people", lang), _count(item.people_count, lang)),
        (_t("b_data", lang), ", ".join(item.data_categories)),
        (_t("b_records", lang), _count(item.records_count, lang)),
    ]
    fields = tuple(Field(name, value) for name, value in rows if value)
    return [*paragraphs(item.description), *([Fields(fields)] if fields else [])]


def _actions(item: Breach, lang: str) -> list[Block]:
    lines = []
    for action in item.actions:
        when = ([_t("b_done", lang, date=fmt_date(action.done_on, lang))] if action.done_on else []) + (
            [_t("b_planned", lang, date=fmt_date(action.planned_on, lang))]
            if action.planned_on and not action.done_on else [])
        kind = label(action.kind, lang, ActionKind)
        lines.append(f"{action.description} ({', '.join([kind, *when])})")
    return bullets(lines)


def build_breach_notification(doc: OrganizationDocument, index: int, lang: str, now) -> RenderedDocument:
    """Art. 33(3)(a)–(d), the times, and the reasons for the delay when it is (or would be, if sent `now`)
    later than 72 hours."""
    item = doc.breaches[index]
    timing = [Field(_t("b_happened", lang), _when(item.happened_at, lang)),
              Field(_t("b_aware", lang), _when(item.aware_at, lang)),
              Field(_t("b_deadline", lang), _when(item.notify_by, lang))]
    risk = [Fields((Field(_t("b_risk", lang), label(item.risk, lang, BreachRisk)),)),
            *paragraphs(item.risk_reasons)]
    sections = [
        Section(_t("b_controller", lang), [controller_fields(doc, lang)], "controller"),
        Section(_t("b_timing", lang), [Fields(tuple(timing))], "timing"),
        Section(_t("b_a", lang), _nature(item, lang), "nature"),
        Section(_t("b_b", lang), paragraphs(_contact_point(doc)), "contact"),
        Section(_t("b_c", lang), [*paragraphs(item.consequences_text), *risk], "consequences"),
        Section(_t("b_d", lang), _actions(item, lang), "measures"),
    ]
    late = (item.authority_notified_at or now) > item.notify_by
    if late:
        reasons = paragraphs(item.delay_reasons) or [Paragraph(_t("b_delay_missing", lang), style="missing")]
        sections.append(Section(_t("b_delay", lang), reasons, "delay"))
    told = []
    if item.risk == BreachRisk.HIGH:
        told.append(Paragraph(_t("b_subjects_high", lang)))
    if item.subjects_notified_on:
        told.append(Paragraph(_t("b_subjects_on", lang, date=fmt_date(item.subjects_notified_on, lang))))
    told += paragraphs(item.subjects_notification_text)
    if told:
        sections.append(Section(_t("b_subjects_told", lang), told, "subjects"))
    return RenderedDocument(
        kind="loukkausilmoitus", lang=lang, title=item.title, doc_type=_t("breach_notification", lang),
        organization=doc.organization.name, meta=(Field(_t("reference", lang), item.reference),),
        intro=[Paragraph(_t("breach_notification_sub", lang), style="note")], sections=sections,
    )


def build_breach_notice(doc: OrganizationDocument, index: int, lang: str) -> RenderedDocument:
    """Art. 34(2): in clear and plain language, what happened, the contact point, the likely
    consequences and the measures."""
    item = doc.breaches[index]
    data = ", ".join(item.data_categories)
    sections = [
        Section(_t("n_what", lang), paragraphs(item.description), "what"),
        Section(_t("n_data", lang), [Paragraph(data)] if data else [], "data"),
        Section(_t("n_consequences", lang), paragraphs(item.consequences_text), "consequences"),
        Section(_t("n_measures", lang), _actions(item, lang), "measures"),
        Section(_t("n_contact", lang), paragraphs(_contact_point(doc)), "contact"),
    ]
    return RenderedDocument(
        kind="loukkaustiedote", lang=lang, title=item.title, doc_type=_t("breach_notice", lang),
        organization=doc.organization.name, meta=(Field(_t("reference", lang), item.reference),),
        intro=[Paragraph(_t("breach_notice_sub", lang), style="note")],
        sections=[s for s in sections if s.blocks],
    )
