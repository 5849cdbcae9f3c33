"""The access matrix, as data: every URL of every unit-scoped snippet, every attacker.

The URL list is read from the registered viewsets themselves (``intranet.wagtail_hooks``),
so a snippet that joins the officer's menu, or a URL that a Wagtail upgrade adds, joins
the matrix without anyone editing this file. The award register's own actions (revoke,
correct, print the certificate) are URLs of its viewset and join the same way.

Outside the snippets: the decisions' screens (``nominations.decision_views``: a decision,
its papers, its certificates) are read from their viewset too (``decision_routes``); the
imports' URLs are listed here (``IMPORT_URLS``): the office's import of earlier awards is
the office's alone, and a file waiting for confirmation belongs to the session that
uploaded it.
"""

from dataclasses import dataclass

from django.urls import reverse

from nominations.decision_views import NAMESPACE as DECISIONS
from nominations.decision_views import DecisionViewSet
from nominations.wagtail_hooks import unit_work

# (attacker, victim unit): none of these may see the victim's records.
ATTACKS = [
    ("officer_b", "a"),  # another district's officer
    ("officer_a", "b"),
    ("officer_a1", "a"),  # a commune's officer looking up at its district
    ("officer_a", "a1"),  # a district officer (not its standing board) looking down
    ("reviewer_b", "a"),  # another district's standing board
    ("reviewer_b", "a1"),
    ("reviewer_a", "b"),
    ("reviewer_a1", "a"),  # a commune's standing board looking up at its district
    ("reviewer_a1", "b"),
    ("editor", "a"),  # editors write public content, not unit records
    ("outsider", "a"),  # an account without a unit
]
# (user, unit): these must see the records; they keep the matrix honest. The province's
# standing board sees every unit of the province (its unit and all below it), so within
# the province it attacks nothing and is checked here, at the bottom of its tree.
GRANTS = [
    ("officer_a", "a"),
    ("officer_a1", "a1"),
    ("reviewer_a", "a"),
    ("reviewer_a", "a1"),
    ("province_office", "b"),
    ("council", "a1"),
    ("reviewer_province", "a1"),
]


# Where only some of GRANTS may open a record, by model: the numbers a unit sets for its
# own award are set by the deciding district's standing board; the others only read them.
# The award register is read-only for every member (records come from decisions and imports).
GRANTS_BY_MODEL = {
    "unitquota": [("reviewer_a", "a"), ("reviewer_a", "a1"), ("reviewer_b", "b")],
    "awardrecord": [],
}
ALL_GRANTS = list(dict.fromkeys(GRANTS + [grant for grants in GRANTS_BY_MODEL.values() for grant in grants]))


def grants_for(viewset) -> list[tuple[str, str]]:
    return GRANTS_BY_MODEL.get(viewset.model._meta.model_name, GRANTS)


def officers_edit(viewset) -> bool:
    """Whether a unit's officers open its records of this viewset to edit them (else they only read)."""
    return any(user.startswith("officer_") for user, _unit in grants_for(viewset))


@dataclass(frozen=True)
class ObjectRoute:
    viewset: object
    name: str
    kwarg_names: tuple

    @property
    def id(self) -> str:
        return f"{self.viewset.model._meta.model_name}:{self.name}"

    def url(self, obj) -> str:
        kwargs = {"pk": obj.pk}
        if "revision_id" in self.kwarg_names:
            kwargs["revision_id"] = obj.latest_revision_id
        if "revision_id_a" in self.kwarg_names:
            kwargs["revision_id_a"] = "earliest"
            kwargs["revision_id_b"] = "latest"
        # Workflow screens: the object's step in review, its workflow, the approve action.
        if "action_name" in self.kwarg_names:
            kwargs["action_name"] = "approve"
        if "task_state_id" in self.kwarg_names:
            kwargs["task_state_id"] = obj.current_workflow_task_state.pk
        if "workflow_state_id" in self.kwarg_names:
            kwargs["workflow_state_id"] = obj.workflow_states.first().pk
        if "task_id" in self.kwarg_names:
            kwargs["task_id"] = obj.current_workflow_task.pk
        return reverse(f"{self.namespace}:{self.name}", kwargs=kwargs)

    @property
    def namespace(self) -> str:
        return (
            self.viewset.get_chooser_admin_url_namespace()
            if self.name in {"chosen"}
            else self.viewset.get_admin_url_namespace()
        )


def scoped_viewsets():
    return list(unit_work.registerables)


def object_routes() -> list[ObjectRoute]:
    """Every URL of the scoped viewsets (and their choosers) that names an object."""
    routes = []
    for viewset in scoped_viewsets():
        patterns = list(viewset.get_urlpatterns()) + list(viewset.chooser_viewset.get_urlpatterns())
        for pattern in patterns:
            names = tuple(pattern.pattern.regex.groupindex)
            if "pk" in names:
                routes.append(ObjectRoute(viewset, pattern.name, names))
    return routes


def record_of(org, viewset, unit_key: str):
    model_name = viewset.model._meta.model_name
    return {
        "registration": org.registrations,
        "campaignreport": org.reports,
        "work": org.works,
        "nomination": org.nominations,
        "unitquota": org.unit_quotas,
        "awardrecord": org.awards,
    }[model_name][unit_key]


# -- the decisions' screens ----------------------------------------------------------------------------
@dataclass(frozen=True)
class DecisionRoute:
    name: str
    kwarg_names: tuple

    @property
    def id(self) -> str:
        return f"decision:{self.name}"

    def url(self, decision) -> str:
        kwargs = {"pk": decision.pk}
        if "record" in self.kwarg_names:
            kwargs["record"] = decision.awards.first().pk
        return reverse(f"{DECISIONS}:{self.name}", kwargs=kwargs)


def decision_routes() -> list[DecisionRoute]:
    """Every URL of the decisions' screens that names a decision."""
    return [
        DecisionRoute(pattern.name, tuple(pattern.pattern.regex.groupindex))
        for pattern in DecisionViewSet().get_urlpatterns()
        if "pk" in pattern.pattern.regex.groupindex
    ]


# -- the imports ------------------------------------------------------------------------------------------
REGISTER = "wagtailsnippets_nominations_awardrecord"
NOMINATIONS = "wagtailsnippets_nominations_nomination"
# (url name, takes a token): the office's import of earlier awards into the register.
AWARD_IMPORT_URLS = [
    (f"{REGISTER}:import", False),
    (f"{REGISTER}:import_template", False),
    (f"{REGISTER}:import_confirm", False),
    (f"{REGISTER}:import_errors", True),
]
# Who may import earlier awards: the office alone (and superusers).
AWARD_IMPORTERS = {"province_office"}
# The screens that act on a file waiting for confirmation, by its token: each import's.
TOKEN_URLS = [
    (f"{REGISTER}:import_confirm", f"{REGISTER}:import_errors"),
    (f"{NOMINATIONS}:import_confirm", f"{NOMINATIONS}:import_errors"),
]


def import_url(name: str, token: str = "") -> str:
    return reverse(name, args=[token]) if name.endswith("import_errors") else reverse(name)
