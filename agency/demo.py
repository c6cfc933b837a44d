"""Demo Giới thiệu section for a Sở Nội vụ in 2026: after the 2025 reorganisation it also runs
labour, employment, social insurance and people with meritorious service, and the province has
only communes and wards (no districts)."""

from agency.models import AboutPage, EnglishHomePage, Leader, LeadersPage, OrganisationPage
from editorial.models import Unit, UnitKind
from site_home.demo import home_page

FUNCTIONS = (
    "<p>Sở Nội vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố, tham mưu, giúp Ủy ban nhân dân "
    "thành phố quản lý nhà nước về: tổ chức hành chính, đơn vị sự nghiệp công lập; vị trí việc làm, biên chế "
    "công chức; cán bộ, công chức, viên chức; cải cách hành chính, cải cách công vụ; chính quyền địa phương, "
    "địa giới đơn vị hành chính; hội, tổ chức phi chính phủ; văn thư, lưu trữ; thi đua, khen thưởng; công tác "
    "thanh niên; lao động, việc làm, tiền lương, bảo hiểm xã hội, an toàn, vệ sinh lao động; người có công.</p>"
    "<h3>Nhiệm vụ và quyền hạn chủ yếu</h3><ul>"
    "<li>Trình Ủy ban nhân dân thành phố dự thảo quyết định, kế hoạch, chương trình về lĩnh vực nội vụ.</li>"
    "<li>Hướng dẫn, kiểm tra việc thực hiện văn bản quy phạm pháp luật thuộc lĩnh vực được giao.</li>"
    "<li>Hướng dẫn Ủy ban nhân dân xã, phường, đặc khu về công tác nội vụ ở cấp xã.</li>"
    "<li>Giải quyết thủ tục hành chính thuộc thẩm quyền; thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo.</li>"
    "</ul>"
)
HISTORY = (
    "<p>Sở Nội vụ được thành lập năm 2008 trên cơ sở Ban Tổ chức chính quyền. Từ ngày 01/3/2025, Sở tiếp nhận "
    "chức năng, nhiệm vụ về lao động, người có công và xã hội từ Sở Lao động - Thương binh và Xã hội. Từ ngày "
    "01/7/2025, khi chính quyền địa phương tổ chức theo hai cấp và tỉnh Quảng Ngãi hợp nhất với tỉnh Kon Tum, "
    "Sở được kiện toàn tổ chức và hướng dẫn các xã, phường, đặc khu về công tác nội vụ.</p>"
)

FUNCTIONS_EN = (
    "<p>The Department advises and assists the Provincial People's Committee in the state management of: "
    "administrative organisation and public service delivery units; job positions and civil service staffing; "
    "officials, civil servants and public employees; administrative reform; local government and administrative "
    "boundaries; associations and non-governmental organisations; records and archives; emulation and "
    "commendation; youth affairs; labour, employment, wages, social insurance and occupational safety; and "
    "people with meritorious services to the revolution.</p>"
)
CONTACT_EN = (
    "<ul><li>Address: 52 Hung Vuong Street, Cam Thanh Ward, Quang Ngai Province, "
    "Viet Nam</li><li>Telephone: +84 255 3852 501</li><li>Email: snv@quangngai.gov.vn</li>"
    "<li>Office hours: Monday to Friday, 7:30–11:30 and 13:30–17:00</li></ul>"
)

# short name, name, kind, parent short name, head, phone, email, duties
UNITS = [
    (
        "VP",
        "Văn phòng Sở",
        UnitKind.OFFICE,
        None,
        "Bà Lê Thị Hoa – Chánh Văn phòng",
        "0255 3852 501",
        "vanphong.snv@quangngai.gov.vn",
        "Tổng hợp, hành chính, quản trị, kế hoạch - tài chính của Sở.",
    ),
    (
        "TTr",
        "Thanh tra Sở",
        UnitKind.OFFICE,
        None,
        "Ông Phan Văn Đức – Chánh Thanh tra",
        "0255 3852 502",
        "thanhtra.snv@quangngai.gov.vn",
        "Thanh tra hành chính, thanh tra chuyên ngành; tiếp công dân.",
    ),
    (
        "CCHC",
        "Phòng Cải cách hành chính",
        UnitKind.OFFICE,
        None,
        "Ông Nguyễn Văn Bình – Trưởng phòng",
        "0255 3852 504",
        "cchc.snv@quangngai.gov.vn",
        "Theo dõi, đánh giá cải cách hành chính của các sở, xã, phường.",
    ),
    (
        "LĐVL",
        "Phòng Lao động, việc làm và bảo hiểm xã hội",
        UnitKind.OFFICE,
        None,
        "Bà Hồ Thị Mai – Trưởng phòng",
        "0255 3852 508",
        "laodong.snv@quangngai.gov.vn",
        "Lao động, việc làm, tiền lương, bảo hiểm xã hội, an toàn, vệ sinh lao động.",
    ),
    (
        "NCC",
        "Phòng Người có công",
        UnitKind.OFFICE,
        None,
        "Ông Trương Công Lý – Trưởng phòng",
        "0255 3852 509",
        "nguoicocong.snv@quangngai.gov.vn",
        "Chế độ, chính sách ưu đãi người có công với cách mạng.",
    ),
    (
        "TĐKT",
        "Ban Thi đua - Khen thưởng",
        UnitKind.SUBORDINATE,
        None,
        "Ông Đỗ Văn Tín – Trưởng ban",
        "0255 3852 510",
        "tdkt.snv@quangngai.gov.vn",
        "Tham mưu công tác thi đua, khen thưởng của thành phố.",
    ),
    (
        "VTLT",
        "Chi cục Văn thư - Lưu trữ",
        UnitKind.SUBORDINATE,
        None,
        "Bà Ngô Thị Thu – Chi cục trưởng",
        "0255 3852 511",
        "vanthuluutru.snv@quangngai.gov.vn",
        "Quản lý văn thư, lưu trữ; thu thập, bảo quản tài liệu.",
    ),
    (
        "TTLT",
        "Trung tâm Lưu trữ lịch sử",
        UnitKind.SUBORDINATE,
        "VTLT",
        "Ông Lê Quang Huy – Giám đốc",
        "0255 3852 512",
        "luutru.snv@quangngai.gov.vn",
        "Bảo quản và phục vụ khai thác tài liệu lưu trữ lịch sử.",
    ),
    (
        "TTDVVL",
        "Trung tâm Dịch vụ việc làm",
        UnitKind.SUBORDINATE,
        None,
        "Bà Võ Thị Lan – Giám đốc",
        "0255 3852 513",
        "vieclam.snv@quangngai.gov.vn",
        "Tư vấn, giới thiệu việc làm; tiếp nhận hồ sơ bảo hiểm thất nghiệp.",
    ),
]
NAMES_EN = {
    "VP": "Office of the Department",
    "TTr": "Department Inspectorate",
    "CCHC": "Division of Administrative Reform",
    "LĐVL": "Division of Labour, Employment and Social Insurance",
    "NCC": "Division of People with Meritorious Services",
    "TĐKT": "Board of Emulation and Commendation",
    "VTLT": "Sub-department of Records and Archives",
    "TTLT": "Historical Archives Centre",
    "TTDVVL": "Employment Service Centre",
}
ADDRESS = "Số 52 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi"

