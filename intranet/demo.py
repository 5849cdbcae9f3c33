"""The intranet's part of ``manage.py load_demo``: accounts, the members' pages, a live campaign.

The 2020 campaign is long over, so every deadline on it is past and an officer's
dashboard would only show history. A *current* campaign, built from the 2020 plan with
dates counted from the day the demo is first loaded, lets every flow be tried live:
registration still open, works in each state, reports drafted and submitted. It runs
after the reform of 1 July 2025, so it uses today's communes and wards (no districts):
its quotas, records and demo accounts belong to them, while the 2020 plan keeps its districts.

Called by ``home.demo`` (``LOADERS``) after the campaigns and
exemplars apps. Idempotent: everything is keyed on slugs, usernames and (campaign, unit),
and created only when missing, so dates set at the first load stay put on later runs.
"""

import io
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import PageViewRestriction

from campaigns import seed_plan
from campaigns.factories import VIETNAM_TZ, create_seed_plan_campaign, review, seed_plan_children
from campaigns.models import (
    CampaignPage,
    CampaignPhase,
    CampaignReport,
    Quota,
    Registration,
    ReviewState,
    Unit,
)
from campaigns.reference_data import ensure_award_types, load_current_units, load_units
from core.demo import DemoContext, publish
from exemplars.factories import WorkFactory
from exemplars.image_collections import work_photo_collection
from exemplars.models import Work
from exemplars.models.works import PUBLIC_WORK_STATUSES

from . import demo_content as content
from .models import IntranetArticlePage, IntranetPage, Membership, restrict_to_members
from .roles import Role

CURRENT_SLUG = "ke-hoach-thi-dua-hien-hanh"
SILENT_EMAIL = "django.core.mail.backends.dummy.EmailBackend"

# The current campaign's calendar, in days from its start (the 2020 plan's proportions:
# a four-week registration window, a ~9.5-month campaign, reports two weeks before the end).
STARTED_DAYS_AGO = 20
REGISTRATION_DAYS = 27
DURATION_DAYS = 291
REPORT_DAYS_BEFORE_END = 16
PHASE_ONE_DAYS = 120


def load(ctx: DemoContext) -> None:
    campaign = load_current_campaign(ctx)
    intranet = load_pages(ctx, campaign)
    units = {unit.code: unit for unit in Unit.objects.filter(code__in=unit_codes())}
    load_accounts(ctx, units)
    # The demo's sendings and reviews are made up: nobody is e-mailed about them.
    with override_settings(EMAIL_BACKEND=SILENT_EMAIL):
        load_registrations(ctx, campaign, units)
        load_reports(ctx, campaign, units)
        load_works(ctx, campaign, units)
    # The admin line above it names 127.0.0.1:8000 too: the address ``make run`` serves.
    ctx.notes.append(
        "Bảng theo dõi thi đua của cán bộ (đăng nhập bằng một tài khoản trên): "
        f"http://127.0.0.1:8000{intranet.get_url()}"
    )


def unit_codes() -> set[str]:
    codes = {row[2] for row in content.ACCOUNTS}
    codes |= {row[0] for row in content.REGISTRATIONS}
    codes |= {row[0] for row in content.REPORTS}
    codes |= {spec["unit"] for spec in content.WORKS}
    codes |= {spec["unit"] for spec in content.NOMINATIONS}
    return codes


# -- the current campaign -------------------------------------------------------------
def current_calendar(start: date) -> dict:
    """The page fields that carry dates, for a campaign starting on ``start``."""
    end = start + timedelta(days=DURATION_DAYS)
    report = end - timedelta(days=REPORT_DAYS_BEFORE_END)
    years = str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    title = f"Kế hoạch thi đua năm {years} (minh họa, dựng từ kế hoạch 2020)"
    return {
        "title": title,
        "short_title": f"Thi đua năm {years}",
        "seo_title": title,
        "start_date": start,
        "end_date": end,
        "closing_date": end,
        "registration_deadline": start + timedelta(days=REGISTRATION_DAYS),
        "nomination_deadline": report,
        "report_deadline": report,
        "period_text": f"Từ ngày {start:%d/%m/%Y} đến hết ngày {end:%d/%m/%Y}.",
    }


