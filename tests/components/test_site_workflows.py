"""A component's legal documents and questions go through its own board: its board members
review them, its chair approves them last, and the default site's board neither sees them on its
dashboard nor can act on them (issue #22)."""

import re
from types import SimpleNamespace

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from components.provisioning import create_component, document_workflow_name, group_name, workflow_name
from consultations.models import DraftDocument
from disclosure.models import DisclosureItem
from editorial.models import EditorProfile
from editorial.roles import (
    BOARD_CHAIR,
    BOARD_MEMBERS,
    OWN_WORKFLOW_NAMES,
    UNIT_EDITORS,
    WORKFLOW_NAME,
    setup_editorial,
)
from feedback.models import Question
from legal_docs.models import LegalDocument
from seed.factories.core import TopicFactory
from seed.factories.editorial import UnitFactory, UserFactory
from seed.factories.feedback import QuestionFactory
from tests.legal_docs.test_admin import form_data
from work_calendar.models import WorkCalendarEntry

pytestmark = pytest.mark.django_db

TITLE = "Quyết định về quy chế tiếp công dân của Sở Tư pháp"


@pytest.fixture
def boards(home_page):
    """The default site's board and the component "Sở Tư pháp" with its unit editor and board."""
    setup_editorial()
    component = create_component("Sở Tư pháp", "sotuphap.localhost")
    name = component.site.site_name
    unit = UnitFactory(name="Phòng Phổ biến pháp luật", short_name="PBPL", site=component.site)
    editor = UserFactory(username="bientap_stp", groups=[group_name(name, UNIT_EDITORS)])
    EditorProfile.objects.create(user=editor, unit=unit)
    return SimpleNamespace(
        site=component.site,
        unit=unit,
        editor=editor,
        member=UserFactory(username="thanhvien_stp", groups=[group_name(name, BOARD_MEMBERS)]),
        chair=UserFactory(username="truongban_stp", groups=[group_name(name, BOARD_CHAIR)]),
        default_member=UserFactory(username="thanhvien_tinh", groups=[BOARD_MEMBERS]),
        default_chair=UserFactory(username="truongban_tinh", groups=[BOARD_CHAIR]),
    )


def snippet_url(model, name, *args):
    return reverse(model.snippet_viewset.get_url_name(name), args=args)


def refused(response):
    """Another site's object is not found (components.viewsets); a forbidden action is a 403 or
    a redirect to the dashboard."""
    return response.status_code in (403, 404) or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def act(client, user, obj, action="approve"):
    client.force_login(user)
    response = client.post(
        snippet_url(type(obj), "workflow_action", obj.pk, action, obj.current_workflow_task_state.pk)
    )
    obj.refresh_from_db()
    return response


def dashboard(client, user):
    """The user's dashboard, in a session of their own (not showing the previous user's messages)."""
    client = Client()
    client.force_login(user)
    return client.get(reverse("wagtailadmin_home")).content.decode()


def test_component_document_goes_through_its_own_board(client, boards):
    client.force_login(boards.editor)
    response = client.post(
        snippet_url(LegalDocument, "add"),
        {**form_data(title=TITLE), "unit": boards.unit.pk, "action-submit": "action-submit"},
    )
    assert response.status_code == 302, response.context["form"].errors
    document = LegalDocument.objects.get()
    assert document.site == boards.site and not document.live

    # Sent to the component's own document workflow, whose first step is its board members'.
    assert document.current_workflow_state.workflow.name == "Sở Tư pháp – Duyệt văn bản"
    task = document.current_workflow_task.specific
    assert [group.name for group in task.groups.all()] == ["Sở Tư pháp – Thành viên Ban Biên tập"]

    # The default site's board neither sees it nor can approve it with a crafted request.
    assert TITLE not in dashboard(client, boards.default_member)
    assert refused(act(client, boards.default_member, document))
    assert document.current_workflow_task.pk == task.pk

    assert TITLE in dashboard(client, boards.member)
    act(client, boards.member, document)
    assert not document.live, "the board member's approval is not the last step"
    assert TITLE in dashboard(client, boards.chair)
    assert TITLE not in dashboard(client, boards.default_chair)
    assert refused(act(client, boards.default_chair, document))
    assert not document.live

    act(client, boards.chair, document)
    assert document.live

    # The default site's documents keep the board's own workflow.
    assert LegalDocument(number="1/2026/QĐ-UBND", title="Quyết định của tỉnh").get_workflow().name == "Duyệt văn bản"


