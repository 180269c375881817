from django.apps import AppConfig


class BreachesConfig(AppConfig):
    name = "tietovirta.breaches"
    label = "breaches"
    verbose_name = "breaches"
