"""What the stack tests and benchmarks do inside the running site, as an editor or a reader would.

Run with the stack's settings: ``site/stack-run.sh .venv/bin/python tests/stack/stack_actions.py
ACTION ...``; prints one JSON object.

- ``publish-article TITLE``: a new article at the top of the Vietnamese news, published the
  way the admin publishes (a revision); prints when publishing started and ended.
- ``full-name USERNAME``: the name the site shows for a user.
- ``render``: every page of the sitemap rendered by Django's test client; prints each
  path's SHA-256 (to compare a restored copy with its original).
- ``tasks``: how many background tasks are in each state.
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
    article = ArticlePage(title=title, slug=f"bai-{int(time.time() * 1000)}", date=timezone.localdate(),
                          summary=title, live=False)
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


def tasks() -> dict:
    from django.db.models import Count

    from django_tasks_db.models import DBTaskResult

    return dict(DBTaskResult.objects.values_list("status").annotate(count=Count("id")))


if __name__ == "__main__":
    import django

    django.setup()
    action, *args = sys.argv[1:]
    handler = {"publish-article": publish_article, "full-name": full_name, "render": render, "tasks": tasks}[action]
    print(json.dumps(handler(*args), ensure_ascii=False))
