"""Create or refresh the board's groups, permissions and the "Duyệt tin bài" workflow."""

from django.core.management.base import BaseCommand

from editorial.roles import setup_editorial


class Command(BaseCommand):
    help = "Tạo (hoặc cập nhật) các nhóm quyền của Ban Biên tập và quy trình “Duyệt tin bài”. Chạy lại không tạo trùng."

    def handle(self, *args, **options):
        groups, workflow = setup_editorial()
        self.stdout.write(f"  Nhóm quyền: {', '.join(groups)}")
        self.stdout.write(f"  Quy trình: {workflow.name} ({', '.join(t.name for t in workflow.tasks)})")
