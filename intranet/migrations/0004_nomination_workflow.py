"""The workflow "Quy trình xét khen thưởng" for award nominations, and the groups' permissions.

Three steps, in order: the standing board of the unit above, the province office, the
council (one ``NominationReviewTask`` each); the workflow is assigned to the Nomination
content type, so every nomination submitted goes through it. A step that does not apply
to a nomination skips itself (see ``NominationReviewTask``).

Officers and reviewers add, change and view their units' nominations; the province
office and the council too (every unit); the council also reopens submissions after the
deadline, the province office sees those reopenings. Nobody gets "publish" on
nominations: a nomination is approved only by completing the workflow.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

WORKFLOW_NAME = "Quy trình xét khen thưởng"
STAGES = [
    ("unit_above", "Thường trực cấp trên xét duyệt"),
    ("province_office", "Văn phòng tỉnh kiểm tra hồ sơ"),
    ("council", "Hội đồng thi đua – khen thưởng quyết định"),
]
NOMINATION = ("add_nomination", "change_nomination", "view_nomination")
EXTENSION_VIEW = ("view_nominationdeadlineextension",)
EXTENSION_MANAGE = (
    "add_nominationdeadlineextension",
    "change_nominationdeadlineextension",
    "view_nominationdeadlineextension",
)
GROUP_PERMISSIONS = {
    "Cán bộ đơn vị": NOMINATION,
    "Thường trực đơn vị": NOMINATION,
    "Văn phòng tỉnh": NOMINATION + EXTENSION_VIEW,
    "Hội đồng thi đua – khen thưởng": NOMINATION + EXTENSION_MANAGE,
}


def create_workflow(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    NominationReviewTask = apps.get_model("intranet", "NominationReviewTask")

    nomination_type, _ = ContentType.objects.get_or_create(app_label="exemplars", model="nomination")
    task_type, _ = ContentType.objects.get_or_create(app_label="intranet", model="nominationreviewtask")
    # Wagtail adds the lock permissions of snippets after migrations; make them now, the
    # way Wagtail names them, so they exist for every group editor. No group gets them.
    for action in ("lock", "unlock", "publish"):
        Permission.objects.get_or_create(
            content_type=nomination_type,
            codename=f"{action}_nomination",
            defaults={"name": f"Can {action} nomination"},
        )

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    for order, (stage, name) in enumerate(STAGES):
        task = NominationReviewTask.objects.filter(stage=stage).first()
        if task is None:
            task = NominationReviewTask.objects.create(name=name, stage=stage, content_type=task_type, active=True)
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    WorkflowContentType.objects.update_or_create(content_type=nomination_type, defaults={"workflow": workflow})

    for group_name, codenames in GROUP_PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="exemplars", codename__in=codenames)
        )


def remove_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    NominationReviewTask = apps.get_model("intranet", "NominationReviewTask")
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    NominationReviewTask.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("intranet", "0003_nomination_review_task"),
        ("exemplars", "0003_nominations"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
