"""Re-importing a corrected list updates the documents already in the library, after a dry run."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from legal_docs.models import DocumentRelation, LegalDocument
from seed.factories.legal_docs import LegalDocumentFactory

pytestmark = pytest.mark.django_db

HEADER = "Số ký hiệu,Trích yếu,Loại văn bản,Cơ quan ban hành,Ngày ban hành,Thay thế"
CORRECTED = "\n".join(
    [
        HEADER,
        "138/2020/ND-CP,Quy định về tuyển dụng sử dụng và quản lý công chức,Nghị định,Chính phủ,27/11/2020,"
        "24/2010/NĐ-CP",
        "62/2020/NĐ-CP,Về vị trí việc làm và biên chế công chức,Nghị định,Chính phủ,01/06/2020,",
    ]
)


@pytest.fixture
def library(db):
    old = LegalDocumentFactory(number="24/2010/NĐ-CP", title="Tuyển dụng công chức (cũ)")
    decree = LegalDocumentFactory(
        number="138/2020/NĐ-CP", title="Quy định về tuyển dụng", issue_date=datetime.date(2020, 11, 1)
    )
    return old, decree


def run(path, *args):
    out = io.StringIO()
    call_command("import_legal_documents", str(path), *args, stdout=out)
    return out.getvalue()


def test_without_update_mode_a_known_number_is_a_duplicate(library, tmp_path):
    path = tmp_path / "sua.csv"
    path.write_text(CORRECTED, encoding="utf-8")
    with pytest.raises(Exception, match="lỗi"):
        run(path)


def test_update_mode_shows_the_changes_first_and_writes_them_only_when_applied(library, tmp_path):
    old, decree = library
    path = tmp_path / "sua.csv"
    path.write_text(CORRECTED, encoding="utf-8")
    dry = run(path, "--update")
    assert "Dòng 2: cập nhật 138/2020/NĐ-CP – Trích yếu: “Quy định về tuyển dụng” → “Quy định về tuyển dụng" in dry
    assert "Ngày ban hành: “01/11/2020” → “27/11/2020”" in dry
    assert "Sẽ cập nhật 1 và thêm mới 1 văn bản." in dry
    assert "chưa ghi gì" in dry
    decree.refresh_from_db()
    assert decree.title == "Quy định về tuyển dụng" and LegalDocument.objects.count() == 2

    run(path, "--update", "--apply")
    decree.refresh_from_db()
    assert decree.title == "Quy định về tuyển dụng sử dụng và quản lý công chức"
    assert decree.issue_date == datetime.date(2020, 11, 27)
    assert decree.number == "138/2020/NĐ-CP"  # the key is kept as it was written
    assert DocumentRelation.objects.filter(source=decree, target=old, kind="replaces").exists()
    assert LegalDocument.objects.filter(number="62/2020/NĐ-CP", live=True).exists()
    assert decree.attachments.count() == 1  # its file is kept


def test_the_admin_previews_the_update_before_writing_it(admin_client, library):
    url = reverse("legal_docs_import:import")
    upload = io.BytesIO(CORRECTED.encode())
    upload.name = "sua.csv"
    response = admin_client.post(url, {"file": upload, "update": "on", "publish": "on"})
    html = response.content.decode()
    assert "Xem trước: sẽ cập nhật 1 văn bản đã có và thêm mới 1 văn bản" in html
    assert "Dòng 2: 138/2020/NĐ-CP" in html
    assert LegalDocument.objects.count() == 2
    upload.seek(0)
    response = admin_client.post(url, {"file": upload, "update": "on", "apply": "on", "publish": "on"})
    assert response.status_code == 302
    assert LegalDocument.objects.get(number="138/2020/NĐ-CP").title.endswith("quản lý công chức")
