"""What happens in the council's session: opening the ballot, voting, closing, the minutes.

Every rule lives here so that no screen can skip one: who may open, vote, enter paper
counts and close; the quorum and passing threshold of each award type (``AwardChain``);
one ballot per member. A refusal raises ``CouncilRefused`` with a Vietnamese message and
changes nothing (each action runs in one transaction).

Secrecy: a ballot writes one ``BallotCast`` row (session, member) and raises the agree or
disagree counter of each agenda item with ``F()``; nothing here logs, messages or stores a
member's choice. When the chair closes the ballot, each result moves its nomination on:
passed approves the consideration step in the name of the council (no single member),
not passed closes the chain with the result and tells the unit by e-mail. The minutes
are generated then (``core.official_documents``) and kept with the session.
"""

import logging
from collections import OrderedDict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from wagtail.models import TaskState, WorkflowState

from campaigns.models import Unit
from core.official_documents import OfficialDocument, Paragraph, Signature, Table, render_docx, render_pdf
from intranet.roles import Role
from intranet.scoping import membership_of

from .chain import Actor, StepKind
from .models import (
    AgendaItem,
    AwardChain,
    AwardStepTask,
    BallotCast,
    BallotKind,
    CouncilSession,
    Nomination,
    NominationRefused,
    SessionStatus,
    council_members,
    current_step,
    past_comment_period,
)

logger = logging.getLogger(__name__)

COUNCIL_BODY = "Hội đồng Thi đua – Khen thưởng"


class CouncilRefused(Exception):
    """An action the session's rules refuse; ``message`` says why, in Vietnamese."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def person(user) -> str:
    """A member's full name, family name first (kept so: see ``admin_vi.names``), else the account name."""
    if user is None:
        return ""
    return user.get_full_name().strip() or user.username


# -- who may do what ---------------------------------------------------------------------


def is_office(user) -> bool:
    membership = membership_of(user)
    return user.is_superuser or (membership is not None and membership.role == Role.PROVINCE_OFFICE)


def is_council_member(user) -> bool:
    membership = membership_of(user)
    return membership is not None and membership.role == Role.COUNCIL and user.is_active


def can_see_sessions(user) -> bool:
    return getattr(user, "is_authenticated", False) and (is_office(user) or is_council_member(user))


def can_open(session: CouncilSession, user) -> bool:
    return session.is_preparing and (is_office(user) or user.pk == session.chair_id)


def can_close(session: CouncilSession, user) -> bool:
    return session.is_voting and (user.pk == session.chair_id or user.is_superuser)


def can_enter_counts(session: CouncilSession, user) -> bool:
    return session.is_voting and session.ballot == BallotKind.PAPER and user.pk == session.secretary_id


def vote_refusal(session: CouncilSession, user) -> str:
    """Why ``user`` may not vote in ``session`` now ("" when they may)."""
    if session.is_closed:
        return gettext("Biểu quyết đã kết thúc: chủ tọa đã đóng phiếu, không nhận thêm phiếu.")
    if not session.is_voting:
        return gettext("Phiên họp chưa mở biểu quyết.")
    if session.ballot == BallotKind.PAPER:
        return gettext("Phiên họp này bỏ phiếu giấy: thư ký nhập kết quả kiểm phiếu.")
    if not is_council_member(user) or not session.members.filter(pk=user.pk).exists():
        return gettext("Chỉ thành viên Hội đồng có mặt tại phiên họp được bỏ phiếu.")
    if BallotCast.objects.filter(session=session, member=user).exists():
        return gettext("Bạn đã bỏ phiếu trong phiên họp này; mỗi thành viên chỉ bỏ phiếu một lần.")
    return ""


# -- the agenda ----------------------------------------------------------------------------


def awaiting_council():
    """Nominations waiting at their chain's council consideration step, not yet on an open session.

    A nominee whose award type is posted for public comment joins the agenda once its
    comment period ended (``past_comment_period``).
    """
    steps = AwardStepTask.objects.filter(actor=Actor.COUNCIL, kind=StepKind.CONSIDERATION)
    ids = TaskState.objects.filter(
        status=TaskState.STATUS_IN_PROGRESS,
        task__in=steps,
        workflow_state__status=WorkflowState.STATUS_IN_PROGRESS,
    ).values_list("workflow_state__object_id", flat=True)
    scheduled = AgendaItem.objects.exclude(session__status=SessionStatus.CLOSED).values("nomination_id")
    return (
        past_comment_period(Nomination.objects.filter(pk__in=[int(pk) for pk in ids]))
        .exclude(pk__in=scheduled)
        .select_related("award_type", "unit")
        .order_by("award_type__sort_order", "award_type__pk", "unit__path", "name")
    )


