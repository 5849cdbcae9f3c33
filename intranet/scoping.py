"""Who may see which unit's records: the one rule every intranet screen goes through.

An officer sees their own unit's records; a reviewer (the unit's standing board) sees
their unit's and those of every unit below it; the province office and the council see
all. Anybody else — editors, users without a membership — sees none. Superusers see all.
"""

from django.db.models import QuerySet

from campaigns.models import Unit

from .roles import PROVINCE_WIDE_ROLES, Role

_CACHE_ATTR = "_intranet_membership"


def membership_of(user):
    """The user's membership, cached on the user object for the request."""
    if not getattr(user, "is_authenticated", False):
        return None
    if not hasattr(user, _CACHE_ATTR):
        from .models import Membership

        setattr(
            user,
            _CACHE_ATTR,
            Membership.objects.select_related("unit", "unit__level").filter(user=user).first(),
        )
    return getattr(user, _CACHE_ATTR)


def sees_every_unit(user) -> bool:
    if getattr(user, "is_superuser", False):
        return True
    membership = membership_of(user)
    return membership is not None and membership.role in PROVINCE_WIDE_ROLES


def is_unit_scoped(user) -> bool:
    """True for officers and reviewers: the users whose admin is fenced to their units."""
    membership = membership_of(user)
    return (
        membership is not None
        and not getattr(user, "is_superuser", False)
        and membership.role in (Role.OFFICER, Role.REVIEWER)
    )


def visible_units(user) -> QuerySet:
    if sees_every_unit(user):
        return Unit.objects.all()
    membership = membership_of(user)
    if membership is None:
        return Unit.objects.none()
    if membership.role == Role.OFFICER:
        return Unit.objects.filter(pk=membership.unit_id)
    if membership.role == Role.REVIEWER:
        return membership.unit.get_descendants(include_self=True)
    return Unit.objects.none()


def scope_queryset(user, queryset: QuerySet, unit_field: str = "unit") -> QuerySet:
    """``queryset`` narrowed to the records of the units ``user`` may see."""
    if sees_every_unit(user):
        return queryset
    membership = membership_of(user)
    if membership is None:
        return queryset.none()
    if membership.role == Role.OFFICER:
        return queryset.filter(**{f"{unit_field}_id": membership.unit_id})
    if membership.role == Role.REVIEWER:
        return queryset.filter(membership.unit.subtree_filter(unit_field))
    return queryset.none()


def can_see_unit(user, unit: Unit | None) -> bool:
    if unit is None:
        return sees_every_unit(user)
    if sees_every_unit(user):
        return True
    membership = membership_of(user)
    if membership is None:
        return False
    if membership.role == Role.OFFICER:
        return unit.pk == membership.unit_id
    if membership.role == Role.REVIEWER:
        return unit.is_within(membership.unit)
    return False


def reviews_unit(user, unit: Unit) -> bool:
    """True when ``user`` sits on the standing board of the unit directly above ``unit``.

    The plan has each level send its registration, works and report to the level just
    above; units higher up follow along (they see the records) but do not decide.
    """
    if sees_every_unit(user):
        return True
    membership = membership_of(user)
    return (
        membership is not None and membership.role == Role.REVIEWER and unit.parent_id == membership.unit_id
    )