# name, position, position in English, phone, duties
LEADERS = [
    (
        "Nguyễn Văn Hùng",
        "Giám đốc Sở",
        "Director",
        "0236 3822 001",
        "<p>Lãnh đạo, điều hành chung mọi hoạt động của Sở; phụ trách công tác tổ chức cán bộ, tài chính.</p>",
    ),
    (
        "Trần Thị Thúy Hiền",
        "Phó Giám đốc Sở",
        "Deputy Director",
        "0236 3822 002",
        "<p>Phụ trách cải cách hành chính, văn thư - lưu trữ; Trưởng Ban Biên tập Trang Thông tin điện tử.</p>",
    ),
    (
        "Huỳnh Minh Quân",
        "Phó Giám đốc Sở",
        "Deputy Director",
        "0236 3822 003",
        "<p>Phụ trách lao động, việc làm, bảo hiểm xã hội và người có công.</p>",
    ),
]


def load_units():
    for order, (short, name, kind, parent, head, phone, email, duties) in enumerate(UNITS):
        unit, _ = Unit.objects.get_or_create(short_name=short, defaults={"name": name, "sort_order": 20 + order})
        if not unit.phone:
            unit.kind, unit.head, unit.phone, unit.email, unit.duties = kind, head, phone, email, duties
            unit.address, unit.name_en = ADDRESS, NAMES_EN.get(short, "")
            unit.parent = Unit.objects.filter(short_name=parent).first() if parent else None
            unit.save()


def load_leaders():
    for order, (name, position, position_en, phone, duties) in enumerate(LEADERS):
        Leader.objects.get_or_create(
            name=name,
            defaults={
                "position": position,
                "position_en": position_en,
                "phone": phone,
                "email": "snv@quangngai.gov.vn",
                "sort_order": order,
                "duties": duties,
                "biography": f"<p>Sinh năm {1970 + order * 3}; thạc sĩ Quản lý công. Trước khi giữ chức vụ "
                f"{position.lower()}, công tác tại Văn phòng Ủy ban nhân dân thành phố.</p>",
            },
        )


def load(command):
    load_units()
    load_leaders()
    home = home_page()
    about = AboutPage.objects.child_of(home).first()
    if about is None:
        if home.get_children().filter(slug="gioi-thieu").exists():
            command.stdout.write("  Giới thiệu: đã có trang /gioi-thieu/ khác, bỏ qua")
            return
        about = home.add_child(
            instance=AboutPage(
                title="Giới thiệu",
                slug="gioi-thieu",
                intro="Chức năng, nhiệm vụ, lịch sử, cơ cấu tổ chức và lãnh đạo Sở Nội vụ.",
                functions=FUNCTIONS,
                history=HISTORY,
                show_in_menus=True,
            )
        )
    if not OrganisationPage.objects.child_of(about).exists():
        about.add_child(instance=OrganisationPage(title="Cơ cấu tổ chức", slug="co-cau-to-chuc"))
    if not LeadersPage.objects.child_of(about).exists():
        about.add_child(instance=LeadersPage(title="Lãnh đạo Sở", slug="lanh-dao"))
    if not EnglishHomePage.objects.child_of(home).exists():
        home.add_child(
            instance=EnglishHomePage(
                title="Department of Home Affairs – Quang Ngai Province",
                slug="en",
                intro="The Department of Home Affairs is a specialised agency of the People's Committee of Quang Ngai "
                "Province.",
                functions=FUNCTIONS_EN,
                contact=CONTACT_EN,
                vietnamese_page=about,
            )
        )
    command.stdout.write(f"  Giới thiệu: {Leader.objects.count()} lãnh đạo, {Unit.objects.count()} đơn vị")
