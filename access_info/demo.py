"""Demo Tiếp cận thông tin section: the catalogue linked to the demo site's own sections."""

from wagtail.models import Page

from access_info.models import AccessInfoPage, CatalogueItem, InformationCategory
from site_home.demo import home_page

FOCAL_POINT = (
    "<p><b>Văn phòng Sở Nội vụ</b> là đầu mối tiếp nhận, giải quyết yêu cầu cung cấp thông tin.</p><ul>"
    "<li>Địa chỉ: Số 52 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi</li>"
    "<li>Điện thoại: 0255 3852 501 – Thư điện tử: vanphong.snv@quangngai.gov.vn</li>"
    "<li>Tiếp nhận trực tiếp: sáng thứ Hai đến thứ Sáu, từ 7 giờ 30 đến 11 giờ 30</li></ul>"
)
HOW_TO_REQUEST = (
    "<p>Công dân yêu cầu cung cấp thông tin bằng một trong các hình thức: gửi phiếu yêu cầu trực tuyến trên "
    "trang này; gửi phiếu qua bưu điện hoặc thư điện tử; đến trực tiếp Văn phòng Sở.</p>"
    "<p>Sở trả lời trong thời hạn 10 ngày làm việc kể từ ngày nhận yêu cầu hợp lệ; trường hợp cần thêm thời "
    "gian, Sở thông báo gia hạn (tối đa 15 ngày làm việc). Việc cung cấp thông tin không thu phí; chi phí in, "
    "sao, gửi thông tin (nếu có) theo quy định.</p>"
)
# category, title, legal basis, slug of the demo page where it is published (or an address)
CATALOGUE = [
    (
        InformationCategory.LEGAL_DOCUMENTS,
        "Văn bản quy phạm pháp luật, văn bản hành chính",
        "Điểm a khoản 1 Điều 17",
        "/van-ban/",
    ),
    (InformationCategory.PROCEDURES, "Thủ tục hành chính", "Điểm c khoản 1 Điều 17", "thu-tuc-hanh-chinh"),
    (
        InformationCategory.ORGANISATION,
        "Chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức",
        "Điểm b khoản 1 Điều 17",
        "gioi-thieu",
    ),
    (
        InformationCategory.ORGANISATION,
        "Đầu mối tiếp nhận yêu cầu cung cấp thông tin",
        "Điểm l khoản 1 Điều 17",
        "tiep-can-thong-tin",
    ),
    (
        InformationCategory.PLANS,
        "Kế hoạch, chương trình công tác năm 2026",
        "Điểm e khoản 1 Điều 17",
        "/cong-khai/ke-hoach/",
    ),
    (
        InformationCategory.BUDGET,
        "Dự toán, quyết toán ngân sách, báo cáo tài chính",
        "Điểm h khoản 1 Điều 17",
        "/cong-khai/tai-chinh-ngan-sach/",
    ),
    (
        InformationCategory.INVESTMENT,
        "Đầu tư công, mua sắm công",
        "Điểm k khoản 1 Điều 17",
        "/cong-khai/dau-tu-mua-sam-cong/",
    ),
    (
        InformationCategory.RECRUITMENT,
        "Tuyển dụng công chức, viên chức",
        "Điểm i khoản 1 Điều 17",
        "/cong-khai/tuyen-dung/",
    ),
    (InformationCategory.FEES, "Phí, lệ phí", "Điều 17", "/cong-khai/phi-le-phi/"),
    (InformationCategory.DRAFTS, "Dự thảo văn bản lấy ý kiến", "Điểm đ khoản 1 Điều 17", "/du-thao/"),
    (InformationCategory.OTHER, "Câu hỏi và trả lời về lĩnh vực nội vụ", "Khoản 2 Điều 17", "/hoi-dap/"),
]


def load(command):
    home = home_page()
    page = AccessInfoPage.objects.child_of(home).first()
    if page is None:
        page = home.add_child(
            instance=AccessInfoPage(
                title="Tiếp cận thông tin",
                slug="tiep-can-thong-tin",
                intro="Thực hiện Luật Tiếp cận thông tin và Nghị định số 13/2018/NĐ-CP: danh mục thông tin phải "
                "được công khai, đầu mối cung cấp thông tin và phiếu yêu cầu cung cấp thông tin trực tuyến.",
                focal_point=FOCAL_POINT,
                how_to_request=HOW_TO_REQUEST,
                show_in_menus=True,
            )
        )
    if not page.catalogue_items.exists():
        for order, (category, title, basis, where) in enumerate(CATALOGUE):
            target = {"link_url": where} if where.startswith("/") else {"link_page": Page.objects.get(slug=where)}
            CatalogueItem.objects.create(
                page=page, sort_order=order, category=category, title=title, legal_basis=basis, **target
            )
    command.stdout.write(f"  Tiếp cận thông tin: {page.catalogue_items.count()} mục công khai")
