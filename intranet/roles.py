"""The roles a member of a unit can hold, and the Wagtail group each one maps to.

Groups are what Wagtail's permissions and page view restrictions understand; a
membership's role decides which group its user is in, so the two never disagree.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

# The committee's leadership, who approve news and pages (``home.editorial_review``).
APPROVERS_GROUP = "Lãnh đạo Ban"


class Role(models.TextChoices):
    OFFICER = "officer", _("Cán bộ đơn vị")
    REVIEWER = "reviewer", _("Thường trực đơn vị (xét duyệt)")
    PROVINCE_OFFICE = "province_office", _("Văn phòng, Ban Thi đua – Khen thưởng tỉnh")
    COUNCIL = "council", _("Hội đồng thi đua – khen thưởng")
    EDITOR = "editor", _("Biên tập viên")
    APPROVER = "approver", _("Lãnh đạo Ban")


GROUP_NAMES = {
    Role.OFFICER: "Cán bộ đơn vị",
    Role.REVIEWER: "Thường trực đơn vị",
    Role.PROVINCE_OFFICE: "Văn phòng tỉnh",
    Role.COUNCIL: "Hội đồng thi đua – khen thưởng",
    Role.EDITOR: "Biên tập viên",
    Role.APPROVER: APPROVERS_GROUP,  # made with the editorial workflow (``home`` migration 0002)
}

# Roles that see every unit's records; the others see their own unit (and, for
# reviewers, the units below it).
PROVINCE_WIDE_ROLES = frozenset({Role.PROVINCE_OFFICE, Role.COUNCIL})

# Authority: which roles stand above which. A member may give only roles strictly below
# their own, and only the roles in ``MEMBERSHIP_MANAGERS`` give roles at all; superusers
# stand above every role. The editor sits level with the province office, not below it:
# editors publish public pages and exemplars, which the province office itself may not,
# so only a superuser makes someone an editor. The leadership (Lãnh đạo Ban) publishes
# what editors submit, so it stands above them.
AUTHORITY = {
    Role.OFFICER: 10,
    Role.REVIEWER: 20,
    Role.PROVINCE_OFFICE: 30,
    Role.EDITOR: 30,
    Role.COUNCIL: 40,
    Role.APPROVER: 40,
}

# The council decides awards and follows every unit, but keeping the list of members is
# the province office's job (with superusers).
MEMBERSHIP_MANAGERS = frozenset({Role.PROVINCE_OFFICE})


def grantable_roles(role) -> frozenset:
    """The roles a member holding ``role`` may give (or take away): none unless a manager."""
    if role not in MEMBERSHIP_MANAGERS:
        return frozenset()
    return frozenset(other for other in Role if AUTHORITY[other] < AUTHORITY[role])