def current_phases(start: date, end: date) -> list[CampaignPhase]:
    """The 2020 plan's two phases and their activities, moved onto the new calendar."""
    second = start + timedelta(days=PHASE_ONE_DAYS)
    bounds = [(start, second - timedelta(days=1)), (second, end)]
    return [
        CampaignPhase(
            title=phase["title"],
            start_date=phase_start,
            end_date=phase_end,
            activities=[{"type": "activity", "value": text} for text in phase["activities"]],
            sort_order=index,
        )
        for index, (phase, (phase_start, phase_end)) in enumerate(zip(seed_plan.PHASES, bounds, strict=True))
    ]


def current_awards_and_quotas() -> dict[str, list]:
    """The 2020 plan's award types and numbers, recast for today's two-tier province.

    Since 1 July 2025 there is no district: the district's commendation certificate is not
    offered, and the two certificates the plan gave each district go to each of today's
    communes and wards (one collective, one individual), the province keeping its own row.
    The Central Committee's numbers, which the 2020 plan left to a later guidance, are set:
    one row for the whole province.
    """
    award_types = ensure_award_types()
    children = seed_plan_children(award_types, load_units(levels=("province", "district")))
    awards = [award for award in children["awards"] if award.award_type.deciding_level.code != "district"]
    for award in awards:
        award.numbers_to_follow = False  # the guidance came: the rows below hold its numbers
    province = Unit.objects.get(code=seed_plan.PROVINCE_CODE)
    communes = list(load_current_units().values())
    rows = [(content.CENTRAL_FRONT, province, 1, 1)]
    for slug, plan_rows in seed_plan.QUOTAS.items():
        own = next(row for row in plan_rows if row[0] == seed_plan.PROVINCE_CODE)
        rows.append((slug, province, own[1], own[2]))
        rows += [(slug, commune, 1, 1) for commune in communes]
    quotas = [
        Quota(
            award_type=award_types[slug],
            unit=unit,
            collectives=collectives,
            individuals=individuals,
            sort_order=index,
        )
        for index, (slug, unit, collectives, individuals) in enumerate(rows)
    ]
    return {"awards": awards, "quotas": quotas}


def load_current_campaign(ctx: DemoContext) -> CampaignPage:
    """The 2020 plan's criteria and phases on dates that are live today, with today's units."""
    campaign = CampaignPage.objects.filter(slug=CURRENT_SLUG, locale=ctx.vietnamese).first()
    if campaign is not None:
        return campaign
    start = timezone.localdate() - timedelta(days=STARTED_DAYS_AGO)
    calendar = current_calendar(start)
    campaign = create_seed_plan_campaign(
        parent=ctx.home_page(),
        slug=CURRENT_SLUG,
        phases=current_phases(start, calendar["end_date"]),
        **current_awards_and_quotas(),
        **calendar,
    )
    ctx.note("trang")
    return campaign


# -- the intranet pages ----------------------------------------------------------------
def load_pages(ctx: DemoContext, campaign: CampaignPage) -> IntranetPage:
    """The members' section (restricted to the role groups) and its articles: guidance, news, the user guide."""
    home = ctx.home_page()
    intranet = IntranetPage.objects.child_of(home).filter(slug=content.INTRANET["slug"]).first()
    if intranet is None:
        intranet = IntranetPage(show_in_menus=False, **content.INTRANET)
        home.add_child(instance=intranet)
        publish(intranet)
        ctx.note("trang")
    # Only when missing: saving a restriction again writes a "view restriction changed" log entry.
    if not PageViewRestriction.objects.filter(page=intranet).exists():
        restrict_to_members(intranet)

    existing = set(IntranetArticlePage.objects.child_of(intranet).values_list("slug", flat=True))
    today = timezone.localdate()
    articles = [
        (
            content.GUIDANCE,
            campaign.start_date + timedelta(days=content.GUIDANCE["start_offset"]),
            guidance_body,
        ),
        (content.NEWS, today + timedelta(days=content.NEWS["today_offset"]), news_body),
        (
            content.USER_GUIDE,
            campaign.start_date + timedelta(days=content.USER_GUIDE["start_offset"]),
            user_guide_body,
        ),
    ]
    for spec, day, body in articles:
        if spec["slug"] in existing:
            continue
        article = IntranetArticlePage(
            title=spec["title"], slug=spec["slug"], summary=spec["summary"], date=day, body=body(campaign)
        )
        intranet.add_child(instance=article)
        publish(article)
        intranet.refresh_from_db()  # add_child changed numchild behind our copy
        ctx.note("trang")
    return intranet


