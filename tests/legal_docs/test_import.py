import io
import unicodedata
import zipfile

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from openpyxl import Workbook

from legal_docs.importing import AttachmentSource, ImportFileError, ImportPlan, read_table
from legal_docs.models import LegalDocument
from legal_docs.pdf import simple_pdf
from seed.factories.legal_docs import DocumentTypeFactory, IssuingBodyFactory, LegalDocumentFactory, TopicFactory

pytestmark = pytest.mark.django_db

HEADER = ["Số ký hiệu", "Trích yếu", "Loại văn bản", "Cơ quan ban hành", "Lĩnh vực", "Ngày ban hành", "Tệp đính kèm"]
GOOD_ROWS = [
    ["30/2020/NĐ-CP", "Về công tác văn thư", "Nghị định", "Chính phủ", "Văn thư - lưu trữ", "05/03/2020", "nd30.pdf"],
    ["125/KH-SNV", "Kế hoạch cải cách hành chính năm 2025", "Kế hoạch", "Sở Nội vụ", "", "2025-01-15", ""],
]


@pytest.fixture
def taxonomies(db):
    DocumentTypeFactory(name="Nghị định")
    DocumentTypeFactory(name="Kế hoạch")
    IssuingBodyFactory(name="Chính phủ")
    IssuingBodyFactory(name="Sở Nội vụ", level="department")
    TopicFactory(name="Văn thư - lưu trữ")


def csv_bytes(rows):
    lines = [",".join(f'"{cell}"' for cell in row) for row in [HEADER, *rows]]
    return "\n".join(lines).encode("utf-8")


def xlsx_bytes(rows):
    workbook = Workbook()
    sheet = workbook.active
    for row in [HEADER, *rows]:
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def attachments_zip(files):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    output.seek(0)
    return output


def plan_for(data, filename, files=None):
    source = AttachmentSource(zip_file=attachments_zip(files)) if files else None
    return ImportPlan(read_table(data, filename), source)


def test_good_csv_imports_every_row_with_its_attachment(taxonomies):
    plan = plan_for(csv_bytes(GOOD_ROWS), "van-ban.csv", {"ND30.pdf": simple_pdf(["Cong tac van thu"])})
    assert plan.errors == []
    plan.save()
    decree = LegalDocument.objects.get(number="30/2020/NĐ-CP")
    assert decree.live and decree.issuing_level == "central"
    assert [t.name for t in decree.topics.all()] == ["Văn thư - lưu trữ"]
    assert decree.attachments.get().document.extracted_text == "Cong tac van thu"
    assert LegalDocument.objects.get(number="125/KH-SNV").issue_date.isoformat() == "2025-01-15"


def test_good_xlsx_imports_too(taxonomies, tmp_path):
    folder = tmp_path / "tep"
    folder.mkdir()
    (folder / "nd30.pdf").write_bytes(simple_pdf(["Van thu"]))
    path = tmp_path / "van-ban.xlsx"
    path.write_bytes(xlsx_bytes(GOOD_ROWS))
    out = io.StringIO()
    call_command("import_legal_documents", str(path), "--attachments", str(folder), stdout=out)
    assert "Đã nhập 2 văn bản." in out.getvalue()
    assert LegalDocument.objects.live().count() == 2


def test_file_with_errors_reports_every_row_and_imports_nothing(taxonomies):
    rows = [
        GOOD_ROWS[1],
        ["", "Thiếu số", "Nghị định", "Chính phủ", "", "01/01/2024", ""],
        ["1/2024/NĐ-CP", "Sai loại", "Nghị quyết liên tịch", "Chính phủ", "", "31/02/2024", ""],
        ["2/2024/NĐ-CP", "Thiếu tệp", "Nghị định", "Bộ Ngoại giao", "Đất đai", "01/01/2024", "khong-co.pdf"],
    ]
    plan = plan_for(csv_bytes(rows), "van-ban.csv", {"khac.pdf": simple_pdf(["x"])})
    messages = [str(error) for error in plan.errors]
    assert "Dòng 3: thiếu số ký hiệu." in messages
    assert any(m.startswith("Dòng 4: Loại văn bản “Nghị quyết liên tịch” chưa có trong danh mục") for m in messages)
    assert "Dòng 4: ngày ban hành “31/02/2024” không phải ngày có thật (kiểm tra lại ngày và tháng)." in messages
    assert any(m.startswith("Dòng 5: Cơ quan ban hành “Bộ Ngoại giao”") for m in messages)
    assert any(m.startswith("Dòng 5: Lĩnh vực “Đất đai”") for m in messages)
    assert any(m.startswith("Dòng 5: không tìm thấy tệp đính kèm “khong-co.pdf”") for m in messages)
    with pytest.raises(ValueError):
        plan.save()
    assert LegalDocument.objects.count() == 0


