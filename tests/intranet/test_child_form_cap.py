"""A work's photos: a form count no browser sends is refused at once, in Vietnamese.

Django builds as many child forms as ``photos-TOTAL_FORMS`` says, up to a thousand beyond
the limit, and the admin renders them all to show the form again: one request kept the
server busy for seconds. Past ``MAX_CHILD_FORMS`` the form comes back with an error and
nothing is saved.
"""

from django.urls import reverse

import pytest

from core.panels import MAX_CHILD_FORMS
from exemplars.models import Work

from .test_work_publishing import edit_form

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("count", [MAX_CHILD_FORMS + 1, 10**6])
def test_too_many_photo_forms_are_refused_with_a_message(client, org, count):
    work = org.works["a"]
    client.force_login(org.users["officer_a"])
    data = edit_form(work, title="Tiêu đề mới", **{"photos-TOTAL_FORMS": count})
    response = client.post(reverse("wagtailsnippets_exemplars_work:edit", args=[work.pk]), data)

    assert response.status_code == 200
    assert f"Chỉ gửi được tối đa {MAX_CHILD_FORMS} mục trong một lần lưu." in response.content.decode()
    assert response.content.decode().count('name="photos-') < 20 * MAX_CHILD_FORMS
    assert Work.objects.get(pk=work.pk).title != "Tiêu đề mới"
