"""Fuzzing every public GET parameter and the citizens' forms: whatever is typed, never a 5xx.

Runs FUZZ_EXAMPLES requests (default 600, half GETs and half form posts, a fixed seed) in the
suite; `make fuzz` runs many more with a random seed.

Where the time goes (profiled): each case is a full request through every middleware, so it
is the request's own queries and templates. Two costs did not depend on the fuzzed input and
are paid once: the content (a news index, a document, a published question, with their
search and reference indexing) is built once for GETs and posts alike, and the shared values
(pagecache/fragments.py: menu, sidebars, footer, the library's counts; half of a page's time
with the test settings' cache off) are kept between requests as in production. They are
keyed on what they show (the site and language, or the filters as parsed), so every case is
still parsed and rendered; only a count already computed for the same parsed filters is reused.
"""

import datetime
import os

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback.targets import target_token
from seed.factories.consultations import DraftDocumentFactory
from seed.factories.disclosure import DisclosureItemFactory
from seed.factories.feedback import QuestionFactory, TopicFactory
from seed.factories.legal_docs import LegalDocumentFactory
from seed.factories.news_pages import NewsIndexPageFactory
from seed.factories.procedures import ProcedureIndexPageFactory

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "600"))
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


@pytest.fixture
def content(home_page, settings):
    NewsIndexPageFactory(parent=home_page, title="Tin tức", slug="tin-tuc")
    document = LegalDocumentFactory(title="Luật Cán bộ, công chức")
    QuestionFactory.published(topic=TopicFactory(name="Công chức"))
    ProcedureIndexPageFactory(parent=home_page)
    DraftDocumentFactory(pk=1, opens_on=datetime.date(2020, 1, 1), closes_on=datetime.date(2100, 1, 1))
    DisclosureItemFactory()
    # Shared blocks kept between requests, as in production; stale ones from other tests dropped.
    settings.FRAGMENT_CACHE_ENABLED = True
    cache.clear()
    yield document
    cache.clear()


@st.composite
def public_requests(draw):
    """A GET of a public page with drawn parameters, or a post of drawn fields to a public form."""
    if draw(st.booleans()):
        path = draw(st.sampled_from(sorted(PUBLIC_GET)))
        drawn = draw(st.dictionaries(st.sampled_from(PUBLIC_GET[path] + ["x"]), VALUES, max_size=4))
        return "get", path, {**BASE_PARAMS.get(path, {}), **drawn}, False
    path = draw(st.sampled_from(PUBLIC_POST))
    fields = draw(st.dictionaries(st.sampled_from(FORM_FIELDS + ["level", "target"]), VALUES, max_size=6))
    real_target = path == "/danh-gia-thong-tin/" and draw(st.booleans())
    return "post", path, fields, real_target


@pytest.mark.django_db
@FUZZ
@given(case=public_requests())
def test_public_requests_never_give_a_server_error(client, content, case):
    method, path, data, real_target = case
    if real_target:
        data["target"] = target_token(content)  # a real item, so the level and limits are reached
    response = getattr(client, method)(path, data)
    assert response.status_code < 500, case
