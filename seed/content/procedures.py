"""The procedure catalogue, imported from a sample of the portal's export the way an editor would."""

from procedures.importing import plan_import, save_import
from procedures.models import Procedure, ProcedureIndexPage
from seed import data
from seed.factories.procedures import ProcedureIndexPageFactory


def load(site, out):
    if not ProcedureIndexPage.objects.child_of(site.root_page).exists():
        ProcedureIndexPageFactory(
            parent=site.root_page,
            intro="Thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Nội vụ và Ủy ban nhân dân xã, phường "
            "trong lĩnh vực nội vụ; nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia.",
            show_in_menus=True,
        )
    if not Procedure.objects.exists():
        sample = data.path("procedures.csv")
        save_import(plan_import(sample.read_bytes(), sample.name))
    out(f"  Thủ tục hành chính: {Procedure.objects.count()}")
