"""Queue a move of counted page views into the database (the beacon queues one by itself;
this is for an operator, e.g. before stopping Redis)."""

from django.core.management.base import BaseCommand

from analytics import conf
from analytics.tasks import flush_page_views
from core.background import enqueue_for_command


def describe(moved):
    if moved is None:
        return "Một tiến trình khác đang ghi số liệu; bỏ qua lần này."
    return f"Đã ghi {moved} lượt xem trang vào cơ sở dữ liệu."


class Command(BaseCommand):
    help = "Ghi các lượt xem đang đếm trong bộ nhớ đệm vào cơ sở dữ liệu (qua hàng đợi nền)."

    def handle(self, *args, **options):
        if not conf.get("ANALYTICS_REDIS_URL"):
            self.stderr.write(
                self.style.WARNING(
                    "ANALYTICS_REDIS_URL chưa được đặt: số đếm nằm trong bộ nhớ của từng tiến trình web "
                    "và chỉ được ghi khi hàng đợi nền chạy ngay trong tiến trình đó; lệnh này không thấy chúng."
                )
            )
        enqueue_for_command(self, flush_page_views, describe)
