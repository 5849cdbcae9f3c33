"""The public comment window: the office posts the nominees, the public comments, the council waits.

A Bằng khen of the provincial Front (five working days of comment here) is walked to the
council's step; the office opens a period on Thursday 12/02/2026, which runs across Tết
to Wednesday 25/02/2026. The public page lists the nominee (public fields only) only in
those days, takes comments that never show publicly, and refuses floods, robots, forged
posts and oversized text with a clear answer; the council cannot consider the nominee
until the period is over.
"""

from datetime import date

from django.core.cache import cache
from django.test import Client
from django.urls import reverse

import pytest
from freezegun import freeze_time

from campaigns.models import AwardType
from nominations.comment_window import open_period, to_post
from nominations.council import awaiting_council
from nominations.models import (
    AwardChain,
    CommentPeriod,
    NominationRefused,
    PostedNominee,
    PublicComment,
    PublicCommentPage,
)
from nominations.public_comment_form import COMMENTS_PER_HOUR
from tests.helpers import html
from tests.intranet.nominations import COUNCIL, PROVINCE_FRONT, act, edit_url, nominate, step_of, submit

pytestmark = pytest.mark.django_db

START = date(2026, 2, 12)  # Thursday before Tết Bính Ngọ
END = date(2026, 2, 25)  # 12, 13, (Tết 16–20), 23, 24, 25
NAME = "Lành Thị Công Khai"
PRIVATE = {"ethnicity": "DANTOCQW7", "id_number": "020188776655", "phone": "0912345678"}


@pytest.fixture
def page(org):
    home = org.site.home
    page = home.add_child(instance=PublicCommentPage(title="Lấy ý kiến nhân dân", slug="lay-y-kien"))
    page.save_revision().publish()
    return page


@pytest.fixture
def nominee(org):
    """A nomination waiting at the council's step, its award type asking for five working days."""
    AwardChain.objects.filter(award_type__slug=PROVINCE_FRONT).update(comment_days=5)
    nomination = nominate(
        org,
        "a",
        PROVINCE_FRONT,
        name=NAME,
        position="Chủ tịch Ủy ban MTTQ huyện",
        birth_date=date(1961, 7, 23),
        achievements="Vận động xây 40 nhà Đại đoàn kết.",
        **PRIVATE,
    )
    nomination.save_revision()
    with freeze_time("2026-02-02 09:00"):
        submit(nomination, org.users["officer_a"])
        for user in ("reviewer_a", "province_office"):
            nomination = act(nomination, org.users[user])
    assert step_of(nomination) == COUNCIL
    return nomination


@pytest.fixture
def posting(org, nominee):
    period = open_period(
        CommentPeriod(campaign=org.site.campaign, starts_on=START, opened_by=org.users["province_office"])
    )
    return period.nominees.get()


def nominee_url(page, posting) -> str:
    return f"{page.url}{posting.pk}/"


def test_opening_posts_the_nominees_that_passed_the_dossier_check_until_the_working_day_end(org, nominee):
    not_checked = nominate(org, "b", PROVINCE_FRONT, name="Chưa kiểm tra hồ sơ")
    submit(not_checked, org.users["officer_b"])
    assert list(to_post(org.site.campaign)) == [nominee]
    period = open_period(CommentPeriod(campaign=org.site.campaign, starts_on=START))
    assert period.ends_on == END
    assert [(p.nomination, p.ends_on) for p in period.nominees.all()] == [(nominee, END)]
    assert not to_post(org.site.campaign).exists(), "posted once"


def test_an_award_type_without_comment_days_is_not_posted(org, nominee):
    AwardChain.objects.filter(award_type__slug=PROVINCE_FRONT).update(comment_days=0)
    assert not to_post(org.site.campaign).exists()


def test_the_list_is_public_only_during_the_period(client, page, posting):
    for day, shown in [
        ("2026-02-11", False),
        ("2026-02-12", True),
        ("2026-02-25", True),
        ("2026-02-26", False),
    ]:
        with freeze_time(f"{day} 10:00"):
            cache.clear()
            listing = client.get(page.url)
            assert listing.status_code == 200
            assert (NAME in listing.content.decode()) is shown, day
            assert (client.get(nominee_url(page, posting)).status_code == 200) is shown, day
            if not shown:
                assert "Hiện không có đợt lấy ý kiến nhân dân nào" in listing.content.decode()


