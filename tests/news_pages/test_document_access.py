"""Files follow their item: a file that nothing live shows is never served to the public."""

import pytest
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from seed.factories.editorial import UserFactory
from seed.factories.news_pages import NewsPageFactory
from tests.news_pages.test_blocks import article_with_media  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def upload(title="Tệp vừa tải"):
    return get_document_model().objects.create(title=title, file=ContentFile(b"%PDF-1.4\n", name="moi.pdf"))


def test_a_fresh_upload_is_not_public_but_staff_can_open_it(client):
    document = upload()
    assert client.get(document.url).status_code == 404
    staff = UserFactory(username="bientap")
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(staff)
    assert client.get(document.url).status_code == 200


def test_a_file_in_a_live_article_is_public_and_withdrawn_with_it(client, article_with_media):  # noqa: F811
    document = get_document_model().objects.get(title="Kế hoạch cải cách hành chính năm 2026")
    assert client.get(document.url).status_code == 200
    article_with_media.unpublish()
    assert client.get(document.url).status_code == 404


def test_a_file_only_in_a_draft_article_is_not_public(client, category, unit):
    document = upload("Dự thảo kế hoạch")
    NewsPageFactory(
        parent=category,
        unit=unit,
        live=False,
        body=[("document", {"document": document, "title": "", "description": ""})],
    )
    assert client.get(document.url).status_code == 404
