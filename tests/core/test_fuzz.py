"""Fuzzing every public GET parameter and the citizens' forms: whatever is typed, never a 5xx.

Runs FUZZ_EXAMPLES cases per test (default 300, a fixed seed) in the suite; `make fuzz` runs
many more with a random seed.
"""

import datetime
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback.views import target_token
from tests.consultations.factories import DraftDocumentFactory
from tests.disclosure.factories import DisclosureItemFactory
from tests.feedback.factories import QuestionFactory, TopicFactory
from tests.legal_docs.factories import LegalDocumentFactory
from tests.news_pages.factories import NewsIndexPageFactory
from tests.procedures.factories import ProcedureIndexPageFactory

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))
FIXED_SEED = not os.environ.get("FUZZ_RANDOM")
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=FIXED_SEED,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FACETS = ["loai", "co-quan", "linh-vuc", "nam", "hieu-luc"]
PUBLIC_GET = {
    "/": ["page"],
    "/tin-tuc/": ["page", "tag"],
    "/van-ban/": ["q", "page", *FACETS],
    "/tim-kiem/": ["q", "page", "nhom", "sap-xep", *FACETS],
    "/tim-kiem/goi-y/": ["q"],
    "/hoi-dap/": ["q", "topic", "unit", "page"],
    "/du-thao/": ["trang_thai", "page"],
    "/lich-cong-tac/": ["tuan"],
    "/cong-khai/tai-chinh-ngan-sach/": ["nam", "page"],
    "/thu-tuc-hanh-chinh/": ["q", "linh_vuc", "cap", "page"],
    "/api/v1/calendar/": ["tuan"],
    "/api/v1/documents/": ["q", "page", "page_size", *FACETS],
}
HOSTILE = st.sampled_from(
    ["²", "①", "٣", "２０２６", "0", "-1", "1e9", "99999999", "9" * 40, "\x00", "%00", "'", "<script>", "🙂", " ", ""]
)
VALUES = st.one_of(HOSTILE, st.integers().map(str), st.text(max_size=40))
# Filters are read only when the search finds something: start from a query that does.
BASE_PARAMS = {"/tim-kiem/": {"q": "công chức"}}


@pytest.fixture
def content(home_page):
    NewsIndexPageFactory(parent=home_page, title="Tin tức", slug="tin-tuc")
    document = LegalDocumentFactory(title="Luật Cán bộ, công chức")
    QuestionFactory.published(topic=TopicFactory(name="Công chức"))
    ProcedureIndexPageFactory(parent=home_page)
    DraftDocumentFactory(pk=1, opens_on=datetime.date(2020, 1, 1), closes_on=datetime.date(2100, 1, 1))
    DisclosureItemFactory()
    return document


@pytest.mark.django_db
@FUZZ
@given(path=st.sampled_from(sorted(PUBLIC_GET)), data=st.data())
def test_public_get_parameters_never_give_a_server_error(client, content, path, data):
    drawn = data.draw(st.dictionaries(st.sampled_from(PUBLIC_GET[path] + ["x"]), VALUES, max_size=4))
    params = {**BASE_PARAMS.get(path, {}), **drawn}
    response = client.get(path, params)
    assert response.status_code < 500, (path, params)


FORM_FIELDS = [
    "name",
    "email",
    "phone",
    "address",
    "title",
    "question",
    "topic",
    "consent",
    "code",
    # Information requests (access_info) and comments on drafts (consultations).
    "id_number",
    "information",
    "purpose",
    "delivery",
    "organisation",
    "content",
]
PUBLIC_POST = [
    "/hoi-dap/dat-cau-hoi/",
    "/hoi-dap/tra-cuu/",
    "/phan-hoi/",
    "/hoi-dap/1/danh-gia/",
    "/tiep-can-thong-tin/yeu-cau/",
    "/tiep-can-thong-tin/tra-cuu/",
    "/du-thao/1/gop-y/",
    "/danh-gia-thong-tin/",
]


@pytest.mark.django_db
@FUZZ
@given(path=st.sampled_from(PUBLIC_POST), data=st.data())
def test_public_forms_never_give_a_server_error(client, content, path, data):
    fields = data.draw(st.dictionaries(st.sampled_from(FORM_FIELDS + ["level", "target"]), VALUES, max_size=6))
    if path == "/danh-gia-thong-tin/" and data.draw(st.booleans()):
        fields["target"] = target_token(content)  # a real item, so the level and limits are reached
    response = client.post(path, fields)
    assert response.status_code < 500, (path, fields)
