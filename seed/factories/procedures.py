import factory
import wagtail_factories

from procedures.catalogue import ProcedureLevel
from procedures.models import Procedure, ProcedureIndexPage


class ProcedureIndexPageFactory(wagtail_factories.PageFactory):
    title = "Thủ tục hành chính"
    slug = "thu-tuc-hanh-chinh"

    class Meta:
        model = ProcedureIndexPage


class ProcedureFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"1.{n:06d}")
    name = factory.Sequence(lambda n: f"Thủ tục số {n}")
    field = "Công chức, viên chức"
    level = ProcedureLevel.PROVINCE
    portal_url = factory.LazyAttribute(
        lambda p: f"https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={p.code}"
    )

    class Meta:
        model = Procedure


def csv_bytes(*rows, header="Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Đường dẫn"):
    return "\n".join([header, *rows]).encode("utf-8")
