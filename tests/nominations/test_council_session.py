"""The council's session: the office prepares it, members vote in secret, the chair closes,
each result moves its nomination on, and the minutes record it all.

The scene: the council has three members (``hoidong`` and two more); two nominations
wait at the council's step (a provincial Front certificate and a provincial People's
Committee certificate, both from district A). Votes go through the admin's screens.
"""

import io
import logging
from datetime import date

from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core import mail
from django.db import connection
from django.urls import reverse

from wagtail.models import WorkflowState

import docx
import pytest
from pypdf import PdfReader

from campaigns.models import AwardType
from intranet.factories import member as new_member
from intranet.roles import Role
from nominations.council import CouncilRefused, cast_ballot, close_ballot, open_ballot, person
from nominations.models import AgendaItem, AwardChain, BallotCast, CouncilSession, Nomination, PassBase
from tests.helpers import html
from tests.intranet.nominations import (
    PEOPLES_COMMITTEE,
    PROVINCE_DECISION,
    PROVINCE_FRONT,
    PROVINCE_SUBMISSION,
    at_council,
    edit_url,
    nominate,
    step_of,
    submit,
)

pytestmark = pytest.mark.django_db

AGREE, DISAGREE = True, False


def room_url(session) -> str:
    return reverse("wagtailsnippets_nominations_councilsession:room", args=[session.pk])


def vote_url(session) -> str:
    return reverse("wagtailsnippets_nominations_councilsession:vote", args=[session.pk])


@pytest.fixture
def council(org):
    """The council's three members: hoidong (chair), and two more (one the secretary)."""
    province = org.site.province
    second = new_member("hoidong.2", province, Role.COUNCIL, first_name="Lý Thị", last_name="Mai")
    third = new_member("hoidong.3", province, Role.COUNCIL, first_name="Hoàng Văn", last_name="Sơn")
    return [org.users["council"], second, third]


@pytest.fixture
def nominees(org):
    return [
        at_council(org, PROVINCE_FRONT, "Nguyễn Thị Ánh Tuyết"),
        at_council(org, PEOPLES_COMMITTEE, "Hoàng Văn Đức Minh"),
    ]


def make_session(council, nominees, present=None, **fields) -> CouncilSession:
    present = council if present is None else present
    session = CouncilSession.objects.create(
        number="03/BB-HĐTĐKT",
        date=date(2026, 5, 20),
        place="Hội trường Ủy ban MTTQ tỉnh",
        chair=council[0],
        secretary=council[1],
        **fields,
    )
    session.members.set(present)
    for nomination in nominees:
        AgendaItem.objects.create(session=session, nomination=nomination)
    return session


def items_of(session) -> list[AgendaItem]:
    return list(session.items.order_by("pk"))


def vote(client, session, member, choices: list[bool]):
    client.force_login(member)
    data = {
        f"item_{item.pk}": "1" if choice else "0"
        for item, choice in zip(items_of(session), choices, strict=True)
    }
    return client.post(vote_url(session), data, follow=True)


def messages_of(response) -> str:
    return " ".join(str(message) for message in response.context["messages"])


# -- the rules of each award type --------------------------------------------------------


def test_by_default_more_than_half_of_all_members_must_agree():
    chain = AwardChain(quorum_percent=50, pass_percent=50, pass_base=PassBase.ALL_MEMBERS)

    assert chain.has_quorum(present=4, council_size=7) and not chain.has_quorum(present=3, council_size=6)
    assert chain.passes(agree=4, present=4, council_size=7)
    assert not chain.passes(agree=3, present=3, council_size=7), "three of seven is not more than half of all"
    present_based = AwardChain(quorum_percent=50, pass_percent=70, pass_base=PassBase.PRESENT)
    assert present_based.passes(agree=3, present=4, council_size=7)
    assert not present_based.passes(agree=2, present=3, council_size=7)


def test_quorum_is_set_per_award_type_and_a_short_session_keeps_everything(org, council, nominees):
    session = make_session(council, nominees, present=council[:2])
    open_ballot(session, org.users["province_office"])  # 2 of 3: more than half, for both types
    assert CouncilSession.objects.get(pk=session.pk).is_voting

    strict = make_session(council, [], present=council[:2])
    strict.number = "04/BB-HĐTĐKT"
    strict.save()
    AwardChain.objects.filter(award_type__slug=PEOPLES_COMMITTEE).update(quorum_percent=70)
    other = at_council(org, PEOPLES_COMMITTEE, "Lương Thị Hạnh")
    AgendaItem.objects.create(session=strict, nomination=other)
    with pytest.raises(CouncilRefused) as refused:
        open_ballot(strict, org.users["province_office"])
    assert "chưa đủ số thành viên" in refused.value.message
    assert AwardType.objects.get(slug=PEOPLES_COMMITTEE).name in refused.value.message
    assert "2/3" in refused.value.message
    strict = CouncilSession.objects.get(pk=strict.pk)
    assert strict.is_preparing and strict.items.count() == 1 and strict.members.count() == 2


