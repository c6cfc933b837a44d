"""Articles that went through "Duyệt tin bài": published, waiting at each step, sent back.

Runs after the news section: it re-runs `setup_editorial` so editors get their rights on the news
index that now exists, records the unit's rename, then has the demo accounts submit, approve and
reject articles over past months.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test.utils import override_settings
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState

from editorial.roles import setup_editorial
from news_pages.models import NewsCategoryPage, NewsPage
from seed import data
from seed.content.units import rename_unit

EDITORS = ["bientap.vp", "bientap.cchc", "thanhvien.bbt", "truongban"]


def backdate(page, submitted_at, decided_at):
    states = WorkflowState.objects.filter(base_content_type=page.get_base_content_type(), object_id=str(page.pk))
    states.update(created_at=submitted_at)
    TaskState.objects.filter(workflow_state__in=states).update(started_at=submitted_at)
    TaskState.objects.filter(workflow_state__in=states, finished_at__isnull=False).update(finished_at=decided_at)
    if page.live:
        type(page).objects.filter(pk=page.pk).update(
            first_published_at=decided_at, last_published_at=decided_at, publication_date=decided_at
        )


def submit_article(category, editor, outcome, title, reviewers, reject_comment):
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
        page.current_workflow_task_state.reject(user=member, comment=reject_comment)
    elif outcome in {"final", "published"}:
        page.current_workflow_task_state.approve(user=member)
        if outcome == "published":
            page.refresh_from_db()
            page.current_workflow_task_state.approve(user=chair)
    page.refresh_from_db()
    return page


def load(site, out):
    groups, workflow = setup_editorial()
    rename_unit(site)
    plan = data.load("editorial")
    articles = plan["workflow_articles"]
    users = {user.username: user for user in get_user_model().objects.filter(username__in=EDITORS)}
    category = NewsCategoryPage.objects.descendant_of(site.root_page).order_by("path").first()
    if not (settings.DEBUG and category and len(users) == len(EDITORS)):
        return
    if category.get_children().filter(title__in=[article["title"] for article in articles]).exists():
        return
    now = timezone.now()
    reviewers = (users["thanhvien.bbt"], users["truongban"])
    # The demo's workflow notifications would flood the console: drop them.
    with override_settings(MAILERS={"default": {"BACKEND": "django.core.mail.backends.dummy.EmailBackend"}}):
        for article in articles:
            page = submit_article(
                category,
                users[article["editor"]],
                article["outcome"],
                article["title"],
                reviewers,
                plan["reject_comment"],
            )
            submitted_at = now - timedelta(days=article["days_ago"])
            backdate(page, submitted_at, submitted_at + timedelta(days=1, hours=3))
    out(f"  Ban Biên tập: {len(articles)} tin bài mẫu qua quy trình “{workflow.name}” (đã đăng, chờ duyệt, trả lại)")
