from .honors import Exemplar
from .nominations import (
    Gender,
    Nomination,
    NominationDeadlineExtension,
    NominationDecision,
    NominationRefused,
)
from .pages import HonorRollPage, WorkGalleryPage
from .works import Work, WorkCategory, WorkPhoto, WorkStatus

__all__ = [
    "Exemplar",
    "Gender",
    "HonorRollPage",
    "Nomination",
    "NominationDeadlineExtension",
    "NominationDecision",
    "NominationRefused",
    "Work",
    "WorkCategory",
    "WorkGalleryPage",
    "WorkPhoto",
    "WorkStatus",
]
