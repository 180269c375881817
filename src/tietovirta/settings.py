"""Django settings. Everything deploy-specific comes from the environment.

TIETOVIRTA_DATA_DIR  where the SQLite database and the generated secret key live (default ./var)
DATABASE_URL         e.g. postgres://user:pass@host/db (default: SQLite in the data dir)
SECRET_KEY           required in production; a local one is generated into the data dir otherwise
DEBUG                "1" to enable Django's debug mode (never in production)
ALLOWED_HOSTS        comma-separated (default: localhost names)
DOCUMENT_CACHE_DIR   where generated documents are cached (default: cache/documents in the data dir)
SESSION_CACHE_DIR    where the workers keep the sessions they read (default: cache/sessions in the data
                     dir); servers on several machines must share it, so that a logout ends a session
                     on all of them
SITE_URL             the address users reach the site at, for public links made outside a request (the
                     demo, the command line); default http://127.0.0.1:$PORT
EMAIL_BACKEND        how mail is sent (default: written as files into mail/ in the data dir; no mail
                     server is assumed). For SMTP: django.core.mail.backends.smtp.EmailBackend with
                     EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS=1
DEFAULT_FROM_EMAIL   sender of the request form's confirmation mails
REQUEST_RETENTION_YEARS  how long a closed data-subject request is kept (default 3)
TRUSTED_PROXY_HEADER behind a reverse proxy: the header it puts the client's address in, e.g.
                     X-Forwarded-For or X-Real-IP (default: none, REMOTE_ADDR is the client)
"""

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from tietovirta.language import DEFAULT_LANGUAGE, LOCALES

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("TIETOVIRTA_DATA_DIR", Path.cwd() / "var")).resolve()


def _secret_key() -> str:
    if key := os.environ.get("SECRET_KEY"):
        return key
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = os.environ.get("DEBUG", "") == "1"
SITE_URL = os.environ.get("SITE_URL") or f"http://127.0.0.1:{os.environ.get('PORT') or 8000}"
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]").split(",") if h]

INSTALLED_APPS = [
    "tietovirta.accounts",
    "tietovirta.organizations",
    "tietovirta.registers",
    "tietovirta.publishing",
    "tietovirta.imports",
    "tietovirta.assessments",
    "tietovirta.requests",
    "tietovirta.breaches",
    "tietovirta.api",
    "tietovirta.audit",
    "tietovirta.installation",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.forms",
    "django_htmx",
    "simple_history",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "tietovirta.middleware.SecurityHeadersMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Published notices from the cache: after the security headers, before sessions and the database.
    "tietovirta.publishing.public_cache.PublicAnswerMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "tietovirta.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
]

# Widgets render through TEMPLATES, so the project can add its own widget templates.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

