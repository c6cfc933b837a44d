"""`{% sharedblock %}`: a block of a page that is the same on every page of the site."""

from django import template
from wagtail.models import Site

from pagecache.fragments import shared

register = template.Library()


class SharedBlockNode(template.Node):
    def __init__(self, name, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        request = context.get("request")
        site = Site.find_for_request(request) if request is not None else None
        name = f"block:{self.name.resolve(context)}:{site.pk if site else ''}"
        return shared(name, lambda: self.nodelist.render(context))


@register.tag
def sharedblock(parser, token):
    """Render the enclosed template once for every page of a site:

        {% sharedblock "home-news" %}{% home_news_by_category %}{% endsharedblock %}

    Only for output that depends on the site and the database alone, never on the page, the
    path, the visitor or the query string (pagecache/fragments.py keeps and purges it).
    """
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(f"{bits[0]} takes one argument: the block's name")
    nodelist = parser.parse(("endsharedblock",))
    parser.delete_first_token()
    return SharedBlockNode(parser.compile_filter(bits[1]), nodelist)
