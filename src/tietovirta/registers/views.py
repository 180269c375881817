import copy

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tietovirta import canonical as c
from tietovirta.audit.log import record
from tietovirta.audit.models import Event
from tietovirta.breaches.services import register_breaches
from tietovirta.canonical.translations import missing_by_language
from tietovirta.canonical_forms import canonical_values, describe, show_errors
from tietovirta.demo.templates import template as template_in
from tietovirta.demo.templates import template_titles
from tietovirta.documents import notice_paths, notices_shared
from tietovirta.flows import graphviz_available
from tietovirta.fragments import cached_fragments, health_row, register_revision
from tietovirta.interchange import (
    edit_register,
    organization_register,
    register_document,
    register_to_canonical,
    register_with_relations,
    save_register,
)
from tietovirta.language import IN_LANGUAGE, LOCALES, format_date, language_or_default
from tietovirta.organizations.access import organization_view
from tietovirta.organizations.forms import CONTACT_PARTS
from tietovirta.publishing.services import readiness
from tietovirta.registers import history
from tietovirta.registers.findings import (
    by_section,
    fix_targets,
    register_concerns,
    register_document_kept,
    shown,
)
from tietovirta.registers.forms import (
    EDITABLE_SECTIONS,
    AcceptFindingForm,
    DataCategoryFormSet,
    NewRegisterForm,
    PurposeFormSet,
    TranslationForm,
    data_categories_from,
    purposes_from,
    section_form_class,
)
from tietovirta.registers.models import Register
from tietovirta.registers.presenters import PRINTABLE_FORMATS, register_sections


def _register(organization, register_id) -> Register:
    return get_object_or_404(
        Register.objects.prefetch_related("systems", "parties", "risk_assessments"),
        organization=organization,
        pk=register_id,
    )


def _save(request, register: Register, item: c.Register | None = None, **changes) -> bool:
    """Write `item` (else the stored register with `changes`) through the canonical validation, as
    any edit; a refusal is shown as messages in the interface language, and nothing is written."""
    try:
        if item is None:
            edit_register(register, changes, editor=request.user)
        else:
            save_register(register, item, editor=request.user)
    except c.DocumentError as exc:
        for text in describe(exc, Register):
            messages.error(request, text)
        return False
    return True


@organization_view(edit=True)
def register_new(request, organization):
    form = NewRegisterForm(
        request.POST or None, template_choices=template_titles((get_language() or "fi")[:2])
    )
    if request.method == "POST" and form.is_valid():
        template = template_in(form.cleaned_data["template"], get_language()) or c.Register(name="-")
        item = template.model_copy(
            update={"name": form.cleaned_data["name"], "modified_at": None, "status": c.RegisterStatus.DRAFT}
        )
        register = Register(organization=organization, position=organization.registers.count())
        try:
            save_register(register, item, editor=request.user)
        except c.DocumentError as exc:
            show_errors(form, exc)
        else:
            messages.success(request, _("Register created. Fill in each section; empty ones are marked."))
            return redirect("register", org_id=organization.pk, register_id=register.pk)
    return render(request, "registers/register_new.html", {"organization": organization, "form": form})


@organization_view()
def register_detail(request, organization, register_id):
    page = cached_fragments(
        request,
        f"register:{register_id}",
        {
            "title": "registers/register_detail_title.html",
            "top": "registers/register_detail_top.html",
            "bottom": "registers/register_detail_bottom.html",
        },
        lambda: _register_page(organization, register_id),
        revision=register_revision(organization, register_id),  # not raised by the other registers' edits
    )
    breaches = register_breaches(organization.pk, register_id)
    return render(
        request,
        "registers/register_detail.html",
        {"organization": organization, "page": page, "breaches": breaches},
    )


