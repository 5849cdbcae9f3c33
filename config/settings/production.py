"""Production: everything from the environment; refuses to start without a secret key."""

from .base import *  # noqa: F401,F403
from .base import require_secret_key

require_secret_key()
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))  # noqa: F405

# ---------------------------------------------------------------------------
# Search: base.py chooses Elasticsearch 8 when ELASTICSEARCH_URL is set (with the
# folding analyzers) and Wagtail's database backend otherwise; nothing to add here.
# ---------------------------------------------------------------------------
