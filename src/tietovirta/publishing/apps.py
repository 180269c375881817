from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "tietovirta.publishing"
    label = "publishing"

    def ready(self):
        from tietovirta.publishing import public_cache

        public_cache.connect()  # a change to a register or its notices retires its filed public answers
