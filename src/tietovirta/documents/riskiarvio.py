"""The risk assessment of one register (riskiarvio): the DPIA screening with its reasons, the risks
with their ratings and measures, the risk matrix, and the conclusion with its sign-off.

The blocks for one assessment are also what the tietovirtakuvaus prints under "Riskin arvioinnit".
"""

from __future__ import annotations

from tietovirta import risk
from tietovirta.canonical.schema import OrganizationDocument, Risk, RiskAssessment
from tietovirta.documents.common import field, or_missing, paragraphs, register_at
from tietovirta.documents.model import (
    Block,
    Chart,
    Field,
    Fields,
    Paragraph,
    RenderedDocument,
    Section,
    Table,
)
from tietovirta.documents.phrases import fmt_date, t


def _rating(severity: int | None, likelihood: int | None, lang: str) -> str:
    level = risk.risk_level(severity, likelihood)
    if level is None:
        return ""
    return f"{risk.LEVEL_LABEL[level].render(lang)} ({severity} × {likelihood})"


def _level(value: int | None, lang: str) -> str:
    return risk.scale_label(value, lang) if value else ""


def _planned(item: Risk, lang: str) -> str:
    if not item.planned_measures.strip():
        return ""
    who = t("owner_due", lang, owner=item.owner or "–", due=fmt_date(item.due_date, lang) or "–")
    return f"{item.planned_measures}\n{who}"


def screening_summary(assessment: RiskAssessment, lang: str) -> str:
    """E.g. "Vaikutustenarviointia ei tarvita (1 / 2 kriteeriä täyttyy)"."""
    answers = assessment.screening.answers
    outcome = risk.evaluate(answers).label(lang)
    if not answers:
        return outcome
    return f"{outcome} ({t('screening_result', lang, met=sum(answers.values()), answered=len(answers))})"


def signed_text(assessment: RiskAssessment, lang: str) -> str:
    return ", ".join(filter(None, (assessment.signed_by, fmt_date(assessment.signed_on, lang))))


def risks_table(risks: list[Risk], lang: str) -> Table:
    """The risks with their ratings, measures (planned ones with owner and due date) and residual risk."""
    return Table(
        (t("risk", lang), t("severity", lang), t("likelihood", lang), t("risk_level", lang),
         t("existing_measures", lang), t("planned_measures", lang), t("residual", lang)),
        tuple(
            (f"R{n} {r.title}" + (f"\n{r.description}" if r.description else ""),
             _level(r.severity, lang), _level(r.likelihood, lang), _rating(r.severity, r.likelihood, lang),
             r.existing_measures, _planned(r, lang), _rating(*risk.residual(r), lang))
            for n, r in enumerate(risks, start=1)
        ),
    )


def matrix_chart(risks: list[Risk], lang: str) -> Chart:
    cells = risk.matrix.placement(risks)
    rows = tuple(
        (risk.scale_label(severity, lang),
         *(risk.matrix.cell_text(cells.get((severity, likelihood), [])) for likelihood in risk.LEVELS))
        for severity in reversed(risk.LEVELS)
    )
    columns = (f"{t('severity', lang)} \\ {t('likelihood', lang)}",
               *(risk.scale_label(v, lang) for v in risk.LEVELS))
    return Chart(
        svg=risk.matrix.to_svg(risks, lang, title=t("risk_matrix", lang)),
        draw_png=lambda: risk.matrix.to_png(risks, lang),
        caption=f"{t('risk_matrix', lang)}. {t('risk_matrix_key', lang)}",
        table=Table(columns, rows),
    )


def assessment_blocks(assessment: RiskAssessment, lang: str, *, in_force: bool, picture: bool) -> list[Block]:
    """One assessment as printed in the tietovirtakuvaus."""
    rows = [
        Field(t("risk_assessment", lang), assessment.title or t("risk_assessment", lang)),
        field(t("assessed_on", lang), fmt_date(assessment.assessed_on, lang), lang),
        Field(t("screening", lang), screening_summary(assessment, lang)),
    ]
    if assessment.screening.notes:
        rows.append(Field(t("description", lang), assessment.screening.notes))
    rows.append(field(t("conclusion", lang), assessment.conclusion, lang))
    rows.append(field(t("signed_by", lang), signed_text(assessment, lang), lang))
    if in_force:
        rows.append(Field(t("assessment_status", lang), t("assessment_in_force", lang)))
    blocks: list[Block] = [Fields(tuple(rows))]
    if assessment.risks:
        blocks.append(risks_table(assessment.risks, lang))
        if picture:
            blocks.append(matrix_chart(assessment.risks, lang))
    return blocks


def build_risk_assessment(
    doc: OrganizationDocument, register: int, lang: str, assessment: int | None = None
) -> RenderedDocument:
    """The assessment at index `assessment` of the register (the one in force when None)."""
    r = register_at(doc, register)
    index = risk.latest_index(r.risk_assessments) if assessment is None else assessment
    if index is None or not 0 <= index < len(r.risk_assessments):
        raise IndexError(f"the register '{r.name}' has no risk assessment at index {assessment}")
    a = r.risk_assessments[index]
    result = risk.evaluate(a.screening.answers)
    signed = risk.is_signed(a)

    def answer(criterion_id: str) -> str:
        value = a.screening.answers.get(criterion_id)
        return t("not_answered", lang) if value is None else t("yes" if value else "no", lang)

    screening: list[Block] = [Paragraph(result.label(lang))]
    screening += [Paragraph(reason, style="note") for reason in result.explain(lang)]
    screening.append(Table(
        (t("criterion", lang), t("source", lang), t("answer", lang)),
        tuple((c.question.render(lang), c.ref.render(lang), answer(c.id)) for c in risk.CRITERIA),
    ))
    screening += paragraphs(a.screening.notes)
    risk_blocks: list[Block] = []
    if a.risks:
        risk_blocks = [risks_table(a.risks, lang), matrix_chart(a.risks, lang)]
    conclusion = or_missing(paragraphs(a.conclusion), lang)
    conclusion.append(Fields((
        field(t("signed_by", lang), a.signed_by, lang),
        field(t("date", lang), fmt_date(a.signed_on, lang), lang),
    )))
    return RenderedDocument(
        kind="riskiarvio",
        lang=lang,
        title=f"{r.name}: {a.title}" if a.title else r.name,
        doc_type=t("risk_assessment", lang),
        organization=doc.organization.name,
        meta=(
            Field(t("register", lang), r.name),
            field(t("assessed_on", lang), fmt_date(a.assessed_on, lang), lang),
            Field(t("assessment_status", lang),
                  t("assessment_signed" if signed else "assessment_draft", lang)),
        ),
        sections=[
            Section(t("screening", lang), screening, "screening"),
            Section(t("risk", lang) if len(a.risks) == 1 else t("risks", lang), or_missing(risk_blocks, lang),
                    "risks"),
            Section(t("conclusion", lang), conclusion, "conclusion"),
        ],
    )
