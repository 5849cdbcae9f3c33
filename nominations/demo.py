"""The nominations' part of ``manage.py load_demo``: one nomination at each point of a chain.

Runs after the intranet's part (accounts, the current campaign, its units). Each
nomination is drafted with its dossier, submitted by its unit's officer, then moved along
its award type's chain by the demo members, as the admin does (``intranet.demo_content``
lists who acts); the decided one gets its decision recorded by the deciding board, which
publishes its exemplar. The council passes a nominee as it does in the admin: a session
is held on it, every council account votes agree in the secret ballot and the chair
closes it (``pass_council``, one held session per nominee, numbered 01, 02…). E-mails are
not sent. Idempotent: keyed on the nominee's name. Then a council session is prepared for
what waits at the council's step (keyed on its number, after the held ones).
"""

from datetime import date

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test.utils import override_settings
from django.utils import timezone

from campaigns.models import AwardType, CampaignPage, Unit
from campaigns.working_days import add_working_days, period_end
from core.demo import DemoContext
from exemplars.factories import PDF_BYTES
from intranet import demo_content as content
from intranet.demo import CURRENT_SLUG, day_after, demo_portrait

from .comment_window import open_period, to_post
from .council import awaiting_council
from .decisions import issuing_body_for, record_decision
from .factories import NominationFactory, act_on_nomination, pass_council, submit_nomination
from .models import (
    AgendaItem,
    CommentPeriod,
    CouncilSession,
    Nomination,
    PostedNominee,
    PublicComment,
    PublicCommentPage,
    council_members,
)
from .seed import ensure_award_chains

COMMENT_PAGE = {
    "title": "Lấy ý kiến nhân dân",
    "slug": "lay-y-kien",
    "intro": "Danh sách tập thể, cá nhân được đề nghị khen thưởng, công khai để nhân dân góp ý trước khi "
    "Hội đồng thi đua – khen thưởng xét.",
}
COMMENT_PAGE_EN = {
    COMMENT_PAGE["title"]: "Public comment",
    COMMENT_PAGE["intro"]: "The collectives and individuals proposed for awards, posted for the public's "
    "comment before the emulation–reward council considers them.",
}
PAST_PERIOD_NOTE = "Thông báo số 12/TB-MTTQ-VP (dữ liệu mẫu)"
OPEN_PERIOD_NOTE = "Thông báo số 31/TB-MTTQ-VP (dữ liệu mẫu)"
DEMO_COMMENT = (
    "Tôi ở tổ dân phố 3, phường Lương Văn Tri, xác nhận phường đã vận động bà con lát vỉa hè, trồng "
    "cây xanh như báo cáo. Đề nghị ghi rõ số hộ đóng góp."
)

DOSSIER = ("proposal_letter", "achievement_report", "review_minutes")


def load(ctx: DemoContext) -> None:
    campaign = CampaignPage.objects.filter(slug=CURRENT_SLUG, locale__language_code="vi").first()
    if campaign is None:
        return
    ensure_award_chains()
    units = {
        unit.code: unit
        for unit in Unit.objects.filter(code__in={spec["unit"] for spec in content.NOMINATIONS})
    }
    usernames = {row[0] for row in content.ACCOUNTS}
    users = {user.username: user for user in get_user_model().objects.filter(username__in=usernames)}
    existing = set(Nomination.objects.filter(campaign=campaign).values_list("name", flat=True))
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        for spec in content.NOMINATIONS:
            if spec["name"] not in existing:
                load_one(campaign, units, users, spec)
                ctx.note("hồ sơ đề nghị khen thưởng")
    load_comment_window(ctx, campaign)
    if prepare_council_session(campaign):
        ctx.note("phiên họp Hội đồng")


DEMO_SESSION = "03/BB-HĐTĐKT"
COUNCIL_PLACE = "Hội trường Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn"


def prepare_council_session(campaign: CampaignPage) -> bool:
    """A session in preparation, its agenda what waits for the council: ready to open and vote.

    The office's demo account (``vanphong``) or its chair (``hoidong.chutich``) opens the
    ballot; the four council accounts are present. Created once.
    """
    if CouncilSession.objects.filter(number=DEMO_SESSION).exists():
        return False
    members = list(council_members())
    by_name = {member.username: member for member in members}
    if "hoidong.chutich" not in by_name or "hoidong.thuky" not in by_name:
        return False
    session = CouncilSession.objects.create(
        number=DEMO_SESSION,
        date=day_after(campaign, 200),
        place=COUNCIL_PLACE,
        chair=by_name["hoidong.chutich"],
        secretary=by_name["hoidong.thuky"],
    )
    session.members.set(members)
    AgendaItem.objects.bulk_create(
        AgendaItem(session=session, nomination=nomination) for nomination in awaiting_council()
    )
    return True