def _register_page(organization, register_id) -> dict:
    """What the register page's cached parts show (fragments.py): built only when they are not cached."""
    register = get_object_or_404(
        Register.objects.prefetch_related("systems", "parties", "risk_assessments"),
        organization=organization,
        pk=register_id,
    )
    register.organization = organization  # read by the page; already loaded by the access check
    # The organisation and its catalogue as kept under the generation the page's key was read with.
    document = register_document_kept(register, health_row(organization))
    targets = fix_targets(organization, [register.pk])
    with notices_shared():  # the translation check and the readiness read one notice
        findings = by_section(shown(register_concerns(document), targets, document))
        state = readiness(document)
    ui = language_or_default(get_language())
    in_notice = state.printed
    return {
        "organization": organization,
        "register": register,
        "register_doc": document,
        "publishing": [
            {
                "lang": lang,
                "name": LOCALES[lang].name,
                "ready": not gaps,
                "gaps": list(dict.fromkeys(gap.message.render(ui) for gap in gaps)),
            }
            for lang, gaps in state.gaps.items()
        ],
        "register_in_language": IN_LANGUAGE[register.language].text(ui),
        "translations": [
            {
                "lang": lang,
                "name": LOCALES[lang].name,
                "missing": list(missing.values()).count("missing"),
                "outdated": list(missing.values()).count("outdated"),
                "in_notice": len(in_notice & set(missing)),
            }
            for lang, missing in missing_by_language(document.registers[0]).items()
        ],
        "sections": register_sections(register, findings),
        "basics_findings": findings.get("basics", []),
        "register_documents": [
            ("tietovirtakuvaus", _("Data-flow description")),
            ("tietosuojaseloste", _("Privacy notice")),
        ],
        "document_formats": PRINTABLE_FORMATS,
        # A section's edit form is at edit_prefix + its key + edit_suffix: reversed once for all sections.
        **dict(
            zip(("edit_prefix", "edit_suffix"), _section_url(organization, register).split(_KEY), strict=True)
        ),
        "diagram_available": graphviz_available(),
    }


_KEY = "section-key"  # stands for a section's key in `_section_url` (no section has it)


def _section_url(organization, register) -> str:
    return reverse(
        "register_edit", kwargs={"org_id": organization.pk, "register_id": register.pk, "section_key": _KEY}
    )


@organization_view(edit=True)
def register_edit(request, organization, register_id, section_key):
    section = EDITABLE_SECTIONS.get(section_key)
    if section is None:
        raise Http404
    offer = _contact_offer(section, organization)
    if request.method != "POST" or (offer and "fill_contact" in request.POST):
        # The form reads the relations it shows itself.
        register = organization_register(organization.pk, register_id)
        form, formset = _section_forms(request, section, register, organization, offer)
        return _edit_page(request, organization, register, section, form, formset, offer)
    # A save reads the register once: locked until the write ends, with what the write reads of it.
    with transaction.atomic():
        stored = register_with_relations(organization.pk, register_id, lock=True)
        # Binding a form writes into its instance; the edit compares the form's values with `stored`.
        register = copy.copy(stored)
        form, formset = _section_forms(request, section, register, organization, offer)
        if form.is_valid() and (formset is None or formset.is_valid()):
            if form.cleaned_data["based_on_revision"] not in (None, stored.revision):
                return _conflict(request, organization, stored, section, form, formset)
            stored.organization = organization  # read by the access check
            # The form parses; the canonical register decides what may be stored, as for the API.
            values = canonical_values(form, form._meta.fields)
            if formset is not None and "data_categories" in section.fields:
                values["data_categories"] = data_categories_from(formset)
            elif formset is not None:
                # Each purpose's basis becomes a basis of the register (the canonical validator).
                values["purposes"] = purposes_from(formset)
            try:
                edit_register(stored, values, editor=request.user)  # nothing written if refused
            except c.DocumentError as exc:
                show_errors(form, exc)
            else:
                label = section.label((get_language() or "fi")[:2])
                messages.success(request, _("Saved: %(section)s") % {"section": label})
                return redirect(
                    reverse("register", kwargs={"org_id": organization.pk, "register_id": register.pk})
                    + f"#{section.key}"
                )
    return _edit_page(request, organization, register, section, form, formset, offer)


