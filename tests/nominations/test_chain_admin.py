"""The province office keeps the chains in the admin; nobody else reaches those screens."""

from django.urls import reverse

import pytest

from nominations.models import AwardChain

pytestmark = pytest.mark.django_db

OTHERS = ["officer_a", "officer_a1", "reviewer_a", "reviewer_b", "council", "editor", "outsider"]


def chain_urls() -> list[str]:
    chain = AwardChain.objects.select_related("workflow").first()
    return [
        reverse("wagtailsnippets_nominations_awardchain:list"),
        reverse("wagtailsnippets_nominations_awardchain:edit", args=[chain.pk]),
        reverse("wagtailadmin_workflows:index"),
        reverse("wagtailadmin_workflows:edit", args=[chain.workflow_id]),
        reverse("wagtailadmin_workflows:task_index"),
    ]


def test_the_office_opens_the_chains_and_their_steps(client, org):
    client.force_login(org.users["province_office"])
    for url in chain_urls():
        response = client.get(url)
        assert response.status_code == 200, url
    response = client.get(chain_urls()[0])
    assert (
        "Bằng khen của UBND tỉnh" in response.content.decode()
        or "Bằng khen UBND tỉnh" in response.content.decode()
    )


@pytest.mark.parametrize("member", OTHERS)
def test_nobody_else_reaches_the_chains(client, org, member):
    client.force_login(org.users[member])
    for url in chain_urls():
        response = client.get(url)
        assert response.status_code in (302, 403, 404), (member, url, response.status_code)
        if response.status_code == 302:
            assert "login" in response["Location"] or response["Location"].rstrip("/").endswith("/admin"), url


@pytest.mark.parametrize("member", OTHERS)
def test_nobody_else_changes_a_chain(client, org, member):
    chain = AwardChain.objects.first()
    client.force_login(org.users[member])
    client.post(
        reverse("wagtailsnippets_nominations_awardchain:edit", args=[chain.pk]),
        {"award_type": chain.award_type_id, "workflow": chain.workflow_id},
    )
    client.post(reverse("wagtailadmin_workflows:disable", args=[chain.workflow_id]))
    chain.refresh_from_db()
    chain.workflow.refresh_from_db()
    assert chain.workflow.active
