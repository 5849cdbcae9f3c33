"""The province office prepares the council's sessions; the council sees them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_PERMISSIONS = {
    # No delete: a session that has voted is a record; the office corrects a session in
    # preparation instead.
    "Văn phòng tỉnh": ("add_councilsession", "change_councilsession", "view_councilsession"),
    "Hội đồng thi đua – khen thưởng": ("view_councilsession",),
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
                *Permission.objects.filter(content_type__app_label="nominations", codename__in=codenames)
            )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = {codename for codenames in GROUP_PERMISSIONS.values() for codename in codenames}
    permissions = Permission.objects.filter(content_type__app_label="nominations", codename__in=codenames)
    for group in Group.objects.filter(name__in=GROUP_PERMISSIONS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("nominations", "0008_council_sessions"),
        ("intranet", "0009_model_names_in_sentence_case"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