def test_the_threshold_per_award_type_decides_each_result(org, council, nominees, client):
    AwardChain.objects.filter(award_type__slug=PEOPLES_COMMITTEE).update(pass_percent=75)
    session = make_session(council, nominees)
    open_ballot(session, council[0])
    for member in council[:2]:
        vote(client, session, member, [AGREE, AGREE])
    vote(client, session, council[2], [DISAGREE, DISAGREE])

    close_ballot(session, council[0])

    front, committee = items_of(session)
    assert (front.agree, front.disagree, front.passed) == (2, 1, True)
    assert (committee.agree, committee.disagree, committee.passed) == (2, 1, False), "2/3 is not over 75%"


# -- who may vote, and when ------------------------------------------------------------------


def test_a_member_votes_once(org, council, nominees, client):
    session = make_session(council, nominees)
    open_ballot(session, council[0])
    vote(client, session, council[1], [AGREE, DISAGREE])

    again = vote(client, session, council[1], [DISAGREE, DISAGREE])

    assert "chỉ bỏ phiếu một lần" in messages_of(again)
    assert [(item.agree, item.disagree) for item in items_of(session)] == [(1, 0), (0, 1)]
    with pytest.raises(CouncilRefused):
        cast_ballot(session, council[1], {item.pk: AGREE for item in items_of(session)})
    assert BallotCast.objects.filter(session=session).count() == 1


def test_the_ballot_names_a_collective_once_and_an_individual_with_their_unit(org, council, nominees, client):
    """A unit's committee nominated as a collective bears its unit's name: not said twice."""
    collective, individual = nominees
    Nomination.objects.filter(pk=collective.pk).update(name=collective.unit.title)
    session = make_session(council, nominees)
    open_ballot(session, council[0])
    client.force_login(council[1])

    legends = {
        fieldset["data-ballot-item"]: " ".join(fieldset.legend.get_text(" ").split())
        for fieldset in html(client.get(vote_url(session))).select("[data-ballot-item]")
    }

    assert legends == {
        collective.unit.title: collective.unit.title,
        individual.name: f"{individual.name} {individual.unit.title}",
    }


def test_non_members_officers_and_the_office_cannot_vote(org, council, nominees, client):
    session = make_session(council, nominees, present=council[:2])
    open_ballot(session, council[0])
    absent = council[2]

    response = vote(client, session, absent, [AGREE, AGREE])
    assert "Chỉ thành viên Hội đồng có mặt" in messages_of(response)
    response = vote(client, session, org.users["province_office"], [AGREE, AGREE])
    assert "Chỉ thành viên Hội đồng có mặt" in messages_of(response)
    client.force_login(org.users["officer_a"])
    assert client.get(vote_url(session)).status_code == 403
    assert client.post(vote_url(session), {}).status_code == 403
    for user in (
        absent,
        org.users["province_office"],
        org.users["officer_a"],
        org.users["reviewer_province"],
    ):
        with pytest.raises(CouncilRefused):
            cast_ballot(session, user, {item.pk: AGREE for item in items_of(session)})
    assert [(item.agree, item.disagree) for item in items_of(session)] == [(0, 0), (0, 0)]


def test_nobody_votes_after_the_chair_closes_and_the_answer_is_clear(org, council, nominees, client):
    session = make_session(council, nominees)
    open_ballot(session, council[0])
    vote(client, session, council[0], [AGREE, AGREE])
    assert (
        client.post(
            reverse("wagtailsnippets_nominations_councilsession:close", args=[session.pk])
        ).status_code
        == 302
    )
    session = CouncilSession.objects.get(pk=session.pk)
    assert session.is_closed

    late = vote(client, session, council[1], [AGREE, AGREE])

    assert "Biểu quyết đã kết thúc" in messages_of(late)
    assert [(item.agree, item.disagree) for item in items_of(session)] == [(1, 0), (1, 0)]
    assert not BallotCast.objects.filter(member=council[1]).exists()


