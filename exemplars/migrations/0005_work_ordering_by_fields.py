"""Works are ordered by field names, which django-modelcluster can sort by (see ``Work.Meta``)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("exemplars", "0004_image_collections"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="work",
            options={
                "ordering": ["-accepted_on", "-pk"],
                "verbose_name": "Công trình, phần việc",
                "verbose_name_plural": "Công trình, phần việc",
            },
        ),
    ]
