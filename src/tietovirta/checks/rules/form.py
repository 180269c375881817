"""Text a reader should never see: template text and HTML left in any field (GDPR 12(1): clear
and plain language)."""

from __future__ import annotations

from collections.abc import Iterator

from tietovirta.analysis import text
from tietovirta.analysis.facts import DocumentFacts, RegisterFacts, is_value_field
from tietovirta.checks.engine import Problem, RegisterPart, Severity, rule
from tietovirta.checks.messages import Msg, field_label


def _register_texts(ctx: RegisterFacts) -> list[tuple[int, str, str]]:
    return [(ctx.index, field, value) for field, value in ctx.own_text_fields()]


def _placeholders_in_register(ctx: RegisterFacts) -> RegisterPart:
    return RegisterPart(list(_placeholders(_register_texts(ctx))))


@rule(
    "placeholder-text", Severity.ERROR, ref="GDPR 12(1)", per_register=False,
    hint=Msg(
        fi="Korvaa mallipohjan teksti todellisilla tiedoilla.",
        sv="Ersätt malltexten med de verkliga uppgifterna.",
        en="Replace the template text with the real details.",
    ),
    register_part=_placeholders_in_register,
)
def placeholder_text(ctx: DocumentFacts, registers: list) -> Iterator[Problem]:
    return _placeholders(ctx.text_fields())


def _placeholders(texts) -> Iterator[Problem]:
    for index, field, value in texts:
        if found := text.placeholder(value, value_field=is_value_field(field)):
            yield Problem(field, Msg(
                fi="Kohdassa ”{label}” on mallipohjan tekstiä: ”{text}”.",
                sv="I fältet ”{label}” finns malltext: ”{text}”.",
                en="The field “{label}” contains template text: “{text}”.",
            ), {"label": field_label(field), "text": text.excerpt(found)}, register_index=index)


def _markup_in_register(ctx: RegisterFacts) -> RegisterPart:
    return RegisterPart(list(_markup(_register_texts(ctx))))


@rule(
    "html-markup", Severity.WARNING, ref="GDPR 12(1)", per_register=False,
    hint=Msg(
        fi="Poista HTML-merkinnät ja kirjoita teksti tavallisina kappaleina.",
        sv="Ta bort HTML-koden och skriv texten som vanliga stycken.",
        en="Remove the markup and write the text as plain paragraphs.",
    ),
    register_part=_markup_in_register,
)
def html_markup(ctx: DocumentFacts, registers: list) -> Iterator[Problem]:
    return _markup(ctx.text_fields())


def _markup(texts) -> Iterator[Problem]:
    for index, field, value in texts:
        if markup := text.html_markup(value):
            yield Problem(field, Msg(
                fi="Kohdassa ”{label}” on HTML-koodia (”{markup}”), joka näkyisi sellaisenaan selosteessa.",
                sv="I fältet ”{label}” finns HTML-kod (”{markup}”) som skulle synas som sådan i "
                   "beskrivningen.",
                en="The field “{label}” contains HTML markup (“{markup}”) that would show as it is in the "
                   "notice.",
            ), {"label": field_label(field), "markup": text.excerpt(markup, 40)}, register_index=index)