def test_only_the_chair_closes_and_results_show_only_then(org, council, nominees, client):
    session = make_session(council, nominees)
    open_ballot(session, council[0])
    vote(client, session, council[1], [AGREE, DISAGREE])

    client.force_login(council[1])
    room = client.get(room_url(session)).content.decode()
    assert "Đã bỏ phiếu: 1/3" in room
    assert "Không đồng ý</th>" not in room, "no counts while the ballot is open"
    with pytest.raises(CouncilRefused):
        close_ballot(session, council[1])
    client.post(reverse("wagtailsnippets_nominations_councilsession:close", args=[session.pk]))
    assert CouncilSession.objects.get(pk=session.pk).is_voting

    client.force_login(council[0])
    client.post(reverse("wagtailsnippets_nominations_councilsession:close", args=[session.pk]))
    room = client.get(room_url(session)).content.decode()
    assert "Không đồng ý</th>" in room and "Không đạt" in room


# -- results move the nominations on -------------------------------------------------------------


def test_passed_goes_to_the_deciding_step_and_not_passed_closes_and_tells_the_unit(
    org, council, nominees, client
):
    session = make_session(council, nominees)
    open_ballot(session, council[0])
    for member in council:
        vote(client, session, member, [AGREE, DISAGREE])
    mail.outbox.clear()

    close_ballot(session, council[0])

    passed, failed = (Nomination.objects.get(pk=nomination.pk) for nomination in nominees)
    assert step_of(passed) == PROVINCE_DECISION
    assert step_of(failed) is None
    assert failed.workflow_states.order_by("-pk").first().status == WorkflowState.STATUS_CANCELLED
    [letter] = [letter for letter in mail.outbox if "không được Hội đồng thông qua" in letter.subject]
    assert "không được Hội đồng thông qua" in letter.subject
    assert org.users["officer_a"].email in letter.to
    assert "0 đồng ý, 3 không đồng ý" in letter.body
    client.force_login(org.users["officer_a"])
    screen = client.get(edit_url(failed)).content.decode()
    assert "kết quả: Không đạt" in screen and "Biên bản họp (PDF)" in screen


def test_a_session_from_the_outside_body_chain_moves_to_the_submission_step(org, council, client):
    nomination = at_council(org, PEOPLES_COMMITTEE, "Vi Thị Thu")
    session = make_session(council, [nomination])
    open_ballot(session, council[0])
    for member in council:
        vote(client, session, member, [AGREE])
    close_ballot(session, council[0])
    assert step_of(nomination) == PROVINCE_SUBMISSION


# -- secrecy ---------------------------------------------------------------------------------------------

CHOICE_WORDS = ("đồng ý", "agree", "disagree", "tán thành", "phản đối")


def rows_of_every_table():
    """(table, {column: value}, {column: referenced table}) for every row of every table."""
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            relations = {
                column: target_table
                for column, (_target_column, target_table) in connection.introspection.get_relations(
                    cursor, table
                ).items()
            }
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            columns = [column[0] for column in cursor.description]
            for values in cursor.fetchall():
                yield table, dict(zip(columns, values, strict=True)), relations


def test_no_row_of_any_table_and_no_log_line_holds_a_member_with_their_choice(
    org, council, nominees, client, caplog
):
    """Each member votes differently; afterwards no row that names a member names a choice or an item."""
    caplog.set_level(logging.DEBUG)
    session = make_session(council, nominees)
    open_ballot(session, council[0])
    ballots = {council[0]: [AGREE, AGREE], council[1]: [AGREE, DISAGREE], council[2]: [DISAGREE, DISAGREE]}
    for member, choices in ballots.items():
        vote(client, session, member, choices)
    client.force_login(council[0])
    client.post(reverse("wagtailsnippets_nominations_councilsession:close", args=[session.pk]))
    client.get(room_url(session))
    assert [(item.agree, item.disagree) for item in items_of(session)] == [(2, 1), (1, 2)]

    user_table = get_user_model()._meta.db_table
    item_tables = {AgendaItem._meta.db_table, Nomination._meta.db_table}
    agenda_ids = {item.pk for item in items_of(session)} | {nomination.pk for nomination in nominees}
    seen_tables, checked = set(), 0
    for table, row, relations in rows_of_every_table():
        seen_tables.add(table)
        if table == Session._meta.db_table:
            row = dict(row, session_data=str(Session(session_data=row["session_data"]).get_decoded()))
        texts = " ".join(str(value) for value in row.values() if value is not None).casefold()
        for member in council:
            names_member = any(
                relations.get(column) == user_table and value == member.pk for column, value in row.items()
            ) or any(
                mark.casefold() in texts
                for mark in (member.username, member.email, member.get_full_name(), person(member))
                if mark
            )
            if table == Session._meta.db_table and f"'_auth_user_id': '{member.pk}'" in texts:
                names_member = True
            if not names_member:
                continue
            checked += 1
            assert not any(word in texts for word in CHOICE_WORDS), (table, row)
            assert not any(
                relations.get(column) in item_tables and value in agenda_ids for column, value in row.items()
            ), (table, row)
    assert {BallotCast._meta.db_table, AgendaItem._meta.db_table, "wagtailcore_modellogentry"} <= seen_tables
    assert checked >= 3 * 3, "each member's account, membership and ballot row were looked at"
    for record in caplog.records:
        line = record.getMessage().casefold()
        for member in council:
            if member.username in line or person(member).casefold() in line:
                assert not any(word in line for word in CHOICE_WORDS), line


