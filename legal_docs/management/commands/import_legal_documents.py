"""manage.py import_legal_documents FILE [--attachments FOLDER_OR_ZIP] [--draft] [--create-missing]"""

import os

from django.core.management.base import BaseCommand, CommandError

from legal_docs.importing import AttachmentSource, ImportFileError, ImportPlan, read_table


class Command(BaseCommand):
    help = "Nhập văn bản từ tệp CSV (UTF-8) hoặc XLSX. Kiểm tra mọi dòng trước; nếu có lỗi thì không nhập dòng nào."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Tệp .csv hoặc .xlsx, dòng đầu là tên cột.")
        parser.add_argument("--attachments", help="Thư mục hoặc tệp ZIP chứa các tệp đính kèm (khớp theo tên tệp).")
        parser.add_argument("--draft", action="store_true", help="Lưu thành bản nháp thay vì đăng công khai.")
        parser.add_argument(
            "--create-missing",
            action="store_true",
            help="Tạo mới loại văn bản và cơ quan ban hành mà tệp ghi nhưng danh mục chưa có.",
        )

    def handle(self, *args, **options):
        path = options["file"]
        if not os.path.isfile(path):
            raise CommandError(f"Không tìm thấy tệp {path}.")
        try:
            with open(path, "rb") as handle:
                table = read_table(handle.read(), path)
            attachments = AttachmentSource(path=options["attachments"]) if options["attachments"] else None
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        if options["attachments"] and not os.path.exists(options["attachments"]):
            raise CommandError(f"Không tìm thấy thư mục hoặc tệp ZIP {options['attachments']}.")

        self.stdout.write(f"Đang kiểm tra {len(table)} dòng…")
        plan = ImportPlan(table, attachments, create_missing=options["create_missing"])
        if not plan.is_valid:
            for error in plan.errors:
                self.stderr.write(str(error))
            raise CommandError(f"Có {len(plan.errors)} lỗi; chưa nhập văn bản nào. Hãy sửa tệp rồi chạy lại.")

        step = max(1, len(plan.planned) // 20)

        def progress(done, total):
            if done % step == 0 or done == total:
                self.stdout.write(f"  Đã nhập {done}/{total}")

        for item in plan.types.created + plan.issuers.created:
            self.stdout.write(f"  Tạo mới trong danh mục: {item._meta.verbose_name} “{item.name}”")
        created = plan.save(publish=not options["draft"], progress=progress)
        self.stdout.write(self.style.SUCCESS(f"Đã nhập {len(created)} văn bản."))
