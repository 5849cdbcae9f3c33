"""OrganisationSettings moves from ``home`` (now the top app) into this bottom app.

Every app's pages show it (header, footer, the intranet's login), so it belongs below them.
Its table keeps its name (``db_table``): a database made before the move already has it
and only Django's idea of which app holds it changes, with its content type renamed so
that the groups' permissions and the admin's logs keep pointing at it. A new database gets
the table here: ``home``'s migrations no longer make it.
"""

import django.db.models.deletion
import wagtail.fields
from django.db import migrations, models

from core.migration_helpers import move_content_types

MOVED = ("organisationsettings",)


def create_table_unless_there(apps, schema_editor):
    model = apps.get_model("core", "OrganisationSettings")
    if model._meta.db_table not in schema_editor.connection.introspection.table_names():
        schema_editor.create_model(model)


def rename_content_types(apps, schema_editor, source="home", target="core"):
    move_content_types(apps, schema_editor, MOVED, source, target)


def restore_content_types(apps, schema_editor):
    rename_content_types(apps, schema_editor, source="core", target="home")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='OrganisationSettings',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(default='Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn', max_length=255, verbose_name='Tên cơ quan')),
                        ('name_en', models.CharField(blank=True, default='Vietnam Fatherland Front Committee of Lạng Sơn Province', max_length=255, verbose_name='Tên cơ quan (tiếng Anh)')),
                        ('address', models.CharField(blank=True, max_length=255, verbose_name='Địa chỉ')),
                        ('phone', models.CharField(blank=True, max_length=50, verbose_name='Điện thoại')),
                        ('email', models.EmailField(blank=True, max_length=254, verbose_name='Thư điện tử')),
                        ('footer_text', wagtail.fields.RichTextField(blank=True, verbose_name='Chân trang')),
                        ('footer_text_en', wagtail.fields.RichTextField(blank=True, help_text='Để trống thì trang tiếng Anh hiện chân trang tiếng Việt.', verbose_name='Chân trang (tiếng Anh)')),
                        ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
                    ],
                    options={
                        'verbose_name': 'thông tin cơ quan',
                        'verbose_name_plural': 'thông tin cơ quan',
                        'db_table': 'home_organisationsettings',
                    },
                ),
            ],
        ),
        # Backwards the table stays: in a database older than this app, home's migrations made it.
        migrations.RunPython(create_table_unless_there, migrations.RunPython.noop),
        migrations.RunPython(rename_content_types, restore_content_types),
    ]
