import os

from django.core.wsgi import get_wsgi_application

from tietovirta.runtime import tune_garbage_collector

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tietovirta.settings")
application = get_wsgi_application()
tune_garbage_collector()
