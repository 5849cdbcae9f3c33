"""An editor uploading an image or a document reads the default collection's name in Vietnamese."""

from django.urls import reverse

from wagtail.models import Collection

import pytest

from tests.helpers import html, text_of

pytestmark = pytest.mark.django_db


def test_the_root_collection_is_offered_in_vietnamese(admin_client):
    assert Collection.get_first_root_node().name == "Thư viện chung"
    for screen in ("wagtailimages:add", "wagtaildocs:add"):
        offered = [
            text_of(option)
            for option in html(admin_client.get(reverse(screen))).select("#id_collection option")
        ]
        assert "Root" not in offered and "Thư viện chung" in offered, screen