def _section_forms(request, section, register, organization, offer):
    """The section's form and its rows' formset (None if it has none), bound to the POST if there is one;
    with the organisation's contact person put in the person field when the user asked for it."""
    data = request.POST or None
    if data is not None and offer and "fill_contact" in data:
        # One click puts the organisation's contact person in the field; the user checks and saves.
        data = data.copy()
        for index, part in enumerate(CONTACT_PARTS):
            data[f"{offer['field']}_{index}"] = offer["contact"].get(part, "")
        messages.info(request, _("The organisation's contact person was filled in. Check it and save."))
        form = section_form_class(section)(data, instance=register, organization=organization)
        formset = DataCategoryFormSet(data, prefix="cat") if "data_categories" in section.fields else None
        return form, formset
    form = section_form_class(section)(data, instance=register, organization=organization)
    formset = None
    if "data_categories" in section.fields:
        formset = DataCategoryFormSet(data, prefix="cat", initial=register.data_categories)
    elif "purposes" in section.fields and (data is None or "purpose-TOTAL_FORMS" in data):
        # A post without the purpose rows (a script, an older form) changes the prose and keeps the purposes.
        initial = [{key: value or "" for key, value in p.items()} for p in register.purposes]
        formset = PurposeFormSet(data, prefix="purpose", initial=initial)
    return form, formset


def _edit_page(request, organization, register, section, form, formset, offer):
    return render(
        request,
        "registers/register_edit.html",
        {
            "organization": organization,
            "register": register,
            "section": section,
            "form": form,
            "formset": formset,
            "title": section.label((get_language() or "fi")[:2]),
            "contact_offer": offer,
        },
    )


def _contact_offer(section, organization) -> dict | None:
    """The organisation's contact person, offered for the section's person field when it has one."""
    contact = organization.contact_person or {}
    field = next((f for f in ("responsible_person", "contact_person") if f in section.fields), None)
    if field is None or not (contact.get("name") or contact.get("email")):
        return None
    return {"field": field, "contact": contact}


@organization_view(edit=True)
def register_translations(request, organization, register_id, lang):
    """The register's texts in another language, each beside its original; saved with the text each
    translates, so a later change to the original shows the translation as out of date."""
    register = get_object_or_404(
        Register.objects.prefetch_related("systems", "parties", "risk_assessments"),
        organization=organization,
        pk=register_id,
    )
    if lang not in LOCALES or lang == register.language:
        raise Http404
    ui = language_or_default(get_language())
    in_notice = notice_paths(register_document(register), 0)
    form = TranslationForm(request.POST or None, register=register, lang=lang, in_notice=in_notice)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                stored = (
                    Register.objects.select_for_update()
                    .prefetch_related("systems", "parties", "risk_assessments")
                    .get(pk=register.pk)
                )
                if form.cleaned_data["based_on_revision"] not in (None, stored.revision):
                    messages.error(
                        request,
                        _(
                            "Someone saved the register while you were translating. Your "
                            "translations were not saved; the form now shows the register "
                            "as it is."
                        ),
                    )
                    return redirect(
                        "register_translations", org_id=organization.pk, register_id=register.pk, lang=lang
                    )
                # Through the one write path: the same validation as every other edit.
                stored.organization = organization  # read by the access check
                edit_register(stored, {"translations": form.translations()}, editor=request.user)
        except c.DocumentError as exc:
            show_errors(form, exc)
        else:
            messages.success(request, _("Translations saved."))
            url = reverse("register", kwargs={"org_id": organization.pk, "register_id": register.pk})
            return redirect(url + "#translations")
    return render(
        request,
        "registers/register_translations.html",
        {
            "organization": organization,
            "register": register,
            "form": form,
            "lang": lang,
            "language_name": LOCALES[lang].name,
            "in_language": IN_LANGUAGE[lang].text(ui),
            "original_in": IN_LANGUAGE[register.language].text(ui),
        },
    )


