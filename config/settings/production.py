"""Production: everything from the environment; refuses to start without a secret key."""

from .base import *  # noqa: F401,F403
from .base import require_secret_key

require_secret_key()
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))  # noqa: F405

if os.environ.get("ELASTICSEARCH_URL"):  # noqa: F405
    WAGTAILSEARCH_BACKENDS = {  # noqa: F405
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [os.environ["ELASTICSEARCH_URL"]],  # noqa: F405
            "INDEX": os.environ.get("ELASTICSEARCH_INDEX", "thidua"),  # noqa: F405
        }
    }