def heading(text: str) -> dict:
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def rich_text(*parts: str) -> dict:
    """One paragraph block from HTML parts: a list and the note after it stay together."""
    return {"type": "paragraph", "value": "".join(parts)}


def p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def ol(*items: str) -> str:
    return "<ol>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ol>"


def guidance_body(campaign: CampaignPage) -> list[dict]:
    deadline = f"{campaign.registration_deadline:%d/%m/%Y}"
    report = f"{campaign.report_deadline:%d/%m/%Y}"
    return [
        rich_text(
            p(
                "Từ đợt thi đua này, Ủy ban MTTQ Việt Nam các cấp đăng ký thi đua, đăng ký công trình, "
                "phần việc chào mừng và gửi báo cáo tổng kết trên cổng thông tin thay cho gửi văn bản "
                "giấy. Mỗi cán bộ đăng nhập bằng tài khoản riêng, chỉ thấy và khai báo cho đơn vị mình "
                "phụ trách; Ban Thường trực cấp trên xét duyệt hoặc trả lại kèm ý kiến."
            )
        ),
        heading("1. Đăng ký thi đua"),
        rich_text(
            ol(
                "Đăng nhập, chọn “Vào trang quản trị”, mở mục “Thi đua của đơn vị” → “Đăng ký thi đua” "
                "rồi bấm “Thêm”.",
                "Chọn đợt thi đua; ghi các chỉ tiêu, công trình, phần việc đơn vị cam kết và số công trình "
                "đăng ký.",
                "Đính kèm văn bản đăng ký có chữ ký, đóng dấu (PDF hoặc ảnh chụp rõ nét, tối đa 20 MB).",
                "Để trạng thái “Bản nháp” khi còn sửa; chọn “Đã gửi, chờ duyệt” để gửi lên cấp trên.",
            ),
            p(
                f"Hạn đăng ký của đợt thi đua hiện hành là ngày {deadline}. Bản đăng ký gửi sau ngày này "
                "vẫn được nhận nhưng bị đánh dấu trễ hạn. Bản bị trả lại được sửa theo ý kiến của cấp trên "
                "rồi gửi lại."
            ),
        ),
        heading("2. Đăng ký công trình, phần việc"),
        rich_text(
            ol(
                "Mở “Thi đua của đơn vị” → “Công trình, phần việc”, bấm “Thêm”; mỗi công trình một bản ghi.",
                "Ghi tên, lĩnh vực, địa điểm, giá trị dự kiến và phần nhân dân đóng góp (tiền, ngày công, đất).",
                "Cập nhật tình trạng “Đang thực hiện” khi khởi công; đính kèm ảnh khi có.",
                "Khi công trình hoàn thành, Ban Thường trực cấp trên nghiệm thu và quyết định đưa lên trang "
                "công trình chào mừng của cổng thông tin; đơn vị không tự công bố.",
            ),
            p(
                "Không ghi họ tên hộ được hỗ trợ nhà Đại đoàn kết hay các thông tin cá nhân khác vào phần "
                "mô tả công trình: phần này có thể được công bố cho người dân."
            ),
        ),
        heading("3. Báo cáo tổng kết"),
        rich_text(
            p(
                f"Báo cáo tổng kết gửi trước ngày {report}, kèm số liệu: số công trình hoàn thành, tổng giá "
                "trị, phần nhân dân đóng góp, số tập thể, cá nhân được biểu dương. Có thể lưu bản nháp và "
                "cập nhật dần trong quá trình thực hiện."
            )
        ),
        heading("4. Khi cần hỗ trợ"),
        rich_text(
            p(
                "Quên mật khẩu hoặc tài khoản chưa được gắn với đơn vị: liên hệ Văn phòng Ủy ban MTTQ Việt "
                "Nam tỉnh, điện thoại 0205 3812 345, trong giờ hành chính. Đăng nhập sai nhiều lần liên "
                "tiếp, tài khoản sẽ tạm khóa 15 phút."
            )
        ),
    ]