def test_the_list_and_the_form_show_no_private_field_in_either_language(client, org, page, posting):
    org.site.translate(page, {"Lấy ý kiến nhân dân": "Public comment"})
    english = page.get_translation(org.site.ctx.english)
    with freeze_time("2026-02-13 10:00"):
        for url in (page.url, nominee_url(page, posting), english.url, nominee_url(english, posting)):
            body = client.get(url).content.decode()
            assert NAME in body and "Chủ tịch Ủy ban MTTQ huyện" in body and "40 nhà Đại đoàn kết" in body, (
                url
            )
            for field, marker in PRIVATE.items():
                assert marker not in body, (url, field)
            assert "23/07/1961" not in body and "1961-07-23" not in body
    assert english.url.startswith("/en/")


def test_the_list_is_kept_a_minute_by_the_front_cache_and_the_form_page_never(client, page, posting):
    with freeze_time("2026-02-13 10:00"):
        listing = client.get(page.url)
        form_page = client.get(nominee_url(page, posting))
    assert "s-maxage=60" in listing["Cache-Control"] and "public" in listing["Cache-Control"]
    assert "public" not in form_page["Cache-Control"] and "private" in form_page["Cache-Control"]


def test_a_comment_goes_to_the_office_and_the_council_never_to_the_public(
    client, org, page, posting, nominee
):
    with freeze_time("2026-02-13 10:00"):
        response = client.post(
            nominee_url(page, posting),
            {
                "name": "Hoàng Văn Dân",
                "contact": "0900000001",
                "text": "Bà có đóng góp thật, tôi xác nhận GOPY-K4.",
            },
        )
        assert response.status_code == 200
        assert "Cảm ơn bạn đã góp ý" in response.content.decode()
        for url in (page.url, nominee_url(page, posting)):
            assert "GOPY-K4" not in client.get(url).content.decode()
    comment = PublicComment.objects.get()
    assert (comment.nomination, comment.posting, comment.name) == (nominee, posting, "Hoàng Văn Dân")

    comments_url = reverse("wagtailsnippets_nominations_publiccomment:list")
    edit_nomination = reverse("wagtailsnippets_nominations_nomination:edit", args=[nominee.pk])
    for user in ("province_office", "council"):
        client.force_login(org.users[user])
        assert "GOPY-K4" in client.get(comments_url).content.decode(), user
        assert "GOPY-K4" in client.get(edit_nomination).content.decode(), user
    for user in ("officer_a", "reviewer_a", "editor"):
        client.force_login(org.users[user])
        assert "GOPY-K4" not in client.get(comments_url).content.decode(), user
    client.logout()
    assert "GOPY-K4" not in client.get(comments_url, follow=True).content.decode()


def test_the_office_marks_a_comment_handled_with_a_note(client, org, posting):
    comment = PublicComment.objects.create(posting=posting, nomination=posting.nomination, text="Góp ý")
    edit = reverse("wagtailsnippets_nominations_publiccomment:edit", args=[comment.pk])
    client.force_login(org.users["province_office"])
    response = client.post(edit, {"handled": "on", "handling_note": ""})
    assert "Ghi rõ đã xử lý thế nào" in response.content.decode()
    assert client.post(edit, {"handled": "on", "handling_note": "Đã xác minh, đúng."}).status_code == 302
    comment.refresh_from_db()
    assert comment.handled and comment.handled_by == org.users["province_office"] and comment.handled_at
    client.force_login(org.users["council"])
    assert client.post(edit, {"handled": "", "handling_note": "x"}).status_code in (302, 403)
    comment.refresh_from_db()
    assert comment.handled, "the council reads comments, the office handles them"


def test_a_comment_of_100_kb_is_refused_with_the_limit_and_kept_in_the_form(client, page, posting):
    text = "Góp ý rất dài. " * 7000
    with freeze_time("2026-02-13 10:00"):
        response = client.post(nominee_url(page, posting), {"text": text})
    body = response.content.decode()
    assert len(text.encode()) > 100_000
    assert "Nội dung góp ý dài quá: tối đa 5.000 ký tự" in body
    assert text.strip()[:2000] in body, "what the visitor wrote is still in the box"
    assert not PublicComment.objects.exists()


