"""The groups' permissions on the numbers a unit sets for its own award (``UnitQuota``).

The standing board of a unit (reviewers) sets the numbers of the award its level decides:
a district's commendation certificate. Officers, the province office and the council read
them (the unit fence applies: each sees the units it sees). Nobody deletes them: a board
that changes its mind changes the numbers.
"""

from django.db import migrations

from core.migration_helpers import grant_permissions, revoke_permissions

GROUP_PERMISSIONS = {
    "Thường trực đơn vị": ("add_unitquota", "change_unitquota", "view_unitquota"),
    "Cán bộ đơn vị": ("view_unitquota",),
    "Văn phòng tỉnh": ("view_unitquota",),
    "Hội đồng thi đua – khen thưởng": ("view_unitquota",),
}


def grant(apps, schema_editor):
    grant_permissions(apps, "campaigns", GROUP_PERMISSIONS)


def revoke(apps, schema_editor):
    revoke_permissions(apps, "campaigns", GROUP_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("intranet", "0004_nomination_workflow"),
        ("campaigns", "0004_quotas_to_follow_and_set_by_units"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
