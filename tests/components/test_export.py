"""Deleting a component that holds content: refused until its content is exported as a ZIP
(loaddata JSON and its files); then the content goes with it, unless the export is too old or
the content changed since."""

import io
import json
import zipfile
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, Site, Workflow

from components.models import ContentExport
from disclosure.models import DisclosureItem
from editorial.models import Unit
from legal_docs.models import LegalDocument
from news_pages.models import NewsIndexPage
from seed.factories.disclosure import DisclosureItemFactory
from seed.factories.editorial import UnitFactory
from seed.factories.legal_docs import AttachmentDocumentFactory, LegalDocumentFactory
from seed.factories.news_pages import NewsCategoryPageFactory
from seed.factories.site_home import StandardPageFactory
from tests.components.conftest import COMPONENT_HOST

pytestmark = pytest.mark.django_db


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def holding(component, two_sites, settings, tmp_path):
    """The component with pages, a unit, a disclosure item and a legal document with its PDF;
    the default site has content of its own, which the export leaves out."""
    settings.MEDIA_ROOT = tmp_path / "media"
    news = NewsIndexPage.objects.child_of(component.root_page).get()
    NewsCategoryPageFactory(parent=news, title="Hoạt động", slug="hoat-dong")
    StandardPageFactory(parent=component.root_page, title="Lịch sử Sở Tư pháp", slug="lich-su")
    UnitFactory(site=component, name="Phòng Hành chính tư pháp", short_name="HCTP")
    UnitFactory(site=two_sites.a, name="Phòng của Sở Nội vụ", short_name="SNV")
    DisclosureItemFactory(site=component, title="Công khai dự toán của Sở Tư pháp")
    attachment = AttachmentDocumentFactory(title="Quyết định 12 của Sở Tư pháp")
    LegalDocumentFactory(site=component, number="12/2026/QĐ-STP", attachments=[attachment])
    return component


def export(client, site):
    response = client.get(reverse("components:export", args=[site.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith(f'attachment; filename="{site.hostname}-')
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_the_refusal_offers_the_export_and_the_zip_holds_what_the_site_owns(client, holding, superuser):
    client.force_login(superuser)
    screen = client.get(reverse("components:delete", args=[holding.pk])).content.decode()
    assert "Không xóa được “Sở Tư pháp”: trang còn 2 trang nội dung" in screen
    assert "Xuất toàn bộ nội dung (ZIP)" in screen
    assert reverse("components:export", args=[holding.pk]) in screen

    archive = export(client, holding)
    rows = json.loads(archive.read("du-lieu.json"))
    by_model = {}
    for row in rows:
        by_model.setdefault(row["model"], []).append(row["fields"])
    assert {"wagtailcore.site", "wagtailcore.page", "site_home.homepage", "site_home.sitesettings"} <= set(by_model)
    titles = {fields["title"] for fields in by_model["wagtailcore.page"]}
    assert {"Sở Tư pháp", "Tin tức - Sự kiện", "Hoạt động", "Lịch sử Sở Tư pháp"} <= titles
    assert "Trang chủ" not in titles  # the default site's home page
    assert [unit["name"] for unit in by_model["editorial.unit"]] == ["Phòng Hành chính tư pháp"]
    assert [item["title"] for item in by_model["disclosure.disclosureitem"]] == ["Công khai dự toán của Sở Tư pháp"]
    assert [doc["number"] for doc in by_model["legal_docs.legaldocument"]] == ["12/2026/QĐ-STP"]
    groups = {group["name"] for group in by_model["auth.group"]}
    assert "Sở Tư pháp – Quản trị trang" in groups and not any("Sở Nội vụ" in name for name in groups)
    workflows = {workflow["name"] for workflow in by_model["wagtailcore.workflow"]}
    assert workflows == {"Sở Tư pháp – Duyệt tin bài", "Sở Tư pháp – Duyệt văn bản"}
    document = by_model["legal_docs.attachmentdocument"][0]
    assert document["title"] == "Quyết định 12 của Sở Tư pháp"
    assert archive.read(f"media/{document['file']}").startswith(b"%PDF")
    assert ContentExport.objects.get(site=holding).exported_by == superuser


def test_after_an_export_the_component_is_deleted_with_its_content_and_its_host_answers_404(
    client, holding, superuser, tmp_path
):
    client.force_login(superuser)
    url = reverse("components:delete", args=[holding.pk])
    root_id = holding.root_page_id
    client.post(url)
    assert Site.objects.filter(pk=holding.pk).exists()  # refused before the export

    archive = export(client, holding)
    screen = client.get(url).content.decode()
    assert "Nội dung đã được xuất lúc" in screen and "Xuất toàn bộ nội dung (ZIP)" not in screen
    response = client.post(url)
    assert any("Đã xóa trang thành phần “Sở Tư pháp”" in m for m in messages_of(response))
    assert not Site.objects.filter(pk=holding.pk).exists()
    assert not Page.objects.filter(pk=root_id).exists()
    assert not LegalDocument.objects.filter(number="12/2026/QĐ-STP").exists()
    assert not DisclosureItem.objects.filter(title__contains="Sở Tư pháp").exists()
    assert list(Unit.objects.values_list("name", flat=True)) == ["Phòng của Sở Nội vụ"]
    assert not Group.objects.filter(name__startswith="Sở Tư pháp – ").exists()
    assert not Workflow.objects.filter(name__startswith="Sở Tư pháp – ").exists()
    assert client.get("/", HTTP_HOST=COMPONENT_HOST).status_code == 404
    assert client.get("/", HTTP_HOST="localhost").status_code == 200

    # The JSON is what loaddata reads: loading it brings the component back on its host.
    fixture = archive.extract("du-lieu.json", path=tmp_path)
    call_command("loaddata", fixture, verbosity=0)
    assert Site.objects.get(hostname=COMPONENT_HOST).root_page_id == root_id
    assert LegalDocument.objects.filter(number="12/2026/QĐ-STP").exists()
    assert "Lịch sử Sở Tư pháp" in client.get("/lich-su/", HTTP_HOST=COMPONENT_HOST).content.decode()


def test_an_export_too_old_or_content_changed_since_asks_for_a_new_one(client, holding, superuser):
    client.force_login(superuser)
    url = reverse("components:delete", args=[holding.pk])
    export(client, holding)
    ContentExport.objects.filter(site=holding).update(exported_at=timezone.now() - timedelta(hours=25))
    response = client.post(url)
    assert Site.objects.filter(pk=holding.pk).exists()
    assert any("đã quá 24 giờ hoặc nội dung đã thay đổi sau đó: hãy xuất lại" in m for m in messages_of(response))

    export(client, holding)
    page = Page.objects.get(slug="lich-su").specific
    page.title = "Lịch sử Sở Tư pháp (sửa)"
    page.save_revision(user=superuser).publish()
    assert "hãy xuất lại" in client.get(url).content.decode()
    client.post(url)
    assert Site.objects.filter(pk=holding.pk).exists()


def test_only_platform_admins_export(client, holding, two_sites):
    client.force_login(two_sites.editor_a)
    assert client.get(reverse("components:export", args=[holding.pk])).status_code in (302, 403)
    assert not ContentExport.objects.exists()
