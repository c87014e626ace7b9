"""Django settings for shingikai.

Everything that differs between a laptop and a city's server comes from the environment:
DATABASE_URL (default: an SQLite file in SHINGIKAI_DATA_DIR), SHINGIKAI_MEDIA_DIR (default: media/ in
the data dir), SECRET_KEY, DEBUG, ALLOWED_HOSTS, EMAIL_URL-style SMTP settings.
"""
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("SHINGIKAI_DATA_DIR", Path.cwd() / "data"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in ("1", "true", "yes", "on")


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEVELOPMENT_SECRET_KEY = "shingikai-development-key-not-for-production"
if not SECRET_KEY:
    if os.environ.get("DEBUG") is not None and not DEBUG:
        # DEBUG=0 says "production": a key everyone can read in the source would sign its sessions.
        raise SystemExit("shingikai: DEBUG=0 (本番) では環境変数 SECRET_KEY を設定してください。起動を中止します。")
    # A fixed development key keeps the tests and `make run` (the demo) working out of the box; a server that
    # is not DEBUG=1 refuses to start with it (ops/readiness.py), whether DEBUG was set or forgotten.
    SECRET_KEY = DEVELOPMENT_SECRET_KEY
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]
CSRF_FAILURE_VIEW = "shingikai.viewhelpers.csrf_failure"

# HTTPS, set from the environment (README, "Production"): all off by default for `make run` on loopback.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", False)
# Behind a reverse proxy that terminates TLS: the header it sets, e.g. SECURE_PROXY_SSL_HEADER=X-Forwarded-Proto.
_proxy_header = os.environ.get("SECURE_PROXY_SSL_HEADER", "").strip()
if _proxy_header:
    SECURE_PROXY_SSL_HEADER = ("HTTP_" + _proxy_header.upper().replace("-", "_"), "https")
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp): only this site's own scripts, plus inline ones carrying the nonce.
# Styles allow inline `style=` attributes, which the templates use for layout. The API's interactive
# documentation (/api/docs) loads its viewer from jsDelivr.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "https://cdn.jsdelivr.net", NONCE],
        "style-src": ["'self'", "'unsafe-inline'", "https://cdn.jsdelivr.net"],
        "img-src": ["'self'", "data:", "https://django-ninja.dev"],
        "font-src": ["'self'", "data:"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# Login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one user name from one
# address, that pair is locked out for AXES_COOLOFF_MINUTES.
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = __import__("datetime").timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Every failed sign-in is kept (axes' AccessFailureLog) with its time and address: the counter above is reset by
# the next success, the record of the failures is not (docs/audit.md).
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_LOCKOUT_CALLABLE = "shingikai.lockout.locked_out"
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("AXES_PROXY_COUNT", "0")) or None

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
    "csp",
    "axes",
    "shingikai.councils",
    "shingikai.cases",
    "shingikai.meetings",
    "shingikai.minutes",
    "shingikai.documents",
    "shingikai.search",
    "shingikai.precedents",
    "shingikai.portal",
    "shingikai.api",
    "shingikai.demo",
    "shingikai.ops",
    "shingikai.disclosure",
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
    "csp.middleware.CSPMiddleware",
    "shingikai.nostore.NoStoreForSignedInMiddleware",
    # A 405 (an action's address opened directly) answers a Japanese page instead of an empty one.
    "shingikai.methodnotallowed.MethodNotAllowedPageMiddleware",
    # Ends a signed-in session left idle, or open too long (sessionstore.py).
    "shingikai.sessionstore.SessionLimitsMiddleware",
    # A history table's CSV or print layout, asked for on the page that shows it (viewhelpers.history_rows).
    "shingikai.viewhelpers.HistoryExportMiddleware",
    # A sign-in with a temporary password reaches no page but the password change (accounts.py).
    "shingikai.accounts.PasswordChangeRequiredMiddleware",
    # Last, as django-axes asks: it turns a lockout raised during login into its response.
    "axes.middleware.AxesMiddleware",
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
                "shingikai.site.public_site",
                "shingikai.outgoing_mail.mail_state",
            ],
            "builtins": ["shingikai.jp.templatetags", "shingikai.urltags", "shingikai.submissions"],
        },
    },
]

WSGI_APPLICATION = "shingikai.wsgi.application"

DEFAULT_SQLITE = f"sqlite:///{DATA_DIR / 'shingikai.sqlite3'}"


