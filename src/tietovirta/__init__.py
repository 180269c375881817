"""Tietovirta: GDPR documentation kept as structured data."""

__version__ = "0.1.0"
