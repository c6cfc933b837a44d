"""The online request form: tracking code, statutory deadline, consent, spam care and privacy."""

import datetime
import io
import re

import pytest
from django.test import override_settings
from django.utils import timezone
from openpyxl import load_workbook

from access_info.models import InformationRequest, RequestStatus
from access_info.privacy import purge_request_personal_data
from feedback.deadlines import add_working_days
from feedback.models import PendingEmail
from seed.factories.access_info import VALID_REQUEST, InformationRequestFactory
from seed.factories.editorial import UserFactory

pytestmark = pytest.mark.django_db

FORM_URL = "/tiep-can-thong-tin/yeu-cau/"
TRACK_URL = "/tiep-can-thong-tin/tra-cuu/"


def test_a_request_gets_a_code_a_deadline_and_a_receipt(client, home_page):
    response = client.post(FORM_URL, VALID_REQUEST)
    assert response.status_code == 302
    request = InformationRequest.objects.get()
    assert re.fullmatch(r"TT-\d{4}-[2-9A-Z]{6}", request.tracking_code)
    assert request.id_number == "048190001234"
    assert request.deadline == add_working_days(timezone.localdate(), 10)
    assert request.consented_at is not None
    assert request.status == RequestStatus.NEW
    html = client.get(response.url).content.decode()
    assert request.tracking_code in html
    assert request.deadline.strftime("%d/%m/%Y") in html
    receipt = PendingEmail.objects.get(to=["binh.tran@example.com"])
    assert request.tracking_code in receipt.subject


@pytest.mark.parametrize(
    "change, message",
    [
        ({"consent": ""}, "Bạn cần đồng ý với việc xử lý dữ liệu cá nhân"),
        ({"id_number": "12345"}, "Số định danh chưa đúng"),
        ({"email": "khong-phai-email"}, "Địa chỉ thư điện tử chưa đúng"),
        ({"information": ""}, "Vui lòng nhập thông tin yêu cầu cung cấp."),
    ],
)
def test_bad_input_is_explained_and_nothing_typed_is_lost(client, home_page, change, message):
    response = client.post(FORM_URL, {**VALID_REQUEST, **change})
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert "Phường Hải Châu, thành phố Đà Nẵng" in html
    assert not InformationRequest.objects.exists()


@pytest.mark.parametrize(
    "field, value",
    [
        ("name", "\x00\x01<script>alert(1)</script>"),
        ("information", "x" * 20000),
        ("id_number", "０４８１９０００１２３４"),  # full-width digits
        ("delivery", "fax"),
        ("email", "a@" + "b" * 300 + ".vn"),
        ("phone", "+84 (0) 905-123-456-789-000"),
    ],
)
def test_hostile_input_never_fails(client, home_page, field, value):
    response = client.post(FORM_URL, {**VALID_REQUEST, field: value})
    assert response.status_code in (302, 400)
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_honeypot_saves_nothing_but_looks_like_success(client, home_page):
    response = client.post(FORM_URL, {**VALID_REQUEST, "spam_website": "http://spam.example"})
    assert response.status_code == 302
    assert not InformationRequest.objects.exists()


@override_settings(FEEDBACK_RATE_LIMIT=1)
def test_the_rate_limit_shared_with_hoi_dap_asks_for_a_captcha(client, home_page):
    assert client.post(FORM_URL, VALID_REQUEST).status_code == 302
    response = client.post(FORM_URL, VALID_REQUEST)
    assert response.status_code == 400
    assert 'name="spam_captcha"' in response.content.decode()
    assert InformationRequest.objects.count() == 1


@override_settings(FEEDBACK_RATE_LIMIT=100, ACCESS_INFO_NOTIFY_EMAILS=[])
def test_receipts_to_one_address_are_limited_per_day(client, home_page, settings):
    """Anyone may type any address: the form must not become a way to flood someone's mailbox."""
    for n in range(5):
        client.post(FORM_URL, {**VALID_REQUEST, "information": f"Yêu cầu số {n}", "email": "NanNhan@example.com"})
    assert InformationRequest.objects.count() == 5  # every request is kept, and answered in time
    receipts = PendingEmail.objects.filter(to=["NanNhan@example.com"])
    assert receipts.count() == settings.FEEDBACK_RECEIPTS_PER_ADDRESS_PER_DAY == 3


