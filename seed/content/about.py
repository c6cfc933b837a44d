"""The Giới thiệu section of a Sở Nội vụ in 2026, and its English page.

After the 2025 reorganisation the department also runs labour, employment, social insurance and
people with meritorious service, and the province has only communes and wards (no districts).
"""

from agency.models import AboutPage, EnglishHomePage, Leader, LeadersPage, OrganisationPage
from editorial.models import Unit
from seed import data
from seed.factories.agency import (
    AboutPageFactory,
    EnglishHomePageFactory,
    LeadersPageFactory,
    OrganisationPageFactory,
)


def load_units(site, about):
    for order, spec in enumerate(about["units"]):
        unit, _ = Unit.objects.get_or_create(
            site=site, short_name=spec["short_name"], defaults={"name": spec["name"], "sort_order": 20 + order}
        )
        if not unit.phone:
            for field in ("kind", "head", "phone", "email", "duties"):
                setattr(unit, field, spec[field])
            unit.address, unit.name_en = about["address"], about["names_en"].get(spec["short_name"], "")
            unit.parent = Unit.objects.filter(site=site, short_name=spec["parent"]).first() if spec["parent"] else None
            unit.save()


def load_leaders(about):
    for order, leader in enumerate(about["leaders"]):
        Leader.objects.get_or_create(
            name=leader["name"],
            defaults={
                "position": leader["position"],
                "position_en": leader["position_en"],
                "phone": leader["phone"],
                "email": "snv@quangngai.gov.vn",
                "sort_order": order,
                "duties": leader["duties"],
                "biography": f"<p>Sinh năm {1970 + order * 3}; thạc sĩ Quản lý công. Trước khi giữ chức vụ "
                f"{leader['position'].lower()}, công tác tại Văn phòng Ủy ban nhân dân tỉnh.</p>",
            },
        )


def load(site, out):
    texts = data.load("agency")
    load_units(site, texts)
    load_leaders(texts)
    home = site.root_page
    about = AboutPage.objects.child_of(home).first()
    if about is None:
        if home.get_children().filter(slug="gioi-thieu").exists():
            out("  Giới thiệu: đã có trang /gioi-thieu/ khác, bỏ qua")
            return
        about = AboutPageFactory(
            parent=home,
            intro="Chức năng, nhiệm vụ, lịch sử, cơ cấu tổ chức và lãnh đạo Sở Nội vụ.",
            functions=texts["functions"],
            history=texts["history"],
            show_in_menus=True,
        )
    if not OrganisationPage.objects.child_of(about).exists():
        OrganisationPageFactory(parent=about)
    if not LeadersPage.objects.child_of(about).exists():
        LeadersPageFactory(parent=about)
    if not EnglishHomePage.objects.child_of(home).exists():
        EnglishHomePageFactory(
            parent=home,
            title="Department of Home Affairs – Quang Ngai Province",
            intro="The Department of Home Affairs is a specialised agency of the People's Committee of Quang Ngai "
            "Province.",
            functions=texts["functions_en"],
            contact=texts["contact_en"],
            vietnamese_page=about,
        )
    out(f"  Giới thiệu: {Leader.objects.count()} lãnh đạo, {Unit.objects.filter(site=site).count()} đơn vị")
