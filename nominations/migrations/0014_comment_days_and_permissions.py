"""Seed the comment length of the plan's chains, and who keeps comment periods and reads comments.

The three Bằng khen chains post their nominees for five working days; a district's own
Giấy khen is not posted (``nominations.seed.COMMENT_DAYS``, which new databases get from
the seed). The province office opens periods and handles comments; the council reads
both; nobody adds a comment in the admin (they come from the public site).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

COMMENT_DAYS = {"bang-khen-ubmttq-tinh": 5, "bang-khen-ubnd-tinh": 5, "bang-khen-ubtw-mttq": 5}

GROUP_PERMISSIONS = {
    "Văn phòng tỉnh": (
        "add_commentperiod", "change_commentperiod", "view_commentperiod",
        "change_publiccomment", "view_publiccomment",
    ),
    "Hội đồng thi đua – khen thưởng": ("view_commentperiod", "view_publiccomment"),
}


def forwards(apps, schema_editor):
    AwardChain = apps.get_model("nominations", "AwardChain")
    for slug, days in COMMENT_DAYS.items():
        AwardChain.objects.filter(award_type__slug=slug, comment_days=0).update(comment_days=days)
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


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = {codename for codenames in GROUP_PERMISSIONS.values() for codename in codenames}
    permissions = Permission.objects.filter(content_type__app_label="nominations", codename__in=codenames)
    for group in Group.objects.filter(name__in=GROUP_PERMISSIONS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("nominations", "0013_public_comment_window")]

    operations = [migrations.RunPython(forwards, backwards)]
