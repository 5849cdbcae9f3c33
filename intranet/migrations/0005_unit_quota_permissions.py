"""The groups' permissions on the numbers a unit sets for its own award (``UnitQuota``).

The standing board of a unit (reviewers) sets the numbers of the award its level decides:
a district's commendation certificate. Officers, the province office and the council read
them (the unit fence applies: each sees the units it sees). Nobody deletes them: a board
that changes its mind changes the numbers.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_PERMISSIONS = {
    "Thường trực đơn vị": ("add_unitquota", "change_unitquota", "view_unitquota"),
    "Cán bộ đơn vị": ("view_unitquota",),
    "Văn phòng tỉnh": ("view_unitquota",),
    "Hội đồng thi đua – khen thưởng": ("view_unitquota",),
}


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in GROUP_PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label="campaigns", codename__in=codenames)
            )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = {codename for codenames in GROUP_PERMISSIONS.values() for codename in codenames}
    permissions = Permission.objects.filter(content_type__app_label="campaigns", codename__in=codenames)
    for group in Group.objects.filter(name__in=GROUP_PERMISSIONS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("intranet", "0004_nomination_workflow"),
        ("campaigns", "0004_quotas_to_follow_and_set_by_units"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
