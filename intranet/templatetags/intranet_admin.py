from django import template
from django.conf import settings

from intranet import admin_branding
from intranet.scoping import is_unit_scoped

register = template.Library()


@register.filter
def unit_scoped(user) -> bool:
    """True for officers and reviewers, whose admin is fenced to their units."""
    return is_unit_scoped(user)


@register.simple_tag
def portal_name() -> str:
    """The portal's name, which ends the admin's tab titles (``WAGTAIL_SITE_NAME``)."""
    return settings.WAGTAIL_SITE_NAME


@register.simple_tag
def user_guide_url() -> str | None:
    """Where the portal's user guide is (``intranet.admin_branding``)."""
    return admin_branding.user_guide_url()
