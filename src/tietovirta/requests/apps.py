from django.apps import AppConfig


class RequestsConfig(AppConfig):
    name = "tietovirta.requests"
    label = "requests"
    verbose_name = "data-subject requests"
