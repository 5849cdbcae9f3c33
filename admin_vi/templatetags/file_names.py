"""``file_name``: the name a person gave a file, not where the storage keeps it."""

from django import template

from admin_vi.compare import file_name as name_of_file

register = template.Library()


@register.filter
def file_name(value) -> str:
    """ "proposal_letter.pdf" for "nomination/06040/d5a7…/proposal_letter.pdf"."""
    return name_of_file(value)
