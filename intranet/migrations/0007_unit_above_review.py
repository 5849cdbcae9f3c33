"""Registrations, works and final reports are reviewed through Wagtail workflows.

One task, "Thường trực cấp trên xét duyệt" (``UnitAboveReviewTask``: the standing board
of the unit directly above the record's unit acts), in three workflows, each assigned to
its model's content type: "Duyệt đăng ký thi đua", "Duyệt công trình, phần việc", "Duyệt
báo cáo tổng kết".

Permissions: officers and reviewers may delete their unit's records, which the
permission policy narrows to drafts never sent (``intranet.viewsets``). Nobody in the
units publishes these records any more (reviewers, the province office and the council
lose "publish" on works): approval is completing the workflow, which publishes.

Records the old hand-made status had in review are carried into workflow states, so no
unit has to send again and no reviewer loses what waits for them: a "submitted" record
gets a revision of what it holds and a workflow in progress at the task (requested by
nobody, since the old status did not say who sent it); a "returned" one the same, with
the task's step returned, its comment the old reviewer's comment (the reviewer's name
was not kept: the history shows none). Accepted records were made live by ``campaigns``
0005; drafts stay drafts. This runs before ``campaigns`` 0006 removes the old status.
"""

import django.db.models.deletion
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

from modelcluster.models import get_serializable_data_for_fields

TASK_NAME = "Thường trực cấp trên xét duyệt"
WORKFLOWS = [
    ("Duyệt đăng ký thi đua", "campaigns", "registration"),
    ("Duyệt công trình, phần việc", "exemplars", "work"),
    ("Duyệt báo cáo tổng kết", "campaigns", "campaignreport"),
]
UNIT_GROUPS = ("Cán bộ đơn vị", "Thường trực đơn vị")
NO_PUBLISHERS = ("Thường trực đơn vị", "Văn phòng tỉnh", "Hội đồng thi đua – khen thưởng")
OLD_STATUS_FIELDS = ("status", "review_comment")


def create_workflows(apps, schema_editor):
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
    UnitAboveReviewTask = apps.get_model("intranet", "UnitAboveReviewTask")

    task_type, _ = ContentType.objects.get_or_create(app_label="intranet", model="unitabovereviewtask")
    task = UnitAboveReviewTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = UnitAboveReviewTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    for name, app_label, model in WORKFLOWS:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        # Wagtail adds the lock and publish permissions of snippets after migrations have
        # run; make them now, the way Wagtail names them, so the groups can be edited.
        for action in ("lock", "unlock", "publish"):
            Permission.objects.get_or_create(
                content_type=content_type, codename=f"{action}_{model}", defaults={"name": f"Can {action} {model}"}
            )
        workflow, _ = Workflow.objects.get_or_create(name=name, defaults={"active": True})
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        WorkflowContentType.objects.update_or_create(content_type=content_type, defaults={"workflow": workflow})

        deletion = Permission.objects.get(content_type=content_type, codename=f"delete_{model}")
        publication = Permission.objects.get(content_type=content_type, codename=f"publish_{model}")
        for group in Group.objects.filter(name__in=UNIT_GROUPS):
            group.permissions.add(deletion)
        for group in Group.objects.filter(name__in=NO_PUBLISHERS):
            group.permissions.remove(publication)

    carry_reviews_over(apps, task)


def carry_reviews_over(apps, task):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    task_state_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="taskstate")
    for name, app_label, model_name in WORKFLOWS:
        if app_label != "campaigns":
            continue
        model = apps.get_model(app_label, model_name)
        content_type = ContentType.objects.get(app_label=app_label, model=model_name)
        workflow = Workflow.objects.get(name=name)
        records = model.objects.filter(status__in=("submitted", "returned")).select_related("unit", "campaign")
        for record in records:
            sent_at = record.submitted_at or record.updated_at
            content = get_serializable_data_for_fields(record)
            for field in OLD_STATUS_FIELDS:
                content.pop(field, None)
            revision = Revision.objects.create(
                content_type=content_type,
                base_content_type=content_type,
                object_id=str(record.pk),
                created_at=sent_at,
                object_str=f"{record.unit.name} – {record.campaign.title}",
                content=content,
            )
            returned = record.status == "returned"
            workflow_state = WorkflowState.objects.create(
                content_type=content_type,
                base_content_type=content_type,
                object_id=str(record.pk),
                workflow=workflow,
                status="needs_changes" if returned else "in_progress",
            )
            task_state = TaskState.objects.create(
                workflow_state=workflow_state,
                revision=revision,
                task_id=task.pk,
                status="rejected" if returned else "in_progress",
                finished_at=record.updated_at if returned else None,
                comment=record.review_comment if returned else "",
                content_type=task_state_type,
            )
            WorkflowState.objects.filter(pk=workflow_state.pk).update(created_at=sent_at, current_task_state=task_state)
            TaskState.objects.filter(pk=task_state.pk).update(started_at=sent_at)
            model.objects.filter(pk=record.pk).update(latest_revision=revision, submitted_at=sent_at)


def remove_workflows(apps, schema_editor):
    """Back to the hand-made status: what was in review is "submitted" again, what was returned "returned"."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    for name, app_label, model_name in WORKFLOWS:
        content_type = ContentType.objects.filter(app_label=app_label, model=model_name).first()
        if content_type is None:
            continue
        states = WorkflowState.objects.filter(base_content_type=content_type)
        if app_label == "campaigns":
            model = apps.get_model(app_label, model_name)
            for state in states.filter(status__in=("in_progress", "needs_changes")).select_related("current_task_state"):
                returned = state.status == "needs_changes"
                model.objects.filter(pk=int(state.object_id)).update(
                    status="returned" if returned else "submitted",
                    review_comment=state.current_task_state.comment if returned and state.current_task_state else "",
                )
        states.delete()
        Workflow.objects.filter(name=name).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("intranet", "0006_retire_fixed_review_pipeline"),
        ("campaigns", "0005_registrations_and_reports_as_drafts"),
        ("exemplars", "0004_image_collections"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    run_before = [("campaigns", "0006_remove_review_status")]

    operations = [
        migrations.CreateModel(
            name="UnitAboveReviewTask",
            fields=[
                (
                    "task_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.task",
                    ),
                ),
            ],
            options={
                "verbose_name": "Thường trực cấp trên xét duyệt",
                "verbose_name_plural": "Thường trực cấp trên xét duyệt",
            },
            bases=("wagtailcore.task",),
        ),
        migrations.RunPython(create_workflows, remove_workflows),
    ]
