"""WSGI entry of the minimal view (bench/minimal_urls.py), for gunicorn in bench_api.py."""

import os

from django.core.wsgi import get_wsgi_application

os.environ["DJANGO_SETTINGS_MODULE"] = "bench.minimal_settings"
application = get_wsgi_application()
