"""News up to the provincial portal: a component's editor proposes, the portal's own board approves,
the portal names and links the source, and the copy leaves the portal with its source."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import WorkflowState

from components.provisioning import create_component, group_name
from editorial.roles import BOARD_CHAIR, BOARD_MEMBERS, UNIT_EDITORS
from news_pages.models import NewsIndexPage, NewsPage
from seed.factories.editorial import UserFactory
from seed.factories.news_pages import NewsCategoryPageFactory, NewsPageFactory, UnitFactory
from site_home.models import SiteKind

pytestmark = pytest.mark.django_db

PORTAL_HOST = "quangngai.localhost"
COMPONENT_HOST = "sotuphap.localhost"
PORTAL = "Cổng TTĐT tỉnh Quảng Ngãi"
COMPONENT = "Sở Tư pháp"
COPY_PATH = "/tin-tuc/tin-cac-so-nganh-dia-phuong/cap-phieu-ly-lich-tu-phap/"
TITLE = "Sở Tư pháp triển khai cấp phiếu lý lịch tư pháp trên ứng dụng VNeID"


@pytest.fixture
def platform(home_page):
    portal = create_component(PORTAL, PORTAL_HOST, kind=SiteKind.PROVINCE)
    component = create_component(COMPONENT, COMPONENT_HOST, kind=SiteKind.DEPARTMENT)
    return portal, component


@pytest.fixture
def article(platform):
    _portal, component = platform
    index = NewsIndexPage.objects.child_of(component.home).get()
    category = NewsCategoryPageFactory(parent=index, title="Hoạt động", slug="hoat-dong")
    return NewsPageFactory(
        parent=category,
        title=TITLE,
        slug="cap-phieu-ly-lich-tu-phap",
        unit=UnitFactory(name="Phòng Hành chính tư pháp"),
    )


@pytest.fixture
def component_editor(platform):
    return UserFactory(username="btv-tuphap", groups=[group_name(COMPONENT, UNIT_EDITORS)])


@pytest.fixture
def portal_board(platform):
    member = UserFactory(username="tv-cong", groups=[group_name(PORTAL, BOARD_MEMBERS)])
    chair = UserFactory(username="truongban-cong", groups=[group_name(PORTAL, BOARD_CHAIR)])
    return member, chair


def propose(client, user, article):
    client.force_login(user)
    return client.post(reverse("portal_proposal:propose", args=[article.pk]), follow=True)


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def portal_page(client, path):
    return client.get(path, HTTP_HOST=PORTAL_HOST)


def test_the_editor_is_offered_the_action_on_a_published_article(client, article, component_editor):
    client.force_login(component_editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    assert "Đưa lên Cổng tỉnh" in edit and reverse("portal_proposal:propose", args=[article.pk]) in edit


def test_no_portal_no_action(client, article, component_editor, platform):
    portal, _component = platform
    portal.site.delete()
    client.force_login(component_editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    assert "Đưa lên Cổng tỉnh" not in edit
    assert client.post(reverse("portal_proposal:propose", args=[article.pk])).status_code in (302, 403)
    assert not NewsPage.objects.filter(source_page=article).exists()


def test_the_article_reaches_the_portal_only_through_the_portal_board(client, article, component_editor, portal_board):
    member, chair = portal_board
    response = propose(client, component_editor, article)
    assert "chờ Ban Biên tập Cổng tỉnh duyệt" in " ".join(messages_of(response))
    copy = NewsPage.objects.get(source_page=article)
    assert not copy.live
    assert copy.get_workflow().name == f"{PORTAL} – Duyệt tin bài"
    assert copy.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert copy.url_path.endswith(COPY_PATH)

    client.logout()
    assert TITLE not in portal_page(client, "/tin-tuc/").content.decode()
    assert portal_page(client, COPY_PATH).status_code == 404

    copy.current_workflow_task_state.approve(user=member)
    copy.refresh_from_db()
    assert not copy.live
    assert TITLE not in portal_page(client, "/tin-tuc/").content.decode()

    copy.current_workflow_task_state.approve(user=chair)
    assert TITLE in portal_page(client, "/tin-tuc/").content.decode()
    assert TITLE in portal_page(client, "/").content.decode()
    detail = portal_page(client, COPY_PATH)
    body = detail.content.decode()
    original = f"http://{COMPONENT_HOST}/tin-tuc/hoat-dong/cap-phieu-ly-lich-tu-phap/"
    assert f'<link rel="canonical" href="{original}">' in body
    assert f'Nguồn: <a href="{original}">{COMPONENT}</a>' in body
    # The component's own site still serves its original, canonical to itself.
    own = client.get("/tin-tuc/hoat-dong/cap-phieu-ly-lich-tu-phap/", HTTP_HOST=COMPONENT_HOST).content.decode()
    assert f'<link rel="canonical" href="{original}">' in own


def test_proposing_twice_is_refused(client, article, component_editor):
    propose(client, component_editor, article)
    response = propose(client, component_editor, article)
    assert "đã được đưa lên Cổng tỉnh: mỗi tin bài chỉ đưa lên một lần" in " ".join(messages_of(response))
    assert NewsPage.objects.filter(source_page=article).count() == 1


def test_two_articles_with_one_slug_both_reach_the_portal(client, article, component_editor):
    notices = NewsCategoryPageFactory(parent=article.get_parent().get_parent(), title="Thông báo", slug="thong-bao")
    twin = NewsPageFactory(parent=notices, title="Thông báo cấp phiếu lý lịch tư pháp", slug=article.slug)
    propose(client, component_editor, article)
    propose(client, component_editor, twin)
    copies = NewsPage.objects.filter(source_page__in=[article, twin]).order_by("pk")
    assert list(copies.values_list("slug", flat=True)) == [article.slug, f"{article.slug}-2"]


def test_a_draft_cannot_be_proposed(client, article, component_editor):
    article.unpublish()
    client.force_login(component_editor)
    assert client.post(reverse("portal_proposal:propose", args=[article.pk])).status_code in (302, 403)
    assert not NewsPage.objects.filter(source_page=article).exists()


def test_a_component_editor_cannot_approve_on_the_portal(client, article, component_editor):
    propose(client, component_editor, article)
    copy = NewsPage.objects.get(source_page=article)
    task_state = copy.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[copy.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": ""})
    assert response.status_code in (302, 403)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[copy.pk])).status_code in (302, 403)
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_IN_PROGRESS
    copy.refresh_from_db()
    assert not copy.live


@pytest.fixture
def published_copy(client, article, component_editor, portal_board):
    member, chair = portal_board
    propose(client, component_editor, article)
    client.logout()
    copy = NewsPage.objects.get(source_page=article)
    copy.current_workflow_task_state.approve(user=member)
    copy.current_workflow_task_state.approve(user=chair)
    copy.refresh_from_db()
    assert copy.live and TITLE in portal_page(client, "/tin-tuc/").content.decode()
    return copy


def test_unpublishing_the_source_takes_the_copy_off_the_portal(client, article, published_copy):
    article.unpublish()
    published_copy.refresh_from_db()
    assert not published_copy.live
    assert TITLE not in portal_page(client, "/tin-tuc/").content.decode()
    assert TITLE not in portal_page(client, "/").content.decode()
    assert portal_page(client, COPY_PATH).status_code == 404


def test_deleting_the_source_takes_the_copy_off_the_portal(client, article, published_copy):
    assert portal_page(client, COPY_PATH).status_code == 200
    article.delete()
    published_copy.refresh_from_db()
    assert not published_copy.live and published_copy.source_page is None
    assert portal_page(client, COPY_PATH).status_code == 404
    assert TITLE not in portal_page(client, "/tin-tuc/").content.decode()


def test_a_copy_under_review_stops_when_its_source_is_unpublished(client, article, component_editor):
    propose(client, component_editor, article)
    article.unpublish()
    copy = NewsPage.objects.get(source_page=article)
    assert copy.current_workflow_state is None
    assert not copy.live


def test_the_unit_stays_required_on_articles_but_not_on_portal_copies(client, article, component_editor, portal_board):
    _member, chair = portal_board
    propose(client, component_editor, article)
    copy = NewsPage.objects.get(source_page=article)
    form_class = NewsPage.get_edit_handler().get_form_class()
    assert form_class(instance=article, for_user=chair).fields["unit"].required
    assert not form_class(instance=copy, for_user=chair).fields["unit"].required
