"""Every fixed text and label the documents print, in every language of tietovirta.language.

Headings of the tietovirtakuvaus come from `tietovirta.canonical.sections`, enum labels from
`tietovirta.canonical.labels`; this module holds the rest: document titles, generated sentences and
the fixed legal texts (LEGAL.md §8 terms). Each is a `Msg`; `t(key, lang, **values)` looks one up and
fills its {placeholders}.
"""

from __future__ import annotations

from babel.numbers import format_decimal
from babel.units import format_unit

from tietovirta.canonical.labels import ART9_CONDITIONS
from tietovirta.canonical.labels import label as enum_label
from tietovirta.canonical.schema import (
    AgreementStatus,
    HetuGround,
    HostingRegion,
    LegalBasis,
    PartyRole,
    RegisterStatus,
    RetentionUnit,
    SpecialCategory,
    SystemKind,
    TransferMechanism,
)
from tietovirta.language import BABEL_LOCALES, Msg, language_or_default
from tietovirta.language import format_date as fmt_date
from tietovirta.risk.scale import SCALE

__all__ = ["PHRASES", "fmt_date", "fmt_duration", "fmt_number", "label", "legal_basis_label", "t"]

PHRASES: dict[str, Msg] = {
    # Document kinds (LEGAL.md §8)
    "tietovirtakuvaus": Msg(
        fi="Tietovirtakuvaus",
        sv="Dataflödesbeskrivning",
        en="Data-flow description",
    ),
    "tietosuojaseloste": Msg(fi="Tietosuojaseloste", sv="Dataskyddsbeskrivning", en="Privacy notice"),
    "seloste": Msg(
        fi="Seloste käsittelytoimista",
        sv="Register över behandling",
        en="Record of processing activities",
    ),
    "diagram": Msg(fi="Tietovirtakaavio", sv="Dataflödesdiagram", en="Data-flow diagram"),
    "notice_subtitle": Msg(
        fi="EU:n yleisen tietosuoja-asetuksen (2016/679) 13 ja 14 artikla",
        sv="Artiklarna 13 och 14 i EU:s allmänna dataskyddsförordning (2016/679)",
        en="Articles 13 and 14 of the EU General Data Protection Regulation (2016/679)",
    ),
    "record_subtitle": Msg(
        fi="EU:n yleisen tietosuoja-asetuksen (2016/679) 30 artiklan 1 kohta",
        sv="Artikel 30.1 i EU:s allmänna dataskyddsförordning (2016/679)",
        en="Article 30(1) of the EU General Data Protection Regulation (2016/679)",
    ),
    # Shared labels
    "missing": Msg(fi="Ei täytetty", sv="Ej ifyllt", en="Not filled in"),
    "yes": Msg(fi="Kyllä", sv="Ja", en="Yes"),
    "no": Msg(fi="Ei", sv="Nej", en="No"),
    "register": Msg(fi="Rekisteri", sv="Register", en="Register"),
    "organization": Msg(fi="Organisaatio", sv="Organisation", en="Organisation"),
    "status": Msg(fi="Tila", sv="Status", en="Status"),
    "generated": Msg(fi="Tulostettu", sv="Utskriven", en="Printed"),
    "updated": Msg(fi="Päivitetty", sv="Uppdaterad", en="Updated"),
    "name": Msg(fi="Nimi", sv="Namn", en="Name"),
    "business_id": Msg(fi="Y-tunnus", sv="FO-nummer", en="Business ID"),
    "address": Msg(fi="Osoite", sv="Adress", en="Address"),
    "email": Msg(fi="Sähköposti", sv="E-post", en="Email"),
    "phone": Msg(fi="Puhelin", sv="Telefon", en="Phone"),
    "website": Msg(fi="Verkkosivut", sv="Webbplats", en="Website"),
    "dpo": Msg(fi="Tietosuojavastaava", sv="Dataskyddsombud", en="Data protection officer"),
    "eu_representative": Msg(
        fi="Edustaja EU:ssa",
        sv="Företrädare i EU",
        en="Representative in the EU",
    ),
    "joint_controllers": Msg(
        fi="Yhteisrekisterinpitäjät",
        sv="Gemensamt personuppgiftsansvariga",
        en="Joint controllers",
    ),
    "link": Msg(fi="Linkki", sv="Länk", en="Link"),
    "data_subjects": Msg(
        fi="Rekisteröityjen ryhmät",
        sv="Kategorier av registrerade",
        en="Categories of data subjects",
    ),
    "data_categories": Msg(
        fi="Henkilötietoryhmät",
        sv="Kategorier av personuppgifter",
        en="Categories of personal data",
    ),
    "description": Msg(fi="Kuvaus", sv="Beskrivning", en="Description"),
    "hetu": Msg(fi="henkilötunnus", sv="personbeteckning", en="personal identity code"),
    "special_category_conditions": Msg(
        fi="Erityisten henkilötietoryhmien käsittelyperuste (9 art. 2 kohta)",
        sv="Grund för behandling av särskilda kategorier (art. 9.2)",
        en="Condition for special-category data (Art. 9(2))",
    ),
    "special_category_text": Msg(
        fi="Erityiset henkilötietoryhmät",
        sv="Särskilda kategorier av personuppgifter",
        en="Special categories of personal data",
    ),
    "criminal_data_basis": Msg(
        fi="Rikostuomioita ja rikkomuksia koskevat tiedot (10 art.)",
        sv="Uppgifter om brott och överträdelser (art. 10)",
        en="Criminal-offence data (Art. 10)",
    ),
    "hetu_ground": Msg(
        fi="Henkilötunnuksen käsittelyperuste (tietosuojalain 29 §)",
        sv="Grund för behandling av personbeteckning (dataskyddslagen 29 §)",
        en="Ground for the personal identity code (Data Protection Act, section 29)",
    ),
    "legitimate_interest": Msg(fi="Oikeutettu etu", sv="Berättigat intresse", en="Legitimate interest"),
    "direct_marketing": Msg(fi="suoramarkkinointi", sv="direktmarknadsföring", en="direct marketing"),
    "retention_period": Msg(fi="Säilytysaika", sv="Lagringstid", en="Retention period"),
    # The trigger says what starts the period in its own words, with its own preposition:
    # "6 vuotta asiakkuuden päättymisestä", "6 år från kundförhållandets slut".
    "retention_from": Msg.same("{period} {trigger}"),
    # Systems, parties and transfers tables
    "vendor": Msg(fi="Toimittaja", sv="Leverantör", en="Vendor"),
    "kind": Msg(fi="Tyyppi", sv="Typ", en="Type"),
    "hosting": Msg(fi="Sijainti", sv="Lagringsplats", en="Location"),
    "transfer_mechanism": Msg(fi="Siirtoperuste", sv="Överföringsgrund", en="Transfer safeguard"),
    "processor_agreement": Msg(fi="Käsittelysopimus", sv="Biträdesavtal", en="Processing agreement"),
    "role": Msg(fi="Rooli", sv="Roll", en="Role"),
    "country": Msg(fi="Maa", sv="Land", en="Country"),
    "importer": Msg(fi="Vastaanottaja", sv="Mottagare", en="Recipient"),
    "dpf_verified_on": Msg(
        fi="DPF-sertifiointi tarkistettu",
        sv="DPF-certifiering kontrollerad",
        en="DPF certification checked",
    ),
    "transfer_reason_vendor": Msg(
        fi="toimittajan kotimaa",
        sv="leverantörens hemland",
        en="vendor's home country",
    ),
    "unknown_country": Msg(
        fi="kolmas maa (ei tiedossa)",
        sv="tredjeland (okänt)",
        en="third country (unknown)",
    ),
    "derived_transfers": Msg(
        fi="Järjestelmien ja käsittelijöiden tiedoista johdetut siirrot:",
        sv="Överföringar som framgår av systemen och biträdena:",
        en="Transfers derived from the systems and processors:",
    ),
    # Risk assessment
    "assessed_on": Msg(fi="Arvioitu", sv="Bedömd", en="Assessed"),
    "screening": Msg(
        fi="Vaikutustenarvioinnin tarveharkinta",
        sv="Bedömning av behovet av konsekvensbedömning",
        en="DPIA screening",
    ),
    "screening_result": Msg(
        fi="{met} / {answered} kriteeriä täyttyy",
        sv="{met} av {answered} kriterier uppfylls",
        en="{met} of {answered} criteria met",
    ),
    "risk": Msg(fi="Riski", sv="Risk", en="Risk"),
    "risks": Msg(fi="Riskit", sv="Risker", en="Risks"),
    "severity": Msg(fi="Vakavuus", sv="Allvarlighet", en="Severity"),
    "likelihood": Msg(fi="Todennäköisyys", sv="Sannolikhet", en="Likelihood"),
    "residual": Msg(fi="Jäännösriski", sv="Kvarstående risk", en="Residual risk"),
    "measures": Msg(fi="Toimenpiteet", sv="Åtgärder", en="Measures"),
    "conclusion": Msg(fi="Johtopäätös", sv="Slutsats", en="Conclusion"),
    "signed_by": Msg(fi="Hyväksynyt", sv="Godkänd av", en="Approved by"),
    "risk_assessment": Msg(fi="Riskiarvio", sv="Riskbedömning", en="Risk assessment"),
    "criterion": Msg(fi="Kriteeri", sv="Kriterium", en="Criterion"),
    "source": Msg(fi="Lähde", sv="Källa", en="Source"),
    "answer": Msg(fi="Vastaus", sv="Svar", en="Answer"),
    "risk_level": Msg(fi="Riskitaso", sv="Risknivå", en="Risk level"),
    "existing_measures": Msg(
        fi="Nykyiset toimenpiteet",
        sv="Befintliga åtgärder",
        en="Existing measures",
    ),
    "planned_measures": Msg(
        fi="Suunnitellut toimenpiteet",
        sv="Planerade åtgärder",
        en="Planned measures",
    ),
    "owner_due": Msg(
        fi="Vastuuhenkilö: {owner}, määräaika: {due}",
        sv="Ansvarig: {owner}, senast: {due}",
        en="Owner: {owner}, due: {due}",
    ),
    "risk_matrix": Msg(
        fi="Riskimatriisi: vakavuus ja todennäköisyys",
        sv="Riskmatris: allvarlighet och sannolikhet",
        en="Risk matrix: severity and likelihood",
    ),
    "risk_matrix_key": Msg(
        fi="R1, R2 … ovat riskien numerot; suluissa jäännösriski suunniteltujen toimenpiteiden jälkeen.",
        sv="R1, R2 … är riskernas nummer; inom parentes den kvarstående risken efter planerade åtgärder.",
        en="R1, R2 … are the risks' numbers; in brackets the residual risk after the planned measures.",
    ),
    "assessment_status": Msg(fi="Tila", sv="Status", en="Status"),
    "assessment_signed": Msg(fi="Hyväksytty", sv="Godkänd", en="Signed off"),
    "assessment_draft": Msg(
        fi="Luonnos, ei hyväksytty",
        sv="Utkast, inte godkänt",
        en="Draft, not signed off",
    ),
    "assessment_in_force": Msg(
        fi="Voimassa oleva arvio",
        sv="Gällande bedömning",
        en="The assessment in force",
    ),
    "date": Msg(fi="Päivämäärä", sv="Datum", en="Date"),
    "not_answered": Msg(fi="ei vastattu", sv="obesvarad", en="not answered"),
    # The privacy notice (written to the data subject)
    "n_controller": Msg(
        fi="Rekisterinpitäjä ja yhteystiedot",
        sv="Personuppgiftsansvarig och kontaktuppgifter",
        en="Controller and contact details",
    ),
    "n_contact_person": Msg(fi="Yhteyshenkilö", sv="Kontaktperson", en="Contact person"),
    "n_dpo_none": Msg(
        fi="Emme ole nimittäneet tietosuojavastaavaa.",
        sv="Vi har inte utsett något dataskyddsombud.",
        en="We have not appointed a data protection officer.",
    ),
    "n_purposes": Msg(
        fi="Käsittelyn tarkoitukset ja oikeusperusteet",
        sv="Ändamålen med behandlingen och de rättsliga grunderna",
        en="Purposes of the processing and their legal bases",
    ),
    "n_purpose": Msg(fi="Tarkoitus", sv="Ändamål", en="Purpose"),
    "n_legal_basis": Msg(fi="Oikeusperuste", sv="Rättslig grund", en="Legal basis"),
    "n_legal_basis_intro_one": Msg(
        fi="Käsittelemme henkilötietojasi seuraavalla perusteella:",
        sv="Vi behandlar dina personuppgifter på följande grund:",
        en="We process your personal data on the following basis:",
    ),
    "n_legal_basis_intro_other": Msg(
        fi="Käsittelemme henkilötietojasi seuraavilla perusteilla:",
        sv="Vi behandlar dina personuppgifter på följande grunder:",
        en="We process your personal data on the following bases:",
    ),
    "n_special_condition": Msg(
        fi="erityisiin henkilötietoryhmiin kuuluvat tiedot: {condition}",
        sv="särskilda kategorier av personuppgifter: {condition}",
        en="special categories of personal data: {condition}",
    ),
    "n_legitimate_interest": Msg(
        fi="Oikeutettu etumme",
        sv="Vårt berättigade intresse",
        en="Our legitimate interests",
    ),
    "n_data": Msg(
        fi="Mitä tietoja käsittelemme",
        sv="Vilka uppgifter vi behandlar",
        en="What data we process",
    ),
    "n_data_subjects": Msg(
        fi="Keitä tiedot koskevat",
        sv="Vem uppgifterna gäller",
        en="Whom the data concerns",
    ),
    "n_sources": Msg(
        fi="Mistä saamme tiedot",
        sv="Varifrån vi får uppgifterna",
        en="Where we get the data",
    ),
    "n_processors": Msg(
        fi="Henkilötietojen käsittelijät",
        sv="Personuppgiftsbiträden",
        en="Processors",
    ),
    "n_processors_intro": Msg(
        fi="Seuraavat palveluntarjoajat käsittelevät tietoja puolestamme ja ohjeidemme mukaan "
        "(henkilötietojen käsittelijät). Ne eivät saa käyttää tietoja omiin tarkoituksiinsa.",
        sv="Följande tjänsteleverantörer behandlar uppgifterna för vår räkning och enligt våra instruktioner "
        "(personuppgiftsbiträden). De får inte använda uppgifterna för egna ändamål.",
        en="The following service providers process the data on our behalf and on our instructions "
        "(processors). They may not use the data for their own purposes.",
    ),
    "n_no_processors": Msg(
        fi="Emme käytä henkilötietojen käsittelijöitä: käsittelemme tietoja vain itse.",
        sv="Vi anlitar inga personuppgiftsbiträden: vi behandlar uppgifterna endast själva.",
        en="We use no processors: we process the data only ourselves.",
    ),
    "n_provider": Msg(fi="Palveluntarjoaja", sv="Tjänsteleverantör", en="Service provider"),
    "n_service": Msg(fi="Palvelu", sv="Tjänst", en="Service"),
    "n_location": Msg(fi="Tietojen sijainti", sv="Var uppgifterna finns", en="Where the data is"),
    "n_transfer": Msg(
        fi="Siirto EU:n tai ETA:n ulkopuolelle",
        sv="Överföring utanför EU eller EES",
        en="Transfer outside the EU or EEA",
    ),
    "n_recipients": Msg(
        fi="Kenelle tietoja luovutetaan",
        sv="Mottagare av uppgifterna",
        en="Recipients of the data",
    ),
    "n_recipients_intro": Msg(
        fi="Luovutamme tietoja säännönmukaisesti seuraaville vastaanottajille:",
        sv="Vi lämnar regelbundet ut uppgifter till följande mottagare:",
        en="We regularly disclose data to the following recipients:",
    ),
    "n_transfers": Msg(
        fi="Tietojen siirto EU:n tai ETA:n ulkopuolelle",
        sv="Överföring utanför EU eller EES",
        en="Transfers outside the EU or EEA",
    ),
    "n_transfers_intro": Msg(
        fi="Tietojasi siirretään Euroopan unionin tai Euroopan talousalueen ulkopuolelle seuraavasti:",
        sv="Dina uppgifter överförs utanför Europeiska unionen eller Europeiska ekonomiska "
        "samarbetsområdet enligt följande:",
        en="Your data is transferred outside the European Union or the European Economic Area as follows:",
    ),
    "n_transfer_row": Msg.same("{importer}, {country}: {mechanism}"),
    "n_transfers_copy": Msg(
        fi="Saat jäljennöksen suojatoimista tai tiedon siitä, mistä ne ovat saatavilla, ottamalla meihin "
        "yhteyttä.",
        sv="Du kan få en kopia av skyddsåtgärderna eller uppgift om var de finns tillgängliga genom att "
        "kontakta oss.",
        en="You can obtain a copy of the safeguards, or find out where they are available, by contacting us.",
    ),
    "n_no_transfers": Msg(
        fi="Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
        sv="Uppgifterna överförs inte utanför EU eller EES.",
        en="The data is not transferred outside the EU or the EEA.",
    ),
    "n_retention": Msg(
        fi="Kuinka kauan säilytämme tietoja",
        sv="Hur länge vi sparar uppgifterna",
        en="How long we keep the data",
    ),
    "n_rights": Msg(fi="Oikeutesi", sv="Dina rättigheter", en="Your rights"),
    "n_rights_intro_one": Msg(
        fi="Koska käsittely perustuu edellä mainittuun oikeusperusteeseen, sinulla on seuraavat oikeudet:",
        sv="Eftersom behandlingen grundar sig på den rättsliga grund som anges ovan har du följande "
        "rättigheter:",
        en="Because the processing is based on the legal basis stated above, you have the following rights:",
    ),
    "n_rights_intro_other": Msg(
        fi="Koska käsittely perustuu edellä mainittuihin oikeusperusteisiin, sinulla on seuraavat oikeudet:",
        sv="Eftersom behandlingen grundar sig på de rättsliga grunder som anges ovan har du följande "
        "rättigheter:",
        en="Because the processing is based on the legal bases stated above, you have the following rights:",
    ),
    "n_rights_how": Msg(
        fi="Voit käyttää oikeuksiasi ottamalla meihin yhteyttä: {contact}.",
        sv="Du kan utöva dina rättigheter genom att kontakta oss: {contact}.",
        en="You can exercise your rights by contacting us: {contact}.",
    ),
    "n_rights_how_nocontact": Msg(
        fi="Voit käyttää oikeuksiasi ottamalla yhteyttä rekisterinpitäjään (yhteystiedot edellä).",
        sv="Du kan utöva dina rättigheter genom att kontakta den personuppgiftsansvarige "
        "(kontaktuppgifterna ovan).",
        en="You can exercise your rights by contacting the controller (contact details above).",
    ),
    "n_rights_deadline": Msg(
        fi="Vastaamme pyyntöösi ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa sen "
        "vastaanottamisesta. Jos pyyntö on monimutkainen tai pyyntöjä on paljon, määräaikaa voidaan jatkaa "
        "enintään kahdella kuukaudella; kerromme jatkamisesta ja sen syistä kuukauden kuluessa pyynnön "
        "vastaanottamisesta.",
        sv="Vi besvarar din begäran utan onödigt dröjsmål och senast inom en månad från det att vi tog emot "
        "den. Om begäran är komplicerad eller om vi har fått många begäranden kan tiden förlängas med högst "
        "två månader; vi meddelar dig förlängningen och skälen till den inom en månad från det att vi tog "
        "emot begäran.",
        en="We answer your request without undue delay and at the latest within one month of receiving it. "
        "Where a request is complex or we have received many, the period may be extended by at most two "
        "further months; we tell you of the extension and the reasons for it within one month of receiving "
        "the request.",
    ),
    "n_rights_fee": Msg(
        fi="Pyyntöjen käsittely on maksutonta. Jos pyyntö on ilmeisen perusteeton tai kohtuuton, "
        "erityisesti jos sitä toistetaan, voimme periä kohtuullisen maksun tai kieltäytyä toimimasta "
        "pyynnön perusteella; kerromme tällöin syyn.",
        sv="Det kostar ingenting att göra en begäran. Om en begäran är uppenbart ogrundad eller orimlig, "
        "särskilt om den upprepas, kan vi ta ut en rimlig avgift eller vägra att tillmötesgå den; vi "
        "meddelar dig i så fall skälet.",
        en="Requests are free of charge. Where a request is manifestly unfounded or excessive, in particular "
        "because it is repeated, we may charge a reasonable fee or refuse to act on it; we will then tell "
        "you why.",
    ),
    "n_objection": Msg(
        fi="Oikeus vastustaa käsittelyä",
        sv="Rätt att invända mot behandlingen",
        en="Right to object",
    ),
    "n_objection_purposes": Msg(
        fi="Tämä koskee seuraavia käsittelyn tarkoituksia: {purposes}.",
        sv="Detta gäller följande ändamål: {purposes}.",
        en="This applies to the following purposes: {purposes}.",
    ),
    "n_withdraw": Msg(
        fi="Suostumuksen peruuttaminen",
        sv="Återkallande av samtycke",
        en="Withdrawing your consent",
    ),
    "n_withdraw_how": Msg(
        fi="Voit peruuttaa suostumuksesi ottamalla meihin yhteyttä (yhteystiedot edellä).",
        sv="Du kan återkalla ditt samtycke genom att kontakta oss (kontaktuppgifterna ovan).",
        en="You can withdraw your consent by contacting us (contact details above).",
    ),
    "n_complaint": Msg(
        fi="Oikeus tehdä valitus valvontaviranomaiselle",
        sv="Rätt att lämna in klagomål till tillsynsmyndigheten",
        en="Right to lodge a complaint with the supervisory authority",
    ),
    "n_complaint_text": Msg(
        fi="Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuojalainsäädäntöä, sinulla on "
        "oikeus tehdä valitus valvontaviranomaiselle. Suomessa valvontaviranomainen on "
        "tietosuojavaltuutetun toimisto.",
        sv="Om du anser att behandlingen av dina personuppgifter strider mot dataskyddslagstiftningen "
        "har du rätt att lämna in ett klagomål till tillsynsmyndigheten. I Finland är "
        "tillsynsmyndigheten dataombudsmannens byrå.",
        en="If you consider that the processing of your personal data infringes data protection law, you "
        "have the right to lodge a complaint with the supervisory authority. In Finland, the "
        "supervisory authority is the Office of the Data Protection Ombudsman.",
    ),
    "n_authority": Msg(
        fi="Tietosuojavaltuutetun toimisto",
        sv="Dataombudsmannens byrå",
        en="Office of the Data Protection Ombudsman",
    ),
    "n_authority_postal": Msg(
        fi="PL 800, 00531 Helsinki",
        sv="PB 800, 00531 Helsingfors",
        en="P.O. Box 800, FI-00531 Helsinki, Finland",
    ),
    "n_authority_web": Msg(
        fi="https://tietosuoja.fi",
        sv="https://tietosuoja.fi/sv",
        en="https://tietosuoja.fi/en",
    ),
    "n_authority_email": Msg.same("tietosuoja@om.fi"),
    "n_no_automated_decisions": Msg(
        fi="Emme tee automaattisia päätöksiä emmekä profiloi sinua henkilötietojesi perusteella.",
        sv="Vi fattar inga automatiserade beslut och profilerar dig inte utifrån dina personuppgifter.",
        en="We make no automated decisions and do not profile you on the basis of your personal data.",
    ),
    "n_cookies": Msg(fi="Evästeet", sv="Kakor", en="Cookies"),
    "n_security": Msg(
        fi="Miten suojaamme tietosi",
        sv="Hur vi skyddar dina uppgifter",
        en="How we protect your data",
    ),
    "n_draft": Msg(
        fi="Luonnos: tätä tietosuojaselostetta ei voi vielä julkaista. Siitä puuttuu {gaps}.",
        sv="Utkast: denna dataskyddsbeskrivning kan ännu inte publiceras. Det saknas {gaps}.",
        en="Draft: this privacy notice cannot be published yet. It lacks {gaps}.",
    ),
    "untranslated_note": Msg(
        fi="Osa teksteistä on vain {language}: {sections}.",
        sv="En del texter finns bara {language}: {sections}.",
        en="Some texts are only {language}: {sections}.",
    ),
    # The record
    "r_controller_section": Msg(fi="Rekisterinpitäjä", sv="Personuppgiftsansvarig", en="Controller"),
    "r_activities": Msg(fi="Käsittelytoimet", sv="Behandlingar", en="Processing activities"),
    "r_count": Msg(fi="Rekistereitä: {count}", sv="Antal register: {count}", en="Registers: {count}"),
    "r_flows": Msg(fi="Tietovirrat", sv="Dataflöden", en="Data flows"),
    "figure_caption": Msg(fi="Tietovirrat: {name}", sv="Dataflöden: {name}", en="Data flows: {name}"),
    "figure_not_in_markdown": Msg(
        fi="Kaavio on saatavilla HTML-, PDF- ja Word-versiossa.",
        sv="Diagrammet finns i HTML-, PDF- och Word-versionen.",
        en="The diagram is included in the HTML, PDF and Word versions.",
    ),
}