def _database(url):
    """The database DATABASE_URL names, or a one-line refusal: a blank line in the env file, a URL without its
    scheme or a server shingikai does not run on (mysql://) otherwise ended every command in a traceback."""
    refusal = ("shingikai: 環境変数 DATABASE_URL を読めません{}。PostgreSQL は postgres://USER:PASSWORD@HOST:PORT/NAME、"
               "SQLite は sqlite:////PATH の形で設定してください (SQLite の既定のファイルを使うときは DATABASE_URL を"
               "書かず、SHINGIKAI_DATA_DIR を設定します。docs/deploy.md)。")
    if not url.strip():
        raise SystemExit(refusal.format(" (空です)"))
    scheme = url.split("://", 1)[0] if "://" in url else ""
    try:
        database = dj_database_url.parse(url.strip(), conn_max_age=60)
    except (ValueError, KeyError):  # UnknownSchemeError is a ValueError; the URL is not echoed: it holds the password
        database = {"ENGINE": ""}
    if not database["ENGINE"].endswith(("sqlite3", "postgresql")):
        raise SystemExit(refusal.format(f" (「{scheme}://」には対応していません)" if scheme else " (postgres:// などで始まっていません)"))
    return database


DATABASES = {"default": _database(os.environ.get("DATABASE_URL", DEFAULT_SQLITE))}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    if "DATABASE_URL" not in os.environ:
        DATA_DIR.mkdir(parents=True, exist_ok=True)
    # Readers must not block on the one writer during a meeting's data entry.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
    # Writers queue for the one write lock; under a burst (20 turns posted at once on a busy machine)
    # SQLite's default 5 s wait answered "database is locked" as a 500.
    DATABASES["default"]["OPTIONS"]["timeout"] = int(os.environ.get("SHINGIKAI_SQLITE_TIMEOUT", "60"))
elif DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # The search's walk over day spans has estimated costs in the millions, far above jit_above_cost,
    # so PostgreSQL's default JIT compiled every search statement: ~200 ms of compiling for ~25 ms of
    # execution at a million entries (docs/search.md, Round 5). A web app's short statements gain
    # nothing from JIT.
    options = DATABASES["default"].setdefault("OPTIONS", {})
    options["options"] = f"{options.get('options', '')} -c jit=off".strip()
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Sessions live in the database so that any number of app servers in front of one database act as
# one site: a login on one is valid on all, a logout on one ends it everywhere.
SESSION_ENGINE = "shingikai.sessionstore"
# A signed-in session ends after SHINGIKAI_SESSION_IDLE_MINUTES without a request (a laptop left open, or taken)
# and SHINGIKAI_SESSION_HOURS after its sign-in whatever the use (sessionstore.SessionLimitsMiddleware);
# the cookie and the database row expire with the latter. docs/deploy.md, "Sessions".
SHINGIKAI_SESSION_IDLE_MINUTES = int(os.environ.get("SHINGIKAI_SESSION_IDLE_MINUTES", "120"))
SHINGIKAI_SESSION_HOURS = int(os.environ.get("SHINGIKAI_SESSION_HOURS", "12"))
SESSION_COOKIE_AGE = SHINGIKAI_SESSION_HOURS * 60 * 60

# Every password set (the change page, a reset by mail, createsuperuser/changepassword) is checked by Django's four
# validators, whose messages Django ships in Japanese: a minimum length, the user name or e-mail not in it,
# not a common password, not digits only. docs/deploy.md states the rules.
SHINGIKAI_PASSWORD_MIN_LENGTH = int(os.environ.get("SHINGIKAI_PASSWORD_MIN_LENGTH", "12"))
AUTH_PASSWORD_VALIDATORS = [
    # 0.5 rather than Django's 0.7: the user name written twice (「kodomokodomo」) scores 0.67 and passed.
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
     "OPTIONS": {"max_similarity": 0.5}},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": SHINGIKAI_PASSWORD_MIN_LENGTH}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # First: counts failed logins and refuses locked-out ones before any password is checked.
    "shingikai.lockout.LoginThrottleBackend",
    # Django's password check; loads the signed-in user with their staff and member rows (signedin.py).
    "shingikai.signedin.UserWithRolesBackend",
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
# Several app servers share one media folder (a network file system); each keeps its own data dir.
MEDIA_ROOT = Path(os.environ.get("SHINGIKAI_MEDIA_DIR", DATA_DIR / "media"))

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "shingikai@localhost")
# A forgotten password reset by e-mail from the login page (a link to the login's e-mail address, valid for
# PASSWORD_RESET_TIMEOUT); off where no mail goes out, so that no one waits for a link that never comes: set
# to 0, or left without EMAIL_BACKEND (outgoing_mail.py).
SHINGIKAI_PASSWORD_RESET_BY_MAIL = env_bool("SHINGIKAI_PASSWORD_RESET_BY_MAIL", True)
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24

