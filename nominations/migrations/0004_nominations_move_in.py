"""Nomination, its decision and its deadline extensions move from ``exemplars`` into this app.

DESIGN.md puts them here. Only Django's idea of which app holds them changes: the tables
keep their names (``db_table``), so no row moves. Their content types are renamed to this
app, so Wagtail's revisions, workflow states, task states, logs, the workflow assigned to
nominations and the groups' permissions keep pointing at the same rows.
"""

import django.core.validators
import django.db.models.deletion
import core.private_files
import modelcluster.fields
from django.conf import settings
from django.db import migrations, models

from core.migration_helpers import move_content_types

MOVED = ("nomination", "nominationdecision", "nominationdeadlineextension")


def rename_content_types(apps, schema_editor, source="exemplars", target="nominations"):
    move_content_types(apps, schema_editor, MOVED, source, target)


def restore_content_types(apps, schema_editor):
    rename_content_types(apps, schema_editor, source="nominations", target="exemplars")


class Migration(migrations.Migration):

    dependencies = [
        ('campaigns', '0006_remove_review_status'),
        ('exemplars', '0005_work_ordering_by_fields'),
        ('intranet', '0007_unit_above_review'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('nominations', '0003_office_keeps_the_chains'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Nomination',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('live', models.BooleanField(default=True, editable=False, verbose_name='live')),
                        ('has_unpublished_changes', models.BooleanField(default=False, editable=False, verbose_name='has unpublished changes')),
                        ('first_published_at', models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='first published at')),
                        ('last_published_at', models.DateTimeField(editable=False, null=True, verbose_name='last published at')),
                        ('go_live_at', models.DateTimeField(blank=True, null=True, verbose_name='go live date/time')),
                        ('expire_at', models.DateTimeField(blank=True, null=True, verbose_name='expiry date/time')),
                        ('expired', models.BooleanField(default=False, editable=False, verbose_name='expired')),
                        ('locked', models.BooleanField(default=False, editable=False, verbose_name='locked')),
                        ('locked_at', models.DateTimeField(editable=False, null=True, verbose_name='locked at')),
                        ('kind', models.CharField(choices=[('collective', 'Tập thể'), ('individual', 'Cá nhân')], default='individual', max_length=20, verbose_name='Tập thể hay cá nhân')),
                        ('name', models.CharField(help_text='Tên được công bố trên trang Điển hình tiên tiến nếu được khen thưởng.', max_length=255, verbose_name='Tên tập thể hoặc họ và tên')),
                        ('name_key', models.CharField(db_index=True, default='', editable=False, max_length=255)),
                        ('position', models.CharField(blank=True, help_text='Với cá nhân. Được công bố cùng tên nếu được khen thưởng.', max_length=255, verbose_name='Chức vụ, đơn vị công tác')),
                        ('gender', models.CharField(blank=True, choices=[('male', 'Nam'), ('female', 'Nữ')], max_length=10, verbose_name='Giới tính')),
                        ('birth_date', models.DateField(blank=True, null=True, verbose_name='Ngày sinh')),
                        ('ethnicity', models.CharField(blank=True, max_length=50, verbose_name='Dân tộc')),
                        ('id_number', models.CharField(blank=True, db_index=True, max_length=12, validators=[django.core.validators.RegexValidator('^(\\d{9}|\\d{12})$', 'Số CCCD gồm 12 chữ số (CMND cũ: 9 chữ số).')], verbose_name='Số CCCD/CMND')),
                        ('phone', models.CharField(blank=True, max_length=20, validators=[django.core.validators.RegexValidator('^[0-9 +.]{8,20}$', 'Số điện thoại không hợp lệ.')], verbose_name='Điện thoại')),
                        ('photo', models.FileField(blank=True, help_text='Ảnh JPEG hoặc PNG, lưu kín trong hệ thống; chỉ công khai khi người được đề nghị đồng ý.', max_length=255, storage=core.private_files.get_private_storage, upload_to=core.private_files.private_upload_path, validators=[core.private_files.PrivateImageValidator()], verbose_name='Ảnh chân dung')),
                        ('photo_consent', models.BooleanField(default=False, help_text='Người được đề nghị đã đồng ý cho đăng ảnh trên trang Điển hình tiên tiến.', verbose_name='Đồng ý công khai ảnh')),
                        ('achievements', models.TextField(help_text='Được công bố nếu được khen thưởng; không ghi thông tin cá nhân vào đây.', verbose_name='Tóm tắt thành tích')),
                        ('proposal_letter', models.FileField(blank=True, help_text='Tờ trình của đơn vị, kèm danh sách đề nghị khen thưởng.', max_length=255, storage=core.private_files.get_private_storage, upload_to=core.private_files.private_upload_path, validators=[core.private_files.PrivateFileValidator()], verbose_name='Tờ trình đề nghị kèm danh sách')),
                        ('achievement_report', models.FileField(blank=True, help_text='Báo cáo thành tích có chữ ký, xác nhận của đơn vị trình.', max_length=255, storage=core.private_files.get_private_storage, upload_to=core.private_files.private_upload_path, validators=[core.private_files.PrivateFileValidator()], verbose_name='Báo cáo thành tích có xác nhận của đơn vị')),
                        ('review_minutes', models.FileField(blank=True, help_text='Biên bản cuộc họp xét đề nghị khen thưởng của đơn vị trình.', max_length=255, storage=core.private_files.get_private_storage, upload_to=core.private_files.private_upload_path, validators=[core.private_files.PrivateFileValidator()], verbose_name='Biên bản họp xét của đơn vị')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='Ngày tạo')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='Cập nhật')),
                        ('award_type', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='nominations', to='campaigns.awardtype', verbose_name='Hình thức khen thưởng')),
                        ('campaign', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='nominations', to='campaigns.campaignpage', verbose_name='Đợt thi đua')),
                        ('criteria', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='nominations', to='campaigns.campaigncriterion', verbose_name='Tiêu chuẩn đã đạt')),
                        ('latest_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision')),
                        ('live_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='live revision')),
                        ('locked_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='locked_%(class)ss', to=settings.AUTH_USER_MODEL, verbose_name='locked by')),
                        ('unit', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='nominations', to='campaigns.unit', verbose_name='Đơn vị đề nghị')),
                        ('works', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='nominations', to='exemplars.work', verbose_name='Công trình, phần việc gắn với thành tích')),
                    ],
                    options={
                        'verbose_name': 'Hồ sơ đề nghị khen thưởng',
                        'verbose_name_plural': 'Hồ sơ đề nghị khen thưởng',
                        'db_table': 'exemplars_nomination',
                        'ordering': ['-updated_at', '-pk'],
                    },
                ),
                migrations.AlterField(
                    model_name='nominationrefusal',
                    name='nomination',
                    field=models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='refusal', to='nominations.nomination', verbose_name='Hồ sơ'),
                ),
                migrations.CreateModel(
                    name='NominationDeadlineExtension',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('until', models.DateField(verbose_name='Mở lại đến hết ngày')),
                        ('reason', models.TextField(verbose_name='Lý do')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='Ngày tạo')),
                        ('campaign', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='campaigns.campaignpage', verbose_name='Đợt thi đua')),
                        ('granted_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='Người quyết định')),
                        ('unit', models.ForeignKey(help_text='Mở lại cho đơn vị này và các đơn vị trực thuộc.', on_delete=django.db.models.deletion.PROTECT, related_name='+', to='campaigns.unit', verbose_name='Đơn vị')),
                    ],
                    options={
                        'verbose_name': 'Mở lại hạn gửi hồ sơ',
                        'verbose_name_plural': 'Mở lại hạn gửi hồ sơ',
                        'db_table': 'exemplars_nominationdeadlineextension',
                        'ordering': ['-created_at'],
                    },
                ),
                migrations.CreateModel(
                    name='NominationDecision',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('number', models.CharField(help_text='Ví dụ: 412/QĐ-MTTQ-BTT', max_length=100, verbose_name='Số quyết định')),
                        ('date', models.DateField(verbose_name='Ngày quyết định')),
                        ('signer', models.CharField(max_length=255, verbose_name='Người ký')),
                        ('recorded_at', models.DateTimeField(auto_now=True, verbose_name='Ngày ghi')),
                        ('exemplar', models.OneToOneField(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='exemplars.exemplar', verbose_name='Điển hình đã công bố')),
                        ('nomination', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='decision', to='nominations.nomination', verbose_name='Hồ sơ')),
                        ('recorded_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='Người ghi')),
                    ],
                    options={
                        'verbose_name': 'Quyết định khen thưởng',
                        'verbose_name_plural': 'Quyết định khen thưởng',
                        'db_table': 'exemplars_nominationdecision',
                    },
                ),
            ],
        ),
        migrations.RunPython(rename_content_types, restore_content_types),
    ]