def test_scripts_and_odd_unicode_are_stored_clean_and_shown_escaped(client, org, page, posting):
    text = "<script>alert('x')</script> Nguye\u0302\u0303n\u200b\u0007 \u202eđảo\u202c 😀\r\nDòng 2"
    with freeze_time("2026-02-13 10:00"):
        response = client.post(nominee_url(page, posting), {"text": text, "name": "<b>Tên</b>\u0001"})
        assert "Cảm ơn bạn đã góp ý" in response.content.decode()
        # A NUL gets the portal's "invalid request" page (core/middleware.py), before any view.
        assert client.post(nominee_url(page, posting), {"text": "a\u0000b"}).status_code == 400
    comment = PublicComment.objects.get()
    assert comment.text == "<script>alert('x')</script> Nguyễn đảo 😀\nDòng 2"
    assert comment.name == "<b>Tên</b>"
    client.force_login(org.users["province_office"])
    page_html = client.get(
        reverse("wagtailsnippets_nominations_publiccomment:edit", args=[comment.pk])
    ).content.decode()
    assert "<script>alert('x')</script>" not in page_html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page_html


def test_an_empty_comment_is_asked_for(client, page, posting):
    with freeze_time("2026-02-13 10:00"):
        response = client.post(nominee_url(page, posting), {"text": "  \u200b "})
    assert "Vui lòng nhập nội dung góp ý." in response.content.decode()
    assert not PublicComment.objects.exists()


def test_a_flood_from_one_address_is_stopped_and_other_addresses_are_not(client, page, posting):
    url = nominee_url(page, posting)
    with freeze_time("2026-02-13 10:00"):
        for number in range(COMMENTS_PER_HOUR):
            assert client.post(url, {"text": f"Góp ý {number}"}, REMOTE_ADDR="203.0.113.9").status_code == 200
        flooded = client.post(url, {"text": "Góp ý thừa"}, REMOTE_ADDR="203.0.113.9")
        assert flooded.status_code == 429
        assert "Bạn đã gửi nhiều ý kiến trong thời gian ngắn" in flooded.content.decode()
        assert "Góp ý thừa" in flooded.content.decode(), "the text stays in the box"
        assert client.post(url, {"text": "Người khác"}, REMOTE_ADDR="203.0.113.10").status_code == 200
        # Behind the site's own proxies the forwarded address counts, not the proxy's.
        proxied = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.9"}
        assert client.post(url, {"text": "Qua proxy"}, **proxied).status_code == 429
        forged = {"REMOTE_ADDR": "198.51.100.7", "HTTP_X_FORWARDED_FOR": "203.0.113.11"}
        assert client.post(url, {"text": "Giả địa chỉ"}, **forged).status_code == 200
    assert PublicComment.objects.count() == COMMENTS_PER_HOUR + 2
    with freeze_time("2026-02-13 11:01"):
        cache.delete("public-comment-rate:203.0.113.9")  # the hour passed (locmem ignores freezegun)
        assert client.post(url, {"text": "Một giờ sau"}, REMOTE_ADDR="203.0.113.9").status_code == 200


def test_a_robot_filling_the_hidden_field_is_thanked_and_nothing_is_kept(client, page, posting):
    with freeze_time("2026-02-13 10:00"):
        response = client.post(
            nominee_url(page, posting), {"text": "Mua thuốc giá rẻ", "website": "http://spam.example"}
        )
    assert "Cảm ơn bạn đã góp ý" in response.content.decode()
    assert not PublicComment.objects.exists()


def test_a_post_without_the_csrf_token_is_refused(page, posting):
    client = Client(enforce_csrf_checks=True)
    with freeze_time("2026-02-13 10:00"):
        assert client.post(nominee_url(page, posting), {"text": "Không có mã"}).status_code == 403
    assert not PublicComment.objects.exists()


