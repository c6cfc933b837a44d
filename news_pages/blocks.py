"""StreamField blocks of a news article's body; each renders through its own template."""

from django.core.exceptions import ValidationError
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript", "subscript"]


class RenditionPrefetchingImageChooserBlock(ImageChooserBlock):
    """Loads every image of a stream with its renditions in two queries, however many images it has."""

    def bulk_to_python(self, values):
        images = super().bulk_to_python(values)
        prefetch_related_objects([image for image in images if image is not None], "renditions")
        return images


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tiêu đề"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Tiêu đề mục (H2)")), ("h3", _("Tiêu đề nhỏ (H3)"))],
        default="h2",
        label=_("Cấp tiêu đề"),
        search_index=False,  # an editor's choice, not words of the article (it showed in search snippets)
    )

    class Meta:
        icon = "title"
        label = _("Tiêu đề mục")
        template = "news_pages/blocks/heading.html"


class ImageWithCaptionBlock(blocks.StructBlock):
    image = RenditionPrefetchingImageChooserBlock(label=_("Ảnh"))
    alt_text = blocks.CharBlock(
        label=_("Mô tả ảnh cho người khiếm thị"),
        required=False,
        max_length=250,
        help_text=_("Mô tả ngắn nội dung ảnh. Để trống để dùng mô tả đã lưu cùng ảnh."),
    )
    caption = blocks.CharBlock(label=_("Chú thích ảnh"), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = _("Ảnh có chú thích")
        template = "news_pages/blocks/image.html"


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tên bộ ảnh"), required=False, max_length=200)
    images = blocks.ListBlock(
        ImageWithCaptionBlock(template="news_pages/blocks/gallery_item.html"),
        min_num=2,
        label=_("Các ảnh"),
    )

    class Meta:
        icon = "image"
        label = _("Bộ ảnh")
        template = "news_pages/blocks/gallery.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Trích dẫn"))
    attribution = blocks.CharBlock(
        label=_("Người phát biểu"), required=False, max_length=200, help_text=_("Họ tên và chức vụ.")
    )

    class Meta:
        icon = "openquote"
        label = _("Trích dẫn")
        template = "news_pages/blocks/quote.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Địa chỉ video"), help_text=_("Dán đường dẫn YouTube hoặc Facebook Video."))
    caption = blocks.CharBlock(label=_("Chú thích"), required=False, max_length=300)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "news_pages/blocks/video.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Tệp đính kèm"))
    title = blocks.CharBlock(
        label=_("Tên hiển thị"), required=False, max_length=250, help_text=_("Để trống để dùng tên của tệp.")
    )
    description = blocks.TextBlock(label=_("Mô tả"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Tài liệu đính kèm")
        template = "news_pages/blocks/document.html"


class DataTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("Tên bảng"), max_length=250, help_text=_("Đọc trước bảng cho người khiếm thị."))
    table = TableBlock(label=_("Bảng"), table_options={"startRows": 3, "startCols": 3})
    source = blocks.CharBlock(label=_("Nguồn số liệu"), required=False, max_length=250)

    class Meta:
        icon = "table"
        label = _("Bảng số liệu")
        template = "news_pages/blocks/table.html"

    def clean(self, value):
        value = super().clean(value)
        rows = (value.get("table") or {}).get("data") or []
        if not any(cell for row in rows for cell in row if cell):
            raise blocks.StructBlockValidationError(
                block_errors={"table": ValidationError(_("Bảng chưa có dữ liệu: nhập ít nhất một ô."))}
            )
        return value


class NewsBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Đoạn văn"),
        icon="pilcrow",
        template="news_pages/blocks/paragraph.html",
    )
    heading = HeadingBlock()
    image = ImageWithCaptionBlock()
    gallery = GalleryBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    document = DocumentBlock()
    table = DataTableBlock()

    class Meta:
        block_counts = {"paragraph": {"min_num": 1}}
