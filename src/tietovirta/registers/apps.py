from django.apps import AppConfig


class RegistersConfig(AppConfig):
    name = "tietovirta.registers"
    label = "registers"
