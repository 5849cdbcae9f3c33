"""The province office prepares the council's sessions; the council sees them."""

from django.db import migrations

from core.migration_helpers import grant_permissions, revoke_permissions

GROUP_PERMISSIONS = {
    # No delete: a session that has voted is a record; the office corrects a session in
    # preparation instead.
    "Văn phòng tỉnh": ("add_councilsession", "change_councilsession", "view_councilsession"),
    "Hội đồng thi đua – khen thưởng": ("view_councilsession",),
}


def grant(apps, schema_editor):
    grant_permissions(apps, "nominations", GROUP_PERMISSIONS)


def revoke(apps, schema_editor):
    revoke_permissions(apps, "nominations", GROUP_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("nominations", "0008_council_sessions"),
        ("intranet", "0009_model_names_in_sentence_case"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
