from .honors import Exemplar
from .pages import HonorRollPage, WorkGalleryPage
from .works import Work, WorkCategory, WorkPhoto, WorkStatus

__all__ = [
    "Exemplar",
    "HonorRollPage",
    "Work",
    "WorkCategory",
    "WorkGalleryPage",
    "WorkPhoto",
    "WorkStatus",
]
