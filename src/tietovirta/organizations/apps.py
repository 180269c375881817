from django.apps import AppConfig


class OrganizationsConfig(AppConfig):
    name = "tietovirta.organizations"
    label = "organizations"
