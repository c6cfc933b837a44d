"""Every app's registered content is found on /tim-kiem/: Công khai items of the visitor's site
and the procedures still handled, by words typed without diacritics."""

import pytest
from wagtail.models import Page, Site

from seed.factories.disclosure import DisclosureItemFactory
from seed.factories.procedures import ProcedureFactory
from tests.search.conftest import reindex

pytestmark = pytest.mark.django_db

SEARCH_URL = "/tim-kiem/"


def found(client, query, **params):
    # With two sites, a request names its site's host (the default site's is "localhost").
    outcome = client.get(SEARCH_URL, {"q": query, **params}, HTTP_HOST="localhost").context["outcome"]
    return {
        (result.source.key, str(result.title).replace("<mark>", "").replace("</mark>", "")): result.url
        for result in outcome.page.object_list
    }


def test_a_cong_khai_item_of_this_site_is_found_without_diacritics(client, home_page, search_backend):
    item = DisclosureItemFactory(title="Công khai quyết toán ngân sách năm 2025")
    DisclosureItemFactory(title="Quyết toán ngân sách chưa duyệt", live=False)
    other_root = Page.get_first_root_node().add_child(instance=Page(title="Sở khác", slug="so-khac"))
    other = Site.objects.create(hostname="other.example", root_page=other_root)
    DisclosureItemFactory(site=other, title="Quyết toán ngân sách của sở khác")
    reindex()

    assert found(client, "quyet toan ngan sach") == {("cong-khai", item.title): item.get_absolute_url()}


def test_a_procedure_still_handled_is_found_without_diacritics(client, home_page, search_backend):
    procedure = ProcedureFactory(name="Giải quyết hưởng trợ cấp thất nghiệp", field="Việc làm")
    ProcedureFactory(name="Trợ cấp thất nghiệp theo quy định cũ", is_active=False)
    reindex()

    assert found(client, "tro cap that nghiep") == {("thu-tuc", procedure.name): procedure.get_absolute_url()}
    only_procedures = found(client, "tro cap that nghiep", nhom="thu-tuc")
    assert list(only_procedures) == [("thu-tuc", procedure.name)]
