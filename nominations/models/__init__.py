"""The nominations app's models: the nomination and its decision, and the award chains' steps."""

from .award_steps import (
    AwardChain,
    AwardStepTask,
    NominationRefusal,
    RefusalForm,
    StepCommentForm,
    current_step,
    next_step_message,
    returned_by,
)
from .nominations import (
    DOSSIER_FIELDS,
    PERSONAL_FIELDS,
    PRIVATE_FILE_FIELDS,
    REQUIRED_FOR_INDIVIDUALS,
    Gender,
    Nomination,
    NominationDeadlineExtension,
    NominationDecision,
    NominationRefused,
    QuotaOverview,
    QuotaUsage,
    quota_overview,
)

__all__ = [
    "DOSSIER_FIELDS",
    "PERSONAL_FIELDS",
    "PRIVATE_FILE_FIELDS",
    "REQUIRED_FOR_INDIVIDUALS",
    "AwardChain",
    "AwardStepTask",
    "Gender",
    "Nomination",
    "NominationDeadlineExtension",
    "NominationDecision",
    "NominationRefusal",
    "NominationRefused",
    "QuotaOverview",
    "QuotaUsage",
    "RefusalForm",
    "StepCommentForm",
    "current_step",
    "next_step_message",
    "quota_overview",
    "returned_by",
]
