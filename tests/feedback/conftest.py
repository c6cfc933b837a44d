import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from wagtail.models import GroupApprovalTask, Workflow, WorkflowContentType, WorkflowTask

from feedback.models import Question
from seed.factories.feedback import TopicFactory, UnitFactory

VALID_QUESTION = {
    "name": "Nguyễn Văn An",
    "email": "an.nguyen@example.com",
    "phone": "0912 345 678",
    "address": "Tam Kỳ, Quảng Nam",
    "title": "Điều kiện xét chuyển viên chức sang công chức",
    "question": "Tôi là viên chức có 6 năm công tác, có đủ điều kiện không?",
    "consent": "on",
}


@pytest.fixture
def topic(db):
    return TopicFactory(name="Công chức - viên chức")


@pytest.fixture
def unit(db):
    return UnitFactory(name="Phòng Công chức, viên chức", short_name="CCVC")


@pytest.fixture
def question_data(topic):
    return {**VALID_QUESTION, "topic": topic.pk}


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_superuser("bientap", "bientap@example.com", "matkhau")


@pytest.fixture
def board_workflow(db, staff):
    """A one-step board approval attached to questions, as the editorial app will set up."""
    task = GroupApprovalTask.objects.create(name="Ban Biên tập duyệt")
    workflow = Workflow.objects.create(name="Duyệt tin bài")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowContentType.objects.create(workflow=workflow, content_type=ContentType.objects.get_for_model(Question))
    return workflow
