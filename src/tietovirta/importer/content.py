"""Which section a piece of text belongs to, judged by its words alone.

Needed where a PDF's text extraction lost the pairing of headings and values: all headings come
first and the values follow in a different order (seed 000). Each section has a profile of
word stems that its values typically contain; a piece of text scores against the sections whose
headings were seen, and the best-scoring free section takes it.
"""

from __future__ import annotations

import re

from tietovirta.importer import values
from tietovirta.knowledge.vendors import find_vendors

_PROFILES: dict[str, tuple[tuple[str, float], ...]] = {
    "sources": (
        (r"\blomak|\bformulär|\bform\b", 1.5),
        (r"\btapaami|\bmöte|\bmeeting", 1.5),
        (r"\bpuhelin\b|\bpuhelimitse|\btelefon\b|\bphone\b", 1.0),
        (r"\bmessu|\bmässa|\bfair", 1.5),
        (r"\bkoulutu|\butbildning|\btraining", 1.0),
        (r"\bsuosituk|\barvon|\bkilpailu", 1.5),
        (r"\bsaadaan|\bkerätään|\bfås|\bsamlas in|\bcollected from|\blähtee|\bkälla|\bsource", 2.0),
        (r"\bsähköposti\b|\be-post\b|\bemail\b", 0.5),
    ),
    "legal_basis": (
        (r"\bperuste\b|\bgrund\b|\bbasis\b", 2.0),
        (r"sopimuksellinen|oikeutettu etu|berättigat intresse|legitimate interest", 3.0),
    ),
    "consent": ((r"\bsuostumu|\bsamtyck|\bconsent", 2.0),),
    "consent_withdrawal": ((r"peruutta|peruuttaa|återkalla|withdraw", 3.0),),
    "systems": (
        (
            r"järjestelm|ohjelm|\bsystem|\bsoftware|\bCRM\b|\bERP\b|\badmin\b|\bexcel|kalenter|"
            r"\bkansio|\bpalvelin\b|sähköpostijärjestelmä|verkkosivut\b",
            1.0,
        ),
    ),
    "data_collected": (
        (r"\bnimi\b|\bnimet\b|\bnamn\b|\bname\b", 1.5),
        (r"puhelinnumero|telefonnummer|phone number|osoite|adress|address|syntymä|födelse|birth", 1.5),
        (r"henkilötunnu|\bhetu\b", 2.0),
        (r"yhteyshenkilön|yhteystied|kontaktuppgift", 1.0),
    ),
    "location": (
        (
            r"konesal|palvelime|datacenter|datacent|servrar|server|pilvi|\bcloud\b|ETA|\bEU\b|EEA|Suomessa|"
            r"i Finland|\bin Finland",
            1.5,
        ),
        (r"\btoimitilo|\blokaler|\bpremises", 0.5),
    ),
    "processing_location": (
        (r"\btoimitilo|\blokaler|\bpremises|\bmobiili|\bmatkapuhelim|\betätyö|\bdistans", 1.5),
    ),
    "purpose": (
        (r"miseksi\b|mista varten|\bför att\b|\bin order to\b|tarkoitu|ändamål|purpose", 2.0),
        (r"ylläpit|hoitami|hallinnoi|tuottami|markkinoin|marknadsför|marketing", 1.0),
    ),
    "processing_method": (
        (r"sähköisesti|manuaalisesti|siirtämällä|elektroniskt|manuellt|electronically|manually", 2.0),
        (r"toimesta|ohjeiden mukaisesti|instruktioner|instructions", 1.5),
    ),
    "resulting_registers": (
        (r"rekisteri\b|rekisteri,|register\b|registret\b", 1.0),
        (r"\w+rekisteri\b", 1.5),
    ),
    "controller": (
        (r"\b(Oy|Oyj|Ab|AB|Ltd|Ky)\b", 2.0),
        (r"\b\d{5}\s+[A-ZÅÄÖ]", 2.0),
        (r"\d{7}-\d", 2.0),
        (r"(katu|tie|gatan|vägen|street)\s+\d", 2.0),
    ),
    "processors": (
        (r"henkilöstö|ulkoistu|kumppan|käsittelij|tilitoimisto|personal\b|biträde|processor|partner", 1.5),
        (r"pääsy|tillgång|access to", 1.0),
    ),
    "disclosures": ((r"luovut|utlämna|disclos|share", 2.0),),
    "transfers": (
        (r"EU:n|ETA:n|EU- tai ETA|ulkopuolelle|utanför|outside the (EU|EEA)|kolmansiin maihin|tredje", 2.0),
    ),
    "retention": (
        (r"säilyt|poistet|poistami|hävite|lagr|rader|retain|retention|delete|erase", 2.0),
        (r"kirjanpi|bokföring|accounting", 1.0),
        (r"\d+\s*(vuo|år|year|kk|kuukau|month)", 2.0),
    ),
    "security": (
        (
            r"salasan|palomuur|lukitu|lukitt|suoja|salattu|salatulla|lösenord|brandvägg|låst|password|"
            r"firewall|locked|encrypt|käyttäjätunnu|vaitiolo|tietoturva|kulunvalvon|valvotaan",
            1.5,
        ),
    ),
    "cookies": ((r"eväste|kakor|cookie", 3.0),),
    "access_right": ((r"tarkast|insyn|access to (your|their)|granska", 2.0),),
    "rectification": ((r"korja|oikais|rättel|rectif|correct", 2.0),),
    "other_rights": ((r"kieltää|vastustaa|invända|object to|oikeus|rätt att|right to", 1.0),),
    "privacy_notice": ((r"tietosuojaselost|dataskyddsbeskrivning|privacy notice|seloste", 3.0),),
    "risk": ((r"\briski|\brisk", 2.0),),
}


def score(text: str, target: str) -> float:
    """How strongly `text` reads like the values of `target` (0 = no evidence)."""
    # Each distinct word found counts, so three security words beat one stray retention word.
    total = sum(
        weight * len({m.group(0).casefold() for m in re.finditer(pattern, text, re.IGNORECASE)})
        for pattern, weight in _PROFILES.get(target, ())
    )
    if target in ("responsible_person", "contact_person") and values.looks_like_name(text.strip()):
        total += 4.0
    if target in ("location", "systems"):
        vendors = find_vendors(text)
        # A list of vendor names reads as where the data is (the seeds' "Sijainti" lists service providers).
        total += len(vendors) * (1.2 if target == "location" else 0.8)
    return total
