"""Django settings for shingikai.

Everything that differs between a laptop and a city's server comes from the environment:
DATABASE_URL (default: an SQLite file in SHINGIKAI_DATA_DIR), SECRET_KEY, DEBUG, ALLOWED_HOSTS,
EMAIL_URL-style SMTP settings.
"""
import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("SHINGIKAI_DATA_DIR", Path.cwd() / "data"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in ("1", "true", "yes", "on")


DEBUG = env_bool("DEBUG", False)
# A fixed development key keeps `make run` working out of the box; production sets SECRET_KEY.
SECRET_KEY = os.environ.get("SECRET_KEY", "shingikai-development-key-not-for-production")
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "simple_history",
    "ninja",
    "shingikai.councils",
    "shingikai.cases",
    "shingikai.meetings",
    "shingikai.minutes",
    "shingikai.documents",
    "shingikai.search",
    "shingikai.portal",
    "shingikai.api",
    "shingikai.demo",
    "shingikai.ops",
    "shingikai.registers",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "shingikai.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                # After Django's own csrf processor, which it overrides while a page is rendered for the cache.
                "shingikai.pagecache.csrf_placeholder",
            ],
            "builtins": ["shingikai.jp.templatetags"],
        },
    },
]

WSGI_APPLICATION = "shingikai.wsgi.application"

DEFAULT_SQLITE = f"sqlite:///{DATA_DIR / 'shingikai.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(os.environ.get("DATABASE_URL", DEFAULT_SQLITE), conn_max_age=60)
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    if "DATABASE_URL" not in os.environ:
        DATA_DIR.mkdir(parents=True, exist_ok=True)
    # Readers must not block on the one writer during a meeting's data entry.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Rendered work pages (shingikai.pagecache), in files shared by all workers of the server, so a page
    # rendered by one is served by all. Keys hold the data version read from the database, so entries of
    # older data are never served again; they age out by count or time.
    "pages": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(DATA_DIR / "cache" / "pages"),
        "TIMEOUT": int(os.environ.get("SHINGIKAI_PAGE_CACHE_SECONDS", 600)),
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("SHINGIKAI_PAGE_CACHE_ENTRIES", 2000))},
    },
}
SHINGIKAI_PAGE_CACHE = env_bool("SHINGIKAI_PAGE_CACHE", True)
# Per server process, the most recently served pages are also kept in memory (shingikai.pagecache).
SHINGIKAI_PAGE_MEMORY_BYTES = int(os.environ.get("SHINGIKAI_PAGE_MEMORY_MB", 32)) * 2**20
# Sessions are read on every request: from files shared by all workers of the server (a logout in one is
# seen by all), falling back to the database. Several servers in front of one PostgreSQL need a shared
# cache instead (or SESSION_ENGINE=django.contrib.sessions.backends.db).
CACHES["sessions"] = {
    "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
    "LOCATION": str(DATA_DIR / "cache" / "sessions"),
    "OPTIONS": {"MAX_ENTRIES": 5000},
}
SESSION_ENGINE = os.environ.get("SESSION_ENGINE", "django.contrib.sessions.backends.cached_db")
SESSION_CACHE_ALIAS = "sessions"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]
# The second entry keeps sessions begun before the first existed valid; new logins use the first.
AUTHENTICATION_BACKENDS = [
    "shingikai.authbackend.VersionedModelBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/work/"
LOGOUT_REDIRECT_URL = "/"

LANGUAGE_CODE = "ja"
TIME_ZONE = "Asia/Tokyo"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "shingikai@localhost")

# Minutes files larger than this are refused by the importer (bytes).
SHINGIKAI_IMPORT_MAX_BYTES = int(os.environ.get("SHINGIKAI_IMPORT_MAX_BYTES", 20 * 1024 * 1024))

# 漏えい等報告: the 速報 is due "promptly"; the 個人情報保護委員会's guidance reads that as 3-5 days.
SHINGIKAI_PRELIMINARY_REPORT_DAYS = int(os.environ.get("SHINGIKAI_PRELIMINARY_REPORT_DAYS", 5))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
