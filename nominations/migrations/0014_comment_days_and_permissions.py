"""Seed the comment length of the plan's chains, and who keeps comment periods and reads comments.

The three Bằng khen chains post their nominees for five working days; a district's own
Giấy khen is not posted (``nominations.seed.COMMENT_DAYS``, which new databases get from
the seed). The province office opens periods and handles comments; the council reads
both; nobody adds a comment in the admin (they come from the public site).
"""

from django.db import migrations

from core.migration_helpers import grant_permissions, revoke_permissions

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
    grant_permissions(apps, "nominations", GROUP_PERMISSIONS)


def backwards(apps, schema_editor):
    revoke_permissions(apps, "nominations", GROUP_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("nominations", "0013_public_comment_window")]

    operations = [migrations.RunPython(forwards, backwards)]
