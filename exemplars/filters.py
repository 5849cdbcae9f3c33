"""Filters of the public works gallery and honor roll (django-filter).

District filters match a unit and everything below it through the unit tree's path.
"""

from django.utils.translation import gettext_lazy as _

import django_filters

from campaigns.models import AwardType, CampaignPage, NomineeKind, Unit

from .models.works import PUBLIC_WORK_STATUSES, WorkCategory, WorkStatus


def district_choices():
    return Unit.objects.districts().select_related("level").order_by("name")


def filter_within_unit(queryset, name, value):
    return queryset.filter(value.subtree_filter()) if value else queryset


def campaign_choices():
    return CampaignPage.objects.live().filter(locale__language_code="vi").order_by("-start_date")


def filter_campaign(queryset, name, value):
    """Items of the campaign ``value`` (a Vietnamese original), whatever their language."""
    return queryset.filter(campaign__translation_key=value.translation_key) if value else queryset


class WorkFilter(django_filters.FilterSet):
    district = django_filters.ModelChoiceFilter(
        label=_("Huyện, thành phố"),
        queryset=district_choices(),
        method=filter_within_unit,
        empty_label=_("Tất cả"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Tình trạng"),
        choices=[(value, label) for value, label in WorkStatus.choices if value in PUBLIC_WORK_STATUSES],
        empty_label=_("Tất cả"),
    )
    category = django_filters.ChoiceFilter(
        label=_("Lĩnh vực"), choices=WorkCategory.choices, empty_label=_("Tất cả")
    )
    campaign = django_filters.ModelChoiceFilter(
        label=_("Đợt thi đua"),
        method=filter_campaign,
        queryset=campaign_choices(),
        empty_label=_("Tất cả"),
    )


class ExemplarFilter(django_filters.FilterSet):
    district = django_filters.ModelChoiceFilter(
        label=_("Huyện, thành phố"),
        queryset=district_choices(),
        method=filter_within_unit,
        empty_label=_("Tất cả"),
    )
    award_type = django_filters.ModelChoiceFilter(
        label=_("Hình thức khen thưởng"), queryset=AwardType.objects.all(), empty_label=_("Tất cả")
    )
    kind = django_filters.ChoiceFilter(
        label=_("Tập thể / cá nhân"), choices=NomineeKind.choices, empty_label=_("Tất cả")
    )
    campaign = django_filters.ModelChoiceFilter(
        label=_("Đợt thi đua"),
        method=filter_campaign,
        queryset=campaign_choices(),
        empty_label=_("Tất cả"),
    )
