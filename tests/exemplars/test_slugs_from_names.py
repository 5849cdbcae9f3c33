"""Works and exemplars get their URL from their name when the officer leaves it empty."""

import pytest

from exemplars.factories import ExemplarFactory, WorkFactory

pytestmark = pytest.mark.django_db

NAMED = {
    WorkFactory: ("title", "Đường bê tông thôn Khuổi Phầy", "duong-be-tong-thon-khuoi-phay"),
    ExemplarFactory: ("name", "Chi hội Phụ nữ thôn Đồng Đăng", "chi-hoi-phu-nu-thon-dong-dang"),
}


@pytest.mark.parametrize("factory", NAMED, ids=["work", "exemplar"])
def test_an_empty_slug_is_made_from_the_name_and_numbered_when_taken(site, factory):
    field, name, slug = NAMED[factory]
    first = factory(campaign=site.campaign, slug="", **{field: name})
    second = factory(campaign=site.campaign, slug="", **{field: name})
    third = factory(campaign=site.campaign, slug="", **{field: name})
    assert [first.slug, second.slug, third.slug] == [slug, f"{slug}-2", f"{slug}-3"]


@pytest.mark.parametrize("factory", NAMED, ids=["work", "exemplar"])
def test_a_given_slug_is_kept_and_a_saved_one_does_not_move(site, factory):
    field, name, _slug = NAMED[factory]
    given = factory(campaign=site.campaign, slug="ten-rieng", **{field: name})
    assert given.slug == "ten-rieng"
    setattr(given, field, "Tên khác hẳn")
    given.save()
    given.refresh_from_db()
    assert given.slug == "ten-rieng"
