"""An article's or a document's own blocks (`{% sharedblock … for page %}`): kept for each object,
purged when that object or a row it shows changes, not when another object is published."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext

from legal_docs.models import DocumentRelation, LegalDocument
from pagecache import signals
from tests.legal_docs.factories import LegalDocumentFactory, TopicFactory
from tests.news_pages.factories import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def every_request_renders(settings):
    # A page-cache miss, as after any publish: only the shared blocks are kept.
    settings.PAGE_CACHE_ENABLED = False


@pytest.fixture
def category(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    return NewsCategoryPageFactory(parent=index, title="Cải cách hành chính", slug="cai-cach-hanh-chinh")


@pytest.fixture
def article(category):
    article = NewsPageFactory(parent=category, title="Tin thứ nhất", slug="tin-thu-nhat", live=False)
    article.save_revision().publish()
    return article


def get(client, url):
    """The page's text and how many queries its render ran."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.text, len(queries)


def test_an_article_keeps_its_own_blocks_when_another_is_published(client, category, article, committed):
    client.get(article.url)
    other = NewsPageFactory(parent=category, title="Tin vừa duyệt đăng", slug="tin-moi", live=False)
    with committed():
        other.save_revision().publish()
    text, kept_queries = get(client, article.url)
    assert "Tin vừa duyệt đăng" in text  # "Các tin khác" shows it at once
    assert article.summary in text

    with committed():
        article.save_revision().publish()  # its own publish: its blocks render again
    _, rendered_queries = get(client, article.url)
    assert kept_queries < rendered_queries


def test_publishing_an_article_shows_its_new_text_at_once(client, article, committed):
    client.get(article.url)
    article.summary = "Sapo đã sửa sau khi đăng."
    with committed():
        article.save_revision().publish()
    assert "Sapo đã sửa sau khi đăng." in client.get(article.url).text


def test_renaming_its_unit_shows_at_once_on_the_article(client, article, committed):
    client.get(article.url)
    article.unit.name = "Phòng Tổ chức - Biên chế"
    with committed():
        article.unit.save()
    assert "Phòng Tổ chức - Biên chế" in client.get(article.url).text


def test_an_articles_block_is_kept_for_each_host(client, article):
    # Its image's social link is absolute: a block kept for one host must not serve another.
    assert article.featured_image_id
    assert "http://localhost/" in client.get(article.url, HTTP_HOST="localhost").text
    other_host = client.get(article.url, HTTP_HOST="127.0.0.1").text
    assert 'property="og:image" content="http://127.0.0.1/' in other_host


def test_a_preview_shows_the_draft_not_the_kept_block(client, article):
    client.get(article.url, headers={"host": article.get_site().hostname})  # the host previews use
    article.summary = "Sapo của bản nháp chưa duyệt."
    article.save_revision()
    assert "Sapo của bản nháp chưa duyệt." in article.make_preview_request().render().text
    assert "Sapo của bản nháp chưa duyệt." not in client.get(article.url).text


@pytest.mark.urls("tests.pagecache.urls")
def test_a_document_keeps_its_block_until_a_row_it_shows_changes(client, home_page, committed):
    topic = TopicFactory(name="Công chức, viên chức")
    document = LegalDocumentFactory(number="12/2024/QĐ-UBND", signer="Nguyễn Văn A", topics=[topic])
    url = document.get_absolute_url()
    client.get(url)
    # Another document published (uploading no new file: a changed file purges what shows it).
    with committed():
        LegalDocumentFactory(number="13/2024/QĐ-UBND", attachments=[], document_type=document.document_type)
    text, kept_queries = get(client, url)
    assert "Nguyễn Văn A" in text
    with committed():
        document.save_revision().publish()  # its own publish: its block renders again
    assert kept_queries < get(client, url)[1]

    # The block names the document types it shows: a renamed one shows at once.
    document.document_type.name = "Quyết định cá biệt"
    with committed():
        document.document_type.save()
    assert "Quyết định cá biệt" in get(client, url)[0].split('class="table-scroll"', 1)[1]

    topic.name = "Tổ chức bộ máy"
    with committed():
        topic.save()
    assert "Tổ chức bộ máy" in client.get(url).text


@pytest.mark.urls("tests.pagecache.urls")
def test_a_bulk_update_purges_every_documents_block(client, home_page, committed):
    document = LegalDocumentFactory(signer="Nguyễn Văn A")
    client.get(document.get_absolute_url())
    with committed():
        LegalDocument.objects.filter(pk=document.pk).update(signer="Trần Thị B")  # sends no signal
        signals.purge_model(LegalDocument)
    assert "Trần Thị B" in client.get(document.get_absolute_url()).text


@pytest.mark.urls("tests.pagecache.urls")
def test_a_document_preview_shows_the_editors_changes_not_the_kept_block(client, rf, home_page):
    document = LegalDocumentFactory(signer="Nguyễn Văn A")
    client.get(document.get_absolute_url())
    document.signer = "Trần Thị B"  # an editor's unsaved change, previewed: same live revision
    request = rf.get("/")
    request.user = AnonymousUser()
    preview = document.serve_preview(request, document.default_preview_mode).render().text
    assert "Trần Thị B" in preview and "Nguyễn Văn A" not in preview


@pytest.mark.urls("tests.pagecache.urls")
def test_a_document_is_found_once_until_it_changes(client, home_page, committed):
    document = LegalDocumentFactory(number="12/2024/QĐ-UBND", title="Về công tác văn thư")
    url = document.get_absolute_url()
    assert "Về công tác văn thư" in client.get(url).text

    document.title, document.number = "Về công tác văn thư, lưu trữ", "21/2024/QĐ-UBND"  # a typo fixed: a new slug
    with committed():
        document.save_revision().publish()
    new_url = LegalDocument.objects.get(pk=document.pk).get_absolute_url()
    moved = client.get(url)
    assert moved.status_code == 301 and moved["Location"] == new_url != url
    assert "Về công tác văn thư, lưu trữ" in client.get(new_url).text
    with committed():
        document.unpublish()
    assert client.get(new_url).status_code == 404


@pytest.mark.urls("tests.pagecache.urls")
def test_a_related_documents_new_title_shows_at_once(client, home_page, committed):
    document = LegalDocumentFactory(number="12/2024/NĐ-CP", title="Về công chức cấp xã")
    basis = LegalDocumentFactory(number="19/2023/QH15", title="Luật Cán bộ, công chức sửa đổi")
    document.outgoing_relations.add(DocumentRelation(kind="legal_basis", target=basis))
    with committed():
        document.save_revision().publish()
    assert "Luật Cán bộ, công chức sửa đổi" in client.get(document.get_absolute_url()).text

    basis.title = "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức"
    with committed():
        basis.save_revision().publish()
    relations = client.get(document.get_absolute_url()).text.split('id="relations-title"', 1)[1]
    assert "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức" in relations.split("</section>", 1)[0]
