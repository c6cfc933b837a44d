"""Importing the portal's CSV export: all rows or none, every problem named with its row."""

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from procedures.importing import plan_import, save_import
from procedures.models import Procedure
from seed.factories.editorial import UserFactory
from seed.factories.procedures import ProcedureFactory, csv_bytes

pytestmark = pytest.mark.django_db

URL = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc="


def test_import_creates_and_updates_by_code():
    ProcedureFactory(code="1.005384", name="Tên cũ")
    plan = plan_import(
        csv_bytes(
            f'1.005384,Thi tuyển công chức,"Công chức, viên chức",Cấp Tỉnh,{URL}1',
            f"2.000346,Tặng Giấy khen,Thi đua - khen thưởng,Cấp Xã,{URL}2",
        ),
        "export.csv",
    )
    assert plan.errors == []
    save_import(plan)
    assert (plan.created, plan.updated) == (1, 1)
    assert Procedure.objects.get(code="1.005384").name == "Thi tuyển công chức"
    assert Procedure.objects.get(code="2.000346").get_level_display() == "Cấp xã"


def test_bad_rows_are_each_reported_and_nothing_is_saved():
    plan = plan_import(
        csv_bytes(
            f"1.000001,Thủ tục đúng,Việc làm,Cấp tỉnh,{URL}1",
            f"1.000002,,Việc làm,Cấp tỉnh,{URL}2",
            f"1.000003,Cấp lạ,Việc làm,Cấp huyện,{URL}3",
            "1.000004,Đường dẫn lạ,Việc làm,Cấp tỉnh,http://example.com/tt",
            f"1.000001,Trùng mã,Việc làm,Cấp tỉnh,{URL}1",
        ),
        "export.csv",
    )
    text = "\n".join(plan.errors)
    assert len(plan.errors) == 4, text
    assert plan.errors[0].startswith("Dòng 3: tên thủ tục")
    assert "Dòng 4: cấp thực hiện “Cấp huyện” không hợp lệ" in text
    assert "Dòng 5: đường dẫn trên Cổng Dịch vụ công" in text
    assert "Dòng 6: mã thủ tục 1.000001 trùng với dòng 2" in text
    assert not Procedure.objects.exists()


def test_command_refuses_a_file_without_required_columns(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(csv_bytes("1.000001,Thủ tục", header="Mã thủ tục,Tên thủ tục"))
    with pytest.raises(CommandError, match="thiếu cột bắt buộc: Lĩnh vực, Cấp thực hiện"):
        call_command("import_procedures", str(path))


def test_admin_import_screen_shows_row_errors_then_imports(client):
    client.force_login(UserFactory(is_superuser=True))
    url = "/admin/snippets/procedures/procedure/nhap/"
    bad = SimpleUploadedFile("export.csv", csv_bytes(f"1.000001,Thủ tục,Việc làm,Cấp huyện,{URL}1"))
    response = client.post(url, {"file": bad})
    assert "Dòng 2: cấp thực hiện “Cấp huyện” không hợp lệ" in response.content.decode()
    assert not Procedure.objects.exists()
    good = SimpleUploadedFile("export.csv", csv_bytes(f"1.000001,Thủ tục,Việc làm,Cấp tỉnh,{URL}1"))
    response = client.post(url, {"file": good}, follow=True)
    assert "Đã nhập 1 thủ tục mới, cập nhật 0 thủ tục." in response.content.decode()
    assert Procedure.objects.count() == 1


def test_admin_import_screen_refuses_a_file_over_its_size_limit(client):
    client.force_login(UserFactory(is_superuser=True))
    header = csv_bytes(f"1.000001,Thủ tục,Việc làm,Cấp tỉnh,{URL}1")
    too_big = SimpleUploadedFile("export.csv", header + b" " * (5 * 1024 * 1024))
    response = client.post("/admin/snippets/procedures/procedure/nhap/", {"file": too_big})
    assert "Tệp quá lớn; tối đa 5 MB." in response.content.decode()
    assert not Procedure.objects.exists()


def test_the_import_screen_needs_both_adding_and_changing_procedures(client):
    editor = UserFactory()
    editor.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="add_procedure")
    )
    client.force_login(editor)
    # Wagtail answers a refusal in the admin with a redirect to the dashboard.
    assert client.get("/admin/snippets/procedures/procedure/nhap/").url == reverse("wagtailadmin_home")
    editor.user_permissions.add(Permission.objects.get(codename="change_procedure"))
    assert client.get("/admin/snippets/procedures/procedure/nhap/").status_code == 200