def test_duplicate_rows_and_numbers_already_in_the_library_are_refused(taxonomies):
    LegalDocumentFactory(number="42/2022/NĐ-CP", issuing_body=IssuingBodyFactory(name="Chính phủ"))
    rows = [
        GOOD_ROWS[1],
        ["125/kh-snv", "Bản trùng", "Kế hoạch", "Sở Nội vụ", "", "15/01/2025", ""],
        ["42/2022/ND-CP", "Đã có", "Nghị định", "Chính phủ", "", "24/06/2022", ""],
    ]
    messages = [str(error) for error in plan_for(csv_bytes(rows), "a.csv").errors]
    assert "Dòng 3: trùng số ký hiệu và cơ quan ban hành với dòng 2." in messages
    assert any(m.startswith("Dòng 4: Cơ quan Chính phủ đã có văn bản số 42/2022/NĐ-CP") for m in messages)


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text):
    """Vietnamese as Windows-1258 stores it: â, ê, ô, ơ, ư, ă, đ precomposed, tones as combining marks."""
    out = []
    for char in text:
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            marks = unicodedata.normalize("NFD", char)
            base = marks[0] + "".join(m for m in marks[1:] if m not in TONE_MARKS)
            tones = "".join(m for m in marks[1:] if m in TONE_MARKS)
            out.append((unicodedata.normalize("NFC", base) + tones).encode("cp1258"))
    return b"".join(out)


def test_csv_in_windows_1258_is_refused_clearly(taxonomies):
    header_and_row = csv_bytes(GOOD_ROWS[1:]).decode("utf-8")
    with pytest.raises(ImportFileError) as error:
        read_table(cp1258(header_and_row), "van-ban.csv")
    assert "không phải mã UTF-8" in str(error.value) and "Windows-1258" in str(error.value)


def test_csv_in_latin_1_is_refused_clearly(taxonomies):
    data = "So ky hieu,Trich yeu,Loai van ban,Co quan ban hanh,Ngay ban hanh\n1/A,Café,x,y,01/01/2024"
    with pytest.raises(ImportFileError, match="không phải mã UTF-8 \\(lỗi ở dòng 2\\)"):
        read_table(data.encode("latin-1"), "a.csv")


def test_csv_whose_vietnamese_was_garbled_once_is_refused_clearly(taxonomies):
    garbled = csv_bytes(GOOD_ROWS[1:]).decode("utf-8").encode("utf-8").decode("latin-1").encode("utf-8")
    with pytest.raises(ImportFileError, match="bị lỗi mã"):
        read_table(garbled, "van-ban.csv")


def test_rows_missing_required_columns_or_other_formats(taxonomies):
    with pytest.raises(ImportFileError, match="thiếu cột bắt buộc: Ngày ban hành"):
        read_table("Số ký hiệu,Trích yếu,Loại văn bản,Cơ quan ban hành\n1/A,b,c,d".encode(), "a.csv")
    with pytest.raises(ImportFileError, match=r"\.csv .* hoặc \.xlsx"):
        read_table(b"x", "a.txt")
    with pytest.raises(ImportFileError, match="Không mở được tệp Excel"):
        read_table(b"PK\x03\x04 broken", "a.xlsx")


def test_semicolon_separated_csv_from_excel_is_read(taxonomies):
    data = ("\ufeff" + ";".join(HEADER) + "\n" + ";".join(GOOD_ROWS[1])).encode()
    assert plan_for(data, "a.csv").errors == []


def test_a_renamed_executable_in_the_zip_is_refused(taxonomies):
    rows = [GOOD_ROWS[0]]
    plan = plan_for(csv_bytes(rows), "a.csv", {"nd30.pdf": b"MZ\x90\x00 not a pdf"})
    assert any("không phải là tệp PDF thật" in str(error) for error in plan.errors)


def test_all_or_nothing_when_saving_fails_midway(taxonomies, monkeypatch):
    plan = plan_for(
        csv_bytes([GOOD_ROWS[1], ["126/KH-SNV", "Hai", "Kế hoạch", "Sở Nội vụ", "", "16/01/2025", ""]]), "a.csv"
    )
    calls = []

    def fail_on_second(done, total):
        calls.append(done)
        if done == 2:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        plan.save(progress=fail_on_second)
    assert calls == [1, 2]
    assert LegalDocument.objects.count() == 0


def test_command_reports_errors_without_importing(taxonomies, tmp_path):
    path = tmp_path / "sai.csv"
    path.write_bytes(csv_bytes([["", "x", "Nghị định", "Chính phủ", "", "01/01/2024", ""]]))
    err = io.StringIO()
    with pytest.raises(CommandError, match="chưa nhập văn bản nào"):
        call_command("import_legal_documents", str(path), stderr=err)
    assert "Dòng 2: thiếu số ký hiệu." in err.getvalue()


def test_admin_import_view(admin_client, taxonomies):
    url = reverse("legal_docs_import:import")
    assert admin_client.get(url).status_code == 200
    bad = io.BytesIO(csv_bytes([["", "x", "Nghị định", "Chính phủ", "", "01/01/2024", ""]]))
    bad.name = "sai.csv"
    response = admin_client.post(url, {"file": bad, "publish": "on"})
    assert "Dòng 2: thiếu số ký hiệu." in response.content.decode()
    assert LegalDocument.objects.count() == 0

    legacy = io.BytesIO(cp1258(csv_bytes(GOOD_ROWS[1:]).decode("utf-8")))
    legacy.name = "cu.csv"
    assert "không phải mã UTF-8" in admin_client.post(url, {"file": legacy}).content.decode()

    good = io.BytesIO(xlsx_bytes(GOOD_ROWS))
    good.name = "tot.xlsx"
    archive = attachments_zip({"nd30.pdf": simple_pdf(["x"])})
    archive.name = "tep.zip"
    response = admin_client.post(url, {"file": good, "attachments": archive, "publish": "on"})
    assert response.status_code == 302
    assert LegalDocument.objects.live().count() == 2
