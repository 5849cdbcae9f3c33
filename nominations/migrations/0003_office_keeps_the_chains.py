"""The province office keeps the award chains: the chains per award type, the workflows and their steps."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

OFFICE = "Văn phòng tỉnh"
PERMISSIONS = [
    ("nominations", ["add_awardchain", "change_awardchain", "view_awardchain"]),
    ("wagtailcore", ["add_workflow", "change_workflow", "add_task", "change_task"]),
]


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    office = Group.objects.filter(name=OFFICE).first()
    if office is None:
        return
    for app_label, codenames in PERMISSIONS:
        office.permissions.add(
            *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("nominations", "0002_outside_refusal"),
        ("intranet", "0002_role_groups"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
