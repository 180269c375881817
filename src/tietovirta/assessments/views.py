"""The assessment pages: create (re-do), edit a draft, sign off, read, download."""

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from tietovirta import canonical as c
from tietovirta import risk
from tietovirta.assessments import services
from tietovirta.assessments.forms import AssessmentForm, RiskForm, RiskFormSet, ScreeningForm, SignForm
from tietovirta.assessments.models import RiskAssessment
from tietovirta.audit.log import record_download
from tietovirta.canonical_forms import describe, show_errors
from tietovirta.interchange import register_document
from tietovirta.language import LANGUAGES, format_date
from tietovirta.organizations.access import organization_view
from tietovirta.publishing.responses import document_response
from tietovirta.registers.models import Register
from tietovirta.registers.presenters import PRINTABLE_FORMATS

DOCUMENT_FORMATS = {"pdf", "docx", "md", "html"}


def _lang_now() -> str:
    return (get_language() or "fi")[:2]


def _assessment(organization, register_id, assessment_id) -> RiskAssessment:
    return get_object_or_404(
        RiskAssessment.objects.select_related("register"),
        register__organization=organization,
        register_id=register_id,
        pk=assessment_id,
    )


def _detail_url(row: RiskAssessment) -> str:
    return reverse(
        "assessment",
        kwargs={
            "org_id": row.register.organization_id,
            "register_id": row.register_id,
            "assessment_id": row.pk,
        },
    )


@organization_view(edit=True)
@require_POST
def assessment_new(request, organization, register_id):
    """A new assessment of the register: the latest one counts, the earlier ones stay as history."""
    register = get_object_or_404(Register, organization=organization, pk=register_id)
    today = timezone.localdate()
    with transaction.atomic():
        row = services.new_assessment(
            register,
            title=_("Risk assessment %(date)s") % {"date": format_date(today, get_language())},
            lang=_lang_now(),
        )
    messages.success(
        request, _("Answers were suggested from the register. Check each one and rate the risks.")
    )
    return redirect("assessment_edit", org_id=organization.pk, register_id=register.pk, assessment_id=row.pk)


@organization_view()
@require_GET
def assessment_detail(request, organization, register_id, assessment_id):
    row = _assessment(organization, register_id, assessment_id)
    summary = services.register_assessments(row.register)
    assessed = next(a for a in summary.assessments if a.row.pk == row.pk)
    lang = _lang_now()
    item = assessed.item
    risks = [
        {
            "number": number,
            "item": r,
            "level": risk.risk_level(r.severity, r.likelihood),
            "residual": risk.residual(r),
            "residual_level": risk.residual_level(r),
        }
        for number, r in enumerate(item.risks, start=1)
    ]
    return render(
        request,
        "assessments/assessment_detail.html",
        {
            "organization": organization,
            "register": row.register,
            "assessment": row,
            "assessed": assessed,
            "summary": summary,
            "lang": lang,
            "reasons": assessed.screening.explain(lang),
            "outcome_label": assessed.screening.label(lang),
            "answers": [
                {
                    "criterion": cr,
                    "question": cr.question.render(lang),
                    "ref": cr.ref.render(lang),
                    "answer": item.screening.answers.get(cr.id),
                }
                for cr in risk.CRITERIA
            ],
            "risks": risks,
            "level_labels": {lvl.value: risk.LEVEL_LABEL[lvl].render(lang) for lvl in risk.RiskLevel},
            "scale_labels": {v: risk.scale_label(v, lang) for v in risk.LEVELS},
            "matrix": mark_safe(risk.matrix.to_svg(item.risks, lang)),  # built from escaped text only
            "problems": [
                p.render(lang) for p in risk.sign_off_problems(item, [cr.id for cr in risk.CRITERIA])
            ],
            "sign_form": SignForm(
                initial={
                    "signed_by": request.user.get_full_name() or request.user.email,
                    "signed_on": timezone.localdate(),
                }
            ),
            "history": row.history.select_related("history_user").order_by("-history_date")[:20],
            "document_formats": [(f, name) for f, name in PRINTABLE_FORMATS if f in DOCUMENT_FORMATS],
        },
    )