def grouped(items) -> "OrderedDict":
    """Agenda items by award type, in the award types' order."""
    groups = OrderedDict()
    for item in items:
        groups.setdefault(item.nomination.award_type, []).append(item)
    return groups


def chain_of(award_type) -> AwardChain:
    return AwardChain.objects.filter(award_type=award_type).first() or AwardChain(award_type=award_type)


# -- actions --------------------------------------------------------------------------------


def _locked(session: CouncilSession) -> CouncilSession:
    return CouncilSession.objects.select_for_update().get(pk=session.pk)


@transaction.atomic
def open_ballot(session: CouncilSession, user) -> CouncilSession:
    session = _locked(session)
    if not can_open(session, user):
        raise CouncilRefused(
            gettext("Chỉ Văn phòng tỉnh hoặc chủ tọa mở biểu quyết cho phiên họp đang chuẩn bị.")
        )
    items = list(session.items.select_related("nomination__award_type"))
    if not items:
        raise CouncilRefused(
            gettext("Chương trình họp chưa có hồ sơ nào: chọn hồ sơ trước khi mở biểu quyết.")
        )
    size = council_members().count()
    present = session.members.filter(pk__in=council_members()).count()
    short = [
        award_type.name for award_type in grouped(items) if not chain_of(award_type).has_quorum(present, size)
    ]
    if short:
        raise CouncilRefused(
            gettext(
                "Phiên họp chưa đủ số thành viên để xét %(awards)s: có mặt %(present)s/%(size)s thành viên Hội đồng. "
                "Bổ sung thành viên có mặt rồi mở lại biểu quyết; thông tin phiên họp được giữ nguyên."
            )
            % {"awards": ", ".join(short), "present": present, "size": size}
        )
    session.council_size = size
    session.status = SessionStatus.VOTING
    session.save(update_fields=["council_size", "status"])
    return session


@transaction.atomic
def cast_ballot(session: CouncilSession, user, choices: dict[int, bool]) -> None:
    """Record that ``user`` voted and raise each item's counter; nothing links the two."""
    session = _locked(session)
    refusal = vote_refusal(session, user)
    if refusal:
        raise CouncilRefused(refusal)
    item_ids = set(session.items.values_list("pk", flat=True))
    if set(choices) != item_ids:
        raise CouncilRefused(gettext("Phiếu chưa đủ: chọn Đồng ý hoặc Không đồng ý cho từng hồ sơ."))
    try:
        with transaction.atomic():
            BallotCast.objects.create(session=session, member=user)
    except IntegrityError as error:
        raise CouncilRefused(
            gettext("Bạn đã bỏ phiếu trong phiên họp này; mỗi thành viên chỉ bỏ phiếu một lần.")
        ) from error
    agree = [pk for pk, choice in choices.items() if choice]
    disagree = [pk for pk, choice in choices.items() if not choice]
    AgendaItem.objects.filter(pk__in=agree).update(agree=F("agree") + 1)
    AgendaItem.objects.filter(pk__in=disagree).update(disagree=F("disagree") + 1)


@transaction.atomic
def enter_paper_counts(session: CouncilSession, user, counts: dict[int, tuple[int, int]]) -> None:
    session = _locked(session)
    if not can_enter_counts(session, user):
        if session.is_closed:
            raise CouncilRefused(gettext("Biểu quyết đã kết thúc: không sửa được kết quả kiểm phiếu."))
        raise CouncilRefused(gettext("Chỉ thư ký của phiên họp bỏ phiếu giấy nhập kết quả kiểm phiếu."))
    present = session.members.count()
    items = {item.pk: item for item in session.items.select_related("nomination")}
    if set(counts) != set(items):
        raise CouncilRefused(gettext("Nhập đủ số phiếu đồng ý và không đồng ý cho từng hồ sơ."))
    for pk, (agree, disagree) in counts.items():
        if agree < 0 or disagree < 0 or agree + disagree > present:
            raise CouncilRefused(
                gettext("%(name)s: tổng số phiếu (%(total)s) vượt quá số thành viên có mặt (%(present)s).")
                % {"name": items[pk].nomination.name, "total": agree + disagree, "present": present}
            )
    for pk, (agree, disagree) in counts.items():
        AgendaItem.objects.filter(pk=pk).update(agree=agree, disagree=disagree)


@transaction.atomic
def close_ballot(session: CouncilSession, user) -> list[str]:
    """Close the ballot, decide each item, move its nomination on, write the minutes.

    Returns notes for the chair (a nomination no longer at the council's step, a rule
    that refused the approval): nothing is lost, the session still closes.
    """
    session = _locked(session)
    if not can_close(session, user):
        if session.is_closed:
            raise CouncilRefused(gettext("Biểu quyết đã được đóng trước đó."))
        raise CouncilRefused(gettext("Chỉ chủ tọa phiên họp đóng biểu quyết."))
    present = session.members.count()
    notes = []
    for item in session.items.select_related("nomination__award_type"):
        item.passed = chain_of(item.nomination.award_type).passes(item.agree, present, session.council_size)
        item.save(update_fields=["passed"])
        note = move_on(session, item)
        if note:
            notes.append(note)
    session.status = SessionStatus.CLOSED
    session.save(update_fields=["status"])
    write_minutes(session)
    return notes


