"""The bare "hello": Django's request handling and URL resolving only (no middleware, no database)."""

from floor.settings import *  # noqa: F403 (the same secret, hosts and i18n; then less)

INSTALLED_APPS = []
MIDDLEWARE = []
DATABASES = {}
ROOT_URLCONF = "floor.bare_urls"
