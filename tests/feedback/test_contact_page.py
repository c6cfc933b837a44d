"""The "Liên hệ" page: Wagtail's form builder, placed once under the home page, spam-protected."""

import pytest
from django.test import override_settings
from wagtail.contrib.forms.models import FormSubmission
from wagtail.test.utils import WagtailPageTestCase

from feedback.models import ContactFormField, ContactPage, PendingEmail
from site_home.models import HomePage, StandardPage


@pytest.fixture
def contact_page(home_page):
    page = ContactPage(title="Liên hệ", slug="lien-he", to_address="sonv@example.com", subject="Liên hệ mới")
    page.form_fields.add(ContactFormField(label="Họ và tên", field_type="singleline", required=True))
    page.form_fields.add(ContactFormField(label="Nội dung", field_type="multiline", required=True))
    home_page.add_child(instance=page)
    return page


class TestTreeRules(WagtailPageTestCase):
    def test_contact_page_lives_only_under_the_home_page(self):
        self.assertAllowedParentPageTypes(ContactPage, {HomePage})
        self.assertCanNotCreateAt(StandardPage, ContactPage)
        self.assertAllowedSubpageTypes(ContactPage, set())


@pytest.mark.django_db
@override_settings(MAILERS={"default": {"BACKEND": "feedback.mail.OutboxEmailBackend"}})
def test_contact_page_renders_and_accepts_a_message(client, contact_page):
    body = client.get("/lien-he/").content.decode()
    assert "Họ và tên" in body and 'name="spam_website"' in body
    response = client.post("/lien-he/", {"ho_va_ten": "Lê Văn Tám", "noi_dung": "Xin số điện thoại Văn phòng."})
    assert response.status_code == 200
    submission = FormSubmission.objects.get()
    assert submission.form_data["noi_dung"] == "Xin số điện thoại Văn phòng."
    assert "spam_website" not in submission.form_data
    email = PendingEmail.objects.get()
    assert email.to == ["sonv@example.com"]
    assert "Lê Văn Tám" in email.body and "Xin số điện thoại Văn phòng." in email.html_body


@pytest.mark.django_db
def test_an_empty_field_is_named_and_what_was_typed_is_kept(client, contact_page):
    response = client.post("/lien-he/", {"ho_va_ten": "Lê Văn Tám", "noi_dung": ""})
    assert response.status_code == 400
    body = response.content.decode()
    assert "Vui lòng nhập nội dung." in body and 'value="Lê Văn Tám"' in body
    assert not FormSubmission.objects.exists()


@pytest.mark.django_db
def test_contact_honeypot_saves_nothing(client, contact_page):
    client.post("/lien-he/", {"ho_va_ten": "Bot", "noi_dung": "Spam", "spam_website": "x"})
    assert not FormSubmission.objects.exists()


@pytest.mark.django_db
@override_settings(FEEDBACK_RATE_LIMIT=1)
def test_contact_page_asks_for_captcha_after_the_limit(client, contact_page):
    client.post("/lien-he/", {"ho_va_ten": "Lê Văn Tám", "noi_dung": "Lần một."})
    response = client.post("/lien-he/", {"ho_va_ten": "Lê Văn Tám", "noi_dung": "Lần hai."})
    assert 'name="spam_captcha"' in response.content.decode()
    assert FormSubmission.objects.count() == 1


@pytest.mark.django_db
def test_only_one_contact_page(contact_page):
    assert ContactPage.can_create_at(contact_page.get_parent().specific) is False
