"""The leadership's role ("Lãnh đạo Ban"), who publish or return what editors submit.

Its group is the editorial workflow's approvers (``home`` 0002, the app above, makes it
too; whichever runs first creates it); here it becomes a role a membership can hold, and joins the groups allowed to read the members' section (the
view restrictions ``intranet.models.restrict_to_members`` made for the other roles), so
the leadership reads the user guide there like everyone else.
"""

from django.db import migrations, models

APPROVERS_GROUP = "Lãnh đạo Ban"


def let_approvers_read_the_intranet(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    PageViewRestriction = apps.get_model("wagtailcore", "PageViewRestriction")
    group, _ = Group.objects.get_or_create(name=APPROVERS_GROUP)
    for restriction in PageViewRestriction.objects.filter(
        restriction_type="groups", page__content_type__app_label="intranet"
    ):
        restriction.groups.add(group)


def forbid(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    PageViewRestriction = apps.get_model("wagtailcore", "PageViewRestriction")
    group = Group.objects.filter(name=APPROVERS_GROUP).first()
    if group is not None:
        for restriction in PageViewRestriction.objects.filter(page__content_type__app_label="intranet"):
            restriction.groups.remove(group)


class Migration(migrations.Migration):

    dependencies = [
        ('intranet', '0007_unit_above_review'),
    ]

    operations = [
        migrations.AlterField(
            model_name='membership',
            name='role',
            field=models.CharField(choices=[('officer', 'Cán bộ đơn vị'), ('reviewer', 'Thường trực đơn vị (xét duyệt)'), ('province_office', 'Văn phòng, Ban Thi đua – Khen thưởng tỉnh'), ('council', 'Hội đồng thi đua – khen thưởng'), ('editor', 'Biên tập viên'), ('approver', 'Lãnh đạo Ban')], max_length=30, verbose_name='Vai trò'),
        ),
        migrations.RunPython(let_approvers_read_the_intranet, forbid),
    ]