def result_comment(session: CouncilSession, item: AgendaItem) -> str:
    return gettext(
        "Hội đồng thi đua – khen thưởng, phiên họp %(number)s ngày %(date)s: %(agree)s đồng ý, "
        "%(disagree)s không đồng ý trên tổng số %(size)s thành viên; %(result)s."
    ) % {
        "number": session.number,
        "date": session.date.strftime("%d/%m/%Y"),
        "agree": item.agree,
        "disagree": item.disagree,
        "size": session.council_size,
        "result": gettext("được thông qua") if item.passed else gettext("không được thông qua"),
    }


def move_on(session: CouncilSession, item: AgendaItem) -> str:
    """Approve the council's step (passed) or close the chain (not passed), as the council."""
    nomination = Nomination.objects.get(pk=item.nomination_id)
    step = current_step(nomination)
    if step is None or step.actor != Actor.COUNCIL or step.kind != StepKind.CONSIDERATION:
        return gettext("%(name)s: hồ sơ không còn ở bước Hội đồng xét, kết quả chỉ ghi vào biên bản.") % {
            "name": nomination.name
        }
    task_state = nomination.current_workflow_task_state
    comment = result_comment(session, item)
    if item.passed:
        try:
            with transaction.atomic():
                step.on_action(task_state, None, "approve", ballot=item, comment=comment)
        except NominationRefused as refused:
            return f"{nomination.name}: {refused.message}"
        return ""
    workflow_state = task_state.workflow_state
    workflow_state.cancel(user=None)
    TaskState.objects.filter(pk=task_state.pk).update(comment=comment)
    tell_unit(nomination, workflow_state, comment)
    return ""


