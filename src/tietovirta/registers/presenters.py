"""What the register page shows under each heading, in the order of canonical/sections.py.

Returns plain values tagged with how to show them; the template escapes everything.
"""

from dataclasses import dataclass, field
from typing import Any

from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from tietovirta.canonical import HetuGround, LegalBasis, RetentionUnit, SpecialCategory
from tietovirta.canonical.labels import art9_label, label
from tietovirta.canonical.sections import SECTIONS, USE_REFERENCES_LABEL, Section
from tietovirta.registers.models import Register

# Download formats of the printable documents, in the order the menus show them.
PRINTABLE_FORMATS = [
    ("pdf", "PDF"),
    ("docx", _("Word (DOCX)")),
    ("md", "Markdown"),
    ("html", _("Printable web page (HTML)")),
]


@dataclass
class Row:
    label: str
    kind: str  # text | list | contact | categories | catalogue | yesno
    value: Any

    @property
    def empty(self) -> bool:
        # A yes/no is a setting (the references switch), not content: it never fills a section.
        return self.kind == "yesno" or self.value in (None, "", [], {})


@dataclass
class SectionView:
    section: Section
    title: str
    rows: list[Row]
    findings: list = field(default_factory=list)
    # Content that is not in the rows: risk assessments, or the controller's details of the organisation.
    has_other_content: bool = False

    @property
    def worst(self) -> str:
        """Severity of the worst finding that still counts ("" when none), for the table of contents."""
        open_findings = [f.severity for f in self.findings if not f.accepted]
        return min(open_findings, key=lambda s: s.rank).value if open_findings else ""

    @property
    def empty(self) -> bool:
        """Whether the section has nothing filled in: the one answer the table of contents and the
        section's own "Not filled in" both show."""
        return not self.has_other_content and all(row.empty for row in self.rows)


def _field_label(name: str) -> str:
    # capfirst, not str.capitalize: that would write "eu:n tai eta:n" and "(tsl 29 §)".
    return capfirst(str(Register._meta.get_field(name).verbose_name))


def _retention(register: Register, lang: str) -> str:
    if register.retention_period is None:
        return ""
    unit = label(register.retention_unit, lang, RetentionUnit) if register.retention_unit else ""
    return " ".join(
        str(part) for part in (register.retention_period, unit, register.retention_trigger) if part
    )


def _purpose(purpose: dict, lang: str) -> dict:
    basis, condition = purpose.get("legal_basis"), purpose.get("special_condition")
    return {
        "purpose": purpose["purpose"],
        "basis": f"6(1)({basis}) {capfirst(label(basis, lang, LegalBasis))}" if basis else "",
        "condition": art9_label(condition, lang) if condition else "",
        "interest": purpose.get("interest") or "",
        "direct_marketing": purpose.get("direct_marketing", False),
    }


def _rows(register: Register, section: Section, lang: str) -> list[Row]:
    rows: list[Row] = []
    for name in section.fields:
        value = getattr(register, name) if name not in ("systems", "parties", "risk_assessments") else None
        if name == "legal_bases":
            rows.append(
                Row(
                    _field_label(name),
                    "list",
                    [f"6(1)({b}) {capfirst(label(b, lang, LegalBasis))}" for b in value],
                )
            )
        elif name == "purposes":
            rows.append(Row(_field_label(name), "purposes", [_purpose(p, lang) for p in value]))
        elif name == "special_category_conditions":
            rows.append(Row(_field_label(name), "list", [art9_label(p, lang) for p in value]))
        elif name == "hetu_ground":
            rows.append(
                Row(_field_label(name), "text", capfirst(label(value, lang, HetuGround)) if value else "")
            )
        elif name == "use_system_references":
            rows.append(Row(USE_REFERENCES_LABEL[lang], "yesno", value))
        elif name == "systems":
            if register.use_system_references:
                rows.append(Row(_field_label(name), "catalogue", list(register.systems.all())))
        elif name == "parties":
            rows.append(Row(_field_label(name), "catalogue", list(register.parties.all())))
        elif name == "data_categories":
            rows.append(
                Row(
                    _field_label(name),
                    "categories",
                    [
                        {
                            **c,
                            "special_label": label(c["special_category"], lang, SpecialCategory)
                            if c.get("special_category")
                            else "",
                        }
                        for c in value
                    ],
                )
            )
        elif name == "retention_period":
            rows.append(Row(_field_label(name), "text", _retention(register, lang)))
        elif name in ("retention_unit", "retention_trigger", "risk_assessments"):
            continue  # shown with the period / on the assessment pages
        elif name in ("contact_person", "responsible_person"):
            rows.append(Row(_field_label(name), "contact", value))
        elif isinstance(value, list):
            rows.append(Row(_field_label(name), "list", value))
        else:
            rows.append(Row(_field_label(name), "text", value))
    return rows


def _other_content(register: Register, key: str) -> bool:
    if key == "risk":
        return bool(register.risk_assessments.all())
    if key == "controller":  # the organisation's name and address are shown there
        return bool(register.organization.name)
    return False


def register_sections(register: Register, findings: dict[str, list] | None = None) -> list[SectionView]:
    lang = (get_language() or "fi")[:2]
    findings = findings or {}
    return [
        SectionView(
            s,
            s.label(lang),
            _rows(register, s, lang),
            findings.get(s.key, []),
            has_other_content=_other_content(register, s.key),
        )
        for s in SECTIONS
    ]
