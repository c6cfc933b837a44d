"""Uploads through Wagtail's own document forms: allowed types only, content matching the extension."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Collection

from legal_docs.models import AttachmentDocument
from legal_docs.pdf import simple_pdf

pytestmark = pytest.mark.django_db

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def ooxml(main_part, extra_name, extra_xml):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            f'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f'<Override PartName="/{extra_name}" ContentType="{main_part}"/></Types>',
        )
        package.writestr(extra_name, extra_xml)
    return output.getvalue()


DOCX = ooxml(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "word/document.xml",
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    "<w:p><w:r><w:t>Quyết định về công tác văn thư</w:t></w:r></w:p></w:body></w:document>",
)


def upload(client, name, data):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, data), "collection": Collection.get_first_root_node().pk},
    )


def upload_multiple(client, name, data):
    return client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile(name, data)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )


@pytest.mark.parametrize(
    ("name", "data"),
    [("nghi-dinh.pdf", simple_pdf(["Van thu"])), ("bieu-mau.doc", OLE2), ("bang.xls", OLE2), ("qd.docx", DOCX)],
)
def test_genuine_documents_are_accepted(admin_client, name, data):
    response = upload(admin_client, name, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert AttachmentDocument.objects.filter(title=name).exists()


def test_text_is_extracted_for_search(admin_client):
    upload(admin_client, "qd.docx", DOCX)
    upload(admin_client, "nd.pdf", simple_pdf(["Cong tac van thu luu tru"]))
    assert AttachmentDocument.objects.get(title="qd.docx").extracted_text == "Quyết định về công tác văn thư"
    assert AttachmentDocument.objects.get(title="nd.pdf").extracted_text == "Cong tac van thu luu tru"


def test_a_damaged_pdf_is_stored_without_text_rather_than_refused(admin_client):
    response = upload(admin_client, "hong.pdf", b"%PDF-1.4\n garbage without objects")
    assert response.status_code == 302
    assert AttachmentDocument.objects.get(title="hong.pdf").extracted_text == ""


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("cai-dat.exe", b"MZ\x90\x00", "Chỉ nhận tệp có đuôi: .pdf, .doc, .docx, .xls, .xlsx"),
        ("nghi-dinh.pdf", b"MZ\x90\x00\x03\x00\x00\x00", "không phải là tệp PDF thật"),
        ("bang.xlsx", DOCX, "không phải là tệp Excel thật"),
        ("van-ban.docx", b"PK\x03\x04 not really a zip", "không phải là tệp Word thật"),
        ("van-ban.doc", b"{\\rtf1 renamed}", "không phải là tệp Word thật"),
    ],
)
def test_wrong_or_disguised_files_are_refused_with_a_clear_message(admin_client, name, data, message):
    response = upload(admin_client, name, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not AttachmentDocument.objects.exists()


def test_renamed_executable_is_refused_by_the_multiple_uploader_too(admin_client):
    response = upload_multiple(admin_client, "nghi-dinh.pdf", b"MZ\x90\x00\x03")
    assert response.json()["success"] is False
    assert "không phải là tệp PDF thật" in response.json()["error_message"]
    assert not AttachmentDocument.objects.exists()


def test_too_large_a_file_is_refused(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = upload(admin_client, "lon.pdf", simple_pdf(["x"]) + b"%" * 2048)
    assert "Tệp quá lớn" in response.content.decode() and "Dung lượng tối đa là 1,0" in response.content.decode()
    assert not AttachmentDocument.objects.exists()


def zip_bomb(expanded_size):
    """A .docx whose [Content_Types].xml is `expanded_size` bytes of blanks: a few hundred KB on disk."""
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as package:
        with package.open("[Content_Types].xml", "w", force_zip64=True) as part:
            block = b" " * (1024 * 1024)
            for _ in range(expanded_size // len(block)):
                part.write(block)
        package.writestr("word/document.xml", "<w:document/>")
    return output.getvalue()


def test_a_zip_bomb_is_refused_without_being_read_whole(admin_client):
    import tracemalloc

    bomb = zip_bomb(400 * 1024 * 1024)
    assert len(bomb) < 1024 * 1024
    tracemalloc.start()
    response = upload(admin_client, "bom.docx", bomb)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert response.status_code == 200
    assert "có thể là bom nén ZIP" in response.content.decode()
    assert peak < 50 * 1024 * 1024
    assert not AttachmentDocument.objects.exists()
