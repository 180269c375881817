from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "tietovirta.api"
    label = "api"
