"""Lines → headings and their values → a canonical document with a confidence for every field.

Steps, each a function below:
1. `_tokenize`: every line becomes a heading (matched to a section) or text. Handles "•" bullets,
   numbering, "Heading<TAB>value", inline "Heading: value", headings broken over 2–3 lines, and the
   document's own structure (HTML/Word headings, table cells).
2. `_registers`: titles ("X - tietovirtakuvaus", <h1>) and "Rekisterin nimi" headings start registers;
   the headings inside become segments (heading + value lines).
3. `_repair`: a repeated heading next to its twin is one heading; a heading word standing where a
   value belongs is that value (seed 004's "Käsittelyn oikeusperuste" / "Suostumus").
4. `_map_lost_order`: where a run of headings has no values and one block of text follows (PDF
   extraction, seed 000) the block is cut into pieces and each goes to a heading by its content.
5. `_Builder`: segments → Register / Organization fields, systems and parties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from tietovirta.canonical.schema import (
    AgreementStatus,
    Organization,
    OrganizationDocument,
    Party,
    PartyRole,
    Register,
    System,
)
from tietovirta.canonical.sections import MODIFIED_LABEL, SECTIONS_BY_KEY
from tietovirta.importer import content, headings, values
from tietovirta.importer.headings import HeadingMatch, match_compound, match_heading
from tietovirta.importer.reading import Line
from tietovirta.knowledge.vendors import Vendor, find_vendors


@dataclass(frozen=True)
class FieldResult:
    """One imported value: where it went, how sure the importer is, and the text it came from."""

    register: int | None  # index in document.registers; None for organisation, systems, parties
    field: str  # "purpose_text", "organization.business_id", "systems[0]" …
    value: Any
    confidence: float  # 0..1
    source: str  # the text it was read from (shortened)


# --- 1. lines → tokens -------------------------------------------------------------------------


@dataclass
class _Heading:
    match: HeadingMatch | None  # None: a structural heading the section table does not know
    text: str
    how: str  # "line", "joined", "tab", "inline", "hint"
    also: tuple[str, ...] = ()  # further sections a combined heading names ("Tarkastusoikeus ja …")


@dataclass
class _Title:
    text: str
    name: str


_Token = _Heading | _Title | str

_NAV_NOISE = frozenset(
    {
        "valikko",
        "menu",
        "meny",
        "etusivu",
        "home",
        "hem",
        "takaisin",
        "takaisin ylös",
        "back",
        "back to top",
        "skip to content",
        "siirry sisältöön",
        "hoppa till innehållet",
        "hae",
        "haku",
        "search",
        "sök",
        "kirjaudu",
        "kirjaudu sisään",
        "log in",
        "logga in",
        "sulje",
        "close",
        "stäng",
        "jaa",
        "share",
        "dela",
        "tulosta",
        "print",
        "skriv ut",
        "↑",
        "top",
        "ota yhteyttä",
        "yhteystiedot",
        "kontakt",
        "contact us",
        "in english",
        "på svenska",
        "suomeksi",
        "fi",
        "sv",
        "en",
        "fi | sv | en",
    }
)
_DOC_WORDS = (
    r"tietovirtakuvaus|rekisteri- ja tietosuojaseloste|tietosuojaseloste|rekisteriseloste|tietosuojailmoitus|"
    r"tietosuojakäytäntö|seloste käsittelytoimista|registerbeskrivning|dataskyddsbeskrivning|"
    r"integritetspolicy|dataskyddspolicy|privacy notice|privacy policy|privacy statement|"
    r"record of processing(?: activities)?"
)
_TITLE_SUFFIX = re.compile(rf"^(?P<name>.+?)\s*[-–—:|]\s*(?:{_DOC_WORDS})\.?$", re.IGNORECASE)
_TITLE_PREFIX = re.compile(rf"^(?:{_DOC_WORDS})\s*[-–—:|]\s*(?P<name>.+)$", re.IGNORECASE)
_TITLE_GENITIVE = re.compile(rf"^(?P<name>.+?(?:rekisterin|registrets))\s+(?:{_DOC_WORDS})$", re.IGNORECASE)
_TITLE_FOR = re.compile(rf"^(?:{_DOC_WORDS})\s+(?:för|for|of)\s+(?:the\s+)?(?P<name>.+)$", re.IGNORECASE)
_TITLE_ONLY = re.compile(rf"^(?:.*\s)?(?:{_DOC_WORDS})$", re.IGNORECASE)
_LAW_WORDS = re.compile(
    r"asetu|gdpr|artikl|mukainen|enligt|according|henkilötietolain|dataskyddsförordning", re.I
)
_DATED = re.compile(r"^(\D{3,40}?)\s*:?\s+(\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2})\.?$")
_INLINE = re.compile(r"^\s*([^:\t]{3,70}?)\s*:\s+(\S.*)$")


def _title(text: str) -> _Title | None:
    text = " ".join(text.split())
    if len(text) > 120:
        return None
    for pattern in (_TITLE_SUFFIX, _TITLE_PREFIX, _TITLE_GENITIVE, _TITLE_FOR):
        if match := pattern.match(text):
            name = match.group("name").strip(" .,:-–—|")
            if pattern is _TITLE_GENITIVE:
                name = name[:-1] if name.lower().endswith("rekisterin") else name[:-1] + "t"
            if _LAW_WORDS.search(name):
                name = ""
            return _Title(text, name[:1].upper() + name[1:])
    if _TITLE_ONLY.match(text):
        return _Title(text, "")
    return None


def _could_be_heading(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 12 and len(text) <= 110 and not text.rstrip().endswith((",", ";"))


def _tokenize(lines: list[Line], warnings: list[str]) -> list[_Token]:
    tokens: list[_Token] = []
    noise: list[str] = []
    pending_label = ""
    texts = [line.text for line in lines]
    i = 0
    while i < len(lines):
        line, text = lines[i], lines[i].text
        stripped = text.strip()
        i += 1
        if stripped.casefold() in _NAV_NOISE:
            noise.append(stripped)
            continue
        if line.hint == "title":
            if title := _title(stripped):
                tokens.append(title)
            elif match := match_heading(stripped, hinted=True):
                tokens.append(_Heading(match, stripped, "hint"))  # Word documents use Heading 1 for sections
            else:
                tokens.append(_Title(stripped, stripped))
            continue
        if line.hint in ("heading", "label"):
            match, title = match_heading(stripped, hinted=True), _title(stripped)
            compound = match_compound(stripped) if match is None or match.score < 0.95 else []
            if compound:
                tokens.append(_compound_heading(compound, stripped))
            elif title and title.name and (match is None or match.score < 0.9):
                tokens.append(title)  # "Privacy notice – Customer register" in bold
            elif match:
                tokens.append(_Heading(match, stripped, "hint"))
            elif title:
                tokens.append(title)
            elif line.hint == "heading":
                tokens.append(_Heading(None, stripped, "hint"))
            else:  # an unknown row label ("Y-tunnus") stays with its value: "Y-tunnus: 0166094-0"
                pending_label = stripped
            continue
        if pending_label and stripped:
            tokens.append(f"{pending_label}: {stripped}")
            pending_label = ""
            continue
        if "\t" in text:
            left, _, right = text.partition("\t")
            right = right.strip("\t ")
            if not left.strip():
                tokens.append(right)
            elif match := match_heading(left, hinted=True):
                tokens.append(_Heading(match, left.strip(), "tab"))
                tokens.append(right)
            else:
                tokens.append(" ".join(text.split()))
            continue
        if not stripped:
            tokens.append("")
            continue
        if (title := _title(stripped)) and (title.name or not any(isinstance(t, _Heading) for t in tokens)):
            tokens.append(title)
            continue
        dated = _DATED.match(stripped)
        if dated and (m := match_heading(dated.group(1))) and m.target == headings.MODIFIED:
            tokens.extend([_Heading(m, dated.group(1), "inline"), dated.group(2)])  # "Päivitetty 14.5.2024"
            continue
        heading, used = _line_heading(texts, i - 1)
        # "Henkilötietojen säilytysaika: 30 vrk" is a heading and its value, unless the whole line is
        # a heading itself ("Rekisterin suojauksen periaatteet A: Manuaalinen aineisto").
        whole_line = heading is not None and heading.match is not None and heading.match.score >= 0.95
        if (
            not whole_line
            and (match := _INLINE.match(stripped))
            and (m := match_heading(match.group(1)))
            and m.score >= 0.9
        ):
            tokens.append(_Heading(m, match.group(1), "inline"))
            tokens.append(match.group(2))
            continue
        if heading is not None:
            tokens.append(heading)
            i += used - 1
            continue
        tokens.append(text.rstrip())
    if pending_label:
        tokens.append(pending_label)
    if noise:
        warnings.append(f"Ignored {len(noise)} line(s) of site navigation: {', '.join(sorted(set(noise)))}.")
    return tokens


def _compound_heading(matches: list[HeadingMatch], text: str) -> _Heading:
    return _Heading(matches[0], text, "compound", tuple(m.target for m in matches[1:]))


def _line_heading(texts: list[str], i: int) -> tuple[_Heading | None, int]:
    """A heading starting at line i, possibly broken over up to three lines; and how many lines it used."""
    first = texts[i].strip()
    if not _could_be_heading(first):
        return None, 0
    if i and texts[i - 1].strip() and _LOWER_START.match(first):
        return None, 0  # "analytics" / "cookies." is a wrapped sentence, not the heading "Cookies"
    best: tuple[HeadingMatch, int] | None = None
    parts = [first]
    for n in range(1, 4):
        if n > 1:
            if i + n - 1 >= len(texts):
                break
            nxt = texts[i + n - 1].strip()
            if not nxt or not _could_be_heading(nxt) or len(" ".join(parts)) > 80:
                break
            parts.append(nxt)
        candidate = " ".join(parts)
        if n > 1 and candidate.rstrip().endswith("."):
            break
        match = match_heading(candidate)
        # A continuation must improve the match; a joined heading must be a near-exact label.
        if match and (best is None or match.score > best[0].score) and (n == 1 or match.score >= 0.9):
            best = (match, n)
        if best and best[0].score >= 1.0:
            break
    if best is None:
        compound = match_compound(first) if first[:1].isupper() and len(first.split()) <= 12 else []
        return (_compound_heading(compound, first), 1) if compound else (None, 0)
    if first.endswith("."):  # "Consent." is a one-word value, not the heading "Consent"
        return None, 0
    return _Heading(
        best[0],
        " ".join(texts[k].strip() for k in range(i, i + best[1])),
        "joined" if best[1] > 1 else "line",
    ), best[1]


# --- 2. tokens → registers of segments -------------------------------------------------------


@dataclass
class _Segment:
    heading: _Heading
    lines: list[str] = field(default_factory=list)
    mapped_by_content: bool = False

    @property
    def target(self) -> str | None:
        return self.heading.match.target if self.heading.match else None

    @property
    def empty(self) -> bool:
        return not any(line.strip() for line in self.lines)


# Headings about the organisation and its people: they do not by themselves make a register.
_NOT_REGISTER_SECTIONS = frozenset(
    {None, "controller", "responsible_person", headings.CONTACT_PERSON, headings.DPO, headings.MODIFIED}
)


@dataclass
class _RegisterDraft:
    title: str = ""
    name: str = ""
    preamble: list[str] = field(default_factory=list)  # text before the first heading
    segments: list[_Segment] = field(default_factory=list)

    def has_sections(self) -> bool:
        return any(s.target not in _NOT_REGISTER_SECTIONS for s in self.segments)


def _registers(tokens: list[_Token]) -> list[_RegisterDraft]:
    drafts = [_RegisterDraft()]
    for token in tokens:
        current = drafts[-1]
        if isinstance(token, _Title):
            if current.has_sections() or (current.name and token.name):
                current = _RegisterDraft()
                drafts.append(current)
            current.title = current.title or token.text
            if token.name:
                current.name = token.name
            elif current.preamble and not current.segments:
                # "Asiakasrekisteri" / "Tietovirtakuvaus" on two lines: the name came first.
                candidates = [p for p in current.preamble if p.strip()]
                if len(candidates) == 1 and len(candidates[0].split()) <= 8:
                    current.name = candidates[0].strip(" -–—:|")
                    current.preamble.clear()
            continue
        if isinstance(token, _Heading):
            if token.match and token.match.target == headings.REGISTER_NAME and current.has_sections():
                current = _RegisterDraft()
                drafts.append(current)
            current.segments.append(_Segment(token))
            continue
        if current.segments:
            current.segments[-1].lines.append(token)
        else:
            current.preamble.append(token)
    if len(drafts) > 1 and not drafts[0].segments and not drafts[0].name:
        drafts[1].preamble[:0] = drafts[0].preamble
        drafts.pop(0)
    return drafts


# --- 3. repairs --------------------------------------------------------------------------------


def _repair(draft: _RegisterDraft) -> None:
    segments = draft.segments
    # A heading printed twice in a row ("Tietojärjestelmät" / "Tietojärjestelmät") is one heading.
    merged: list[_Segment] = []
    for segment in segments:
        if merged and merged[-1].empty and segment.target and segment.target == merged[-1].target:
            merged[-1].lines = segment.lines
            continue
        merged.append(segment)
    # A heading word where the previous heading's value belongs, while that heading occurs again later:
    # it is the value ("Käsittelyn oikeusperuste" / "Suostumus" … later "Suostumus" / "Koska …").
    counts: dict[str, int] = {}
    for segment in merged:
        if segment.target:
            counts[segment.target] = counts.get(segment.target, 0) + 1
    repaired: list[_Segment] = []
    for segment in merged:
        previous = repaired[-1] if repaired else None
        if (
            previous is not None
            and previous.empty
            and previous.target
            and segment.target
            and counts.get(segment.target, 0) > 1
            and segment.heading.how in ("line", "hint")
        ):
            counts[segment.target] -= 1
            previous.lines = [segment.heading.text, *segment.lines]
            continue
        repaired.append(segment)
    draft.segments = repaired


# --- 4. values separated from their headings ----------------------------------------------------

_CONTINUES = re.compile(r"^[a-zåäö0-9(]")
_LOWER_START = re.compile(r"^[a-zåäö(]")
_ADDRESS_LINE = re.compile(
    r"^(\d{5}\s+\S|[A-ZÅÄÖ][\w.-]*(katu|tie|kuja|polku|väylä|gatan|vägen)\s+\d|PL\s*\d)"
)


def _pieces(lines: list[str]) -> list[list[str]]:
    """Cut a block of lines where one value can end and the next begin."""
    pieces: list[list[str]] = []
    previous = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            if pieces and pieces[-1]:
                pieces.append([])
            previous = ""
            continue
        is_list_line = len(line.split()) <= 7 and not line.endswith((".", ":"))
        starts_new = (
            not pieces
            or not pieces[-1]
            or (previous.endswith((".", "!", "?")) and not _CONTINUES.match(line))
            or (
                not previous.endswith((",", "-"))
                and not _CONTINUES.match(line)
                and not (is_list_line and _is_list_line(previous))
                and not _ADDRESS_LINE.match(line)
            )
        )
        if starts_new and (not pieces or pieces[-1]):
            pieces.append([])
        pieces[-1].append(line)
        previous = line
    return [p for p in pieces if p]


def _is_list_line(line: str) -> bool:
    return 0 < len(line.split()) <= 7 and not line.endswith((".", ":"))


def _map_lost_order(draft: _RegisterDraft, warnings: list[str]) -> None:
    segments = draft.segments
    longest, run = 0, 0
    for segment in segments:
        run = run + 1 if segment.empty else 0
        longest = max(longest, run)
    if longest < 4:
        return
    placed = 0
    i = 0
    while i < len(segments):
        j = i
        while j < len(segments) and segments[j].empty:
            j += 1
        if j > i and j < len(segments):
            run_segments = [s for s in segments[i : j + 1] if s.target]
            if len(run_segments) >= 2:
                placed += _distribute(run_segments, segments[j].lines)
        i = j + 1
    if placed:
        warnings.append(
            "Headings and values were separated in this file (typical of PDF text extraction); "
            f"{placed} value(s) "
            "were placed under a heading by their content. Please check them."
        )


def _distribute(run: list[_Segment], lines: list[str]) -> int:
    pieces = _pieces(lines)
    targets = [s.target for s in run if s.target]
    by_target = {s.target: s for s in run}
    labels: list[str | None] = []
    for piece in pieces:
        text = " ".join(piece)
        scores = {t: content.score(text, t) for t in targets}
        previous = next((x for x in reversed(labels) if x), None)
        if previous and scores[previous] > 0:
            scores[previous] += 0.5  # values are contiguous: a tie stays with the value before
        best = max(scores, key=lambda t: scores[t])
        labels.append(best if scores[best] > 0 else None)
    # Text without evidence belongs to the value before it.
    for k, label in enumerate(labels):
        if label is None:
            labels[k] = labels[k - 1] if k else next((x for x in labels if x), targets[-1])
    # One heading holds one value: a later, separate piece with the same label goes to the best free heading.
    used: dict[str, int] = {}
    for k, label in enumerate(labels):
        if label in used and used[label] != k - 1 and labels[k - 1] != label:
            text = " ".join(pieces[k])
            free = [t for t in targets if t not in used and t not in labels[k + 1 :]]
            scored = sorted(free, key=lambda t: -content.score(text, t))
            if scored and content.score(text, scored[0]) > 0:
                labels[k] = scored[0]
        used[labels[k]] = k
    for segment in run:
        segment.lines = []
    for piece, label in zip(pieces, labels, strict=True):
        segment = by_target[label]
        if segment.lines:
            segment.lines.append("")
        segment.lines.extend(piece)
        segment.mapped_by_content = True
    return len({label for label in labels})


# --- 5. segments → canonical ---------------------------------------------------------------


def _join(lines: list[str]) -> str:
    """Value text: wrapped lines rejoined, paragraphs and list items kept."""
    out: list[str] = []
    for raw in lines:
        line = _BULLET_CHAR.sub("- ", raw.strip())
        if not line:
            if out and out[-1] != "":
                out.append("")
            continue
        previous = out[-1] if out else ""
        if not previous or line.startswith("- "):
            out.append(line)
        elif previous.endswith(("-", "/")) and line[:1].isalnum():
            out[-1] = previous + line  # "kanta-" + "asiakassovellus", "https://" + "www…"
        elif (
            previous.endswith(",")
            or (_LOWER_START.match(line) and not previous.endswith((".", ":", "!", "?")))
            or (previous[-1].isdigit() and line[0].isdigit() and len(line) <= 5)
        ):
            out[-1] = f"{previous} {line}"
        else:
            out.append(line)
    return values.clean_text("\n".join(out))


_BULLET_CHAR = re.compile(r"^[•·▪◦‣∙]\s+")


_AUTHORITIES = (
    (r"verohallin|verottaja", "Verohallinto"),
    (r"\bkela|kansaneläkelaitos", "Kela"),
    (r"\btulli", "Tulli"),
    (r"tilastokeskus", "Tilastokeskus"),
    (r"työeläke|eläkevakuutusyhtiö", "Työeläkevakuutusyhtiö"),
    (r"ulosotto", "Ulosottolaitos"),
    (r"skatteförvaltning|skatteverket", "Skatteförvaltningen"),
    (r"\bfpa\b", "FPA"),
    (r"tax administration|tax authorit", "Tax Administration"),
    (r"pensionsförsäkring|pension insur", "Pension insurer"),
    (r"\bpoliisi", "Poliisi"),
    (r"\bpolis(en)?\b", "Polisen"),
    (r"\bpolice\b", "Police"),
)
_ACCOUNTING_FIRM = re.compile(
    r"\b([A-ZÅÄÖ][\w-]+\s+[Tt]ilitoimisto|Tilitoimisto\s+[A-ZÅÄÖ][\w-]+(?:\s[A-ZÅÄÖ][\w-]+)?)\b"
)


# Fields where people name the software they use.
_SYSTEM_FIELDS = (
    "systems_text",
    "location_text",
    "processing_location_text",
    "processing_method_text",
    "processors_text",
    "transfers_text",
    "resulting_registers_text",
)


def _vendors_in(text: str) -> list[Vendor]:
    return find_vendors(text, about_systems=True)


class _Builder:
    """Collects fields, systems and parties for one document; records a FieldResult for each."""

    def __init__(self, lang: str, warnings: list[str]) -> None:
        self.lang = lang
        self.warnings = warnings
        self.fields: list[FieldResult] = []
        self.organization: dict[str, Any] = {}
        self.systems: dict[str, System] = {}
        self.parties: dict[str, Party] = {}

    def note(self, register: int | None, name: str, value: Any, confidence: float, source: str) -> None:
        if value in (None, "", [], {}):
            return
        if hasattr(value, "model_dump"):
            value = value.model_dump(mode="json", exclude_defaults=True)
        elif isinstance(value, list):
            value = [
                v.model_dump(mode="json", exclude_defaults=True) if hasattr(v, "model_dump") else str(v)
                for v in value
            ]
        snippet = " ".join(source.split())
        self.fields.append(
            FieldResult(
                register,
                name,
                value,
                round(min(max(confidence, 0.0), 1.0), 2),
                snippet[:160] + ("…" if len(snippet) > 160 else ""),
            )
        )

    # -- per register ------------------------------------------------------------------------

    def register(self, index: int, draft: _RegisterDraft, default_name: str) -> Register:
        data: dict[str, Any] = {}
        unmapped: list[str] = []
        preamble = _join(draft.preamble)
        name = draft.name
        if not name and draft.preamble:
            lines = [p.strip() for p in draft.preamble if p.strip()]
            if len(lines) == 1 and len(lines[0].split()) <= 8 and not lines[0].endswith("."):
                name, preamble = lines[0], ""
        if preamble:
            unmapped.append(preamble)
        for segment in draft.segments:
            text = _join(segment.lines)
            base = segment.heading.match.score if segment.heading.match else 0.0
            confidence = 0.55 if segment.mapped_by_content else base
            target = segment.target
            if target is None or not self._fill(index, target, text, confidence, data, unmapped):
                unmapped.append(f"{segment.heading.text}\n{text}".strip())
            for extra in segment.heading.also:  # a combined heading's text answers each section it names
                self._fill(index, extra, text, confidence * 0.9, data, unmapped)
            if target == headings.REGISTER_NAME and text:
                name = text.split("\n")[0]
        name = name or default_name
        self.note(index, "name", name, 0.9 if draft.name or draft.title else 0.5, draft.title or name)
        if unmapped:
            data["unmapped_text"] = "\n\n".join(unmapped)
            self.note(index, "unmapped_text", data["unmapped_text"], 1.0, data["unmapped_text"])
        self._link_systems(index, data)
        self._link_parties(index, data)
        return Register(name=name, **data)

    def _text(self, index: int, data: dict[str, Any], name: str, text: str, confidence: float) -> None:
        if not text:
            return
        data[name] = f"{data[name]}\n\n{text}" if data.get(name) else text
        self.note(index, name, data[name], confidence, text)

    def _fill(
        self, index: int, target: str, text: str, confidence: float, data: dict[str, Any], unmapped: list[str]
    ) -> bool:
        """Put one segment's text where it belongs; False if the target takes no text here."""
        h = headings
        if target == h.REGISTER_NAME:
            return True
        if target == "controller":
            self._organization(index, text, confidence, unmapped)
            return True
        if target in (h.CONTACT_PERSON, "responsible_person", h.DPO):
            contact = values.parse_contact(text) if text else None
            if contact is None:
                if text:
                    unmapped.append(text)
                return True
            if target == h.DPO:
                self.organization["dpo"] = contact
                self.note(None, "organization.dpo", contact, confidence * 0.9, text)
            else:
                data[target] = contact
                self.note(index, target, contact, confidence * (0.9 if contact.name else 0.7), text)
            return True
        if target == h.MODIFIED:
            if when := values.parse_date(text):
                data["modified_at"] = when
                self.note(index, "modified_at", when.isoformat(), confidence, text)
            elif text:
                unmapped.append(f"{MODIFIED_LABEL.get(self.lang, MODIFIED_LABEL['fi'])}: {text}")
            return True
        if target == h.USE_REFERENCES:
            answer = values.parse_yes_no(text)
            if answer is not None:
                data["use_system_references"] = answer
                self.note(index, "use_system_references", answer, confidence, text)
            elif text:
                self._text(index, data, "systems_text", text, confidence)
            return True
        if target in (h.SECURITY_MANUAL, h.SECURITY_ELECTRONIC):
            self._text(index, data, f"{target}_text", text, confidence)
            return True
        if target == h.DATA_SUBJECTS:
            subjects = values.data_subject_categories(text, self.lang)
            self._add_list(index, data, "data_subject_categories", subjects, confidence * 0.9, text)
            self._text(index, data, "data_collected_text", text, confidence)
            return True
        section = SECTIONS_BY_KEY.get(target)
        if section is None:
            return False
        text_field = next((f for f in section.fields if f.endswith("_text")), None)
        if text_field is None:
            return False
        self._text(index, data, text_field, text, confidence)
        if not text:
            return True
        if target == "sources":
            self._add_list(index, data, "sources", values.split_list(text), confidence * 0.85, text)
        elif target == "legal_basis":
            bases = values.legal_bases(text)
            self._add_list(index, data, "legal_bases", bases, confidence * 0.9, text)
            if not bases:
                self.warnings.append(
                    f"No GDPR Art. 6(1) basis recognised in the legal basis text of register {index + 1}."
                )
        elif target == "data_collected":
            categories = values.data_categories(text)
            if categories:
                data.setdefault("data_categories", []).extend(categories)
                self.note(index, "data_categories", data["data_categories"], confidence * 0.7, text)
            subjects = values.data_subject_categories(text, self.lang)
            self._add_list(index, data, "data_subject_categories", subjects, confidence * 0.6, text)
        elif target == "retention" and "retention_period" not in data:
            if found := values.find_retention(text):
                data.update(
                    retention_period=found.period, retention_unit=found.unit, retention_trigger=found.trigger
                )
                self.note(index, "retention_period", found.period, confidence * 0.85, found.snippet)
                self.note(index, "retention_unit", found.unit.value, confidence * 0.85, found.snippet)
                self.note(index, "retention_trigger", found.trigger, confidence * 0.6, found.snippet)
        elif target == "privacy_notice" and (url := values.URL.search(text)):
            data["privacy_notice_url"] = url.group(0).rstrip(".,")
            self.note(index, "privacy_notice_url", data["privacy_notice_url"], confidence, text)
        return True

    def _add_list(
        self, index: int, data: dict[str, Any], name: str, items: list[Any], confidence: float, source: str
    ) -> None:
        current = data.setdefault(name, [])
        current.extend(item for item in items if item not in current)
        if not current:
            del data[name]
            return
        self.note(index, name, current, confidence, source)

    # -- organisation ------------------------------------------------------------------------

    def _organization(self, index: int, text: str, confidence: float, unmapped: list[str]) -> None:
        if not text:
            return
        info = values.parse_organization(text)
        if self.organization.get("name") and info.name and info.name != self.organization["name"]:
            self.warnings.append(
                f"Register {index + 1} names another controller ('{info.name}'); kept as text."
            )
            unmapped.append(text)
            return
        found = {
            "name": info.name,
            "street_address": info.street_address,
            "postal_code": info.postal_code,
            "city": info.city,
            "country": info.country,
            "email": info.email,
            "phone": info.phone,
            "website": info.website,
        }
        if info.business_id:
            found["business_id"] = info.business_id.value
            if not info.business_id.valid:
                self.warnings.append(
                    f"The Y-tunnus {info.business_id.value} fails its check digit; it was kept "
                    "so it can be corrected."
                )
        for key, value in found.items():
            if value and not self.organization.get(key):
                self.organization[key] = value
                sure = 0.6 if key == "business_id" and not info.business_id.valid else 0.9
                self.note(None, f"organization.{key}", value, confidence * sure, text)
        if info.leftover and info.leftover.strip() != info.name:
            rest = "\n".join(line for line in info.leftover.split("\n") if line.strip() != info.name)
            if rest.strip():
                unmapped.append(rest)

    # -- systems and parties ------------------------------------------------------------------

    def _link_systems(self, index: int, data: dict[str, Any]) -> None:
        text = "\n".join(data.get(f, "") for f in _SYSTEM_FIELDS)
        vendors = _vendors_in(text)
        if not vendors:
            return
        names = []
        for vendor in vendors:
            if vendor.name not in self.systems:
                self.systems[vendor.name] = _system(vendor)
                self.note(None, f"systems[{len(self.systems) - 1}]", vendor.name, 0.8, text)
            names.append(vendor.name)
        data["systems"] = names
        self.note(index, "systems", names, 0.8, text)

    def _link_parties(self, index: int, data: dict[str, Any]) -> None:
        own = self.organization.get("name", "").casefold()
        found: list[tuple[str, PartyRole, str]] = []
        for field_name, role in (
            ("processors_text", PartyRole.PROCESSOR),
            ("disclosures_text", PartyRole.RECIPIENT),
        ):
            text = data.get(field_name, "")
            if not text:
                continue
            for match in values.COMPANY.finditer(text):
                found.append((match.group(1), role, text))
            for match in _ACCOUNTING_FIRM.finditer(text):
                found.append((match.group(1), role, text))
            if role is PartyRole.RECIPIENT:
                for pattern, name in _AUTHORITIES:
                    if re.search(pattern, text, re.IGNORECASE):
                        found.append((name, role, text))
            if role is PartyRole.PROCESSOR:
                for vendor in find_vendors(text):
                    found.append((vendor.name, role, text))
        names: list[str] = []
        for name, role, text in found:
            if name.casefold() == own or name in names:
                continue
            if name not in self.parties:
                vendor = next(iter(find_vendors(name)), None)
                self.parties[name] = Party(
                    name=name,
                    role=role,
                    vendor_country=vendor.country if vendor else "",
                    hosting=vendor.hosting if vendor else Party.model_fields["hosting"].default,
                    hosting_country=vendor.hosting_country if vendor else "",
                )
                self.note(None, f"parties[{len(self.parties) - 1}]", name, 0.7, text)
            names.append(name)
        if names:
            data["parties"] = names
            self.note(index, "parties", names, 0.7, " ".join(t for _, _, t in found))

    def document(self, registers: list[Register]) -> OrganizationDocument:
        return OrganizationDocument(
            organization=Organization(**self.organization),
            systems=list(self.systems.values()),
            parties=list(self.parties.values()),
            registers=registers,
        )


