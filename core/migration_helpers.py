"""The steps that several apps' data migrations take, written once.

Migrations that exist import these functions, so each keeps its signature and its effect
for good: a change here changes what an old migration does on a new database. Everything
is read through ``apps`` (the historical models), never through the apps' own models.
"""

from collections.abc import Iterable, Mapping

from django.contrib.auth.management import create_permissions


def create_all_permissions(apps) -> None:
    """Make every model's permissions now.

    Django makes them after the last migration (``post_migrate``); a migration that grants
    them to groups needs them before, on a new database.
    """
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def grant_permissions(apps, app_label: str, group_permissions: Mapping[str, Iterable[str]]) -> None:
    """Give each named group the permissions (codenames of ``app_label``'s models) listed for it.

    A group that does not exist (a database made without the role groups) is passed over.
    """
    create_all_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in group_permissions.items():
        group = Group.objects.filter(name=group_name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
            )


def revoke_permissions(apps, app_label: str, group_permissions: Mapping[str, Iterable[str]]) -> None:
    """Undo ``grant_permissions``: take every listed permission from every listed group."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = {codename for codenames in group_permissions.values() for codename in codenames}
    permissions = Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    for group in Group.objects.filter(name__in=group_permissions):
        group.permissions.remove(*permissions)


def move_content_types(apps, schema_editor, models: Iterable[str], source: str, target: str) -> None:
    """Give the content types of ``models`` (model names) moved from app ``source`` to ``target``.

    Revisions, workflow states, logs and groups' permissions point at content types by
    key, so renaming the row keeps them pointing at the moved model. Where ``target``
    already has the content type (a database migrated from scratch makes them after
    migrating), nothing changes.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    for model in models:
        if ContentType.objects.using(db).filter(app_label=target, model=model).exists():
            continue
        ContentType.objects.using(db).filter(app_label=source, model=model).update(app_label=target)
