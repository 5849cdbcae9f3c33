"""What the stack tests and benchmarks do inside the running site, as an editor or a reader would.

Run with the stack's settings: ``site/stack-run.sh .venv/bin/python tests/stack/stack_actions.py
ACTION ...``; prints one JSON object.

- ``publish-article TITLE``: a new article at the top of the Vietnamese news, published the
  way the admin publishes (a revision); prints when publishing started and ended.
- ``full-name USERNAME``: the name the site shows for a user.
- ``render``: every page of the sitemap rendered by Django's test client; prints each
  path's SHA-256 (to compare a restored copy with its original).
- ``tasks [SINCE]``: how many background tasks are in each state (queued since SINCE, epoch seconds).
- ``bench-urls``: one address of each kind of public page (bench/pages.py).
- ``queries PATH...``: the database queries each page makes, asked twice (the second count).
- ``sign-in-failures``: the addresses django-axes recorded failed sign-ins of a username from.
- ``officer-targets``: for each demo officer, the admin edit addresses of the nominations they may
  save (drafts and returned ones; those in review are read-only).
"""

import hashlib
import json
import os
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))
os.chdir(ROOT)


def publish_article(title: str) -> dict:
    from django.utils import timezone

    from wagtail.models import Locale

    from campaigns.models import ArticleIndexPage, ArticlePage

    index = ArticleIndexPage.objects.live().filter(locale=Locale.objects.get(language_code="vi")).first()
    article = ArticlePage(
        title=title,
        slug=f"bai-{int(time.time() * 1000)}",
        date=timezone.localdate(),
        summary=title,
        live=False,
    )
    index.add_child(instance=article)
    revision = article.save_revision()
    started = time.time()
    revision.publish()
    return {"started": started, "ended": time.time(), "url": article.get_url()}


def full_name(username: str) -> dict:
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username=username)
    return {"name": user.get_full_name() or user.username}


def render() -> dict:
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    sitemap = client.get("/sitemap.xml")
    paths = ["/sitemap.xml", "/robots.txt"]
    for chunk in sitemap.content.decode().split("<loc>")[1:]:
        paths.append(urlsplit(chunk.split("</loc>")[0]).path)
    result = {}
    for path in paths:
        response = client.get(path)
        result[path] = [response.status_code, hashlib.sha256(response.content).hexdigest()]
    return result


def tasks(since: str = "") -> dict:
    from datetime import UTC, datetime

    from django.db.models import Count

    from django_tasks_db.models import DBTaskResult

    results = DBTaskResult.objects.all()
    if since:
        results = results.filter(enqueued_at__gte=datetime.fromtimestamp(float(since), tz=UTC))
    return dict(results.values_list("status").annotate(count=Count("id")))


def bench_urls() -> dict:
    from wagtail.models import Locale

    from campaigns.models import ArticleIndexPage, ArticlePage, CampaignPage
    from exemplars.models import Exemplar, HonorRollPage, Work, WorkGalleryPage
    from home.models import HomePage

    vi = Locale.objects.get(language_code="vi")

    def first(model):
        return model.objects.live().public().filter(locale=vi).order_by("path").first()

    gallery, honor_roll = first(WorkGalleryPage), first(HonorRollPage)
    work = gallery.public_items().order_by("pk").first()
    exemplar = honor_roll.public_items().order_by("pk").first()
    assert work is not None and exemplar is not None and Work and Exemplar
    return {
        "home": first(HomePage).url,
        "plan": first(CampaignPage).url,
        "news index": first(ArticleIndexPage).url,
        "article": ArticlePage.objects.live().public().filter(locale=vi).order_by("-date", "-pk").first().url,
        "works gallery": gallery.url,
        "work": f"{gallery.url}{work.slug}/",
        "honor roll": honor_roll.url,
        "exemplar": f"{honor_roll.url}{exemplar.slug}/",
        "search results": "/vi/tim-kiem/?q=thi+dua",
        "robots.txt": "/robots.txt",
    }


def queries(*paths) -> dict:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    for path in paths:
        client.get(path)
        with CaptureQueriesContext(connection) as captured:
            client.get(path)
        counts[path] = len(captured.captured_queries)
    return counts


def sign_in_failures(username: str) -> dict:
    """The addresses django-axes counted failed sign-ins of ``username`` against."""
    from axes.models import AccessAttempt

    return {
        "addresses": list(
            AccessAttempt.objects.filter(username=username).values_list("ip_address", flat=True)
        )
    }


def officer_targets() -> dict:
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    from nominations.models import Nomination

    targets = {}
    for user in get_user_model().objects.filter(username__startswith="canbo.").select_related("membership"):
        found = Nomination.objects.filter(unit_id=user.membership.unit_id).order_by("pk")[:5]
        targets[user.username] = [  # those in review are read-only for their officer
            reverse(f"wagtailsnippets_{Nomination._meta.app_label}_nomination:edit", args=[n.pk])
            for n in found
            if not n.workflow_in_progress
        ]
    return targets


if __name__ == "__main__":
    import django

    django.setup()
    action, *args = sys.argv[1:]
    handler = {
        "publish-article": publish_article,
        "full-name": full_name,
        "render": render,
        "tasks": tasks,
        "bench-urls": bench_urls,
        "queries": queries,
        "officer-targets": officer_targets,
        "sign-in-failures": sign_in_failures,
    }[action]
    print(json.dumps(handler(*args), ensure_ascii=False))
