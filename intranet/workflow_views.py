"""Workflow actions bound to the object's own step in review.

Wagtail's workflow action URLs name an object and a task state:
``…/workflow/action/<pk>/<action>/<task_state_id>/`` (and ``collect_action_data``, which
the editor uses to gather a comment). Wagtail's view (``BaseWorkflowFormView``) asks the
task whether the user may take the action *on the object named by pk*, then acts on the
task state named by ``task_state_id`` — whichever object that belongs to. With a task
whose rights depend on the object, as ours does (a district's standing board reviews only
its own communes' nominations), a reviewer could pass the pk of his own nomination and
the task state of another district's, and approve or return that one.

``BoundTaskStateMixin`` accepts only the object's current, in-progress task state and
answers 404 otherwise: the same answer as for a record outside the user's units, so the
URL says nothing about other objects. When the object is not in review at all, Wagtail's
own answer stays (back to the editor, "not awaiting moderation"), and it acts on nothing.

The mixin is applied to every snippet viewset with workflows (``UnitScopedSnippetViewSet``
and the nominations') and to pages through a ``PageViewSet`` registered for ``Page``,
which replaces Wagtail's default page viewset in its registry; the URLs and their names
(``wagtailadmin_pages:workflow_action``…) are Wagtail's, unchanged. A page type given its
own viewset later must inherit ``BoundWorkflowPageViewSet`` (a test checks this).

The task preview (``workflow/preview/<pk>/<task_id>/``) has no such gap: Wagtail finds the
task state from the object's own revisions there.
"""

from django.http import Http404

from wagtail.admin.views.pages import workflow as page_workflow
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import TaskState
from wagtail.snippets.views import snippets as snippet_views


class BoundTaskStateMixin:
    """For ``BaseWorkflowFormView`` subclasses: the task state must be the object's current step."""

    def get_task_state(self):
        if not self.object.workflow_in_progress:
            # Wagtail's dispatch() then redirects with "not awaiting moderation"; nothing is done.
            return super().get_task_state()
        current = self.object.current_workflow_task_state
        if (
            current is None
            or current.pk != int(self.task_state_id)
            or current.status != TaskState.STATUS_IN_PROGRESS
        ):
            raise Http404
        return current


class WorkflowActionView(BoundTaskStateMixin, snippet_views.WorkflowActionView):
    pass


class CollectWorkflowActionDataView(BoundTaskStateMixin, snippet_views.CollectWorkflowActionDataView):
    pass


class PageWorkflowActionView(BoundTaskStateMixin, page_workflow.WorkflowActionView):
    pass


class PageCollectWorkflowActionDataView(BoundTaskStateMixin, page_workflow.CollectWorkflowActionDataView):
    pass


class BoundWorkflowPageViewSet(PageViewSet):
    """Wagtail's page views, with the workflow actions bound to the page's own step."""

    workflow_action_view_class = PageWorkflowActionView
    collect_workflow_action_data_view_class = PageCollectWorkflowActionDataView
