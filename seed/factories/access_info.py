import factory
import wagtail_factories

from access_info.models import AccessInfoPage, InformationCategory, InformationRequest


class AccessInfoPageFactory(wagtail_factories.PageFactory):
    title = "Tiếp cận thông tin"
    slug = "tiep-can-thong-tin"
    focal_point = "<p>Văn phòng Sở, điện thoại 0236 3822 101.</p>"
    how_to_request = "<p>Gửi phiếu yêu cầu trực tuyến, qua bưu điện hoặc trực tiếp.</p>"

    class Meta:
        model = AccessInfoPage


class InformationRequestFactory(factory.django.DjangoModelFactory):
    name = "Trần Thị Bình"
    id_number = "048190001234"
    email = "binh.tran@example.com"
    address = "Phường Hải Châu, thành phố Đà Nẵng"
    information = "Kế hoạch tuyển dụng công chức năm 2026 của Sở."
    purpose = "Chuẩn bị dự tuyển."

    class Meta:
        model = InformationRequest


VALID_REQUEST = {
    "name": "Trần Thị Bình",
    "id_number": "048 190 001 234",
    "address": "Phường Hải Châu, thành phố Đà Nẵng",
    "email": "binh.tran@example.com",
    "phone": "0905 123 456",
    "information": "Kế hoạch tuyển dụng công chức năm 2026 của Sở.",
    "purpose": "Chuẩn bị dự tuyển.",
    "delivery": "email",
    "consent": "on",
}
__all__ = ["AccessInfoPageFactory", "InformationCategory", "InformationRequestFactory", "VALID_REQUEST"]
