"""Demo content for the page tree's root: the home page, the site record and settings."""

from wagtail.models import Page, Site

from site_home.models import HomePage, SiteSettings, StandardPage

SETTINGS = {
    "department_name": "Sở Nội vụ",
    "parent_agency": "Ủy ban nhân dân tỉnh Quảng Ngãi",
    "site_title": "Trang Thông tin điện tử",
    "address": "Số 52 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi",
    "phone": "0235 3852 542",
    "fax": "0235 3852 543",
    "email": "sonv@quangngai.gov.vn",
    "responsible_person": "Bà Trần Thị Thúy Hiền – Phó Giám đốc Sở, Trưởng Ban Biên tập",
    "license": "Giấy phép số 05/GP-TTĐT ngày 15/03/2021 của Sở Thông tin và Truyền thông",
    "footer_text": "<p>Ghi rõ nguồn “Trang Thông tin điện tử Sở Nội vụ” khi phát hành lại thông tin từ trang này.</p>",
    "facebook_url": "https://www.facebook.com/",
    "zalo_url": "https://zalo.me/",
}

AGENCIES = [
    ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn/"),
    ("Bộ Nội vụ", "https://moha.gov.vn/"),
    ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn/"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
    ("Cổng Thông tin điện tử tỉnh Quảng Ngãi", "https://quangngai.gov.vn/"),
]

# "Giới thiệu" is structured content now (agency.demo).
STANDARD_PAGES = []


def home_page():
    return HomePage.objects.first()


def load(command):
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        # Replace Wagtail's placeholder welcome page, keeping its slug free.
        Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()
        root.refresh_from_db()
        home = root.add_child(
            instance=HomePage(
                title="Trang chủ",
                slug="trang-chu",
                intro="Thông tin chỉ đạo, điều hành và văn bản về công tác nội vụ của tỉnh.",
                agency_links=[("agency", {"name": name, "url": url}) for name, url in AGENCIES],
            )
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    if site.root_page_id != home.id or site.site_name != SETTINGS["department_name"]:
        site.root_page = home
        site.site_name = SETTINGS["department_name"]
        site.save()

    site_settings = SiteSettings.for_site(site)
    if not site_settings.address:
        for field, value in SETTINGS.items():
            setattr(site_settings, field, value)
        site_settings.save()

    for title, slug, summary, body in STANDARD_PAGES:
        if not StandardPage.objects.filter(slug=slug).exists():
            home.add_child(
                instance=StandardPage(title=title, slug=slug, summary=summary, body=body, show_in_menus=True)
            )
    command.stdout.write("  Trang chủ và thông tin cơ quan: xong")
