"""Demo articles that went through "Duyệt tin bài": published, waiting at each step, sent back.

Runs after the news section's demo (the last of `load_demo_content`'s modules): it re-runs
`setup_editorial` so editors get their rights on the news index that now exists, records the
demo rename, then has the demo accounts submit, approve and reject articles over past months.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test.utils import override_settings
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState

from editorial.demo import RENAME
from editorial.models import Unit, UnitNameChange
from editorial.roles import setup_editorial

# days ago submitted, editor, outcome ("published" / "review" / "final" / "rejected"), title
ARTICLES = [
    (100, "bientap.vp", "published", "Văn phòng Sở tổ chức tập huấn sử dụng phần mềm quản lý văn bản"),
    (95, "bientap.cchc", "published", "Kết quả chấm điểm Chỉ số cải cách hành chính quý I"),
    (70, "bientap.cchc", "published", "Hướng dẫn đánh giá mức độ hài lòng của người dân"),
    (64, "bientap.vp", "rejected", "Thông báo lịch tiếp công dân tháng này"),
    (40, "bientap.cchc", "published", "Sở Nội vụ kiểm tra công tác cải cách hành chính tại các xã, phường"),
    (33, "bientap.vp", "published", "Hội nghị sơ kết công tác nội vụ 6 tháng đầu năm"),
    (12, "bientap.cchc", "rejected", "Danh sách thủ tục hành chính được cắt giảm thời gian giải quyết"),
    (6, "bientap.vp", "final", "Sở Nội vụ phát động phong trào thi đua chào mừng Đại hội"),
    (3, "bientap.cchc", "review", "Triển khai dịch vụ công trực tuyến toàn trình mới"),
    (1, "bientap.vp", "review", "Thông báo tuyển dụng viên chức năm nay"),
]
REJECT_COMMENT = "Đề nghị bổ sung ảnh minh họa và nguồn tin trước khi đăng."


def rename_demo_unit():
    short_name, valid_from, new_name = RENAME
    unit = Unit.objects.filter(short_name=short_name).first()
    if unit and not unit.name_changes.exists():
        UnitNameChange.objects.create(unit=unit, valid_from=valid_from, old_name=unit.name)
        unit.name = new_name
        unit.save()


def backdate(page, submitted_at, decided_at):
    states = WorkflowState.objects.filter(base_content_type=page.get_base_content_type(), object_id=str(page.pk))
    states.update(created_at=submitted_at)
    TaskState.objects.filter(workflow_state__in=states).update(started_at=submitted_at)
    TaskState.objects.filter(workflow_state__in=states, finished_at__isnull=False).update(finished_at=decided_at)
    if page.live:
        type(page).objects.filter(pk=page.pk).update(
            first_published_at=decided_at, last_published_at=decided_at, publication_date=decided_at
        )


def submit_article(category, editor, outcome, title, number, reviewers):
    from news_pages.models import NewsPage

    page = NewsPage(
        title=title,
        summary=f"{title}.",
        body=[("paragraph", f"<p>{title}. Tin do {editor.editor_profile.unit} gửi Ban Biên tập duyệt.</p>")],
        unit=editor.editor_profile.unit,
        owner=editor,
    )
    category.add_child(instance=page)
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    member, chair = reviewers
    if outcome == "rejected":
        page.current_workflow_task_state.reject(user=member, comment=REJECT_COMMENT)
    elif outcome in {"final", "published"}:
        page.current_workflow_task_state.approve(user=member)
        if outcome == "published":
            page.refresh_from_db()
            page.current_workflow_task_state.approve(user=chair)
    page.refresh_from_db()
    return page


def load(command):
    groups, workflow = setup_editorial()
    rename_demo_unit()
    try:
        from news_pages.models import NewsCategoryPage
    except ImportError:
        return
    users = {
        user.username: user
        for user in get_user_model().objects.filter(
            username__in=["bientap.vp", "bientap.cchc", "thanhvien.bbt", "truongban"]
        )
    }
    category = NewsCategoryPage.objects.first()
    if not (settings.DEBUG and category and len(users) == 4):
        return
    if category.get_children().filter(title__in=[title for *_, title in ARTICLES]).exists():
        return
    now = timezone.now()
    reviewers = (users["thanhvien.bbt"], users["truongban"])
    # The demo's workflow notifications would flood the console: drop them.
    with override_settings(MAILERS={"default": {"BACKEND": "django.core.mail.backends.dummy.EmailBackend"}}):
        for number, (days_ago, username, outcome, title) in enumerate(ARTICLES):
            page = submit_article(category, users[username], outcome, title, number, reviewers)
            submitted_at = now - timedelta(days=days_ago)
            backdate(page, submitted_at, submitted_at + timedelta(days=1, hours=3))
    command.stdout.write(
        f"  Ban Biên tập: {len(ARTICLES)} tin bài mẫu qua quy trình “{workflow.name}” (đã đăng, chờ duyệt, trả lại)"
    )
