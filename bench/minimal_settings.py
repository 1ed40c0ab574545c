"""Settings for the minimal hand-written view (the ceiling of this stack in bench_api.py).

The product's settings (same database, same connection options), with only the
minimal URLconf and the bare middleware: what is left is Django, the ORM and JSON.
Never used by the product.
"""

from factcheck.settings import *  # noqa: F403

ROOT_URLCONF = "bench.minimal_urls"
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