def load_comment_window(ctx: DemoContext, campaign: CampaignPage) -> None:
    """The public comment page, and a period running today for the nominees waiting at the council.

    Those whose period already ended (``comment_period="ended"`` in the demo content) are on
    the council session's agenda instead.
    """
    home = ctx.home_page()
    page = PublicCommentPage.objects.child_of(home).first()
    if page is None:
        page = home.add_child(instance=PublicCommentPage(**COMMENT_PAGE))
        page.save_revision().publish()
        ctx.note("trang")
    ctx.translate(page, COMMENT_PAGE_EN)
    if to_post(campaign).exists():
        period = open_period(
            CommentPeriod(campaign=campaign, starts_on=timezone.localdate(), note=OPEN_PERIOD_NOTE)
        )
        posting = period.nominees.first()
        PublicComment.objects.create(
            posting=posting, nomination_id=posting.nomination_id, name="Hoàng Văn Bình", text=DEMO_COMMENT
        )
        ctx.note("đợt lấy ý kiến nhân dân")


def post_in_the_past(campaign: CampaignPage, nomination: Nomination) -> None:
    """The demo's council considers a nominee: it was posted for comment in an ended period."""
    period = CommentPeriod.objects.filter(campaign=campaign, note=PAST_PERIOD_NOTE).first()
    days = nomination.award_type.chain.comment_days
    if period is None:
        starts = add_working_days(timezone.localdate(), -(days + 5))
        period = CommentPeriod.objects.create(
            campaign=campaign, starts_on=starts, ends_on=period_end(starts, days), note=PAST_PERIOD_NOTE
        )
    PostedNominee.objects.get_or_create(
        period=period, nomination=nomination, defaults={"ends_on": period_end(period.starts_on, days)}
    )


def load_one(campaign: CampaignPage, units: dict, users: dict, spec: dict) -> None:
    personal = {}
    if spec["kind"] == "individual":
        personal = {
            "position": spec["position"],
            "gender": spec["gender"],
            "birth_date": date.fromisoformat(spec["birth_date"]),
            "ethnicity": spec["ethnicity"],
            "id_number": spec["id_number"],
            "phone": "",
            "photo_consent": spec["consent"],
        }
    nomination = NominationFactory(
        campaign=campaign,
        unit=units[spec["unit"]],
        award_type=AwardType.objects.get(slug=spec["award"]),
        kind=spec["kind"],
        name=spec["name"],
        achievements=spec["achievements"],
        files=False,
        **personal,
    )
    for field_name in spec.get("files", DOSSIER):
        getattr(nomination, field_name).save(f"{field_name}.pdf", ContentFile(PDF_BYTES), save=False)
    if spec["kind"] == "individual" and spec["consent"]:
        nomination.photo.save("chan-dung.jpg", ContentFile(demo_portrait()), save=False)
    nomination.save()
    nomination.save_revision(user=users[spec["officer"]])
    if spec["state"] == "draft":
        return
    submit_nomination(nomination, users[spec["officer"]])
    for username, action, comment in spec["steps"]:
        if action == "ballot":
            if nomination.award_type.chain.comment_days:
                post_in_the_past(campaign, nomination)
            pass_council(
                nomination,
                chair=users[username],
                secretary=users["hoidong.thuky"],
                on=day_after(campaign, 5),
                place=COUNCIL_PLACE,
            )
            nomination = Nomination.objects.get(pk=nomination.pk)
            continue
        nomination = act_on_nomination(nomination, users[username], action, comment)
    if spec.get("comment_period") == "ended":
        post_in_the_past(campaign, nomination)
    if spec["state"] == "decided":
        number, days, signer = spec["decision"]
        decider = users["thuongtruc.tinh"]
        # Our own board's number comes from its number register; an outside body's is typed.
        number = number if issuing_body_for(nomination).is_outside else ""
        record_decision(nomination, decider, number=number, date=day_after(campaign, days), signer=signer)
