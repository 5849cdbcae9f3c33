"""Production: everything from the environment; refuses to start without a secret key."""

from .base import *  # noqa: F401,F403
from .base import require_secret_key

require_secret_key()

# ---------------------------------------------------------------------------
# HTTPS. The site runs behind a proxy that ends TLS and says so in X-Forwarded-Proto
# (SECURE_PROXY_SSL_HEADER, base.py); plain-HTTP requests are redirected and browsers
# are told to come back over HTTPS only (HSTS, one year, subdomains included). An
# intranet served over plain HTTP turns these off: SECURE_SSL_REDIRECT=false,
# SECURE_HSTS_SECONDS=0, SECURE_COOKIES=false (see README, "Settings read from the
# environment"). `manage.py check --deploy` is clean with the defaults
# (tests/home/test_deploy_checks.py).
# ---------------------------------------------------------------------------
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 60 * 60)))  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)  # noqa: F405
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)  # noqa: F405

# ---------------------------------------------------------------------------
# Database connections are kept open between requests (a web worker serves one request at
# a time): opening a PostgreSQL connection costs about as much as rendering a light page.
# Each is checked before reuse, so a restarted database costs one failed check, not an
# error page. CONN_MAX_AGE=0 closes them after every request again.
# ---------------------------------------------------------------------------
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

SILENCED_SYSTEM_CHECKS = [
    # X-Frame-Options is SAMEORIGIN, not DENY: Wagtail's editor shows the page being
    # edited in a same-origin iframe (live preview). Other sites still cannot frame ours.
    "security.W019",
    # HSTS "preload" asks browsers to hard-code HTTPS for the whole registrable domain
    # (e.g. langson.gov.vn), a decision for its owner, not for this site; set
    # SECURE_HSTS_PRELOAD=true where the site owns its domain.
    "security.W021",
]

# ---------------------------------------------------------------------------
# Search: base.py chooses Elasticsearch 8 when ELASTICSEARCH_URL is set (with the
# folding analyzers) and Wagtail's database backend otherwise; nothing to add here.
# ---------------------------------------------------------------------------