# Minutes files larger than this are refused by the importer (bytes).
SHINGIKAI_IMPORT_MAX_BYTES = int(os.environ.get("SHINGIKAI_IMPORT_MAX_BYTES", 20 * 1024 * 1024))
# Minutes whose text is longer than this are not read (characters, after decoding): a PDF of 20 MB holds little text,
# a text file of 20 MB holds ~6.7 million characters, far beyond one meeting's minutes (a long day's verbatim record
# is ~300,000), and storing it took over ten minutes and a gigabyte of memory, holding SQLite's write lock throughout.
SHINGIKAI_IMPORT_MAX_CHARS = int(os.environ.get("SHINGIKAI_IMPORT_MAX_CHARS", 1_000_000))
# Attached files (a case's materials, a follow-up's evidence) larger than this are refused (bytes): one scan
# sent by mistake would otherwise fill the disk and the members' one-PDF materials.
SHINGIKAI_ATTACHMENT_MAX_BYTES = int(os.environ.get("SHINGIKAI_ATTACHMENT_MAX_BYTES", 20 * 1024 * 1024))
# An upload whose review nobody touched for this many days is removed by `cleanup` and `send-notices`.
SHINGIKAI_PENDING_IMPORT_DAYS = int(os.environ.get("SHINGIKAI_PENDING_IMPORT_DAYS", 14))

# How long the 閲覧・出力の記録 and the sign-in records (successes and failures, with their addresses) are kept, in
# days; the daily `send-notices` removes older rows (docs/audit.md).
SHINGIKAI_ACCESS_RECORD_DAYS = int(os.environ.get("SHINGIKAI_ACCESS_RECORD_DAYS", 3 * 365))
SHINGIKAI_SIGN_IN_RECORD_DAYS = int(os.environ.get("SHINGIKAI_SIGN_IN_RECORD_DAYS", 365))
# 本人の記録を探す: the name searched for is kept this long (the search's who, when, why and hits as long as the
# access records): long enough to answer the request it was searched for, not for good.
SHINGIKAI_SUBJECT_SEARCH_NAME_DAYS = int(os.environ.get("SHINGIKAI_SUBJECT_SEARCH_NAME_DAYS", 90))

# 漏えい等報告: the 速報 is due "promptly"; the 個人情報保護委員会's guidance reads that as 3-5 days.
SHINGIKAI_PRELIMINARY_REPORT_DAYS = int(os.environ.get("SHINGIKAI_PRELIMINARY_REPORT_DAYS", 5))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"forbidden_one_line": {"()": "shingikai.logfilters.ForbiddenWithoutTraceback"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {"django.request": {"filters": ["forbidden_one_line"]}},
}

# The public site's name (default: 「<city> 審議会等の公開情報」), the host its calendar UIDs name (default: the first
# of ALLOWED_HOSTS), its reuse licence and the link to it, and where the city publishes its own アクセシビリティ方針.
SHINGIKAI_SITE_NAME = os.environ.get("SHINGIKAI_SITE_NAME", "")
SHINGIKAI_SITE_HOST = os.environ.get("SHINGIKAI_SITE_HOST", "")
SHINGIKAI_LICENCE = os.environ.get("SHINGIKAI_LICENCE", "")
SHINGIKAI_LICENCE_URL = os.environ.get("SHINGIKAI_LICENCE_URL", "https://creativecommons.org/licenses/by/4.0/deed.ja")
# The アクセシビリティ方針's target and what the city states of its conformance (JIS X 8341-3: 「準拠」 only with
# published test results, else 「一部準拠」 or 「配慮」): by default nothing is claimed that the city has not tested.
SHINGIKAI_ACCESSIBILITY_TARGET = os.environ.get("SHINGIKAI_ACCESSIBILITY_TARGET", "適合レベル AA")
SHINGIKAI_ACCESSIBILITY_CONFORMANCE = os.environ.get(
    "SHINGIKAI_ACCESSIBILITY_CONFORMANCE", "試験を実施していないため、適合の状況は表明していません。")
SHINGIKAI_ACCESSIBILITY_DATE = os.environ.get("SHINGIKAI_ACCESSIBILITY_DATE", "")
