from django import template

from intranet.scoping import is_unit_scoped

register = template.Library()


@register.filter
def unit_scoped(user) -> bool:
    """True for officers and reviewers, whose admin is fenced to their units."""
    return is_unit_scoped(user)
