"""The roles a member of a unit can hold, and the Wagtail group each one maps to.

Groups are what Wagtail's permissions and page view restrictions understand; a
membership's role decides which group its user is in, so the two never disagree.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    OFFICER = "officer", _("Cán bộ đơn vị")
    REVIEWER = "reviewer", _("Thường trực đơn vị (xét duyệt)")
    PROVINCE_OFFICE = "province_office", _("Văn phòng, Ban Thi đua – Khen thưởng tỉnh")
    COUNCIL = "council", _("Hội đồng thi đua – khen thưởng")
    EDITOR = "editor", _("Biên tập viên")


GROUP_NAMES = {
    Role.OFFICER: "Cán bộ đơn vị",
    Role.REVIEWER: "Thường trực đơn vị",
    Role.PROVINCE_OFFICE: "Văn phòng tỉnh",
    Role.COUNCIL: "Hội đồng thi đua – khen thưởng",
    Role.EDITOR: "Biên tập viên",
}

# Roles that see every unit's records; the others see their own unit (and, for
# reviewers, the units below it).
PROVINCE_WIDE_ROLES = frozenset({Role.PROVINCE_OFFICE, Role.COUNCIL})
