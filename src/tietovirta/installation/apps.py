from django.apps import AppConfig


class InstallationConfig(AppConfig):
    name = "tietovirta.installation"
    label = "installation"

    def ready(self):
        from tietovirta import stale_plans

        stale_plans.connect()
