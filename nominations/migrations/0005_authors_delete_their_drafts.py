"""A unit's officers and standing board may delete a nomination of their unit never sent.

The permission policy narrows "delete" to the unit's own drafts that never entered the
award chain (``intranet.viewsets.is_own_unsent_draft``), as for registrations, works
and reports: once sent, its history is kept.
"""

from django.db import migrations

UNIT_GROUPS = ("Cán bộ đơn vị", "Thường trực đơn vị")


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="nominations", model="nomination")
    deletion, _ = Permission.objects.get_or_create(
        content_type=content_type, codename="delete_nomination", defaults={"name": "Can delete nomination"}
    )
    for group in Group.objects.filter(name__in=UNIT_GROUPS):
        group.permissions.add(deletion)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=UNIT_GROUPS):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="nominations", codename="delete_nomination")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("nominations", "0004_nominations_move_in"),
        ("intranet", "0007_unit_above_review"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
