"""Tiếp cận thông tin (Law 104/2016/QH13 on Access to Information, Decree 13/2018/NĐ-CP art. 11).

The section's page holds the catalogue of information to be made public (each entry linked to
where it is published), the focal point and how to ask; citizens' requests are records with a
tracking code and a statutory deadline, handled in the admin like Hỏi - Đáp, and their contact
details are erased after the same retention period (access_info.privacy).
"""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from components.forms import SiteOwnedAdminForm
from components.ownership import owning_site
from core.pages import RecordsPage
from editorial.fields import unit_field
from feedback.models.questions import new_tracking_code

TEXT_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class InformationCategory(models.TextChoices):
    """What article 17 of the Law asks a department to publish, as the catalogue groups it."""

    LEGAL_DOCUMENTS = "legal_documents", _("Văn bản quy phạm pháp luật, văn bản hành chính")
    PROCEDURES = "procedures", _("Thủ tục hành chính")
    PLANS = "plans", _("Chiến lược, kế hoạch, chương trình công tác")
    BUDGET = "budget", _("Dự toán, quyết toán ngân sách, báo cáo tài chính")
    INVESTMENT = "investment", _("Đầu tư công, mua sắm công")
    STATISTICS = "statistics", _("Thông tin thống kê")
    RECRUITMENT = "recruitment", _("Tuyển dụng, sử dụng, quản lý công chức, viên chức")
    DRAFTS = "drafts", _("Dự thảo văn bản lấy ý kiến")
    FEES = "fees", _("Phí, lệ phí")
    ORGANISATION = "organisation", _("Tổ chức bộ máy, đầu mối cung cấp thông tin")
    OTHER = "other", _("Thông tin khác")


class AccessInfoPage(RecordsPage):
    """Tiếp cận thông tin (/tiep-can-thong-tin/)."""

    focal_point = RichTextField(
        _("đầu mối cung cấp thông tin"),
        features=TEXT_FEATURES,
        help_text=_("Đơn vị hoặc người làm đầu mối: tên, địa chỉ, điện thoại, thư điện tử, thời gian tiếp nhận."),
    )
    how_to_request = RichTextField(
        _("cách yêu cầu cung cấp thông tin"),
        features=TEXT_FEATURES,
        help_text=_("Các hình thức yêu cầu, thời hạn trả lời, chi phí (nếu có)."),
    )

    content_panels = RecordsPage.content_panels + [
        "focal_point",
        "how_to_request",
        "catalogue_items",
    ]
    parent_page_types = ["site_home.HomePage"]
    template = "access_info/access_info_page.html"

    class Meta:
        verbose_name = _("trang tiếp cận thông tin")

    def catalogue_groups(self):
        """[(category label, [items])] in the order of the Law, one query for the page's items."""
        items = list(self.catalogue_items.select_related("link_page"))
        return [
            (label, [item for item in items if item.category == value])
            for value, label in InformationCategory.choices
            if any(item.category == value for item in items)
        ]


def validate_link(value):
    """A path on this site ("/van-ban/") or a full http(s) address."""
    if value.startswith("/") and not value.startswith("//"):
        return
    URLValidator(schemes=["http", "https"], message=_("Nhập đường dẫn bắt đầu bằng “/” hoặc địa chỉ http(s) đầy đủ."))(
        value
    )


