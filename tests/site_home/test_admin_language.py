"""The Wagtail admin speaks Vietnamese through the project catalogue in locale/vi.

The Vietnamese assertions below only hold with the compiled catalogue (`make messages`, or
`manage.py compilemessages --ignore=.venv`): the strings checked are ones Wagtail's own
Vietnamese catalogue lacks, so a missing or stale .mo makes these tests fail.
"""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings
from wagtail.users.models import UserProfile

from seed.factories.site_home import StandardPageFactory

pytestmark = pytest.mark.django_db

CATALOGUE_DIR = Path(settings.BASE_DIR) / "locale" / "vi" / "LC_MESSAGES"
CATALOGUES = sorted(CATALOGUE_DIR.glob("*.po"))

# %(name)s, %s, %d, {name}, {0} and HTML tags must survive translation unchanged.
PLACEHOLDER = re.compile(r"%\([^)]+\)[-#0 +]*\d*(?:\.\d+)?[sdifr]|%[sdifr]|\{\w*\}|</?[a-zA-Z][^>]*>")


class VisibleText(HTMLParser):
    """Text a user sees or hears: text nodes, accessible names, and the sidebar menu labels."""

    SPOKEN_ATTRIBUTES = {"aria-label", "title", "placeholder", "alt"}

    def __init__(self):
        super().__init__()
        self.parts = []
        self._hidden_depth = 0
        self._sidebar = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"script", "style"}:
            self._hidden_depth += 1
            self._sidebar = attrs.get("id") == "wagtail-sidebar-props"
        self.parts.extend(value for name, value in attrs.items() if name in self.SPOKEN_ATTRIBUTES and value)

    def handle_endtag(self, tag):
        if tag in {"script", "style"}:
            self._hidden_depth -= 1
            self._sidebar = False

    def handle_data(self, data):
        if self._sidebar:
            self.parts.extend(labels(json.loads(data)))
        elif not self._hidden_depth and data.strip():
            self.parts.append(" ".join(data.split()))


def labels(node):
    """Every "label" in the sidebar's telepath-packed props (the menu is drawn by JavaScript)."""
    if isinstance(node, dict):
        if isinstance(node.get("label"), str):
            yield node["label"]
        for value in node.values():
            yield from labels(value)
    elif isinstance(node, list):
        for value in node:
            yield from labels(value)


def visible_text(response):
    assert response.status_code == 200
    parser = VisibleText()
    parser.feed(response.content.decode())
    return "\n".join(parser.parts)


def assert_vietnamese(text, present, absent):
    lines = set(text.splitlines())
    for phrase in present:
        assert phrase in text, f"missing Vietnamese {phrase!r}"
    for phrase in absent:
        assert phrase not in lines, f"English {phrase!r} still shown"


def test_login_page_is_vietnamese(client):
    text = visible_text(client.get("/admin/login/"))
    assert_vietnamese(
        text,
        present=["Đăng nhập vào trang quản trị", "Đăng nhập", "Mật khẩu", "Quên mật khẩu?", "Ghi nhớ đăng nhập"],
        absent=["Sign in", "Sign in to Wagtail", "Forgotten password?", "Remember me", "Password"],
    )


def test_dashboard_and_menu_are_vietnamese(admin_client, home_page):
    text = visible_text(admin_client.get("/admin/"))
    assert_vietnamese(
        text,
        present=["Bảng điều khiển", "Trang", "Hình ảnh", "Tài liệu", "Đoạn nội dung", "Báo cáo", "Cài đặt"],
        absent=["Dashboard", "Pages", "Images", "Documents", "Snippets", "Reports", "Settings", "Help"],
    )


def test_page_explorer_is_vietnamese(admin_client, home_page):
    StandardPageFactory(parent=home_page)
    text = visible_text(admin_client.get(f"/admin/pages/{home_page.id}/"))
    assert_vietnamese(
        text,
        present=["Thêm trang con", "Trạng thái", "Đã xuất bản", "Sắp xếp"],
        absent=["Add child page", "Status", "Live", "Sort", "Pages"],
    )


def test_page_editor_is_vietnamese(admin_client, home_page):
    page = StandardPageFactory(parent=home_page)
    text = visible_text(admin_client.get(f"/admin/pages/{page.id}/edit/"))
    assert_vietnamese(
        text,
        present=["Lưu bản nháp", "Xuất bản", "Nội dung", "Quảng bá", "Xem trước", "Lịch sử"],
        absent=["Save draft", "Publish", "Content", "Promote", "Preview", "History", "Save Draft"],
    )


def test_snippets_index_is_vietnamese(admin_client):
    text = visible_text(admin_client.get("/admin/snippets/"))
    assert_vietnamese(text, present=["Đoạn nội dung", "Số bản ghi"], absent=["Snippets", "Instances"])