def test_tracking_needs_code_and_email(client, home_page):
    request = InformationRequestFactory(status=RequestStatus.PROVIDED, reply="Kế hoạch gửi kèm thư.")
    found = client.post(TRACK_URL, {"code": request.tracking_code.lower(), "email": "BINH.TRAN@example.com"})
    assert "Đã cung cấp" in found.content.decode() and "Kế hoạch gửi kèm thư." in found.content.decode()
    wrong = client.post(TRACK_URL, {"code": request.tracking_code, "email": "khac@example.com"})
    assert "Không tìm thấy yêu cầu" in wrong.content.decode()
    assert "Kế hoạch gửi kèm thư." not in wrong.content.decode()


def test_contact_details_are_erased_after_the_retention_period(settings):
    old = InformationRequestFactory(status=RequestStatus.PROVIDED, reply="Đã gửi.")
    InformationRequest.objects.filter(pk=old.pk).update(handled_at=timezone.now() - datetime.timedelta(days=400))
    pending = InformationRequestFactory(status=RequestStatus.PROCESSING)
    assert purge_request_personal_data() == 1
    old.refresh_from_db()
    pending.refresh_from_db()
    assert (old.name, old.id_number, old.email, old.address) == ("", "", "", "")
    assert old.information and old.personal_data_erased_at
    assert pending.id_number == "048190001234"


def test_admin_inbox_records_the_reply_and_refuses_a_decision_without_one(client):
    request = InformationRequestFactory()
    client.force_login(UserFactory(is_superuser=True))
    listing = client.get("/admin/yeu-cau-thong-tin/")
    assert request.tracking_code in listing.content.decode()
    url = f"/admin/yeu-cau-thong-tin/edit/{request.pk}/"
    data = {"status": RequestStatus.PROVIDED, "deadline": request.deadline or "", "handled_by": "", "reply": ""}
    refused = client.post(url, data)
    assert "Ghi nội dung đã cung cấp hoặc lý do từ chối" in refused.content.decode()
    client.post(url, {**data, "reply": "Kế hoạch số 12/KH-SNV gửi qua thư điện tử."})
    request.refresh_from_db()
    assert request.status == RequestStatus.PROVIDED and request.handled_at is not None
    assert request.name == "Trần Thị Bình"  # what the citizen sent is read-only


def test_admin_inbox_is_closed_to_staff_without_the_permission(client):
    user = UserFactory()
    user.user_permissions.add(
        *__import__("django.contrib.auth.models", fromlist=["Permission"]).Permission.objects.filter(
            codename="access_admin"
        )
    )
    client.force_login(user)
    response = client.get("/admin/yeu-cau-thong-tin/")
    assert response.status_code in (302, 403)


def test_the_one_line_address_field_asks_for_the_first_address_line(client, home_page):
    html = client.get("/tiep-can-thong-tin/yeu-cau/").content.decode()
    assert 'autocomplete="address-line1"' in html and "street-address" not in html  # a one-line input


def test_the_inbox_export_cannot_turn_a_citizens_text_into_a_formula(client):
    InformationRequestFactory(information='=HYPERLINK("http://x.example","Bấm")', purpose="@SUM(1)")
    client.force_login(UserFactory(is_superuser=True))
    text = client.get("/admin/yeu-cau-thong-tin/?export=csv").getvalue().decode()
    assert "'=HYPERLINK" in text and "'@SUM(1)" in text
    assert ",=HYPERLINK" not in text.replace('"', "")


def test_the_inbox_export_reads_as_the_screen_local_times_and_labels(client):
    sent = datetime.datetime(2026, 12, 6, 20, 30, tzinfo=datetime.UTC)  # 07/12/2026 03:30 in Hà Nội
    request = InformationRequestFactory()
    InformationRequest.objects.filter(pk=request.pk).update(submitted_at=sent)
    client.force_login(UserFactory(is_superuser=True))
    csv_text = client.get("/admin/yeu-cau-thong-tin/?export=csv").getvalue().decode()
    assert "07/12/2026 03:30" in csv_text and "Mới gửi" in csv_text
    assert "+00:00" not in csv_text and ",new," not in csv_text
    workbook = load_workbook(io.BytesIO(client.get("/admin/yeu-cau-thong-tin/?export=xlsx").getvalue()))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[1][1] == datetime.datetime(2026, 12, 7, 3, 30) and rows[1][2] == "Mới gửi"
