"""Every member of a unit reads the award register of their units; the office and council the province's.

Read-only: the register's records come from decisions and from the office's imports.
The unit fence (``intranet.scoping``) narrows what each member sees.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ("Cán bộ đơn vị", "Thường trực đơn vị", "Văn phòng tỉnh", "Hội đồng thi đua – khen thưởng")
CODENAMES = ("view_awardrecord",)


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="nominations", codename__in=CODENAMES)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="nominations", codename__in=CODENAMES)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("nominations", "0015_deadline_reminders")]

    operations = [migrations.RunPython(grant, revoke)]
