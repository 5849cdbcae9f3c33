"""A file field compares by the file's name in the admin's revision history.

Wagtail's default comparison prints a file field's stored value, the storage path
("registration/180/ef6e…/dang-ky.pdf"): folders and a random key nobody chose. The
history shows the name the file was uploaded with, like the edit form does.
"""

from pathlib import PurePosixPath

from django.db import models

from wagtail.admin.compare import FieldComparison, register_comparison_class


def file_name(value) -> str:
    return PurePosixPath(str(getattr(value, "name", value) or "")).name


class FileNameComparison(FieldComparison):
    def __init__(self, field, obj_a, obj_b):
        super().__init__(field, obj_a, obj_b)
        self.val_a = file_name(self.val_a)
        self.val_b = file_name(self.val_b)


register_comparison_class(models.FileField, comparison_class=FileNameComparison)
