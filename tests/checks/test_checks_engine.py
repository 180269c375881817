"""The engine: the catalogue, messages in three languages, ordering, accepted risks, the score."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from checks_support import LANGS, TODAY, as_doc, complete, findings, minimal
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tietovirta.analysis.facts import RegisterFacts
from tietovirta.checks import Problem, Severity, engine, run_checks, score
from tietovirta.checks.engine import Finding
from tietovirta.checks.messages import Msg

# The stable ids of LEGAL.md §7, in the order the rule modules register them, with their severities.
CATALOGUE = {
    "controller-missing": "E",
    "business-id-invalid": "E",
    "placeholder-text": "E",
    "html-markup": "W",
    "purpose-missing": "E",
    "legal-basis-missing": "E",
    "legal-basis-multiple": "W",
    "consent-withdrawal-missing": "E",
    "consent-basis-contradiction": "E",
    "consent-employees": "W",
    "legitimate-interest-undescribed": "E",
    "public-authority-legitimate-interest": "E",
    "subjects-missing": "E",
    "data-categories-missing": "E",
    "special-category-condition-missing": "E",
    "criminal-data-basis-missing": "E",
    "hetu-ground-missing": "E",
    "hetu-misuse": "W",
    "child-consent": "W",
    "retention-missing": "E",
    "retention-vague": "W",
    "accounting-retention-hint": "I",
    "processor-agreement-missing": "E",
    "recipients-missing": "E",
    "transfer-mechanism-missing": "E",
    "dpf-unverified": "W",
    "privacy-shield": "E",
    "security-missing": "W",
    "responsible-person-missing": "I",
    "dpo-missing": "W",
    "dpia-missing": "E",
    "indirect-collection-notice": "W",
    "profiling-undisclosed": "W",
    "email-marketing-consent": "W",
    "privacy-notice-missing": "W",
    "review-overdue": "I",
    # Added for issue 19 (registered after the existing modules, so after review-overdue).
    "controller-contact-missing": "E",
    "notice-item-missing": "E",
    "access-request-formalities": "W",
    "translation-missing": "E",
    "direct-marketing-objection-missing": "E",
    "cookies-undescribed": "W",
    "retention-below-accounting-act": "W",
    "contract-basis-third-party": "W",
    "third-party-data-notice": "W",
    "employee-camera-surveillance": "W",
    "employee-third-party-source": "W",
    "employee-health-data": "E",
    "personality-test-consent": "W",
}
SEVERITY = {"E": Severity.ERROR, "W": Severity.WARNING, "I": Severity.INFO}

# A register with many problems at once, to see messages of many rules.
BROKEN = minimal(
    "Rekisterinpitäjän tiedot",
    legal_basis_text="Suostumus",
    consent_text="Koska käsittelyperuste on sopimuksellinen, ei suostumusta tarvita.",
    data_collected_text="Nimi, hetu ja <b>laskutusosoite</b>.",
    systems_text="Uutiskirje Mailchimp",
    retention_text="Niin kauan kuin on tarpeen.",
    modified_at="2023-01-01T00:00:00",
)


def test_the_catalogue_is_complete_in_order_with_its_severities() -> None:
    rules = engine.all_rules()
    assert list(rules) == list(CATALOGUE)
    assert {r.id: r.severity for r in rules.values()} == {k: SEVERITY[v] for k, v in CATALOGUE.items()}


def test_every_rule_has_a_hint_and_a_reference_in_three_languages() -> None:
    for r in engine.all_rules().values():
        hints = {lang: r.hint.render(lang) for lang in LANGS}
        assert all(hints.values()) and len(set(hints.values())) == 3, r.id
        assert r.ref, r.id


def test_findings_are_rendered_in_each_language(lang: str) -> None:
    found = findings(BROKEN, lang)
    assert len({f.rule for f in found}) >= 8
    for f in found:
        assert f.message and f.hint and f.legal_ref, f.rule
        assert "{" not in f.message + f.hint, f.rule
    other = "en" if lang != "en" else "fi"
    assert [f.message for f in found] != [f.message for f in findings(BROKEN, other)]


def test_messages_interpolate_the_concrete_values() -> None:
    found = {f.rule: f for f in findings(BROKEN, "en")}
    assert "Mailchimp" in found["transfer-mechanism-missing"].message
    assert "“Rekisterinpitäjän tiedot”" in found["controller-missing"].message
    assert "<b>" in found["html-markup"].message
    assert "1 Jan 2023" in found["review-overdue"].message


def test_findings_are_sorted_worst_first_organisation_before_registers() -> None:
    found = findings(BROKEN)
    ranks = [(f.severity.rank, -1 if f.register_index is None else f.register_index) for f in found]
    assert ranks == sorted(ranks)
    assert found[0].register is None and found[0].rule == "controller-missing"
    assert found[-1].severity is Severity.INFO


def test_register_findings_name_their_register_and_fields_are_canonical() -> None:
    found = findings(BROKEN)
    hetu = next(f for f in found if f.rule == "hetu-ground-missing")
    assert (hetu.register, hetu.register_index, hetu.field) == ("Asiakasrekisteri", 0, "hetu_ground")
    controller = next(f for f in found if f.rule == "controller-missing")
    assert (controller.register, controller.register_index, controller.field) == (
        None,
        None,
        "organization.name",
    )


def test_accepted_findings_are_marked_sorted_last_and_not_scored() -> None:
    doc = as_doc(BROKEN)
    before = run_checks(doc, today=TODAY)
    key = ("hetu-ground-missing", 0, "hetu_ground")
    after = run_checks(doc, today=TODAY, accepted={key})
    accepted = [f for f in after if f.accepted]
    assert [f.key for f in accepted] == [key]
    assert after[-1].key == key
    assert score(after, 1).counts[Severity.ERROR] == score(before, 1).counts[Severity.ERROR] - 1
    assert score(after, 1).accepted == 1


def test_score() -> None:
    doc = complete("fi")
    doc["registers"].append({**doc["registers"][0], "name": "Toinen", "purpose_text": ""})
    found = findings(doc)
    assert [(f.rule, f.register_index) for f in found] == [("purpose-missing", 1)]
    result = score(found, registers=2)
    assert result.value == 90  # (100 + (100 - 20)) / 2
    assert result.counts == {Severity.ERROR: 1, Severity.WARNING: 0, Severity.INFO: 0}
    assert score([], registers=3).value == 100
    doc["organization"]["name"] = ""
    # The organisation's own part (100 - 20) is scored beside its registers: (100 + 80 + 80) / 3.
    assert score(findings(doc), registers=2).value == 87


def test_the_score_of_an_organisation_is_between_its_registers_and_its_own_part() -> None:
    # Many problems in the catalogue do not sink a register that scores 90 to 0 …
    register = [_finding("purpose-missing", Severity.WARNING, 0), _finding("x", Severity.WARNING, 0)]
    catalogue = [_finding("dpf-unverified", Severity.ERROR, None) for _ in range(13)]
    assert score(register, registers=1).value == 90
    assert score(register + catalogue, registers=1).value == 45  # (90 + 0) / 2
    # … and an organisation with no registers has documented nothing.
    assert score([], registers=0).value == 0


def _finding(rule: str, severity: Severity, index: int | None) -> Finding:
    return Finding(rule, severity, None if index is None else "R", index, "field", "message", "hint", "ref")


def test_to_dict_has_the_json_keys() -> None:
    row = findings(BROKEN)[0].to_dict()
    assert {"rule", "severity", "register", "field", "message", "hint", "legal_ref"} <= set(row)
    assert row["severity"] == "error"


def test_a_new_rule_is_one_decorated_function(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "RULES", dict(engine.all_rules()))

    @engine.rule(
        "test-description-missing",
        Severity.INFO,
        ref="GDPR 30",
        hint=Msg("Kuvaa rekisteri.", "Beskriv registret.", "Describe the register."),
    )
    def description_missing(ctx: RegisterFacts) -> Iterator[Problem]:
        if not ctx.register.description:
            yield Problem("description", Msg("Kuvaus puuttuu.", "Beskrivning saknas.", "No description."))

    found = [f for f in findings(BROKEN, "sv") if f.rule == "test-description-missing"]
    assert [(f.message, f.hint, f.field) for f in found] == [
        ("Beskrivning saknas.", "Beskriv registret.", "description")
    ]
    with pytest.raises(ValueError, match="defined twice"):
        engine.rule("test-description-missing", Severity.INFO, ref="", hint=Msg("", "", ""))(
            description_missing
        )


_prose = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    fields=st.fixed_dictionaries(
        {
            k: _prose
            for k in (
                "legal_basis_text",
                "consent_text",
                "data_collected_text",
                "retention_text",
                "systems_text",
                "transfers_text",
                "security_text",
                "processors_text",
                "purpose_text",
            )
        }
    ),
    name=_prose,
)
def test_any_text_is_checked_without_crashing(fields: dict[str, str], name: str) -> None:
    found = findings(minimal(name, **fields))
    assert all(f.rule in CATALOGUE and f.message for f in found)
