"""Every public page type and the main admin screens run under the CSP without a violation."""

import pytest
from django.contrib.auth import get_user_model

from seed.factories.feedback import QuestionFactory, TopicFactory
from seed.factories.legal_docs import LegalDocumentFactory
from seed.factories.news_pages import NewsIndexPageFactory, NewsPageFactory
from tests.browser.conftest import sign_in


@pytest.fixture
def content(site):
    news_index = NewsIndexPageFactory(parent=site, title="Tin tức", slug="tin-tuc")
    article = NewsPageFactory(parent=news_index, title="Hội nghị tổng kết công tác nội vụ", slug="hoi-nghi")
    document = LegalDocumentFactory(title="Luật Cán bộ, công chức")
    question = QuestionFactory.published(topic=TopicFactory(name="Công chức"))
    return {"article": article, "document": document, "question": question, "news_index": news_index}


def watch_violations(page):
    """CSP violations as the browser reports them, in the page and on the console."""
    violations = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => console.error("
        "'Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))"
    )
    return violations


def test_public_pages_load_without_csp_violations(page, live_server, content):
    violations = watch_violations(page)
    paths = [
        "/",
        content["news_index"].url,
        content["article"].url,
        "/van-ban/",
        content["document"].get_absolute_url(),
        "/hoi-dap/",
        "/hoi-dap/dat-cau-hoi/",
        content["question"].get_absolute_url(),
        "/tim-kiem/?q=c%C3%B4ng+ch%E1%BB%A9c",
    ]
    for path in paths:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]
        page.wait_for_load_state("networkidle")
    assert sorted(set(violations)) == []


def test_main_admin_screens_work_without_csp_violations(page, live_server, content):
    get_user_model().objects.create_superuser("bientap", "bientap@example.com", "mat-khau-bien-tap")
    violations = watch_violations(page)
    sign_in(page, live_server, "bientap", "mat-khau-bien-tap")
    for path in [
        "/admin/",
        f"/admin/pages/{content['news_index'].pk}/",
        f"/admin/pages/{content['article'].pk}/edit/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/users/",
    ]:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        page.wait_for_load_state("networkidle")
    assert sorted(set(violations)) == []
