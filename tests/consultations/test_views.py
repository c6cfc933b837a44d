"""Dự thảo lấy ý kiến: drafts open for comment, moderated comments, closed drafts still findable."""

import datetime

import pytest
from freezegun import freeze_time

from consultations.models import CommentStatus, DraftComment
from seed.factories.consultations import DraftCommentFactory, DraftDocumentFactory

pytestmark = pytest.mark.django_db
NOW = "2026-12-07 10:00:00+07:00"
VALID = {
    "name": "Phạm Thị Lan",
    "organisation": "UBND phường Hải Châu",
    "email": "lan.pham@example.com",
    "phone": "0905 111 222",
    "content": "Đề nghị làm rõ thời hạn giải quyết hồ sơ chế độ người có công.",
    "consent": "on",
}


@pytest.fixture
def drafts(home_page):
    return {
        "open": DraftDocumentFactory(title="Dự thảo Quy chế làm việc của Sở Nội vụ năm 2027"),
        "closed": DraftDocumentFactory(
            title="Dự thảo Kế hoạch tuyển dụng công chức năm 2026",
            opens_on=datetime.date(2026, 9, 1),
            closes_on=datetime.date(2026, 10, 1),
            reception_summary="<p>Tiếp thu 12/15 ý kiến; giải trình 3 ý kiến về chỉ tiêu.</p>",
        ),
        "unpublished": DraftDocumentFactory(title="Dự thảo chưa duyệt", live=False),
    }


@freeze_time(NOW)
def test_listing_filters_open_and_closed(client, drafts):
    body = client.get("/du-thao/").text
    assert "Quy chế làm việc" in body and "Kế hoạch tuyển dụng" in body and "chưa duyệt" not in body
    open_only = client.get("/du-thao/?trang_thai=dang-lay-y-kien").text
    assert "Quy chế làm việc" in open_only and "Kế hoạch tuyển dụng" not in open_only
    closed_only = client.get("/du-thao/?trang_thai=het-han").text
    assert "Kế hoạch tuyển dụng" in closed_only and "Quy chế làm việc" not in closed_only


@freeze_time(NOW)
def test_a_bad_filter_gets_a_message_not_an_error(client, drafts):
    response = client.get("/du-thao/?trang_thai=<x>")
    assert response.status_code == 400 and "Quy chế làm việc" in response.text


@freeze_time(NOW)
def test_comment_is_moderated_then_shown_and_counted(client, drafts):
    draft = drafts["open"]
    response = client.post(f"/du-thao/{draft.pk}/gop-y/", VALID)
    assert response.status_code == 302
    body = client.get(response.url).text
    assert "Góp ý sẽ được công khai sau khi được duyệt." in body
    assert "thời hạn giải quyết hồ sơ" not in body
    comment = DraftComment.objects.get()
    assert comment.consented_at is not None and comment.status == CommentStatus.NEW
    comment.status = CommentStatus.APPROVED
    comment.save()
    body = client.get(draft.get_absolute_url()).text
    assert "thời hạn giải quyết hồ sơ" in body and "Phạm Thị Lan, UBND phường Hải Châu" in body
    assert "lan.pham@example.com" not in body and "0905" not in body
    assert "1 góp ý" in client.get("/du-thao/").text


@freeze_time(NOW)
def test_comment_without_consent_or_content_is_refused_with_messages(client, drafts):
    data = {**VALID, "consent": "", "content": ""}
    response = client.post(f"/du-thao/{drafts['open'].pk}/gop-y/", data)
    assert response.status_code == 400
    assert "Bạn cần đồng ý với việc xử lý dữ liệu cá nhân" in response.text
    assert "Vui lòng nhập nội dung góp ý." in response.text
    assert 'value="Phạm Thị Lan"' in response.text  # nothing typed is lost
    assert not DraftComment.objects.exists()


@freeze_time(NOW)
def test_honeypot_and_rate_limit_protect_the_form(client, drafts, settings):
    url = f"/du-thao/{drafts['open'].pk}/gop-y/"
    client.post(url, {**VALID, "spam_website": "http://spam.example"})
    assert not DraftComment.objects.exists()
    settings.FEEDBACK_RATE_LIMIT = 1
    client.post(url, VALID)
    response = client.post(url, VALID)
    assert response.status_code == 400 and "Mã kiểm tra" in response.text
    assert DraftComment.objects.count() == 1


@freeze_time(NOW)
def test_closed_draft_shows_its_summary_and_takes_no_comment(client, drafts):
    draft = drafts["closed"]
    DraftCommentFactory(draft=draft, content="Đề nghị tăng chỉ tiêu cho phường.")
    body = client.get(draft.get_absolute_url()).text
    assert "Đã hết hạn góp ý" in body and "Tiếp thu 12/15 ý kiến" in body
    assert "Gửi góp ý" not in body and "Đề nghị tăng chỉ tiêu" in body
    response = client.post(f"/du-thao/{draft.pk}/gop-y/", VALID, follow=True)
    assert "đã hết hạn góp ý; góp ý của bạn chưa được gửi" in response.text
    assert DraftComment.objects.count() == 1


@freeze_time(NOW)
def test_open_draft_hides_the_summary_until_it_closes(client, drafts):
    draft = drafts["open"]
    draft.reception_summary = "<p>Bản tổng hợp sớm</p>"
    draft.save()
    assert "Bản tổng hợp sớm" not in client.get(draft.get_absolute_url()).text


def test_unpublished_and_unknown_drafts_are_not_found(client, drafts):
    assert client.get(f"/du-thao/{drafts['unpublished'].pk}/").status_code == 404
    assert client.post("/du-thao/999999/gop-y/", VALID).status_code == 404