def test_component_question_goes_through_its_own_board(client, boards):
    question = QuestionFactory(site=boards.site, title="Thủ tục cấp phiếu lý lịch tư pháp", live=False)
    question.save_revision(user=boards.editor)
    # Its edit screen offers the component's own workflow to the board member who answers it.
    client.force_login(boards.member)
    response = client.get(snippet_url(Question, "edit", question.pk))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Sở Tư pháp – Duyệt tin bài" in html

    question.get_workflow().start(question, boards.editor)
    question.refresh_from_db()
    assert [group.name for group in question.current_workflow_task.specific.groups.all()] == [
        "Sở Tư pháp – Thành viên Ban Biên tập"
    ]
    assert question.title not in dashboard(client, boards.default_member)
    assert refused(act(client, boards.default_member, question))
    assert question.title in dashboard(client, boards.member)
    act(client, boards.member, question)
    assert not question.live
    act(client, boards.chair, question)
    assert question.live


def create_form(model, boards):
    """What an editor fills in on the create screen of `model`, for the component's unit."""
    unit = boards.unit.pk
    forms = {
        LegalDocument: lambda: {**form_data(title=TITLE), "unit": unit},
        # A question received by phone, with who asked.
        Question: lambda: {
            "title": "Thủ tục cấp phiếu lý lịch tư pháp",
            "question": "Tôi cần những giấy tờ gì để xin phiếu lý lịch tư pháp số 2?",
            "topic": TopicFactory().pk,
            "name": "Phạm Văn Bình",
            "email": "",
            "phone": "",
            "address": "",
            "unit": unit,
            "answer": rich_text(""),
        },
        WorkCalendarEntry: lambda: {
            "starts_at": "15/12/2026 08:00",
            "ends_at": "",
            "title": "Họp giao ban Sở Tư pháp",
            "leaders": "Giám đốc Sở",
            "participants": "",
            "location": "",
            "preparing_unit": unit,
        },
        DraftDocument: lambda: {
            "title": "Dự thảo quy chế tiếp công dân",
            "summary": "",
            "drafting_unit": unit,
            "body": rich_text(""),
            "files": inline_formset([]),
            "opens_on": "01/12/2026",
            "closes_on": "31/12/2026",
            "reception_summary": rich_text(""),
        },
        DisclosureItem: lambda: {
            "kind": "tuyen-dung",
            "title": "Thông báo tuyển dụng công chức Sở Tư pháp",
            "number": "12/TB-STP",
            "unit": unit,
            "year": "2026",
            "period": "",
            "published_on": "01/12/2026",
            "summary": "",
            "body": rich_text(""),
            "files": inline_formset([]),
        },
    }
    return nested_form_data(forms[model]())


def submit_label(client, user, model):
    """The label of the create screen's "submit to the workflow" button."""
    client.force_login(user)
    html = client.get(snippet_url(model, "add")).content.decode()
    return re.search(r'<button[^>]*name="action-submit"[^>]*value="([^"]*)"', html).group(1)


WORKFLOW_KINDS = [LegalDocument, Question, WorkCalendarEntry, DraftDocument, DisclosureItem]


def own_workflow_name(model, site):
    return (document_workflow_name if model is LegalDocument else workflow_name)(site.site_name)


@pytest.mark.parametrize("model", WORKFLOW_KINDS, ids=lambda model: model.__name__)
def test_a_components_create_screen_offers_its_own_workflow(client, boards, model):
    assert own_workflow_name(model, boards.site) in submit_label(client, boards.editor, model)
    # The default site's people are offered their board's workflow.
    label = submit_label(client, boards.default_member, model)
    assert OWN_WORKFLOW_NAMES.get(model._meta.label, WORKFLOW_NAME) in label
    assert boards.site.site_name not in label


@pytest.mark.parametrize("model", WORKFLOW_KINDS, ids=lambda model: model.__name__)
def test_a_components_new_row_is_submitted_to_its_own_workflow(client, boards, model):
    label = submit_label(client, boards.editor, model)
    response = client.post(snippet_url(model, "add"), {**create_form(model, boards), "action-submit": label})
    assert response.status_code == 302, response.context["form"].errors
    row = model.objects.get(site=boards.site)
    assert not row.live
    assert row.current_workflow_state.workflow.name == own_workflow_name(model, boards.site)
    task = row.current_workflow_task.specific
    assert [group.name for group in task.groups.all()] == [group_name(boards.site.site_name, BOARD_MEMBERS)]
