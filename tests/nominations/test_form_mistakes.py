"""The nomination form prevents mistakes and never loses what the officer typed.

- A date that does not exist (31/02/1990, 1990-02-31) or cannot be read is refused in
  Vietnamese, at the field, with the text as typed; nothing is saved and every other
  value typed comes back. Day first: 05/09/1985 is the 5th of September.
- A new nomination offers the campaigns still taking the unit's nominations, the one
  under way chosen; an existing one keeps its own campaign.
- The form says when it opens that the deadline has passed; a deadline or a quota that
  runs out while the form is open refuses the submission with the reason and keeps the
  draft; a missing file is named.
- Fields needed only to submit carry the required mark, and a draft is saved without them.
- Files chosen on a form that comes back with an error are named, to choose them again.
"""

import re
from datetime import date, timedelta

from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

import pytest
from freezegun import freeze_time

from campaigns.factories import CampaignPageFactory
from campaigns.models import AwardType, CampaignCriterion, NomineeKind
from exemplars.models import Work
from nominations.models import Nomination, NominationDeadlineExtension, RefusalForm
from nominations.views import DecisionForm
from tests.files import PDF_BYTES, PNG_BYTES
from tests.helpers import html
from tests.intranet.nominations import (
    DISTRICT,
    PERSON_FIELDS,
    PROVINCE_FRONT,
    add_url,
    edit_url,
    nominate,
    submit,
)

pytestmark = pytest.mark.django_db

NAME = "Lương Thị Hoa"
ACHIEVEMENTS = "Vận động 45 hộ hiến đất làm đường; tổ chức tốt Ngày hội Đại đoàn kết."
NO_SUCH_DAY = "Ngày không tồn tại: %s. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/09/1985."
CANNOT_READ = "Không đọc được ngày: %s. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/09/1985."
DRAFT_KEPT = "Hồ sơ đã được lưu nháp, chưa gửi."


def award(slug):
    return AwardType.objects.get(slug=slug)


def messages_of(response) -> str:
    return " ".join(str(message) for message in get_messages(response.wsgi_request))


def pdf(name):
    return SimpleUploadedFile(name, PDF_BYTES, content_type="application/pdf")


def form_data(org, unit_key="a1", award_slug=DISTRICT, submit=False, **overrides):
    """The add form as the commune's officer fills it in; ``None`` leaves a field out."""
    criteria = org.site.campaign.criteria.filter(nominee_kind=NomineeKind.INDIVIDUAL).values_list(
        "pk", flat=True
    )
    data = {
        "campaign": org.site.campaign.pk,
        "unit": org.units[unit_key].pk,
        "award_type": award(award_slug).pk,
        "kind": NomineeKind.INDIVIDUAL,
        "name": NAME,
        "position": "Trưởng ban công tác Mặt trận thôn Bản Piằng",
        "gender": "female",
        "birth_date": "14/03/1979",
        "ethnicity": "Nùng",
        "id_number": "020179001234",
        "phone": "0987 654 321",
        "photo": SimpleUploadedFile("anh.png", PNG_BYTES, content_type="image/png"),
        "achievements": ACHIEVEMENTS,
        "criteria": list(criteria),
        "proposal_letter": pdf("to-trinh.pdf"),
        "achievement_report": pdf("bao-cao.pdf"),
        "review_minutes": pdf("bien-ban.pdf"),
    }
    if submit:
        data["action-submit"] = "submit"
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def field_errors(page: str, name: str) -> str:
    """The error text Wagtail shows above the field ``name``."""
    start = page.index(f'id="id_{name}"')
    block = page[page.rindex("data-field-errors", 0, start) : start]
    return " ".join(re.sub(r"<[^>]+>", " ", block).split())


