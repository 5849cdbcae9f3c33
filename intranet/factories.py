"""Factories for the intranet's people: accounts and their membership of a unit.

``member("canbo.a", unit, Role.OFFICER)`` is what most tests need: a person who can log in
with ``password`` and works in one unit with one role.
"""

from django.contrib.auth import get_user_model

import factory
from factory.django import DjangoModelFactory

from campaigns.factories import UnitFactory

from .models import Membership
from .roles import Role

PASSWORD = "mat-khau-thu-nghiem-2020"


class UserFactory(DjangoModelFactory):
    """An account made as ``createsuperuser`` or the admin makes one: the password hashed."""

    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"nguoidung.{n + 1}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.com")
    password = PASSWORD

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return model_class.objects.create_user(*args, **kwargs)


class MembershipFactory(DjangoModelFactory):
    """A person's place in the organisation: one unit, one role (an officer by default)."""

    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    unit = factory.SubFactory(UnitFactory)
    role = Role.OFFICER


def member(username: str, unit, role: str, password: str = PASSWORD, **user_fields):
    """The account of a member of ``unit`` with ``role``, who logs in with ``password``."""
    membership = MembershipFactory(
        user__username=username,
        user__password=password,
        unit=unit,
        role=role,
        **{f"user__{name}": value for name, value in user_fields.items()},
    )
    return membership.user
