"""Who acts at a step of an award chain, and what the step is.

The Front's rules give each award type its own chain from proposal to decision: the
proposing unit's standing board signs off, the unit above signs off, the province office
checks the dossier, the council considers, and a standing board decides, or submits the
nomination to the outside body that decides (the provincial People's Committee, the
Central Committee). A chain is a Wagtail workflow whose tasks are ``AwardStepTask``s,
each naming an ``Actor`` and a ``StepKind``; this module says which members a step's
actor is for one nomination, so the same task can serve every unit.
"""

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from campaigns.models import Unit
from intranet.roles import Role

DEPARTMENT_LEVEL = "department"


class Actor(models.TextChoices):
    PROPOSING_BOARD = "proposing_board", _("Thường trực đơn vị đề nghị")
    UNIT_ABOVE = "unit_above", _("Thường trực đơn vị cấp trên")
    PROVINCE_OFFICE = "province_office", _("Văn phòng tỉnh")
    COUNCIL = "council", _("Hội đồng thi đua – khen thưởng")
    PROVINCE_BOARD = "province_board", _("Ban Thường trực tỉnh")
    DECIDING_BOARD = "deciding_board", _("Ban Thường trực cấp quyết định")


class StepKind(models.TextChoices):
    SIGN_OFF = "sign_off", _("Ký duyệt")
    DOSSIER_CHECK = "dossier_check", _("Kiểm tra hồ sơ")
    CONSIDERATION = "consideration", _("Xét, thông qua")
    DECISION = "decision", _("Quyết định khen thưởng")
    SUBMISSION = "submission", _("Trình cấp có thẩm quyền")


# The role a member must hold to act for each actor; the unit-bound actors also need the
# member's unit to be the one ``acting_unit`` names.
ACTOR_ROLES = {
    Actor.PROPOSING_BOARD: Role.REVIEWER,
    Actor.UNIT_ABOVE: Role.REVIEWER,
    Actor.PROVINCE_BOARD: Role.REVIEWER,
    Actor.DECIDING_BOARD: Role.REVIEWER,
    Actor.PROVINCE_OFFICE: Role.PROVINCE_OFFICE,
    Actor.COUNCIL: Role.COUNCIL,
}
UNIT_BOUND_ACTORS = frozenset(
    {Actor.PROPOSING_BOARD, Actor.UNIT_ABOVE, Actor.PROVINCE_BOARD, Actor.DECIDING_BOARD}
)

# What the approving button says, per kind of step.
APPROVE_LABELS = {
    StepKind.SIGN_OFF: _("Ký duyệt, chuyển tiếp"),
    StepKind.DOSSIER_CHECK: _("Hồ sơ hợp lệ, chuyển tiếp"),
    StepKind.CONSIDERATION: _("Thông qua"),
    StepKind.DECISION: _("Ghi quyết định khen thưởng"),
    StepKind.SUBMISSION: _("Đã trình cấp trên"),
}


def standing_board_unit(unit: Unit) -> Unit:
    """The committee whose standing board speaks for ``unit``.

    The province's departments (ban, văn phòng) have no standing board of their own:
    the provincial committee's board signs for them.
    """
    while unit.parent_id is not None and unit.level.code == DEPARTMENT_LEVEL:
        unit = unit.parent
    return unit


def acting_unit(actor: str, nomination) -> Unit | None:
    """The unit whose standing board acts for ``actor`` on ``nomination``; None if none does.

    Role-wide actors (the office, the council) have no unit. The unit above is None when
    it is the province committee itself, whose office and board take the next steps.
    """
    unit = standing_board_unit(nomination.unit)
    if actor == Actor.PROPOSING_BOARD:
        return unit
    if actor == Actor.UNIT_ABOVE:
        parent = unit.parent
        if parent is None or parent.parent_id is None:
            return None
        return parent
    if actor == Actor.PROVINCE_BOARD:
        return unit.get_root()
    if actor == Actor.DECIDING_BOARD:
        return unit.ancestor_at_level(nomination.award_type.deciding_level.code)
    return None


def skip_reason(actor: str, nomination) -> str:
    """Why a unit-bound step has nobody to act for this nomination (kept in its history)."""
    if actor == Actor.UNIT_ABOVE:
        return gettext(
            "Không áp dụng: đơn vị cấp trên của %(unit)s là Ủy ban MTTQ tỉnh; hồ sơ chuyển bước tiếp theo."
        ) % {"unit": nomination.unit.display_name}
    return gettext("Không áp dụng: %(unit)s không thuộc cấp %(level)s.") % {
        "unit": nomination.unit.display_name,
        "level": nomination.award_type.deciding_level.name.lower(),
    }
