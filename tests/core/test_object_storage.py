"""Uploads in an S3-compatible bucket (several application servers), against a real S3 server.

moto's standalone server (requirements-dev.txt) answers on a free local port; the storages are
built by core/storage.py from the same variables production reads. The bucket is private: a
visitor reaches a document only through Wagtail's serve view, which redirects to a signed URL
once the item showing it is live; image renditions are public.
"""

import re
import socket
import urllib.error
import urllib.request
import uuid
from html import unescape

import pytest
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model

from core.storage import media_storages
from legal_docs.models import AttachmentDocument
from legal_docs.pdf import simple_pdf
from seed.factories.legal_docs import AttachmentDocumentFactory, LegalDocumentFactory, root_collection
from seed.factories.news_pages import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory

moto_server = pytest.importorskip("moto.server", reason="moto[server] (requirements-dev.txt) is not installed")
boto3 = pytest.importorskip("boto3", reason="django-storages[s3] (requirements.txt) is not installed")

PDF = simple_pdf(["Quy dinh ve cong tac van thu"])


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def s3_endpoint():
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=free_port(), verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_endpoint, settings, monkeypatch):
    """A fresh private bucket, and every storage of the site pointed at it."""
    name = f"sonoivu-{uuid.uuid4().hex[:12]}"
    env = {"AWS_STORAGE_BUCKET_NAME": name, "AWS_S3_ENDPOINT_URL": s3_endpoint, "AWS_S3_REGION_NAME": "us-east-1"}
    for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(key, "testing")  # read by django-storages and boto3, as in production
    settings.STORAGES = {**settings.STORAGES, **media_storages(env)}
    settings.WAGTAILDOCS_SERVE_METHOD = "redirect"
    # The rendition model bound its storage (WAGTAILIMAGES_RENDITION_STORAGE) when it was imported.
    monkeypatch.setattr(
        get_image_model().get_rendition_model()._meta.get_field("file"), "storage", storages["public_media"]
    )
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    client.create_bucket(Bucket=name)
    client.objects = lambda: {item["Key"] for item in client.list_objects_v2(Bucket=name).get("Contents", [])}
    client.name, client.url = name, f"{s3_endpoint}/{name}"
    return client


def fetch(url):
    """What a browser gets for a URL, outside Django: (status, body)."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


@pytest.fixture
def legal_document(db):
    root_collection()
    return lambda live: LegalDocumentFactory(live=live, attachments=[AttachmentDocumentFactory(file__data=PDF)])


def test_a_document_uploaded_in_the_admin_is_stored_in_the_bucket(admin_client, bucket):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Quyết định", "file": SimpleUploadedFile("quyet-dinh.pdf", PDF), "collection": root_collection().pk},
    )

    assert response.status_code == 302
    document = AttachmentDocument.objects.get(title="Quyết định")
    assert document.file.name in bucket.objects()
    assert bucket.get_object(Bucket=bucket.name, Key=document.file.name)["Body"].read() == PDF
    # Reading the stored file back (search text) works without a local path.
    assert document.extracted_text == "Quy dinh ve cong tac van thu"


def test_a_published_document_redirects_to_a_short_lived_signed_url(client, bucket, legal_document):
    attachment = legal_document(live=True).attachments.get().document

    response = client.get(attachment.url)

    assert response.status_code == 302
    signed = response["Location"]
    assert signed.startswith(bucket.url) and "Signature=" in signed and "Expires=" in signed
    assert fetch(signed) == (200, PDF)
    assert fetch(f"{bucket.url}/{attachment.file.name}")[0] == 403


def test_a_document_of_an_unpublished_item_is_refused_and_its_object_stays_private(client, bucket, legal_document):
    attachment = legal_document(live=False).attachments.get().document
    assert attachment.file.name in bucket.objects()

    response = client.get(attachment.url)

    assert response.status_code == 404
    assert bucket.url not in response.content.decode() and not response.has_header("Location")
    assert fetch(f"{bucket.url}/{attachment.file.name}")[0] == 403


def test_image_renditions_are_stored_in_the_bucket_and_public(client, bucket, home_page):
    category = NewsCategoryPageFactory(parent=NewsIndexPageFactory(parent=home_page))
    article = NewsPageFactory(parent=category, featured_image__file__width=900, featured_image__file__height=506)

    response = client.get(article.url)

    assert response.status_code == 200
    links = set(re.findall(re.escape(bucket.url) + r"/images/[^\s\"',]+", unescape(response.content.decode())))
    assert links, "the page shows no rendition from the bucket"
    for link in links:
        assert link.split(bucket.url + "/", 1)[1] in bucket.objects()
        status, body = fetch(link)
        assert status == 200 and body[:3] in (b"\xff\xd8\xff", b"\x89PN")
    original = article.featured_image.file.name
    assert original in bucket.objects() and fetch(f"{bucket.url}/{original}")[0] == 403
