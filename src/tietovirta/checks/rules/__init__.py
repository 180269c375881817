"""The rules, one module per area. Importing this package registers every rule with the engine.

The import order is the order of the catalogue in LEGAL.md §7: it orders rules in listings and
findings of equal weight, so it is kept by hand.
"""

# isort: off
from tietovirta.checks.rules import controller, form, basis, data, retention  # noqa: F401
from tietovirta.checks.rules import recipients, security, notice  # noqa: F401
from tietovirta.checks.rules import notice_items, marketing, accounting, third_parties  # noqa: F401
from tietovirta.checks.rules import employment  # noqa: F401
# isort: on