def user_guide_body(campaign: CampaignPage) -> list[dict]:
    """What each role does on the portal: the page the admin's help menu leads to."""
    body = [rich_text(p(content.USER_GUIDE_INTRO))]
    for number, (role, steps, note) in enumerate(content.USER_GUIDE_SECTIONS, start=1):
        body.append(heading(f"{number}. {role}"))
        body.append(rich_text(ol(*steps), p(note) if note else ""))
    body.append(heading("Khi cần hỗ trợ"))
    body.append(rich_text(p(content.USER_GUIDE_HELP)))
    return body


def news_body(campaign: CampaignPage) -> list[dict]:
    report = f"{campaign.report_deadline:%d/%m/%Y}"
    closing = f"{campaign.closing_date:%d/%m/%Y}"
    phase_two = campaign.phases.order_by("sort_order").last()
    return [
        rich_text(
            p(
                "Thực hiện kế hoạch đợt thi đua, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh thông báo lịch "
                "tổng kết để các đơn vị chủ động chuẩn bị."
            ),
            ol(
                f"Từ ngày {phase_two.start_date:%d/%m/%Y}: các đơn vị tổ chức nghiệm thu, gắn biển các "
                "công trình, phần việc đã hoàn thành.",
                f"Trước ngày {report}: Ban Thường trực Ủy ban MTTQ các xã, phường gửi báo cáo tổng kết "
                "và hồ sơ đề nghị khen thưởng về Ban Thường trực Ủy ban MTTQ tỉnh (qua Văn phòng).",
                f"Ngày {closing}: Hội nghị tổng kết đợt thi đua, biểu dương các tập thể, cá nhân tiêu biểu.",
            ),
            p(
                "Hồ sơ đề nghị khen thưởng phải đúng số lượng được phân bổ cho đơn vị; hồ sơ gửi sau thời "
                "hạn sẽ không được xem xét. Đề nghị Ban Thường trực các đơn vị quan tâm chỉ đạo thực hiện."
            ),
        ),
    ]


# -- accounts ---------------------------------------------------------------------------
def load_accounts(ctx: DemoContext, units: dict[str, Unit]) -> None:
    """One account per role and demo unit, with its membership; listed in the command's summary."""
    User = get_user_model()
    for username, role, code, family_name, given_name, position, phone in content.ACCOUNTS:
        unit = units[code]
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(
                username=username,
                first_name=family_name,
                last_name=given_name,
                email=f"{username}@example.com",
            )
            user.set_password(content.DEMO_PASSWORD)
            user.save()
            ctx.note("tài khoản minh họa")
        if not Membership.objects.filter(user=user).exists():
            Membership.objects.create(user=user, unit=unit, role=role, position=position, phone=phone)
        membership = user.membership
        ctx.account(
            username=username,
            role=Role(membership.role).label,
            unit=membership.unit.title,
            password=content.DEMO_PASSWORD if user.check_password(content.DEMO_PASSWORD) else None,
        )


# -- the current campaign's records ------------------------------------------------------
def days_after(campaign: CampaignPage, days: int | None, hour: int = 9) -> datetime | None:
    """A moment ``days`` after the campaign's start, never later than now."""
    if days is None:
        return None
    moment = datetime.combine(campaign.start_date + timedelta(days=days), time(hour), tzinfo=VIETNAM_TZ)
    return min(moment, timezone.now())


def day_after(campaign: CampaignPage, days: int | None) -> date | None:
    if days is None:
        return None
    return min(campaign.start_date + timedelta(days=days), timezone.localdate())


