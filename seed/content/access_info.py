"""The Tiếp cận thông tin section: the catalogue linked to the site's own sections."""

from access_info.models import AccessInfoPage, CatalogueItem
from seed import data
from seed.factories.access_info import AccessInfoPageFactory


def load(site, out):
    texts = data.load("access_info")
    home = site.root_page
    page = AccessInfoPage.objects.child_of(home).first()
    if page is None:
        page = AccessInfoPageFactory(
            parent=home,
            intro="Thực hiện Luật Tiếp cận thông tin và Nghị định số 13/2018/NĐ-CP: danh mục thông tin phải "
            "được công khai, đầu mối cung cấp thông tin và phiếu yêu cầu cung cấp thông tin trực tuyến.",
            focal_point=texts["focal_point"],
            how_to_request=texts["how_to_request"],
            show_in_menus=True,
        )
    if not page.catalogue_items.exists():
        for order, item in enumerate(texts["catalogue"]):
            where = item["where"]  # an address, or the slug of a section of this site
            if where.startswith("/"):
                target = {"link_url": where}
            else:
                target = {"link_page": home.get_children().get(slug=where)}
            CatalogueItem.objects.create(
                page=page,
                sort_order=order,
                category=item["category"],
                title=item["title"],
                legal_basis=item["legal_basis"],
                **target,
            )
    out(f"  Tiếp cận thông tin: {page.catalogue_items.count()} mục công khai")
