"""manage.py import_legal_documents FILE [--attachments FOLDER_OR_ZIP] [--draft] [--create-missing]
[--update [--apply]]"""

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
        parser.add_argument(
            "--update",
            action="store_true",
            help="Dòng có số ký hiệu và cơ quan ban hành đã có thì cập nhật văn bản đó. "
            "Chỉ hiện các thay đổi (chạy thử), trừ khi có --apply.",
        )
        parser.add_argument("--apply", action="store_true", help="Cùng với --update: ghi các thay đổi đã xem.")

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
        plan = ImportPlan(table, attachments, create_missing=options["create_missing"], update=options["update"])
        if not plan.is_valid:
            for error in plan.errors:
                self.stderr.write(str(error))
            raise CommandError(f"Có {len(plan.errors)} lỗi; chưa nhập văn bản nào. Hãy sửa tệp rồi chạy lại.")

        if options["update"]:
            for planned in plan.updates:
                changes = "; ".join(map(str, planned.differences)) or "không thay đổi"
                self.stdout.write(f"Dòng {planned.row}: cập nhật {planned.document.number} – {changes}")
            self.stdout.write(
                f"Sẽ cập nhật {len(plan.updates)} và thêm mới {len(plan.planned) - len(plan.updates)} văn bản."
            )
            if not options["apply"]:
                self.stdout.write("Chạy thử: chưa ghi gì. Chạy lại với --apply để ghi các thay đổi trên.")
                return

        step = max(1, len(plan.planned) // 20)

        def progress(done, total):
            if done % step == 0 or done == total:
                self.stdout.write(f"  Đã nhập {done}/{total}")

        for item in plan.types.created + plan.issuers.created:
            self.stdout.write(f"  Tạo mới trong danh mục: {item._meta.verbose_name} “{item.name}”")
        created = plan.save(publish=not options["draft"], progress=progress)
        self.stdout.write(self.style.SUCCESS(f"Đã nhập {len(created)} văn bản."))
