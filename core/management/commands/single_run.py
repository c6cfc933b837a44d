"""Run a management command unless another server is running it now: `single_run <command> [args]`.

For the cron table when several application servers share one database (core/locks.py): every
server may keep the same crontab, and each job runs once at a time across all of them.
"""

import argparse

from django.core.management import call_command
from django.core.management.base import BaseCommand

from core.locks import single_run


class Command(BaseCommand):
    help = "Chạy một lệnh quản trị, trừ khi máy chủ khác đang chạy chính lệnh đó."

    def add_arguments(self, parser):
        parser.add_argument("command", help="Tên lệnh, ví dụ flush_page_views")
        parser.add_argument("arguments", nargs=argparse.REMAINDER, help="Tham số của lệnh")

    def handle(self, *args, command, arguments, **options):
        with single_run(f"command:{command}") as acquired:
            if not acquired:
                self.stdout.write(f"{command}: máy chủ khác đang chạy lệnh này, bỏ qua lần này.")
                return
            call_command(command, *arguments, stdout=self.stdout, stderr=self.stderr)
