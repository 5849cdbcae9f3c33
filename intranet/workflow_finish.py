"""What happens when the last step of a workflow approves (``WAGTAIL_FINISH_WORKFLOW_ACTION``).

Wagtail publishes the approved revision as the user who gave the last approval, and
refuses if that user lacks the "publish" permission. Nobody in the units holds publish
permission on nominations (so none can bypass review with a Publish button), yet a
district's reviewers take the last step for the district's own commendation
certificates: for nominations, completing the workflow is the authority to publish.
The same holds for the records the unit above reviews (registrations, works, final
reports). The models say so with ``published_by_workflow = True``. Everything else
keeps Wagtail's behaviour.

Imported while Wagtail's models load (the setting is read at class creation), so this
module imports nothing at the top.
"""


def finish_workflow(workflow_state, user=None):
    from wagtail.workflows import publish_workflow_state

    obj = workflow_state.content_object
    if getattr(obj, "published_by_workflow", False):
        obj.get_latest_revision().publish(user=user, skip_permission_checks=True)
    else:
        publish_workflow_state(workflow_state, user=user)