ROOT_URLCONF = "tietovirta.urls"
WSGI_APPLICATION = "tietovirta.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "tietovirta.organizations.context_processors.membership",
            ],
            # |local_date and |local_datetime: the one date format of each language (tietovirta.language).
            "builtins": ["tietovirta.templatetags.local"],
            # {% frame %}: base.html's kept parts (fragments.cached_frame).
            "libraries": {"frame": "tietovirta.templatetags.frame"},
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DATA_DIR / 'tietovirta.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers proceed while one request writes; the timeout waits out short write locks.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
    # Tests use a file too, so concurrent requests lock and wait as they do in production.
    # One file per test process, so two test runs on one machine do not share it.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / f"test-tietovirta-{os.getpid()}.sqlite3")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Parameters bound by the server let psycopg prepare a query a connection has run this many times: it is
    # then parsed once per connection (and planned once when PostgreSQL finds a generic plan no costlier).
    # "off" unless a pooler in front keeps prepared statements (PgBouncer >= 1.22 with
    # max_prepared_statements > 0). Server-side binding asks raw SQL to type its parameters (`%s::text`)
    # and a statement to bind at most 65 535 of them; a migration that changes a column's type makes a
    # prepared plan stale (stale_plans.py closes such a connection; restart the workers after migrate).
    _prepare = os.environ.get("DATABASE_PREPARE_THRESHOLD", "5").strip().lower()
    if _prepare != "off":
        if not _prepare.isdigit():
            raise ImproperlyConfigured("DATABASE_PREPARE_THRESHOLD must be a whole number or 'off'.")
        _options = DATABASES["default"].setdefault("OPTIONS", {})
        _options.update(server_side_binding=True, prepare_threshold=int(_prepare))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Rendered parts of the busiest pages (fragments.py), shared by the server's worker processes: a part
    # is rendered once after a change, not once in every worker. Keys carry the data's revision and a
    # digest of the code, so entries never go stale; some are culled at random beyond MAX_ENTRIES.
    "fragments": {
        "BACKEND": "tietovirta.file_cache.FileCache",
        "LOCATION": str(DATA_DIR / "cache" / "fragments"),
        "TIMEOUT": 60 * 60 * 24,
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
    # The parts this worker served lately, in its memory in front of the shared ones (same keys); as
    # many as the worker kept before the shared cache, so a worker takes no more memory than it did.
    "fragments-here": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "fragments-here",
        "TIMEOUT": 60 * 60 * 24,
        "OPTIONS": {"MAX_ENTRIES": 300},
    },
    # Each register's piece of its organisation's checks, and each organisation's catalogue, kept under
    # their generations (registers/findings.py): shared by the workers, with each worker's memory in front,
    # as the fragments. About 4 kB a register, so room for some thousands of registers.
    "checks": {
        "BACKEND": "tietovirta.file_cache.FileCache",
        "LOCATION": str(DATA_DIR / "cache" / "checks"),
        "TIMEOUT": 60 * 60 * 24,
        "OPTIONS": {"MAX_ENTRIES": 20000},
    },
    # The objects themselves, not pickles (object_cache.py): a dashboard built after an edit reads some fifty
    # pieces, and unpickling them cost more than joining them. About 14 kB a piece in memory (8 kB pickled),
    # so some 40 MB a worker when full.
    "checks-here": {
        "BACKEND": "tietovirta.object_cache.ObjectMemoryCache",
        "LOCATION": "checks-here",
        "TIMEOUT": 60 * 60 * 24,
        "OPTIONS": {"MAX_ENTRIES": 3000},
    },
    # Each organisation's health (its findings) per language, joined from the pieces above, in this worker's
    # memory (registers/findings.py): some 80 kB besides the pieces' texts for fifty registers, so fewer.
    "health-here": {
        "BACKEND": "tietovirta.object_cache.ObjectMemoryCache",
        "LOCATION": "health-here",
        "TIMEOUT": 60 * 60 * 24,
        "OPTIONS": {"MAX_ENTRIES": 300},
    },
    # The dashboard's register rows and finding groups (dashboard_bottom.html), each under all it shows: after
    # a change only the rows and groups it changed are rendered again, by whichever worker builds the page.
    # Shared by the workers (files), with each worker's memory in front (dashboard_parts-here); small (a row
    # under 1 kB, a group a few kB), so many more of them than of whole pages.
    "dashboard_parts": {
        "BACKEND": "tietovirta.file_cache.LayeredFileCache",
        "LOCATION": str(DATA_DIR / "cache" / "dashboard-parts"),
        "TIMEOUT": 60 * 60 * 24,
        "OPTIONS": {"MAX_ENTRIES": 20000, "MEMORY": "dashboard_parts-here"},
    },
    "dashboard_parts-here": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "dashboard_parts-here",
        "TIMEOUT": 60 * 60 * 24,
        "OPTIONS": {"MAX_ENTRIES": 10000},
    },
    # Each register's API answer, as the JSON bytes the register list joins (api/answers.py), shared by the
    # worker processes; keys carry the register's generation, the code's digest and the database's identity,
    # so entries never go stale. Some 40 kB a register; some are culled at random beyond MAX_ENTRIES.
    "api_answers": {
        "BACKEND": "tietovirta.bytes_cache.BytesFileCache",
        "LOCATION": str(DATA_DIR / "cache" / "api-answers"),
        "TIMEOUT": 60 * 60 * 24 * 7,
        "OPTIONS": {"MAX_ENTRIES": 20000},
    },
    # Whole pages of the register list (api/answers.page), one per organisation and page asked for, each
    # with a digest of the registers and generations it shows: one file read per list, not one per register.
    # A page of 50 is some 2 MB; pages over 4 MB are not kept; 100 pages (the first page of as many lists
    # read often) keep the disk used to some 200 MB, at most 400 MB.
    "api_pages": {
        "BACKEND": "tietovirta.bytes_cache.BytesFileCache",
        "LOCATION": str(DATA_DIR / "cache" / "api-pages"),
        "TIMEOUT": 60 * 60 * 24 * 7,
        "OPTIONS": {"MAX_ENTRIES": 100},
    },
    # Browser sessions (SESSION_ENGINE below), shared by the worker processes: a logged-in request reads
    # its session from here, not from the database. Each session is also in the database, which stays the
    # record: a session culled from here is read from there. Logging out deletes it from both — from this
    # directory, so servers on several machines must share it (SESSION_CACHE_DIR), or a logout on one
    # would leave the session alive on another.
    "sessions": {
        "BACKEND": "tietovirta.file_cache.FileCache",
        "LOCATION": os.environ.get("SESSION_CACHE_DIR") or str(DATA_DIR / "cache" / "sessions"),
        "OPTIONS": {"MAX_ENTRIES": 20000},
    },
    # Generated documents (publishing/responses.py), shared by the server's worker processes. Keys are
    # content digests, so entries never go stale; the oldest are culled beyond MAX_ENTRIES.
    "documents": {
        "BACKEND": "tietovirta.file_cache.FileCache",
        "LOCATION": os.environ.get("DOCUMENT_CACHE_DIR") or str(DATA_DIR / "cache" / "documents"),
        "TIMEOUT": 60 * 60 * 24 * 30,
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}