# -- dates ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("31/02/1990", NO_SUCH_DAY % "31/02/1990"),
        ("1990-02-31", NO_SUCH_DAY % "1990-02-31"),
        ("30/13/1990", NO_SUCH_DAY % "30/13/1990"),
        ("05/09/85", CANNOT_READ % "05/09/85"),
        ("ngày 5 tháng 9", CANNOT_READ % "ngày 5 tháng 9"),
        ("01/01/1899", "Ngày 01/01/1899 trước năm 1900: hãy kiểm tra lại năm."),
        ((date.today() + timedelta(days=2)).strftime("%d/%m/%Y"), "Ngày sinh không thể ở tương lai."),
    ],
)
def test_a_birth_date_that_does_not_exist_is_refused_and_what_was_typed_stays(client, org, typed, said):
    client.force_login(org.users["officer_a1"])
    before = Nomination.objects.count()
    response = client.post(
        add_url(),
        form_data(
            org,
            birth_date=typed,
            photo=None,
            proposal_letter=None,
            achievement_report=None,
            review_minutes=None,
        ),
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert said in field_errors(page, "birth_date")
    assert Nomination.objects.count() == before, "nothing saved"
    assert f'value="{typed}"' in page, "the date as typed, not another one"
    assert f'value="{NAME}"' in page and ACHIEVEMENTS in page and 'value="020179001234"' in page


def test_a_date_is_read_day_first(client, org):
    client.force_login(org.users["officer_a1"])
    client.post(
        add_url(),
        form_data(
            org,
            birth_date="05/09/1985",
            photo=None,
            proposal_letter=None,
            achievement_report=None,
            review_minutes=None,
        ),
    )
    assert Nomination.objects.get(name=NAME).birth_date == date(1985, 9, 5)


def test_the_decision_date_the_refusal_letters_date_and_a_works_dates_are_refused_alike():
    decision = DecisionForm(data={"number": "412/QĐ-MTTQ-BTT", "date": "31/02/2021", "signer": "Nông Văn A"})
    assert decision.errors["date"] == [NO_SUCH_DAY % "31/02/2021"]
    refusal = RefusalForm(
        data={"letter": "12/UBND-NC", "date": "29/02/2021", "reason": "Chưa đủ tiêu chuẩn."}
    )
    assert refusal.errors["date"] == [NO_SUCH_DAY % "29/02/2021"]
    work_form = Work.get_edit_handler().get_form_class()(data={"accepted_on": "2020-02-30"})
    assert work_form.errors["accepted_on"] == [NO_SUCH_DAY % "2020-02-30"]


def test_the_date_picker_leaves_the_typed_date_alone_and_opens_birth_dates_on_plausible_years(client, org):
    """Wagtail's picker turned 31/02/1990 into 03/03/1990 when the box lost focus."""
    client.force_login(org.users["officer_a1"])
    page = client.get(add_url()).content.decode()
    config = re.search(r'initDateChooser\("id_birth_date", (\{.*?\})\)', page).group(1)
    assert '"validateOnBlur": false' in config and '"yearStart": 1900' in config
    assert f'"yearEnd": {timezone.localdate().year}' in config and '"defaultDate": "01/01/' in config
    assert 'placeholder="ngày/tháng/năm"' in page


# -- files on a form in error ----------------------------------------------------------------------
def test_files_chosen_on_a_form_in_error_are_named_to_choose_again(client, org):
    client.force_login(org.users["officer_a1"])
    response = client.post(add_url(), form_data(org, birth_date="31/02/1990", photo=None))
    page = response.content.decode()
    assert "Tệp “to-trinh.pdf” chưa được lưu vì hồ sơ còn lỗi: hãy chọn lại tệp này." in field_errors(
        page, "proposal_letter"
    )
    shown = messages_of(response)
    assert "Hãy chọn lại các tệp trước khi lưu: Tờ trình đề nghị kèm danh sách" in shown
    assert "Biên bản họp xét của đơn vị" in shown
    assert not Nomination.objects.filter(name=NAME).exists()


# -- campaigns offered ---------------------------------------------------------------------------
@pytest.fixture
def campaigns(org):
    """Under way today (taking nominations), and another whose nomination deadline passed yesterday."""
    today = timezone.localdate()
    running = CampaignPageFactory(
        parent=org.site.home,
        title="Đợt thi đua đang diễn ra",
        slug="dot-dang-dien-ra",
        start_date=today - timedelta(days=30),
        end_date=today + timedelta(days=200),
        registration_deadline=today + timedelta(days=10),
        nomination_deadline=today + timedelta(days=100),
        report_deadline=today + timedelta(days=150),
        closing_date=today + timedelta(days=200),
        criteria=[
            CampaignCriterion(
                target_group="Tổ hòa giải thôn tiêu biểu",
                nominee_kind=NomineeKind.INDIVIDUAL,
                body="<p>Hoàn thành xuất sắc nhiệm vụ.</p>",
            )
        ],
    )
    closed = CampaignPageFactory(
        parent=org.site.home,
        title="Đợt thi đua đã hết hạn gửi hồ sơ",
        slug="dot-het-han",
        start_date=today - timedelta(days=300),
        end_date=today + timedelta(days=20),
        registration_deadline=today - timedelta(days=280),
        nomination_deadline=today - timedelta(days=1),
        report_deadline=today + timedelta(days=10),
        closing_date=today + timedelta(days=20),
    )
    return running, closed


def campaign_options(page: str) -> dict[str, bool]:
    """{campaign id: selected} of the form's campaign drop-down."""
    select = re.search(r'<select name="campaign".*?</select>', page, re.S).group(0)
    return {
        value: bool(selected) for value, selected in re.findall(r'<option value="(\d+)"( selected)?', select)
    }


def test_a_new_nomination_offers_open_campaigns_with_the_running_one_chosen(client, org, campaigns):
    running, closed = campaigns
    client.force_login(org.users["officer_a1"])
    options = campaign_options(client.get(add_url()).content.decode())
    assert options[str(running.pk)] is True, "the campaign under way is chosen"
    assert str(closed.pk) not in options, "past its deadline, not offered"
    assert options[str(org.site.campaign.pk)] is False, "the 2020 plan was reopened for the province"
    NominationDeadlineExtension.objects.all().delete()
    options = campaign_options(client.get(add_url()).content.decode())
    assert list(options) == [str(running.pk)]


def test_an_existing_nomination_keeps_its_closed_campaign(client, org, campaigns):
    NominationDeadlineExtension.objects.all().delete()
    draft = nominate(org, "a1", DISTRICT)
    client.force_login(org.users["officer_a1"])
    options = campaign_options(client.get(edit_url(draft)).content.decode())
    assert options[str(org.site.campaign.pk)] is True


def test_the_criteria_and_works_follow_the_campaign_picked(client, org, campaigns):
    running, _closed = campaigns
    client.force_login(org.users["officer_a1"])
    choices = reverse("wagtailsnippets_nominations_nomination:choices")
    fragment = client.get(choices, {"campaign": running.pk, "unit": org.units["a1"].pk}).content.decode()
    assert (
        "Tổ hòa giải thôn tiêu biểu" in fragment
        and 'id="id_criteria"' in fragment
        and 'id="id_works"' in fragment
    )
    fragment_2020 = client.get(
        choices, {"campaign": org.site.campaign.pk, "unit": org.units["a1"].pk}
    ).content.decode()
    assert "Tổ hòa giải thôn tiêu biểu" not in fragment_2020
    work = org.works["a1"].title.removesuffix(" (sửa)")
    assert work in fragment_2020 and work not in fragment, "the unit's works of that campaign"
    assert client.get(choices, {"unit": org.units["b"].pk}, follow=True).status_code == 404, (
        "not the officer's unit"
    )


# -- deadlines -------------------------------------------------------------------------------------
def test_a_passed_deadline_is_said_when_the_form_opens(client, org):
    NominationDeadlineExtension.objects.all().delete()
    draft = nominate(org, "a1", DISTRICT)
    client.force_login(org.users["officer_a1"])
    shown = messages_of(client.get(edit_url(draft)))
    assert (
        "Đã hết hạn gửi hồ sơ đề nghị khen thưởng của đợt này (hạn cuối 02/11/2020). Bạn vẫn lưu nháp được; "
        "Hội đồng thi đua – khen thưởng có thể mở lại hạn cho đơn vị."
    ) in shown
    shown = messages_of(client.get(add_url()))
    assert "Không còn đợt thi đua nào nhận hồ sơ đề nghị khen thưởng của đơn vị" in shown


def test_a_deadline_passing_while_the_form_is_open_refuses_the_submission_and_keeps_the_draft(client, org):
    today = timezone.localdate()
    NominationDeadlineExtension.objects.update(until=today)
    client.force_login(org.users["officer_a1"])
    opened = client.get(add_url())
    assert "Đã hết hạn" not in messages_of(opened)
    with freeze_time(today + timedelta(days=1)):
        client.force_login(org.users["officer_a1"])  # the session of the day before has expired
        response = client.post(add_url(), form_data(org, submit=True), follow=True)
    shown = messages_of(response)
    assert f"Đã hết hạn gửi hồ sơ đề nghị khen thưởng (hạn cuối {today:%d/%m/%Y})" in shown
    assert DRAFT_KEPT in shown
    draft = Nomination.objects.get(name=NAME)
    assert draft.current_workflow_state is None and draft.achievements == ACHIEVEMENTS
    assert draft.proposal_letter.read() == PDF_BYTES, "the files chosen are kept with the draft"


def test_a_quota_filled_by_another_officer_while_the_form_is_open_keeps_the_draft(client, org):
    client.force_login(org.users["officer_a1"])
    client.get(add_url())
    # Meanwhile the district's officer takes the second of the district's two individual slots.
    submit(nominate(org, "a", PROVINCE_FRONT), org.users["officer_a"])
    response = client.post(add_url(), form_data(org, award_slug=PROVINCE_FRONT, submit=True), follow=True)
    shown = messages_of(response)
    assert "Đơn vị đã dùng 2/2 chỉ tiêu Bằng khen UB MTTQ tỉnh cho cá nhân" in shown and DRAFT_KEPT in shown
    assert Nomination.objects.get(name=NAME).current_workflow_state is None


def test_a_missing_file_is_named_at_submission_and_the_draft_is_kept(client, org):
    client.force_login(org.users["officer_a1"])
    response = client.post(add_url(), form_data(org, review_minutes=None, submit=True), follow=True)
    shown = messages_of(response)
    assert "Chưa gửi được hồ sơ: còn thiếu Biên bản họp xét của đơn vị." in shown and DRAFT_KEPT in shown
    draft = Nomination.objects.get(name=NAME)
    assert draft.current_workflow_state is None and draft.achievement_report.read() == PDF_BYTES


# -- required marks ------------------------------------------------------------------------------------
def label_marked(page: str, name: str) -> bool:
    label = re.search(rf'<label class="w-field__label" for="id_{name}"[^>]*>(.*?)</label>', page, re.S)
    return label is not None and "w-required-mark" in label.group(1)


def test_fields_needed_to_submit_are_marked_and_a_draft_is_saved_without_them(client, org):
    client.force_login(org.users["officer_a1"])
    page = client.get(add_url()).content.decode()
    for name in ("position", "gender", "birth_date", "ethnicity", "id_number"):
        assert label_marked(page, name), name
    assert not label_marked(page, "phone"), "never required"
    response = client.post(
        add_url(),
        form_data(
            org,
            position=None,
            gender=None,
            birth_date=None,
            ethnicity=None,
            id_number=None,
            photo=None,
            proposal_letter=None,
            achievement_report=None,
            review_minutes=None,
        ),
    )
    assert response.status_code == 302, "saved as a draft"
    assert Nomination.objects.get(name=NAME).id_number == ""


# -- a collective's form ---------------------------------------------------------------------------
def collective_data(org, **overrides):
    """A collective's form still holding what was typed for a person before the kind was switched."""
    criteria = org.site.campaign.criteria.filter(nominee_kind=NomineeKind.COLLECTIVE).values_list(
        "pk", flat=True
    )
    fields = {
        "kind": NomineeKind.COLLECTIVE,
        "name": "Ban công tác Mặt trận thôn Bản Piằng",
        "phone": "09x",  # half typed: refused on an individual's form
        "photo_consent": "on",
        "criteria": list(criteria),
        "proposal_letter": None,
        "achievement_report": None,
        "review_minutes": None,
    }
    return form_data(org, **{**fields, **overrides})


def hidden_with_a_collective(form, name: str) -> bool:
    """The field ``name`` sits inside a panel marked for the script to hide for a collective."""
    return form.find(id=f"id_{name}").find_parent(attrs={"data-individual-only": True}) is not None


def test_a_person_s_fields_are_marked_for_hiding_and_the_script_loaded(client, org):
    client.force_login(org.users["officer_a1"])
    response = client.get(add_url())
    form = html(response)
    for name in PERSON_FIELDS:
        assert hidden_with_a_collective(form, name), name
    for name in ("name", "kind", "achievements", "criteria"):
        assert not hidden_with_a_collective(form, name), name
    assert form.find("script", src=re.compile(r"js/nominee-kind\.js"))


def test_a_collective_s_draft_is_saved_without_a_person_s_fields(client, org):
    client.force_login(org.users["officer_a1"])
    response = client.post(add_url(), collective_data(org))
    assert response.status_code == 302, "the hidden, half-typed phone number refuses nothing"
    saved = Nomination.objects.get(name="Ban công tác Mặt trận thôn Bản Piằng")
    assert saved.kind == NomineeKind.COLLECTIVE
    assert (saved.position, saved.gender, saved.ethnicity, saved.id_number, saved.phone) == ("",) * 5
    assert saved.birth_date is None and not saved.photo and not saved.photo_consent


def test_a_nomination_switched_to_a_collective_keeps_none_of_the_person(client, org):
    client.force_login(org.users["officer_a1"])
    person = nominate(org, "a1", DISTRICT)
    assert person.position and person.id_number
    response = client.post(edit_url(person), collective_data(org, name=person.name, phone=None))
    assert response.status_code == 302
    saved = Nomination.objects.get(pk=person.pk)
    assert saved.kind == NomineeKind.COLLECTIVE
    assert (saved.position, saved.id_number, saved.birth_date, saved.photo_consent) == ("", "", None, False)
    page = client.get(edit_url(person)).content.decode()
    assert not label_marked(page, "position") and not label_marked(page, "id_number"), "not required"
