"""Home-page blocks for the news section (filled in by the news issue)."""

from django import template

register = template.Library()


@register.inclusion_tag("news_pages/components/featured_news.html")
def home_featured_news():
    return {"articles": []}


@register.inclusion_tag("news_pages/components/news_by_category.html")
def home_news_by_category():
    return {"categories": []}