# -- the minutes -------------------------------------------------------------------------------------------


def test_the_minutes_list_every_nominee_with_the_counts_in_docx_and_pdf(org, council, nominees, client):
    session = make_session(council, nominees, start_time=None)
    open_ballot(session, council[0])
    vote(client, session, council[0], [AGREE, AGREE])
    vote(client, session, council[1], [AGREE, DISAGREE])
    vote(client, session, council[2], [AGREE, DISAGREE])
    close_ballot(session, council[0])
    session = CouncilSession.objects.get(pk=session.pk)

    client.force_login(council[2])
    urls = {ext: reverse("council_minutes:download", args=[session.pk, ext]) for ext in ("pdf", "docx")}
    pdf = b"".join(client.get(urls["pdf"]).streaming_content)
    word = docx.Document(io.BytesIO(b"".join(client.get(urls["docx"]).streaming_content)))

    pdf_text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())
    rows = [[cell.text for cell in row.cells] for table in word.tables for row in table.rows]
    assert ["Nguyễn Thị Ánh Tuyết", org.units["a"].title, "3", "0", "Đạt"] in [row[1:] for row in rows]
    assert ["Hoàng Văn Đức Minh", org.units["a"].title, "1", "2", "Không đạt"] in [row[1:] for row in rows]
    word_text = " ".join(p.text for p in word.paragraphs)
    for text in (pdf_text, word_text + " ".join(cell for row in rows for cell in row)):
        for words in (
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "BIÊN BẢN",
            "03/BB-HĐTĐKT",
            "Lạng Sơn, ngày 20 tháng 5 năm 2026",
            "3/3",
            "Lý Thị Mai",
            "Nơi nhận:",
            "Thư ký".upper(),
            "Chủ tọa".upper(),
        ):
            assert words in text, words
    assert "Nguyễn Thị Ánh Tuyết 3 0 Đạt" in pdf_text.replace(org.units["a"].title + " ", "")
    assert "Hoàng Văn Đức Minh" in pdf_text and "1 2 Không đạt" in pdf_text


def test_the_minutes_stay_private(org, council, nominees, client):
    session = make_session(council, nominees)
    open_ballot(session, council[0])
    close_ballot(session, council[0])
    url = reverse("council_minutes:download", args=[session.pk, "pdf"])

    client.force_login(org.users["officer_a"])  # district A nominated both
    assert client.get(url).status_code == 200
    client.force_login(org.users["officer_b"])
    assert client.get(url, follow=True).status_code == 404
    client.logout()
    assert b"%PDF" not in client.get(url, follow=True).content


# -- the paper ballot, and preparing in the admin -------------------------------------------------------------