def test_the_council_cannot_consider_before_the_period_ended(org, nominee, posting):
    council = org.users["council"]
    for day in ("2026-02-12", "2026-02-25"):
        with freeze_time(f"{day} 16:00"), pytest.raises(NominationRefused) as refused:
            act(nominee, council)
        assert (
            "đang được lấy ý kiến nhân dân từ ngày 12/02/2026 đến hết ngày 25/02/2026"
            in refused.value.message
        )
        assert step_of(nominee) == COUNCIL
    with freeze_time("2026-02-26 08:00"):
        assert step_of(act(nominee, council)) != COUNCIL


def test_a_nominee_never_posted_waits_for_the_office(org, nominee):
    with pytest.raises(NominationRefused) as refused:
        act(nominee, org.users["council"])
    assert "Văn phòng tỉnh chưa đưa hồ sơ này ra lấy ý kiến" in refused.value.message


def test_the_council_reads_why_on_its_screen(client, org, nominee, posting):
    client.force_login(org.users["council"])
    with freeze_time("2026-02-20 10:00"):
        response = client.get(edit_url(nominee))
    waiting = html(response).select_one("[data-council-waiting]").get_text(" ", strip=True)
    assert "Chưa xét được" in waiting and "đến hết ngày 25/02/2026" in waiting
    assert step_of(nominee) == COUNCIL


def test_the_office_opens_a_period_in_the_admin(client, org, nominee):
    client.force_login(org.users["province_office"])
    add = reverse("wagtailsnippets_nominations_commentperiod:add")
    response = client.post(
        add, {"campaign": org.site.campaign.pk, "starts_on": "12/02/2026", "note": "TB 31"}
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    period = CommentPeriod.objects.get()
    assert (period.starts_on, period.ends_on, period.opened_by) == (START, END, org.users["province_office"])
    assert PostedNominee.objects.get().nomination == nominee
    again = client.post(add, {"campaign": org.site.campaign.pk, "starts_on": "02/03/2026"})
    assert "Chưa có hồ sơ nào để lấy ý kiến" in again.content.decode()
    client.force_login(org.users["council"])
    assert client.get(add).status_code in (302, 403)


def test_the_list_page_queries_do_not_grow_with_the_nominees(
    client, org, page, posting, django_assert_max_num_queries
):
    for number in range(4):
        extra = nominate(
            org,
            "b",
            AwardType.objects.get(slug=PROVINCE_FRONT).slug,
            name=f"Tập thể {number}",
            kind="collective",
        )
        PostedNominee.objects.create(period=posting.period, nomination=extra, ends_on=END)
    with freeze_time("2026-02-13 10:00"), django_assert_max_num_queries(20):
        body = client.get(page.url).content.decode()
    assert "Tập thể 3" in body


def test_the_councils_agenda_takes_a_nominee_once_its_period_ended(org, nominee, posting):
    with freeze_time("2026-02-25 10:00"):
        assert nominee not in awaiting_council()
    with freeze_time("2026-02-26 10:00"):
        assert nominee in awaiting_council()


# Input no browser sends, in each field of the public form and in the address: the answer
# is the form again, the thank-you page, a 400 (NUL) or a 404 — never a server error.
ODD = {
    "nul": "Thôn\x00Bản",
    "2**64": str(2**64),
    "list": ["1", "2"],
    "huge-string": "Lạng Sơn " * 20_000,
    "deep-json": "[" * 5000,
}


@pytest.mark.parametrize("field", ["name", "contact", "text", "website"])
@pytest.mark.parametrize("odd", list(ODD), ids=list(ODD))
def test_odd_input_in_any_field_of_the_public_form_is_never_a_server_error(client, page, posting, field, odd):
    cache.clear()  # each case starts under the flood limit
    data = {"name": "Người góp ý", "text": "Góp ý thử.", field: ODD[odd]}
    with freeze_time("2026-02-13 10:00"):
        response = client.post(nominee_url(page, posting), data)
    assert response.status_code in (200, 302, 400), response.status_code
    kept = PublicComment.objects.values_list("name", "contact", "text")
    assert not any("\x00" in value for row in kept for value in row), "no NUL is stored"


@pytest.mark.parametrize("number", ["0", "-1", str(2**64), "abc", "1.5"])
def test_an_odd_nominee_number_in_the_address_is_not_found(client, page, posting, number):
    with freeze_time("2026-02-13 10:00"):
        response = client.get(f"{page.url}{number}/")
    assert response.status_code == 404
