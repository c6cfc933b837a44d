"""An import refuses what it cannot read exactly, and brings relations and new taxonomy along."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from legal_docs.importing import ImportFileError, ImportPlan, read_table
from legal_docs.models import DocumentRelation, DocumentType, IssuingBody, LegalDocument
from legal_docs.validity import ValidityStatus
from seed.factories.legal_docs import LegalDocumentFactory

pytestmark = pytest.mark.django_db

HEADER = "Số ký hiệu,Trích yếu,Loại văn bản,Cơ quan ban hành,Ngày ban hành"


def table(*lines, header=HEADER):
    return read_table("\n".join([header, *lines]).encode(), "van-ban.csv")


def messages(plan):
    return [str(error) for error in plan.errors]


def test_a_row_shifted_by_an_unquoted_comma_is_refused_with_its_row_number():
    with pytest.raises(ImportFileError) as error:
        table(
            "30/2020/NĐ-CP,Về công tác văn thư,Nghị định,Chính phủ,05/03/2020",
            "42/2022/NĐ-CP,Quy định về việc cung cấp thông tin, dịch vụ công,Nghị định,Chính phủ,24/06/2022",
        )
    assert "Dòng 3 có 6 ô nhưng dòng tiêu đề có 5 cột." in str(error.value)
    assert "Chưa nhập văn bản nào" in str(error.value)


def test_a_row_cut_short_is_refused_too():
    with pytest.raises(ImportFileError, match="Dòng 2 có 4 ô nhưng dòng tiêu đề có 5 cột"):
        table("30/2020/NĐ-CP,Về công tác văn thư,Nghị định,Chính phủ")


def test_an_unknown_column_is_refused_rather_than_ignored():
    with pytest.raises(ImportFileError, match="Không nhận ra cột: “ghi chú riêng”"):
        table("30/2020/NĐ-CP,Về công tác văn thư,Nghị định,Chính phủ,05/03/2020,x", header=HEADER + ",ghi chú riêng")


def test_a_fresh_install_knows_the_standard_types_and_issuers():
    assert {"Luật", "Nghị định", "Thông tư", "Quyết định", "Công văn", "Báo cáo"} <= set(
        DocumentType.objects.values_list("name", flat=True)
    )
    assert {"Quốc hội", "Chính phủ", "Bộ Nội vụ", "Sở Nội vụ"} <= set(
        IssuingBody.objects.values_list("name", flat=True)
    )


def test_an_unknown_type_says_where_to_add_it_or_is_created_when_asked():
    rows = table("1/2024/NQLT-X,Thử,Nghị quyết liên tịch,Ban Tuyên giáo,01/02/2024")
    found = messages(ImportPlan(rows))
    assert any("Loại văn bản “Nghị quyết liên tịch” chưa có trong danh mục" in m and "Quản trị" in m for m in found)
    assert any(m.startswith("Dòng 2: Cơ quan ban hành “Ban Tuyên giáo”") for m in found)
    assert not DocumentType.objects.filter(name="Nghị quyết liên tịch").exists()

    plan = ImportPlan(rows, create_missing=True)
    assert plan.errors == []
    assert not DocumentType.objects.filter(name="Nghị quyết liên tịch").exists()  # nothing before saving
    plan.save()
    document = LegalDocument.objects.get(number="1/2024/NQLT-X")
    assert (document.document_type.name, document.issuing_body.name) == ("Nghị quyết liên tịch", "Ban Tuyên giáo")


def test_an_impossible_date_is_said_to_be_impossible():
    found = messages(ImportPlan(table("1/2017/NĐ-CP,Thử,Nghị định,Chính phủ,31/02/2017")))
    assert found == ["Dòng 2: ngày ban hành “31/02/2017” không phải ngày có thật (kiểm tra lại ngày và tháng)."]
    found = messages(ImportPlan(table("1/2017/NĐ-CP,Thử,Nghị định,Chính phủ,hôm qua")))
    assert found == ["Dòng 2: ngày ban hành “hôm qua” không hợp lệ (ghi dạng dd/mm/yyyy)."]


def test_the_duplicate_message_does_not_cut_the_existing_title_mid_word():
    title = "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng"
    LegalDocumentFactory(number="42/2022/NĐ-CP", title=title)
    found = messages(ImportPlan(table("42/2022/ND-CP,Bản trùng,Nghị định,Chính phủ,24/06/2022")))
    assert len(found) == 1
    quoted = found[0].split("(“", 1)[1].split("”)", 1)[0]
    assert quoted.endswith("…")
    assert title.startswith(quoted.removesuffix("…"))
    assert title[len(quoted) - 1] == " "  # cut between two words


NATIONAL = "\n".join(
    [
        HEADER + ",Thay thế,Sửa đổi,Bãi bỏ,Hướng dẫn,Đính chính",
        "22/2008/QH12,Luật Cán bộ công chức,Luật,Quốc hội,13/11/2008,,,,,",
        "52/2019/QH14,Luật sửa đổi Luật Cán bộ công chức,Luật,Quốc hội,25/11/2019,,22/2008/QH12,,,",
        "138/2020/NĐ-CP,Quy định về tuyển dụng công chức,Nghị định,Chính phủ,27/11/2020,24/2010/ND-CP,,,22/2008/QH12,",
        "24/2010/NĐ-CP,Quy định về tuyển dụng công chức (cũ),Nghị định,Chính phủ,15/03/2010,,,,,",
        "06/2023/NĐ-CP,Kiểm định chất lượng đầu vào,Nghị định,Chính phủ,21/02/2023,,,,22/2008/QH12; 52/2019/QH14,",
        "1/2023/NĐ-CP,Đính chính Nghị định 06,Nghị định,Chính phủ,01/03/2023,,,,,nd 06/2023",
    ]
)


def test_a_fresh_install_imports_national_documents_with_their_relations(tmp_path):
    path = tmp_path / "van-ban-trung-uong.csv"
    path.write_text(NATIONAL, encoding="utf-8")
    out = io.StringIO()
    call_command("import_legal_documents", str(path), stdout=out)
    assert "Đã nhập 6 văn bản." in out.getvalue()
    relations = {
        (relation.source.number, relation.kind, relation.target.number)
        for relation in DocumentRelation.objects.select_related("source", "target")
    }
    assert relations == {
        ("52/2019/QH14", "amends", "22/2008/QH12"),
        ("138/2020/NĐ-CP", "replaces", "24/2010/NĐ-CP"),
        ("138/2020/NĐ-CP", "guides", "22/2008/QH12"),
        ("06/2023/NĐ-CP", "guides", "22/2008/QH12"),
        ("06/2023/NĐ-CP", "guides", "52/2019/QH14"),
        ("1/2023/NĐ-CP", "corrects", "06/2023/NĐ-CP"),
    }
    assert LegalDocument.objects.get(number="24/2010/NĐ-CP").validity_status == ValidityStatus.EXPIRED
    # The relations are in the published revision too: publishing it again keeps them.
    decree = LegalDocument.objects.get(number="138/2020/NĐ-CP")
    decree.latest_revision.publish()
    assert decree.outgoing_relations.count() == 2


def test_a_relation_to_an_unknown_or_ambiguous_number_is_refused():
    LegalDocumentFactory(number="5/2020/QĐ-UBND", issuing_body=IssuingBody.objects.get(name="Ủy ban nhân dân tỉnh"))
    LegalDocumentFactory(number="5/2020/QĐ-UBND", issuing_body=IssuingBody.objects.get(name="Sở Nội vụ"))
    rows = table(
        "7/2024/NĐ-CP,Thử,Nghị định,Chính phủ,01/02/2024,99/1999/NĐ-CP",
        "8/2024/NĐ-CP,Thử,Nghị định,Chính phủ,01/02/2024,5/2020/QĐ-UBND",
        header=HEADER + ",Thay thế",
    )
    found = messages(ImportPlan(rows))
    assert any(m.startswith("Dòng 2: không tìm thấy văn bản số “99/1999/NĐ-CP”") for m in found)
    assert any(m.startswith("Dòng 3: số “5/2020/QĐ-UBND” khớp nhiều văn bản") for m in found)


def test_the_admin_form_offers_to_create_missing_entries(admin_client):
    url = reverse("legal_docs_import:import")
    upload = io.BytesIO("\n".join([HEADER, "1/2024/NQLT-X,Thử,Nghị quyết liên tịch,Chính phủ,01/02/2024"]).encode())
    upload.name = "moi.csv"
    response = admin_client.post(url, {"file": upload})
    assert "Nghị quyết liên tịch" in response.content.decode()
    assert LegalDocument.objects.count() == 0
    upload.seek(0)
    response = admin_client.post(url, {"file": upload, "create_missing": "on"})
    assert response.status_code == 302
    assert LegalDocument.objects.get().document_type.name == "Nghị quyết liên tịch"
