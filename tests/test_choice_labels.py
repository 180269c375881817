"""get_FOO_display through ChoiceLabels (labels made once per language) says what Django's own says."""

import pytest
from django.apps import apps
from django.db import models
from django.utils import translation

from tietovirta.language import LANGUAGES
from tietovirta.organizations.choices import ChoiceLabels


def _choice_fields():
    for model in apps.get_models():
        if issubclass(model, ChoiceLabels):
            for field in model._meta.concrete_fields:
                if field.choices:
                    yield model, field


def test_models_with_choices_use_the_labels_table():
    # Tietovirta's own models with choice fields; the system list and the register page show them.
    names = {model.__name__ for model, _field in _choice_fields()}
    assert {"System", "Party", "Register", "Membership", "Breach", "SubjectRequest"} <= names


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_label_is_the_one_django_gives(lang):
    compared = 0
    with translation.override(lang):
        for model, field in _choice_fields():
            for value, _label in [*field.flatchoices, ("not-a-choice", None)]:
                instance = model(**{field.attname: value})
                ours = getattr(instance, f"get_{field.name}_display")()
                django = models.Model._get_FIELD_display(instance, field)
                assert ours == django, (model.__name__, field.name, value, lang)
                assert type(ours) is type(django)
                compared += 1
    assert compared > 100


def test_the_label_follows_the_active_language():
    from tietovirta.canonical import SystemKind
    from tietovirta.organizations.models import System

    system = System(kind=SystemKind.ACCOUNTING)
    labels = {}
    for lang in LANGUAGES:
        with translation.override(lang):
            labels[lang] = system.get_kind_display()
    assert len(set(labels.values())) == len(LANGUAGES), labels
