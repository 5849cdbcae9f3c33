"""News and pages go from the editors to the leadership ("Lãnh đạo Ban"), who publish or return them.

Creates the group "Lãnh đạo Ban" (admin access; add, change and publish pages; choose
images and documents for the pages they correct), the task "Lãnh đạo Ban duyệt" (an
``EditorialApprovalTask`` for that group) and the workflow "Duyệt tin bài, trang thông
tin" holding it, assigned to the root of the page tree so every page inherits it.

Wagtail's default "Moderators approval" workflow is removed: its group has no member, so
whatever was sent to it waited forever. Pages that were in it carry over: each workflow
state moves to the new workflow, and one that was waiting (or returned) gets its step
again at the new task, with the same revision, reason and approver; the old task is kept,
inactive, so the history still names it.
"""

import django.db.models.deletion
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

APPROVERS_GROUP = "Lãnh đạo Ban"
WORKFLOW_NAME = "Duyệt tin bài, trang thông tin"
TASK_NAME = "Lãnh đạo Ban duyệt"
DEFAULT_WORKFLOW = "Moderators approval"
GROUP_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "choose_document"),
]
PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
COLLECTION_PERMISSIONS = (("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document"))
ACTIVE_STATUSES = ("in_progress", "needs_changes")


def create_workflow(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Task = apps.get_model("wagtailcore", "Task")
    EditorialApprovalTask = apps.get_model("home", "EditorialApprovalTask")

    group, _ = Group.objects.get_or_create(name=APPROVERS_GROUP)
    for app_label, codename in GROUP_PERMISSIONS:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:
            group.permissions.add(permission)
    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        for codename in PAGE_PERMISSIONS:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=permission)
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for app_label, codename in COLLECTION_PERMISSIONS:
            permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )

    task_type, _ = ContentType.objects.get_or_create(app_label="home", model="editorialapprovaltask")
    task = EditorialApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = EditorialApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.groups.add(group)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if root_page is not None:
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})

    for default in Workflow.objects.filter(name=DEFAULT_WORKFLOW):
        carry_over(apps, default, workflow, task)
        Task.objects.filter(workflow_tasks__workflow=default).update(active=False)
        WorkflowPage.objects.filter(workflow=default).update(workflow=workflow)
        default.delete()


def carry_over(apps, old_workflow, workflow, task):
    """The default workflow's states move to ``workflow``; a waiting or returned one gets its step at ``task``."""
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    ContentType = apps.get_model("contenttypes", "ContentType")
    task_state_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="taskstate")
    states = WorkflowState.objects.filter(workflow=old_workflow)
    for state in states.filter(status__in=ACTIVE_STATUSES).select_related("current_task_state"):
        old_step = state.current_task_state
        if old_step is None:
            continue
        step = TaskState.objects.create(
            workflow_state=state,
            revision_id=old_step.revision_id,
            task_id=task.pk,
            status=old_step.status,
            comment=old_step.comment,
            finished_by_id=old_step.finished_by_id,
            finished_at=old_step.finished_at,
            content_type=task_state_type,
        )
        TaskState.objects.filter(pk=step.pk).update(started_at=old_step.started_at)
        if old_step.status == "in_progress":
            TaskState.objects.filter(pk=old_step.pk).update(status="cancelled", finished_at=old_step.started_at)
        WorkflowState.objects.filter(pk=state.pk).update(current_task_state=step)
    states.update(workflow=workflow)


def remove_workflow(apps, schema_editor):
    """Back: the new workflow and group go; Wagtail's default workflow is not made again."""
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).delete()
    apps.get_model("auth", "Group").objects.filter(name=APPROVERS_GROUP).delete()


class Migration(migrations.Migration):

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('home', '0001_initial'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtailadmin', '0001_create_admin_access_permissions'),
        ('wagtailimages', '0027_image_description'),
        ('wagtaildocs', '0014_alter_document_file_size'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.CreateModel(
            name='EditorialApprovalTask',
            fields=[
                ('task_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='wagtailcore.task')),
                ('groups', models.ManyToManyField(help_text='Pages/snippets at this step in a workflow will be moderated or approved by these groups of users', to='auth.group', verbose_name='groups')),
            ],
            options={
                'verbose_name': 'Lãnh đạo duyệt tin bài',
                'verbose_name_plural': 'Lãnh đạo duyệt tin bài',
            },
            bases=('wagtailcore.task',),
        ),
        migrations.RunPython(create_workflow, remove_workflow),
    ]
