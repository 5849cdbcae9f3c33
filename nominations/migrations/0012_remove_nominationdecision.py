from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("nominations", "0011_decisions_from_nomination_decisions"),
    ]

    operations = [
        migrations.DeleteModel(
            name="NominationDecision",
        ),
    ]
