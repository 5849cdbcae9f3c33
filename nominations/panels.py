"""The panel at the top of a nomination's form: quota left, deadline, what is still missing.

An officer drafting a nomination sees, before submitting, how many slots of each award
type their unit has left in the campaign chosen on the form (the panel is fetched again
when the campaign or the unit changes), which award types wait for their numbers,
until when they may submit (and whether the council reopened submissions for them), what
the dossier still lacks, and the award register's earlier awards of the same person (by ID
number, or name and birth date) or collective (by name and unit), for the nominee typed so
far whenever the panel is fetched again: a warning, except an award in the same campaign, which bars the
submission (one achievement, one award).
"""

from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel
from wagtail.models import Locale

from campaigns.models import CampaignPage, Unit
from intranet.roles import PROVINCE_WIDE_ROLES
from intranet.scoping import membership_of


class NominationGuidancePanel(Panel):
    """Read-only guidance computed from the nomination (or, on the add form, the user's unit)."""

    @property
    def clean_name(self):
        return super().clean_name or "nomination_guidance"

    class BoundPanel(Panel.BoundPanel):
        template_name = "nominations/admin/nomination_guidance_panel.html"

        class Media:
            # Asks for the panel again when the officer picks another campaign or unit, and
            # hides a person's fields while the nominee is a collective.
            js = ["js/nomination-guidance.js", "js/nominee-kind.js"]

        def _initial(self, field_name, model):
            """The record's campaign or unit, else the form's default.

            The record's is read through the record, which keeps it: its deadline, quota and
            requirements below ask for the same campaign and unit again.
            """
            value = getattr(self.instance, f"{field_name}_id", None)
            if value is not None:
                try:
                    return getattr(self.instance, field_name)
                except model.DoesNotExist:  # a revision naming a unit since deleted
                    return None
            if self.form is not None:
                value = self.form.initial.get(field_name)
            if hasattr(value, "pk"):
                value = value.pk
            return model.objects.filter(pk=value).first() if value else None

        def get_context_data(self, parent_context=None):
            from .models.nominations import (
                DOSSIER_FIELDS,
                REQUIRED_FOR_INDIVIDUALS,
                Nomination,
                quota_overview,
            )

            context = super().get_context_data(parent_context)
            campaign = self._initial("campaign", CampaignPage) or (
                # No campaign under way: the latest one, as the form's first choice.
                CampaignPage.objects.filter(locale=Locale.get_default()).order_by("-start_date").first()
            )
            unit = self._initial("unit", Unit)
            context.update(
                refresh_url=self.refresh_url(),
                choices_url=self.refresh_url("choices"),
                nomination_pk=self.instance.pk or "",
                # For the script: which of the fields a submission may need (by the nominee's kind,
                # the award type, the campaign's criteria) get the required mark (*) now.
                required_fields=" ".join(
                    self.submission_probe(Nomination, campaign).required_for_submission()
                ),
                submission_fields=" ".join([*REQUIRED_FOR_INDIVIDUALS, *DOSSIER_FIELDS, "criteria"]),
            )
            if campaign is None or unit is None:
                context.update(overview=None, quotas=[], deadline=None)
                return context
            if self.instance.pk:
                nomination = self.instance
            else:
                nomination = Nomination(
                    campaign=campaign,
                    unit=unit,
                    kind=self.instance.kind,
                    name=self.instance.name,
                    birth_date=self.instance.birth_date,
                    id_number=self.instance.id_number,
                )
            overview = quota_overview(campaign, unit)
            deadline, extension = nomination.submission_deadline()
            context.update(
                unit=unit,
                campaign=campaign.source,
                overview=overview,
                quotas=overview.usages,
                deadline=deadline,
                extension=extension,
                deadline_passed=deadline is not None and timezone.localdate() > deadline,
                missing=nomination.missing_for_submission() if self.instance.pk else [],
                # The register's awards of the same person or collective: the form's script sends the
                # name, birth date and ID number typed so far with every refresh.
                earlier_awards=list(nomination.earlier_awards()[:5]),
                # The decision that awarded it, through its line in the award register.
                decision=getattr(getattr(self.instance, "award", None), "decision", None)
                if self.instance.pk
                else None,
                # The council's result and its session's minutes, once the chair closed the ballot.
                council_items=list(
                    self.instance.council_items.filter(session__status="closed").select_related("session")
                )
                if self.instance.pk
                else [],
                no_quota_note=_(
                    "Hình thức khen thưởng không có dòng chỉ tiêu cho đơn vị thì không giới hạn số lượng."
                ),
                council_step=self.council_step() if self.instance.pk else None,
            )
            return context

        def council_step(self) -> dict | None:
            """Where the council acts on a nomination waiting at its step: its session's ballot.

            The step offers no approving click (``AwardStepTask.decided_by_ballot``); the
            members, and the office that prepares the sessions, read here where to go.
            """
            from .council import can_see_sessions
            from .models import current_step
            from .models.public_comments import consideration_refusal

            step = current_step(self.instance)
            user = getattr(self.request, "user", None)
            if step is None or not step.decided_by_ballot or user is None or not can_see_sessions(user):
                return None
            item = (
                self.instance.council_items.exclude(session__status="closed")
                .select_related("session")
                .order_by("-session__date")
                .first()
            )
            return {
                "sessions_url": reverse("wagtailsnippets_nominations_councilsession:list"),
                "session": item.session if item else None,
                # Still posted for public comment: the agenda takes it once the period ended.
                "waiting": consideration_refusal(self.instance),
                "room_url": reverse("wagtailsnippets_nominations_councilsession:room", args=[item.session_id])
                if item
                else "",
            }

        def submission_probe(self, model, campaign):
            """The nomination as the form holds it, with the campaign shown (a new one has none yet)."""
            if self.instance.pk:
                return self.instance
            return model(
                campaign=campaign, kind=self.instance.kind, award_type_id=self.instance.award_type_id
            )

        def refresh_url(self, name: str = "guidance") -> str:
            """Where the form's script asks for this panel again when the campaign or unit changes
            (and, ``name="choices"``, for the criteria and works offered).

            The nominations' admin screens (a viewset registered for the model) serve it;
            without them the panel is simply not refreshed.
            """
            viewset = getattr(self.panel.model, "snippet_viewset", None)
            if viewset is None:
                return ""
            try:
                return reverse(viewset.get_url_name(name))
            except NoReverseMatch:
                return ""


class PublicCommentsPanel(Panel):
    """The public's comments on this nominee, for the office and the council (never the units).

    Shown once the nomination was posted for comment (``nominations.comment_window``);
    the office marks each comment handled under "Lấy ý kiến nhân dân → Ý kiến nhân dân".
    """

    @property
    def clean_name(self):
        return super().clean_name or "public_comments"

    class BoundPanel(Panel.BoundPanel):
        template_name = "nominations/admin/nomination_public_comments_panel.html"

        def is_shown(self):
            user = getattr(self.request, "user", None)
            if not self.instance.pk or user is None:
                return False
            if not user.is_superuser:
                membership = membership_of(user)
                if membership is None or membership.role not in PROVINCE_WIDE_ROLES:
                    return False
            return self.instance.postings.exists()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["postings"] = self.instance.postings.select_related("period").order_by("-ends_on")
            context["comments"] = self.instance.public_comments.select_related("handled_by").order_by(
                "received_at"
            )
            context["today"] = timezone.localdate()
            return context
