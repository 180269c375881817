from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "tietovirta.api"
    label = "api"

    def ready(self):
        from tietovirta.api import answers

        answers.connect()
