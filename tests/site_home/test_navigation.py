"""The main menu reaches every section a department portal lists, pages and views alike."""

import re

import pytest
from wagtail.models import Site

from feedback.models import ContactPage
from seed.factories.access_info import AccessInfoPageFactory
from seed.factories.agency import AboutPageFactory
from seed.factories.news_pages import NewsIndexPageFactory
from seed.factories.procedures import ProcedureIndexPageFactory
from site_home.models import SiteSettings

pytestmark = pytest.mark.django_db


def menu(client):
    html = client.get("/").content.decode()
    nav = html[html.index('id="main-nav-list"') : html.index("</nav>")]
    return re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', nav)


def test_main_menu_reaches_documents_procedures_questions_access_and_contact(client, home_page):
    AboutPageFactory(parent=home_page, show_in_menus=True)
    NewsIndexPageFactory(parent=home_page, title="Tin tức", slug="tin-tuc", show_in_menus=True)
    ProcedureIndexPageFactory(parent=home_page, show_in_menus=True)
    AccessInfoPageFactory(parent=home_page, show_in_menus=True)
    home_page.add_child(instance=ContactPage(title="Liên hệ", slug="lien-he", to_address="a@b.vn", show_in_menus=True))
    assert [title for _url, title in menu(client)] == [
        "Trang chủ",
        "Giới thiệu",
        "Tin tức",
        "Văn bản",
        "Thủ tục hành chính",
        "Hỏi - Đáp",
        "Tiếp cận thông tin",
        "Công khai",
        "Liên hệ",
    ]
    assert ("/van-ban/", "Văn bản") in menu(client) and ("/hoi-dap/", "Hỏi - Đáp") in menu(client)


def test_view_sections_still_show_without_their_neighbours(client, home_page):
    titles = [title for _url, title in menu(client)]
    assert titles == ["Trang chủ", "Văn bản", "Hỏi - Đáp", "Công khai"]


def test_footer_names_the_responsible_person_and_licence(client, home_page):
    SiteSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={"responsible_person": "Bà Trần Thị Thúy Hiền", "license": "Giấy phép số 12/GP-TTĐT"},
    )
    html = client.get("/").content.decode()
    footer = html[html.index("<footer") :]
    assert "Chịu trách nhiệm chính" in footer and "Bà Trần Thị Thúy Hiền" in footer
    assert "Giấy phép" in footer and "Giấy phép số 12/GP-TTĐT" in footer
