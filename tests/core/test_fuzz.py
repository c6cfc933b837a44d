"""Fuzzing every public GET parameter and the citizens' forms: whatever is typed, never a 5xx.

Runs FUZZ_EXAMPLES cases per test (default 300, a fixed seed) in the suite; `make fuzz` runs
many more with a random seed.
"""

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.feedback.factories import QuestionFactory, TopicFactory
from tests.legal_docs.factories import LegalDocumentFactory
from tests.news_pages.factories import NewsIndexPageFactory

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
    LegalDocumentFactory(title="Luật Cán bộ, công chức")
    QuestionFactory.published(topic=TopicFactory(name="Công chức"))


@pytest.mark.django_db
@FUZZ
@given(path=st.sampled_from(sorted(PUBLIC_GET)), data=st.data())
def test_public_get_parameters_never_give_a_server_error(client, content, path, data):
    drawn = data.draw(st.dictionaries(st.sampled_from(PUBLIC_GET[path] + ["x"]), VALUES, max_size=4))
    params = {**BASE_PARAMS.get(path, {}), **drawn}
    response = client.get(path, params)
    assert response.status_code < 500, (path, params)


FORM_FIELDS = ["name", "email", "phone", "address", "title", "question", "topic", "consent", "code"]
PUBLIC_POST = ["/hoi-dap/dat-cau-hoi/", "/hoi-dap/tra-cuu/", "/phan-hoi/", "/hoi-dap/1/danh-gia/"]


@pytest.mark.django_db
@FUZZ
@given(path=st.sampled_from(PUBLIC_POST), data=st.data())
def test_public_forms_never_give_a_server_error(client, content, path, data):
    fields = data.draw(st.dictionaries(st.sampled_from(FORM_FIELDS + ["level", "target"]), VALUES, max_size=6))
    response = client.post(path, fields)
    assert response.status_code < 500, (path, fields)