# How each language cites GDPR Art. 6(1) point x and Art. 9(2) point x.
ARTICLE_6_1 = Msg(
    fi="tietosuoja-asetuksen 6 artiklan 1 kohdan {point} alakohta",
    sv="artikel 6.1 {point} i dataskyddsförordningen",
    en="GDPR Article 6(1)({point})",
)
ARTICLE_9_2 = Msg(
    fi="tietosuoja-asetuksen 9 artiklan 2 kohdan {point} alakohta",
    sv="artikel 9.2 {point} i dataskyddsförordningen",
    en="GDPR Article 9(2)({point})",
)

# What the basis means for the data subject, in plain words (privacy notice).
LEGAL_BASIS_PLAIN: dict[LegalBasis, Msg] = {
    LegalBasis.CONSENT: Msg(
        fi="olet antanut siihen suostumuksesi",
        sv="du har gett ditt samtycke",
        en="you have given your consent",
    ),
    LegalBasis.CONTRACT: Msg(
        fi="käsittely on tarpeen sopimuksen tekemiseksi tai täyttämiseksi kanssasi",
        sv="behandlingen är nödvändig för att ingå eller fullgöra ett avtal med dig",
        en="processing is needed to enter into or perform a contract with you",
    ),
    LegalBasis.LEGAL_OBLIGATION: Msg(
        fi="laki velvoittaa meitä käsittelemään tietoja",
        sv="lagen förpliktar oss att behandla uppgifterna",
        en="the law requires us to process the data",
    ),
    LegalBasis.VITAL_INTERESTS: Msg(
        fi="käsittely on tarpeen sinun tai toisen henkilön hengen tai terveyden suojaamiseksi",
        sv="behandlingen är nödvändig för att skydda ditt eller någon annans liv eller hälsa",
        en="processing is needed to protect your life or health or someone else's",
    ),
    LegalBasis.PUBLIC_TASK: Msg(
        fi="käsittely on tarpeen yleistä etua koskevan tehtävän hoitamiseksi",
        sv="behandlingen är nödvändig för att utföra en uppgift av allmänt intresse",
        en="processing is needed to carry out a task in the public interest",
    ),
    LegalBasis.LEGITIMATE_INTERESTS: Msg(
        fi="käsittely on tarpeen oikeutetun etumme toteuttamiseksi",
        sv="behandlingen är nödvändig för vårt berättigade intresse",
        en="processing is needed for our legitimate interests",
    ),
}

