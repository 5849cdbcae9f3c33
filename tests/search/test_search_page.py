"""The search page: results with title, type, date and a marked excerpt; filters, pages, states."""

from datetime import date

from django.urls import reverse
from django.utils import translation

import pytest

from campaigns.factories import ArticlePageFactory
from tests.helpers import html, links, text_of
from tests.search.searching import (
    add_search_content,
    result_titles,
    result_types,
    search,
    search_url,
    titles_found,
)

pytestmark = pytest.mark.django_db

PAGED_WORD = "Pắc Khuông"


@pytest.fixture(scope="module")
def content(site, django_db_blocker):
    with django_db_blocker.unblock():
        found = add_search_content(site)
        for number in range(12):
            ArticlePageFactory(
                parent=site.news,
                title=f"Tin {PAGED_WORD} số {number + 1}",
                date=date(2020, 3, 1 + number),
                summary=f"Bản tin thôn {PAGED_WORD}.",
            )
        ArticlePageFactory(
            parent=site.news,
            title="Thi đua <b>không</b> dừng lại & còn tiếp",
            date=date(2020, 4, 1),
            summary='Đoạn có <script>alert("x")</script> trong tóm tắt về thi đua.',
        )
        return found


def test_the_search_page_answers_under_each_language(client):
    assert search_url("vi") == "/vi/tim-kiem/"
    assert search_url("en") == "/en/tim-kiem/"
    for language in ("vi", "en"):
        assert client.get(search_url(language)).status_code == 200


def test_without_a_query_the_page_invites_a_search(site, client):
    page = html(client.get(search_url()))
    assert page.select_one(".search-summary") is None
    assert "Nhập từ khóa" in text_of(page.select_one(".search-empty"))
    assert site.gallery.url in links(client.get(search_url()))


def test_each_result_has_title_type_date_and_an_excerpt_with_the_words_marked(content, client):
    response = search(client, "khuoi phay")
    result = html(response).select_one(".search-result")

    link = result.select_one(".search-result__title a")
    assert text_of(link) == "Đường bê tông thôn Khuổi Phầy"
    assert link["href"] == f"{content_url(content.work_road)}"
    assert text_of(result.select_one(".search-result__type")) == "Công trình, phần việc"
    assert result.select_one("time")["datetime"] == "2020-09-15"
    assert text_of(result.select_one("time")) == "15/09/2020"
    # Matched through folding, marked in the text as written.
    assert [text_of(mark) for mark in result.select(".search-result__excerpt mark")] == ["Khuổi", "Phầy"]
    assert [text_of(mark) for mark in link.select("mark")] == ["Khuổi", "Phầy"]
    assert "Huyện Đình Lập" in text_of(result.select_one(".search-result__meta"))


def content_url(work) -> str:
    return f"/vi/cong-trinh/{work.slug}/"


def test_the_text_is_escaped_around_the_marks(content, client):
    response = search(client, "khong dung lai")
    body = response.content.decode()
    assert "<b>không</b>" not in body
    assert "&lt;b&gt;<mark>không</mark>&lt;/b&gt;" in body
    assert "<script>alert" not in body
    assert "&lt;script&gt;" in body


def test_results_of_every_type_come_in_one_list(content, client):
    types = set(result_types(search(client, "Lạng Sơn")))
    assert {"Tin bài", "Công trình, phần việc", "Kế hoạch thi đua", "Trang thông tin"} <= types
    assert "Điển hình tiên tiến" in result_types(search(client, "nong thi hoa"))


def test_results_can_be_narrowed_to_one_type_with_counts_for_each(content, client):
    response = search(client, "Lạng Sơn", type="work")
    assert set(result_types(response)) == {"Công trình, phần việc"}
    counts = {
        text_of(link.select_one("span")): text_of(link.select_one(".search-types__count"))
        for link in html(response).select(".search-types__link")
    }
    assert counts["Công trình, phần việc"] == "1"
    assert int(counts["Tất cả"]) == sum(int(value) for key, value in counts.items() if key != "Tất cả")
    current = html(response).select_one(".search-types__link[aria-current]")
    assert text_of(current.select_one("span")) == "Công trình, phần việc"