def test_workflow_report_is_vietnamese(admin_client):
    text = visible_text(admin_client.get("/admin/reports/workflow/"))
    assert_vietnamese(
        text,
        present=["Quy trình duyệt", "Người yêu cầu", "Theo nhiệm vụ"],
        absent=["Workflows", "Workflow", "Requested by", "By task"],
    )


def test_english_stays_possible(admin_user, client):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin_user)
    text = visible_text(client.get("/admin/"))
    assert "Skip to main content" in text
    assert "Bảng điều khiển" not in text


def wagtail_msgids(domain):
    """(msgctxt, msgid) of every installed Wagtail app's English catalogue in `domain`."""
    found = set()
    for app in apps.get_app_configs():
        source = Path(app.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
        if app.name.startswith("wagtail") and source.exists():
            found |= {(e.msgctxt, e.msgid) for e in polib.pofile(str(source)) if not e.obsolete}
    return found


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_catalogue_covers_every_installed_wagtail_app(domain):
    """After a Wagtail upgrade or a new Wagtail app, this lists the strings to translate (docs/admin-language.md)."""
    ours = {(e.msgctxt, e.msgid) for e in polib.pofile(str(CATALOGUE_DIR / f"{domain}.po"))}
    assert sorted(wagtail_msgids(domain) - ours, key=str) == []


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: path.name)
def test_catalogue_is_complete_and_keeps_placeholders(po_path):
    catalogue = polib.pofile(str(po_path))
    assert catalogue.metadata["Plural-Forms"] == "nplurals=1; plural=0;"
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    for entry in catalogue.translated_entries():
        # Vietnamese has one plural form: it serves every count, so it follows msgid_plural.
        source = entry.msgid_plural or entry.msgid
        translation = entry.msgstr_plural[0] if entry.msgid_plural else entry.msgstr
        assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(source)), entry.msgid


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: path.name)
def test_compiled_catalogue_matches_source(po_path):
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} is missing: run `make messages`"

    def messages(catalogue):
        return {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural.get(0) for e in catalogue.translated_entries()}

    assert messages(polib.mofile(str(mo_path))) == messages(polib.pofile(str(po_path))), (
        "stale .mo: run `make messages`"
    )


def test_relative_times_read_in_vietnamese():
    """Django 6.1 renamed its time-unit strings ("%(num)d day"); the dashboard and lists show them."""
    from django.utils import timezone, translation
    from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple

    now = timezone.now()
    with translation.override("vi"):
        assert timesince_simple(now - timezone.timedelta(days=6)) == "6\xa0ngày trước"
        assert timesince_simple(now - timezone.timedelta(weeks=3)) == "3\xa0tuần trước"
        assert timesince_simple(now - timezone.timedelta(minutes=1, seconds=5)) == "1\xa0phút trước"


DJANGO_CATALOGUES = ["conf", "contrib/auth", "contrib/contenttypes", "contrib/postgres", "contrib/sessions"]


def test_catalogue_covers_what_djangos_vietnamese_catalogue_lacks():
    """After a Django upgrade, this lists the new strings Django's own Vietnamese catalogue does not translate."""
    import django

    ours = {(e.msgctxt, e.msgid) for e in polib.pofile(str(CATALOGUE_DIR / "django.po"))}
    missing = []
    for name in DJANGO_CATALOGUES:
        locale = Path(django.__file__).parent / name / "locale"
        english = polib.pofile(str(locale / "en" / "LC_MESSAGES" / "django.po"))
        theirs = locale / "vi" / "LC_MESSAGES" / "django.po"  # contrib.postgres has none
        djangos = set()
        if theirs.exists():
            djangos = {(e.msgctxt, e.msgid) for e in polib.pofile(str(theirs)).translated_entries()}
        missing += [e.msgid for e in english if not e.obsolete and (e.msgctxt, e.msgid) not in djangos | ours]
    assert missing == []


def test_avatars_never_come_from_an_outside_service(admin_client, home_page):
    assert "gravatar" not in admin_client.get("/admin/").content.decode()


def test_the_account_page_asks_for_no_time_zone(admin_client):
    """Only Vietnam's zone is offered, so Wagtail leaves the choice out (the server's full list had
    "localtime", which the browser rejects and the account page's script failed on)."""
    html = admin_client.get("/admin/account/").content.decode()
    assert "current_time_zone" not in html and "localtime" not in html


def test_aging_pages_report_names_no_publisher_as_the_system(admin_client, home_page):
    """A page published without a user (the demo loader, a scheduled publish) showed "None" as its publisher."""
    StandardPageFactory(parent=home_page, title="Trang đăng tự động").save_revision().publish()
    text = visible_text(admin_client.get("/admin/reports/aging-pages/"))
    assert "Trang đăng tự động" in text
    assert "None" not in text.splitlines()
    assert "hệ thống" in text.splitlines()
