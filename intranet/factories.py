"""Members of the organisation for tests and the demo: a login in a unit with a role.

Four test modules and the browser journeys each wrote the same two lines (a user, then
their membership); ``MembershipFactory`` and ``member`` say it once.
"""

from django.contrib.auth import get_user_model

import factory
from factory.django import DjangoModelFactory

from intranet.models import Membership
from intranet.roles import Role


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"thanh.vien.{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.django.Password("mat-khau-thu-nghiem")


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    role = Role.OFFICER


def member(username: str, unit, role: str, password: str = "mat-khau-thu-nghiem", **names):
    """A login named ``username``, member of ``unit`` with ``role`` (``names``: first_name, last_name)."""
    user = UserFactory(username=username, password=password, **names)
    MembershipFactory(user=user, unit=unit, role=role)
    return user
