"""Slugs for Vietnamese titles.

Django's ``slugify`` drops "đ" (it has no ASCII decomposition), turning "Đình Lập" into
"inh-lap"; map it to "d" first so slugs stay readable: "dinh-lap".
"""

from django.utils.text import slugify

_D_MAP = str.maketrans({"đ": "d", "Đ": "D"})


def slugify_vi(text: str, max_length: int = 80) -> str:
    slug = slugify(text.translate(_D_MAP))
    return slug[:max_length].rstrip("-")
