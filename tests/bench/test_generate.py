"""The bulk generator at a tiny scale: a valid page tree, pages that render, search that finds them."""

import pytest
from wagtail.models import Page

from analytics.models import DailyContentViews
from feedback.models import Question
from legal_docs.models import LegalDocument
from news_pages.models import NewsCategoryPage, NewsPage
from seed.bulk import generate, parse_scale
from seed.factories.news_pages import NewsPageFactory

pytestmark = pytest.mark.django_db


def test_scales_read_as_people_write_them():
    assert (parse_scale("10k"), parse_scale("100K"), parse_scale("20")) == (10_000, 100_000, 20)


def test_generates_a_valid_tree_of_pages_that_render_and_are_found(client, structure):
    report = generate(20)

    assert report.created["news pages"] == 19 and NewsPage.objects.count() == 20
    assert report.created["legal documents"] == 19 and LegalDocument.objects.filter(live=True).count() == 20
    assert report.created["questions"] == 2 and Question.objects.filter(live=True).count() == 2
    assert DailyContentViews.objects.exists()
    assert Page.find_problems() == ([], [], [], [], [])  # paths, depths and numchild all consistent
    for category in NewsCategoryPage.objects.all():
        assert category.numchild == category.get_children().count() == 10

    article = NewsPage.objects.order_by("-pk").first()
    response = client.get(article.url)
    assert response.status_code == 200 and article.title in response.text
    assert client.get(article.get_parent().url).status_code == 200
    document = LegalDocument.objects.order_by("-pk").first()
    assert client.get(document.get_absolute_url()).status_code == 200
    question = Question.objects.first()
    assert client.get(question.get_absolute_url()).status_code == 200

    assert NewsPage.objects.live().search(article.title.split()[-1]).count() > 0

    # A generated page is an ordinary page: an editor can add children next to it and publish.
    sibling = NewsPageFactory(parent=article.get_parent(), title="Tin sau khi sinh dữ liệu", live=False)
    sibling.save_revision().publish()
    assert Page.find_problems() == ([], [], [], [], [])


def test_running_again_adds_nothing(structure):
    generate(20)
    again = generate(20)
    assert again.created["news pages"] == 0 and again.created["legal documents"] == 0