# Every key starts with this database's identity, so a cache kept across a database reset never answers for
# the new database's rows with the old one's (installation/cache_keys.py).
for _cache in CACHES.values():
    _cache["KEY_FUNCTION"] = "tietovirta.installation.cache_keys.make_key"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Django's ModelBackend with the session's user read by a query written once per process. Sessions name the
# backend that logged them in: those of the plain ModelBackend (before this) log in again, once.
AUTHENTICATION_BACKENDS = ["tietovirta.accounts.backends.AccountBackend"]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
SESSION_COOKIE_AGE = 60 * 60 * 12
# Sessions in the database with the shared cache in front (CACHES["sessions"]): no database read per
# request, and logging out still ends the session for every worker. Signed-cookie sessions would save
# the read too, but a copied cookie would then stay valid after logout until it expires.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_CACHE_ALIAS = "sessions"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
# The language cookie is read only by the server (LanguageMiddleware), never by scripts.
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# The languages are defined once, in tietovirta.language; each is named in its own language.
LANGUAGE_CODE = DEFAULT_LANGUAGE
LANGUAGES = [(code, locale.name) for code, locale in LOCALES.items()]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
STATIC_ROOT = os.environ.get("STATIC_ROOT") or None  # only for collectstatic behind another web server
WHITENOISE_USE_FINDERS = True  # serve straight from the package: no collectstatic step needed

DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

CSRF_FAILURE_VIEW = "tietovirta.errors.csrf_failure"

# Read only when set: a client can send any forwarded-for header itself (audit/log.py client_ip).
TRUSTED_PROXY_HEADER = os.environ.get("TRUSTED_PROXY_HEADER", "")

X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG and os.environ.get("HTTPS", "") == "1":
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    # Submitting a domain to the browsers' HSTS preload list binds all its subdomains for years:
    # that is the domain owner's decision, made with HSTS_PRELOAD=1, not a default.
    SECURE_HSTS_PRELOAD = os.environ.get("HSTS_PRELOAD", "") == "1"
    if not SECURE_HSTS_PRELOAD:
        SILENCED_SYSTEM_CHECKS = ["security.W021"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Mail: the public request form sends confirmation links. No mail server is assumed: by default each
# message is written as a file into the data directory, where an administrator can read it.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH") or str(DATA_DIR / "mail")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "tietovirta@localhost")

# Data-subject requests are personal data themselves: `tietovirta requests --purge` deletes those
# closed longer ago than this.
REQUEST_RETENTION_YEARS = int(os.environ.get("REQUEST_RETENTION_YEARS", "3"))
# Abuse limits of the public request form (per address per hour, per organisation per day).
REQUEST_FORM_LIMIT_PER_ADDRESS = int(os.environ.get("REQUEST_FORM_LIMIT_PER_ADDRESS", "5"))
REQUEST_FORM_LIMIT_PER_ORGANIZATION = int(os.environ.get("REQUEST_FORM_LIMIT_PER_ORGANIZATION", "100"))
