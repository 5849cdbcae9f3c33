"""gunicorn's settings for the site (site/README.md); every value can be set from the environment.

Sync workers: pages are rendered on the CPU and talk to PostgreSQL and Redis over the
loopback, so threads gain little; Varnish in front absorbs the reading public.
Run: ``gunicorn -c site/gunicorn.conf.py config.wsgi``.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
workers = int(os.environ.get("WEB_CONCURRENCY", str(multiprocessing.cpu_count() * 2 + 1)))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then, so a slow leak never grows unbounded.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
# Only the local proxies (nginx, Varnish) may say the request came over HTTPS.
forwarded_allow_ips = "127.0.0.1,::1"
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
proc_name = "thidua-web"
