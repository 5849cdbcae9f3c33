"""The hand-made review status and comment go: Wagtail's workflow keeps both now.

``intranet`` 0008 has carried submitted and returned records (with the comment) into
workflow states before this runs.
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('campaigns', '0005_registrations_and_reports_as_drafts'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='campaignreport',
            name='review_comment',
        ),
        migrations.RemoveField(
            model_name='campaignreport',
            name='status',
        ),
        migrations.RemoveField(
            model_name='registration',
            name='review_comment',
        ),
        migrations.RemoveField(
            model_name='registration',
            name='status',
        ),
    ]
