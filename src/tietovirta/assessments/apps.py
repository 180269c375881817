from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "tietovirta.assessments"
    label = "assessments"
