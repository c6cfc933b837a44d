"""manage.py create_component_site --name "Sở Nội vụ" --host sonoivu.<tinh>.gov.vn --kind so

Creates a component site of the province's platform in one step: home page and sections, the
Wagtail Site, its settings, its groups and its "Duyệt tin bài" workflow (components.provisioning).
"""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from components.provisioning import create_component
from site_home.models import SiteKind


class Command(BaseCommand):
    help = "Tạo một trang thành phần (Sở, ban, ngành; UBND xã, phường) với cây trang, nhóm quyền và quy trình duyệt."

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help="Tên cơ quan, ví dụ “Sở Nội vụ”.")
        parser.add_argument("--host", required=True, help="Tên miền, ví dụ sonoivu.quangngai.gov.vn.")
        parser.add_argument("--kind", choices=SiteKind.values, default=SiteKind.DEPARTMENT, help="Loại trang.")
        parser.add_argument("--parent-body", default="", help="Cơ quan chủ quản, ví dụ “UBND tỉnh Quảng Ngãi”.")
        parser.add_argument("--port", type=int, default=80, help="Cổng: 80 (mặc định) cho http, 443 cho https.")
        parser.add_argument("--slug", default="", help="Đường dẫn của trang chủ trong cây trang (mặc định: từ tên).")

    def handle(self, *args, name, host, kind, parent_body, port, slug, **options):
        try:
            component = create_component(name, host, kind=kind, parent_body=parent_body, port=port, slug=slug)
        except ValidationError as error:
            messages = (message for field_messages in error.message_dict.values() for message in field_messages)
            raise CommandError(" ".join(messages)) from error
        self.stdout.write(self.style.SUCCESS(f"Đã tạo trang thành phần “{component.site.site_name}”."))
        self.stdout.write(f"  Địa chỉ: {component.site.root_url}/")
        self.stdout.write(f"  Nhóm quyền: {', '.join(group.name for group in component.groups.values())}")
        self.stdout.write(f"  Quy trình: {component.workflow.name}")
