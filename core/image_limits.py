"""One pixel and size limit for every picture that enters the site.

A 17 KB PNG can declare 12,000 × 12,000 pixels: decoding it takes over a gigabyte and
seconds of CPU, when it is published and again when its first renditions are made.
Wagtail's upload form refuses such files by ``WAGTAILIMAGES_MAX_IMAGE_PIXELS`` and
``WAGTAILIMAGES_MAX_UPLOAD_SIZE``; the same two settings apply here to the other ways a
picture arrives: a nominee's private photo, the copy made when an exemplar is published,
and images created in code (demo data, factories). Dimensions are read from the file's
header (Pillow opens lazily), so refusing a huge picture never decodes it. Pillow's own
guard (``Image.MAX_IMAGE_PIXELS``, set from the same setting at start-up) stops whatever
would still try to decode one.
"""

import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from PIL import Image


def max_image_pixels() -> int:
    return settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS


def max_image_bytes() -> int:
    return settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE


def limit_pillow() -> None:
    """Make Pillow refuse to open what the site refuses to accept (it errors at twice this)."""
    Image.MAX_IMAGE_PIXELS = max_image_pixels()


def too_many_pixels(width: int, height: int) -> ValidationError:
    return ValidationError(
        _(
            "Ảnh quá lớn: %(width)s × %(height)s điểm ảnh, tối đa %(max_pixels)s điểm ảnh. "
            "Hãy thu nhỏ ảnh rồi tải lên lại."
        ),
        params={"width": width, "height": height, "max_pixels": f"{max_image_pixels():,}".replace(",", ".")},
        code="image_pixels",
    )


def check_pixels(width: int, height: int, frames: int = 1) -> None:
    if width * height * frames > max_image_pixels():
        raise too_many_pixels(width, height)


def check_image_file(file) -> tuple[int, int]:
    """Refuse a picture over the size or pixel limit, reading only its header; returns its size.

    ``file`` is any open file (an upload, a stored file); its position is kept.
    """
    size = getattr(file, "size", None)
    if size is not None and size > max_image_bytes():
        raise ValidationError(
            _("Ảnh quá nặng (%(size)s), tối đa %(max_size)s."),
            params={"size": filesizeformat(size), "max_size": filesizeformat(max_image_bytes())},
            code="image_size",
        )
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        with warnings.catch_warnings():
            # Over the limit Pillow warns, over twice the limit it refuses: the check below
            # says which, with the picture's dimensions.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(file) as picture:
                width, height = picture.size
                frames = getattr(picture, "n_frames", 1)
    except Image.DecompressionBombError as error:
        raise ValidationError(
            _("Ảnh quá lớn: quá %(max_pixels)s điểm ảnh. Hãy thu nhỏ ảnh rồi tải lên lại."),
            params={"max_pixels": f"{max_image_pixels():,}".replace(",", ".")},
            code="image_pixels",
        ) from error
    except Exception as error:
        raise ValidationError(_("Tệp ảnh bị hỏng hoặc không đọc được."), code="image") from error
    finally:
        file.seek(position)
    check_pixels(width, height, frames)
    return width, height


def refuse_oversized_images(sender, instance, **kwargs) -> None:
    """``pre_save`` of Wagtail's image model: no image created in code escapes the limit.

    Forms check before this; here the width and height Django read from the header when
    the file was assigned are enough. Images already stored are left editable.
    """
    if instance._state.adding and instance.width and instance.height:
        check_pixels(instance.width, instance.height)
