from django.apps import AppConfig


class InstallationConfig(AppConfig):
    name = "tietovirta.installation"
    label = "installation"