def test_on_paper_the_secretary_enters_the_counts_and_bad_counts_are_refused(org, council, nominees, client):
    session = make_session(council, nominees, ballot="paper")
    open_ballot(session, council[0])
    counts_url = reverse("wagtailsnippets_nominations_councilsession:counts", args=[session.pk])
    front, committee = items_of(session)

    client.force_login(council[0])  # the chair is not the secretary
    assert "Chỉ thư ký" in messages_of(client.get(counts_url, follow=True))
    client.force_login(council[1])
    bad = client.post(
        counts_url,
        {
            f"agree_{front.pk}": "3",
            f"disagree_{front.pk}": "1",
            f"agree_{committee.pk}": "x",
            f"disagree_{committee.pk}": "0",
        },
    )
    assert "Tổng số phiếu (4) vượt quá số thành viên có mặt (3)." in bad.content.decode()
    assert "Nhập một số nguyên." in bad.content.decode()
    assert 'value="3"' in bad.content.decode(), "what was typed is kept"
    good = client.post(
        counts_url,
        {
            f"agree_{front.pk}": "3",
            f"disagree_{front.pk}": "0",
            f"agree_{committee.pk}": "1",
            f"disagree_{committee.pk}": "2",
        },
        follow=True,
    )
    assert "Đã ghi kết quả kiểm phiếu" in messages_of(good)
    assert "phiếu giấy" in messages_of(vote(client, session, council[2], [AGREE, AGREE]))
    close_ballot(session, council[0])
    assert [item.passed for item in items_of(session)] == [True, False]


def test_the_office_prepares_a_session_with_the_nominations_waiting_for_the_council(
    org, council, nominees, client
):
    elsewhere = nominate(org, "b", PROVINCE_FRONT, name="Chưa đến bước Hội đồng")
    submit(elsewhere, org.users["officer_b"])
    client.force_login(org.users["province_office"])
    add_url = reverse("wagtailsnippets_nominations_councilsession:add")

    form = client.get(add_url).content.decode()
    assert "Nguyễn Thị Ánh Tuyết" in form and "Chưa đến bước Hội đồng" not in form
    data = {
        "number": "05/BB-HĐTĐKT",
        "date": "20/05/2026",
        "start_time": "08:00",
        "place": "Hội trường",
        "issuing_place": "Lạng Sơn",
        "chair": council[0].pk,
        "secretary": council[1].pk,
        "members": [member.pk for member in council[1:]],
        "ballot": "electronic",
        "agenda": [nominees[0].pk],
    }
    refused = client.post(add_url, data)
    assert "Chủ tọa phải là một thành viên có mặt." in refused.content.decode()
    data["members"] = [member.pk for member in council]
    client.post(add_url, data)
    session = CouncilSession.objects.get(number="05/BB-HĐTĐKT")
    assert [item.nomination for item in session.items.all()] == [nominees[0]]
    assert "Nguyễn Thị Ánh Tuyết" not in client.get(add_url).content.decode(), "already on a session's agenda"

    response = client.post(
        reverse("wagtailsnippets_nominations_councilsession:open", args=[session.pk]), follow=True
    )
    assert "Đã mở biểu quyết" in messages_of(response)
    edit = client.post(reverse("wagtailsnippets_nominations_councilsession:edit", args=[session.pk]), data)
    assert "không sửa được" in edit.content.decode()


def test_the_room_page_has_a_bounded_number_of_queries(
    org, council, nominees, client, django_assert_max_num_queries
):
    session = make_session(council, nominees)
    client.force_login(council[0])
    with django_assert_max_num_queries(40):
        assert client.get(room_url(session)).status_code == 200


def test_a_ballot_left_incomplete_or_forged_records_nothing_and_says_why(org, council, nominees, client):
    session = make_session(council, nominees)
    open_ballot(session, council[0])
    front, committee = items_of(session)
    client.force_login(council[1])

    partial = client.post(vote_url(session), {f"item_{front.pk}": "1"})
    forged = client.post(vote_url(session), {f"item_{front.pk}": "7", f"item_{committee.pk}": "1<script>"})

    for response in (partial, forged):
        assert response.status_code == 200
        assert "Phiếu chưa đủ: chọn Đồng ý hoặc Không đồng ý cho từng hồ sơ." in response.content.decode()
    assert html(partial).select_one(f"input[name=item_{front.pk}][value='1']").has_attr("checked"), (
        "the pick is kept"
    )
    assert [(item.agree, item.disagree) for item in items_of(session)] == [(0, 0), (0, 0)]
    assert not BallotCast.objects.filter(session=session).exists()
    with pytest.raises(CouncilRefused):
        cast_ballot(session, council[1], {front.pk: AGREE})  # one item left out
    assert not BallotCast.objects.filter(session=session).exists()


def test_the_session_form_says_when_no_nomination_awaits_the_council(org, client):
    client.force_login(org.users["province_office"])
    page = html(client.get(reverse("wagtailsnippets_nominations_councilsession:add")))
    assert not page.select("input[name=agenda]")
    assert "Chưa có hồ sơ nào chờ Hội đồng xét" in page.get_text(" ")