class CatalogueItem(Orderable):
    """One entry of "Danh mục thông tin phải được công khai", linked to where it is published."""

    page = ParentalKey(AccessInfoPage, on_delete=models.CASCADE, related_name="catalogue_items")
    category = models.CharField(_("nhóm thông tin"), max_length=30, choices=InformationCategory.choices)
    title = models.CharField(_("thông tin"), max_length=300)
    legal_basis = models.CharField(
        _("căn cứ"), max_length=200, blank=True, help_text=_("Ví dụ: Điểm a khoản 1 Điều 17 Luật Tiếp cận thông tin.")
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("trang đăng tải"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    link_url = models.CharField(
        _("hoặc đường dẫn"),
        max_length=500,
        blank=True,
        validators=[validate_link],
        help_text=_("Đường dẫn trên trang này (ví dụ /van-ban/) hoặc địa chỉ đầy đủ của trang khác."),
    )

    panels = ["category", "title", "legal_basis", "link_page", "link_url"]

    class Meta(Orderable.Meta):
        verbose_name = _("mục thông tin công khai")
        verbose_name_plural = _("danh mục thông tin phải được công khai")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if not self.link_page_id and not self.link_url:
            raise ValidationError(
                {
                    "link_page": _(
                        "Chọn trang đăng tải thông tin này, hoặc nhập đường dẫn: mỗi mục phải dẫn tới nơi công khai."
                    )
                }
            )

    @property
    def url(self):
        return self.link_page.url if self.link_page_id and self.link_page else self.link_url


class RequestStatus(models.TextChoices):
    NEW = "new", _("Mới gửi")
    PROCESSING = "processing", _("Đang xử lý")
    PROVIDED = "provided", _("Đã cung cấp")
    REFUSED = "refused", _("Từ chối cung cấp")
    CLOSED = "closed", _("Đã đóng")


class DeliveryMethod(models.TextChoices):
    EMAIL = "email", _("Gửi qua thư điện tử")
    POST = "post", _("Gửi qua bưu điện")
    IN_PERSON = "in_person", _("Nhận trực tiếp tại cơ quan")


class InformationRequestQuerySet(models.QuerySet):
    def overdue(self, today=None):
        today = today or timezone.localdate()
        return self.filter(status__in=[RequestStatus.NEW, RequestStatus.PROCESSING], deadline__lt=today)


class InformationRequest(models.Model):
    """A citizen's request for information (the form of Decree 13/2018's annex), never shown publicly."""

    site = owning_site("information_requests")

    # The requester: erased by `purge_personal_data` after the retention period.
    name = models.CharField(_("họ và tên"), max_length=150)
    id_number = models.CharField(
        _("số định danh cá nhân"),
        max_length=20,
        help_text=_("Số căn cước công dân hoặc hộ chiếu (12 chữ số với căn cước)."),
    )
    email = models.EmailField(_("thư điện tử"))
    phone = models.CharField(_("số điện thoại"), max_length=20, blank=True)
    address = models.CharField(_("địa chỉ"), max_length=300)
    consented_at = models.DateTimeField(_("đồng ý xử lý dữ liệu cá nhân lúc"), null=True, blank=True)
    personal_data_erased_at = models.DateTimeField(_("đã xoá thông tin cá nhân lúc"), null=True, blank=True)

    information = models.TextField(_("thông tin yêu cầu cung cấp"), max_length=5000)
    purpose = models.TextField(_("mục đích sử dụng thông tin"), max_length=2000)
    delivery = models.CharField(
        _("hình thức nhận thông tin"), max_length=20, choices=DeliveryMethod.choices, default=DeliveryMethod.EMAIL
    )

    tracking_code = models.CharField(_("mã tra cứu"), max_length=20, unique=True, editable=False)
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=RequestStatus.choices, default=RequestStatus.NEW, db_index=True
    )
    deadline = models.DateField(_("hạn trả lời"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("ngày gửi"), default=timezone.now, db_index=True, editable=False)
    handled_at = models.DateTimeField(_("ngày trả lời"), null=True, blank=True, editable=False)
    reply = models.TextField(
        _("nội dung trả lời"), blank=True, help_text=_("Thông tin đã cung cấp, hoặc lý do từ chối (Điều 28 Luật).")
    )
    handled_by = unit_field(_("đơn vị xử lý"))

    objects = InformationRequestQuerySet.as_manager()
    base_form_class = SiteOwnedAdminForm

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("yêu cầu cung cấp thông tin")
        verbose_name_plural = _("yêu cầu cung cấp thông tin")

    def __str__(self):
        return f"{self.tracking_code} – {self.name}"

    def save(self, *args, **kwargs):
        if not self.tracking_code:
            self.tracking_code = new_tracking_code(prefix="TT")
            while InformationRequest.objects.filter(tracking_code=self.tracking_code).exists():
                self.tracking_code = new_tracking_code(prefix="TT")
        if self.status not in (RequestStatus.NEW, RequestStatus.PROCESSING) and not self.handled_at:
            self.handled_at = timezone.now()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.status in (RequestStatus.PROVIDED, RequestStatus.REFUSED) and not self.reply.strip():
            raise ValidationError({"reply": _("Ghi nội dung đã cung cấp hoặc lý do từ chối trước khi đổi trạng thái.")})

    def get_tracking_url(self):
        return reverse("access_info:track_request")

    @property
    def is_overdue(self):
        open_statuses = (RequestStatus.NEW, RequestStatus.PROCESSING)
        return self.status in open_statuses and self.deadline and self.deadline < timezone.localdate()
