"""Create a group per intranet role with its Wagtail permissions, so a fresh install has them.

Officers draft and submit their unit's registration, works and report; reviewers also
publish the works of the units below them; the province office and council see every
unit and manage memberships; editors write public content (their pages go through the
moderation workflow). Records are never deleted by units (no delete permission).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ACCESS_ADMIN = ("wagtailadmin", "admin", "access_admin")

UNIT_RECORDS = [
    ("campaigns", "registration", ("add", "change", "view")),
    ("campaigns", "campaignreport", ("add", "change", "view")),
    ("exemplars", "work", ("add", "change", "view")),
]

ROLE_PERMISSIONS = {
    "Cán bộ đơn vị": [ACCESS_ADMIN] + [
        (app, model, f"{action}_{model}") for app, model, actions in UNIT_RECORDS for action in actions
    ],
    "Thường trực đơn vị": [ACCESS_ADMIN, ("exemplars", "work", "publish_work")] + [
        (app, model, f"{action}_{model}") for app, model, actions in UNIT_RECORDS for action in actions
    ],
    "Văn phòng tỉnh": [
        ACCESS_ADMIN,
        ("exemplars", "work", "publish_work"),
        ("intranet", "membership", "add_membership"),
        ("intranet", "membership", "change_membership"),
        ("intranet", "membership", "view_membership"),
        ("campaigns", "unit", "view_unit"),
        ("campaigns", "awardtype", "view_awardtype"),
    ] + [(app, model, f"{action}_{model}") for app, model, actions in UNIT_RECORDS for action in actions],
    "Hội đồng thi đua – khen thưởng": [
        ACCESS_ADMIN,
        ("exemplars", "work", "publish_work"),
        ("exemplars", "exemplar", "add_exemplar"),
        ("exemplars", "exemplar", "change_exemplar"),
        ("exemplars", "exemplar", "publish_exemplar"),
        ("intranet", "membership", "view_membership"),
        ("campaigns", "unit", "view_unit"),
        ("campaigns", "awardtype", "view_awardtype"),
    ] + [(app, model, f"{action}_{model}") for app, model, actions in UNIT_RECORDS for action in actions],
    "Biên tập viên": [
        ACCESS_ADMIN,
        ("exemplars", "exemplar", "add_exemplar"),
        ("exemplars", "exemplar", "change_exemplar"),
        ("wagtailimages", "image", "add_image"),
        ("wagtailimages", "image", "change_image"),
        ("wagtailimages", "image", "choose_image"),
        ("wagtaildocs", "document", "add_document"),
        ("wagtaildocs", "document", "change_document"),
        ("wagtaildocs", "document", "choose_document"),
    ],
}
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
EDITOR_COLLECTION_PERMISSIONS = ("add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document")
EXTRA_SNIPPET_PERMISSIONS = [("exemplars", "work", "work"), ("exemplars", "exemplar", "exemplar")]
IMAGE_CHOOSERS = ("Cán bộ đơn vị", "Thường trực đơn vị", "Văn phòng tỉnh", "Hội đồng thi đua – khen thưởng")


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    # Wagtail adds the publish/lock permissions of snippets after migrations have run;
    # the groups need them now, so make them the way Wagtail names them.
    for app_label, model, verbose in EXTRA_SNIPPET_PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for action in ("publish", "lock", "unlock"):
            Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {verbose}"},
            )
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    for name, permissions in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, model, codename in permissions:
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                group.permissions.add(permission)

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    editors = Group.objects.get(name="Biên tập viên")
    if root_page is not None:
        for codename in EDITOR_PAGE_PERMISSIONS:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=editors, page=root_page, permission=permission)
    if root_collection is not None:
        for codename in EDITOR_COLLECTION_PERMISSIONS:
            permission = Permission.objects.filter(codename=codename).first()
            GroupCollectionPermission.objects.get_or_create(
                group=editors, collection=root_collection, permission=permission
            )
        choose_image = Permission.objects.get(content_type__app_label="wagtailimages", codename="choose_image")
        add_image = Permission.objects.get(content_type__app_label="wagtailimages", codename="add_image")
        for name in IMAGE_CHOOSERS:
            group = Group.objects.get(name=name)
            for permission in (choose_image, add_image):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLE_PERMISSIONS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("intranet", "0001_initial"),
        ("campaigns", "0002_registration_file_registration_updated_at_and_more"),
        ("exemplars", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
