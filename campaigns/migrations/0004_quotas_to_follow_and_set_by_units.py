"""Award types whose numbers are to follow, and the numbers a district sets for its own award.

Plans already stored whose award entry says the numbers come "in a later guidance" (the
2020 plan's Central Committee certificate: "Có văn bản hướng dẫn sau.") are marked so,
as the plan means: no nomination for them until the province sets the numbers.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def mark_numbers_to_follow(apps, schema_editor):
    CampaignAward = apps.get_model("campaigns", "CampaignAward")
    CampaignAward.objects.filter(note__icontains="hướng dẫn sau").update(numbers_to_follow=True)


class Migration(migrations.Migration):

    dependencies = [
        ('campaigns', '0003_award_type_required_documents'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='campaignaward',
            name='numbers_to_follow',
            field=models.BooleanField(default=False, help_text='Kế hoạch chưa quy định số lượng: chưa nhận hồ sơ đề nghị hình thức này cho đến khi tỉnh nhập chỉ tiêu và bỏ đánh dấu ô này.', verbose_name='Số lượng có văn bản hướng dẫn sau'),
        ),
        migrations.CreateModel(
            name='UnitQuota',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('collectives', models.PositiveSmallIntegerField(default=0, verbose_name='Số tập thể')),
                ('individuals', models.PositiveSmallIntegerField(default=0, verbose_name='Số cá nhân')),
                ('basis', models.CharField(blank=True, help_text='Văn bản của Ban Thường trực quy định số lượng, ví dụ: Thông báo số 05/TB-MTTQ ngày 02/3/2020.', max_length=255, verbose_name='Căn cứ')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='Cập nhật')),
                ('award_type', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='campaigns.awardtype', verbose_name='Hình thức khen thưởng')),
                ('campaign', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='unit_quotas', to='campaigns.campaignpage', verbose_name='Đợt thi đua')),
                ('set_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='Người nhập')),
                ('unit', models.ForeignKey(help_text='Đơn vị của mình (tính chung cho cả các đơn vị trực thuộc), hoặc một đơn vị trực thuộc.', on_delete=django.db.models.deletion.PROTECT, related_name='+', to='campaigns.unit', verbose_name='Đơn vị')),
            ],
            options={
                'verbose_name': 'Số lượng khen thưởng do đơn vị quy định',
                'verbose_name_plural': 'Số lượng khen thưởng do đơn vị quy định',
                'ordering': ['campaign', 'unit__path', 'award_type__sort_order'],
                'constraints': [models.UniqueConstraint(fields=('campaign', 'award_type', 'unit'), name='unique_unit_quota_per_campaign_award_unit')],
            },
        ),
        migrations.RunPython(mark_numbers_to_follow, migrations.RunPython.noop),
    ]
