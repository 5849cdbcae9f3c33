"""Nomination, its decision and its deadline extensions now live in the ``nominations`` app.

Removed from this app's state only: the tables stay, now held by ``nominations``
(``nominations/migrations/0004_nominations_move_in.py``).
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("exemplars", "0005_work_ordering_by_fields"),
        ("nominations", "0004_nominations_move_in"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="NominationDecision"),
                migrations.DeleteModel(name="NominationDeadlineExtension"),
                migrations.DeleteModel(name="Nomination"),
            ],
        ),
    ]