def _conflict(request, organization, stored, section, form, formset):
    """Someone saved the register after this user opened the form: show both versions to merge."""
    stored_rows = {view.section.key: view.rows for view in register_sections(stored)}.get(section.key, [])
    latest = stored.history.select_related("history_user").order_by("-history_id").first()
    lang = (get_language() or "fi")[:2]
    # The user's values stay in the form; resubmitting it now saves over the stored revision.
    data = request.POST.copy()
    data["based_on_revision"] = str(stored.revision)
    unsaved = Register.objects.get(pk=stored.pk)  # binding a form writes into its instance
    merge_form = section_form_class(section)(data, instance=unsaved, organization=organization)
    merge_form.is_valid()
    return render(
        request,
        "registers/register_conflict.html",
        {
            "organization": organization,
            "register": stored,
            "section": section,
            "title": section.label(lang),
            "form": merge_form,
            "formset": formset,
            "stored_rows": stored_rows,
            "stored_by": latest.history_user if latest else None,
            "stored_at": stored.modified_at,
        },
        status=409,
    )


@organization_view(edit=True)
@require_POST
def register_clone(request, organization, register_id):
    source = _register(organization, register_id)
    item = register_to_canonical(source)
    item = item.model_copy(
        update={
            "name": _("%(name)s (copy)") % {"name": source.name},
            "modified_at": None,
            "revision": None,
            "reviewed_on": None,
            "accepted_findings": [],
            "status": c.RegisterStatus.DRAFT,
            # The copy's assessments are its own drafts: new identities, no signatures.
            "risk_assessments": [a.model_copy(update={"uuid": None}) for a in item.risk_assessments],
        }
    )
    clone = Register(organization=organization, position=organization.registers.count())
    if not _save(request, clone, item):
        return redirect("register", org_id=organization.pk, register_id=source.pk)
    messages.success(request, _("Copy created. It is a draft until you publish it."))
    return redirect("register", org_id=organization.pk, register_id=clone.pk)


@organization_view(edit=True)
@require_POST
def register_status(request, organization, register_id):
    register = _register(organization, register_id)
    new_status = request.POST.get("status")
    # Archive and restore; publishing has its own button (publishing/services.py).
    if new_status not in (c.RegisterStatus.DRAFT, c.RegisterStatus.ARCHIVED):
        raise Http404
    if not _save(request, register, status=new_status):
        return redirect("register", org_id=organization.pk, register_id=register.pk)
    if new_status == c.RegisterStatus.ARCHIVED:
        record(Event.DELETION, request=request, organization=organization, target=register.name, soft=True)
    notes = {
        c.RegisterStatus.ARCHIVED: _("Register archived. You can restore it from the organisation page."),
        c.RegisterStatus.DRAFT: _("Register restored as a draft."),
    }
    messages.success(request, notes[c.RegisterStatus(new_status)])
    return redirect("register", org_id=organization.pk, register_id=register.pk)


@organization_view(edit=True)
@require_POST
def finding_accept(request, organization, register_id):
    """Accept a finding as a risk, with a reason (kept in the register's history and export)."""
    register = _register(organization, register_id)
    form = AcceptFindingForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give a reason for accepting the risk."))
    else:
        rule, field_name = form.cleaned_data["rule"], form.cleaned_data["field"]
        kept = [a for a in register.accepted_findings if (a["rule"], a["field"]) != (rule, field_name)]
        # Who accepted it and when are stamped by the write itself (interchange.save_register).
        accepted = {"rule": rule, "field": field_name, "reason": form.cleaned_data["reason"]}
        if _save(request, register, accepted_findings=[*kept, accepted]):
            messages.success(request, _("The finding is marked as an accepted risk."))
    return _back_to(request, organization, register)


