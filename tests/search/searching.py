"""Searching the public site the way a visitor does, and reading the results page."""

from dataclasses import dataclass
from datetime import date

from django.urls import reverse
from django.utils import translation

from campaigns.factories import ArticlePageFactory, UnitFactory, paragraphs
from exemplars.factories import ExemplarFactory, WorkFactory
from exemplars.models import WorkStatus
from tests.helpers import html, text_of


def search_url(language: str = "vi") -> str:
    with translation.override(language):
        return reverse("site_search")


def suggestions_url(language: str = "vi") -> str:
    with translation.override(language):
        return reverse("site_search_suggestions")


def search(client, q, language: str = "vi", **params):
    response = client.get(search_url(language), {"q": q, **params})
    assert response.status_code == 200
    return response


def suggest(client, q, language: str = "vi") -> list[dict]:
    response = client.get(suggestions_url(language), {"q": q})
    assert response.status_code == 200
    return response.json()["suggestions"]


def result_titles(response) -> list[str]:
    """The titles of the results shown, in order."""
    return [text_of(title) for title in html(response).select(".search-result__title")]


def result_types(response) -> list[str]:
    return [text_of(kind) for kind in html(response).select(".search-result__type")]


def titles_found(client, q, language: str = "vi", **params) -> list[str]:
    return result_titles(search(client, q, language, **params))


@dataclass
class SearchContent:
    """Items with distinctive Vietnamese words, added to the ``site`` fixture's public site."""

    dinh_lap: object
    trang_dinh: object
    dinh_lap_commune: object
    city_commune: object
    article_dinh_lap: object
    article_inspection: object
    article_lang_son: object
    article_chi_lang: object
    work_cultural_house: object
    work_road: object
    exemplar: object


def add_search_content(site) -> SearchContent:
    """Articles, works and an exemplar whose words the search tests look for."""
    dinh_lap, trang_dinh, city = site.districts["189"], site.districts["180"], site.districts["178"]
    dinh_lap_commune = UnitFactory(
        code="T-KIENMOC", name="Xã Kiên Mộc", parent=dinh_lap, level__code="commune"
    )
    city_commune = UnitFactory(code="T-HOANGDONG", name="Xã Hoàng Đồng", parent=city, level__code="commune")
    common = {"campaign": site.campaign}
    award = {"award_type": site.award_types["bang-khen-ubmttq-tinh"]}

    def article(title, summary, unit, day, body=None):
        return ArticlePageFactory(
            parent=site.news,
            title=title,
            summary=summary,
            author_unit=unit,
            date=day,
            body=[{"type": "paragraph", "value": paragraphs(body or summary)}],
        )

    return SearchContent(
        dinh_lap=dinh_lap,
        trang_dinh=trang_dinh,
        dinh_lap_commune=dinh_lap_commune,
        city_commune=city_commune,
        article_dinh_lap=article(
            "Sôi nổi phong trào thi đua ở Đình Lập",
            "Đồng bào các dân tộc huyện Đình Lập hăng hái thi đua lập thành tích chào mừng Đại hội.",
            dinh_lap,
            date(2020, 5, 10),
            "Các thôn bản vùng biên của huyện Đình Lập đăng ký hàng chục công trình, phần việc.",
        ),
        article_inspection=article(
            "Đoàn công tác kiểm tra công trình chào mừng",
            "Ban Thường trực kiểm tra tiến độ các công trình ở huyện Tràng Định.",
            trang_dinh,
            date(2020, 9, 1),
        ),
        article_lang_son=article(
            "Nông thôn mới ở Lạng Sơn",
            "Nhiều xã hoàn thành tiêu chí nông thôn mới trong đợt thi đua.",
            city,
            date(2020, 10, 2),
        ),
        article_chi_lang=article(
            "Chi Lăng đón nhận Bằng khen",
            "Ủy ban MTTQ huyện Chi Lăng được tặng Bằng khen vì thành tích xuất sắc.",
            None,
            date(2020, 11, 20),
        ),
        work_cultural_house=WorkFactory(
            title="Nhà văn hóa thôn Bản Chu",
            unit=city_commune,
            status=WorkStatus.PLAQUE_MOUNTED,
            summary="Nhà văn hóa hai gian với sân thể thao, nơi sinh hoạt chung của 120 hộ dân.",
            place="Thôn Bản Chu, xã Hoàng Đồng, thành phố Lạng Sơn",
            **common,
        ),
        work_road=WorkFactory(
            title="Đường bê tông thôn Khuổi Phầy",
            unit=dinh_lap_commune,
            summary="Tuyến đường dài 2,6 km do nhân dân hiến đất, góp ngày công xây dựng.",
            place="Thôn Khuổi Phầy, xã Kiên Mộc, huyện Đình Lập",
            **common,
        ),
        exemplar=ExemplarFactory(
            name="Nông Thị Hoa",
            kind="individual",
            unit=city_commune,
            position="Trưởng Ban công tác Mặt trận thôn Nà Pàn",
            summary="Người giữ lửa phong trào làm đường bê tông của thôn Nà Pàn.",
            **award,
            **common,
        ),
    )
