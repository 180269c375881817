from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "tietovirta.accounts"
    label = "accounts"

    def ready(self):
        from tietovirta.accounts import signals  # noqa: F401  (records each login's session)
