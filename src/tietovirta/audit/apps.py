from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "tietovirta.audit"
    label = "audit"

    def ready(self):
        from tietovirta.audit import signals  # noqa: F401  (connects the login signals)
