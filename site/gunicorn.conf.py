"""gunicorn's settings for the site (site/README.md); every value can be set from the environment.

Threaded workers (``gthread``, ``GUNICORN_THREADS`` threads each): a request waiting on
PostgreSQL or Redis, or a long one (an officer's nomination form takes ten times a public
page), no longer holds a whole process while short ones queue behind it. Under
bench/load.py, sync workers let searches wait 30 s behind the officers' forms; Django and
Wagtail are thread-safe, and each thread keeps its own database connection.
``GUNICORN_WORKER_CLASS=sync`` gives one request per process again (bench/pages.py
measures one sync worker, as issue 11 asks).
Run: ``gunicorn -c site/gunicorn.conf.py config.wsgi``.
"""

import gc
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
workers = int(os.environ.get("WEB_CONCURRENCY", str(multiprocessing.cpu_count() * 2 + 1)))
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gthread")
threads = int(os.environ.get("GUNICORN_THREADS", "4")) if worker_class == "gthread" else 1
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then, so a slow leak never grows unbounded.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
# Only the local proxies (nginx, Varnish) may say the request came over HTTPS.
forwarded_allow_ips = "127.0.0.1,::1"
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
# The access log says how long each request took (milliseconds), and which process served it.
access_log_format = '%(h)s %(t)s "%(r)s" %(s)s %(b)s %(M)sms pid=%(p)s'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
proc_name = "thidua-web"


def post_worker_init(worker):
    """Exempt what loading the site made from the garbage collector's full passes.

    Django, Wagtail and the URLconf leave about 250,000 objects that live as long as the
    process; CPython's full collection walks them all, every few dozen requests: 110 ms
    added to whichever request it falls on (bench/search.py saw it as a search's p95 jump
    from 50 to 170 ms). ``gc.freeze()`` moves them to a generation the collector skips.
    """
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - imports the URLconf, every view and hook
    gc.collect()
    gc.freeze()
