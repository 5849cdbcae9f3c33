"""Model fields that several apps declare alike."""

from django.conf import settings
from django.db import models


def user_stamp(verbose_name) -> models.ForeignKey:
    """The account that entered, recorded or revoked a record, set by the code, never by a form.

    The record outlives the account (emptied if the account is deleted); users get no
    reverse accessor for it.
    """
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=verbose_name,
    )
