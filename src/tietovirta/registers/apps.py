from django.apps import AppConfig


class RegistersConfig(AppConfig):
    name = "tietovirta.registers"
    label = "registers"

    def ready(self):
        from tietovirta.registers import signals

        signals.connect()
