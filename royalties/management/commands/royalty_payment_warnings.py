"""List approved royalty statements still unpaid as their 60-day deadline nears (for cron; exits 1 if any)."""

from django.core.management.base import BaseCommand

from royalties.dashboard import unpaid_warnings, warning_days


class Command(BaseCommand):
    help = "Liệt kê bảng kê nhuận bút đã phê duyệt nhưng chưa chi trả, sắp đến hoặc đã quá hạn chi trả."

    def handle(self, *args, **options):
        warnings = unpaid_warnings()
        if not warnings:
            self.stdout.write(f"Không có bảng kê nào đến hạn chi trả trong {warning_days()} ngày tới.")
            return
        for statement, due, days_left in warnings:
            state = f"quá hạn {-days_left} ngày" if days_left < 0 else f"còn {days_left} ngày"
            self.stdout.write(self.style.WARNING(f"{statement}: hạn chi trả {due:%d/%m/%Y} ({state})"))
        raise SystemExit(1)