def member_of(unit: Unit | None, role: Role):
    """The demo account holding ``role`` in ``unit``, if there is one."""
    if unit is None:
        return None
    membership = Membership.objects.filter(unit=unit, role=role).select_related("user").first()
    return membership.user if membership is not None else None


def send_up(record, state: str, submitted_at=None, reason: str = ""):
    """Through the record's workflow, as the unit's officer and the board of the unit above would."""
    return review(
        record,
        state,
        by=member_of(record.unit, Role.OFFICER),
        reviewer=member_of(record.unit.parent, Role.REVIEWER),
        reason=reason,
        submitted_at=submitted_at,
    )


def load_registrations(ctx: DemoContext, campaign: CampaignPage, units: dict[str, Unit]) -> None:
    existing = set(Registration.objects.filter(campaign=campaign).values_list("unit__code", flat=True))
    for code, state, submitted, works, commitments, comment in content.REGISTRATIONS:
        if code in existing:
            continue
        registration = Registration.objects.create(
            campaign=campaign, unit=units[code], works_committed=works, commitments=commitments
        )
        send_up(registration, state, submitted_at=days_after(campaign, submitted), reason=comment)
        ctx.note("đăng ký thi đua")


def load_reports(ctx: DemoContext, campaign: CampaignPage, units: dict[str, Unit]) -> None:
    existing = set(CampaignReport.objects.filter(campaign=campaign).values_list("unit__code", flat=True))
    for code, state, submitted, completed, value, contribution, honored, summary in content.REPORTS:
        if code in existing:
            continue
        report = CampaignReport.objects.create(
            campaign=campaign,
            unit=units[code],
            works_completed=completed,
            works_value_vnd=value,
            people_contribution_vnd=contribution,
            exemplars_honored=honored,
            summary=summary,
        )
        send_up(report, state, submitted_at=days_after(campaign, submitted, hour=15))
        ctx.note("báo cáo tổng kết")


def load_works(ctx: DemoContext, campaign: CampaignPage, units: dict[str, Unit]) -> None:
    """Works in every state; only those the unit above has approved are published.

    Each goes through its workflow as in the admin: the published ones were approved by
    the board of the unit above; of the others, those accepted on site wait for that
    board's review, the rest are drafts that the public gallery never shows.
    """
    existing = set(Work.objects.filter(locale=ctx.vietnamese).values_list("slug", flat=True))
    for spec in content.WORKS:
        if spec["slug"] in existing:
            continue
        contribution_text, contribution_vnd = spec["contribution"]
        motif, palette = content.WORK_IMAGE_STYLES[spec["category"]]
        work = WorkFactory(
            publish=False,
            locale=ctx.vietnamese,
            title=spec["title"],
            slug=spec["slug"],
            campaign=campaign,
            unit=units[spec["unit"]],
            category=spec["category"],
            status=spec["status"],
            summary=spec["summary"],
            description=f"<p>{escape(spec['summary'])}</p><p>{escape(contribution_text)}</p>",
            place=spec["place"],
            value_vnd=spec["value"],
            people_contribution=contribution_text,
            people_contribution_vnd=contribution_vnd,
            started_on=day_after(campaign, spec["started"]),
            accepted_on=day_after(campaign, spec["accepted"]),
            plaque_mounted_on=day_after(campaign, spec["plaque"]),
            main_image=ctx.image(
                spec["title"], motif, palette, caption=spec["place"], collection=work_photo_collection()
            )
            if spec["published"]
            else None,
        )
        if spec["published"]:
            send_up(work, ReviewState.ACCEPTED)
        elif spec["status"] in PUBLIC_WORK_STATUSES:
            send_up(work, ReviewState.SUBMITTED)
        ctx.note("công trình")


# -- award nominations ---------------------------------------------------------------------
def demo_portrait() -> bytes:
    """A plain drawn portrait (head and shoulders), standing in for a nominee's photo."""
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (300, 400), (222, 232, 240))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((95, 70, 205, 190), fill=(120, 92, 74))
    draw.rounded_rectangle((50, 210, 250, 420), radius=80, fill=(22, 74, 130))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def _demo_usernames() -> list[str]:
    return [row[0] for row in content.ACCOUNTS]
