"""Logins are rate-limited and audited; sessions expire."""

from django.conf import settings
from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest

from intranet.audit import LOGIN, LOGIN_FAILED

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db


def login(client, username, password):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password})


def test_a_login_is_written_to_the_audit_log(client, org):
    user = org.users["officer_a"]
    response = login(client, user.username, PASSWORD)
    assert response.status_code == 302
    entry = ModelLogEntry.objects.filter(action=LOGIN, object_id=str(user.pk)).latest("timestamp")
    assert entry.user_id == user.pk
    assert entry.data["ip"] == "127.0.0.1"


def test_a_wrong_password_is_written_to_the_audit_log(client, org):
    user = org.users["officer_b"]
    login(client, user.username, "sai-mat-khau")
    assert ModelLogEntry.objects.filter(action=LOGIN_FAILED, object_id=str(user.pk)).exists()


def test_repeated_wrong_passwords_lock_the_account_out_even_with_the_right_one(client, org):
    user = org.users["reviewer_b"]
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, user.username, "doan-mo-mat-khau")
    response = login(client, user.username, PASSWORD)
    assert response.status_code in {403, 429}
    assert "tạm khóa" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_sessions_expire():
    assert settings.SESSION_COOKIE_AGE <= 12 * 60 * 60
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE


def test_an_edit_is_written_to_the_audit_log_with_its_author(client, org):
    record = org.registrations["b"]
    # The registration is with the board above; the officer withdraws it to edit it.
    record.current_workflow_state.cancel(user=org.users["officer_b"])
    client.force_login(org.users["officer_b"])
    response = client.post(
        reverse("wagtailsnippets_campaigns_registration:edit", args=[record.pk]),
        {
            "campaign": record.campaign_id,
            "unit": record.unit_id,
            "commitments": "Cam kết đã sửa",
            "works_committed": 3,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = ModelLogEntry.objects.filter(object_id=str(record.pk), action="wagtail.edit").latest("timestamp")
    assert entry.user == org.users["officer_b"]