@organization_view(edit=True)
def assessment_edit(request, organization, register_id, assessment_id):
    row = _assessment(organization, register_id, assessment_id)
    item = services.to_canonical(row)
    if risk.is_signed(item):
        messages.error(request, _("A signed assessment cannot be changed. Start a new assessment instead."))
        return redirect(_detail_url(row))
    lang = _lang_now()
    data = request.POST if request.method == "POST" else None
    form = AssessmentForm(data, instance=row)
    screening_form = ScreeningForm(data, lang=lang, screening=item.screening)
    formset = RiskFormSet(
        data,
        prefix="risk",
        initial=[RiskForm.initial_from(r) for r in item.risks],
        form_kwargs={"lang": lang},
    )
    if request.method == "POST" and form.is_valid() and screening_form.is_valid() and formset.is_valid():
        fingerprint, _shown = services.current_fingerprint(row.register)
        updated = item.model_copy(
            update={
                "title": form.cleaned_data["title"],
                "assessed_on": form.cleaned_data["assessed_on"],
                "conclusion": form.cleaned_data["conclusion"],
                "screening": item.screening.model_copy(
                    update={
                        "answers": screening_form.answers(),
                        "notes": screening_form.cleaned_data["notes"],
                        "fingerprint": fingerprint,  # answered against what the register shows now
                    }
                ),
                "risks": [r for f in formset if (r := f.to_risk()) is not None],
            }
        )
        try:
            with transaction.atomic():
                services.save_assessment(row, updated)
        except c.DocumentError as exc:
            _show_assessment_errors(exc, form, screening_form, formset)
        else:
            messages.success(request, _("Assessment saved."))
            if "add_risk" in request.POST:
                return redirect(request.path + "#risks")
            return redirect(_detail_url(row))
    summary = services.register_assessments(row.register)
    document = register_document(row.register)
    security = services.security_measures(document.registers[0])
    return render(
        request,
        "assessments/assessment_edit.html",
        {
            "organization": organization,
            "register": row.register,
            "assessment": row,
            "form": form,
            "screening_form": screening_form,
            "questions": [
                {
                    "criterion": cr,
                    "field": screening_form.question(cr.id),
                    "ref": cr.ref.render(lang),
                    "evidence": summary.evidence.get(cr.id),
                    "source": risk.SOURCE_LABEL[cr.source].render(lang),
                }
                for cr in risk.CRITERIA
            ],
            "formset": formset,
            "security": security,
            "scale_labels": [(v, risk.scale_label(v, lang)) for v in risk.LEVELS],
        },
    )


def _show_assessment_errors(error: c.DocumentError, form, screening_form, formset) -> None:
    """The canonical validation's refusals on the field they concern: `risks[i].…` on that risk's row,
    `screening.notes` on the screening notes, the rest on the assessment's own form."""
    for path, english, kind, values in error.entries():
        single = c.DocumentError([(path, english, kind, values)])
        head = path.partition(".")[0]
        if head.startswith("risks[") and head[6:-1].isdigit() and int(head[6:-1]) < len(formset.forms):
            show_errors(formset.forms[int(head[6:-1])], single.relative_to(head))
        elif head == "screening":
            show_errors(screening_form, single.relative_to("screening"))
        else:
            show_errors(form, single)


@organization_view(edit=True)
@require_POST
def assessment_sign(request, organization, register_id, assessment_id):
    row = _assessment(organization, register_id, assessment_id)
    item = services.to_canonical(row)
    if risk.is_signed(item):
        messages.error(request, _("This assessment is already signed off."))
        return redirect(_detail_url(row))
    problems = risk.sign_off_problems(item, [cr.id for cr in risk.CRITERIA])
    form = SignForm(request.POST)
    if problems:
        for problem in problems:
            messages.error(request, problem.render(_lang_now()))
    elif not form.is_valid():
        messages.error(request, _("Give the name of the person signing off and the date."))
    else:
        try:
            with transaction.atomic():
                services.sign(row, **form.cleaned_data)
        except c.DocumentError as exc:
            for text in describe(exc, RiskAssessment):
                messages.error(request, text)
        else:
            messages.success(request, _("Assessment signed off. It can no longer be changed."))
    return redirect(_detail_url(row))


@organization_view()
@require_GET
def assessment_document(request, organization, register_id, assessment_id, fmt):
    row = _assessment(organization, register_id, assessment_id)
    if fmt not in DOCUMENT_FORMATS:
        raise Http404
    lang = request.GET.get("lang") if request.GET.get("lang") in LANGUAGES else _lang_now()
    response = document_response(
        register_document(row.register), kind="riskiarvio", fmt=fmt, lang=lang, register=0,
        name=f"{row.register.name}-{row.pk}", assessment=services.document_index(row),
    )
    if response.status_code == 200:
        record_download(request, organization, f"{row.register.name}: riskiarvio.{fmt}")
    return response
