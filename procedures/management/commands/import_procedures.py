"""Import the procedure catalogue from the National Public Service Portal's CSV/XLSX export."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from legal_docs.importing.reading import ImportFileError
from procedures.importing import plan_import, save_import


class Command(BaseCommand):
    help = "Nhập danh mục thủ tục hành chính từ tệp CSV/XLSX; có dòng sai thì không nhập dòng nào."

    def add_arguments(self, parser):
        parser.add_argument("path", help="Tệp .csv (UTF-8) hoặc .xlsx")

    def handle(self, *args, path, **options):
        try:
            plan = plan_import(Path(path).read_bytes(), path)
        except (OSError, ImportFileError) as error:
            raise CommandError(str(error)) from error
        if plan.errors:
            raise CommandError("\n".join(plan.errors))
        save_import(plan)
        self.stdout.write(self.style.SUCCESS(f"Đã nhập {plan.created} thủ tục mới, cập nhật {plan.updated} thủ tục."))
