"""The province office keeps the days off the government adds each year (``CalendarDay``).

Every count of working days reads them (comment periods, deadline reminders); the
council reads them. Kept here, in the top app, because the groups are the intranet's.
"""

from django.db import migrations

from core.migration_helpers import grant_permissions, revoke_permissions

GROUP_PERMISSIONS = {
    "Văn phòng tỉnh": ("add_calendarday", "change_calendarday", "delete_calendarday", "view_calendarday"),
    "Hội đồng thi đua – khen thưởng": ("view_calendarday",),
}


def grant(apps, schema_editor):
    grant_permissions(apps, "campaigns", GROUP_PERMISSIONS)


def revoke(apps, schema_editor):
    revoke_permissions(apps, "campaigns", GROUP_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("nominations", "0006_model_names_in_sentence_case"),
        ("campaigns", "0010_calendar_days"),
        ("intranet", "0009_model_names_in_sentence_case"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