SPECIAL_CATEGORY = SpecialCategory  # labels live in tietovirta.canonical.labels
HETU_GROUND = HetuGround
SYSTEM_KIND = SystemKind
HOSTING = HostingRegion
MECHANISM = TransferMechanism
PARTY_ROLE = PartyRole
AGREEMENT = AgreementStatus
STATUS = RegisterStatus
RISK_LEVEL: dict[int, Msg] = SCALE  # CNIL scale, LEGAL.md §5: the labels live in tietovirta.risk.scale

_BABEL_UNIT = {
    RetentionUnit.DAYS: "duration-day",
    RetentionUnit.MONTHS: "duration-month",
    RetentionUnit.YEARS: "duration-year",
}


def t(key: str, lang: str, **values: object) -> str:
    """The phrase `key` in `lang`, with {placeholders} filled from `values`."""
    return PHRASES[key].render(lang, **values)


def label(table: dict | type, value: object, lang: str) -> str:
    """The label of an enum value (from canonical.labels) or of a risk level (RISK_LEVEL above)."""
    if isinstance(table, dict):
        return table[value].text(lang)
    return enum_label(value, lang, table)


def fmt_number(value: int | float, lang: str) -> str:
    return format_decimal(value, locale=BABEL_LOCALES[language_or_default(lang)])


def fmt_duration(amount: int, unit: RetentionUnit, lang: str) -> str:
    """E.g. '6 vuotta', '6 år', '6 years'."""
    locale = BABEL_LOCALES[language_or_default(lang)]
    return format_unit(amount, _BABEL_UNIT[unit], length="long", locale=locale)


def legal_basis_label(basis: LegalBasis, lang: str) -> str:
    """E.g. 'sopimus (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta)'."""
    return f"{enum_label(basis, lang, LegalBasis)} ({ARTICLE_6_1.render(lang, point=basis.value)})"


def art9_citation(point: str, lang: str) -> str:
    """E.g. 'työoikeuden tai sosiaaliturvan velvoitteet (tietosuoja-asetuksen 9 artiklan 2 kohdan b
    alakohta)'."""
    condition = ART9_CONDITIONS.get(point)
    text = condition.text(lang) if condition else point
    return f"{text[:1].lower()}{text[1:]} ({ARTICLE_9_2.render(lang, point=point)})"
