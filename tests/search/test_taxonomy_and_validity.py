"""Taxonomy names are found without diacritics; documents in force come before replaced ones."""

import datetime

import pytest

from core.models import Topic
from legal_docs.models import DocumentRelation
from seed.factories.search import make_document
from tests.search.conftest import reindex

pytestmark = pytest.mark.django_db

SEARCH_URL = "/tim-kiem/"


def numbers(client, query):
    return [result.number for result in client.get(SEARCH_URL, {"q": query}).context["outcome"].page.object_list]


def test_a_field_name_is_found_without_diacritics(client, home_page, search_backend):
    archives = Topic.objects.create(name="Văn thư - lưu trữ")
    make_document("Quy định về công tác văn thư", number="30/2020/NĐ-CP", topics=[archives])
    make_document("Hướng dẫn chỉnh lý tài liệu", number="16/2014/TT-BNV", document_type="Thông tư", topics=[archives])
    make_document("Quy chế làm việc", number="3/2024/QĐ-UBND")
    reindex()
    with_marks = numbers(client, "lưu trữ")
    assert sorted(with_marks) == ["16/2014/TT-BNV", "30/2020/NĐ-CP"]
    assert sorted(numbers(client, "luu tru")) == sorted(with_marks)


def test_the_document_in_force_comes_before_the_one_it_replaced(client, home_page, search_backend):
    # The replaced decree is newer in the index's eyes (same words, more of them in its title).
    old = make_document(
        "Quy định về tuyển dụng, sử dụng và quản lý công chức; tuyển dụng công chức",
        number="24/2010/NĐ-CP",
        issue_date=datetime.date(2010, 3, 15),
    )
    new = make_document(
        "Quy định về tuyển dụng, sử dụng và quản lý công chức",
        number="138/2020/NĐ-CP",
        issue_date=datetime.date(2020, 11, 27),
        live=False,
    )
    new.outgoing_relations.add(DocumentRelation(kind="replaces", target=old))
    new.save_revision().publish()
    reindex()
    found = numbers(client, "tuyển dụng công chức")
    assert found == ["138/2020/NĐ-CP", "24/2010/NĐ-CP"]
