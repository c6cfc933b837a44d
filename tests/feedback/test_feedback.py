"""The "Phản hồi" form under content, its inbox and the reply by email."""

import re

import pytest
from django.contrib.messages.middleware import MessageMiddleware
from django.core import mail
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from feedback.models import Feedback
from feedback.models.feedback import FeedbackStatus
from feedback.targets import target_token
from seed.factories.feedback import FeedbackFactory
from seed.factories.site_home import StandardPageFactory

VALID = {
    "name": "Trần Thị Bích",
    "email": "bich@example.com",
    "phone": "0905 123 456",
    "content": "Đề nghị bổ sung.",
    "consent": "on",
}


@pytest.fixture
def content_page(home_page):
    return StandardPageFactory(parent=home_page, title="Giới thiệu", slug="gioi-thieu")


def render_form(request, obj):
    return Template("{% load feedback_tags %}{% feedback_form obj %}").render(Context({"request": request, "obj": obj}))


@pytest.mark.django_db
def test_form_renders_under_content_with_a_signed_reference(content_page):
    html = render_form(RequestFactory().get("/gioi-thieu/"), content_page)
    assert 'action="/phan-hoi/"' in html
    assert "Thông tin người gửi phản hồi" in html
    assert "Nghị định" in html and "13/2023/NĐ-CP" in html
    token = re.search(r'name="target" value="([^"]+)"', html).group(1)
    assert token == target_token(content_page)


@pytest.mark.django_db
def test_valid_feedback_is_stored_with_its_page_and_redirects_back(
    client, content_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/phan-hoi/", {**VALID, "target": target_token(content_page)})
    assert response.status_code == 302
    assert response.url == content_page.url + "#phan-hoi"
    feedback = Feedback.objects.get()
    assert feedback.target == content_page
    assert (feedback.target_title, feedback.phone, feedback.status) == ("Giới thiệu", "0905123456", FeedbackStatus.NEW)


@pytest.mark.django_db
def test_success_message_shows_in_the_form_after_redirect(client, content_page):
    client.post("/phan-hoi/", {**VALID, "target": target_token(content_page)})
    request = RequestFactory().get(content_page.url)
    request.session = client.session
    request.COOKIES = {k: v.value for k, v in client.cookies.items()}
    MessageMiddleware(lambda request: None).process_request(request)  # the messages the redirect carries
    assert "Cảm ơn bạn đã gửi phản hồi" in render_form(request, content_page)


@pytest.mark.django_db
def test_invalid_feedback_rerenders_with_errors_and_keeps_input(client, content_page):
    response = client.post("/phan-hoi/", {**VALID, "phone": "12345", "target": target_token(content_page)})
    body = response.content.decode()
    assert response.status_code == 400
    assert "Số điện thoại chưa đúng" in body
    assert "Đề nghị bổ sung." in body
    assert content_page.title in body
    assert not Feedback.objects.exists()


@pytest.mark.django_db
def test_forged_reference_is_refused(client, content_page):
    assert client.post("/phan-hoi/", {**VALID, "target": "abc"}).status_code == 404
    assert client.get("/phan-hoi/").status_code == 405


@pytest.mark.django_db
def test_consent_is_required(client, content_page):
    data = {**VALID, "target": target_token(content_page)}
    del data["consent"]
    response = client.post("/phan-hoi/", data)
    assert "Bạn cần đồng ý với việc xử lý dữ liệu cá nhân" in response.content.decode()


@pytest.mark.django_db
def test_reply_by_email_is_recorded_and_sent(client, staff, django_capture_on_commit_callbacks):
    feedback = FeedbackFactory()
    client.force_login(staff)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("feedback_feedback:reply", args=[feedback.pk]), {"reply": "Sở đã cập nhật, cảm ơn bạn."})
    feedback.refresh_from_db()
    assert feedback.status == FeedbackStatus.HANDLED
    assert feedback.replied_by == staff and feedback.replied_at
    assert mail.outbox[-1].to == [feedback.email]
    assert "Sở đã cập nhật, cảm ơn bạn." in mail.outbox[-1].body


@pytest.mark.django_db
def test_inbox_marks_spam_filters_and_exports(client, staff):
    spam = FeedbackFactory(content="Mua ngay!")
    kept = FeedbackFactory(content="Góp ý thật")
    client.force_login(staff)
    client.post(reverse("feedback_feedback:spam", args=[spam.pk]))
    spam.refresh_from_db()
    assert spam.status == FeedbackStatus.SPAM
    listing = client.get(reverse("feedback_feedback:index") + "?status=new").content.decode()
    assert kept.name in listing
    assert reverse("feedback_feedback:reply", args=[kept.pk]) in listing
    export = client.get(reverse("feedback_feedback:index") + "?export=csv")
    assert "Góp ý thật" in b"".join(export.streaming_content).decode()


@pytest.mark.django_db
def test_actions_need_permission(client, django_user_model):
    feedback = FeedbackFactory()
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("khach", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.post(reverse("feedback_feedback:spam", args=[feedback.pk]))
    # Refused: without permission (302/403), or, working on no site, the row is not found (404).
    assert response.status_code in (302, 403, 404)
    feedback.refresh_from_db()
    assert feedback.status == FeedbackStatus.NEW


@pytest.mark.django_db
def test_staff_cannot_invent_feedback(client, staff):
    client.force_login(staff)
    listing = client.get(reverse("feedback_feedback:index"))
    assert listing.status_code == 200
    assert client.get("/admin/phan-hoi/new/").status_code == 404
