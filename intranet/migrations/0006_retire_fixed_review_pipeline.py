"""Retire the fixed three-step pipeline "Quy trình xét khen thưởng".

Each award type now has its own chain (``nominations.AwardChain`` and ``AwardStepTask``),
created when the award types exist. The old workflow, its tasks and the review states
that ran through them are removed: a nomination that was in review under the old
pipeline goes back to draft and is submitted again into its award type's chain.
"""

from django.db import migrations

OLD_WORKFLOW = "Quy trình xét khen thưởng"


def remove_old_pipeline(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow.objects.filter(name=OLD_WORKFLOW).delete()
    old_task_type = ContentType.objects.filter(app_label="intranet", model="nominationreviewtask").first()
    if old_task_type is not None:
        Task.objects.filter(content_type=old_task_type).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("intranet", "0005_unit_quota_permissions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(remove_old_pipeline, migrations.RunPython.noop),
        migrations.DeleteModel(name="NominationReviewTask"),
    ]
