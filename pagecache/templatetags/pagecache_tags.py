"""`{% sharedblock %}`: a block of a page that is the same on every page of the site."""

from django import template
from django.apps import apps
from wagtail.models import Site

from pagecache import dependencies
from pagecache.fragments import shared

register = template.Library()


class SharedBlockNode(template.Node):
    def __init__(self, name, nodelist, shown_tables):
        self.name = name
        self.nodelist = nodelist
        self.shown_tables = shown_tables

    def render(self, context):
        request = context.get("request")
        site = Site.find_for_request(request) if request is not None else None
        name = f"block:{self.name.resolve(context)}:{site.pk if site else ''}"
        return shared(name, lambda: self.render_block(context))

    def render_block(self, context):
        dependencies.depends_on_tables(self.shown_tables)
        return self.nodelist.render(context)


@register.tag
def sharedblock(parser, token):
    """Render the enclosed template once for every page of a site:

        {% sharedblock "home-news" %}{% home_news_by_category %}{% endsharedblock %}

    Only for output that depends on the site and the database alone, never on the page, the
    path, the visitor or the query string (pagecache/fragments.py keeps and purges it).

    The block is purged when a table it reads changes. Rows the page read before the block
    (site settings in the context) are named after its name, as app_label.ModelName, so that
    the block is purged with them too:

        {% sharedblock "footer-about" site_home.SiteSettings %}…{% endsharedblock %}
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs the block's name")
    try:
        shown_tables = {apps.get_model(label)._meta.db_table for label in bits[2:]}
    except (LookupError, ValueError) as error:
        raise template.TemplateSyntaxError(f"{bits[0]}: {error}") from error
    nodelist = parser.parse(("endsharedblock",))
    parser.delete_first_token()
    return SharedBlockNode(parser.compile_filter(bits[1]), nodelist, shown_tables)
