from django.apps import AppConfig


class ImportsConfig(AppConfig):
    name = "tietovirta.imports"
    label = "imports"
