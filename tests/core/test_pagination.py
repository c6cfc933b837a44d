"""The pagination under listings, the library and search results."""

from django.core.paginator import Paginator
from django.template import Context, Template
from django.test import RequestFactory


def render_pagination(number, path="/tin-tuc/"):
    page = Paginator(range(20_000), 10).page(number)
    request = RequestFactory().get(path)
    return Template("{% load core_tags %}{% pagination page %}").render(Context({"page": page, "request": request}))


def test_links_to_pages_past_a_thousand_carry_plain_numbers():
    # Shown the Vietnamese way ("2.000"), but a link to "?page=2.000" would open the first page.
    html = render_pagination(1_999)
    assert 'href="?page=2000" rel="next"' in html
    assert 'href="?page=1998" rel="prev"' in html
    assert 'href="?page=1">1</a>' in html
    assert '<span aria-current="page">1.999</span>' in html
    assert "page=1.99" not in html and "page=2.000" not in html


def test_links_keep_the_other_parameters():
    html = render_pagination(2, path="/van-ban/?loai=nghi-dinh&page=2")
    assert 'href="?loai=nghi-dinh&amp;page=3" rel="next"' in html