def test_results_can_be_narrowed_to_a_district(content, client):
    everywhere = titles_found(client, "thi dua")
    in_dinh_lap = titles_found(client, "thi dua", district=content.dinh_lap.pk)
    assert "Sôi nổi phong trào thi đua ở Đình Lập" in in_dinh_lap
    assert len(in_dinh_lap) < len(everywhere)
    # The plan and the about page belong to no district.
    assert not {"Giới thiệu"} & set(in_dinh_lap)
    assert titles_found(client, "khuoi phay", district=content.dinh_lap.pk) == [
        "Đường bê tông thôn Khuổi Phầy"
    ]
    assert titles_found(client, "khuoi phay", district=content.trang_dinh.pk) == []


def test_results_come_ten_to_a_page_and_the_links_keep_the_query(content, client):
    first = search(client, PAGED_WORD)
    assert len(result_titles(first)) == 10
    assert "12 kết quả" in text_of(html(first).select_one(".search-summary"))
    next_link = html(first).select_one(".pagination a[rel=next]")["href"]
    assert "q=P%E1%BA%AFc+Khu%C3%B4ng" in next_link and "page=2" in next_link
    second = client.get(search_url() + next_link)
    assert len(result_titles(second)) == 2
    assert not set(result_titles(first)) & set(result_titles(second))
    # A page number past the end shows the last page.
    assert result_titles(search(client, PAGED_WORD, page=99)) == result_titles(second)


def test_a_query_that_matches_nothing_gets_a_helpful_empty_state(site, content, client):
    response = search(client, "xyzzy khong co")
    page = html(response)
    assert "Không tìm thấy kết quả nào" in text_of(page.select_one(".search-summary"))
    empty = page.select_one(".search-empty")
    assert "Kiểm tra chính tả" in text_of(empty)
    assert {site.news.url, site.gallery.url, site.honor_roll.url} <= {a["href"] for a in empty.select("a")}

    filtered = html(search(client, "khuoi phay", type="news"))
    widen = filtered.select_one(".search-empty a")
    assert text_of(widen) == "Tìm trong mọi loại kết quả và mọi địa bàn"
    assert titles_found(client, "khuoi phay") and "type" not in widen["href"]


def test_every_page_has_a_search_box_in_its_header(site, client):
    page = html(client.get(site.home.url))
    form = page.select_one(".site-header form[role=search]")
    assert form["action"] == "/vi/tim-kiem/" and form["method"] == "get"
    field = form.select_one("input[name=q]")
    assert field["type"] == "search"
    assert page.select_one(f"label[for={field['id']}]") is not None
    assert field["data-search-suggest"] == "/vi/tim-kiem/goi-y/"
    assert page.select_one("script[src$='js/search.js']") is not None


def test_the_search_page_has_its_own_form_instead_of_the_header_box(content, client):
    page = html(search(client, "thi dua"))
    assert page.select_one(".site-header form[role=search]") is None
    assert page.select_one("main form[role=search] input[name=q]")["value"] == "thi dua"


def test_search_pages_are_kept_out_of_search_engines(content, client):
    response = search(client, "thi dua")
    assert response["X-Robots-Tag"] == "noindex"
    assert html(response).select_one("meta[name=robots]")["content"].startswith("noindex")


def test_the_language_switcher_keeps_the_query(content, client):
    page = html(search(client, "thi dua", type="news"))
    english = page.select_one(".lang-switch a[hreflang=en]")
    assert english["href"] == "/en/tim-kiem/?q=thi+dua&type=news"


def test_the_english_site_searches_english_pages_and_falls_back_for_works(
    site, content, client, django_db_blocker
):
    site.translate(
        content.article_lang_son,
        {
            "Nông thôn mới ở Lạng Sơn": "New countryside in Lạng Sơn",
            "Nhiều xã hoàn thành tiêu chí nông thôn mới trong đợt thi đua.": "Many communes met the new countryside criteria.",
        },
    )
    assert titles_found(client, "new countryside", "en") == ["New countryside in Lạng Sơn"]
    assert titles_found(client, "new countryside", "vi") == []
    # Works without an English translation show in Vietnamese, linked under /en/.
    response = search(client, "khuoi phay", "en")
    assert result_titles(response) == ["Đường bê tông thôn Khuổi Phầy"]
    assert html(response).select_one(".search-result__title a")["href"].startswith("/en/")
    with translation.override("en"):
        assert reverse("site_search") == "/en/tim-kiem/"
