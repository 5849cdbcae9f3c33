"""Where a public page's time goes, uncached: queries per request and time in Django.

Serves each public page in-process through Django's test client (the whole middleware
stack, templates included, no network and no WSGI server) with whatever settings the
environment gives, and prints, per page: queries per request, mean milliseconds per
request, requests per second, and the ratio to ``/robots.txt`` (a page that renders
nothing). The issue's target is a ratio of at least 1/30 with at most 15 queries.

    DJANGO_SETTINGS_MODULE=config.settings.production SECRET_KEY=… ALLOWED_HOSTS=localhost \\
    SECURE_SSL_REDIRECT=false DATABASE_URL=postgres://…/thidua_x .venv/bin/python bench/profile_pages.py

The database needs the demo content (``manage.py load_demo``). ``--profile PAGE`` runs
pyinstrument (``pip install pyinstrument``) over that page's requests and prints the tree;
``--queries PAGE`` prints the SQL of one request.
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402


def public_pages() -> dict[str, str]:
    """The page of each kind the benchmark measures, found in the demo content."""
    from campaigns.models import ArticleIndexPage, ArticlePage, CampaignPage
    from exemplars.models import Exemplar, HonorRollPage, Work, WorkGalleryPage
    from home.models import HomePage

    def first(queryset):
        queryset = queryset.public() if hasattr(queryset, "public") else queryset.live()
        item = queryset.filter(locale__language_code="vi").first()
        if item is None:
            sys.exit(f"No published {queryset.model.__name__}: load the demo content first.")
        return item

    return {
        "robots.txt": "/robots.txt",
        "home": first(HomePage.objects.all()).url,
        "plan": first(CampaignPage.objects.order_by("path")).url,
        "news index": first(ArticleIndexPage.objects.all()).url,
        "article": first(ArticlePage.objects.order_by("path")).url,
        "works gallery": first(WorkGalleryPage.objects.all()).url,
        "work": first(Work.objects.order_by("-featured", "pk")).get_url(),
        "honor roll": first(HonorRollPage.objects.all()).url,
        "exemplar": first(Exemplar.objects.order_by("-featured", "pk")).get_url(),
        "search": "/vi/tim-kiem/?q=nha+van+hoa",
        "search thi dua": "/vi/tim-kiem/?q=thi+dua",
    }


def where_from() -> str:
    """The project's and Wagtail's frames that led to a query, innermost first."""
    import traceback

    frames = []
    for frame in reversed(traceback.extract_stack()[:-3]):
        path = frame.filename
        if "/django/" in path or "/psycopg/" in path or path.endswith("profile_pages.py"):
            continue
        short = path.split("site-packages/")[-1].replace(str(ROOT) + "/", "")
        frames.append(f"{short}:{frame.lineno} {frame.name}")
        if len(frames) == 4:
            break
    return " < ".join(frames)


def measure(client: Client, url: str, seconds: float) -> tuple[int, float, float]:
    """Queries of one request; mean wall and CPU milliseconds over ``seconds`` of requests.

    The CPU time is this process's alone (the database's is not in it): on a machine
    busy with other work it varies less than the wall time.
    """
    client.get(url)  # warms Wagtail's caches, as any earlier visitor would
    queries = []
    with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)):
        response = client.get(url)
    if response.status_code != 200:
        sys.exit(f"{url} answered {response.status_code}")
    count, started, cpu = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - started < seconds or count < 5:
        client.get(url)
        count += 1
    wall = (time.perf_counter() - started) * 1000 / count
    return len(queries), wall, (time.process_time() - cpu) * 1000 / count


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=2.0, help="time spent on each page")
    parser.add_argument("--profile", metavar="PAGE", help="pyinstrument tree of one page (e.g. home)")
    parser.add_argument("--queries", metavar="PAGE", help="print the SQL of one request of a page")
    options = parser.parse_args()

    client = Client(HTTP_HOST=(os.environ.get("ALLOWED_HOSTS") or "localhost").split(",")[0])
    pages = public_pages()
    if options.queries:
        url = pages[options.queries]
        client.get(url)
        queries = []

        def record(execute, sql, params, *args):
            started = time.perf_counter()
            try:
                return execute(sql, params, *args)
            finally:
                queries.append((sql, params, (time.perf_counter() - started) * 1000, where_from()))

        with connection.execute_wrapper(record):
            client.get(url)
        for number, (sql, params, ms, where) in enumerate(queries, 1):
            print(f"{number:3}. {ms:6.1f} ms {sql[:240]}\n     {params}\n     {where}")
        print(f"{len(queries)} queries, {sum(ms for *_, ms, _ in queries):.1f} ms")
        return
    if options.profile:
        from pyinstrument import Profiler

        url = pages[options.profile]
        client.get(url)
        with Profiler(interval=0.0005) as profiler:
            for _ in range(20):
                client.get(url)
        print(profiler.output_text(unicode=True, color=False, show_all=False))
        return

    rows = [(name, url, *measure(client, url, options.seconds)) for name, url in pages.items()]
    reference = rows[0][3]
    print(f"{'page':<14} {'queries':>7} {'ms':>7} {'cpu ms':>7} {'req/s':>7} {'vs robots':>9}  url")
    for name, url, queries, ms, cpu in rows:
        ratio = "1/" + format(ms / reference, ".0f")
        print(f"{name:<14} {queries:7} {ms:7.1f} {cpu:7.1f} {1000 / ms:7.1f} {ratio:>9}  {url}")


if __name__ == "__main__":
    main()
