"""Settings shared by every environment.

Safe by default: ``DEBUG`` is off and the secret key, hosts and services come from the
environment. ``dev.py`` and ``test.py`` add what a laptop or the test suite needs.
See https://docs.djangoproject.com/en/5.2/ref/settings/ and
https://docs.wagtail.org/en/stable/reference/settings.html
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

import dj_database_url
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# ---------------------------------------------------------------------------
# Core
# ---------------------------------------------------------------------------
DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

DJANGO_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Loaded for its Vietnamese catalog: Wagtail's workflow screens say "36 giây trước"
    # through humanize's naturaltime.
    "django.contrib.humanize",
    "django.forms",  # Django's widget templates, for the project's FORM_RENDERER (admin_vi.forms)
]
WAGTAIL_APPS = [
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    # wagtail.contrib.frontend_cache is used (its backends and purge task) but not installed:
    # its app would purge before the change is committed; core/front_cache.py purges on commit.
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail_localize",
    "wagtail_localize.locales",
]
THIRD_PARTY_APPS = [
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "axes",
    "csp",
]
LOCAL_APPS = [
    "admin_vi",  # first: its Vietnamese for Wagtail's admin strings takes precedence
    "core",
    "home",
    "campaigns",
    "exemplars",
    "intranet",
    "nominations",
    "search",
]
INSTALLED_APPS = LOCAL_APPS + WAGTAIL_APPS + THIRD_PARTY_APPS + DJANGO_APPS

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outermost after security: sees the cookies every inner middleware set, and marks
    # the response shareable by the front cache or private (core/front_cache.py).
    "core.front_cache.FrontCacheHeadersMiddleware",
    # Content-Security-Policy: enforced on the public site, report-only in the admin.
    "core.content_security.SiteCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, but a 404 in the admin or among the files stays where it was asked (core/locale.py).
    "core.locale.LocaleMiddleware",
    # On the English site, a notice when a page shows text not translated yet (lang="vi").
    "core.untranslated_notice.UntranslatedNoticeMiddleware",
    # Before anything reads a parameter: a NUL character answers 400 (core/middleware.py).
    "core.middleware.RefuseNulMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "intranet.middleware.UnitScopedAdminMiddleware",
    # Last, as django-axes asks: it turns lockouts raised during login into a response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Forms are drawn by the project's template engine (apps override widget templates) and
# name their empty choice "Chọn …" instead of Django's dashes (admin_vi.forms).
FORM_RENDERER = "admin_vi.forms.FormRenderer"

# ---------------------------------------------------------------------------
# Database: SQLite unless DATABASE_URL says otherwise
# https://github.com/jazzband/dj-database-url
# ---------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}

# ---------------------------------------------------------------------------
# Cache and sessions: Redis when REDIS_URL is set, local memory otherwise
# With Redis, sessions are read from the cache and written through to the database
# (cached_db): every web worker shares them, and a Redis restart signs nobody out.
# Two caches of each process's own memory sit beside it: "public-fragments", the copy each
# process keeps of the menu, footer and settings fragments (core/public_cache.py: keyed by a
# generation read from the default cache once per request, so a change is seen at once
# everywhere), and "renditions", where Wagtail notes every image rendition a page shows
# (it writes one entry per image per request; in Redis that was a round trip each).
# A rendition regenerated after an image's file or focal point changed may show its old
# address in other processes for up to RENDITION_CACHE_SECONDS.
# ---------------------------------------------------------------------------
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "core.redis_cache.SharedClientRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "thidua"),
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
CACHES["public-fragments"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "public-fragments",
    "OPTIONS": {"MAX_ENTRIES": 5000},
}
CACHES["renditions"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "renditions",
    "TIMEOUT": int(os.environ.get("RENDITION_CACHE_SECONDS", "600")),
    "OPTIONS": {"MAX_ENTRIES": 20000},
}

# ---------------------------------------------------------------------------
# Background tasks (django-tasks): run at once unless a worker backend is chosen
# The database backend (django-tasks-db, TASKS_BACKEND=django_tasks_db.DatabaseBackend)
# keeps each task in a table until `manage.py db_worker` has run it, so tasks queued
# while the worker is stopped or killed run when it starts again (site/README.md).
# ---------------------------------------------------------------------------
TASKS_DATABASE_BACKEND = "django_tasks_db.DatabaseBackend"
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
    }
}
if TASKS["default"]["BACKEND"] == TASKS_DATABASE_BACKEND:
    INSTALLED_APPS.append("django_tasks_db")

# ---------------------------------------------------------------------------
# Front cache (Varnish, site/varnish/default.vcl.in) and its invalidation
# Anonymous GET responses of public pages are marked shareable for FRONT_CACHE_SECONDS
# (core/front_cache.py); everything else is private. When VARNISH_URL is set, publishing,
# unpublishing, moving or deleting a page, or publishing a work or an exemplar, purges
# the page and every page listing it, in both languages, before the editor's request ends.
# https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html
# ---------------------------------------------------------------------------
FRONT_CACHE_SECONDS = int(os.environ.get("FRONT_CACHE_SECONDS", "600"))
if os.environ.get("VARNISH_URL"):
    WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "core.front_cache.VarnishBackend", "LOCATION": os.environ["VARNISH_URL"]},
    }

# ---------------------------------------------------------------------------
# Passwords and sessions
# ---------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses logins for a username/address locked out after
    # repeated failures, before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "intranet/lockout.html"
AXES_VERBOSE = False
# The address a lockout counts is the visitor's, not the proxy's. Behind nginx → Varnish,
# gunicorn sees Varnish's address; nginx sets X-Forwarded-For to the visitor's address
# (never passing on one the visitor sent) and Varnish appends nginx's, so the header
# holds the visitor and then AXES_IPWARE_PROXY_COUNT proxies (1 in site/env.example).
# django-ipware takes the left-most address of a header with exactly that many proxies.
# Unset (a laptop, no proxy): the connection's address, X-Forwarded-For is ignored.
if os.environ.get("AXES_IPWARE_PROXY_COUNT"):
    AXES_IPWARE_PROXY_COUNT = int(os.environ["AXES_IPWARE_PROXY_COUNT"])
    AXES_IPWARE_PROXY_ORDER = "left-most"
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
else:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("REMOTE_ADDR",)
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(8 * 60 * 60)))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
LOGIN_URL = "wagtailadmin_login"
# Restricted pages send visitors to the admin's login form, which is translated and
# rate-limited; shared page passwords are off (members log in as themselves).
WAGTAIL_FRONTEND_LOGIN_URL = "/admin/login/"
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAIL_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}

# ---------------------------------------------------------------------------
# Languages and time: Vietnamese first, English second
# ---------------------------------------------------------------------------
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "admin_vi" / "locale"]  # admin_vi: the admin's JS strings
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

# ---------------------------------------------------------------------------
# Static and media files
# ---------------------------------------------------------------------------
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "collected-static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Files units upload (reports, dossiers): outside MEDIA_ROOT, served only through
# intranet views that check who asks (see core/private_files.py).
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
# Behind nginx (site/), the checking view answers with an X-Accel-Redirect to this internal
# location instead of streaming the file itself; nginx then sends it. Off: Django streams.
PRIVATE_FILES_ACCEL_REDIRECT = env_bool("PRIVATE_FILES_ACCEL_REDIRECT", False)
PRIVATE_FILES_ACCEL_PREFIX = "/_private-files/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# ---------------------------------------------------------------------------
# Wagtail
# ---------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Cổng thi đua MTTQ tỉnh Lạng Sơn"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "jpg", "jpeg", "png", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
# One limit for every picture, wherever it is uploaded or made (core/image_limits.py also
# gives it to the nominees' private photos, to publishing and to Pillow itself): 25 million
# pixels is a 24-megapixel camera's photo; decoding one takes about 100 MB.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 25_000_000
WAGTAIL_MODERATION_ENABLED = True
# The admin's help leads to the portal's own guide (intranet.admin_branding), not to
# Wagtail's English release notes; nor does the admin call Wagtail's servers.
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_WORKFLOW_ENABLED = True
# ---------------------------------------------------------------------------
# Workflows: award nominations (nominations.Nomination, its steps nominations.AwardStepTask)
# and the units' records (intranet.UnitAboveReviewTask)
# An edit after any approval sends the object back through every step (Wagtail's default
# keeps earlier approvals). The last approval publishes a nomination even though its
# approver holds no publish permission (see intranet/workflow_finish.py).
# https://docs.wagtail.org/en/stable/reference/settings.html#workflow
# ---------------------------------------------------------------------------
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_FINISH_WORKFLOW_ACTION = "intranet.workflow_finish.finish_workflow"
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"

# ---------------------------------------------------------------------------
# Search (search/): Vietnamese with or without diacritics
# Wagtail's database backend by default (SQLite FTS5 or PostgreSQL full text, with the
# "simple" configuration: no English stemming or stop words on Vietnamese text), through
# search/backends.py, which fixes two query plans that are slow on a large index;
# Elasticsearch 8 when ELASTICSEARCH_URL is set (then run `manage.py update_index`).
# Accents are handled by the folded and Telex copies of the text that the models index
# (core/folding.py), the same on every backend; the Elasticsearch analyzers below
# also fold case and diacritics (asciifolding maps đ to d) on full-text fields, not
# only on autocomplete ones as Wagtail's stock settings do.
# https://docs.wagtail.org/en/stable/topics/search/backends.html
# ---------------------------------------------------------------------------
ELASTICSEARCH_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "analyzer": {
                # Every text field without an analyzer of its own, at index and search time.
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding"],
                },
                # Autocomplete and partial matching, as Wagtail defines them.
                "edgengram_analyzer": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "edgengram"],
                },
                "ngram_analyzer": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "ngram"],
                },
            }
        }
    }
}
if os.environ.get("ELASTICSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [os.environ["ELASTICSEARCH_URL"]],
            "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "thidua_"),
            "TIMEOUT": int(os.environ.get("ELASTICSEARCH_TIMEOUT", "10")),
            "INDEX_SETTINGS": ELASTICSEARCH_INDEX_SETTINGS,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "search.backends", "SEARCH_CONFIG": "simple"},
    }
# Results kept per search (title and text, for pages, works and exemplars): up to 100
# per type of result, more than anyone pages through; see search/engine.py.
SEARCH_CANDIDATES = int(os.environ.get("SEARCH_CANDIDATES", "50"))

# ---------------------------------------------------------------------------
# Security headers (effective behind HTTPS in production)
# ---------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

# Content-Security-Policy (django-csp, core/content_security.py): the site's own scripts,
# styles and images only, no inline script or style, no plugins, framed only by itself.
# Enforced on the public site, whose templates we vouch for; the admin, whose code is
# Wagtail's (and its update check calls releases.wagtail.org), gets the same policy as
# Content-Security-Policy-Report-Only. The admin's origin is allowed too: the Wagtail
# user bar that editors see on public pages loads from WAGTAILADMIN_BASE_URL.
# https://django-csp.readthedocs.io/en/latest/configuration.html
_admin_origin = "{0.scheme}://{0.netloc}".format(urlsplit(WAGTAILADMIN_BASE_URL))
_csp_directives = {
    "default-src": [SELF],
    "script-src": [SELF, _admin_origin],
    "style-src": [SELF, _admin_origin],
    "img-src": [SELF, "data:"],
    "connect-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}
CONTENT_SECURITY_POLICY = {"EXCLUDE_URL_PREFIXES": ["/admin/"], "DIRECTIVES": _csp_directives}
CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": _csp_directives}

# ---------------------------------------------------------------------------
# Email
# ---------------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "thidua@mttq.langson.gov.vn")

# ---------------------------------------------------------------------------
# Logging: errors to the console so the container's log collector sees them
# ---------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}


def require_secret_key() -> None:
    """Production refuses to start without a real secret key."""
    if not SECRET_KEY:
        raise ImproperlyConfigured("Đặt biến môi trường SECRET_KEY (SECRET_KEY is not set).")


SITE_DESCRIPTION = _("Cổng thông tin thi đua của Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn")

# No avatars fetched from an outside service: the admin shows initials instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
