"""Only the unit above publishes a unit's work: when it is created as when it is edited."""

from django.urls import reverse

from wagtail.test.utils.form_data import rich_text

import pytest

from exemplars.models import Work, WorkCategory, WorkStatus

pytestmark = pytest.mark.django_db

TITLE = "Nhà văn hóa thôn Bản Piằng"
REFUSED = "Công trình của đơn vị do Thường trực cấp trên nghiệm thu và công bố"


def new_work_form(org, unit_key, **overrides):
    data = {
        "title": TITLE,
        "slug": "",
        "campaign": org.site.campaign.pk,
        "unit": org.units[unit_key].pk,
        "category": WorkCategory.ROADS,
        "status": WorkStatus.IN_PROGRESS,  # a new work is not accepted yet
        "summary": "Nhà văn hóa 120 chỗ ngồi do nhân dân góp công xây dựng.",
        "description": rich_text("<p>Mô tả công trình.</p>"),
        "place": "Thôn Bản Piằng",
        "value_vnd": "850000000",
        "people_contribution": "",
        "people_contribution_vnd": "",
        "started_on": "",
        "accepted_on": "",
        "plaque_mounted_on": "",
        "photos-TOTAL_FORMS": 0,
        "photos-INITIAL_FORMS": 0,
        "photos-MIN_NUM_FORMS": 0,
        "photos-MAX_NUM_FORMS": 1000,
        "action-publish": "action-publish",
    }
    data.update(overrides)
    return data


def edit_form(work, **overrides):
    data = {
        "title": work.title, "slug": work.slug, "campaign": work.campaign_id, "unit": work.unit_id,
        "category": work.category, "status": work.status, "summary": work.summary,
        "description": rich_text("<p>Mô tả công trình.</p>"), "place": work.place,
        "value_vnd": work.value_vnd or "", "people_contribution": "", "people_contribution_vnd": "",
        "started_on": "", "accepted_on": work.accepted_on.strftime("%d/%m/%Y") if work.accepted_on else "",
        "plaque_mounted_on": "", "photos-TOTAL_FORMS": 0, "photos-INITIAL_FORMS": 0,
        "photos-MIN_NUM_FORMS": 0, "photos-MAX_NUM_FORMS": 1000,
    }
    data.update(overrides)
    return data


def test_a_reviewer_cannot_publish_its_own_units_new_work_at_creation(client, org):
    client.force_login(org.users["reviewer_a"])
    response = client.post(reverse("wagtailsnippets_exemplars_work:add"), new_work_form(org, "a"))
    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert not Work.objects.filter(title=TITLE).exists(), "nothing saved, nothing published"


def test_a_reviewer_may_save_its_own_units_new_work_as_a_draft(client, org):
    client.force_login(org.users["reviewer_a"])
    data = new_work_form(org, "a")
    del data["action-publish"]
    response = client.post(reverse("wagtailsnippets_exemplars_work:add"), data)
    assert response.status_code == 302
    assert not Work.objects.get(title=TITLE).live


def test_a_reviewer_publishes_a_new_work_of_a_unit_below(client, org):
    client.force_login(org.users["reviewer_a"])
    response = client.post(reverse("wagtailsnippets_exemplars_work:add"), new_work_form(org, "a1"))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Work.objects.get(title=TITLE, unit=org.units["a1"]).live


def test_a_reviewer_still_publishes_the_work_of_a_unit_below(client, org):
    work = Work.objects.get(pk=org.works["a1"].pk)
    Work.objects.filter(pk=work.pk).update(live=False)
    client.force_login(org.users["reviewer_a"])
    response = client.post(
        reverse("wagtailsnippets_exemplars_work:edit", args=[work.pk]),
        edit_form(work, **{"action-publish": "action-publish"}),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Work.objects.get(pk=work.pk).live


def test_a_reviewer_cannot_publish_its_own_units_work_on_edit(client, org):
    work = Work.objects.get(pk=org.works["a"].pk)
    Work.objects.filter(pk=work.pk).update(live=False)
    client.force_login(org.users["reviewer_a"])
    response = client.post(
        reverse("wagtailsnippets_exemplars_work:edit", args=[work.pk]),
        edit_form(work, **{"action-publish": "action-publish"}),
    )
    assert REFUSED in response.content.decode()
    assert not Work.objects.get(pk=work.pk).live


def test_a_reviewer_cannot_move_its_own_units_work_below_and_publish_it(client, org):
    work = Work.objects.get(pk=org.works["a"].pk)
    Work.objects.filter(pk=work.pk).update(live=False)
    client.force_login(org.users["reviewer_a"])
    response = client.post(
        reverse("wagtailsnippets_exemplars_work:edit", args=[work.pk]),
        edit_form(work, unit=org.units["a1"].pk, **{"action-publish": "action-publish"}),
    )
    assert REFUSED in response.content.decode()
    work = Work.objects.get(pk=work.pk)
    assert not work.live and work.unit == org.units["a"]


def test_the_province_office_publishes_a_districts_new_work(client, org):
    client.force_login(org.users["province_office"])
    response = client.post(reverse("wagtailsnippets_exemplars_work:add"), new_work_form(org, "b"))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Work.objects.get(title=TITLE, unit=org.units["b"]).live
