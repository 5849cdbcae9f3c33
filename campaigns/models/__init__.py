from .awards import AwardType, NomineeKind
from .calendar import CalendarDay, CalendarDayKind
from .campaign_index import CampaignIndexPage
from .news import ArticleIndexPage, ArticlePage, ArticleTag
from .organisation import Unit, UnitLevel
from .plan import CampaignAward, CampaignCriterion, CampaignPage, CampaignPhase, Quota, UnitQuota
from .registrations import Registration
from .reports import CampaignReport
from .submissions import ReviewState

__all__ = [
    "ArticleIndexPage",
    "ArticlePage",
    "ArticleTag",
    "AwardType",
    "CalendarDay",
    "CalendarDayKind",
    "CampaignAward",
    "CampaignIndexPage",
    "CampaignCriterion",
    "CampaignPage",
    "CampaignReport",
    "CampaignPhase",
    "NomineeKind",
    "Quota",
    "Registration",
    "ReviewState",
    "Unit",
    "UnitLevel",
    "UnitQuota",
]
