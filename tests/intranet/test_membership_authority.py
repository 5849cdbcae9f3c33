"""Nobody makes themselves (or anyone else) more powerful than they are.

A membership's role decides its user's group: the council considers nominations, the
province office sees every unit. Every role tries to raise itself and to raise somebody
else through every screen that could do it — the membership edit, add and copy screens,
Wagtail's users and groups screens and their bulk actions — and the database must not
change. The province office keeps its job: giving the unit roles to other people.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

import pytest

from intranet.memberships import MEMBER_ABOVE_YOURS, OWN_MEMBERSHIP, ROLE_ABOVE_YOURS, MembershipForm
from intranet.models import Membership
from intranet.roles import GROUP_NAMES, Role, grantable_roles
from tests.helpers import text_of

pytestmark = pytest.mark.django_db

ROLES = ["officer_a", "reviewer_a", "province_office", "council", "editor"]


def edit_url(membership) -> str:
    return reverse("wagtailsnippets_intranet_membership:edit", args=[membership.pk])


def form_data(membership, **changes) -> dict:
    data = {
        "user": membership.user_id,
        "unit": membership.unit_id,
        "role": membership.role,
        "position": membership.position,
        "phone": membership.phone,
    }
    data.update(changes)
    return data


def state(user) -> tuple:
    """What a user may do, as the database says: membership, groups, superuser flag."""
    user = get_user_model().objects.get(pk=user.pk)
    membership = Membership.objects.filter(user=user).values_list("unit_id", "role").first()
    return membership, sorted(user.groups.values_list("name", flat=True)), user.is_superuser, user.is_staff


def group_state() -> dict:
    return {
        group.name: sorted(group.permissions.values_list("pk", flat=True)) for group in Group.objects.all()
    }


@pytest.fixture
def superuser(django_db_blocker):
    return get_user_model().objects.create_superuser("quantri", "qt@example.com", "mat-khau-dai-2020")


@pytest.mark.parametrize("attacker", ROLES)
def test_nobody_raises_their_own_membership(client, org, attacker):
    user = org.users[attacker]
    own = Membership.objects.get(user=user)
    # The council has no role above it: it tries to move itself to another unit instead.
    changes = {"role": Role.COUNCIL, "unit": org.units["a"].pk}
    before = state(user)
    client.force_login(user)
    response = client.post(edit_url(own), form_data(own, **changes))
    assert response.status_code in {200, 302, 403}
    assert state(user) == before


@pytest.mark.parametrize("attacker", ROLES)
def test_nobody_raises_someone_else_above_their_own_role(client, org, attacker):
    victim = org.users["officer_b"]
    membership = Membership.objects.get(user=victim)
    before = state(victim)
    client.force_login(org.users[attacker])
    for role in (Role.COUNCIL, Role.PROVINCE_OFFICE, Role.EDITOR):
        response = client.post(edit_url(membership), form_data(membership, role=role))
        assert state(victim) == before, role
    if attacker == "province_office":
        # The province office may edit an officer, so it meets the form and its reason.
        assert response.status_code == 200
        assert str(ROLE_ABOVE_YOURS) in text_of(response)


@pytest.mark.parametrize("attacker", ROLES)
@pytest.mark.parametrize("screen", ["add", "copy"])
def test_nobody_creates_a_membership_above_their_own_role(client, org, attacker, screen):
    newcomer = org.users["outsider"]
    client.force_login(org.users[attacker])
    if screen == "add":
        url = reverse("wagtailsnippets_intranet_membership:add")
    else:
        url = reverse(
            "wagtailsnippets_intranet_membership:copy",
            args=[Membership.objects.get(user=org.users["council"]).pk],
        )
    for role in (Role.COUNCIL, Role.PROVINCE_OFFICE, Role.EDITOR):
        client.post(url, {"user": newcomer.pk, "unit": org.site.province.pk, "role": role})
        assert not Membership.objects.filter(user=newcomer).exists(), role
    assert state(newcomer)[1] == []


@pytest.mark.parametrize("attacker", ROLES)
def test_wagtails_user_and_group_screens_stay_closed(client, org, attacker):
    user = org.users[attacker]
    victim = org.users["officer_b"]
    council = Group.objects.get(name=GROUP_NAMES[Role.COUNCIL])
    officers = Group.objects.get(name=GROUP_NAMES[Role.OFFICER])
    before = {key: state(who) for key, who in (("self", user), ("victim", victim))}
    groups_before = group_state()
    client.force_login(user)

    for url in (
        reverse("wagtailusers_users:index"),
        reverse("wagtailusers_users:edit", args=[user.pk]),
        reverse("wagtailusers_users:edit", args=[victim.pk]),
        reverse("wagtailusers_groups:index"),
        reverse("wagtailusers_groups:edit", args=[officers.pk]),
    ):
        assert client.get(url).status_code in {302, 403}, url

    for who in (user, victim):
        client.post(
            reverse("wagtailusers_users:edit", args=[who.pk]),
            {
                "username": who.username,
                "email": who.email,
                "first_name": "Đổi",
                "last_name": "Tên",
                "is_active": "on",
                "is_superuser": "on",
                "groups": [council.pk],
            },
        )
        client.post(
            reverse("wagtail_bulk_action", args=["auth", "user", "assign_role"]) + f"?id={who.pk}",
            {"role": council.pk},
        )
    client.post(
        reverse("wagtailusers_groups:edit", args=[officers.pk]),
        {"name": officers.name, "permissions": list(Permission.objects.values_list("pk", flat=True)[:50])},
    )
    client.post(reverse("wagtailusers_groups:add"), {"name": "Nhóm tự lập"})
    # Removing the membership would leave the way open to a new one.
    own = Membership.objects.get(user=user)
    client.post(reverse("wagtailsnippets_intranet_membership:delete", args=[own.pk]))
    client.post(reverse("wagtail_bulk_action", args=["intranet", "membership", "delete"]) + f"?id={own.pk}")

    assert {key: state(who) for key, who in (("self", user), ("victim", victim))} == before
    assert group_state() == groups_before
    assert not Group.objects.filter(name="Nhóm tự lập").exists()


def test_the_province_office_cannot_touch_the_council_or_its_peers(client, org):
    client.force_login(org.users["province_office"])
    council = Membership.objects.get(user=org.users["council"])
    before = state(org.users["council"])
    response = client.post(edit_url(council), form_data(council, role=Role.OFFICER, unit=org.units["b"].pk))
    assert response.status_code in {302, 403}
    assert state(org.users["council"]) == before
    listing = client.get(reverse("wagtailsnippets_intranet_membership:list"))
    assert edit_url(council) not in listing.content.decode()


def test_the_province_office_still_gives_the_unit_roles(client, org):
    """The rule must not stop the job: the office promotes an officer to the standing board."""
    client.force_login(org.users["province_office"])
    membership = Membership.objects.get(user=org.users["officer_b"])
    response = client.post(
        edit_url(membership), form_data(membership, role=Role.REVIEWER, position="Phó Chủ tịch")
    )
    assert response.status_code == 302
    assert state(org.users["officer_b"])[:2] == (
        (org.units["b"].pk, Role.REVIEWER),
        [GROUP_NAMES[Role.REVIEWER]],
    )
    response = client.post(
        reverse("wagtailsnippets_intranet_membership:add"),
        {"user": org.users["outsider"].pk, "unit": org.units["a1"].pk, "role": Role.OFFICER},
    )
    assert response.status_code == 302
    assert state(org.users["outsider"])[1] == [GROUP_NAMES[Role.OFFICER]]


def test_the_role_list_offers_only_the_roles_one_may_give(org):
    form = MembershipForm(for_user=org.users["province_office"])
    assert {value for value, _label in form.fields["role"].choices if value} == {Role.OFFICER, Role.REVIEWER}
    assert grantable_roles(Role.COUNCIL) == frozenset()
    assert grantable_roles(Role.EDITOR) == frozenset()


def test_the_form_refuses_ones_own_membership_with_a_reason(org):
    """The form holds the rule even where a view would let the POST through."""
    user = org.users["province_office"]
    own = Membership.objects.get(user=user)
    form = MembershipForm(instance=own, data=form_data(own, role=Role.OFFICER), for_user=user)
    assert not form.is_valid()
    assert str(OWN_MEMBERSHIP) in form.non_field_errors()
    council = Membership.objects.get(user=org.users["council"])
    form = MembershipForm(instance=council, data=form_data(council, role=Role.OFFICER), for_user=user)
    assert not form.is_valid()
    assert str(MEMBER_ABOVE_YOURS) in form.non_field_errors()
    assert Membership.objects.get(pk=own.pk).role == Role.PROVINCE_OFFICE


def test_a_memberships_account_cannot_be_swapped(client, org):
    client.force_login(org.users["province_office"])
    membership = Membership.objects.get(user=org.users["officer_b"])
    client.post(edit_url(membership), form_data(membership, user=org.users["outsider"].pk))
    assert Membership.objects.get(pk=membership.pk).user == org.users["officer_b"]
    assert not Membership.objects.filter(user=org.users["outsider"]).exists()


def test_superusers_give_any_role(client, org, superuser):
    client.force_login(superuser)
    membership = Membership.objects.get(user=org.users["officer_b"])
    response = client.post(edit_url(membership), form_data(membership, role=Role.COUNCIL))
    assert response.status_code == 302
    assert state(org.users["officer_b"])[:2] == (
        (org.units["b"].pk, Role.COUNCIL),
        [GROUP_NAMES[Role.COUNCIL]],
    )


def test_a_removed_membership_takes_its_role_group_with_it(client, org, superuser):
    client.force_login(superuser)
    membership = Membership.objects.get(user=org.users["council"])
    response = client.post(reverse("wagtailsnippets_intranet_membership:delete", args=[membership.pk]))
    assert response.status_code == 302
    assert state(org.users["council"]) == (None, [], False, False)
