"""Publishing, unpublishing, deleting and translating show in the results at once.

Wagtail reindexes an object when it is saved (a django-tasks task, run at once by the
immediate backend the site uses by default) and removes it when deleted. With a worker
backend configured the change shows once the worker has run the task.
"""

from django.test import override_settings

import pytest
from django_tasks import default_task_backend

from campaigns.factories import ArticlePageFactory
from campaigns.models import ArticlePage
from exemplars.factories import ExemplarFactory, WorkFactory
from exemplars.models import Exemplar, Work
from tests.search.searching import titles_found

pytestmark = pytest.mark.django_db


def make_work(site, **fields):
    return WorkFactory(campaign=site.campaign, unit=site.province, **fields)


def make_exemplar(site, **fields):
    return ExemplarFactory(
        campaign=site.campaign,
        unit=site.province,
        award_type=site.award_types["bang-khen-ubmttq-tinh"],
        **fields,
    )


def news_found(client, query) -> list[str]:
    # Two common syllables are found in the long plan too; these tests look at news.
    return titles_found(client, query, type="news")


def test_publishing_a_page_shows_it_at_once(site, client):
    page = ArticlePageFactory(parent=site.news, title="Khánh thành cầu Bản Nầm", publish=False)
    assert news_found(client, "ban nam") == []

    page.save_revision().publish()
    assert news_found(client, "ban nam") == ["Khánh thành cầu Bản Nầm"]


def test_publishing_a_new_revision_replaces_the_old_text(site, client):
    page = ArticlePageFactory(parent=site.news, title="Nghiệm thu đường Khòn Phạc")
    page = ArticlePage.objects.get(pk=page.pk)
    page.title = "Gắn biển đường Khòn Phạc"
    page.summary = "Đường liên thôn Nà Múc đã gắn biển."
    page.save_revision().publish()

    assert titles_found(client, "nghiem thu khon phac") == []
    assert titles_found(client, "na muc") == ["Gắn biển đường Khòn Phạc"]


def test_a_draft_of_a_live_page_is_not_searched_until_published(site, client):
    page = ArticlePageFactory(parent=site.news, title="Hội nghị ở Pò Mã")
    page = ArticlePage.objects.get(pk=page.pk)
    page.summary = "Bản nháp nhắc tới Kéo Coong."
    revision = page.save_revision()
    assert titles_found(client, "keo coong") == []

    revision.publish()
    assert titles_found(client, "keo coong") == ["Hội nghị ở Pò Mã"]


def test_unpublishing_and_deleting_a_page_hide_it_at_once(site, client):
    unpublished = ArticlePageFactory(parent=site.news, title="Tin Bó Củng sẽ gỡ")
    deleted = ArticlePageFactory(parent=site.news, title="Tin Bó Củng sẽ xóa")
    assert len(news_found(client, "bo cung")) == 2

    unpublished.unpublish()
    assert news_found(client, "bo cung") == ["Tin Bó Củng sẽ xóa"]
    deleted.delete()
    assert news_found(client, "bo cung") == []


def test_publishing_unpublishing_and_deleting_works_and_exemplars(site, client):
    work = make_work(site, title="Nhà văn hóa thôn Nà Canh", publish=False)
    exemplar = make_exemplar(site, name="Lành Văn Nà Canh", publish=False)
    assert titles_found(client, "na canh") == []

    work.save_revision().publish()
    exemplar.save_revision().publish()
    assert set(titles_found(client, "na canh")) == {"Nhà văn hóa thôn Nà Canh", "Lành Văn Nà Canh"}

    Work.objects.get(pk=work.pk).unpublish()
    assert titles_found(client, "na canh") == ["Lành Văn Nà Canh"]
    Exemplar.objects.get(pk=exemplar.pk).delete()
    assert titles_found(client, "na canh") == []


def test_a_work_leaving_the_public_statuses_leaves_the_results(site, client):
    work = make_work(site, title="Kênh mương thôn Pàn Pè")
    assert titles_found(client, "pan pe") == ["Kênh mương thôn Pàn Pè"]
    work = Work.objects.get(pk=work.pk)
    work.status = "in_progress"
    work.accepted_on = None
    work.save_revision().publish()
    assert titles_found(client, "pan pe") == []


def test_translations_are_searched_in_their_language_as_they_change(site, client):
    page = ArticlePageFactory(
        parent=site.news, title="Ngày hội Đại đoàn kết ở Nà Tồng", summary="Bà con thôn Nà Tồng vui ngày hội."
    )
    assert titles_found(client, "na tong", "en") == []

    site.translate(page, {"Ngày hội Đại đoàn kết ở Nà Tồng": "Great Unity festival in Nà Tồng"})
    assert titles_found(client, "unity festival", "en") == ["Great Unity festival in Nà Tồng"]
    assert titles_found(client, "unity festival", "vi") == []

    english = page.get_translation(site.ctx.english)
    english.title = "Great Unity day in Nà Tồng"
    english.save_revision().publish()
    assert titles_found(client, "unity festival", "en") == []
    assert titles_found(client, "unity day", "en") == ["Great Unity day in Nà Tồng"]

    english.unpublish()
    assert titles_found(client, "unity day", "en") == []


def test_a_snippet_translation_replaces_the_fallback_to_vietnamese(site, client):
    work = make_work(site, title="Sân thể thao thôn Nà Phai")
    assert titles_found(client, "na phai", "en") == ["Sân thể thao thôn Nà Phai"]

    site.translate(work, {"Sân thể thao thôn Nà Phai": "Sports ground in Nà Phai village"})
    assert titles_found(client, "na phai", "en") == ["Sports ground in Nà Phai village"]
    assert titles_found(client, "na phai", "vi") == ["Sân thể thao thôn Nà Phai"]


@override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}})
def test_with_a_task_worker_the_results_change_when_the_task_has_run(site, client):
    default_task_backend.clear()
    page = ArticlePageFactory(parent=site.news, title="Tin Pắc Nặm chờ chỉ mục")
    assert titles_found(client, "pac nam") == []
    queued = [result for result in default_task_backend.results if result.args[2] == str(page.pk)]
    assert queued, "publishing enqueued a reindexing task"

    for result in queued:  # what the worker does
        result.task.call(*result.args, **result.kwargs)
    assert titles_found(client, "pac nam") == ["Tin Pắc Nặm chờ chỉ mục"]