def _back_to(request, organization, register):
    """The register page, or the page of this register the form came from (e.g. the publishing check)."""
    register_url = reverse("register", kwargs={"org_id": organization.pk, "register_id": register.pk})
    asked = request.POST.get("next", "")
    if asked.startswith(register_url) and url_has_allowed_host_and_scheme(asked, allowed_hosts=None):
        return redirect(asked)
    return redirect(register_url)


@organization_view(edit=True)
@require_POST
def finding_reopen(request, organization, register_id):
    register = _register(organization, register_id)
    rule, field_name = request.POST.get("rule", ""), request.POST.get("field", "")
    kept = [a for a in register.accepted_findings if (a["rule"], a["field"]) != (rule, field_name)]
    if _save(request, register, accepted_findings=kept):
        messages.success(request, _("The finding counts again."))
    return _back_to(request, organization, register)


@organization_view()
def register_history(request, organization, register_id):
    register = _register(organization, register_id)
    all_versions = history.versions(register)
    records = {v.number: v.record for v in all_versions}
    compared = None
    first, second = request.GET.get("a", ""), request.GET.get("b", "")
    if first.isdigit() and second.isdigit() and int(first) in records and int(second) in records:
        older, newer = sorted((records[int(first)], records[int(second)]), key=lambda r: r.history_id)
        ordinals = {v.number: v.ordinal for v in all_versions}
        compared = {
            "older": ordinals[older.history_id],
            "newer": ordinals[newer.history_id],
            "changes": history.diff(older, newer),
        }
    return render(
        request,
        "registers/history.html",
        {"organization": organization, "register": register, "versions": all_versions, "compared": compared},
    )


@organization_view(edit=True)
@require_POST
def register_restore(request, organization, register_id):
    register = _register(organization, register_id)
    record = get_object_or_404(register.history.all(), history_id=request.POST.get("version") or 0)
    try:
        number = history.restore(register, record, editor=request.user)
    except c.DocumentError as exc:
        messages.error(request, _("This version cannot be restored as it is:"))
        for text in describe(exc, Register):
            messages.error(request, text)
    else:
        messages.success(request, _("Version %(number)s restored as a new version.") % {"number": number})
    return redirect(
        reverse("register_history", kwargs={"org_id": organization.pk, "register_id": register.pk})
    )


@organization_view(edit=True)
@require_POST
def register_reviewed(request, organization, register_id):
    """ "Reviewed, no changes": recorded in the history without touching the content or "Muokattu"."""
    register = _register(organization, register_id)
    register.reviewed_on = timezone.localdate()
    register._change_reason = "reviewed, no changes"
    register.save(touch=False)
    messages.success(
        request,
        _("Marked as reviewed. The next review is due on %(date)s.")
        % {"date": format_date(register.review_due, get_language())},
    )
    return redirect(reverse("register", kwargs={"org_id": organization.pk, "register_id": register.pk}))


@organization_view(owner=True)
@require_POST
def register_delete(request, organization, register_id):
    """Permanent deletion: owners only, of an archived register, after typing its name."""
    register = _register(organization, register_id)
    if register.is_active:
        messages.error(request, _("Archive the register first; only an archived register can be deleted."))
    elif request.POST.get("confirm_name", "").strip() != register.name:
        messages.error(request, _("The name you typed does not match; nothing was deleted."))
    else:
        name = register.name
        register.delete()
        record(Event.PERMANENT_DELETION, request=request, organization=organization, target=name)
        messages.success(request, _("The register “%(name)s” was deleted permanently.") % {"name": name})
        return redirect(reverse("organization", kwargs={"org_id": organization.pk}))
    return redirect(reverse("register", kwargs={"org_id": organization.pk, "register_id": register.pk}))
