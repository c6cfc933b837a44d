"""Demo procedure catalogue, imported from a sample of the portal's export the way an editor would."""

from pathlib import Path

from procedures.importing import plan_import, save_import
from procedures.models import Procedure, ProcedureIndexPage
from site_home.demo import home_page

SAMPLE = Path(__file__).with_name("demo_procedures.csv")


def load(command):
    home = home_page()
    if not ProcedureIndexPage.objects.child_of(home).exists():
        home.add_child(
            instance=ProcedureIndexPage(
                title="Thủ tục hành chính",
                slug="thu-tuc-hanh-chinh",
                intro="Thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Nội vụ và Ủy ban nhân dân xã, phường "
                "trong lĩnh vực nội vụ; nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia.",
                show_in_menus=True,
            )
        )
    if not Procedure.objects.exists():
        save_import(plan_import(SAMPLE.read_bytes(), SAMPLE.name))
    command.stdout.write(f"  Thủ tục hành chính: {Procedure.objects.count()}")
