"""`{% register_assessments register as summary %}`: the register page's "Riskin arvioinnit" block."""

from django import template
from django.utils.translation import get_language

from tietovirta import risk
from tietovirta.assessments.services import register_assessments

register = template.Library()


@register.simple_tag
def register_assessments_summary(reg, document=None):
    """`document` is the register's canonical document when the page has already built it."""
    lang = (get_language() or "fi")[:2]
    summary = register_assessments(reg, document)
    return {
        "summary": summary,
        "rows": [
            {"assessed": a, "outcome": a.screening.label(lang), "outcome_key": a.screening.outcome.value}
            for a in summary.assessments
        ],
        "suggested": summary.suggested.label(lang),
        "suggested_key": summary.suggested.outcome.value,
        "added": [risk.CRITERIA_BY_ID[i].label.render(lang) for i in summary.change.added],
        "removed": [risk.CRITERIA_BY_ID[i].label.render(lang) for i in summary.change.removed],
    }
