from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "tietovirta.publishing"
    label = "publishing"
