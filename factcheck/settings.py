"""Settings for the fact-tracking API.

Zero configuration gives a working local install: an SQLite file under var/,
DEBUG off, and a secret key generated once into var/. Everything that differs
in production (database, secrets, hosts, HTTPS) comes from the environment.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from factcheck.env import env_bool, env_int, env_list, secret_key

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("FACTCHECK_VAR_DIR", BASE_DIR / "var"))

DEBUG = env_bool("DEBUG", False)
PRODUCTION = env_bool("PRODUCTION", False)
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("DEBUG must be off when PRODUCTION is true")

if PRODUCTION and len(os.environ.get("SECRET_KEY", "")) < 50:
    raise ImproperlyConfigured("PRODUCTION needs SECRET_KEY set to 50 or more random characters")
SECRET_KEY = secret_key(VAR_DIR)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "quotes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "factcheck.middleware.LoginThrottleMiddleware",
]

ROOT_URLCONF = "factcheck.urls"
WSGI_APPLICATION = "factcheck.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# "So one can just check out the code and run it": SQLite under var/ unless
# DATABASE_URL names another database. Persistent connections for PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("CONN_MAX_AGE", 600),
        conn_health_checks=True,
    )
}
if os.environ.get("TEST_DATABASE_NAME"):
    # Lets two test runs share one PostgreSQL server without colliding.
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DATABASE_NAME"]}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {"timeout": 30}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
FIXTURE_DIRS = [BASE_DIR / "fixtures"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns on a missing root
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# The admin path can be moved away from the well-known /admin/.
ADMIN_PATH = env_list("ADMIN_PATH", ["admin"])[0].strip("/") + "/"

# Importer limits: a crawler can hand us anything, so refuse oversized files early.
IMPORT_MAX_BYTES = env_int("IMPORT_MAX_BYTES", 5 * 1024 * 1024)
# CPU seconds the quote extraction may spend on one article before the import reports it
# as an error and goes on with the next (0: no limit). Extraction is linear in the text.
EXTRACTION_SECONDS = env_int("EXTRACTION_SECONDS", 30)

REST_FRAMEWORK = {
    # Token first, so an anonymous write gets 401 with a WWW-Authenticate header.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["quotes.api.permissions.StaffWithModelPermissions"],
    # Ordering lives in each FilterSet, so a bad `ordering` is a 400 like any bad filter.
    # django-filter's backend, refusing a parameter the list does not take (quotes.api.filtering).
    "DEFAULT_FILTER_BACKENDS": ["quotes.api.filtering.KnownParametersFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "quotes.api.pagination.Pagination",
    # CSV is added on the quote and claim lists only (quotes.api.mixins.CSVListMixin).
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "quotes.api.throttles.SignedInRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": os.environ.get("THROTTLE_ANON", "120/minute"),
        "user": os.environ.get("THROTTLE_USER", "1200/minute"),
        "login": os.environ.get("THROTTLE_LOGIN", "10/minute"),
    },
    # Proxies in front of us whose X-Forwarded-For entry is trusted; with 0 the throttles
    # key on the connecting address, so a client cannot pick its own key with a header.
    "NUM_PROXIES": env_int("TRUSTED_PROXIES", 0),
    "EXCEPTION_HANDLER": "quotes.api.errors.exception_handler",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Fact-tracking API",
    "DESCRIPTION": "Quotes, speakers and the claims they make, cross-referenced across sources.",
    "VERSION": "0.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI from the pinned drf-spectacular-sidecar package, not a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "QuoteKindEnum": "quotes.choices.QuoteKind",
        "SpeakerKindEnum": "quotes.choices.SpeakerKind",
        "LinkStatusEnum": "quotes.choices.LinkStatus",
        "LinkDecisionEnum": "quotes.api.serializers.LINK_DECISIONS",
        "ImportJobStateEnum": "quotes.models.jobs.ImportJob.State",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "quotes.api.schema.add_error_responses",
        "quotes.api.schema.refuse_nul_characters",
        "quotes.api.schema.accept_empty_values",
    ],
}

# Throttle counters must be shared by every worker, or each limit is multiplied by
# their number: Redis when REDIS_URL names one, else a table in the database
# (created by a migration and by `manage.py createcachetable`), written one statement a
# set (factcheck/cache.py).
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "factcheck.cache.UpsertDatabaseCache",
            "LOCATION": "factcheck_cache",
        }
    }

# Scale-out ingestion (factcheck/celery.py, quotes/tasks.py). With a broker, `import_sources
# --queue` and POST /api/sources/ enqueue jobs for `celery -A factcheck worker` on any machine;
# without one (the default) the same jobs run at once in the process that asked for them.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
# The queue the ingestion jobs go to and the workers read: one per deployment sharing a broker.
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("CELERY_QUEUE", "factcheck")
# Redis only: a job not acknowledged this many seconds after delivery goes to another worker
# (RabbitMQ hands it on as soon as the holder's connection drops). Longer than any one job.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", 3600)}

# HTTPS hardening. With PRODUCTION=true every setting defaults to on, so
# `check --deploy` passes without a long list; each can still be set explicitly.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", PRODUCTION)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000 if PRODUCTION else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", PRODUCTION)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", PRODUCTION)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", PRODUCTION)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", PRODUCTION)
SESSION_COOKIE_HTTPONLY = True
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
