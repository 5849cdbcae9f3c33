"""StreamField blocks shared by every page type.

Kept small and stable on purpose: every change to a block definition writes a migration
for each page type that uses it.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tiêu đề"))
    level = blocks.ChoiceBlock(choices=[("h2", _("Cấp 2")), ("h3", _("Cấp 3"))], default="h2", label=_("Cấp"))

    class Meta:
        icon = "title"
        label = _("Tiêu đề mục")
        template = "blocks/heading.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Ảnh"))
    caption = blocks.CharBlock(required=False, label=_("Chú thích"))
    alt_text = blocks.CharBlock(
        required=False,
        label=_("Mô tả ảnh cho người khiếm thị"),
        help_text=_("Để trống sẽ dùng tiêu đề ảnh."),
    )

    class Meta:
        icon = "image"
        label = _("Ảnh có chú thích")
        template = "blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Trích dẫn"))
    attribution = blocks.CharBlock(required=False, label=_("Nguồn"))

    class Meta:
        icon = "openquote"
        label = _("Trích dẫn")
        template = "blocks/quote.html"


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Tên bộ ảnh"))
    images = blocks.ListBlock(CaptionedImageBlock(), min_num=1, label=_("Các ảnh"))

    class Meta:
        icon = "image"
        label = _("Bộ ảnh")
        template = "blocks/gallery.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Tài liệu"))
    title = blocks.CharBlock(required=False, label=_("Tên hiển thị"))

    class Meta:
        icon = "doc-full"
        label = _("Tài liệu đính kèm")
        template = "blocks/document.html"


class BodyBlock(blocks.StreamBlock):
    """The body of articles and standard pages."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
        label=_("Đoạn văn"),
        icon="pilcrow",
        template="blocks/paragraph.html",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    gallery = GalleryBlock()
    document = DocumentBlock()
