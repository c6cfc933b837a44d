"""Move counted page views from the counter store into the database (run it from cron)."""

from django.core.management.base import BaseCommand

from analytics import conf
from analytics.flush import flush


class Command(BaseCommand):
    help = "Ghi các lượt xem đang đếm trong bộ nhớ đệm vào cơ sở dữ liệu."

    def handle(self, *args, **options):
        if not conf.get("ANALYTICS_REDIS_URL"):
            self.stderr.write(
                self.style.WARNING(
                    "ANALYTICS_REDIS_URL chưa được đặt: số đếm nằm trong bộ nhớ của từng tiến trình web "
                    "và được các tiến trình đó tự ghi định kỳ; lệnh này không thấy chúng."
                )
            )
        moved = flush()
        if moved is None:
            self.stdout.write("Một tiến trình khác đang ghi số liệu; bỏ qua lần này.")
        else:
            self.stdout.write(self.style.SUCCESS(f"Đã ghi {moved} lượt xem trang vào cơ sở dữ liệu."))
