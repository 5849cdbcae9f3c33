"""Wagtail names its root collection "Root": editors read it as the default collection of
every image and document they upload. It is named in Vietnamese, once; a name the office
gave it already is kept."""

from django.db import migrations

WAGTAIL_NAME = "Root"
VIETNAMESE_NAME = "Thư viện chung"


def rename(apps, schema_editor, old=WAGTAIL_NAME, new=VIETNAMESE_NAME):
    Collection = apps.get_model("wagtailcore", "Collection")
    Collection.objects.using(schema_editor.connection.alias).filter(depth=1, name=old).update(name=new)


def rename_back(apps, schema_editor):
    rename(apps, schema_editor, old=VIETNAMESE_NAME, new=WAGTAIL_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_organisation_settings_from_home"),
        ("wagtailcore", "0025_collection_initial_data"),
    ]

    operations = [migrations.RunPython(rename, rename_back)]