def tell_unit(nomination: Nomination, workflow_state, comment: str) -> None:
    """E-mail the officer who submitted and the unit's officers that the council did not pass it."""
    recipients = set(
        get_user_model()
        .objects.filter(is_active=True, membership__unit=nomination.unit, membership__role=Role.OFFICER)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    if workflow_state.requested_by is not None and workflow_state.requested_by.email:
        recipients.add(workflow_state.requested_by.email)
    if not recipients:
        return
    send_mail(
        gettext("Hồ sơ đề nghị khen thưởng %(name)s không được Hội đồng thông qua")
        % {"name": nomination.name},
        gettext(
            "Kính gửi %(unit)s,\n\nHồ sơ đề nghị %(award)s cho %(name)s đã được Hội đồng thi đua – khen thưởng "
            "xét và biểu quyết.\n%(comment)s\n\nHồ sơ kết thúc tại bước này. Biên bản họp xem tại trang hồ sơ "
            "trong hệ thống.\n"
        )
        % {
            "unit": nomination.unit.title,
            "award": nomination.award_type.name,
            "name": nomination.name,
            "comment": comment,
        },
        settings.DEFAULT_FROM_EMAIL,
        sorted(recipients),
        fail_silently=True,
    )


# -- the minutes ----------------------------------------------------------------------------


def province_title() -> str:
    root = Unit.objects.filter(parent__isnull=True).order_by("pk").first()
    return root.title if root is not None else "Ủy ban MTTQ Việt Nam tỉnh"


def minutes_document(session: CouncilSession) -> OfficialDocument:
    members = list(session.members.order_by("last_name", "first_name", "username"))
    items = list(session.items.select_related("nomination__award_type", "nomination__unit"))
    ballot = (
        gettext("bỏ phiếu kín bằng phiếu điện tử")
        if session.ballot == BallotKind.ELECTRONIC
        else gettext("bỏ phiếu kín bằng phiếu giấy, thư ký tổng hợp kết quả kiểm phiếu")
    )
    when = session.date.strftime("%d/%m/%Y")
    if session.start_time:
        when = gettext("%(hour)s giờ %(minute)s, ngày %(date)s") % {
            "hour": f"{session.start_time.hour:02d}",
            "minute": f"{session.start_time.minute:02d}",
            "date": when,
        }
    body = [
        Paragraph(gettext("Thời gian: %(when)s.") % {"when": when}),
        Paragraph(gettext("Địa điểm: %(place)s.") % {"place": session.place}),
        Paragraph(gettext("I. THÀNH PHẦN THAM DỰ"), bold=True, indent=False),
        Paragraph(
            gettext("Chủ tọa: %(name)s. Thư ký: %(secretary)s.")
            % {
                "name": person(session.chair),
                "secretary": person(session.secretary),
            }
        ),
        Paragraph(
            gettext("Thành viên Hội đồng có mặt: %(present)s/%(size)s, gồm: %(names)s.")
            % {
                "present": len(members),
                "size": session.council_size,
                "names": ", ".join(map(person, members)),
            }
        ),
        Paragraph(gettext("II. NỘI DUNG"), bold=True, indent=False),
        Paragraph(
            ngettext(
                "Hội đồng xét %(count)s hồ sơ đề nghị khen thưởng đã được kiểm tra hồ sơ và hết thời gian lấy ý kiến "
                "công khai; hình thức biểu quyết: %(ballot)s.",
                "Hội đồng xét %(count)s hồ sơ đề nghị khen thưởng đã được kiểm tra hồ sơ và hết thời gian lấy ý kiến "
                "công khai; hình thức biểu quyết: %(ballot)s.",
                len(items),
            )
            % {"count": len(items), "ballot": ballot}
        ),
    ]
    if session.ballot == BallotKind.ELECTRONIC:
        body.append(
            Paragraph(
                gettext("Số thành viên đã bỏ phiếu: %(cast)s/%(present)s.")
                % {
                    "cast": session.ballots_cast.count(),
                    "present": len(members),
                }
            )
        )
    number = 0
    for award_type, group in grouped(items).items():
        chain = chain_of(award_type)
        body.append(
            Paragraph(
                gettext("%(award)s (thông qua khi số phiếu đồng ý trên %(percent)s%% %(base)s)")
                % {
                    "award": award_type.name,
                    "percent": chain.pass_percent,
                    "base": chain.get_pass_base_display().lower(),
                },
                bold=True,
                indent=False,
            )
        )
        rows = []
        for item in group:
            number += 1
            rows.append(
                (
                    str(number),
                    item.nomination.name,
                    item.nomination.unit.title,
                    str(item.agree),
                    str(item.disagree),
                    item.result_label,
                )
            )
        body.append(
            Table(
                header=(
                    gettext("STT"),
                    gettext("Tập thể, cá nhân"),
                    gettext("Đơn vị"),
                    gettext("Đồng ý"),
                    gettext("Không đồng ý"),
                    gettext("Kết quả"),
                ),
                rows=tuple(rows),
                widths=(9, 42, 42, 18, 20, 20),
                aligns=("center", "left", "left", "center", "center", "center"),
            )
        )
    passed = sum(1 for item in items if item.passed)
    body += [
        Paragraph(gettext("III. KẾT LUẬN"), bold=True, indent=False),
        Paragraph(
            gettext(
                "Hội đồng thông qua %(passed)s/%(count)s hồ sơ; các hồ sơ được thông qua được trình cấp có thẩm "
                "quyền quyết định khen thưởng, các hồ sơ không được thông qua kết thúc và đơn vị được thông báo."
            )
            % {"passed": passed, "count": len(items)}
        ),
        Paragraph(
            gettext("Biên bản được lập từ dữ liệu phiên họp và được các thành viên dự họp thống nhất.")
        ),
    ]
    return OfficialDocument(
        parent_body=province_title(),
        issuing_body=COUNCIL_BODY,
        number=session.number,
        place=session.issuing_place,
        date=session.date,
        kind=gettext("Biên bản"),
        title=gettext("Họp Hội đồng thi đua – khen thưởng"),
        body=tuple(body),
        signatures=(
            Signature(gettext("Thư ký"), person(session.secretary), note=gettext("(Ký, ghi rõ họ tên)")),
            Signature(gettext("Chủ tọa"), person(session.chair), note=gettext("(Ký, ghi rõ họ tên)")),
        ),
        recipients=(
            gettext("Ban Thường trực %(province)s") % {"province": province_title()},
            gettext("Các thành viên Hội đồng"),
            gettext("Lưu: VT, hồ sơ khen thưởng"),
        ),
        author=COUNCIL_BODY,
    )


def minutes_filename(session: CouncilSession, extension: str) -> str:
    stamp = session.date.strftime("%Y-%m-%d")
    return f"bien-ban-hop-hoi-dong-{stamp}-{session.pk}.{extension}"


def write_minutes(session: CouncilSession) -> None:
    """Generate the DOCX and the PDF and keep them (private storage) with the session."""
    document = minutes_document(session)
    session.minutes_docx.save(
        minutes_filename(session, "docx"), ContentFile(render_docx(document)), save=False
    )
    session.minutes_pdf.save(minutes_filename(session, "pdf"), ContentFile(render_pdf(document)), save=False)
    session.save(update_fields=["minutes_docx", "minutes_pdf"])
    logger.info("Council session %s closed; minutes written at %s", session.pk, timezone.now().isoformat())