def _system(vendor: Vendor) -> System:
    return System(
        name=vendor.name,
        vendor=vendor.name,
        kind=vendor.kind,
        hosting=vendor.hosting,
        hosting_country=vendor.hosting_country,
        vendor_country=vendor.country,
        processor_agreement=AgreementStatus.UNKNOWN,
    )


_DEFAULT_NAME = {"fi": "Nimetön rekisteri", "sv": "Namnlöst register", "en": "Untitled register"}


def extract(
    lines: list[Line], lang: str, warnings: list[str]
) -> tuple[OrganizationDocument, list[FieldResult]]:
    """The canonical document found in the lines, with a FieldResult for every value set."""
    tokens = _tokenize(lines, warnings)
    drafts = _registers(tokens)
    for draft in drafts:
        _repair(draft)
        _map_lost_order(draft, warnings)
    if not any(s.target for d in drafts for s in d.segments):
        warnings.append(
            "No known headings were found; all text was imported as unmapped text. "
            "Check the register and move the text to the right fields."
        )
    builder = _Builder(lang, warnings)
    default_name = _DEFAULT_NAME.get(lang, _DEFAULT_NAME["fi"])
    registers = [builder.register(i, d, default_name) for i, d in enumerate(drafts)]
    return builder.document(registers), builder.fields
